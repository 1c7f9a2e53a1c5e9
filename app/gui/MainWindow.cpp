#include "app/gui/MainWindow.h"

#include "core/format/DisplayText.h"
#include "core/io/KernelWriter.h"
#include "core/io/ProcRootSource.h"
#include "core/io/ServeSource.h"
#include "core/io/ServeWriter.h"
#include "core/io/TarSource.h"
#include "core/read/ProcCapture.h"
#include "core/read/ProcessReader.h"
#include "core/teaching/Scenarios.h"
#include "widgets/common/GlossaryDialog.h"
#include "widgets/common/PresentationMode.h"
#include "widgets/common/StuckReadMonitor.h"
#include "widgets/common/WorkerPool.h"
#include "widgets/compare/CompareDialog.h"
#include "widgets/compare/SnapshotStore.h"
#include "widgets/experiments/ExperimentPanel.h"
#include "widgets/kernel/KernelPage.h"
#include "widgets/kernel/OomKillFeed.h"
#include "widgets/oom/OomPage.h"
#include "widgets/process/AddressMapView.h"
#include "widgets/process/ProcessBreakdownView.h"
#include "widgets/process/ProcessView.h"
#include "widgets/processlist/ProcessListPanel.h"
#include "widgets/processlist/ProcessListingFeed.h"
#include "widgets/usage/SystemUsagePage.h"
#include "workload/ProgramLocation.h"
#include "workload/RootHelper.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPalette>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QWhatsThis>
#include <QtConcurrent>

#include <algorithm>

namespace vmscope {

MainWindow::MainWindow(std::shared_ptr<const Source> source, QWidget* parent, std::shared_ptr<SnapshotStore> store)
    : MainWindow(std::move(source), MachineAccess {}, parent, std::move(store))
{
}

MainWindow::MainWindow(
    std::shared_ptr<const Source> source, MachineAccess access, QWidget* parent, std::shared_ptr<SnapshotStore> store)
    : QMainWindow(parent)
    , m_source(std::move(source))
    , m_access(std::move(access))
    , m_store(store ? std::move(store) : std::make_shared<SnapshotStore>())
{
    setWindowTitle(tr("vmscope — %1").arg(QString::fromStdString(m_source->describe())));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vmscope.svg")));

    // One listing for the process list and the System memory page.
    m_listingFeed = new ProcessListingFeed(m_source, this);
    createProcessDock();

    // The capture banner sits above the pages; it is shown only for a capture.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_captureBanner = new QLabel(central);
    m_captureBanner->setObjectName(QStringLiteral("captureBanner"));
    m_captureBanner->setWordWrap(true);
    m_captureBanner->setTextFormat(Qt::RichText);
    m_captureBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_captureBanner->setMargin(6);
    m_captureBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_captureBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xdd, 0xea, 0xf7));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x10, 0x2a, 0x43));
    m_captureBanner->setPalette(bannerPalette);
    m_captureBanner->hide();
    centralLayout->addWidget(m_captureBanner);
    m_pages = new QTabWidget(central);
    m_pages->setDocumentMode(true);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    setAcceptDrops(true);
    m_processView = new ProcessView(m_source, this);
    connect(m_processView, &ProcessView::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    m_processView->setReadAsAdministratorOffered(offersReadAsAdministrator());
    m_processList->setReadAsAdministratorOffered(offersReadAsAdministrator());
    connect(m_processView, &ProcessView::readAsAdministratorRequested, this, &MainWindow::readAsAdministrator);
    connect(m_processList, &ProcessListPanel::readAsAdministratorRequested, this, &MainWindow::readAsAdministrator);

    createActions();
    createPages();
    createExperiments();
    auto* toggleDock = m_processDock->toggleViewAction();
    toggleDock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_viewMenu->addAction(toggleDock);

    restoreWindowState();
    // After the pages exist and the window has its saved size: presentation mode scales what is there
    // and restores it exactly when left.
    m_presentationMode->restoreFromSettings();
    // After restoreWindowState: the saved refresh choice is for live windows and stays saved.
    if (!m_source->changesOverTime()) {
        showUnchangingSource();
        // A capture (opened, or --proc-root) is a moment to compare while its window is open.
        m_store->add(QString::fromStdString(escapeForDisplay(m_source->describe())),
            SnapshotStore::Origin::OpenedCapture, m_source);
    }
}

