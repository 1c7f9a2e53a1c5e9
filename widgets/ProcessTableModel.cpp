#include "widgets/ProcessTableModel.h"

#include "widgets/GuiFormat.h"

#include <algorithm>

namespace vmscope {
namespace {
    bool sameFigures(const ProcessSummary& a, const ProcessSummary& b)
    {
        return a.name == b.name && a.user == b.user && a.commandLine == b.commandLine
            && a.totals.rss() == b.totals.rss() && a.totals.pss() == b.totals.pss() && a.totals.uss() == b.totals.uss()
            && a.totals.swap() == b.totals.swap() && a.vmaCount == b.vmaCount;
    }
} // namespace

ProcessTableModel::ProcessTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ProcessTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProcessTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Pid:
            return tr("PID");
        case User:
            return tr("User");
        case Name:
            return tr("Name");
        case Rss:
            return tr("RSS");
        case Pss:
            return tr("PSS");
        case Uss:
            return tr("USS");
        case Swap:
            return tr("Swap");
        case Vmas:
            return tr("VMAs");
        case Command:
            return tr("Command");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rss:
            return tr("Resident set: pages of this process in RAM, shared ones counted in full.");
        case Pss:
            return tr("Proportional set: each resident page divided by the number of processes mapping it. "
                      "PSS of all processes adds up to the memory they really use.");
        case Uss:
            return tr("Unique set (Private_Clean + Private_Dirty): what would be freed if the process exited.");
        case Swap:
            return tr("Anonymous pages of this process that are swapped out.");
        case Vmas:
            return tr("Number of virtual memory areas (lines of /proc/PID/maps).");
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && section != User && section != Name && section != Command)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProcessTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProcessSummary& p = m_rows[static_cast<std::size_t>(index.row())];
    if (role == PidRole)
        return p.pid;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool display = role == Qt::DisplayRole;
        auto size = [&](std::uint64_t kib) -> QVariant {
            return display ? QVariant(sizeText(kib)) : QVariant(static_cast<qulonglong>(kib));
        };
        switch (index.column()) {
        case Pid:
            return p.pid;
        case User:
            return QString::fromStdString(p.user);
        case Name:
            return displayText(p.name);
        case Rss:
            return size(p.totals.rss());
        case Pss:
            return size(p.totals.pss());
        case Uss:
            return size(p.totals.uss());
        case Swap:
            return size(p.totals.swap());
        case Vmas:
            return static_cast<qulonglong>(p.vmaCount.value_or(0));
        case Command:
            return displayText(p.commandLine);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != User && index.column() != Name && index.column() != Command)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Command)
        return displayText(p.commandLine);
    return {};
}

const ProcessSummary* ProcessTableModel::processAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int ProcessTableModel::rowOfPid(int pid) const
{
    auto it = std::lower_bound(
        m_rows.begin(), m_rows.end(), pid, [](const ProcessSummary& p, int value) { return p.pid < value; });
    if (it == m_rows.end() || it->pid != pid)
        return -1;
    return static_cast<int>(it - m_rows.begin());
}

void ProcessTableModel::merge(const ProcessListing& listing)
{
    std::vector<ProcessSummary> incoming = listing.processes;
    std::sort(incoming.begin(), incoming.end(),
        [](const ProcessSummary& a, const ProcessSummary& b) { return a.pid < b.pid; });
    m_unreadable = listing.unreadable;

    // Walk both pid-sorted lists: remove rows that vanished, insert new ones, update the
    // rest in place, announcing changes as contiguous row ranges.
    std::size_t in = 0;
    int row = 0;
    int changedFirst = -1;
    auto flushChanged = [&](int lastRow) {
        if (changedFirst >= 0)
            emit dataChanged(index(changedFirst, 0), index(lastRow, ColumnCount - 1));
        changedFirst = -1;
    };
    while (row < static_cast<int>(m_rows.size()) || in < incoming.size()) {
        const bool haveRow = row < static_cast<int>(m_rows.size());
        const bool haveIn = in < incoming.size();
        if (haveRow && (!haveIn || m_rows[static_cast<std::size_t>(row)].pid < incoming[in].pid)) {
            flushChanged(row - 1);
            int last = row;
            while (last + 1 < static_cast<int>(m_rows.size())
                && (!haveIn || m_rows[static_cast<std::size_t>(last + 1)].pid < incoming[in].pid))
                ++last;
            beginRemoveRows({}, row, last);
            m_rows.erase(m_rows.begin() + row, m_rows.begin() + last + 1);
            endRemoveRows();
            continue;
        }
        if (haveIn && (!haveRow || incoming[in].pid < m_rows[static_cast<std::size_t>(row)].pid)) {
            flushChanged(row - 1);
            std::size_t lastIn = in;
            while (lastIn + 1 < incoming.size()
                && (!haveRow || incoming[lastIn + 1].pid < m_rows[static_cast<std::size_t>(row)].pid))
                ++lastIn;
            const int count = static_cast<int>(lastIn - in + 1);
            beginInsertRows({}, row, row + count - 1);
            m_rows.insert(m_rows.begin() + row, std::make_move_iterator(incoming.begin() + static_cast<long>(in)),
                std::make_move_iterator(incoming.begin() + static_cast<long>(lastIn) + 1));
            endInsertRows();
            row += count;
            in = lastIn + 1;
            continue;
        }
        ProcessSummary& current = m_rows[static_cast<std::size_t>(row)];
        if (!sameFigures(current, incoming[in])) {
            current = std::move(incoming[in]);
            if (changedFirst < 0)
                changedFirst = row;
        } else {
            flushChanged(row - 1);
        }
        ++row;
        ++in;
    }
    flushChanged(static_cast<int>(m_rows.size()) - 1);
}

} // namespace vmscope
