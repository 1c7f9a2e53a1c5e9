#include "widgets/oom/OomCandidatesModel.h"

#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace vmscope {

namespace {
    // The kernel's own column names, explained. Unknown ones (a future kernel) get none.
    QString columnToolTip(const std::string& column)
    {
        if (column == "pid")
            return OomCandidatesModel::tr("Process ID (of the thread group leader on 4.x+)");
        if (column == "uid")
            return OomCandidatesModel::tr("User ID the process runs as");
        if (column == "tgid")
            return OomCandidatesModel::tr("Thread group ID: the process the thread belongs to");
        if (column == "total_vm")
            return OomCandidatesModel::tr("Virtual size in pages (VmSize): reserved, not necessarily used");
        if (column == "rss")
            return OomCandidatesModel::tr("Resident pages (anon + file + shmem): the main part of the badness");
        if (column == "rss_anon" || column == "rss_file" || column == "rss_shmem")
            return OomCandidatesModel::tr("Resident pages of this kind (6.x splits rss so)");
        if (column == "nr_ptes" || column == "nr_pmds")
            return OomCandidatesModel::tr("Page-table pages (older kernels): counted into the badness");
        if (column == "pgtables_bytes")
            return OomCandidatesModel::tr("Page tables in bytes (4.15+): counted into the badness as pages");
        if (column == "swapents")
            return OomCandidatesModel::tr("Pages of the process in swap: counted into the badness");
        if (column == "oom_score_adj")
            return OomCandidatesModel::tr("-1000 never kill … +1000 prefer; adds adj × total pages / 1000 points");
        if (column == "name")
            return OomCandidatesModel::tr("The command (comm, 15 characters)");
        return {};
    }
} // namespace

OomCandidatesModel::OomCandidatesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OomCandidatesModel::setReport(std::shared_ptr<const OomReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    m_order = m_report ? m_report->tasks.orderByRss() : std::vector<std::size_t>();
    m_victimRow = -1;
    if (m_report)
        if (const auto victim = m_report->victimRow())
            for (std::size_t i = 0; i < m_order.size(); ++i)
                if (m_order[i] == *victim)
                    m_victimRow = int(i);
    endResetModel();
}

int OomCandidatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_order.size());
}

int OomCandidatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->tasks.columns.size());
}

QVariant OomCandidatesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_report)
        return {};
    const OomTaskTable& table = m_report->tasks;
    const OomTask& task = table.rows[m_order[std::size_t(index.row())]];
    const auto column = std::size_t(index.column());
    const bool isName = table.columns[column] == "name" || column + 1 == table.columns.size();
    const bool victim = index.row() == m_victimRow;
    // A plain pair rather than an optional copy: GCC 12 at -O2 takes the latter for uninitialised.
    const bool hasValue = column < task.values.size() && task.values[column].has_value();
    const std::int64_t value = hasValue ? *task.values[column] : 0;
    switch (role) {
    case Qt::DisplayRole:
        if (isName)
            return displayText(task.name);
        if (!hasValue)
            return QString();
        return table.columns[column] == "pid" || table.columns[column] == "tgid" || table.columns[column] == "uid"
            ? QString::number(value)
            : QLocale().toString(qlonglong(value));
    case kSortRole:
        if (isName)
            return displayText(task.name);
        return hasValue ? QVariant(qlonglong(value)) : QVariant();
    case kVictimRole:
        return victim;
    case Qt::TextAlignmentRole:
        return isName ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (victim) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        return victim ? QVariant(QBrush(QColor(0xd3, 0x2f, 0x2f, 70))) : QVariant();
    case Qt::ToolTipRole:
        return victim ? tr("The victim: the OOM killer chose this process (highest badness)") : QVariant();
    default:
        return {};
    }
}

QVariant OomCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // What's This (Shift+F1) on a column: its tooltip with the glossary term its title names.
    if (orientation == Qt::Horizontal && role == Qt::WhatsThisRole)
        return columnWhatsThis(this, section);
    if (orientation != Qt::Horizontal || !m_report || section < 0 || section >= int(m_report->tasks.columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    const std::string& column = m_report->tasks.columns[std::size_t(section)];
    if (role == Qt::DisplayRole)
        return QString::fromStdString(column);
    if (role == Qt::ToolTipRole) {
        const QString tip = columnToolTip(column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

} // namespace vmscope
