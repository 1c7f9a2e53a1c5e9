#include "widgets/process/VmaTableModel.h"

#include "core/analysis/Aggregator.h"
#include "core/analysis/Classifier.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/common/KindColors.h"

#include <QColor>
#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace vmscope {
namespace {
    // Often enough for a smooth fade, rarely enough that a 60,000-row table does not notice.
    constexpr int kFadeTickMs = 150;
    constexpr std::size_t kMaxVanished = 256;
    // Strongest highlight alpha: visible on light and dark palettes without hiding the text.
    constexpr double kHighlightAlpha = 0.45;

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

    bool sameFields(const SmapsFields& a, const SmapsFields& b)
    {
        if (a.presentMask() != b.presentMask() || a.extras().size() != b.extras().size())
            return false;
        for (std::size_t i = 0; i < kSmapsKeyCount; ++i)
            if (a.get(static_cast<SmapsKey>(i)) != b.get(static_cast<SmapsKey>(i)))
                return false;
        for (std::size_t i = 0; i < a.extras().size(); ++i) {
            const ExtraField& x = a.extras()[i];
            const ExtraField& y = b.extras()[i];
            if (x.name != y.name || x.text != y.text)
                return false;
        }
        return true;
    }

    bool sameFlags(const VmFlags& a, const VmFlags& b)
    {
        // VmFlags has no operator==; compare the printed codes without allocating per VMA.
        std::array<std::string_view, 64> left {};
        std::size_t count = 0;
        bool overflow = false;
        a.forEach([&](std::string_view code) {
            if (count < left.size())
                left[count++] = code;
            else
                overflow = true;
        });
        if (overflow)
            return a.codes() == b.codes();
        std::size_t i = 0;
        bool same = true;
        b.forEach([&](std::string_view code) {
            if (i >= count || left[i] != code)
                same = false;
            ++i;
        });
        return same && i == count;
    }

    std::uint64_t relatedStart(const MemoryMap& map, const Vma& vma)
    {
        if (vma.relatedVma == kNoRelatedVma || vma.relatedVma >= map.vmas.size())
            return 0;
        return map.vmas[vma.relatedVma].start;
    }

    // Everything a cell or tooltip shows; the index into the map is compared separately.
    bool sameVma(const MemoryMap& mapA, const Vma& a, const MemoryMap& mapB, const Vma& b)
    {
        return a.start == b.start && a.end == b.end && a.offset == b.offset && a.inode == b.inode
            && a.devMajor == b.devMajor && a.devMinor == b.devMinor && a.perms == b.perms && a.deleted == b.deleted
            && a.kind == b.kind && a.reason == b.reason && relatedStart(mapA, a) == relatedStart(mapB, b)
            && a.path == b.path && sameFields(a.fields, b.fields) && sameFlags(a.flags, b.flags);
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

    // Rows whose data changed, announced as contiguous ranges.
    class RunTracker {
    public:
        template <class Emit> void mark(int row, Emit&& emitRun)
        {
            if (m_first >= 0 && m_last + 1 != row)
                flush(emitRun);
            if (m_first < 0)
                m_first = row;
            m_last = row;
        }
        template <class Emit> void flush(Emit&& emitRun)
        {
            if (m_first >= 0)
                emitRun(m_first, m_last);
            m_first = -1;
        }

    private:
        int m_first = -1;
        int m_last = -1;
    };

    // Ranges this close are announced as one: fewer signals, and a sorting proxy re-sorts
    // once. Not further: the proxy re-sorts every row of a range, so one range spanning
    // 600 scattered changes in 60,000 rows costs more than 600 small ones (measured).
    constexpr int kMaxGapRows = 4;
} // namespace

VmaTableModel::VmaTableModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_fadeTimer.setInterval(kFadeTickMs);
    connect(&m_fadeTimer, &QTimer::timeout, this, [this] { expireHighlights(m_clock()); });
}

VmaTableModel::~VmaTableModel() = default;

