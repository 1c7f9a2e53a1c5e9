#pragma once

#include <QWidget>

#include <memory>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace vmscope {

class ColumnChooser;
class ProcessListingFeed;
class ProcessTableModel;
struct ProcessListing;

// The process list beside the process page: a filter box over a sortable table of every
// process, fed by a ProcessListingFeed (each listing merges in place, so selection, sort and
// scroll survive). Activating a row (double-click, Enter) asks to open that process; a pid or
// name asked for before the list has it is selected (and opened) when it shows up.
class ProcessListPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProcessListPanel(ProcessListingFeed* feed, QWidget* parent = nullptr);
    ~ProcessListPanel() override;

    // Opens the process with this pid (or the first with this name) once the list has it.
    void selectPid(int pid);
    void selectName(const QString& name);

    // Kernel threads have no user address space: listed only on request (the feed reads again).
    void setShowKernelThreads(bool show);
    bool showKernelThreads() const;

    void focusFilter();
    // "Processes: 212 · not readable: 3 …" for the status bar.
    QString statusText() const { return m_statusText; }

    ProcessTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    ColumnChooser* columns() const { return m_columns; }
    QLineEdit* filter() const { return m_filter; }

signals:
    void openProcess(int pid, const QString& name);
    // "Read as administrator…" from the context menu: the window reads through the root helper.
    void readAsAdministratorRequested(int pid, const QString& name);
    void statusTextChanged(const QString& text);
    // A passing remark for the status bar ("No process with PID 4242.").
    void message(const QString& text);

public:
    // Offers "Read as administrator…" in the context menu (only a window on this machine's live
    // /proc can start the root helper).
    void setReadAsAdministratorOffered(bool offered) { m_readAsAdministratorOffered = offered; }

private:
    void showContextMenu(const QPoint& position);
    void createFilter();
    void createTable();
    void showListing(const std::shared_ptr<const ProcessListing>& listing);
    void updateStatus();
    void applyPendingSelection();
    int rowOfPendingSelection() const;
    void openCurrentProcess();

    ProcessListingFeed* m_feed = nullptr;
    ProcessTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    ColumnChooser* m_columns = nullptr;
    QString m_statusText;
    bool m_readAsAdministratorOffered = false;
    int m_pendingPid = 0;
    QString m_pendingName;
    bool m_firstLoad = true;
};

} // namespace vmscope
