#include "widgets/process/VmaTableModel.h"

#include "core/analysis/Aggregator.h"
#include "core/analysis/Classifier.h"
#include "core/model/Saturating.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/common/KindColors.h"
#include "widgets/common/RowMerge.h"

#include <QColor>
#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace vmscope {
namespace {
    QString latin1(std::string_view text)
    {
        return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
    }

    // smaps explanations live in core, which has no Qt; they are string literals (so
    // NUL-terminated) and are looked up in the catalogue under this context.
    QString explanation(std::string_view key)
    {
        return QCoreApplication::translate("vmscope::SmapsFields", smapsKeyExplanation(key).data());
    }

    QString hexNumber(std::uint64_t value)
    {
        // At least 8 digits, as maps prints addresses, so 32-bit maps line up.
        return QStringLiteral("0x") + QString::number(static_cast<qulonglong>(value), 16).rightJustified(8, u'0');
    }

    QString flagsText(const VmFlags& flags)
    {
        QString text;
        flags.forEach([&](std::string_view code) {
            if (!text.isEmpty())
                text += u' ';
            text += latin1(code);
        });
        return text;
    }

    std::string mappingKey(const Vma& vma)
    {
        // The same names as sumByMapping, so group rows match the CLI's per-mapping totals.
        return vma.path.empty() ? std::string("[anon]") : vma.path;
    }

    std::uint64_t sizeKiB(const Vma& vma)
    {
        // maps carries no Size line: the range gives it.
        if (const auto size = vma.fields.find(SmapsKey::Size))
            return *size;
        return vma.size() / 1024;
    }

    bool hasUss(const Vma& vma)
    {
        return vma.fields.has(SmapsKey::Private_Clean) || vma.fields.has(SmapsKey::Private_Dirty);
    }

    const ExtraField* findExtra(const Vma& vma, const std::string& name)
    {
        for (const ExtraField& e : vma.fields.extras())
            if (e.name == name)
                return &e;
        return nullptr;
    }

    // Ranges this close are announced as one: fewer signals, and a sorting proxy re-sorts
    // once. Not further: the proxy re-sorts every row of a range, so one range spanning
    // 600 scattered changes in 60,000 rows costs more than 600 small ones (measured).
    constexpr int kMaxGapRows = 4;
} // namespace

VmaTableModel::VmaTableModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_highlighter(new ChangeHighlighter(this))
{
    m_highlighter->setDerivedHighlights([this](qint64 nowMs) { return expireGroupHighlights(nowMs); });
    connect(m_highlighter, &ChangeHighlighter::highlightsFaded, this, &VmaTableModel::highlightsFaded);
    connect(m_highlighter, &ChangeHighlighter::recentlyVanishedChanged, this, &VmaTableModel::recentlyVanishedChanged);
}

VmaTableModel::~VmaTableModel() = default;

QList<int> VmaTableModel::defaultColumns()
{
    return { Start, End, Size, Perms, Kind, Rss, Pss, Uss, Swap, Path };
}

QString VmaTableModel::expertColumnsMenuTitle() const
{
    return tr("More smaps Fields");
}

bool VmaTableModel::isExpertColumn(int column) const
{
    return column >= FirstSmapsColumn && !defaultColumns().contains(column);
}

QString VmaTableModel::columnKey(int column) const
{
    static const char* const kFixedKeys[FixedColumnCount]
        = { "start", "end", "perms", "offset", "device", "inode", "kind", "uss", "vmflags", "path", "reason", "vmas" };
    if (column >= 0 && column < FixedColumnCount)
        return QLatin1String(kFixedKeys[column]);
    if (column >= FirstSmapsColumn && column < FirstExtraColumn)
        return latin1(smapsKeyName(static_cast<SmapsKey>(column - FirstSmapsColumn)));
    const auto extra = static_cast<std::size_t>(column - FirstExtraColumn);
    if (column >= FirstExtraColumn && extra < m_extraNames.size())
        return QString::fromStdString(m_extraNames[extra]);
    return {};
}

int VmaTableModel::columnOfKey(const QString& key) const
{
    const int count = columnCount();
    for (int column = 0; column < count; ++column)
        if (columnKey(column) == key)
            return column;
    return -1;
}

