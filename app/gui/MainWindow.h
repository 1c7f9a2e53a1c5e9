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
class QTableView;
class QTimer;

namespace vmscope {

class ProcessTableModel;
class ProcessView;
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

    std::shared_ptr<const Source> m_source;
    ProcessTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_statusLabel = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QAction* m_showKernelThreads = nullptr;
    QMenu* m_viewMenu = nullptr;
    ProcessView* m_processView = nullptr;
    QFutureWatcher<std::shared_ptr<const ProcessListing>> m_watcher;
    int m_pendingPid = 0;
    QString m_pendingName;
    bool m_firstLoad = true;
    bool m_refreshAgain = false;
};

} // namespace vmscope
