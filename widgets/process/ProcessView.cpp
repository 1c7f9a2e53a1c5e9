#include "widgets/process/ProcessView.h"

#include "core/analysis/Aggregator.h"
#include "core/analysis/ProcessFactsRules.h"
#include "core/format/MapsReport.h"
#include "core/format/Units.h"
#include "widgets/common/ColumnChooser.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/process/AddressMapView.h"
#include "widgets/process/BreakdownFilterChip.h"
#include "widgets/process/ProcessBreakdownView.h"
#include "widgets/process/ProcessFactsPanel.h"
#include "widgets/process/ProcessSnapshotFeed.h"
#include "widgets/process/VmaDetailsPanel.h"
#include "widgets/process/VmaFilterProxy.h"
#include "widgets/process/VmaTableModel.h"
#include "widgets/process/VmaTableSwitch.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace vmscope {
namespace {
    const QString kSettingsGroup = QStringLiteral("processView/");

    // The index of the VMA that starts at `start`, if the map still has one.
    int indexOfStart(const MemoryMap& map, std::uint64_t start)
    {
        auto it = std::lower_bound(
            map.vmas.begin(), map.vmas.end(), start, [](const Vma& v, std::uint64_t s) { return v.start < s; });
        if (it == map.vmas.end() || it->start != start)
            return -1;
        return static_cast<int>(it - map.vmas.begin());
    }
} // namespace

ProcessView::ProcessView(std::shared_ptr<const Source> source, QWidget* parent)
    : ProcessView(source, new ProcessSnapshotFeed(source), parent)
{
    m_feed->setParent(this);
}

ProcessView::ProcessView(std::shared_ptr<const Source> source, ProcessSnapshotFeed* feed, QWidget* parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_feed(feed)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(tr("Choose a process in the list (double-click it or press Enter)."), this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWhatsThis(explanationHtml(QStringLiteral("rss")));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setMinimumWidth(100);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_title);
    layout->addLayout(createHeader());
    createMessages(layout);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_map = new AddressMapView(m_mainSplitter);
    m_map->setWhatsThis(explanationHtml(
        tr("The address space drawn to scale: every VMA in the colour of its kind."), QStringLiteral("vma")));
    m_mainSplitter->addWidget(m_map);
    m_sideSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_sideSplitter->addWidget(createTablePane(m_sideSplitter));
    m_details = new VmaDetailsPanel(m_sideSplitter);
    m_sideSplitter->addWidget(m_details);
    createSidePages();
    m_mainSplitter->addWidget(m_sidePages);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);
    m_filterChip = new BreakdownFilterChip(this);
    layout->addWidget(m_filterChip);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_feed, &ProcessSnapshotFeed::snapshotRead, this, &ProcessView::showSnapshot);
    connectControls();
    connectTable();
    connectSelection();
    connectBreakdownFilter();
    connectFacts();
    restoreLayout();
}

ProcessView::~ProcessView() = default;

QLayout* ProcessView::createHeader()
{
    auto* header = new QHBoxLayout;
    m_scaleMode = new QComboBox(this);
    m_scaleMode->addItem(tr("Compressed scale"), int(ScaleMode::Compressed));
    m_scaleMode->addItem(tr("Linear scale"), int(ScaleMode::Linear));
    m_scaleMode->setToolTip(tr("Compressed: every region visible and unmapped gaps collapsed into labelled breaks.\n"
                               "Linear: true addresses, to see how sparse the address space is."));
    header->addWidget(m_scaleMode);

    m_refresh = new QComboBox(this);
    for (const auto& [label, ms] : { std::pair { tr("Refresh: off"), 0 }, { tr("Refresh: 1 s"), 1000 },
             { tr("Refresh: 2 s"), 2000 }, { tr("Refresh: 5 s"), 5000 } })
        m_refresh->addItem(label, ms);
    m_refresh->setToolTip(tr("How often to read /proc/PID/smaps again. Each read walks the process's page tables, "
                             "so a huge process pauses briefly while it is read."));
    header->addWidget(m_refresh);

    m_lookup = new QLineEdit(this);
    m_lookup->setPlaceholderText(tr("Go to address… (Ctrl+G)"));
    m_lookup->setClearButtonEnabled(true);
    m_lookup->setToolTip(tr("Type an address (0x7ffd…, with or without 0x) to find the region that holds it."));
    header->addWidget(m_lookup, 1);
    return header;
}