void VmaTableModel::clear()
{
    m_highlighter->clear();
    beginResetModel();
    m_map.reset();
    m_rows.clear();
    m_groups.clear();
    m_extraNames.clear();
    endResetModel();
    emit memoryMapChanged();
}

void VmaTableModel::setMemoryMap(std::shared_ptr<const MemoryMap> map)
{
    setMemoryMap(map, SnapshotDiff {});
}

void VmaTableModel::setMemoryMap(std::shared_ptr<const MemoryMap> map, const SnapshotDiff& diff)
{
    if (!map) {
        clear();
        return;
    }
    if (!m_map || m_map->pid != map->pid) {
        // Before the groups are built: their highlight comes from their VMAs'.
        m_highlighter->clear();
        m_extraNames.clear();
        collectExtras(*map, m_extraNames);
        resetTo(std::move(map));
        emit memoryMapChanged();
        return;
    }
    if (diff.previous == m_map && diff.next == map)
        merge(std::move(map), diff);
    else
        merge(map, diffSnapshots(m_map, map));
}

void VmaTableModel::setGrouped(bool grouped)
{
    if (grouped == m_grouped)
        return;
    m_grouped = grouped;
    resetTo(m_map);
}

void VmaTableModel::resetTo(std::shared_ptr<const MemoryMap> map)
{
    beginResetModel();
    m_map = std::move(map);
    m_rows.clear();
    m_groups.clear();
    if (m_map) {
        if (m_grouped) {
            buildGroups(*m_map, m_groups, true);
        } else {
            m_rows.reserve(m_map->vmas.size());
            for (std::size_t i = 0; i < m_map->vmas.size(); ++i)
                m_rows.push_back(Row { m_map.get(), static_cast<std::uint32_t>(i) });
        }
    }
    endResetModel();
}

void VmaTableModel::collectExtras(const MemoryMap& map, std::vector<std::string>& names) const
{
    for (const Vma& v : map.vmas)
        for (const ExtraField& e : v.fields.extras())
            if (std::find(names.begin(), names.end(), e.name) == names.end())
                names.push_back(e.name);
}

void VmaTableModel::buildGroups(const MemoryMap& map, std::vector<std::unique_ptr<Group>>& out, bool withSums) const
{
    std::unordered_map<std::string, Group*> byName;
    for (std::size_t i = 0; i < map.vmas.size(); ++i) {
        const Vma& v = map.vmas[i];
        std::string key = mappingKey(v);
        auto [it, inserted] = byName.try_emplace(key, nullptr);
        if (inserted) {
            out.push_back(std::make_unique<Group>());
            it->second = out.back().get();
            it->second->name = std::move(key);
            it->second->deleted = v.deleted;
        }
        it->second->children.push_back(Row { &map, static_cast<std::uint32_t>(i) });
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a->name < b->name; });
    for (std::size_t g = 0; g < out.size(); ++g) {
        out[g]->row = static_cast<int>(g);
        if (withSums)
            computeSums(*out[g]);
    }
}

void VmaTableModel::computeSums(Group& group) const
{
    const std::size_t columns = static_cast<std::size_t>(FirstExtraColumn) + m_extraNames.size();
    group.sums.assign(columns, 0);
    group.hasSum.assign(columns, false);
    group.sameKind = true;
    group.change = {};
    auto add = [&](int column, std::uint64_t value) {
        addSaturating(group.sums[static_cast<std::size_t>(column)], value);
        group.hasSum[static_cast<std::size_t>(column)] = true;
    };
    bool first = true;
    for (const Row& row : group.children) {
        const Vma& v = row.vma();
        if (first) {
            group.kind = v.kind;
            group.lowestStart = v.start;
            group.highestEnd = v.end;
            first = false;
        }
        group.sameKind = group.sameKind && v.kind == group.kind;
        group.lowestStart = std::min(group.lowestStart, v.start);
        group.highestEnd = std::max(group.highestEnd, v.end);
        add(VmaCount, 1);
        add(Size, sizeKiB(v));
        if (hasUss(v))
            add(Uss, v.fields.uss());
        for (std::size_t k = 0; k < kSmapsKeyCount; ++k) {
            const auto key = static_cast<SmapsKey>(k);
            // Page sizes, THPeligible and ProtectionKey describe one VMA: no sum.
            if (key != SmapsKey::Size && isAdditive(key) && v.fields.has(key))
                add(smapsColumn(key), v.fields.get(key));
        }
        for (const ExtraField& e : v.fields.extras()) {
            // Only kB figures are known to add up; a future unitless key may be a flag.
            if (!e.numeric || !e.hasUnit)
                continue;
            const auto it = std::find(m_extraNames.begin(), m_extraNames.end(), e.name);
            if (it != m_extraNames.end())
                add(FirstExtraColumn + static_cast<int>(it - m_extraNames.begin()), e.value);
        }
        const ChangeEntry change = m_highlighter->entryOfStart(v.start);
        if (change.kind != ChangeKind::None && change.ms >= group.change.ms)
            group.change = change;
    }
}