void MainWindow::showUnchangingSource()
{
    m_listingFeed->setInterval(0);
    m_processView->showUnchangingSource();
    const QString why = tr("A capture does not change: there is nothing to read again");
    m_refreshAction->setEnabled(false);
    m_refreshAction->setToolTip(why);
    // Experiments start programs on this machine: they belong to the live window.
    m_experimentsMenu->setEnabled(false);
    m_captureBanner->setText(tr("<b>%1</b>: figures as captured; nothing refreshes, and nothing here acts on a "
                                "running system.")
                                 .arg(QString::fromStdString(m_source->describe()).toHtmlEscaped()));
    m_captureBanner->show();
}

void MainWindow::setCapture(const CaptureDescription& capture)
{
    setWindowTitle(tr("vmscope — %1").arg(captureTitle(capture)));
    m_captureBanner->setText(captureBannerHtml(capture));
    m_captureBanner->setToolTip(capture.sourceText);
    m_captureBanner->show();
}

void MainWindow::openCapture(const QString& path)
{
    if (!m_openJob) {
        m_openJob = std::make_unique<LatestOnlyJob<OpenedCapture>>(
            [this]() -> LatestOnlyJob<OpenedCapture>::Work {
                return [path = m_captureToOpen] {
                    OpenedCapture opened;
                    opened.path = path;
                    if (!QFileInfo::exists(path)) {
                        opened.error = tr("%1 does not exist").arg(path);
                        return opened;
                    }
                    auto source = openSource(path.toStdString());
                    if (!source) {
                        opened.error = QString::fromStdString(escapeForDisplay(source.error().message()));
                        return opened;
                    }
                    // A folder that is no proc root (nothing of /proc in it) would open as an empty
                    // window; say so instead.
                    const auto pids = (*source)->listPids();
                    if (!(*source)->read("meminfo") && (!pids || pids->empty())) {
                        opened.error = tr("%1 is not a capture: it has neither a meminfo nor process folders "
                                          "(open a vmscope or smemcap tar, or a folder laid out like /proc)")
                                           .arg(path);
                        return opened;
                    }
                    opened.description = describeCapture(**source, path);
                    opened.source = std::move(*source);
                    return opened;
                };
            },
            [this](OpenedCapture opened) { captureOpened(opened); });
    }
    m_captureToOpen = path;
    m_openJob->invalidate(); // a capture still being opened is not wanted any more
    if (!m_openProgress) {
        m_openProgress = new QProgressDialog(this);
        m_openProgress->setWindowTitle(tr("Opening capture"));
        m_openProgress->setRange(0, 0);
        m_openProgress->setMinimumDuration(400);
        // reset() hides it: when the capture is open, and before each new one (setValue(0) then
        // starts its minimum-duration clock, so a quick open never flashes a dialog).
        m_openProgress->setAutoClose(true);
        connect(m_openProgress, &QProgressDialog::canceled, this, [this] {
            m_openJob->invalidate();
            m_openProgress->reset();
            statusBar()->showMessage(tr("Opening %1 cancelled").arg(m_captureToOpen), 5000);
        });
    }
    m_openProgress->setLabelText(tr("Reading %1…").arg(path));
    m_openProgress->reset();
    m_openProgress->setValue(0);
    m_openJob->request();
}

