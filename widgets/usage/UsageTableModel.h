#pragma once

#include "widgets/common/KeyedTableModel.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <vector>

namespace vmscope {

// What the system-wide tables have in common: sizes shown in KiB/MiB/GiB or, on demand, as a
// percentage of a total (MemTotal), raw numbers for sorting, and refreshes that merge by key
// (insert, remove, contiguous dataChanged) so selection, sort and scroll position survive.
class UsageTableModel : public KeyedTableModel {
    Q_OBJECT
public:
    // Raw numbers (kB, counts) for sorting: Qt::DisplayRole holds formatted text.
    static constexpr int SortRole = Qt::UserRole + 1;
    // The row's key as the view needs it (a pid, a user name, a mapping path).
    static constexpr int KeyRole = Qt::UserRole + 2;

    enum class Measure { Uss, Pss, Rss, Swap, AveragePss };

    explicit UsageTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;

    // Shows sizes as a percentage of `totalKiB` instead of KiB/MiB/GiB (the exact size stays in
    // the tooltip). A total of 0 (meminfo unreadable) keeps sizes.
    void setPercentOf(std::uint64_t totalKiB, bool showPercent);
    bool showsPercent() const { return m_showPercent && m_percentBase > 0; }

    // A sentence for people saying what USS, PSS, RSS and Swap mean, for headers and tooltips.
    static QString measureToolTip(Measure measure);

protected:
    virtual std::size_t rowSize() const = 0;
    // The measure each column shows; nullopt for the columns that are not sizes.
    virtual std::span<const std::optional<Measure>> measureColumns() const { return {}; }
    std::optional<Measure> measureOf(int column) const;
    // A row's USS, PSS, RSS, swap (or average PSS), for rows that name them as the core does.
    template <class Row> static std::uint64_t figureOf(const Row& row, Measure measure);
    // Text, tooltip, sort value and alignment of a size cell.
    QVariant sizeData(std::uint64_t kib, int role) const;
    QVariant sizeHeaderData(Measure measure, int role) const;

private:
    std::uint64_t m_percentBase = 0;
    bool m_showPercent = false;
};

template <class Row> std::uint64_t UsageTableModel::figureOf(const Row& row, Measure measure)
{
    switch (measure) {
    case Measure::Uss:
        return row.uss;
    case Measure::Pss:
        return row.pss;
    case Measure::Rss:
        return row.rss;
    case Measure::Swap:
        return row.swap;
    case Measure::AveragePss:
        if constexpr (requires { row.averagePssKiB(true); })
            return row.averagePssKiB(true);
        break;
    }
    return 0;
}

} // namespace vmscope
