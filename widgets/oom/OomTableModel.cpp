#include "widgets/oom/OomTableModel.h"

#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace vmscope {

OomTableModel::OomTableModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

bool OomTableModel::sameRow(const Row& a, const Row& b)
{
    const OomCandidate& x = a.candidate;
    const OomCandidate& y = b.candidate;
    const OomBadness& p = x.badness;
    const OomBadness& q = y.badness;
    return a.firstVictim == b.firstVictim && x.name == y.name && x.user == y.user && x.rssKiB == y.rssKiB
        && x.swapKiB == y.swapKiB && x.pageTablesKiB == y.pageTablesKiB && x.oomScoreAdj == y.oomScoreAdj
        && x.oomScore == y.oomScore && x.expectedScore == y.expectedScore && p.rssPages == q.rssPages
        && p.swapPages == q.swapPages && p.pageTablePages == q.pageTablePages && p.adjPoints == q.adjPoints
        && p.points == q.points && p.exempt == q.exempt;
}

int OomTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OomTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OomTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // What's This (Shift+F1) on a column: its tooltip with the glossary term its title names.
    if (orientation == Qt::Horizontal && role == Qt::WhatsThisRole)
        return columnWhatsThis(this, section);
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
        case OomScore:
            return tr("OOM score");
        case OomScoreAdj:
            return tr("adj");
        case Rss:
            return tr("RSS");
        case Swap:
            return tr("Swap");
        case PageTables:
            return tr("Page tables");
        case Points:
            return tr("Points");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case User:
            return tr("The process's real user.");
        case Name:
            return tr("The process name (comm).");
        case OomScore:
            return tr("/proc/PID/oom_score as the kernel printed it: the highest is killed first.");
        case OomScoreAdj:
            return tr("oom_score_adj: -1000 never kills this process, +1000 makes it the first choice.");
        case Rss:
            return tr("Resident set (VmRSS): counted in pages by the OOM killer.");
        case Swap:
            return tr("Swap entries (VmSwap): counted like resident pages.");
        case PageTables:
            return tr("Page tables (VmPTE): kernel memory spent on this process, counted too.");
        case Points:
            return tr("The badness in pages: RSS + swap + page tables + oom_score_adj × total pages / 1000.");
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && section != User && section != Name)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OomTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const OomCandidate& c = row.candidate;
    switch (role) {
    case PidRole:
        return c.pid;
    case FirstVictimRole:
        return row.firstVictim;
    case ExemptRole:
        return c.badness.exempt;
    case Qt::FontRole:
        if (row.firstVictim) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (c.badness.exempt)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (row.firstVictim)
            return tr("Would be killed first if memory ran out now.");
        if (c.badness.exempt)
            return tr("Never chosen (oom_score_adj -1000 / init).");
        return {};
    case Qt::DecorationRole:
        if (row.firstVictim && index.column() == Name)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != User && index.column() != Name)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    auto size = [&](std::uint64_t kib) -> QVariant {
        return display ? QVariant(sizeText(kib)) : QVariant(static_cast<qulonglong>(kib));
    };
    switch (index.column()) {
    case Pid:
        return c.pid;
    case User:
        return QString::fromStdString(c.user);
    case Name:
        if (display && c.badness.exempt)
            return tr("%1 — never chosen").arg(displayText(c.name));
        return displayText(c.name);
    case OomScore: {
        // The kernel's figure; where it could not be read, the formula's, marked.
        if (c.oomScore)
            return display ? QVariant(QLocale().toString(qlonglong(*c.oomScore))) : QVariant(qlonglong(*c.oomScore));
        if (c.expectedScore)
            return display ? QVariant(tr("≈%1").arg(QLocale().toString(qlonglong(*c.expectedScore))))
                           : QVariant(qlonglong(*c.expectedScore));
        return display ? QVariant() : QVariant(qlonglong(-1));
    }
    case OomScoreAdj:
        return c.oomScoreAdj;
    case Rss:
        return size(c.rssKiB);
    case Swap:
        return size(c.swapKiB);
    case PageTables:
        return size(c.pageTablesKiB);
    case Points:
        return display ? QVariant(QLocale().toString(qlonglong(c.badness.points)))
                       : QVariant(qlonglong(c.badness.points));
    }
    return {};
}

void OomTableModel::merge(const OomRanking& ranking)
{
    const std::optional<std::size_t> victim = ranking.firstVictim();
    std::vector<Row> incoming;
    incoming.reserve(ranking.candidates.size());
    for (std::size_t i = 0; i < ranking.candidates.size(); ++i)
        incoming.push_back(Row { ranking.candidates[i], victim && *victim == i });
    mergeSortedRows(
        m_rows, std::move(incoming), [](const Row& row) { return row.candidate.pid; }, &sameRow);
}

const OomCandidate* OomTableModel::candidateAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)].candidate;
}

int OomTableModel::rowOfPid(int pid) const
{
    const auto it = std::lower_bound(
        m_rows.begin(), m_rows.end(), pid, [](const Row& row, int key) { return row.candidate.pid < key; });
    return it != m_rows.end() && it->candidate.pid == pid ? static_cast<int>(it - m_rows.begin()) : -1;
}

} // namespace vmscope