void MainWindow::captureOpened(const OpenedCapture& opened)
{
    m_openProgress->reset();
    m_openProgress->hide();
    if (!opened.source) {
        // Window-modal and not waited for: the window keeps drawing (and tests keep running).
        auto* box
            = new QMessageBox(QMessageBox::Warning, tr("Cannot open capture"), opened.error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit captureFailed(opened.error);
        return;
    }
    auto* window = new MainWindow(opened.source, nullptr, m_store);
    window->setCapture(opened.description);
    showOpenedWindow(window);
}

void MainWindow::showOpenedWindow(MainWindow* window)
{
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    m_lastOpenedWindow = window;
}

bool MainWindow::offersReadAsAdministrator() const
{
    const auto* procRoot = dynamic_cast<const ProcRootSource*>(m_source.get());
    return procRoot && procRoot->root() == "/proc";
}

void MainWindow::readAsAdministrator(int pid, const QString& /*name*/)
{
    if (!offersReadAsAdministrator())
        return;
    m_pidForAdministrator = pid;
    if (!m_rootHelperJob) {
        m_rootHelperJob = std::make_unique<LatestOnlyJob<StartedRootHelper>>(
            [this]() -> LatestOnlyJob<StartedRootHelper>::Work {
                RootHelperStarter starter = m_rootHelperStarter;
                if (!starter)
                    starter
                        = [] { return startRootHelper(RootHelperMethod::Auto, locateVmscopeProgram("vmscope-cli")); };
                return [starter] {
                    // Blocks while pkexec's agent asks for the password: a worker, never this thread.
                    StartedRootHelper started;
                    auto channel = starter();
                    if (!channel) {
                        started.error = QString::fromStdString(escapeForDisplay(channel.error().message()));
                        return started;
                    }
                    const std::string how = " as root (" + (*channel)->commandLine() + ")";
                    started.proc = std::make_shared<ServeSource>(*channel, "/proc", "/proc" + how);
                    started.access.sys = std::make_shared<ServeSource>(*channel, "/sys", "/sys" + how);
                    started.access.writer = std::make_shared<ServeWriter>(*channel);
                    return started;
                };
            },
            [this](StartedRootHelper started) { rootHelperStarted(started); });
    }
    // One helper at a time: a second request while one starts only changes which process opens.
    if (m_rootHelperJob->isRunning())
        return;
    statusBar()->showMessage(tr("Starting vmscope-cli serve as root (pkexec asks for the administrator's password; "
                                "else sudo -n)…"));
    m_rootHelperJob->request();
}

void MainWindow::rootHelperStarted(const StartedRootHelper& started)
{
    statusBar()->clearMessage();
    if (!started.proc) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot read as administrator"),
            started.error + QStringLiteral("\n\n")
                + tr("vmscope starts vmscope-cli serve as root through pkexec (the polkit action org.vmscope.serve) "
                     "or sudo -n (a sudoers rule for exactly that command); the README shows both."),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit administratorFailed(started.error);
        return;
    }
    auto* window = new MainWindow(started.proc, started.access, nullptr, m_store);
    showOpenedWindow(window);
    if (m_pidForAdministrator > 0)
        window->selectPid(m_pidForAdministrator);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    openCapture(urls.front().toLocalFile());
}

MainWindow::~MainWindow()
{
    m_store->removeSource(m_source.get());
    // QWidget's destructor hides the docks and deletes the panel after this class is gone; their
    // signals (visibilityChanged, a run's end) must not reach lambdas that use this class's members.
    if (m_experimentDock)
        m_experimentDock->disconnect(this);
    if (m_experimentPanel)
        m_experimentPanel->disconnect(this);
}

void MainWindow::createProcessDock()
{
    m_processList = new ProcessListPanel(m_listingFeed, this);
    connect(m_processList, &ProcessListPanel::openProcess, this,
        [this](int pid, const QString& name) { m_processView->showProcess(pid, name); });
    connect(m_processList, &ProcessListPanel::message, this,
        [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    auto* dock = m_processDock = new QDockWidget(tr("Processes"), this);
    dock->setObjectName(QStringLiteral("processDock"));
    dock->setWidget(m_processList);
    dock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_statusLabel = new QLabel(m_processList->statusText(), this);
    statusBar()->addPermanentWidget(m_statusLabel);
    connect(m_processList, &ProcessListPanel::statusTextChanged, m_statusLabel, &QLabel::setText);
    createStuckReadIndicator();
}

void MainWindow::createStuckReadIndicator()
{
    // Left of the process count, in the warning colour, only while a read is stuck.
    m_stuckReads = new StuckReadMonitor(this);
    m_stuckReadLabel = new QLabel(this);
    m_stuckReadLabel->setObjectName(QStringLiteral("stuckReadLabel"));
    m_stuckReadLabel->setTextFormat(Qt::PlainText);
    QPalette palette = m_stuckReadLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x4d, 0x00));
    m_stuckReadLabel->setPalette(palette);
    m_stuckReadLabel->hide();
    statusBar()->insertPermanentWidget(0, m_stuckReadLabel);
    connect(m_stuckReads, &StuckReadMonitor::changed, this, [this](const QString& message, const QString& details) {
        m_stuckReadLabel->setText(message.isEmpty() ? QString() : QStringLiteral("\u26a0 ") + message);
        m_stuckReadLabel->setToolTip(details);
        m_stuckReadLabel->setVisible(!message.isEmpty());
    });
}