QList<int> VmaTableModel::defaultColumns()
{
    return { Start, End, Size, Perms, Kind, Rss, Pss, Uss, Swap, Path };
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

void VmaTableModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

qint64 VmaTableModel::nowMs() const
{
    return m_clock().toMSecsSinceEpoch();
}

void VmaTableModel::setAnimateHighlights(bool animate)
{
    m_animate = animate;
    if (!animate)
        m_fadeTimer.stop();
    else
        startHighlightTimer();
}

void VmaTableModel::startHighlightTimer()
{
    if (m_animate && !m_fadeTimer.isActive() && (!m_changes.empty() || !m_vanished.empty()))
        m_fadeTimer.start();
}

void VmaTableModel::clear()
{
    beginResetModel();
    m_map.reset();
    m_rows.clear();
    m_groups.clear();
    m_extraNames.clear();
    m_changes.clear();
    const bool hadVanished = !m_vanished.empty();
    m_vanished.clear();
    m_fadeTimer.stop();
    endResetModel();
    emit memoryMapChanged();
    if (hadVanished)
        emit recentlyVanishedChanged();
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
        m_changes.clear();
        const bool hadVanished = !m_vanished.empty();
        m_vanished.clear();
        m_extraNames.clear();
        collectExtras(*map, m_extraNames);
        resetTo(std::move(map));
        emit memoryMapChanged();
        if (hadVanished)
            emit recentlyVanishedChanged();
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
        group.sums[static_cast<std::size_t>(column)] += value;
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
        const auto change = m_changes.find(v.start);
        if (change != m_changes.end() && change->second.ms >= group.change.ms)
            group.change = change->second;
    }
}

void VmaTableModel::renumberGroups()
{
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        m_groups[g]->row = static_cast<int>(g);
}

void VmaTableModel::noteChange(std::uint64_t start, ChangeKind kind, qint64 ms)
{
    m_changes[start] = ChangeEntry { kind, ms };
}

void VmaTableModel::noteVanished(const Vma& vma, qint64 ms)
{
    VanishedVma gone;
    gone.start = vma.start;
    gone.end = vma.end;
    gone.path = displayText(mappingKey(vma));
    if (vma.deleted)
        gone.path = tr("%1 (deleted)").arg(gone.path);
    gone.kind = vma.kind;
    gone.time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    m_vanished.push_back(std::move(gone));
    // A process that unmaps thousands of VMAs at once must not grow this without bound.
    if (m_vanished.size() > kMaxVanished)
        m_vanished.erase(m_vanished.begin(), m_vanished.begin() + static_cast<long>(m_vanished.size() - kMaxVanished));
}

VmaTableModel::SnapshotDiff VmaTableModel::diffSnapshots(
    std::shared_ptr<const MemoryMap> previousMap, std::shared_ptr<const MemoryMap> nextMap)
{
    SnapshotDiff diff;
    diff.previous = std::move(previousMap);
    diff.next = std::move(nextMap);
    if (!diff.previous || !diff.next)
        return diff;
    const MemoryMap& previous = *diff.previous;
    const MemoryMap& next = *diff.next;
    diff.unchanged.assign(next.vmas.size(), false);
    // Compared over the whole map, not per row, so a VMA that moves between groups (its
    // file was replaced at the same address) is not counted as vanished and appeared.
    std::size_t a = 0;
    std::size_t b = 0;
    while (a < previous.vmas.size() || b < next.vmas.size()) {
        if (b == next.vmas.size() || (a < previous.vmas.size() && previous.vmas[a].start < next.vmas[b].start)) {
            diff.vanished.push_back(static_cast<std::uint32_t>(a));
            ++a;
        } else if (a == previous.vmas.size() || next.vmas[b].start < previous.vmas[a].start) {
            diff.changes.emplace_back(next.vmas[b].start, ChangeKind::Appeared);
            ++b;
        } else {
            const Vma& before = previous.vmas[a];
            const Vma& after = next.vmas[b];
            if (before.end != after.end)
                diff.changes.emplace_back(after.start, ChangeKind::Resized);
            else if (before.fields.find(SmapsKey::Rss) != after.fields.find(SmapsKey::Rss))
                diff.changes.emplace_back(after.start, ChangeKind::RssChanged);
            diff.unchanged[b] = sameVma(previous, before, next, after);
            ++a;
            ++b;
        }
    }
    return diff;
}

void VmaTableModel::applyHighlights(const SnapshotDiff& diff)
{
    const qint64 now = nowMs();
    for (const std::uint32_t index : diff.vanished) {
        const Vma& gone = diff.previous->vmas[index];
        noteVanished(gone, now);
        m_changes.erase(gone.start);
    }
    for (const auto& [start, kind] : diff.changes)
        noteChange(start, kind, now);
}