void VmaTableModel::renumberGroups()
{
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        m_groups[g]->row = static_cast<int>(g);
}

void VmaTableModel::merge(std::shared_ptr<const MemoryMap> map, const SnapshotDiff& diff)
{
    // Rows not yet merged keep pointing into the previous map, so it must outlive the walk.
    const std::shared_ptr<const MemoryMap> previous = m_map;
    // Before the walk: group rows take their highlight from their VMAs'.
    m_highlighter->apply(diff);
    addExtraColumns(*map);
    std::vector<PendingChange> pending;
    if (m_grouped)
        mergeGroups(*map, diff, pending);
    else
        mergeFlat(*map, diff, pending);
    m_map = std::move(map);
    emitPending(std::move(pending));
    emit memoryMapChanged();
}

void VmaTableModel::addExtraColumns(const MemoryMap& map)
{
    std::vector<std::string> names = m_extraNames;
    collectExtras(map, names);
    if (names.size() == m_extraNames.size())
        return;
    const int first = FirstExtraColumn + static_cast<int>(m_extraNames.size());
    beginInsertColumns({}, first, FirstExtraColumn + static_cast<int>(names.size()) - 1);
    // Group sums are sized by column; the merge recomputes them for every group.
    m_extraNames = std::move(names);
    endInsertColumns();
}

void VmaTableModel::mergeFlat(const MemoryMap& map, const SnapshotDiff& diff, std::vector<PendingChange>& pending)
{
    std::vector<std::uint32_t> all(map.vmas.size());
    std::iota(all.begin(), all.end(), 0u);
    mergeRows(m_rows, nullptr, map, all, diff.unchanged, pending);
}

void VmaTableModel::mergeGroups(const MemoryMap& map, const SnapshotDiff& diff, std::vector<PendingChange>& pending)
{
    std::vector<std::unique_ptr<Group>> fresh;
    // Sums are computed for the groups that are inserted; matched ones recompute in updateGroup.
    buildGroups(map, fresh, false);
    struct Ops {
        VmaTableModel& model;
        std::vector<std::unique_ptr<Group>>& fresh;
        const MemoryMap& map;
        const SnapshotDiff& diff;
        std::vector<PendingChange>& pending;
        int rowCount() const { return static_cast<int>(model.m_groups.size()); }
        const std::string& rowKey(int row) const { return model.m_groups[static_cast<std::size_t>(row)]->name; }
        const std::string& incomingKey(std::size_t in) const { return fresh[in]->name; }
        void remove(int first, int last)
        {
            model.beginRemoveRows({}, first, last);
            model.m_groups.erase(model.m_groups.begin() + first, model.m_groups.begin() + last + 1);
            model.renumberGroups();
            model.endRemoveRows();
        }
        void insert(int row, std::size_t inFirst, std::size_t inLast)
        {
            for (std::size_t i = inFirst; i <= inLast; ++i)
                model.computeSums(*fresh[i]);
            model.beginInsertRows({}, row, row + static_cast<int>(inLast - inFirst));
            model.m_groups.insert(model.m_groups.begin() + row,
                std::make_move_iterator(fresh.begin() + static_cast<long>(inFirst)),
                std::make_move_iterator(fresh.begin() + static_cast<long>(inLast) + 1));
            model.renumberGroups();
            model.endInsertRows();
        }
        bool update(int row, std::size_t in)
        {
            return model.updateGroup(*model.m_groups[static_cast<std::size_t>(row)], *fresh[in], map, diff, pending);
        }
    };
    for (const RowRun& run : mergeKeyedRows(fresh.size(), Ops { *this, fresh, map, diff, pending }))
        pending.push_back(PendingChange { nullptr, run.first, run.last });
}

