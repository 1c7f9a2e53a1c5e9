#include "widgets/usage/SystemUsagePage.h"

#include "core/io/ProcRootSource.h"
#include "core/model/Saturating.h"
#include "core/read/SystemReader.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/common/KindColors.h"
#include "widgets/processlist/ProcessListingFeed.h"
#include "widgets/usage/MappingUsageModel.h"
#include "widgets/usage/ProcessUsageModel.h"
#include "widgets/usage/SystemAreaModel.h"
#include "widgets/usage/UsageBarChart.h"
#include "widgets/usage/UsageTreemap.h"
#include "widgets/usage/UserUsageModel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <unistd.h>
#include <utility>

namespace vmscope {
namespace {
    const QString kSettingsGroup = QStringLiteral("systemUsage/");
    constexpr int kAutoRefreshMs = 5000;
    // Bars beyond this many would be too thin to read; the table has the rest.
    constexpr int kChartBars = 15;
    // Names the banner lists before "…"; the tooltip lists all of them.
    constexpr int kNamesInBanner = 6;

    QColor ussColor()
    {
        return kindColor(RegionKind::Heap);
    }
    QColor sharedColor()
    {
        return kindColor(RegionKind::Rodata);
    }

    // The installed RAM is read from /sys only when the pages come from this machine's /proc:
    // a capture or fixture folder describes another machine.
    std::unique_ptr<Source> sysSourceFor(const Source& source)
    {
        const auto* procRoot = dynamic_cast<const ProcRootSource*>(&source);
        if (procRoot && procRoot->root() == "/proc")
            return std::make_unique<ProcRootSource>("/sys");
        return nullptr;
    }

    QString lastPathComponent(const QString& path)
    {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        return slash < 0 || slash + 1 >= path.size() ? path : path.mid(slash + 1);
    }
} // namespace

SystemUsagePage::SystemUsagePage(ProcessListingFeed* feed, QWidget* parent)
    : SystemUsagePage(feed->source(), feed, parent)
{
}

SystemUsagePage::SystemUsagePage(std::shared_ptr<const Source> source, QWidget* parent)
    : SystemUsagePage(std::move(source), nullptr, parent)
{
}

SystemUsagePage::SystemUsagePage(std::shared_ptr<const Source> source, ProcessListingFeed* feed, QWidget* parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_feed(feed)
    , m_readJob([this] { return readWork(); }, [this](std::shared_ptr<const Reading> r) { refreshFinished(r); })
    , m_scanJob([this] { return scanWork(); }, [this](std::shared_ptr<const MappingScan> s) { scanFinished(s); })
{
    if (!m_feed) {
        // Alone, the page reads a listing only when it wants one.
        m_feed = new ProcessListingFeed(m_source, this);
        m_feed->setInterval(0);
    }
    createModels();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(createToolbar());
    createBanner();
    layout->addWidget(m_banner);
    createViews();
    layout->addWidget(m_views, 1);
    connectControls();

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kAutoRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            startRefresh();
        else
            m_staleWhileHidden = true; // read when shown again, not for nobody
    });
    connect(m_feed, &ProcessListingFeed::listingRead, this, &SystemUsagePage::listingRead);

    restoreSettings();
    startRefresh();
}

SystemUsagePage::~SystemUsagePage()
{
    // Neither job is waited for: their work owns what it uses (LatestOnlyJob.h).
    m_scanState->cancel = true;
}

void SystemUsagePage::createModels()
{
    m_processModel = new ProcessUsageModel(this);
    m_userModel = new UserUsageModel(this);
    m_mappingModel = new MappingUsageModel(this);
    m_systemModel = new SystemAreaModel(this);
    auto makeProxy = [this](QAbstractItemModel* model) {
        auto* proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(UsageTableModel::SortRole);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy->setFilterKeyColumn(-1);
        return proxy;
    };
    m_processProxy = makeProxy(m_processModel);
    m_userProxy = makeProxy(m_userModel);
    m_mappingProxy = makeProxy(m_mappingModel);
    m_systemProxy = makeProxy(m_systemModel);
}