void VmaTableModel::merge(std::shared_ptr<const MemoryMap> map, const SnapshotDiff& diff)
{
    // Rows not yet merged keep pointing into the previous map, so it must outlive the walk.
    const std::shared_ptr<const MemoryMap> previous = m_map;
    const std::size_t vanishedBefore = m_vanished.size();
    applyHighlights(diff);

    std::vector<std::string> names = m_extraNames;
    collectExtras(*map, names);
    if (names.size() > m_extraNames.size()) {
        const int first = FirstExtraColumn + static_cast<int>(m_extraNames.size());
        beginInsertColumns({}, first, FirstExtraColumn + static_cast<int>(names.size()) - 1);
        m_extraNames = std::move(names);
        // Group sums are sized by column; they are recomputed below for every group.
        endInsertColumns();
    }

    std::vector<PendingChange> pending;
    if (!m_grouped) {
        std::vector<std::uint32_t> all(map->vmas.size());
        std::iota(all.begin(), all.end(), 0u);
        mergeRows(m_rows, nullptr, *map, all, diff.unchanged, pending);
    } else {
        std::vector<std::unique_ptr<Group>> fresh;
        // Sums are computed for the groups that are inserted; matched ones recompute below.
        buildGroups(*map, fresh, false);
        RunTracker runs;
        auto emitRun = [&](int first, int last) { pending.push_back(PendingChange { nullptr, first, last }); };
        std::size_t in = 0;
        int row = 0;
        while (row < static_cast<int>(m_groups.size()) || in < fresh.size()) {
            const bool haveRow = row < static_cast<int>(m_groups.size());
            const bool haveIn = in < fresh.size();
            auto rowName = [&](int r) -> const std::string& { return m_groups[static_cast<std::size_t>(r)]->name; };
            if (haveRow && (!haveIn || rowName(row) < fresh[in]->name)) {
                runs.flush(emitRun);
                int last = row;
                while (last + 1 < static_cast<int>(m_groups.size()) && (!haveIn || rowName(last + 1) < fresh[in]->name))
                    ++last;
                beginRemoveRows({}, row, last);
                m_groups.erase(m_groups.begin() + row, m_groups.begin() + last + 1);
                renumberGroups();
                endRemoveRows();
                continue;
            }
            if (haveIn && (!haveRow || fresh[in]->name < rowName(row))) {
                runs.flush(emitRun);
                std::size_t lastIn = in;
                while (lastIn + 1 < fresh.size() && (!haveRow || fresh[lastIn + 1]->name < rowName(row)))
                    ++lastIn;
                const int count = static_cast<int>(lastIn - in + 1);
                for (std::size_t i = in; i <= lastIn; ++i)
                    computeSums(*fresh[i]);
                beginInsertRows({}, row, row + count - 1);
                m_groups.insert(m_groups.begin() + row, std::make_move_iterator(fresh.begin() + static_cast<long>(in)),
                    std::make_move_iterator(fresh.begin() + static_cast<long>(lastIn) + 1));
                renumberGroups();
                endInsertRows();
                row += count;
                in = lastIn + 1;
                continue;
            }
            Group& group = *m_groups[static_cast<std::size_t>(row)];
            std::vector<std::uint32_t> incoming;
            incoming.reserve(fresh[in]->children.size());
            for (const Row& child : fresh[in]->children)
                incoming.push_back(child.index);
            mergeRows(group.children, &group, *map, incoming, diff.unchanged, pending);
            const std::vector<std::uint64_t> oldSums = group.sums;
            const std::vector<bool> oldHas = group.hasSum;
            const auto oldKind = std::make_pair(group.sameKind, group.kind);
            const auto oldRange = std::make_pair(group.lowestStart, group.highestEnd);
            const ChangeEntry oldChange = group.change;
            const bool oldDeleted = group.deleted;
            group.deleted = fresh[in]->deleted;
            computeSums(group);
            const bool changed = oldSums != group.sums || oldHas != group.hasSum
                || oldKind != std::make_pair(group.sameKind, group.kind)
                || oldRange != std::make_pair(group.lowestStart, group.highestEnd)
                || oldChange.kind != group.change.kind || oldChange.ms != group.change.ms
                || oldDeleted != group.deleted;
            if (changed)
                runs.mark(row, emitRun);
            else
                runs.flush(emitRun);
            ++row;
            ++in;
        }
        runs.flush(emitRun);
    }
    m_map = std::move(map);
    emitPending(pending);
    emit memoryMapChanged();
    startHighlightTimer();
    if (m_vanished.size() != vanishedBefore || vanishedBefore == kMaxVanished)
        emit recentlyVanishedChanged();
}