void ProcessView::createMessages(QVBoxLayout* layout)
{
    m_lookupResult = new QLabel(this);
    m_lookupResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lookupResult->hide();
    layout->addWidget(m_lookupResult);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_readAsAdministrator = new QPushButton(tr("Read as &administrator…"), this);
    m_readAsAdministrator->setToolTip(tr("Open a window that reads this process (and every other) through "
                                         "vmscope-cli serve as root: pkexec asks for the administrator's password, "
                                         "or a sudoers rule allows it. This window stays as it is."));
    m_readAsAdministrator->hide();
    connect(m_readAsAdministrator, &QPushButton::clicked, this,
        [this] { emit readAsAdministratorRequested(m_pid, m_name); });
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_readAsAdministrator);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
}

QWidget* ProcessView::createTablePane(QWidget* parent)
{
    auto* tablePane = new QWidget(parent);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_tableFilter = new QLineEdit(tablePane);
    m_tableFilter->setPlaceholderText(tr("Filter regions by path, kind, permissions or address"));
    m_tableFilter->setClearButtonEnabled(true);
    filterRow->addWidget(m_tableFilter, 1);
    m_grouped = new QToolButton(tablePane);
    m_grouped->setText(tr("Group by mapping"));
    m_grouped->setCheckable(true);
    m_grouped->setToolTip(tr("One row per file (or [heap], [anon] …) with its regions as children"));
    filterRow->addWidget(m_grouped);
    tableLayout->addLayout(filterRow);

    m_model = new VmaTableModel(this);
    m_proxy = new VmaFilterProxy(this);
    m_switch = new VmaTableSwitch(m_model, m_proxy, this);
    m_table = new QTreeView(tablePane);
    m_table->setModel(m_switch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VmaTableModel::Start, Qt::AscendingOrder);
    m_table->setUniformRowHeights(true);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->header()->setSectionsMovable(true);
    m_table->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_columns = new ColumnChooser(m_table->header(), m_model, kSettingsGroup + QStringLiteral("columns"), this);
    tableLayout->addWidget(m_table);
    connect(m_model, &VmaTableModel::highlightsFaded, m_table->viewport(), qOverload<>(&QWidget::update));
    return tablePane;
}

void ProcessView::createSidePages()
{
    // The breakdown shares the side with the table, so the map it filters stays in view.
    m_sidePages = new QTabWidget(m_mainSplitter);
    m_sidePages->setDocumentMode(true);
    m_sidePages->addTab(m_sideSplitter, tr("Regions"));
    m_sidePages->setTabToolTip(0, tr("Every region in a table, and the details of the selected one"));
    m_breakdown = new ProcessBreakdownView(m_sidePages);
    m_breakdown->setSource(m_source);
    m_sidePages->addTab(m_breakdown, tr("Where the memory goes"));
    m_sidePages->setTabToolTip(
        1, tr("RSS split into private and shared pages, with PSS, USS and swap, by kind of region or by mapping"));
    m_factsPanel = new ProcessFactsPanel(m_sidePages);
    m_factsPanel->setSource(m_source);
    m_sidePages->addTab(m_factsPanel, tr("Facts"));
    m_sidePages->setTabToolTip(2,
        tr("Status counters, the layout addresses of /proc/PID/stat (marked on the map), page faults, limits, ASLR "
           "and the VMA count against vm.max_map_count"));
}

void ProcessView::connectFacts()
{
    connect(m_factsPanel, &ProcessFactsPanel::factsChanged, this, &ProcessView::updateLayoutMarks);
    connect(m_factsPanel, &ProcessFactsPanel::showAddressRequested, this, [this](quint64 address) {
        m_lookup->setText(addressText(address));
        lookupAddress();
    });
}

void ProcessView::updateLayoutMarks()
{
    std::vector<AddressMapView::Mark> marks;
    if (const auto& facts = m_factsPanel->facts(); facts && facts->pid == m_pid) {
        for (const LayoutAddress& a : layoutAddresses(*facts)) {
            if (a.markLabel.empty() || !a.address)
                continue;
            marks.push_back({ *a.address, QString::fromLatin1(a.markLabel.data(), qsizetype(a.markLabel.size())) });
        }
    }
    m_map->setMarks(std::move(marks));
}