QHBoxLayout* SystemUsagePage::createToolbar()
{
    auto* toolbar = new QHBoxLayout;
    m_refreshButton = new QToolButton(this);
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshButton->setToolTip(tr("Read every process's smaps_rollup and /proc/meminfo again now (F5)"));
    toolbar->addWidget(m_refreshButton);
    m_autoRefresh = new QCheckBox(tr("&Every 5 s"), this);
    m_autoRefresh->setToolTip(tr("Refresh the process, user and system figures every 5 seconds while this page is "
                                 "shown. The mapping scan is not repeated: it reads every process's full smaps."));
    toolbar->addWidget(m_autoRefresh);
    m_percent = new QCheckBox(tr("% of Mem&Total"), this);
    m_percent->setToolTip(tr("Show sizes as a percentage of MemTotal (the RAM the kernel manages) instead of "
                             "KiB/MiB/GiB; the system table uses the installed RAM. Hover a cell for the exact size."));
    toolbar->addWidget(m_percent);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by PID, user, command or mapping"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows only the rows that contain this text, in every table and in the treemap."));
    toolbar->addWidget(m_filter, 1);
    m_status = new QLabel(tr("Reading processes…"), this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    toolbar->addWidget(m_status);
    return toolbar;
}

void SystemUsagePage::createBanner()
{
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c060; border-radius: 3px; }"));
    m_banner->hide();
}

void SystemUsagePage::createViews()
{
    m_views = new QTabWidget(this);
    m_views->addTab(createProcessView(), tr("By pro&cess"));
    m_views->setTabToolTip(
        ByProcess, tr("Every readable process with its swap, USS, PSS and RSS, and a treemap of PSS"));
    m_views->addTab(createUserView(), tr("By &user"));
    m_views->setTabToolTip(ByUser, tr("The processes of each user added up"));
    m_views->addTab(createMappingView(), tr("By &mapping"));
    m_views->setTabToolTip(ByMapping, tr("Every mapped file summed over all processes: who pays for libc"));
    m_views->addTab(createSystemView(), tr("S&ystem"));
    m_views->setTabToolTip(System, tr("Where the physical memory is: firmware, kernel, userspace, free"));
}

void SystemUsagePage::connectControls()
{
    connect(m_refreshButton, &QToolButton::clicked, this, &SystemUsagePage::refreshNow);
    connect(m_autoRefresh, &QCheckBox::toggled, this, &SystemUsagePage::setAutoRefresh);
    connect(m_percent, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kSettingsGroup + QStringLiteral("percent"), on);
        updatePercentages();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (QSortFilterProxyModel* proxy : { m_processProxy, m_userProxy, m_mappingProxy, m_systemProxy })
            proxy->setFilterFixedString(text);
        updateTreemap();
        updateUserChart();
        updateMappingChart();
    });
    connect(m_views, &QTabWidget::currentChanged, this,
        [](int index) { QSettings().setValue(kSettingsGroup + QStringLiteral("view"), index); });
}

QTableView* SystemUsagePage::createTable(QSortFilterProxyModel* proxy, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

QWidget* SystemUsagePage::createProcessView()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_processTable = createTable(m_processProxy, splitter);
    m_processTable->setObjectName(QStringLiteral("processUsageTable"));
    m_processTable->sortByColumn(ProcessUsageModel::Pss, Qt::DescendingOrder);
    m_processTable->horizontalHeader()->setStretchLastSection(false);
    m_processTable->horizontalHeader()->setSectionResizeMode(ProcessUsageModel::Command, QHeaderView::Stretch);
    m_processTable->setToolTip(tr("Double-click or press Enter to open a process's address space."));
    m_processTable->setTextElideMode(Qt::ElideRight); // a command's start says what it is
    splitter->addWidget(m_processTable);
    m_treemap = new UsageTreemap(splitter);
    m_treemap->setWhatsThis(
        explanationHtml(tr("Every process as a rectangle sized by its PSS."), QStringLiteral("pss")));
    splitter->addWidget(m_treemap);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 600, 400 });

    connect(m_processTable, &QTableView::activated, this,
        [this](const QModelIndex& index) { emit openProcess(index.data(UsageTableModel::KeyRole).toInt()); });
    connect(m_processTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                m_treemap->setSelectedPid(current.data(UsageTableModel::KeyRole).toInt());
        });
    connect(m_treemap, &UsageTreemap::processClicked, this, &SystemUsagePage::selectProcessRow);
    connect(m_treemap, &UsageTreemap::processActivated, this, &SystemUsagePage::openProcess);
    return splitter;
}