bool VmaTableModel::updateGroup(Group& group, const Group& fresh, const MemoryMap& map, const SnapshotDiff& diff,
    std::vector<PendingChange>& pending)
{
    std::vector<std::uint32_t> incoming;
    incoming.reserve(fresh.children.size());
    for (const Row& child : fresh.children)
        incoming.push_back(child.index);
    mergeRows(group.children, &group, map, incoming, diff.unchanged, pending);
    const std::vector<std::uint64_t> oldSums = group.sums;
    const std::vector<bool> oldHas = group.hasSum;
    const auto oldKind = std::make_pair(group.sameKind, group.kind);
    const auto oldRange = std::make_pair(group.lowestStart, group.highestEnd);
    const ChangeEntry oldChange = group.change;
    const bool oldDeleted = group.deleted;
    group.deleted = fresh.deleted;
    computeSums(group);
    return oldSums != group.sums || oldHas != group.hasSum || oldKind != std::make_pair(group.sameKind, group.kind)
        || oldRange != std::make_pair(group.lowestStart, group.highestEnd) || oldChange.kind != group.change.kind
        || oldChange.ms != group.change.ms || oldDeleted != group.deleted;
}

void VmaTableModel::mergeRows(std::vector<Row>& rows, Group* group, const MemoryMap& map,
    const std::vector<std::uint32_t>& incoming, const std::vector<bool>& unchanged, std::vector<PendingChange>& pending)
{
    // Both lists ascend by start.
    struct Ops {
        VmaTableModel& model;
        std::vector<Row>& rows;
        QModelIndex parent;
        const MemoryMap& map;
        const std::vector<std::uint32_t>& incoming;
        const std::vector<bool>& unchanged;
        int rowCount() const { return static_cast<int>(rows.size()); }
        std::uint64_t rowKey(int row) const { return rows[static_cast<std::size_t>(row)].vma().start; }
        std::uint64_t incomingKey(std::size_t in) const { return map.vmas[incoming[in]].start; }
        void remove(int first, int last)
        {
            model.beginRemoveRows(parent, first, last);
            rows.erase(rows.begin() + first, rows.begin() + last + 1);
            model.endRemoveRows();
        }
        void insert(int row, std::size_t inFirst, std::size_t inLast)
        {
            std::vector<Row> added;
            added.reserve(inLast - inFirst + 1);
            for (std::size_t i = inFirst; i <= inLast; ++i)
                added.push_back(Row { &map, incoming[i] });
            model.beginInsertRows(parent, row, row + static_cast<int>(added.size()) - 1);
            rows.insert(rows.begin() + row, added.begin(), added.end());
            model.endInsertRows();
        }
        bool update(int row, std::size_t in)
        {
            // When VMAs before this one came or went only its index into the map moved: that
            // is not announced (see VmaIndexRole), or a sorting proxy would recheck every row.
            rows[static_cast<std::size_t>(row)] = Row { &map, incoming[in] };
            return !unchanged[incoming[in]];
        }
    };
    const QModelIndex parent = group ? createIndex(group->row, 0, nullptr) : QModelIndex();
    for (const RowRun& run : mergeKeyedRows(incoming.size(), Ops { *this, rows, parent, map, incoming, unchanged }))
        pending.push_back(PendingChange { group, run.first, run.last });
}

void VmaTableModel::emitPending(std::vector<PendingChange> pending)
{
    const int lastColumn = columnCount() - 1;
    // Ranges of one parent are in row order but interleaved with other parents' (a group's
    // children, then the group row): gather each parent's together to coalesce them.
    std::stable_sort(pending.begin(), pending.end(),
        [](const PendingChange& a, const PendingChange& b) { return std::less<const Group*>()(a.group, b.group); });
    for (std::size_t i = 0; i < pending.size();) {
        Group* const group = pending[i].group;
        std::vector<RowRun> runs;
        for (; i < pending.size() && pending[i].group == group; ++i)
            runs.push_back(RowRun { pending[i].first, pending[i].last });
        const QModelIndex parent = group ? createIndex(group->row, 0, nullptr) : QModelIndex();
        // A merged VMA keeps its start address (that is how it is matched), so in flat mode
        // the Start column never changes: leaving it out of the range spares a proxy sorted
        // by address (the default) from re-sorting every changed row. Group rows' lowest
        // start can move, so they announce every column.
        const int firstColumn = (m_grouped || group) ? 0 : Start + 1;
        for (const RowRun& run : joinRuns(runs, kMaxGapRows))
            emit dataChanged(index(run.first, firstColumn, parent), index(run.last, lastColumn, parent));
    }
}