void ProcessView::showFacts()
{
    m_sidePages->setCurrentWidget(m_factsPanel);
}

void ProcessView::connectControls()
{
    connect(m_scaleMode, &QComboBox::currentIndexChanged, this, [this] {
        m_map->setScaleMode(static_cast<ScaleMode>(m_scaleMode->currentData().toInt()));
        QSettings().setValue(kSettingsGroup + QStringLiteral("scaleMode"), m_scaleMode->currentData());
    });
    connect(m_map, &AddressMapView::scaleModeChanged, this,
        [this](ScaleMode mode) { m_scaleMode->setCurrentIndex(m_scaleMode->findData(int(mode))); });
    connect(m_refresh, &QComboBox::currentIndexChanged, this, [this] {
        setRefreshInterval(m_refresh->currentData().toInt());
        QSettings().setValue(kSettingsGroup + QStringLiteral("refreshMs"), refreshInterval());
    });
    connect(m_lookup, &QLineEdit::returnPressed, this, &ProcessView::lookupAddress);
}

void ProcessView::connectTable()
{
    connect(m_tableFilter, &QLineEdit::textChanged, m_switch, &VmaTableSwitch::setFilterText);
    connect(m_switch, &VmaTableSwitch::sourceAboutToSwitch, this, [this] {
        m_savedColumnWidths.clear();
        for (int column = 0; column < m_table->header()->count(); ++column)
            m_savedColumnWidths << m_table->header()->sectionSize(column);
    });
    connect(m_switch, &VmaTableSwitch::sourceSwitched, this, [this] {
        for (int column = 0; column < m_savedColumnWidths.size() && column < m_table->header()->count(); ++column)
            if (m_savedColumnWidths[column] > 0)
                m_table->header()->resizeSection(column, m_savedColumnWidths[column]);
        m_table->header()->setSortIndicator(m_switch->sortColumn(), m_switch->sortOrder());
        if (m_hasSelection && m_snapshot)
            selectVma(indexOfStart(*m_snapshot, m_selectedStart), true);
    });
    connect(m_grouped, &QToolButton::toggled, this, [this](bool grouped) {
        m_switch->setGrouped(grouped);
        m_table->setRootIsDecorated(grouped);
        if (m_hasSelection && m_snapshot)
            selectVma(indexOfStart(*m_snapshot, m_selectedStart), true);
    });
}

void ProcessView::connectSelection()
{
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (m_syncingSelection || !current.isValid())
                return;
            const int index = m_model->vmaIndexAt(m_switch->toModel(current));
            if (index >= 0)
                selectVma(index, false);
        });
    connect(m_table, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const int vma = m_model->vmaIndexAt(m_switch->toModel(index));
        if (vma >= 0)
            m_map->zoomToVma(vma);
    });
    connect(m_map, &AddressMapView::vmaClicked, this, [this](int index) {
        // A click on a block asks about that region: its row and details are on the Regions tab.
        m_sidePages->setCurrentWidget(m_sideSplitter);
        selectVma(index, true);
    });
}

void ProcessView::connectBreakdownFilter()
{
    auto* clearBreakdownFilter = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    clearBreakdownFilter->setContext(Qt::WidgetWithChildrenShortcut);
    clearBreakdownFilter->setEnabled(false); // Esc belongs to the line edits until a filter is set
    connect(clearBreakdownFilter, &QShortcut::activated, m_breakdown, &ProcessBreakdownView::clearFilter);
    connect(m_filterChip, &BreakdownFilterChip::cleared, m_breakdown, &ProcessBreakdownView::clearFilter);
    connect(m_breakdown, &ProcessBreakdownView::filterChanged, this,
        [this, clearBreakdownFilter](const QString& description, const std::vector<int>& vmas) {
            m_switch->setVmaIndexFilter(QSet<int>(vmas.begin(), vmas.end()));
            if (vmas.empty())
                m_map->clearHighlight();
            else
                m_map->setHighlightedVmas(vmas);
            m_filterChip->setText(description);
            clearBreakdownFilter->setEnabled(!vmas.empty());
        });
}

