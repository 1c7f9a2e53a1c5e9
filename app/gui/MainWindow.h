#pragma once

#include "core/io/Source.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QDockWidget;
class QTableView;
class QTimer;

namespace vmscope {

class ProcessTableModel;
class ProcessView;
class SystemUsagePage;
struct ProcessListing;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const Source> source, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the process with this pid (or the first with this name) once the list has it.
    void selectPid(int pid);
    void selectName(const QString& name);
    ProcessView* processView() const { return m_processView; }
    // The pages (tabs) of the main window: the process view first, then the system-wide ones.
    QTabWidget* pages() const { return m_pages; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void startRefresh();
    void refreshFinished();
    void updateStatus();
    void applyPendingSelection();
    void openCurrentProcess();
    void exportMap();
    void exportCsv(bool procmapStyle);
    // Adds a page as a tab, with Alt+<number> to reach it from the View menu.
    void addPage(QWidget* page, const QString& title, const QString& toolTip);
    void pageChanged(int index);

    std::shared_ptr<const Source> m_source;
    ProcessTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_statusLabel = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QAction* m_showKernelThreads = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_pagesMenu = nullptr;
    QTabWidget* m_pages = nullptr;
    QDockWidget* m_processDock = nullptr;
    bool m_dockWantedOnProcessPage = true;
    bool m_onProcessPage = true;
    ProcessView* m_processView = nullptr;
    SystemUsagePage* m_systemUsagePage = nullptr;
    QFutureWatcher<std::shared_ptr<const ProcessListing>> m_watcher;
    int m_pendingPid = 0;
    QString m_pendingName;
    bool m_firstLoad = true;
    bool m_refreshAgain = false;
};

} // namespace vmscope
