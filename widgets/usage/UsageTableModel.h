#pragma once

#include <QAbstractTableModel>

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
class UsageTableModel : public QAbstractTableModel {
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

    // Replaces `rows` with `incoming`, both ascending by `keyOf`, with the fewest signals.
    template <class Row, class KeyOf, class Same>
    void mergeSortedRows(std::vector<Row>& rows, std::vector<Row> incoming, KeyOf keyOf, Same same);

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
        if constexpr (requires { row.averagePss(); })
            return static_cast<std::uint64_t>(row.averagePss() + 0.5);
        break;
    }
    return 0;
}

template <class Row, class KeyOf, class Same>
void UsageTableModel::mergeSortedRows(std::vector<Row>& rows, std::vector<Row> incoming, KeyOf keyOf, Same same)
{
    std::sort(incoming.begin(), incoming.end(), [&](const Row& a, const Row& b) { return keyOf(a) < keyOf(b); });
    const int lastColumn = columnCount() - 1;
    int changedFirst = -1;
    auto flushChanged = [&](int lastRow) {
        if (changedFirst >= 0 && lastRow >= changedFirst)
            emit dataChanged(index(changedFirst, 0), index(lastRow, lastColumn));
        changedFirst = -1;
    };
    auto keyAt = [&](int row) { return keyOf(rows[static_cast<std::size_t>(row)]); };
    std::size_t in = 0;
    int row = 0;
    while (row < static_cast<int>(rows.size()) || in < incoming.size()) {
        const bool haveRow = row < static_cast<int>(rows.size());
        const bool haveIn = in < incoming.size();
        if (haveRow && (!haveIn || keyAt(row) < keyOf(incoming[in]))) {
            // Rows whose key is gone: one removal for each contiguous run.
            flushChanged(row - 1);
            int last = row;
            while (last + 1 < static_cast<int>(rows.size()) && (!haveIn || keyAt(last + 1) < keyOf(incoming[in])))
                ++last;
            beginRemoveRows({}, row, last);
            rows.erase(rows.begin() + row, rows.begin() + last + 1);
            endRemoveRows();
            continue;
        }
        if (haveIn && (!haveRow || keyOf(incoming[in]) < keyAt(row))) {
            flushChanged(row - 1);
            std::size_t lastIn = in;
            while (lastIn + 1 < incoming.size() && (!haveRow || keyOf(incoming[lastIn + 1]) < keyAt(row)))
                ++lastIn;
            const int count = static_cast<int>(lastIn - in + 1);
            beginInsertRows({}, row, row + count - 1);
            rows.insert(rows.begin() + row, std::make_move_iterator(incoming.begin() + static_cast<long>(in)),
                std::make_move_iterator(incoming.begin() + static_cast<long>(lastIn) + 1));
            endInsertRows();
            row += count;
            in = lastIn + 1;
            continue;
        }
        Row& current = rows[static_cast<std::size_t>(row)];
        if (!same(current, incoming[in])) {
            current = std::move(incoming[in]);
            if (changedFirst < 0)
                changedFirst = row;
        } else {
            flushChanged(row - 1);
        }
        ++row;
        ++in;
    }
    flushChanged(static_cast<int>(rows.size()) - 1);
}

} // namespace vmscope