QWidget* SystemUsagePage::createUserView()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_userTable = createTable(m_userProxy, splitter);
    m_userTable->setObjectName(QStringLiteral("userUsageTable"));
    m_userTable->sortByColumn(UserUsageModel::Pss, Qt::DescendingOrder);
    m_userTable->horizontalHeader()->setSectionResizeMode(UserUsageModel::User, QHeaderView::Stretch);
    m_userTable->setToolTip(tr("Double-click a user to see their processes in the treemap."));
    splitter->addWidget(m_userTable);
    m_userChart = new UsageBarChart(splitter);
    m_userChart->setWhatsThis(explanationHtml(QStringLiteral("uss")));
    m_userChart->setSeries({ { tr("USS"), ussColor(), UsageTableModel::measureToolTip(UsageTableModel::Measure::Uss) },
        { tr("Shared part of PSS"), sharedColor(),
            tr("PSS − USS: this user's share of pages mapped by several processes.") } });
    splitter->addWidget(m_userChart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    connect(m_userTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_treemap->zoomToUser(index.data(UsageTableModel::KeyRole).toString());
        showView(ByProcess);
    });
    connect(m_userChart, &UsageBarChart::barClicked, this, [this](int bar) {
        // The chart lists the filtered users by PSS; the table may be sorted otherwise.
        const int row = m_userModel->rowOfUser(m_userChartKeys.value(bar));
        const QModelIndex index = m_userProxy->mapFromSource(m_userModel->index(row, 0));
        if (index.isValid()) {
            m_userTable->selectRow(index.row());
            m_userTable->scrollTo(index);
        }
    });
    return splitter;
}

QWidget* SystemUsagePage::createMappingView()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* controls = new QHBoxLayout;
    m_scanButton = new QPushButton(tr("Sc&an all mappings"), pane);
    m_scanButton->setToolTip(tr("Read the full smaps of every process and add up each mapping over all of them. "
                                "This walks every process's page tables, so it takes a while on a busy system; "
                                "the processes it reads pause briefly."));
    controls->addWidget(m_scanButton);
    m_scanProgress = new QProgressBar(pane);
    m_scanProgress->setFormat(tr("%v of %m processes"));
    m_scanProgress->setToolTip(tr("Processes whose smaps has been read"));
    m_scanProgress->hide();
    controls->addWidget(m_scanProgress, 1);
    m_cancelButton = new QPushButton(tr("Cancel"), pane);
    m_cancelButton->setToolTip(tr("Stop the scan; the table keeps the result of the last complete scan (Esc)"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->hide();
    controls->addWidget(m_cancelButton);
    m_scanStatus = new QLabel(tr("Not scanned yet: press “Scan all mappings”."), pane);
    m_scanStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    controls->addWidget(m_scanStatus, 1);
    layout->addLayout(controls);

    auto* splitter = new QSplitter(Qt::Horizontal, pane);
    m_mappingTable = createTable(m_mappingProxy, splitter);
    m_mappingTable->setObjectName(QStringLiteral("mappingUsageTable"));
    m_mappingTable->sortByColumn(MappingUsageModel::Pss, Qt::DescendingOrder);
    m_mappingTable->horizontalHeader()->setStretchLastSection(false);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(MappingUsageModel::Mapping, QHeaderView::Stretch);
    splitter->addWidget(m_mappingTable);
    m_mappingChart = new UsageBarChart(splitter);
    m_mappingChart->setWhatsThis(explanationHtml(QStringLiteral("pss")));
    m_mappingChart->setSeries(
        { { tr("USS"), ussColor(), tr("Pages of the mapping that only one process maps (private to it).") },
            { tr("Shared part of PSS"), sharedColor(),
                tr("PSS − USS: the shares of pages mapped by several processes.") } });
    m_mappingChart->setEmptyText(tr("Scan all mappings to see who pays for what."));
    splitter->addWidget(m_mappingChart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 900, 600 });
    layout->addWidget(splitter, 1);

    connect(m_scanButton, &QPushButton::clicked, this, &SystemUsagePage::startMappingScan);
    connect(m_cancelButton, &QPushButton::clicked, this, &SystemUsagePage::cancelMappingScan);
    connect(m_mappingChart, &UsageBarChart::barClicked, this, [this](int bar) {
        for (int row = 0; row < m_mappingProxy->rowCount(); ++row) {
            const QModelIndex index = m_mappingProxy->index(row, 0);
            if (index.data(UsageTableModel::KeyRole).toString() == m_mappingChartKeys.value(bar)) {
                m_mappingTable->selectRow(row);
                m_mappingTable->scrollTo(index);
                return;
            }
        }
    });
    return pane;
}