void MainWindow::createPages()
{
    addPage(m_processView, tr("&Process"),
        tr("One process's address space: the map drawn to scale, its regions and their details"));
    auto* kernelPage = m_kernelPage = new KernelPage(m_source, this);
    addPage(kernelPage, tr("&Kernel at work"),
        tr("The kernel's memory live: page cache timeline, free summary, vmstat rates, zone watermarks, buddy "
           "lists, and a workload runner to watch them move"));
    auto* workloadMenu = new QMenu(tr("&Workload"), this);
    menuBar()->insertMenu(m_pagesMenu->menuAction(), workloadMenu);
    kernelPage->populateWorkloadMenu(workloadMenu);
    m_systemUsagePage = new SystemUsagePage(m_listingFeed, this);
    addPage(m_systemUsagePage, tr("&System memory"),
        tr("Who is using my RAM: every process, user and mapped file by USS, PSS, RSS and swap, a treemap of PSS, "
           "and where the physical memory is"));
    connect(m_systemUsagePage, &SystemUsagePage::openProcess, this, [this](int pid) {
        m_pages->setCurrentWidget(m_processView);
        selectPid(pid);
    });
    // Reads its own ranking (oom_score of every process), only while it is shown.
    // Only the live system can be changed; a copied proc root or a capture is read-only.
    std::shared_ptr<const KernelWriter> writer = m_access.writer;
    std::shared_ptr<const Source> sys = m_access.sys;
    if (!writer && !sys && offersReadAsAdministrator()) {
        writer = std::make_shared<const ProcRootWriter>("/proc");
        sys = std::make_shared<const ProcRootSource>("/sys"); // the live /proc: its cgroups are under the live /sys
    }
    m_oomPage = new OomPage(m_source, writer, this);
    if (sys)
        m_oomPage->setSysSource(sys);
    addPage(m_oomPage, tr("Out of &memory"),
        tr("Who the OOM killer would choose first and why: processes ranked by oom_score, the score explained "
           "from its parts with this kernel's formula, and the vm.* policy around the killer"));
    connect(m_oomPage, &OomPage::openProcess, this, [this](int pid) {
        m_pages->setCurrentWidget(m_processView);
        selectPid(pid);
    });
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::pageChanged);

    // The reports of OOM kills vmscope saw are kept by the kernel page; reachable from anywhere.
    m_pagesMenu->addSeparator();
    auto* lastOomReport = m_pagesMenu->addAction(tr("Last OOM kill's &report"));
    lastOomReport->setToolTip(tr("The kernel's report of the last OOM kill since vmscope started (marked red on the "
                                 "Kernel at work timeline)"));
    lastOomReport->setEnabled(false);
    connect(kernelPage->oomKills(), &OomKillFeed::eventAdded, lastOomReport,
        [lastOomReport] { lastOomReport->setEnabled(true); });
    connect(lastOomReport, &QAction::triggered, this, [this, kernelPage] {
        const auto& events = kernelPage->oomKills()->events();
        if (events.empty())
            return;
        m_pages->setCurrentWidget(kernelPage);
        kernelPage->openOomReport(events.back().id);
    });
}

void MainWindow::createExperiments()
{
    m_experimentPanel = new ExperimentPanel(m_source, this);
    auto* dock = m_experimentDock = new QDockWidget(tr("Experiment"), this);
    dock->setObjectName(QStringLiteral("experimentDock"));
    dock->setWidget(m_experimentPanel);
    dock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();

    auto* menu = m_experimentsMenu = new QMenu(tr("E&xperiments"), this);
    menuBar()->insertMenu(m_pagesMenu->menuAction(), menu);
    for (const Scenario& scenario : teachingScenarios()) {
        const QString id = QString::fromUtf8(scenario.id.data(), qsizetype(scenario.id.size()));
        auto* action = menu->addAction(QCoreApplication::translate("Scenario", scenario.title), this, [this, id] {
            m_experimentPanel->chooseScenario(id);
            m_experimentDock->show();
            m_experimentDock->raise();
        });
        action->setToolTip(QCoreApplication::translate("Scenario", scenario.goal));
    }
    menu->addSeparator();
    // Space and → advance only while they can: otherwise they stay the keys of the focused widget
    // (a line edit keeps them anyway: it claims them with ShortcutOverride).
    auto* next = menu->addAction(tr("&Next step"), m_experimentPanel, &ExperimentPanel::next);
    next->setShortcuts({ QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Right) });
    auto* restart = menu->addAction(tr("&Back to the start"), m_experimentPanel, &ExperimentPanel::restart);
    restart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    auto* stop = menu->addAction(tr("&Stop"), m_experimentPanel, &ExperimentPanel::stop);
    stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    auto* other = menu->addAction(tr("&Other process"), m_experimentPanel, &ExperimentPanel::switchProcess);
    other->setShortcut(QKeySequence(Qt::Key_F6));
    other->setToolTip(tr("Between the processes of a step: parent and child after a fork, the copies of a program"));
    menu->addSeparator();
    auto* showPanel = dock->toggleViewAction();
    showPanel->setText(tr("Experiment &panel"));
    showPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    menu->addAction(showPanel);
    const auto follow = [this, next, restart, stop, other] {
        const bool shown = m_experimentDock->isVisible();
        const bool running = m_experimentPanel->isRunning();
        next->setEnabled(shown && (running ? m_experimentPanel->canAdvance() : m_experimentPanel->currentStep() == 0));
        restart->setEnabled(shown && m_experimentPanel->currentStep() > 0);
        stop->setEnabled(running);
        other->setEnabled(running);
    };
    connect(m_experimentPanel, &ExperimentPanel::stateChanged, this, follow);
    connect(dock, &QDockWidget::visibilityChanged, this, follow);
    follow();

    connect(m_experimentPanel, &ExperimentPanel::showProcess, this, &MainWindow::showExperimentProcess);
    connect(m_experimentPanel, &ExperimentPanel::stepReached, this,
        [this](int number, const QString& title, const QString& expect) {
            m_kernelPage->markExperimentStep(tr("step %1: %2").arg(number).arg(title), expect);
        });
    // Each step is a moment to compare: its processes and the system files, which is quick.
    connect(m_experimentPanel, &ExperimentPanel::stepReached, this,
        [this](int number, const QString& title, const QString&, const QList<int>& pids) {
            takeSnapshot(tr("Step %1: %2").arg(number).arg(title), std::vector<int>(pids.begin(), pids.end()), true);
        });
    connect(m_experimentPanel, &ExperimentPanel::runEnded, this, [this] { m_processView->setStepBaseline(nullptr); });
}

