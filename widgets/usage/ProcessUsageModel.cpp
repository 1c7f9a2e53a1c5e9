#include "widgets/usage/ProcessUsageModel.h"

#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"

#include <algorithm>
#include <array>

namespace vmscope {
namespace {
    bool sameFigures(const ProcessSummary& a, const ProcessSummary& b)
    {
        return a.name == b.name && a.user == b.user && a.commandLine == b.commandLine
            && a.totals.rss() == b.totals.rss() && a.totals.pss() == b.totals.pss() && a.totals.uss() == b.totals.uss()
            && a.totals.swap() == b.totals.swap();
    }

    std::uint64_t processFigure(const ProcessSummary& p, UsageTableModel::Measure measure)
    {
        switch (measure) {
        case UsageTableModel::Measure::Uss:
            return p.totals.uss();
        case UsageTableModel::Measure::Pss:
        case UsageTableModel::Measure::AveragePss:
            return p.totals.pss();
        case UsageTableModel::Measure::Rss:
            return p.totals.rss();
        case UsageTableModel::Measure::Swap:
            return p.totals.swap();
        }
        return 0;
    }

    QString commandText(const ProcessSummary& p)
    {
        return p.commandLine.empty() ? displayText(p.name) : displayText(p.commandLine);
    }
} // namespace

ProcessUsageModel::ProcessUsageModel(QObject* parent)
    : UsageTableModel(parent)
{
}

std::span<const std::optional<UsageTableModel::Measure>> ProcessUsageModel::measureColumns() const
{
    static constexpr std::array<std::optional<Measure>, ColumnCount> kMeasures { std::nullopt, std::nullopt,
        std::nullopt, Measure::Swap, Measure::Uss, Measure::Pss, Measure::Rss };
    return kMeasures;
}

int ProcessUsageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcessUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // What's This (Shift+F1) on a column: its tooltip with the glossary term its title names.
    if (orientation == Qt::Horizontal && role == Qt::WhatsThisRole)
        return columnWhatsThis(this, section);
    if (orientation != Qt::Horizontal)
        return {};
    if (const auto measure = measureOf(section))
        return sizeHeaderData(*measure, role);
    switch (section) {
    case Pid:
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return role == Qt::DisplayRole ? tr("PID") : QVariant();
    case User:
        if (role == Qt::ToolTipRole)
            return tr("The process's real user.");
        return role == Qt::DisplayRole ? tr("User") : QVariant();
    case Command:
        if (role == Qt::ToolTipRole)
            return tr("The command line (the process name when it has none).");
        return role == Qt::DisplayRole ? tr("Command") : QVariant();
    }
    return {};
}

QVariant ProcessUsageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProcessSummary& p = m_rows[static_cast<std::size_t>(index.row())];
    if (role == KeyRole)
        return p.pid;
    if (const auto measure = measureOf(index.column()))
        return sizeData(processFigure(p, *measure), role);
    switch (index.column()) {
    case Pid:
        if (role == Qt::DisplayRole || role == SortRole)
            return p.pid;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case User:
        if (role == Qt::DisplayRole || role == SortRole)
            return QString::fromStdString(p.user);
        return {};
    case Command:
        if (role == Qt::DisplayRole || role == SortRole)
            return commandText(p);
        if (role == Qt::ToolTipRole)
            return tr("%1 (PID %2)\n%3\nDouble-click to open its address space.")
                .arg(displayText(p.name), QString::number(p.pid), commandText(p));
        return {};
    }
    return {};
}

void ProcessUsageModel::merge(const std::vector<ProcessSummary>& processes)
{
    mergeSortedRows(
        m_rows, processes, [](const ProcessSummary& p) { return p.pid; }, sameFigures);
}

int ProcessUsageModel::rowOfPid(int pid) const
{
    auto it = std::lower_bound(
        m_rows.begin(), m_rows.end(), pid, [](const ProcessSummary& p, int value) { return p.pid < value; });
    return it == m_rows.end() || it->pid != pid ? -1 : static_cast<int>(it - m_rows.begin());
}

const ProcessSummary* ProcessUsageModel::processAt(int row) const
{
    return row < 0 || row >= static_cast<int>(m_rows.size()) ? nullptr : &m_rows[static_cast<std::size_t>(row)];
}

} // namespace vmscope
