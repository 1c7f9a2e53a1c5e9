#include "widgets/usage/MappingUsageModel.h"

#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"

#include <array>

#include <QLocale>

namespace vmscope {
namespace {
    // How many pids a tooltip lists before it says "and N more".
    constexpr std::size_t kPidsInToolTip = 40;
} // namespace

MappingUsageModel::MappingUsageModel(QObject* parent)
    : UsageTableModel(parent)
{
}

std::span<const std::optional<UsageTableModel::Measure>> MappingUsageModel::measureColumns() const
{
    static constexpr std::array<std::optional<Measure>, ColumnCount> kMeasures { std::nullopt, std::nullopt,
        Measure::AveragePss, Measure::Pss, Measure::Uss, Measure::Rss, Measure::Swap };
    return kMeasures;
}

int MappingUsageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingUsageModel::mappingText(const MappingUsage& mapping)
{
    const QString path = displayText(mapping.path);
    return mapping.deleted ? tr("%1 (deleted)").arg(path) : path;
}

QVariant MappingUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // What's This (Shift+F1) on a column: its tooltip with the glossary term its title names.
    if (orientation == Qt::Horizontal && role == Qt::WhatsThisRole)
        return columnWhatsThis(this, section);
    if (orientation != Qt::Horizontal)
        return {};
    if (const auto measure = measureOf(section))
        return sizeHeaderData(*measure, role);
    switch (section) {
    case Mapping:
        if (role == Qt::ToolTipRole)
            return tr("The mapped file, or a pseudo name: [heap], [stack], [anon] for unnamed anonymous memory.");
        return role == Qt::DisplayRole ? tr("Mapping") : QVariant();
    case Pids:
        if (role == Qt::ToolTipRole)
            return tr("How many processes map it (hover a row for their PIDs).");
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return role == Qt::DisplayRole ? tr("PIDs") : QVariant();
    }
    return {};
}

QVariant MappingUsageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingUsage& m = m_rows[static_cast<std::size_t>(index.row())];
    if (role == KeyRole)
        return mappingText(m);
    if (const auto measure = measureOf(index.column()))
        return sizeData(figureOf(m, *measure), role);
    switch (index.column()) {
    case Mapping:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return mappingText(m);
        return {};
    case Pids:
        if (role == Qt::DisplayRole || role == SortRole)
            return static_cast<qulonglong>(m.pids.size());
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole) {
            QStringList pids;
            for (std::size_t i = 0; i < m.pids.size() && i < kPidsInToolTip; ++i)
                pids << QString::number(m.pids[i]);
            QString text = tr("Mapped by PID %1").arg(pids.join(QStringLiteral(", ")));
            if (m.pids.size() > kPidsInToolTip)
                text += tr(" and %n more", nullptr, static_cast<int>(m.pids.size() - kPidsInToolTip));
            return text;
        }
        return {};
    }
    return {};
}

void MappingUsageModel::merge(const std::vector<MappingUsage>& mappings)
{
    mergeSortedRows(
        m_rows, mappings, [](const MappingUsage& m) { return std::pair(m.path, m.deleted); },
        [](const MappingUsage& a, const MappingUsage& b) {
            return a.pids == b.pids && a.pss == b.pss && a.rss == b.rss && a.uss == b.uss && a.swap == b.swap;
        });
}

const MappingUsage* MappingUsageModel::mappingAt(int row) const
{
    return row < 0 || row >= static_cast<int>(m_rows.size()) ? nullptr : &m_rows[static_cast<std::size_t>(row)];
}

} // namespace vmscope