void MainWindow::showExperimentProcess(int pid, std::shared_ptr<const MemoryMap> previousStep)
{
    m_pages->setCurrentWidget(m_processView);
    // Set before the process is opened: its first read is already compared with the step.
    m_processView->setStepBaseline(std::move(previousStep));
    selectPid(pid);
    m_listingFeed->refreshNow(); // a process started just now is in the next listing
}

bool MainWindow::openExperiment(const QString& id)
{
    if (!m_experimentPanel->chooseScenario(id))
        return false;
    m_experimentDock->show();
    m_experimentPanel->start();
    return true;
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: most of the screen, so the list shows its size columns beside the map.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
        resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    }
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray()))
        resizeDocks({ m_processDock }, { std::max(480, width() * 36 / 100) }, Qt::Horizontal);
}

void MainWindow::createActions()
{
    createFileMenu();
    createViewMenu();
    m_pagesMenu = menuBar()->addMenu(tr("&Go"));
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* openFile = fileMenu->addAction(tr("&Open capture…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open capture"), QString(), tr("Captures (*.tar *.tar.gz *.tgz *.tar.zst);;All files (*)"));
        if (!path.isEmpty())
            openCapture(path);
    });
    openFile->setShortcut(QKeySequence::Open);
    openFile->setToolTip(tr("Open a capture in a new window: vmscope-cli capture's .tar, .tar.gz or .tar.zst, or "
                            "the tar smemcap writes. You can also drop a capture onto the window."));
    auto* openFolder = fileMenu->addAction(tr("Open capture &folder…"), this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open a folder laid out like /proc"));
        if (!path.isEmpty())
            openCapture(path);
    });
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolder->setToolTip(tr("Open an unpacked capture or a copy of /proc in a new window"));
    auto* save = fileMenu->addAction(tr("&Save capture…"), this, &MainWindow::askSaveCapturePath);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    save->setToolTip(tr("Write what this window shows to a .tar, .tar.gz or .tar.zst that vmscope and vmscope-cli "
                        "open again: every process's maps, smaps and status and the system's memory files"));
    fileMenu->addSeparator();
    auto* snapshot = fileMenu->addAction(tr("Take snaps&hot…"), this, &MainWindow::askSnapshotName);
    snapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    snapshot->setToolTip(tr("Keep this moment in memory to compare it with another (Compare snapshots)"));
    auto* compare = fileMenu->addAction(tr("&Compare snapshots…"), this, [this] { openCompare(); });
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    compare->setToolTip(tr("Two moments compared: processes appeared, exited and grown, meminfo's changes, and a "
                           "process's regions added, removed, grown and shrunk on its map"));
    fileMenu->addSeparator();
    auto* exportMapAction = fileMenu->addAction(tr("Export &map as PNG, SVG or PDF…"), this, &MainWindow::exportMap);
    exportMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto* exportCsvAction
        = fileMenu->addAction(tr("Export &table as CSV (all columns)…"), this, [this] { exportCsv(false); });
    exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu->addAction(tr("Export start,end,name CSV (&procmap style)…"), this, [this] { exportCsv(true); });
    fileMenu->addSeparator();
    // Closing first saves the layout (closeEvent); nothing on the way waits for a read in progress.
    auto* quit = fileMenu->addAction(tr("&Quit"), this, [this] {
        close();
        QApplication::quit();
    });
    // The platform's Quit keys, and Ctrl+Q everywhere: some platforms (Windows-style key schemes,
    // the offscreen one) bind none.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcuts(quitKeys);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu* viewMenu = m_viewMenu;
    auto* refresh = m_refreshAction = viewMenu->addAction(tr("&Refresh now"), this, &MainWindow::refreshNow);
    // F5 only: the desktop's Refresh keys include Ctrl+R, which runs a workload on the kernel page.
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Read /proc again now (the list also refreshes every 2 seconds)"));
    auto* lookup = viewMenu->addAction(tr("&Go to address…"), m_processView, &ProcessView::focusAddressLookup);
    lookup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    auto* regionFilter = viewMenu->addAction(tr("Filter &regions…"), m_processView, &ProcessView::focusTableFilter);
    regionFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    viewMenu->addSeparator();
    addMapActions(viewMenu);
    viewMenu->addSeparator();
    addProcessListActions(viewMenu);
    viewMenu->addSeparator();
    m_presentationMode = new PresentationMode(this);
    viewMenu->addAction(m_presentationMode->action());
}

