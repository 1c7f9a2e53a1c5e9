#include "widgets/compare/CompareDialog.h"

#include "core/format/DisplayText.h"
#include "core/read/ProcessReader.h"
#include "core/read/SystemMoment.h"
#include "widgets/compare/CompareModels.h"
#include "widgets/compare/SnapshotStore.h"
#include "widgets/process/AddressMapView.h"
#include "widgets/process/ChangeHighlighter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vmscope {
namespace {
    QString errorText(const Error& error)
    {
        return QString::fromStdString(escapeForDisplay(error.message()));
    }

    // `stretch`: the column that takes the room left (a name), so the deltas stay in view.
    QTableView* deltaTable(QAbstractItemModel* model, int sortColumn, int stretch, QWidget* parent)
    {
        auto* proxy = new QSortFilterProxyModel(parent);
        proxy->setSourceModel(model);
        proxy->setSortRole(compare::kSortRole);
        auto* table = new QTableView(parent);
        table->setModel(proxy);
        table->setSortingEnabled(true);
        table->sortByColumn(sortColumn, Qt::DescendingOrder);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setAlternatingRowColors(false); // the rows carry their change's colour
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
        return table;
    }
} // namespace

CompareOutcome compareMoments(const Source& a, const Source& b, int pid)
{
    CompareOutcome outcome;
    auto momentA = readSystemMoment(a);
    auto momentB = readSystemMoment(b);
    if (!momentA)
        outcome.systemError = CompareDialog::tr("A: %1").arg(errorText(momentA.error()));
    else if (!momentB)
        outcome.systemError = CompareDialog::tr("B: %1").arg(errorText(momentB.error()));
    else
        outcome.system = diffSystems(*momentA, *momentB);
    outcome.pid = pid;
    if (pid <= 0)
        return outcome;
    auto mapA = readMemoryMapBestDetail(a, pid);
    auto mapB = readMemoryMapBestDetail(b, pid);
    // A process only one moment has: all its regions added (or removed), against an empty map.
    if (!mapA && !mapB) {
        outcome.processError
            = CompareDialog::tr("Process %1 is in neither moment: %2").arg(pid).arg(errorText(mapB.error()));
        return outcome;
    }
    outcome.mapA = std::make_shared<const MemoryMap>(mapA ? std::move(*mapA) : MemoryMap {});
    outcome.mapB = std::make_shared<const MemoryMap>(mapB ? std::move(*mapB) : MemoryMap {});
    if (!mapA)
        outcome.processError = CompareDialog::tr("Process %1 is not in A: every region is added").arg(pid);
    else if (!mapB)
        outcome.processError = CompareDialog::tr("Process %1 is not in B: every region is removed").arg(pid);
    outcome.regions = diffRegions(*outcome.mapA, *outcome.mapB);
    outcome.marks = regionDiffMarks(*outcome.mapB, outcome.regions);
    return outcome;
}

