#include "MainWindow.h"

#include "core/read/ProcessReader.h"
#include "widgets/process/AddressMapView.h"
#include "widgets/process/ProcessBreakdownView.h"
#include "widgets/processlist/ProcessTableModel.h"
#include "widgets/process/ProcessView.h"
#include "widgets/kernel/KernelPage.h"
#include "widgets/usage/SystemUsagePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace vmscope {
namespace {
    constexpr int kRefreshIntervalMs = 2000;
}

MainWindow::MainWindow(std::shared_ptr<const Source> source, QWidget* parent)
    : QMainWindow(parent)
    , m_source(std::move(source))
{
    setWindowTitle(tr("vmscope — %1").arg(QString::fromStdString(m_source->describe())));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vmscope.svg")));

    m_model = new ProcessTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProcessTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name, pid, user and command all match

    auto* listPane = new QWidget(this);
    auto* layout = new QVBoxLayout(listPane);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(listPane);
    m_filter->setPlaceholderText(tr("Filter by name, PID, user or command (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows only the processes whose name, PID, user or command line contains this text."));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(m_filter);

    m_table = new QTableView(listPane);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProcessTableModel::Pss, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setToolTip(tr("Double-click or press Enter to open a process's memory map."));
    connect(m_table, &QTableView::activated, this, &MainWindow::openCurrentProcess);
    layout->addWidget(m_table);

    auto* dock = m_processDock = new QDockWidget(tr("Processes"), this);
    dock->setObjectName(QStringLiteral("processDock"));
    dock->setWidget(listPane);
    dock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);
    m_processView = new ProcessView(m_source, this);
    connect(m_processView, &ProcessView::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 5000); });

    m_statusLabel = new QLabel(tr("Reading processes…"), this);
    statusBar()->addPermanentWidget(m_statusLabel);

    createActions();
    addPage(m_processView, tr("&Process"),
        tr("One process's address space: the map drawn to scale, its regions and their details"));
    auto* kernelPage = new KernelPage(m_source, this);
    addPage(kernelPage, tr("&Kernel at work"),
        tr("The kernel's memory live: page cache timeline, free summary, vmstat rates, zone watermarks, buddy "
           "lists, and a workload runner to watch them move"));
    auto* workloadMenu = new QMenu(tr("&Workload"), this);
    menuBar()->insertMenu(m_pagesMenu->menuAction(), workloadMenu);
    kernelPage->populateWorkloadMenu(workloadMenu);
    m_systemUsagePage = new SystemUsagePage(m_source, this);
    addPage(m_systemUsagePage, tr("&System memory"),
        tr("Who is using my RAM: every process, user and mapped file by USS, PSS, RSS and swap, a treemap of PSS, "
           "and where the physical memory is"));
    connect(m_systemUsagePage, &SystemUsagePage::openProcess, this, [this](int pid) {
        m_pages->setCurrentWidget(m_processView);
        selectPid(pid);
    });
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::pageChanged);
    auto* toggleDock = dock->toggleViewAction();
    toggleDock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_viewMenu->addAction(toggleDock);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::startRefresh);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MainWindow::refreshFinished);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: most of the screen, so the list shows its size columns beside the map.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
        resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    }
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray()))
        resizeDocks({ dock }, { std::max(480, width() * 36 / 100) }, Qt::Horizontal);

    startRefresh();
}