void MainWindow::addMapActions(QMenu* viewMenu)
{
    auto* zoomIn = viewMenu->addAction(tr("Zoom &in"), this, [this] { m_processView->mapView()->zoomIn(); });
    zoomIn->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    auto* zoomOut = viewMenu->addAction(tr("Zoom &out"), this, [this] { m_processView->mapView()->zoomOut(); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto* zoomFit = viewMenu->addAction(tr("Zoom to &fit"), this, [this] { m_processView->mapView()->zoomToFit(); });
    zoomFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    auto* linear = viewMenu->addAction(tr("&Linear scale"));
    linear->setCheckable(true);
    linear->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    linear->setToolTip(tr("Switch between true addresses and the compressed view"));
    connect(linear, &QAction::toggled, this,
        [this](bool on) { m_processView->mapView()->setScaleMode(on ? ScaleMode::Linear : ScaleMode::Compressed); });
    connect(m_processView->mapView(), &AddressMapView::scaleModeChanged, linear,
        [linear](ScaleMode mode) { linear->setChecked(mode == ScaleMode::Linear); });
    linear->setChecked(m_processView->mapView()->scaleMode() == ScaleMode::Linear);
    auto* pss = viewMenu->addAction(tr("Show &PSS/USS overlay"));
    pss->setCheckable(true);
    pss->setChecked(m_processView->mapView()->showPssOverlay());
    connect(pss, &QAction::toggled, m_processView->mapView(), &AddressMapView::setShowPssOverlay);
    auto* kernel = viewMenu->addAction(tr("Show &kernel space in full"));
    kernel->setCheckable(true);
    kernel->setChecked(m_processView->mapView()->kernelExpanded());
    connect(kernel, &QAction::toggled, m_processView->mapView(), &AddressMapView::setKernelExpanded);
    auto* marks = viewMenu->addAction(tr("Show layout &marks"));
    marks->setCheckable(true);
    marks->setChecked(m_processView->mapView()->showMarks());
    marks->setToolTip(tr("Mark start_code, end_code, start_data, brk, start_stack, arg and env on the map"));
    connect(marks, &QAction::toggled, m_processView->mapView(), &AddressMapView::setShowMarks);
    auto* byMapping = viewMenu->addAction(tr("Memory breakdown by &mapping"));
    byMapping->setCheckable(true);
    byMapping->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    byMapping->setToolTip(tr("Show where the process's memory goes, one row per mapped file instead of per kind"));
    connect(byMapping, &QAction::triggered, this, [this](bool on) {
        m_processView->breakdownView()->setGrouping(on ? BreakdownGrouping::ByMapping : BreakdownGrouping::ByKind);
        m_processView->showBreakdown();
    });
    connect(m_processView->breakdownView(), &ProcessBreakdownView::groupingChanged, byMapping,
        [byMapping](BreakdownGrouping grouping) { byMapping->setChecked(grouping == BreakdownGrouping::ByMapping); });
}

void MainWindow::addProcessListActions(QMenu* viewMenu)
{
    m_showKernelThreads = viewMenu->addAction(tr("Show &kernel threads"));
    m_showKernelThreads->setCheckable(true);
    m_showKernelThreads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_showKernelThreads->setToolTip(tr("Kernel threads have no user address space; they are hidden by default"));
    m_showKernelThreads->setChecked(QSettings().value(QStringLiteral("processList/showKernelThreads"), false).toBool());
    m_processList->setShowKernelThreads(m_showKernelThreads->isChecked());
    connect(m_showKernelThreads, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("processList/showKernelThreads"), on);
        m_processList->setShowKernelThreads(on);
    });
    auto* find = viewMenu->addAction(tr("&Filter…"), this, [this] {
        if (m_systemUsagePage && m_pages->currentWidget() == m_systemUsagePage) {
            m_systemUsagePage->focusFilter();
            return;
        }
        if (m_oomPage && m_pages->currentWidget() == m_oomPage) {
            m_oomPage->focusFilter();
            return;
        }
        m_processList->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
}

void MainWindow::createHelpMenu()
{
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    // Shift+F1, then a click on any figure, column header or plot series explains it; links in the
    // explanation open the glossary (GlossaryOpener filters the application's events for them).
    helpMenu->addAction(QWhatsThis::createAction(this));
    m_glossary = new GlossaryOpener(this);
    auto* glossary = helpMenu->addAction(tr("&Glossary…"), this, [this] { m_glossary->open(); });
    glossary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    glossary->setToolTip(tr("Every term vmscope uses, searchable: RSS, PSS, page cache, watermarks, OOM score…"));
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About vmscope"), this, [this] {
        QMessageBox::about(this, tr("About vmscope"),
            tr("<b>vmscope %1</b><p>See where a Linux process's memory goes: its address space, "
               "RSS, PSS and USS, read from /proc.</p>")
                .arg(QStringLiteral(VMSCOPE_VERSION)));
    });
}