QWidget* SystemUsagePage::createSystemView()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* controls = new QHBoxLayout;
    auto* ramLabel = new QLabel(tr("&Installed RAM:"), pane);
    m_installedRam = new QDoubleSpinBox(pane);
    m_installedRam->setRange(0, 1 << 20);
    m_installedRam->setDecimals(2);
    m_installedRam->setSuffix(tr(" GiB"));
    m_installedRam->setSpecialValueText(tr("detect"));
    m_installedRam->setToolTip(tr("The RAM installed in the machine, as smem -R takes it. Leave at “detect” to "
                                  "count the memory blocks in /sys/devices/system/memory (or to use MemTotal when "
                                  "they cannot be read). Remembered."));
    ramLabel->setBuddy(m_installedRam);
    controls->addWidget(ramLabel);
    controls->addWidget(m_installedRam);
    m_systemStatus = new QLabel(pane);
    m_systemStatus->setWordWrap(true);
    m_systemStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    controls->addWidget(m_systemStatus, 1);
    layout->addLayout(controls);

    auto* splitter = new QSplitter(Qt::Horizontal, pane);
    m_systemTable = createTable(m_systemProxy, splitter);
    m_systemTable->setObjectName(QStringLiteral("systemAreaTable"));
    m_systemTable->sortByColumn(SystemAreaModel::Area, Qt::AscendingOrder);
    m_systemTable->horizontalHeader()->setSectionResizeMode(SystemAreaModel::Area, QHeaderView::Stretch);
    splitter->addWidget(m_systemTable);
    m_systemChart = new UsageBarChart(splitter);
    m_systemChart->setWhatsThis(explanationHtml(QStringLiteral("page-cache")));
    m_systemChart->setSeries({ { tr("Non-cache"), kindColor(RegionKind::Stack),
                                   tr("Stays until its owner frees it (or, for anonymous memory, goes to swap).") },
        { tr("Cache"), kindColor(RegionKind::FilePrivate), tr("The kernel can reclaim it when memory runs short.") } });
    splitter->addWidget(m_systemChart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_installedRam, &QDoubleSpinBox::valueChanged, this, [this](double gib) {
        QSettings().setValue(kSettingsGroup + QStringLiteral("installedRamGiB"), gib);
        updateSystemAreas();
    });
    return pane;
}

void SystemUsagePage::restoreSettings()
{
    QSettings settings;
    const QSignalBlocker blockRam(m_installedRam);
    m_installedRam->setValue(settings.value(kSettingsGroup + QStringLiteral("installedRamGiB"), 0.0).toDouble());
    const QSignalBlocker blockPercent(m_percent);
    m_percent->setChecked(settings.value(kSettingsGroup + QStringLiteral("percent"), false).toBool());
    const QSignalBlocker blockAuto(m_autoRefresh);
    m_autoRefresh->setChecked(settings.value(kSettingsGroup + QStringLiteral("autoRefresh"), true).toBool());
    m_views->setCurrentIndex(std::clamp(settings.value(kSettingsGroup + QStringLiteral("view"), 0).toInt(), 0, 3));
}

void SystemUsagePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_staleWhileHidden && !m_readJob.isRunning()) {
        m_staleWhileHidden = false;
        startRefresh();
    }
}

void SystemUsagePage::refreshNow()
{
    // A fresh listing, not the one the feed read a moment ago.
    m_refreshTimer->stop();
    m_refreshButton->setEnabled(false);
    m_waitingForListing = true;
    m_feed->refreshNow();
}

void SystemUsagePage::setAutoRefresh(bool on)
{
    if (m_autoRefresh->isChecked() != on) {
        m_autoRefresh->setChecked(on); // comes back here through toggled
        return;
    }
    QSettings().setValue(kSettingsGroup + QStringLiteral("autoRefresh"), on);
    if (!on)
        m_refreshTimer->stop();
    else if (!m_readJob.isRunning() && !m_waitingForListing)
        m_refreshTimer->start();
}

