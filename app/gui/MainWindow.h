#pragma once

#include "app/gui/CaptureDescription.h"
#include "core/io/KernelWriter.h"
#include "core/io/Source.h"
#include "core/model/Vma.h"
#include "widgets/common/LatestOnlyJob.h"

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QDockWidget;
class QProgressDialog;

namespace vmscope {

class ServeChannel;

class ProcessListingFeed;
class ProcessListPanel;
class ProcessView;
class StuckReadMonitor;
class OomPage;
class GlossaryOpener;
class PresentationMode;
class SystemUsagePage;
class KernelPage;
class ExperimentPanel;
class SnapshotStore;
class CompareDialog;

// A capture under way on a worker (a snapshot, Save capture): what the status bar or the progress
// dialog shows, read on the GUI thread; `stop` cancels it at its next file.
struct CaptureProgress {
    std::atomic<std::size_t> done { 0 };
    std::atomic<std::size_t> total { 0 };
    std::atomic<bool> stop { false };
};

// How a window reaches the machine besides its proc Source: the /sys it reads cgroups from and the
// writer of the few changes vmscope offers. Left empty, both follow from the source: the live
// /proc gets the live /sys and a ProcRootWriter, anything else neither. A window that reads
// through the root helper gets the helper's /sys and its ServeWriter.
struct MachineAccess {
    std::shared_ptr<const Source> sys;
    std::shared_ptr<const KernelWriter> writer;
};

// What the worker of MainWindow::readAsAdministrator() hands back.
struct StartedRootHelper {
    std::shared_ptr<const Source> proc; // null when the helper did not start
    MachineAccess access;
    QString error;
};

// What the worker of MainWindow::openCapture() hands back.
struct OpenedCapture {
    QString path;
    std::shared_ptr<const Source> source; // null when it could not be opened
    CaptureDescription description;
    QString error;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `store`: the snapshots shared by the app's windows; null makes a new one (the first window).
    explicit MainWindow(std::shared_ptr<const Source> source, QWidget* parent = nullptr,
        std::shared_ptr<SnapshotStore> store = nullptr);
    MainWindow(std::shared_ptr<const Source> source, MachineAccess access, QWidget* parent = nullptr,
        std::shared_ptr<SnapshotStore> store = nullptr);
    ~MainWindow() override;

    // Opens the process with this pid (or the first with this name) once the list has it.
    void selectPid(int pid);
    void selectName(const QString& name);
    // Shows the Experiments panel on this scenario and runs its first step (vmscope --experiment);
    // false for an unknown id.
    bool openExperiment(const QString& id);
    ExperimentPanel* experimentPanel() const { return m_experimentPanel; }
    KernelPage* kernelPage() const { return m_kernelPage; }
    ProcessView* processView() const { return m_processView; }
    ProcessListPanel* processList() const { return m_processList; }
    // The pages (tabs) of the main window: the process view first, then the system-wide ones.
    QTabWidget* pages() const { return m_pages; }
    // Names a read that has not returned for a while in the status bar.
    StuckReadMonitor* stuckReads() const { return m_stuckReads; }

    // Says which capture this window shows (title and banner); for a source that does not change.
    void setCapture(const CaptureDescription& capture);
    // Opens a capture (a vmscope or smemcap tar, .tar.gz, .tar.zst, or a folder laid out like
    // /proc) in a new window: read on a worker, with a progress dialog that can cancel it.
    void openCapture(const QString& path);
    // Starts `vmscope-cli serve` as root (pkexec, else sudo -n) on a worker and opens a window that
    // reads through it, on process `pid` (0: none). Offered only in a window on the live /proc.
    void readAsAdministrator(int pid, const QString& name);
    bool offersReadAsAdministrator() const;
    // What readAsAdministrator() runs on its worker to get a channel to a root `serve`: by default
    // startRootHelper (pkexec, else sudo -n) with the vmscope-cli next to this program. Tests start
    // the build's vmscope-cli serve directly.
    using RootHelperStarter = std::function<Result<std::shared_ptr<ServeChannel>>()>;
    void setRootHelperStarter(RootHelperStarter starter) { m_rootHelperStarter = std::move(starter); }
    // The window this one opened last (openCapture(), readAsAdministrator()), for tests.
    MainWindow* lastOpenedWindow() const { return m_lastOpenedWindow; }
    QLabel* captureBanner() const { return m_captureBanner; }