void ProcessView::restoreLayout()
{
    QSettings settings;
    const int scale = settings.value(kSettingsGroup + QStringLiteral("scaleMode"), int(ScaleMode::Compressed)).toInt();
    m_scaleMode->setCurrentIndex(std::max(0, m_scaleMode->findData(scale)));
    m_map->setScaleMode(static_cast<ScaleMode>(m_scaleMode->currentData().toInt()));
    const int refresh = settings.value(kSettingsGroup + QStringLiteral("refreshMs"), 2000).toInt();
    m_refresh->setCurrentIndex(std::max(0, m_refresh->findData(refresh)));
    m_feed->setInterval(m_refresh->currentData().toInt());
    m_mainSplitter->restoreState(settings.value(kSettingsGroup + QStringLiteral("mainSplitter")).toByteArray());
    m_sideSplitter->restoreState(settings.value(kSettingsGroup + QStringLiteral("sideSplitter")).toByteArray());
}

void ProcessView::saveLayout() const
{
    QSettings settings;
    settings.setValue(kSettingsGroup + QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(kSettingsGroup + QStringLiteral("sideSplitter"), m_sideSplitter->saveState());
    m_columns->save();
}

void ProcessView::showProcess(int pid, const QString& name)
{
    if (pid == m_pid && m_snapshot)
        return;
    m_pid = pid;
    m_name = name;
    m_snapshot.reset();
    m_firstSnapshotOfProcess = true;
    m_hasSelection = false;
    m_details->clear();
    m_breakdown->setMemoryMap(nullptr);
    m_factsPanel->clear();
    m_map->setMarks({});
    m_lookupResult->hide();
    hideBanner();
    m_title->setText(tr("%1 (PID %2) — reading its memory map…").arg(name).arg(pid));
    m_feed->setProcess(pid);
}

void ProcessView::refreshNow()
{
    m_feed->refreshNow();
}

void ProcessView::showUnchangingSource()
{
    const QSignalBlocker noSettingsWrite(m_refresh);
    m_refresh->setCurrentIndex(m_refresh->findData(0));
    m_refresh->setEnabled(false);
    m_refresh->setToolTip(tr("A capture does not change: each process is read once"));
    m_feed->setInterval(0);
}

void ProcessView::setRefreshInterval(int milliseconds)
{
    m_feed->setInterval(milliseconds);
}

int ProcessView::refreshInterval() const
{
    return m_feed->interval();
}

void ProcessView::showReadError(const Error& error)
{
    if (error.kind == ErrorKind::NoSuchProcess && m_snapshot) {
        showBanner(tr("Process %1 (%2) exited at %3. Showing the last snapshot, taken at %4.")
                       .arg(m_pid)
                       .arg(m_name, QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                           m_snapshotTime.toString(QStringLiteral("HH:mm:ss"))),
            true);
    } else if (error.kind == ErrorKind::NoSuchProcess) {
        showBanner(tr("Process %1 (%2) exited before its memory map could be read.").arg(m_pid).arg(m_name), true);
        m_title->setText(tr("%1 (PID %2) — gone").arg(m_name).arg(m_pid));
    } else if (error.kind == ErrorKind::PermissionDenied) {
        showBanner(tr("Cannot read process %1: %2").arg(m_pid).arg(QString::fromStdString(error.message())), true);
        m_title->setText(tr("%1 (PID %2) — not readable").arg(m_name).arg(m_pid));
        m_readAsAdministrator->setVisible(m_readAsAdministratorOffered);
    } else {
        showBanner(tr("Cannot read process %1: %2").arg(m_pid).arg(QString::fromStdString(error.message())), true);
    }
}

void ProcessView::showSnapshot(const std::shared_ptr<const ProcessSnapshot>& outcome)
{
    if (!outcome || outcome->pid != m_pid)
        return;
    if (outcome->error || !outcome->map) {
        showReadError(outcome->error.value_or(Error {}));
        return;
    }

    if (outcome->sinceBaseline) {
        // Pinned before the merge: group rows take their highlight from their regions'.
        m_model->highlighter()->pin(*outcome->sinceBaseline);
        m_map->setChangedRegions(outcome->sinceBaseline->changes);
    }
    m_snapshot = outcome->map;
    m_totals = outcome->totals;
    m_snapshotTime = QDateTime::currentDateTime();
    hideBanner();
    m_map->setMemoryMap(m_snapshot);
    m_model->setMemoryMap(m_snapshot, outcome->diff);
    if (outcome->sinceBaseline && !m_model->highlighter()->isPinned())
        m_model->highlighter()->pin(*outcome->sinceBaseline); // the first snapshot of a process resets the table
    m_breakdown->setMemoryMap(m_snapshot);
    m_factsPanel->refresh(m_pid, m_snapshot);
    if (m_firstSnapshotOfProcess) {
        m_firstSnapshotOfProcess = false;
        for (int column = 0; column < m_model->columnCount(); ++column)
            if (!m_table->header()->isSectionHidden(column) && column != VmaTableModel::Path
                && column != VmaTableModel::Reason)
                m_table->resizeColumnToContents(column);
    }
    if (m_hasSelection) {
        const int index = indexOfStart(*m_snapshot, m_selectedStart);
        m_map->setSelectedVma(index);
        if (index >= 0)
            m_details->showVma(m_snapshot, index);
        else
            m_details->clear(); // the selected region was unmapped
    }
    updateTitle();
    emit snapshotChanged();
}

void ProcessView::setStepBaseline(std::shared_ptr<const MemoryMap> baseline)
{
    const bool clearing = !baseline;
    m_feed->setBaseline(std::move(baseline));
    if (clearing) {
        m_model->highlighter()->unpin();
        m_map->setChangedRegions({});
    }
    m_feed->refreshNow();
}

void ProcessView::updateTitle()
{
    if (!m_snapshot)
        return;
    const Totals& totals = m_totals;
    m_title->setText(
        tr("%1 (PID %2) — %3 regions · VSZ %4 · RSS %5 · PSS %6 · USS %7 · swap %8 · read %9")
            .arg(m_name)
            .arg(m_pid)
            .arg(m_snapshot->vmas.size())
            .arg(sizeText(totals.size()), sizeText(totals.rss()), sizeText(totals.pss()), sizeText(totals.uss()),
                sizeText(totals.swap()), m_snapshotTime.toString(QStringLiteral("HH:mm:ss"))));
}

void ProcessView::showBanner(const QString& text, bool warning)
{
    m_readAsAdministrator->hide(); // only the not-readable banner offers it (showReadError)
    m_banner->setText(text);
    m_banner->setStyleSheet(warning ? QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid "
                                                     "#e0c060; border-radius: 3px; }")
                                    : QString());
    m_banner->show();
}