void MainWindow::refreshNow()
{
    m_processView->refreshNow();
    // The System memory page asks the shared listing for a fresh read itself.
    if (m_systemUsagePage && m_pages->currentWidget() == m_systemUsagePage)
        m_systemUsagePage->refreshNow();
    else if (m_oomPage && m_pages->currentWidget() == m_oomPage)
        m_oomPage->refreshNow();
    else
        m_listingFeed->refreshNow();
}

void MainWindow::addPage(QWidget* page, const QString& title, const QString& toolTip)
{
    const int index = m_pages->addTab(page, title);
    m_pages->setTabToolTip(index, toolTip);
    auto* action = m_pagesMenu->addAction(title, this, [this, page] { m_pages->setCurrentWidget(page); });
    action->setToolTip(toolTip);
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + index)));
}

void MainWindow::pageChanged(int index)
{
    // The process list only picks what the process page shows; the system-wide pages get the room,
    // and the list comes back as the user left it.
    const bool toProcessPage = m_pages->widget(index) == m_processView;
    if (m_onProcessPage && !toProcessPage) {
        m_dockWantedOnProcessPage = m_processDock->isVisible();
        m_processDock->hide();
    } else if (!m_onProcessPage && toProcessPage) {
        m_processDock->setVisible(m_dockWantedOnProcessPage);
    }
    m_onProcessPage = toProcessPage;
}

void MainWindow::selectPid(int pid)
{
    m_processList->selectPid(pid);
}

void MainWindow::selectName(const QString& name)
{
    m_processList->selectName(name);
}

void MainWindow::exportMap()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export the address-space map"),
        QStringLiteral("vmscope-%1.png").arg(m_processView->pid()),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    if (const auto error = m_processView->exportMap(fileName))
        QMessageBox::warning(this, tr("Export failed"), *error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(fileName), 5000);
}

