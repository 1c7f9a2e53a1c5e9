#include "widgets/usage/UsageTableModel.h"

#include "core/model/Saturating.h"

#include "widgets/common/GuiFormat.h"

#include <QLocale>

namespace vmscope {

UsageTableModel::UsageTableModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int UsageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rowSize());
}

void UsageTableModel::setPercentOf(std::uint64_t totalKiB, bool showPercent)
{
    const bool before = showsPercent();
    const std::uint64_t baseBefore = m_percentBase;
    m_percentBase = totalKiB;
    m_showPercent = showPercent;
    if (rowSize() > 0 && (before != showsPercent() || (showsPercent() && baseBefore != m_percentBase)))
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (before != showsPercent())
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

std::optional<UsageTableModel::Measure> UsageTableModel::measureOf(int column) const
{
    const auto columns = measureColumns();
    return column >= 0 && static_cast<std::size_t>(column) < columns.size() ? columns[static_cast<std::size_t>(column)]
                                                                            : std::nullopt;
}

QString UsageTableModel::measureToolTip(Measure measure)
{
    switch (measure) {
    case Measure::Uss:
        return tr("USS, unique set size (Private_Clean + Private_Dirty): memory only this process uses, "
                  "freed if it exited.");
    case Measure::Pss:
        return tr("PSS, proportional set size: each resident page divided by the number of processes mapping it. "
                  "The PSS of all processes adds up to the memory they really use.");
    case Measure::Rss:
        return tr("RSS, resident set size: pages in RAM, shared ones counted in full for every process that maps "
                  "them, so RSS summed over processes overstates.");
    case Measure::Swap:
        return tr("Swap: anonymous pages that were moved out of RAM to swap space.");
    case Measure::AveragePss:
        return tr("Average PSS: the mapping's PSS divided by the number of processes that map it, what one of them "
                  "pays for it.");
    }
    return {};
}

QVariant UsageTableModel::sizeHeaderData(Measure measure, int role) const
{
    if (role == Qt::ToolTipRole) {
        QString tip = measureToolTip(measure);
        if (showsPercent())
            tip += QLatin1Char('\n') + tr("Shown as a percentage of %1.").arg(sizeText(m_percentBase));
        return tip;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    QString title;
    switch (measure) {
    case Measure::Uss:
        title = tr("USS");
        break;
    case Measure::Pss:
        title = tr("PSS");
        break;
    case Measure::Rss:
        title = tr("RSS");
        break;
    case Measure::Swap:
        title = tr("Swap");
        break;
    case Measure::AveragePss:
        title = tr("Average PSS");
        break;
    }
    return showsPercent() ? tr("%1 %").arg(title) : title;
}

QVariant UsageTableModel::sizeData(std::uint64_t kib, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (showsPercent())
            return shareText(kib, m_percentBase, 2); // "overflow" when either figure is saturated
        return sizeText(kib);
    case SortRole:
        return static_cast<qulonglong>(kib);
    case Qt::ToolTipRole: {
        if (kib == kSaturated)
            return overflowText(); // no "18446744073709551615 kB" beside it: that number is no size
        const QString exact = tr("%1 (%2 kB)").arg(sizeText(kib), QLocale().toString(static_cast<qulonglong>(kib)));
        if (shareOf(kib, m_percentBase).state != Share::State::Ok)
            return exact;
        return tr("%1, %2 % of %3").arg(exact, shareText(kib, m_percentBase, 2), sizeText(m_percentBase));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace vmscope
