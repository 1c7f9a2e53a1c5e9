#pragma once

#include "widgets/common/RowMerge.h"

#include <QAbstractTableModel>

#include <algorithm>
#include <iterator>
#include <vector>

namespace vmscope {

// A table whose rows have a key (a pid, a user, a mapping path) and whose live refreshes
// merge by that key (mergeKeyedRows): rows that went are removed and new ones inserted as
// contiguous ranges, changed ones announced with contiguous dataChanged, so selection, sort and
// scroll survive.
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
    struct Ops {
        KeyedTableModel& model;
        std::vector<Row>& rows;
        std::vector<Row>& incoming;
        KeyOf& keyOf;
        Same& same;
        int rowCount() const { return static_cast<int>(rows.size()); }
        auto rowKey(int row) const { return keyOf(rows[static_cast<std::size_t>(row)]); }
        auto incomingKey(std::size_t in) const { return keyOf(incoming[in]); }
        void remove(int first, int last)
        {
            model.beginRemoveRows({}, first, last);
            rows.erase(rows.begin() + first, rows.begin() + last + 1);
            model.endRemoveRows();
        }
        void insert(int row, std::size_t inFirst, std::size_t inLast)
        {
            model.beginInsertRows({}, row, row + static_cast<int>(inLast - inFirst));
            rows.insert(rows.begin() + row, std::make_move_iterator(incoming.begin() + static_cast<long>(inFirst)),
                std::make_move_iterator(incoming.begin() + static_cast<long>(inLast) + 1));
            model.endInsertRows();
        }
        bool update(int row, std::size_t in)
        {
            Row& current = rows[static_cast<std::size_t>(row)];
            if (same(current, incoming[in]))
                return false;
            current = std::move(incoming[in]);
            return true;
        }
    };
    const std::vector<RowRun> changed = mergeKeyedRows(incoming.size(), Ops { *this, rows, incoming, keyOf, same });
    const int lastColumn = columnCount() - 1;
    for (const RowRun& run : changed)
        emit dataChanged(index(run.first, 0), index(run.last, lastColumn));
}

} // namespace vmscope