    // The moments kept to compare (issue 13), shared with the capture windows this one opens.
    const std::shared_ptr<SnapshotStore>& snapshots() const { return m_store; }
    // Captures the window's source into memory on a worker and adds it to the store as `name`
    // (the Take snapshot action asks for the name); only `pids` and the system files when given.
    void takeSnapshot(
        const QString& name, std::optional<std::vector<int>> pids = std::nullopt, bool experimentStep = false);
    // Opens the compare dialog (Ctrl+Shift+C) on the last two moments.
    CompareDialog* openCompare();
    // Writes the window's state (a capture of its source now, with vmscope.json) to `path` on a
    // worker, with a progress dialog that can cancel it; `overwrite` when the file dialog asked.
    void saveCapture(const QString& path, bool overwrite);

signals:
    // openCapture() could not open the path; the sentence is also shown in a message box.
    void captureFailed(const QString& message);
    // readAsAdministrator() could not start the root helper; also shown in a message box.
    void administratorFailed(const QString& message);
    // takeSnapshot() finished: the store has it, or `error` says why not.
    void snapshotTaken(const QString& name, const QString& error);
    // saveCapture() finished: written, or `error` says why not (cancelled included).
    void captureSaved(const QString& path, const QString& error);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createProcessDock();
    void createPages();
    void createStuckReadIndicator();
    void restoreWindowState();
    void createActions();
    void createFileMenu();
    void createViewMenu();
    void addMapActions(QMenu* viewMenu);
    void addProcessListActions(QMenu* viewMenu);
    void createHelpMenu();
    void createExperiments();
    void showExperimentProcess(int pid, std::shared_ptr<const MemoryMap> previousStep);
    void refreshNow();
    void showUnchangingSource();
    void captureOpened(const OpenedCapture& opened);
    void rootHelperStarted(const StartedRootHelper& started);
    void showOpenedWindow(MainWindow* window);
    void exportMap();
    void askSnapshotName();
    void askSaveCapturePath();
    void exportCsv(bool procmapStyle);
    // Adds a page as a tab, with Alt+<number> to reach it from the View menu.
    void addPage(QWidget* page, const QString& title, const QString& toolTip);
    void pageChanged(int index);

    std::shared_ptr<const Source> m_source;
    ProcessListingFeed* m_listingFeed = nullptr;
    ProcessListPanel* m_processList = nullptr;
    QLabel* m_statusLabel = nullptr;
    StuckReadMonitor* m_stuckReads = nullptr;
    QLabel* m_stuckReadLabel = nullptr;
    QAction* m_showKernelThreads = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_pagesMenu = nullptr;
    QTabWidget* m_pages = nullptr;
    QDockWidget* m_processDock = nullptr;
    bool m_dockWantedOnProcessPage = true;
    bool m_onProcessPage = true;
    ProcessView* m_processView = nullptr;
    SystemUsagePage* m_systemUsagePage = nullptr;
    OomPage* m_oomPage = nullptr;
    KernelPage* m_kernelPage = nullptr;
    ExperimentPanel* m_experimentPanel = nullptr;
    QDockWidget* m_experimentDock = nullptr;
    GlossaryOpener* m_glossary = nullptr;
    PresentationMode* m_presentationMode = nullptr;
    QAction* m_refreshAction = nullptr;
    QMenu* m_experimentsMenu = nullptr;
    QLabel* m_captureBanner = nullptr;
    QProgressDialog* m_openProgress = nullptr;
    QString m_captureToOpen;
    QPointer<MainWindow> m_lastOpenedWindow;
    std::unique_ptr<LatestOnlyJob<OpenedCapture>> m_openJob;
    MachineAccess m_access;
    int m_pidForAdministrator = 0;
    RootHelperStarter m_rootHelperStarter;
    std::unique_ptr<LatestOnlyJob<StartedRootHelper>> m_rootHelperJob;
    std::shared_ptr<SnapshotStore> m_store;
    QPointer<CompareDialog> m_compareDialog;
    bool m_savingCapture = false;
};

} // namespace vmscope