bool VmaTableModel::expireGroupHighlights(qint64 nowMs)
{
    // A group row keeps a copy of its newest VMA highlight, which outlives the VMA's when
    // the VMA vanished.
    bool anyLit = false;
    for (const auto& group : m_groups) {
        if (group->change.kind == ChangeKind::None)
            continue;
        anyLit = true;
        if (nowMs - group->change.ms >= m_highlighter->duration())
            group->change = {};
    }
    return anyLit;
}

VmaTableModel::Change VmaTableModel::changeAt(int row) const
{
    return changeAt(index(row, 0));
}

VmaTableModel::Change VmaTableModel::changeAt(const QModelIndex& index) const
{
    if (const Row* row = rowAt(index))
        return changeOfStart(row->vma().start);
    if (const Group* group = groupOf(index))
        return m_highlighter->changeOf(group->change);
    return {};
}

int VmaTableModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_grouped ? m_groups.size() : m_rows.size());
    if (const Group* group = groupOf(parent); group && parent.column() == 0)
        return static_cast<int>(group->children.size());
    return 0;
}

int VmaTableModel::columnCount(const QModelIndex&) const
{
    return FirstExtraColumn + static_cast<int>(m_extraNames.size());
}

QModelIndex VmaTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    // Children carry their group; top-level rows carry nothing.
    return createIndex(row, column, m_groups[static_cast<std::size_t>(parent.row())].get());
}

QModelIndex VmaTableModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto* group = static_cast<const Group*>(child.internalPointer());
    return createIndex(group->row, 0, nullptr);
}

bool VmaTableModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant VmaTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Row* row = rowAt(index))
        return vmaData(*row, index.column(), role);
    if (const Group* group = groupOf(index))
        return groupData(*group, index.column(), role);
    return {};
}

const VmaTableModel::Row* VmaTableModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalPointer()) {
        const auto* group = static_cast<const Group*>(index.internalPointer());
        if (index.row() < 0 || static_cast<std::size_t>(index.row()) >= group->children.size())
            return nullptr;
        return &group->children[static_cast<std::size_t>(index.row())];
    }
    if (m_grouped || index.row() < 0 || static_cast<std::size_t>(index.row()) >= m_rows.size())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(index.row())];
}

const VmaTableModel::Group* VmaTableModel::groupOf(const QModelIndex& index) const
{
    if (!m_grouped || !index.isValid() || index.model() != this || index.internalPointer())
        return nullptr;
    if (index.row() < 0 || static_cast<std::size_t>(index.row()) >= m_groups.size())
        return nullptr;
    return m_groups[static_cast<std::size_t>(index.row())].get();
}

const Vma* VmaTableModel::vmaAt(const QModelIndex& index) const
{
    const Row* row = rowAt(index);
    return row ? &row->vma() : nullptr;
}

int VmaTableModel::vmaIndexAt(const QModelIndex& index) const
{
    const Row* row = rowAt(index);
    return row ? static_cast<int>(row->index) : -1;
}

bool VmaTableModel::isGroupRow(const QModelIndex& index) const
{
    return groupOf(index) != nullptr;
}

QModelIndex VmaTableModel::indexOfStart(std::uint64_t start, int column) const
{
    auto find = [&](const std::vector<Row>& rows) {
        const auto it = std::lower_bound(
            rows.begin(), rows.end(), start, [](const Row& r, std::uint64_t value) { return r.vma().start < value; });
        return (it != rows.end() && it->vma().start == start) ? static_cast<int>(it - rows.begin()) : -1;
    };
    if (!m_grouped) {
        const int row = find(m_rows);
        return row < 0 ? QModelIndex() : index(row, column);
    }
    if (!m_map)
        return {};
    // The group is named by the VMA's mapping; look the VMA up in the map to find it.
    const auto vma = std::lower_bound(m_map->vmas.begin(), m_map->vmas.end(), start,
        [](const Vma& v, std::uint64_t value) { return v.start < value; });
    if (vma == m_map->vmas.end() || vma->start != start)
        return {};
    const std::string key = mappingKey(*vma);
    const auto group = std::lower_bound(m_groups.begin(), m_groups.end(), key,
        [](const std::unique_ptr<Group>& g, const std::string& name) { return g->name < name; });
    if (group == m_groups.end() || (*group)->name != key)
        return {};
    const int row = find((*group)->children);
    return row < 0 ? QModelIndex() : createIndex(row, column, group->get());
}

