#pragma once

#include <cstddef>
#include <vector>

namespace vmscope {

// Rows [first, last] of one parent.
struct RowRun {
    int first = 0;
    int last = 0;
    bool operator==(const RowRun&) const = default;
};

// The merge of a model's keyed rows with a refresh, written once for every keyed model (the
// process list, the System memory tables, the region table's VMAs, groups and their children).
// Both lists ascend by key. Rows whose key is gone are removed, new keys inserted, each as
// contiguous runs, and rows that stay are updated in place, so selection, sort and scroll
// survive. Signals are the caller's: `ops` does the model's part,
//   int  ops.rowCount()                      rows of the model's list as it is now
//   Key  ops.rowKey(int row)                 key of a row of that list
//   Key  ops.incomingKey(std::size_t in)     key of an incoming row
//   void ops.remove(int first, int last)     beginRemoveRows, erase, endRemoveRows
//   void ops.insert(int row, std::size_t inFirst, std::size_t inLast)
//                                            beginInsertRows, insert incoming [inFirst, inLast], endInsertRows
//   bool ops.update(int row, std::size_t in) take the incoming row; true when what it shows changed
// The changed rows come back as contiguous runs in their final positions: removals and
// insertions only happen below a row once it is passed, so announce them (dataChanged) after
// the walk, when the structure is final.
template <class Ops> std::vector<RowRun> mergeKeyedRows(std::size_t incomingCount, Ops&& ops)
{
    std::vector<RowRun> changed;
    auto markChanged = [&](int row) {
        if (!changed.empty() && changed.back().last + 1 == row)
            changed.back().last = row;
        else
            changed.push_back(RowRun { row, row });
    };
    std::size_t in = 0;
    int row = 0;
    while (row < ops.rowCount() || in < incomingCount) {
        const bool haveRow = row < ops.rowCount();
        const bool haveIn = in < incomingCount;
        if (haveRow && (!haveIn || ops.rowKey(row) < ops.incomingKey(in))) {
            int last = row;
            while (last + 1 < ops.rowCount() && (!haveIn || ops.rowKey(last + 1) < ops.incomingKey(in)))
                ++last;
            ops.remove(row, last);
            continue;
        }
        if (haveIn && (!haveRow || ops.incomingKey(in) < ops.rowKey(row))) {
            std::size_t lastIn = in;
            while (lastIn + 1 < incomingCount && (!haveRow || ops.incomingKey(lastIn + 1) < ops.rowKey(row)))
                ++lastIn;
            ops.insert(row, in, lastIn);
            row += static_cast<int>(lastIn - in + 1);
            in = lastIn + 1;
            continue;
        }
        if (ops.update(row, in))
            markChanged(row);
        ++row;
        ++in;
    }
    return changed;
}

// Runs at most `maxGap` unchanged rows apart become one: fewer dataChanged signals.
inline std::vector<RowRun> joinRuns(const std::vector<RowRun>& runs, int maxGap)
{
    std::vector<RowRun> joined;
    for (const RowRun& run : runs) {
        if (!joined.empty() && run.first - joined.back().last - 1 <= maxGap)
            joined.back().last = run.last;
        else
            joined.push_back(run);
    }
    return joined;
}

} // namespace vmscope
