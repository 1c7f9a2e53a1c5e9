#pragma once

#include <QAbstractTableModel>

#include <algorithm>
#include <iterator>
#include <vector>

namespace vmscope {

// A table whose rows have a key (a pid, a user, a mapping path) and whose live refreshes
// merge by that key: rows that went are removed and new ones inserted as contiguous ranges,
// changed ones announced with contiguous dataChanged, so selection, sort and scroll survive.
class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Replaces `rows` (ascending by `keyOf`) with `incoming` (any order), with the fewest signals.
    template <class Row, class KeyOf, class Same>
    void mergeSortedRows(std::vector<Row>& rows, std::vector<Row> incoming, KeyOf keyOf, Same same);
};

template <class Row, class KeyOf, class Same>
void KeyedTableModel::mergeSortedRows(std::vector<Row>& rows, std::vector<Row> incoming, KeyOf keyOf, Same same)
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