QString ProcessView::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ProcessView::hideBanner()
{
    m_banner->hide();
    m_readAsAdministrator->hide();
}

void ProcessView::selectVma(int index, bool fromMap)
{
    if (!m_snapshot || index < 0 || index >= static_cast<int>(m_snapshot->vmas.size()))
        return;
    m_syncingSelection = true;
    m_hasSelection = true;
    m_selectedStart = m_snapshot->vmas[static_cast<std::size_t>(index)].start;
    m_map->setSelectedVma(index);
    m_details->showVma(m_snapshot, index);
    if (fromMap) {
        const QModelIndex tableIndex = m_switch->fromModel(m_model->indexOfVma(index));
        if (tableIndex.isValid()) {
            m_table->setCurrentIndex(tableIndex);
            m_table->scrollTo(tableIndex);
        } else {
            m_table->clearSelection();
            emit statusMessage(tr("The selected region is hidden by the table's filter."));
        }
    }
    m_syncingSelection = false;
}

QModelIndex ProcessView::tableIndexToModel(const QModelIndex& tableIndex) const
{
    return m_switch->toModel(tableIndex);
}

QModelIndex ProcessView::modelIndexToTable(const QModelIndex& modelIndex) const
{
    return m_switch->fromModel(modelIndex);
}

QString ProcessView::breakdownFilterText() const
{
    return m_filterChip->text();
}

void ProcessView::showBreakdown()
{
    m_sidePages->setCurrentWidget(m_breakdown);
}

void ProcessView::focusAddressLookup()
{
    m_lookup->setFocus();
    m_lookup->selectAll();
}

void ProcessView::focusTableFilter()
{
    m_tableFilter->setFocus();
    m_tableFilter->selectAll();
}

