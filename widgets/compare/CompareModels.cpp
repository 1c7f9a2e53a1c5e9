#include "widgets/compare/CompareModels.h"

#include "core/model/Saturating.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/process/ChangeHighlighter.h"

#include <QColor>
#include <QLocale>

#include <tuple>

namespace vmscope {
namespace {
    QVariant deltaData(std::int64_t kib, int role)
    {
        switch (role) {
        case Qt::DisplayRole:
            return deltaSizeText(kib);
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case compare::kSortRole:
            return QVariant::fromValue<qulonglong>(deltaMagnitude(kib));
        case compare::kDeltaRole:
            return QVariant::fromValue<qlonglong>(kib);
        default:
            return {};
        }
    }

    // A row's background: its change's colour, faint, as the map marks it.
    QVariant changeBackground(ChangeKind kind)
    {
        QColor color = kind == ChangeKind::None ? compare::removedColor() : ChangeHighlighter::baseColor(kind);
        color.setAlpha(48);
        return color;
    }

    template <class Model> bool validIndex(const Model& model, const QModelIndex& index)
    {
        return model.checkIndex(index,
            QAbstractItemModel::CheckIndexOption::IndexIsValid | QAbstractItemModel::CheckIndexOption::ParentIsInvalid);
    }
} // namespace

QColor compare::removedColor()
{
    return QColor(128, 128, 128);
}

// ---- processes ----

void ProcessDiffModel::setDiff(const SystemDiff& diff)
{
    std::vector<Row> incoming;
    incoming.reserve(diff.added.size() + diff.removed.size() + diff.changed.size());
    for (const ProcessMoment& p : diff.added)
        incoming.push_back({ Kind::Appeared, p.pid, p.name, saturatingDelta(p.rssKb, 0), saturatingDelta(p.pssKb, 0),
            saturatingDelta(p.ussKb, 0), saturatingDelta(p.swapKb, 0) });
    for (const ProcessMoment& p : diff.removed)
        incoming.push_back({ Kind::Exited, p.pid, p.name, saturatingDelta(0, p.rssKb), saturatingDelta(0, p.pssKb),
            saturatingDelta(0, p.ussKb), saturatingDelta(0, p.swapKb) });
    for (const ProcessChange& c : diff.changed)
        incoming.push_back({ Kind::Changed, c.pid, c.name, c.rssDeltaKb, c.pssDeltaKb, c.ussDeltaKb, c.swapDeltaKb });
    mergeSortedRows(
        m_rows, std::move(incoming), [](const Row& r) { return std::make_tuple(r.pid, int(r.kind)); },
        [](const Row& x, const Row& y) { return x == y; });
}

int ProcessDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProcessDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcessDiffModel::data(const QModelIndex& index, int role) const
{
    if (!validIndex(*this, index))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::BackgroundRole)
        return changeBackground(r.kind == Kind::Appeared ? ChangeKind::Appeared
                : r.kind == Kind::Exited                 ? ChangeKind::None
                : r.pss >= 0                             ? ChangeKind::Grown
                                                         : ChangeKind::Shrunk);
    switch (index.column()) {
    case Change:
        if (role == Qt::DisplayRole || role == compare::kSortRole)
            return r.kind == Kind::Appeared ? tr("appeared") : r.kind == Kind::Exited ? tr("exited") : tr("changed");
        return {};
    case Pid:
        if (role == Qt::DisplayRole || role == compare::kSortRole)
            return r.pid;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Name:
        if (role == Qt::DisplayRole || role == compare::kSortRole)
            return displayText(r.name);
        return {};
    case Rss:
        return deltaData(r.rss, role);
    case Pss:
        return deltaData(r.pss, role);
    case Uss:
        return deltaData(r.uss, role);
    case Swap:
        return deltaData(r.swap, role);
    default:
        return {};
    }
}

QVariant ProcessDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Change:
        return tr("Change");
    case Pid:
        return tr("PID");
    case Name:
        return tr("Name");
    case Rss:
        return tr("RSS Δ");
    case Pss:
        return tr("PSS Δ");
    case Uss:
        return tr("USS Δ");
    case Swap:
        return tr("Swap Δ");
    default:
        return {};
    }
}

// ---- meminfo ----

void MemInfoDiffModel::setDiff(const SystemDiff& diff)
{
    std::vector<MemInfoChange> incoming;
    for (const MemInfoChange& m : diff.memInfo) {
        const auto delta = m.delta();
        if (!delta || *delta != 0)
            incoming.push_back(m);
    }
    mergeSortedRows(
        m_rows, std::move(incoming), [](const MemInfoChange& m) { return m.key; },
        [](const MemInfoChange& x, const MemInfoChange& y) {
            return x.before == y.before && x.after == y.after && x.hasUnit == y.hasUnit;
        });
}

int MemInfoDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MemInfoDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemInfoDiffModel::data(const QModelIndex& index, int role) const
{
    if (!validIndex(*this, index))
        return {};
    const MemInfoChange& m = m_rows[static_cast<std::size_t>(index.row())];
    const auto valueText = [&](const std::optional<std::uint64_t>& v) -> QVariant {
        if (role == compare::kSortRole)
            return QVariant::fromValue<qulonglong>(v.value_or(0));
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        if (!v)
            return tr("—", "meminfo key missing on this side");
        return m.hasUnit ? sizeText(*v) : QLocale().toString(qulonglong(*v));
    };
    switch (index.column()) {
    case Key:
        return role == Qt::DisplayRole || role == compare::kSortRole ? displayText(m.key) : QVariant();
    case Before:
        return valueText(m.before);
    case After:
        return valueText(m.after);
    case Delta: {
        const auto delta = m.delta();
        if (!delta)
            return role == Qt::DisplayRole ? tr("—", "no delta: one side lacks the key") : QVariant();
        if (!m.hasUnit && role == Qt::DisplayRole)
            return QString((*delta > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(qlonglong(*delta)));
        return deltaData(*delta, role);
    }
    default:
        return {};
    }
}

QVariant MemInfoDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("meminfo");
    case Before:
        return tr("A");
    case After:
        return tr("B");
    case Delta:
        return tr("Δ");
    default:
        return {};
    }
}

// ---- regions ----

void RegionDiffModel::setDiff(const MemoryMap* a, const MemoryMap* b, const RegionDiff& diff)
{
    std::vector<Row> incoming;
    const auto add = [&](const Vma& vma, ChangeKind kind, const RegionChange& c) {
        std::string name = vma.path;
        if (vma.deleted)
            name += " (deleted)";
        incoming.push_back({ kind, vma.start, vma.end, vma.perms.toString(), std::move(name), c.sizeDeltaKb,
            c.rssDeltaKb, c.pssDeltaKb, c.swapDeltaKb });
    };
    if (a && b) {
        for (const std::uint32_t i : diff.added)
            add(b->vmas[i], ChangeKind::Appeared, regionAddedOrRemoved(b->vmas[i], i, true));
        for (const std::uint32_t i : diff.removed)
            add(a->vmas[i], ChangeKind::None, regionAddedOrRemoved(a->vmas[i], i, false));
        for (const RegionChange& c : diff.changed)
            add(b->vmas[c.after], regionChangeKind(c), c);
    }
    mergeSortedRows(
        m_rows, std::move(incoming), [](const Row& r) { return std::make_tuple(r.start, int(r.kind)); },
        [](const Row& x, const Row& y) { return x == y; });
}

QString RegionDiffModel::kindText(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Appeared:
        return tr("added");
    case ChangeKind::Grown:
        return tr("grown");
    case ChangeKind::Shrunk:
        return tr("shrunk");
    case ChangeKind::None:
        return tr("removed");
    default:
        return {};
    }
}

int RegionDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RegionDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionDiffModel::data(const QModelIndex& index, int role) const
{
    if (!validIndex(*this, index))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::BackgroundRole)
        return changeBackground(r.kind);
    const bool text = role == Qt::DisplayRole || role == compare::kSortRole;
    switch (index.column()) {
    case Change:
        return text ? kindText(r.kind) : QVariant();
    case Start:
        if (role == compare::kSortRole)
            return QVariant::fromValue<qulonglong>(r.start);
        return role == Qt::DisplayRole ? addressText(r.start) : QVariant();
    case End:
        if (role == compare::kSortRole)
            return QVariant::fromValue<qulonglong>(r.end);
        return role == Qt::DisplayRole ? addressText(r.end) : QVariant();
    case Perms:
        return text ? QString::fromStdString(r.perms) : QVariant();
    case Name:
        return text ? (r.name.empty() ? tr("[anon]") : displayText(r.name)) : QVariant();
    case Size:
        return deltaData(r.size, role);
    case Rss:
        return deltaData(r.rss, role);
    case Pss:
        return deltaData(r.pss, role);
    case Swap:
        return deltaData(r.swap, role);
    default:
        return {};
    }
}

QVariant RegionDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Change:
        return tr("Change");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Perms:
        return tr("Perms");
    case Name:
        return tr("Mapping");
    case Size:
        return tr("Size Δ");
    case Rss:
        return tr("RSS Δ");
    case Pss:
        return tr("PSS Δ");
    case Swap:
        return tr("Swap Δ");
    default:
        return {};
    }
}

} // namespace vmscope