CompareDialog::CompareDialog(
    std::shared_ptr<SnapshotStore> store, std::shared_ptr<const Source> live, int pid, QWidget* parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_live(live && live->changesOverTime() ? std::move(live) : nullptr)
    , m_job(
          [this]() -> LatestOnlyJob<CompareOutcome>::Work {
              auto a = sourceOf(m_a);
              auto b = sourceOf(m_b);
              if (!a || !b)
                  return {};
              return [a, b, pid = m_pid->value()] { return compareMoments(*a, *b, pid); };
          },
          [this](CompareOutcome outcome) { showOutcome(outcome); })
{
    setWindowTitle(tr("Compare snapshots"));
    auto* layout = new QVBoxLayout(this);

    auto* choices = new QHBoxLayout;
    m_a = new QComboBox(this);
    m_b = new QComboBox(this);
    m_a->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_b->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pid = new QSpinBox(this);
    m_pid->setRange(0, 1 << 22); // pid_max's limit (PID_MAX_LIMIT)
    m_pid->setSpecialValueText(tr("none"));
    m_pid->setValue(pid);
    auto* compareButton = new QPushButton(tr("&Compare"), this);
    auto* aLabel = new QLabel(tr("&A:"), this);
    aLabel->setBuddy(m_a);
    choices->addWidget(aLabel);
    choices->addWidget(m_a, 1);
    auto* bLabel = new QLabel(tr("&B:"), this);
    bLabel->setBuddy(m_b);
    choices->addWidget(bLabel);
    choices->addWidget(m_b, 1);
    auto* pidLabel = new QLabel(tr("&Process:"), this);
    pidLabel->setBuddy(m_pid);
    choices->addWidget(pidLabel);
    choices->addWidget(m_pid);
    choices->addWidget(compareButton);
    layout->addLayout(choices);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_processModel = new ProcessDiffModel(this);
    m_memInfoModel = new MemInfoDiffModel(this);
    m_regionModel = new RegionDiffModel(this);

    m_tabs = new QTabWidget(this);
    auto* system = new QSplitter(Qt::Vertical, m_tabs);
    m_processTable = deltaTable(m_processModel, ProcessDiffModel::Pss, ProcessDiffModel::Name, system);
    m_memInfoTable = deltaTable(m_memInfoModel, MemInfoDiffModel::Delta, MemInfoDiffModel::Key, system);
    system->addWidget(m_processTable);
    system->addWidget(m_memInfoTable);
    system->setStretchFactor(0, 3);
    system->setStretchFactor(1, 2);
    m_tabs->addTab(system, tr("&System"));

    auto* process = new QWidget(m_tabs);
    auto* processLayout = new QVBoxLayout(process);
    processLayout->setContentsMargins(0, 0, 0, 0);
    m_processStatus = new QLabel(process);
    m_processStatus->setTextFormat(Qt::PlainText);
    m_processStatus->setWordWrap(true);
    // The colours of the map's marks and the table's rows, always in view (the map's own legend
    // needs more room than the dialog may give it).
    auto* legend = new QLabel(process);
    legend->setTextFormat(Qt::RichText);
    const std::vector<std::pair<ChangeKind, QString>> changeNames = {
        { ChangeKind::Appeared, tr("added in B") },
        { ChangeKind::Grown, tr("grew from A to B") },
        { ChangeKind::Shrunk, tr("shrank from A to B") },
    };
    QString legendHtml;
    const auto swatch = [&legendHtml](const QColor& color, const QString& text) {
        legendHtml += QStringLiteral("<span style=\"color:%1\">\u25a0</span>&nbsp;%2&nbsp;&nbsp;&nbsp;")
                          .arg(color.name(), text.toHtmlEscaped());
    };
    for (const auto& [kind, text] : changeNames)
        swatch(ChangeHighlighter::baseColor(kind), text);
    swatch(compare::removedColor(), tr("removed (in A only: listed, not on B's map)"));
    legend->setText(legendHtml);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_processStatus, 1);
    statusRow->addWidget(legend);
    processLayout->addLayout(statusRow);
    auto* split = new QSplitter(Qt::Horizontal, process);
    m_map = new AddressMapView(split);
    m_map->setChangeLegend(changeNames);
    m_map->setToolTip(tr("B's address space; regions added since A, grown and shrunk are framed in their colours "
                         "(removed regions are listed in the table)"));
    m_regionTable = deltaTable(m_regionModel, RegionDiffModel::Pss, RegionDiffModel::Name, split);
    split->addWidget(m_map);
    split->addWidget(m_regionTable);
    split->setSizes({ 600, 800 }); // the map's labels and legend, and the table's deltas in view
    processLayout->addWidget(split, 1);
    m_tabs->addTab(process, tr("P&rocess"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fillChoices();
    // The last two moments, or the last one against live now.
    const auto& entries = m_store->entries();
    if (entries.size() >= 2)
        choose(entries[entries.size() - 2].id, entries.back().id);
    else if (!entries.empty() && m_live)
        choose(entries.back().id, 0);

    connect(m_store.get(), &QAbstractItemModel::rowsInserted, this, &CompareDialog::fillChoices);
    connect(m_store.get(), &QAbstractItemModel::rowsRemoved, this, &CompareDialog::fillChoices);
    connect(compareButton, &QPushButton::clicked, this, &CompareDialog::compareNow);
    connect(m_a, &QComboBox::activated, this, &CompareDialog::compareNow);
    connect(m_b, &QComboBox::activated, this, &CompareDialog::compareNow);
    connect(m_pid, &QSpinBox::editingFinished, this, &CompareDialog::compareNow);
    resize(1440, 920);
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::fillChoices()
{
    for (QComboBox* combo : { m_a, m_b }) {
        const QVariant current = combo->currentData();
        combo->clear();
        if (m_live)
            combo->addItem(tr("Live now"), QVariant::fromValue<qulonglong>(0));
        for (const SnapshotStore::Entry& e : m_store->entries()) {
            combo->addItem(SnapshotStore::label(e), QVariant::fromValue<qulonglong>(e.id));
            combo->setItemData(combo->count() - 1, m_store->data(m_store->index(m_store->rowOf(e.id)), Qt::ToolTipRole),
                Qt::ToolTipRole);
        }
        if (const int index = combo->findData(current); index >= 0)
            combo->setCurrentIndex(index);
    }
}

std::shared_ptr<const Source> CompareDialog::sourceOf(const QComboBox* choice) const
{
    if (choice->currentIndex() < 0)
        return nullptr;
    const std::uint64_t id = choice->currentData().toULongLong();
    if (id == 0)
        return m_live;
    const SnapshotStore::Entry* entry = m_store->find(id);
    return entry ? entry->source : nullptr;
}

void CompareDialog::choose(std::uint64_t a, std::uint64_t b)
{
    m_a->setCurrentIndex(m_a->findData(QVariant::fromValue<qulonglong>(a)));
    m_b->setCurrentIndex(m_b->findData(QVariant::fromValue<qulonglong>(b)));
    compareNow();
}

void CompareDialog::setPid(int pid)
{
    m_pid->setValue(pid);
    compareNow();
}

void CompareDialog::showProcessTab()
{
    m_tabs->setCurrentIndex(1);
}

void CompareDialog::compareNow()
{
    if (!sourceOf(m_a) || !sourceOf(m_b)) {
        m_status->setText(tr("Choose two moments: take snapshots (Ctrl+Shift+S), open captures or run an experiment"));
        return;
    }
    m_status->setText(tr("Comparing %1 with %2…").arg(m_a->currentText(), m_b->currentText()));
    m_job.invalidate();
    m_job.request();
}

void CompareDialog::showOutcome(const CompareOutcome& outcome)
{
    if (!outcome.systemError.isEmpty()) {
        m_status->setText(outcome.systemError);
    } else {
        const SystemDiff& d = outcome.system;
        m_status->setText(tr("A: %1 → B: %2 — %n process(es) appeared, ", nullptr, int(d.added.size()))
                              .arg(m_a->currentText(), m_b->currentText())
            + tr("%n exited, ", nullptr, int(d.removed.size())) + tr("%n changed", nullptr, int(d.changed.size())));
    }
    m_processModel->setDiff(outcome.system);
    m_memInfoModel->setDiff(outcome.system);
    m_regionModel->setDiff(outcome.mapA.get(), outcome.mapB.get(), outcome.regions);
    m_map->setMemoryMap(outcome.mapB);
    m_map->setChangedRegions(outcome.marks);
    if (outcome.pid <= 0)
        m_processStatus->setText(tr("Choose a process to compare its regions"));
    else if (!outcome.processError.isEmpty())
        m_processStatus->setText(outcome.processError);
    else
        m_processStatus->setText(tr("Process %1: %2 region(s) added, %3 removed, %4 changed")
                                     .arg(outcome.pid)
                                     .arg(outcome.regions.added.size())
                                     .arg(outcome.regions.removed.size())
                                     .arg(outcome.regions.changed.size()));
    emit compared();
}

} // namespace vmscope