void ProcessView::lookupAddress()
{
    m_lookupResult->show();
    const std::optional<std::uint64_t> address = parseAddress(m_lookup->text().toStdString());
    if (!address) {
        m_lookupResult->setText(tr("“%1” is not an address (hexadecimal, e.g. 0x7ffd12345000).").arg(m_lookup->text()));
        return;
    }
    if (!m_snapshot) {
        m_lookupResult->setText(tr("No memory map to look in yet."));
        return;
    }
    const AddressLookup found = vmscope::lookupAddress(m_snapshot->vmas, *address, m_map->pagingMode());
    switch (found.kind) {
    case AddressLookup::InVma: {
        const Vma& v = m_snapshot->vmas[found.vmaIndex];
        m_lookupResult->setText(
            tr("%1 is in %2–%3 (%4, %5): %6")
                .arg(addressText(*address), addressText(v.start), addressText(v.end),
                    QString::fromLatin1(regionKindLabel(v.kind).data()), QString::fromStdString(v.perms.toString()),
                    v.path.empty() ? tr("anonymous") : displayText(v.path)));
        selectVma(static_cast<int>(found.vmaIndex), true);
        m_map->centerOnAddress(*address);
        break;
    }
    case AddressLookup::Unmapped:
        m_lookupResult->setText(tr("%1 is unmapped (between %2 and %3, a gap of %4): touching it would fault.")
                                    .arg(addressText(*address), addressText(found.gapStart), addressText(found.gapEnd),
                                        QString::fromStdString(formatBytes(found.gapEnd - found.gapStart))));
        m_map->centerOnAddress(*address);
        break;
    case AddressLookup::Kernel:
        m_lookupResult->setText(tr("%1 is kernel space: %2 — %3")
                                    .arg(addressText(*address), QString::fromStdString(found.region->name),
                                        QString::fromStdString(found.region->description)));
        m_map->centerOnAddress(*address);
        break;
    case AddressLookup::NonCanonical:
        m_lookupResult->setText(tr("%1 is non-canonical: the CPU faults on any use of it (the hole between user "
                                   "and kernel space).")
                                    .arg(addressText(*address)));
        break;
    case AddressLookup::OutOfRange:
        m_lookupResult->setText(
            tr("%1 lies above 4 GiB, outside this 32-bit address space.").arg(addressText(*address)));
        break;
    }
}

std::optional<QString> ProcessView::exportMap(const QString& fileName) const
{
    if (!m_snapshot)
        return tr("There is no memory map to export yet.");
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QSize size(std::max(1200, m_map->width()), std::max(1600, m_map->height()));
    if (suffix == QLatin1String("png")) {
        if (!m_map->renderToImage(size).save(fileName, "PNG"))
            return tr("Could not write %1.").arg(fileName);
        return std::nullopt;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(fileName);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(tr("Address space of %1 (PID %2)").arg(m_name).arg(m_pid));
        QPainter painter;
        if (!painter.begin(&generator))
            return tr("Could not write %1.").arg(fileName);
        m_map->renderMap(painter, QRect(QPoint(0, 0), size));
        return std::nullopt;
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(fileName);
        writer.setResolution(96); // lay out as on screen
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Address space of %1 (PID %2)").arg(m_name).arg(m_pid));
        QPainter painter;
        if (!painter.begin(&writer))
            return tr("Could not write %1.").arg(fileName);
        m_map->renderMap(painter, QRect(0, 0, writer.width(), writer.height()));
        return std::nullopt;
    }
    return tr("Choose a file ending in .png, .svg or .pdf.");
}

std::optional<QString> ProcessView::exportTableCsv(const QString& fileName, bool procmapStyle) const
{
    if (!m_snapshot)
        return tr("There is no memory map to export yet.");
    std::string csv;
    if (procmapStyle) {
        appendProcmapCsv(csv, *m_snapshot);
    } else {
        MapsTableOptions options;
        options.forCsv = true;
        buildMapsTable(*m_snapshot, m_totals, options).appendCsv(csv);
    }
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(csv.data(), qint64(csv.size())) != qint64(csv.size()))
        return tr("Could not write %1: %2").arg(fileName, file.errorString());
    return std::nullopt;
}

} // namespace vmscope