void SystemUsagePage::setShowPercent(bool on)
{
    m_percent->setChecked(on);
}

void SystemUsagePage::showView(View view)
{
    m_views->setCurrentIndex(view);
}

void SystemUsagePage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void SystemUsagePage::startRefresh()
{
    m_refreshTimer->stop();
    m_refreshButton->setEnabled(false);
    // The listing the feed read last, unless this page has used it already: then the next one.
    const std::shared_ptr<const ProcessListing>& latest = m_feed->latest();
    if (latest && latest != m_listingUsed) {
        readFrom(latest);
        return;
    }
    m_waitingForListing = true;
    if (m_feed->interval() == 0)
        m_feed->refreshNow();
}

void SystemUsagePage::listingRead(const std::shared_ptr<const ProcessListing>& listing)
{
    // The feed reads for the process list too (every 2 s); this page takes a listing only when
    // it asked for one.
    if (listing && m_waitingForListing)
        readFrom(listing);
}

void SystemUsagePage::readFrom(const std::shared_ptr<const ProcessListing>& listing)
{
    m_waitingForListing = false;
    m_listingUsed = listing;
    m_listingToRead = listing;
    // One reading at a time: a listing that arrives meanwhile is read when it is done.
    m_readJob.request();
}

LatestOnlyJob<std::shared_ptr<const SystemUsagePage::Reading>>::Work SystemUsagePage::readWork()
{
    std::shared_ptr<const ProcessListing> listing = std::exchange(m_listingToRead, nullptr);
    if (!listing)
        return {};
    return [source = m_source, listing]() -> std::shared_ptr<const Reading> {
        auto reading = std::make_shared<Reading>();
        reading->listing.unreadable = listing->unreadable;
        reading->listing.kernelThreads = listing->kernelThreads;
        reading->listing.vanished = listing->vanished;
        // Kernel threads have no user memory; the list shows them on request, this page never.
        for (const ProcessSummary& p : listing->processes)
            if (!p.kernelThread)
                reading->listing.processes.push_back(p);
        reading->users = usageByUser(reading->listing);
        if (auto memInfo = readMemInfo(*source))
            reading->memInfo = std::move(*memInfo);
        else
            reading->memInfoError = memInfo.error();
        const std::unique_ptr<Source> sys = sysSourceFor(*source);
        reading->areaSetup = detectSystemAreaOptions(*source, sys.get());
        reading->time = QDateTime::currentDateTime();
        return reading;
    };
}

void SystemUsagePage::refreshFinished(const std::shared_ptr<const Reading>& reading)
{
    const bool more = m_readJob.runAgainRequested() || m_waitingForListing;
    m_refreshButton->setEnabled(!more);
    if (reading) {
        m_reading = reading;
        const bool firstLoad = m_processModel->rowCount() == 0;
        m_processModel->merge(reading->listing.processes);
        m_userModel->merge(reading->users);
        updateTreemap();
        updateUserChart();
        updateBanner(reading->listing);
        updateSystemAreas();
        if (firstLoad) {
            for (QTableView* table : { m_processTable, m_userTable, m_systemTable })
                table->resizeColumnsToContents();
        }
        QString status = tr("%n process(es), read at %1", nullptr, static_cast<int>(reading->listing.processes.size()))
                             .arg(reading->time.toString(QStringLiteral("HH:mm:ss")));
        if (reading->listing.vanished > 0)
            status += tr(" · %n exited while being read", nullptr, static_cast<int>(reading->listing.vanished));
        m_status->setText(status);
        m_status->setToolTip(
            tr("Kernel threads (no user memory) are not listed: %1.").arg(reading->listing.kernelThreads));
        emit refreshed();
    }
    if (!more && m_autoRefresh->isChecked())
        m_refreshTimer->start();
}

