#include "widgets/usage/UserUsageModel.h"

#include "widgets/common/Explanations.h"

#include <algorithm>
#include <array>

namespace vmscope {

UserUsageModel::UserUsageModel(QObject* parent)
    : UsageTableModel(parent)
{
}

std::span<const std::optional<UsageTableModel::Measure>> UserUsageModel::measureColumns() const
{
    static constexpr std::array<std::optional<Measure>, ColumnCount> kMeasures { std::nullopt, std::nullopt,
        Measure::Swap, Measure::Uss, Measure::Pss, Measure::Rss };
    return kMeasures;
}

int UserUsageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // What's This (Shift+F1) on a column: its tooltip with the glossary term its title names.
    if (orientation == Qt::Horizontal && role == Qt::WhatsThisRole)
        return columnWhatsThis(this, section);
    if (orientation != Qt::Horizontal)
        return {};
    if (const auto measure = measureOf(section))
        return sizeHeaderData(*measure, role);
    switch (section) {
    case User:
        if (role == Qt::ToolTipRole)
            return tr("The user the processes run as (their real uid).");
        return role == Qt::DisplayRole ? tr("User") : QVariant();
    case Count:
        if (role == Qt::ToolTipRole)
            return tr("Readable processes of this user (the ones that could not be read are named in the banner).");
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return role == Qt::DisplayRole ? tr("Processes") : QVariant();
    }
    return {};
}

QVariant UserUsageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserUsage& u = m_rows[static_cast<std::size_t>(index.row())];
    if (role == KeyRole)
        return QString::fromStdString(u.user);
    if (const auto measure = measureOf(index.column()))
        return sizeData(figureOf(u, *measure), role);
    switch (index.column()) {
    case User:
        if (role == Qt::DisplayRole || role == SortRole)
            return QString::fromStdString(u.user);
        if (role == Qt::ToolTipRole && u.uid)
            return tr("uid %1").arg(*u.uid);
        return {};
    case Count:
        if (role == Qt::DisplayRole || role == SortRole)
            return static_cast<qulonglong>(u.processCount);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

void UserUsageModel::merge(const std::vector<UserUsage>& users)
{
    mergeSortedRows(
        m_rows, users, [](const UserUsage& u) -> const std::string& { return u.user; },
        [](const UserUsage& a, const UserUsage& b) {
            return a.uid == b.uid && a.processCount == b.processCount && a.uss == b.uss && a.pss == b.pss
                && a.rss == b.rss && a.swap == b.swap;
        });
}

int UserUsageModel::rowOfUser(const QString& user) const
{
    const std::string key = user.toStdString();
    auto it = std::lower_bound(
        m_rows.begin(), m_rows.end(), key, [](const UserUsage& u, const std::string& k) { return u.user < k; });
    return it == m_rows.end() || it->user != key ? -1 : static_cast<int>(it - m_rows.begin());
}

} // namespace vmscope