MainWindow::~MainWindow()
{
    m_watcher.waitForFinished();
}

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* exportMapAction = fileMenu->addAction(tr("Export &map as PNG, SVG or PDF…"), this, &MainWindow::exportMap);
    exportMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto* exportCsvAction
        = fileMenu->addAction(tr("Export &table as CSV (all columns)…"), this, [this] { exportCsv(false); });
    exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu->addAction(tr("Export start,end,name CSV (&procmap style)…"), this, [this] { exportCsv(true); });
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu* viewMenu = m_viewMenu;
    auto* refresh = viewMenu->addAction(tr("&Refresh now"), this, [this] {
        startRefresh();
        m_processView->refreshNow();
        if (m_systemUsagePage && m_pages->currentWidget() == m_systemUsagePage)
            m_systemUsagePage->refreshNow();
    });
    // F5 only: the desktop's Refresh keys include Ctrl+R, which runs a workload on the kernel page.
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Read /proc again now (the list also refreshes every 2 seconds)"));
    auto* lookup = viewMenu->addAction(tr("&Go to address…"), m_processView, &ProcessView::focusAddressLookup);
    lookup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    auto* regionFilter = viewMenu->addAction(tr("Filter &regions…"), m_processView, &ProcessView::focusTableFilter);
    regionFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    viewMenu->addSeparator();
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
    viewMenu->addSeparator();
    m_showKernelThreads = viewMenu->addAction(tr("Show &kernel threads"));
    m_showKernelThreads->setCheckable(true);
    m_showKernelThreads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_showKernelThreads->setToolTip(tr("Kernel threads have no user address space; they are hidden by default"));
    m_showKernelThreads->setChecked(QSettings().value(QStringLiteral("processList/showKernelThreads"), false).toBool());
    connect(m_showKernelThreads, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("processList/showKernelThreads"), on);
        startRefresh();
    });
    auto* find = viewMenu->addAction(tr("&Filter…"), this, [this] {
        if (m_systemUsagePage && m_pages->currentWidget() == m_systemUsagePage) {
            m_systemUsagePage->focusFilter();
            return;
        }
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    m_pagesMenu = menuBar()->addMenu(tr("&Go"));

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About vmscope"), this, [this] {
        QMessageBox::about(this, tr("About vmscope"),
            tr("<b>vmscope %1</b><p>See where a Linux process's memory goes: its address space, "
               "RSS, PSS and USS, read from /proc.</p>")
                .arg(QStringLiteral(VMSCOPE_VERSION)));
    });
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

void MainWindow::startRefresh()
{
    // One read at a time: the next is scheduled only after this one finished, so slow
    // /proc reads never pile up.
    if (m_watcher.isRunning()) {
        m_refreshAgain = true; // e.g. the kernel-thread toggle changed what to read
        return;
    }
    m_refreshAgain = false;
    m_refreshTimer->stop();
    std::shared_ptr<const Source> source = m_source;
    ListingOptions options;
    options.includeKernelThreads = m_showKernelThreads->isChecked();
    m_watcher.setFuture(QtConcurrent::run([source, options]() -> std::shared_ptr<const ProcessListing> {
        return std::make_shared<const ProcessListing>(readProcessListing(*source, options));
    }));
}

void MainWindow::refreshFinished()
{
    const std::shared_ptr<const ProcessListing> listing = m_watcher.result();
    if (listing)
        m_model->merge(*listing);
    if (m_firstLoad) {
        m_firstLoad = false;
        m_table->resizeColumnsToContents();
    }
    applyPendingSelection();
    updateStatus();
    if (m_refreshAgain)
        startRefresh();
    else
        m_refreshTimer->start();
}

void MainWindow::updateStatus()
{
    QStringList parts;
    parts << tr("Processes: %1").arg(m_model->rowCount() - static_cast<int>(m_model->unreadableCount()));
    if (const auto unreadable = m_model->unreadableCount())
        parts << tr("not readable: %1 (greyed; hover for the reason)").arg(unreadable);
    if (!m_showKernelThreads->isChecked() && m_model->kernelThreadCount() > 0)
        parts << tr("kernel threads hidden: %1 (Ctrl+K shows them)").arg(m_model->kernelThreadCount());
    m_statusLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::selectPid(int pid)
{
    m_pendingPid = pid;
    applyPendingSelection();
}

void MainWindow::selectName(const QString& name)
{
    m_pendingName = name;
    m_filter->setText(name);
    applyPendingSelection();
}

void MainWindow::applyPendingSelection()
{
    int row = -1;
    if (m_pendingPid > 0) {
        row = m_model->rowOfPid(m_pendingPid);
    } else if (!m_pendingName.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->index(r, ProcessTableModel::Name).data().toString() == m_pendingName) {
                row = r;
                break;
            }
    }
    if (row < 0) {
        if (m_pendingPid > 0 && !m_firstLoad)
            statusBar()->showMessage(tr("No process with PID %1.").arg(m_pendingPid), 8000);
        return;
    }
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxyIndex.isValid())
        return;
    m_table->selectRow(proxyIndex.row());
    m_table->scrollTo(proxyIndex);
    m_pendingPid = 0;
    m_pendingName.clear();
    openCurrentProcess();
}

void MainWindow::openCurrentProcess()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(current);
    const int pid = m_model->index(source.row(), 0).data(ProcessTableModel::PidRole).toInt();
    const QString name = m_model->index(source.row(), ProcessTableModel::Name).data().toString();
    m_processView->showProcess(pid, name);
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

} // namespace vmscope