void SystemUsagePage::updateBanner(const ProcessListing& listing)
{
    const auto& unreadable = listing.unreadable;
    if (unreadable.empty()) {
        m_banner->hide();
        return;
    }
    const bool allPermission = std::all_of(unreadable.begin(), unreadable.end(),
        [](const UnreadableProcess& u) { return u.error.kind == ErrorKind::PermissionDenied; });
    QStringList names;
    QStringList details;
    for (const UnreadableProcess& u : unreadable) {
        const QString name = u.name.empty() ? tr("PID %1").arg(u.pid) : displayText(u.name);
        if (names.size() < kNamesInBanner && !names.contains(name))
            names << name;
        details << tr("%1 (PID %2, %3): %4")
                       .arg(name, QString::number(u.pid), QString::fromStdString(u.user),
                           QString::fromStdString(u.error.message()));
    }
    const int count = static_cast<int>(unreadable.size());
    const bool root = ::geteuid() == 0;
    QString text = allPermission && !root
        ? tr("%n process(es) of other users are not included: ", nullptr, count)
        : tr("%n process(es) could not be read and are not included: ", nullptr, count);
    text += names.join(QStringLiteral(", "));
    if (count > names.size())
        text += tr(", …");
    text += QLatin1Char('.');
    if (root)
        text += QLatin1Char(' ')
            + tr("Even root cannot read them (another PID namespace, or a security module); hover for why.");
    if (!root)
        text += QLatin1Char(' ')
            + tr("Their memory is missing from every total here. Run vmscope with sudo (sudo vmscope), or "
                 "sudo vmscope-cli system --by process, to see them all.");
    m_banner->setText(text);
    m_banner->setToolTip(details.join(QLatin1Char('\n')));
    m_banner->show();
}

void SystemUsagePage::updateSystemAreas()
{
    if (!m_reading)
        return;
    if (!m_reading->memInfo) {
        m_systemModel->merge({});
        m_systemStatus->setText(
            tr("Cannot read the system figures: %1").arg(QString::fromStdString(m_reading->memInfoError->message())));
        updatePercentages();
        return;
    }
    SystemAreaOptions options = m_reading->areaSetup.options;
    QString ramOrigin = QString::fromStdString(m_reading->areaSetup.realRamOrigin);
    if (m_installedRam->value() > 0) {
        options.realRamKiB = static_cast<std::uint64_t>(m_installedRam->value() * 1024.0 * 1024.0 + 0.5);
        ramOrigin = tr("the setting");
    }
    QString warning;
    const auto memTotal = m_reading->memInfo->find("MemTotal");
    if (options.realRamKiB && memTotal && *options.realRamKiB < *memTotal) {
        warning = tr("The installed RAM (%1) cannot be less than MemTotal; MemTotal is used. ")
                      .arg(sizeText(*options.realRamKiB));
        options.realRamKiB.reset();
        ramOrigin = tr("MemTotal");
    }
    auto areas = systemAreas(*m_reading->memInfo, options);
    if (!areas) {
        m_systemModel->merge({});
        m_systemChart->setBars({});
        m_systemStatus->setText(
            tr("Cannot compute the system figures: %1").arg(QString::fromStdString(areas.error().message())));
        updatePercentages();
        return;
    }
    std::uint64_t total = 0;
    for (const SystemArea& area : *areas)
        addSaturating(total, area.used);
    m_systemModel->merge(*areas);
    m_systemStatus->setText(warning
        + tr("Installed RAM %1 (%2) · MemTotal %3 · kernel image: %4")
              .arg(sizeText(total), ramOrigin, sizeText(memTotal.value_or(0)),
                  QString::fromStdString(m_reading->areaSetup.kernelImageOrigin)));
    std::vector<UsageBarChart::Bar> bars;
    for (const SystemArea& area : *areas)
        bars.push_back({ SystemAreaModel::areaLabel(area.kind), SystemAreaModel::areaLabel(area.kind),
            { area.noncache(), area.cache } });
    m_systemChart->setPercentBase(total);
    m_systemChart->setBars(std::move(bars));
    updatePercentages();
}

void SystemUsagePage::updatePercentages()
{
    const std::uint64_t memTotal
        = m_reading && m_reading->memInfo ? m_reading->memInfo->find("MemTotal").value_or(0) : 0;
    const bool on = m_percent->isChecked();
    m_processModel->setPercentOf(memTotal, on);
    m_userModel->setPercentOf(memTotal, on);
    m_mappingModel->setPercentOf(memTotal, on);
    std::uint64_t installed = 0;
    for (int row = 0; row < m_systemModel->rowCount(); ++row)
        addSaturating(
            installed, m_systemModel->index(row, SystemAreaModel::Used).data(UsageTableModel::SortRole).toULongLong());
    m_systemModel->setPercentOf(installed, on);
    m_userChart->setPercentBase(memTotal);
    m_mappingChart->setPercentBase(memTotal);
}