QModelIndex VmaTableModel::indexOfVma(int vmaIndex, int column) const
{
    if (!m_map || vmaIndex < 0 || static_cast<std::size_t>(vmaIndex) >= m_map->vmas.size())
        return {};
    return indexOfStart(m_map->vmas[static_cast<std::size_t>(vmaIndex)].start, column);
}

QVariant VmaTableModel::valueData(std::optional<std::uint64_t> value, bool kib, bool display) const
{
    if (!value)
        return {};
    if (!display)
        return static_cast<qulonglong>(*value);
    return kib ? sizeText(*value) : QString::number(static_cast<qulonglong>(*value));
}

namespace {
    bool isTextColumn(int column)
    {
        return column == VmaTableModel::Perms || column == VmaTableModel::Device || column == VmaTableModel::Kind
            || column == VmaTableModel::Flags || column == VmaTableModel::Path || column == VmaTableModel::Reason;
    }

    QString pathText(std::string_view path, bool deleted)
    {
        const QString text = displayText(path);
        return deleted ? VmaTableModel::tr("%1 (deleted)").arg(text) : text;
    }
} // namespace

QVariant VmaTableModel::vmaData(const Row& row, int column, int role) const
{
    const Vma& v = row.vma();
    switch (role) {
    case VmaIndexRole:
        return static_cast<int>(row.index);
    case StartAddressRole:
        return static_cast<qulonglong>(v.start);
    case KindRole:
        return static_cast<int>(v.kind);
    case Qt::ToolTipRole: {
        const QString reason = displayText(reasonText(row.map->vmas, row.index));
        if (column == Path && !v.path.empty())
            return QString(pathText(v.path, v.deleted) + u'\n' + reason);
        return reason;
    }
    case Qt::BackgroundRole: {
        const QColor color = highlightColor(changeOfStart(v.start), m_highlighter->now());
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (!isTextColumn(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (column == Kind)
            return kindColor(v.kind);
        return {};
    case Qt::DisplayRole:
        return vmaValue(row, column, true);
    case SortRole:
        return vmaValue(row, column, false);
    default:
        return {};
    }
}

QVariant VmaTableModel::vmaValue(const Row& row, int column, bool display) const
{
    const Vma& v = row.vma();
    switch (column) {
    case Start:
        return display ? QVariant(hexNumber(v.start)) : QVariant(static_cast<qulonglong>(v.start));
    case End:
        return display ? QVariant(hexNumber(v.end)) : QVariant(static_cast<qulonglong>(v.end));
    case Perms:
        return QString::fromStdString(v.perms.toString());
    case Offset:
        return display ? QVariant(hexNumber(v.offset)) : QVariant(static_cast<qulonglong>(v.offset));
    case Device:
        if (display)
            return QString::fromStdString(v.device());
        return (static_cast<qulonglong>(v.devMajor) << 32) | v.devMinor;
    case Inode:
        return display ? QVariant(QString::number(static_cast<qulonglong>(v.inode)))
                       : QVariant(static_cast<qulonglong>(v.inode));
    case Kind:
        return kindLabel(v.kind);
    case Uss:
        return valueData(hasUss(v) ? std::optional(v.fields.uss()) : std::nullopt, true, display);
    case Flags:
        return flagsText(v.flags);
    case Path:
        return pathText(v.path, v.deleted);
    case Reason:
        return displayText(reasonText(row.map->vmas, row.index));
    case VmaCount:
        return display ? QVariant(QStringLiteral("1")) : QVariant(1ull);
    default:
        break;
    }
    if (column >= FirstSmapsColumn && column < FirstExtraColumn) {
        const auto key = static_cast<SmapsKey>(column - FirstSmapsColumn);
        if (key == SmapsKey::Size)
            return valueData(sizeKiB(v), true, display);
        return valueData(v.fields.find(key), smapsKeyHasUnit(key), display);
    }
    const auto extra = static_cast<std::size_t>(column - FirstExtraColumn);
    if (column >= FirstExtraColumn && extra < m_extraNames.size()) {
        const ExtraField* field = findExtra(v, m_extraNames[extra]);
        if (!field)
            return {};
        if (field->numeric)
            return valueData(field->value, field->hasUnit, display);
        return QString::fromStdString(field->text);
    }
    return {};
}

QVariant VmaTableModel::groupData(const Group& group, int column, int role) const
{
    switch (role) {
    case StartAddressRole:
        return static_cast<qulonglong>(group.lowestStart);
    case KindRole:
        return group.sameKind ? QVariant(static_cast<int>(group.kind)) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1: %n VMA(s)", nullptr, static_cast<int>(group.children.size()))
            .arg(pathText(group.name, group.deleted));
    case Qt::BackgroundRole: {
        const QColor color = highlightColor(m_highlighter->changeOf(group.change), m_highlighter->now());
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (!isTextColumn(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (column == Kind && group.sameKind)
            return kindColor(group.kind);
        return {};
    case Qt::DisplayRole:
        return groupValue(group, column, true);
    case SortRole:
        return groupValue(group, column, false);
    default:
        return {};
    }
}

QVariant VmaTableModel::groupValue(const Group& group, int column, bool display) const
{
    switch (column) {
    case Start:
        return display ? QVariant(hexNumber(group.lowestStart)) : QVariant(static_cast<qulonglong>(group.lowestStart));
    case End:
        return display ? QVariant(hexNumber(group.highestEnd)) : QVariant(static_cast<qulonglong>(group.highestEnd));
    case Kind:
        return group.sameKind ? QVariant(kindLabel(group.kind)) : QVariant();
    case Path:
        return pathText(group.name, group.deleted);
    default:
        break;
    }
    const auto c = static_cast<std::size_t>(column);
    if (c < group.sums.size() && group.hasSum[c]) {
        bool kib = column != VmaCount;
        if (column >= FirstSmapsColumn && column < FirstExtraColumn)
            kib = smapsKeyHasUnit(static_cast<SmapsKey>(column - FirstSmapsColumn));
        return valueData(group.sums[c], kib, display);
    }
    return {};
}

QVariant VmaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // What's This (Shift+F1) on a column: its tooltip with the glossary term its title names.
    if (orientation == Qt::Horizontal && role == Qt::WhatsThisRole)
        return columnWhatsThis(this, section);
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == ColumnKeyRole)
        return columnKey(section);
    if (role == Qt::TextAlignmentRole && !isTextColumn(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (section) {
    case Start:
        return display ? tr("Start") : tr("First address of the area.");
    case End:
        return display ? tr("End") : tr("First address after the area.");
    case Perms:
        return display ? tr("Perms")
                       : tr("Read, write, execute; p = private (copy-on-write), s = shared with other mappings.");
    case Offset:
        return display ? tr("Offset") : tr("Offset in the file where the mapping starts (not an address).");
    case Device:
        return display ? tr("Device") : tr("Major:minor number of the device holding the file.");
    case Inode:
        return display ? tr("Inode") : tr("Inode of the mapped file; 0 for anonymous memory.");
    case Kind:
        return display ? tr("Kind") : tr("What the area is (code, heap, stack, ...), inferred from maps.");
    case Uss:
        return display ? tr("Uss") : explanation("Uss");
    case Flags:
        return display ? tr("VmFlags") : tr("Kernel flags of the area (smaps VmFlags), decoded in the details.");
    case Path:
        return display ? tr("Path") : tr("Mapped file or pseudo path; empty for anonymous memory.");
    case Reason:
        return display ? tr("Reason") : tr("Why the area was given its kind.");
    case VmaCount:
        return display ? tr("VMAs") : tr("Number of areas (lines of maps) in the row.");
    default:
        break;
    }
    if (section == Size && display)
        return tr("Size");
    // smaps keys are the kernel's own names: shown as printed so they match the documentation.
    const QString key = columnKey(section);
    return display ? key : explanation(key.toStdString());
}

} // namespace vmscope