void VmaTableModel::mergeRows(std::vector<Row>& rows, Group* group, const MemoryMap& map,
    const std::vector<std::uint32_t>& incoming, const std::vector<bool>& unchanged, std::vector<PendingChange>& pending)
{
    const QModelIndex parent = group ? createIndex(group->row, 0, nullptr) : QModelIndex();
    RunTracker runs;
    auto emitRun = [&](int first, int last) { pending.push_back(PendingChange { group, first, last }); };
    auto startOf = [&](std::size_t i) { return map.vmas[incoming[i]].start; };
    auto rowStart = [&](int r) { return rows[static_cast<std::size_t>(r)].vma().start; };

    // Both lists ascend by start: remove rows that vanished, insert new ones, update the
    // rest in place, as contiguous ranges.
    std::size_t in = 0;
    int row = 0;
    while (row < static_cast<int>(rows.size()) || in < incoming.size()) {
        const bool haveRow = row < static_cast<int>(rows.size());
        const bool haveIn = in < incoming.size();
        if (haveRow && (!haveIn || rowStart(row) < startOf(in))) {
            runs.flush(emitRun);
            int last = row;
            while (last + 1 < static_cast<int>(rows.size()) && (!haveIn || rowStart(last + 1) < startOf(in)))
                ++last;
            beginRemoveRows(parent, row, last);
            rows.erase(rows.begin() + row, rows.begin() + last + 1);
            endRemoveRows();
            continue;
        }
        if (haveIn && (!haveRow || startOf(in) < rowStart(row))) {
            runs.flush(emitRun);
            std::size_t lastIn = in;
            while (lastIn + 1 < incoming.size() && (!haveRow || startOf(lastIn + 1) < rowStart(row)))
                ++lastIn;
            const int count = static_cast<int>(lastIn - in + 1);
            std::vector<Row> added;
            added.reserve(static_cast<std::size_t>(count));
            for (std::size_t i = in; i <= lastIn; ++i)
                added.push_back(Row { &map, incoming[i] });
            beginInsertRows(parent, row, row + count - 1);
            rows.insert(rows.begin() + row, added.begin(), added.end());
            endInsertRows();
            row += count;
            in = lastIn + 1;
            continue;
        }
        Row& current = rows[static_cast<std::size_t>(row)];
        const Row next { &map, incoming[in] };
        // When VMAs before this one came or went only its index into the map moved: that
        // is not announced (see VmaIndexRole), or a sorting proxy would recheck every row.
        const bool changed = !unchanged[next.index];
        current = next;
        if (changed)
            runs.mark(row, emitRun);
        else
            runs.flush(emitRun);
        ++row;
        ++in;
    }
    runs.flush(emitRun);
}

void VmaTableModel::emitPending(std::vector<PendingChange> pending)
{
    const int lastColumn = columnCount() - 1;
    // Ranges of one parent are in row order but interleaved with other parents' (a group's
    // children, then the group row): gather each parent's together to coalesce them.
    std::stable_sort(pending.begin(), pending.end(),
        [](const PendingChange& a, const PendingChange& b) { return std::less<const Group*>()(a.group, b.group); });
    for (std::size_t i = 0; i < pending.size();) {
        const QModelIndex parent = pending[i].group ? createIndex(pending[i].group->row, 0, nullptr) : QModelIndex();
        int first = pending[i].first;
        int last = pending[i].last;
        std::size_t next = i + 1;
        while (next < pending.size() && pending[next].group == pending[i].group
            && pending[next].first - last - 1 <= kMaxGapRows) {
            last = pending[next].last;
            ++next;
        }
        // A merged VMA keeps its start address (that is how it is matched), so in flat mode
        // the Start column never changes: leaving it out of the range spares a proxy sorted
        // by address (the default) from re-sorting every changed row. Group rows' lowest
        // start can move, so they announce every column.
        const int firstColumn = (m_grouped || pending[i].group) ? 0 : Start + 1;
        emit dataChanged(index(first, firstColumn, parent), index(last, lastColumn, parent));
        i = next;
    }
}