void SystemUsagePage::updateTreemap()
{
    if (!m_reading)
        return;
    std::vector<ProcessSummary> shown;
    if (m_filter->text().isEmpty()) {
        shown = m_reading->listing.processes;
    } else {
        for (int row = 0; row < m_processProxy->rowCount(); ++row) {
            const QModelIndex source = m_processProxy->mapToSource(m_processProxy->index(row, 0));
            if (const ProcessSummary* p = m_processModel->processAt(source.row()))
                shown.push_back(*p);
        }
    }
    m_treemap->setProcesses(std::move(shown));
}

void SystemUsagePage::updateUserChart()
{
    struct Entry {
        QString user;
        std::uint64_t uss, pss;
    };
    std::vector<Entry> entries;
    for (int row = 0; row < m_userProxy->rowCount(); ++row) {
        auto value
            = [&](int column) { return m_userProxy->index(row, column).data(UsageTableModel::SortRole).toULongLong(); };
        entries.push_back({ m_userProxy->index(row, 0).data(UsageTableModel::KeyRole).toString(),
            value(UserUsageModel::Uss), value(UserUsageModel::Pss) });
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.pss > b.pss; });
    std::vector<UsageBarChart::Bar> bars;
    m_userChartKeys.clear();
    for (const Entry& e : entries) {
        if (static_cast<int>(bars.size()) == kChartBars)
            break;
        bars.push_back({ e.user, tr("User %1").arg(e.user), { e.uss, e.pss > e.uss ? e.pss - e.uss : 0 } });
        m_userChartKeys << e.user;
    }
    m_userChart->setBars(std::move(bars));
}

void SystemUsagePage::updateMappingChart()
{
    std::vector<const MappingUsage*> entries;
    for (int row = 0; row < m_mappingProxy->rowCount(); ++row)
        if (const MappingUsage* m
            = m_mappingModel->mappingAt(m_mappingProxy->mapToSource(m_mappingProxy->index(row, 0)).row()))
            entries.push_back(m);
    std::sort(entries.begin(), entries.end(), [](const MappingUsage* a, const MappingUsage* b) {
        return a->pss != b->pss ? a->pss > b->pss : a->path < b->path;
    });
    std::vector<UsageBarChart::Bar> bars;
    m_mappingChartKeys.clear();
    for (const MappingUsage* m : entries) {
        if (static_cast<int>(bars.size()) == kChartBars)
            break;
        const QString name = MappingUsageModel::mappingText(*m);
        bars.push_back({ lastPathComponent(name),
            tr("%1, mapped by %n process(es)", nullptr, static_cast<int>(m->pids.size())).arg(name),
            { m->uss, m->pss > m->uss ? m->pss - m->uss : 0 } });
        m_mappingChartKeys << name;
    }
    m_mappingChart->setBars(std::move(bars));
}

void SystemUsagePage::selectProcessRow(int pid)
{
    const int row = m_processModel->rowOfPid(pid);
    const QModelIndex index = m_processProxy->mapFromSource(m_processModel->index(row, 0));
    if (!index.isValid())
        return;
    m_processTable->selectRow(index.row());
    m_processTable->scrollTo(index);
}

std::vector<int> SystemUsagePage::pidsToScan() const
{
    // The processes of the last reading, readable or not, so the scan names the same unreadable
    // ones; before any reading, every pid of the source.
    std::vector<int> pids;
    if (m_reading) {
        for (const ProcessSummary& p : m_reading->listing.processes)
            pids.push_back(p.pid);
        for (const UnreadableProcess& u : m_reading->listing.unreadable)
            pids.push_back(u.pid);
        std::sort(pids.begin(), pids.end());
    } else if (auto all = m_source->listPids()) {
        pids = std::move(*all);
    }
    return pids;
}

void SystemUsagePage::startMappingScan()
{
    if (m_scanning)
        return;
    m_scanning = true;
    const std::vector<int> pids = pidsToScan();
    m_scanState = std::make_shared<ScanState>();
    m_scanState->total = pids.size();
    m_scanStarted = QDateTime::currentDateTime();
    m_scanButton->setEnabled(false);
    m_scanProgress->setRange(0, static_cast<int>(pids.size()));
    m_scanProgress->setValue(0);
    m_scanProgress->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_scanStatus->setText(tr("Reading the smaps of %n process(es)…", nullptr, static_cast<int>(pids.size())));
    m_scanStatus->setToolTip({});

    m_pidsToScan = pids;
    m_scanJob.startIfIdle();
}