void MainWindow::exportCsv(bool procmapStyle)
{
    const QString fileName = QFileDialog::getSaveFileName(this,
        procmapStyle ? tr("Export start,end,name CSV") : tr("Export the region table"),
        QStringLiteral("vmscope-%1%2.csv")
            .arg(m_processView->pid())
            .arg(procmapStyle ? QStringLiteral("-procmap") : QString()),
        tr("CSV (*.csv)"));
    if (fileName.isEmpty())
        return;
    if (const auto error = m_processView->exportTableCsv(fileName, procmapStyle))
        QMessageBox::warning(this, tr("Export failed"), *error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(fileName), 5000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_processView->saveLayout();
    QMainWindow::closeEvent(event);
}

namespace {
    // A capture's progress callback (on the worker) that the GUI thread reads from `progress`.
    std::function<void(std::size_t, std::size_t)> reportTo(std::shared_ptr<CaptureProgress> progress)
    {
        return [progress = std::move(progress)](std::size_t done, std::size_t total) {
            progress->done = done;
            progress->total = total;
        };
    }
} // namespace

void MainWindow::askSnapshotName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Take snapshot"), tr("Name of the snapshot:"),
        QLineEdit::Normal, tr("Snapshot %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))), &ok);
    if (ok)
        takeSnapshot(name.trimmed().isEmpty() ? tr("Snapshot") : name.trimmed());
}

void MainWindow::takeSnapshot(const QString& name, std::optional<std::vector<int>> pids, bool experimentStep)
{
    auto progress = std::make_shared<CaptureProgress>();
    auto* watcher = new QFutureWatcher<Result<std::shared_ptr<const TarSource>>>(this);
    auto* ticker = new QTimer(watcher);
    ticker->setInterval(250);
    connect(ticker, &QTimer::timeout, this, [this, name, progress] {
        statusBar()->showMessage(tr("Taking snapshot “%1”: %2 of %3 processes")
                                     .arg(name)
                                     .arg(progress->done.load())
                                     .arg(progress->total.load()),
            1000);
    });
    const QDateTime taken = QDateTime::currentDateTime();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name, taken, experimentStep] {
        watcher->deleteLater();
        auto result = watcher->result();
        if (!result) {
            const QString error = QString::fromStdString(escapeForDisplay(result.error().message()));
            statusBar()->showMessage(tr("Snapshot “%1” failed: %2").arg(name, error), 8000);
            emit snapshotTaken(name, error);
            return;
        }
        m_store->add(name, experimentStep ? SnapshotStore::Origin::ExperimentStep : SnapshotStore::Origin::Manual,
            std::move(*result), taken);
        statusBar()->showMessage(tr("Snapshot “%1” taken (Ctrl+Shift+C compares)").arg(name), 5000);
        emit snapshotTaken(name, QString());
    });
    // The work owns what it uses (the source, the progress): a window closed meanwhile drops the
    // result with its watcher.
    watcher->setFuture(QtConcurrent::run(readPool(), [source = m_source, pids, progress, label = name.toStdString()] {
        return captureToMemory(*source, pids, label, "vmscope", VMSCOPE_VERSION, reportTo(progress));
    }));
    ticker->start();
}

CompareDialog* MainWindow::openCompare()
{
    if (!m_compareDialog) {
        m_compareDialog = new CompareDialog(m_store, m_source, m_processView->pid(), this);
        m_compareDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_compareDialog->show();
    m_compareDialog->raise();
    return m_compareDialog;
}

void MainWindow::askSaveCapturePath()
{
    // The dialog asks before replacing a file (QFileDialog's default); only then is it overwritten.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save capture"), QString(), tr("Captures (*.tar.zst *.tar.gz *.tar);;All files (*)"));
    if (!path.isEmpty())
        saveCapture(path, QFileInfo::exists(path));
}

void MainWindow::saveCapture(const QString& path, bool overwrite)
{
    if (m_savingCapture) {
        statusBar()->showMessage(tr("A capture is being saved already"), 5000);
        return;
    }
    m_savingCapture = true;
    auto progress = std::make_shared<CaptureProgress>();
    auto* dialog = new QProgressDialog(tr("Saving %1…").arg(path), tr("Cancel"), 0, 0, this);
    dialog->setWindowTitle(tr("Save capture"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, this, [progress] { progress->stop = true; });
    auto* ticker = new QTimer(dialog);
    ticker->setInterval(200);
    connect(ticker, &QTimer::timeout, dialog, [dialog, progress] {
        if (const std::size_t total = progress->total.load(); total > 0) {
            dialog->setMaximum(int(std::min<std::size_t>(total, INT_MAX)));
            dialog->setValue(int(std::min<std::size_t>(progress->done.load(), INT_MAX)));
        }
    });
    ticker->start();
    dialog->setValue(0);

    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dialog, path] {
        watcher->deleteLater();
        dialog->close();
        m_savingCapture = false;
        const QString error = watcher->result();
        statusBar()->showMessage(error.isEmpty() ? tr("Saved %1").arg(path) : error, 8000);
        emit captureSaved(path, error);
    });
    watcher->setFuture(
        QtConcurrent::run(readPool(), [source = m_source, progress, file = path.toStdString(), overwrite]() -> QString {
            const auto now = std::chrono::system_clock::now();
            auto writer = CaptureWriter::create(
                file, overwrite, std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
            if (!writer)
                return QString::fromStdString(escapeForDisplay(writer.error().message()));
            (*writer)->setStop(&progress->stop);
            auto result = captureOnce(*source, **writer, std::nullopt, "vmscope", VMSCOPE_VERSION, reportTo(progress));
            if (!result)
                return progress->stop ? tr("Saving %1 cancelled").arg(QString::fromStdString(file))
                                      : QString::fromStdString(escapeForDisplay(result.error().message()));
            return {};
        }));
}

} // namespace vmscope