void VmaTableModel::expireHighlights(const QDateTime& now)
{
    const qint64 nowMsValue = now.toMSecsSinceEpoch();
    // Every lit row's colour fades on each tick; thousands of them are lit after a busy
    // refresh, scattered over the table. Announcing them with dataChanged made the proxy
    // re-filter and the view compute a rectangle for every one of them, 6 to 22 ms a tick
    // on 60,000 VMAs; only the visible rows need repainting, which the view knows.
    bool anyLit = !m_changes.empty();
    for (auto it = m_changes.begin(); it != m_changes.end();) {
        if (nowMsValue - it->second.ms >= m_highlightMs)
            it = m_changes.erase(it);
        else
            ++it;
    }
    for (const auto& group : m_groups) {
        if (group->change.kind == ChangeKind::None)
            continue;
        anyLit = true;
        if (nowMsValue - group->change.ms >= m_highlightMs)
            group->change = {};
    }
    if (anyLit)
        emit highlightsFaded();

    const auto firstKept = std::find_if(m_vanished.begin(), m_vanished.end(),
        [&](const VanishedVma& v) { return nowMsValue - v.time.toMSecsSinceEpoch() < m_highlightMs; });
    if (firstKept != m_vanished.begin()) {
        m_vanished.erase(m_vanished.begin(), firstKept);
        emit recentlyVanishedChanged();
    }
    const bool groupsLit = std::any_of(
        m_groups.begin(), m_groups.end(), [](const auto& g) { return g->change.kind != ChangeKind::None; });
    if (m_changes.empty() && m_vanished.empty() && !groupsLit)
        m_fadeTimer.stop();
}

VmaTableModel::Change VmaTableModel::changeFromMs(ChangeKind kind, qint64 ms) const
{
    if (kind == ChangeKind::None || nowMs() - ms >= m_highlightMs)
        return {};
    return Change { kind, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) };
}

VmaTableModel::Change VmaTableModel::changeOfStart(std::uint64_t start) const
{
    const auto it = m_changes.find(start);
    if (it == m_changes.end())
        return {};
    return changeFromMs(it->second.kind, it->second.ms);
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
        return changeFromMs(group->change.kind, group->change.ms);
    return {};
}

QColor VmaTableModel::highlightColor(const Change& change, const QDateTime& now) const
{
    if (change.kind == ChangeKind::None || m_highlightMs <= 0)
        return {};
    const qint64 elapsed = std::max<qint64>(0, change.time.msecsTo(now));
    if (elapsed >= m_highlightMs)
        return {};
    QColor color;
    switch (change.kind) {
    case ChangeKind::Appeared:
        color = QColor(46, 204, 64);
        break;
    case ChangeKind::Resized:
        color = QColor(255, 133, 27);
        break;
    case ChangeKind::RssChanged:
        color = QColor(0, 116, 217);
        break;
    case ChangeKind::None:
        return {};
    }
    color.setAlphaF(static_cast<float>(kHighlightAlpha * (1.0 - static_cast<double>(elapsed) / m_highlightMs)));
    return color;
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

QVariant VmaTableModel::valueData(int column, std::optional<std::uint64_t> value, bool kib, int role) const
{
    Q_UNUSED(column);
    if (!value)
        return {};
    if (role == SortRole)
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
        const QColor color = highlightColor(changeOfStart(v.start), m_clock());
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
    case SortRole:
        break;
    default:
        return {};
    }

    const bool display = role == Qt::DisplayRole;
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
        return valueData(column, hasUss(v) ? std::optional(v.fields.uss()) : std::nullopt, true, role);
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
            return valueData(column, sizeKiB(v), true, role);
        return valueData(column, v.fields.find(key), smapsKeyHasUnit(key), role);
    }
    const auto extra = static_cast<std::size_t>(column - FirstExtraColumn);
    if (column >= FirstExtraColumn && extra < m_extraNames.size()) {
        const ExtraField* field = findExtra(v, m_extraNames[extra]);
        if (!field)
            return {};
        if (field->numeric)
            return valueData(column, field->value, field->hasUnit, role);
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
        const QColor color = highlightColor(changeFromMs(group.change.kind, group.change.ms), m_clock());
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
    case SortRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
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
        return valueData(column, group.sums[c], kib, role);
    }
    return {};
}

QVariant VmaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