LatestOnlyJob<std::shared_ptr<const MappingScan>>::Work SystemUsagePage::scanWork()
{
    // The worker may outlive the page (a read stuck on a hung file): it holds the scan's state,
    // and reaches the page only through a guarded pointer checked on the GUI thread.
    return [state = m_scanState, page = QPointer<SystemUsagePage>(this), source = m_source,
               pids = std::exchange(m_pidsToScan, {})]() -> std::shared_ptr<const MappingScan> {
        MappingScanOptions options;
        options.cancel = &state->cancel;
        // Called from the scan's worker threads: post at most one progress update at a time to
        // the GUI thread, so a fast scan does not flood its event queue.
        options.progress = [state, page](std::size_t done, std::size_t total) {
            state->done = done;
            state->total = total;
            if (!state->progressPosted.exchange(true))
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [page] {
                        if (page)
                            page->updateScanProgress();
                    },
                    Qt::QueuedConnection);
        };
        return std::make_shared<const MappingScan>(scanMappings(*source, pids, options));
    };
}

void SystemUsagePage::updateScanProgress()
{
    m_scanState->progressPosted = false;
    m_scanProgress->setMaximum(static_cast<int>(m_scanState->total.load()));
    m_scanProgress->setValue(static_cast<int>(m_scanState->done.load()));
}

void SystemUsagePage::cancelMappingScan()
{
    if (!m_scanning)
        return;
    m_scanState->cancel = true;
    m_cancelButton->setEnabled(false);
    m_scanStatus->setText(tr("Cancelling…"));
}

bool SystemUsagePage::isScanningMappings() const
{
    return m_scanning;
}

void SystemUsagePage::scanFinished(const std::shared_ptr<const MappingScan>& scan)
{
    m_scanning = false;
    m_scanButton->setEnabled(true);
    m_scanProgress->hide();
    m_cancelButton->hide();
    if (!scan)
        return;
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    if (scan->cancelled) {
        m_scanStatus->setText(m_mappingModel->rowCount() > 0
                ? tr("Scan cancelled at %1 after %2 of %3 processes; the table shows the previous scan.")
                      .arg(time)
                      .arg(m_scanState->done.load())
                      .arg(m_scanState->total.load())
                : tr("Scan cancelled at %1 after %2 of %3 processes.")
                      .arg(time)
                      .arg(m_scanState->done.load())
                      .arg(m_scanState->total.load()));
        return;
    }
    m_mappingModel->merge(scan->mappings);
    updateMappingChart();
    if (m_mappingTable->horizontalHeader()->sectionSize(MappingUsageModel::Pids) < 10)
        m_mappingTable->resizeColumnsToContents();
    const double seconds = double(m_scanStarted.msecsTo(QDateTime::currentDateTime())) / 1000.0;
    QString text
        = tr("%n mapping(s) in %1 process(es), scanned at %2 in %3 s", nullptr, static_cast<int>(scan->mappings.size()))
              .arg(scan->scanned)
              .arg(time)
              .arg(seconds, 0, 'f', 1);
    if (!scan->unreadable.empty())
        text += tr(" · %n not readable (hover)", nullptr, static_cast<int>(scan->unreadable.size()));
    if (scan->vanished > 0)
        text += tr(" · %n exited meanwhile", nullptr, static_cast<int>(scan->vanished));
    m_scanStatus->setText(text);
    QStringList details;
    for (const UnreadableProcess& u : scan->unreadable)
        details << tr("PID %1 %2 (%3): %4")
                       .arg(QString::number(u.pid), displayText(u.name), QString::fromStdString(u.user),
                           QString::fromStdString(u.error.message()));
    m_scanStatus->setToolTip(details.isEmpty()
            ? tr("Scan again to update: the figures are not refreshed automatically.")
            : details.join(QLatin1Char('\n')));
}

QString SystemUsagePage::mappingScanStatus() const
{
    return m_scanStatus->text();
}

QString SystemUsagePage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString SystemUsagePage::systemStatus() const
{
    return m_systemStatus->text();
}

} // namespace vmscope
