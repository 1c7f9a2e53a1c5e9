#pragma once

#include "core/read/OomRanking.h"
#include "widgets/common/KeyedTableModel.h"

#include <vector>

namespace vmscope {

// The OOM ranking as a table, one row per candidate keyed by pid. Live refreshes merge (insert,
// remove, contiguous dataChanged), never reset after the first load, so selection and sort
// survive. Sort by SortRole (raw numbers); the kernel's order is OomScore descending.
// The task a global OOM kill would choose is bold with a warning icon; exempt ones are grey.
class OomTableModel : public KeyedTableModel {
    Q_OBJECT
public:
    // Points right after the score: with the parts after it, it is visible in a narrow pane.
    enum Column { Pid, User, Name, OomScore, OomScoreAdj, Points, Rss, Swap, PageTables, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int PidRole = Qt::UserRole + 2;
    static constexpr int FirstVictimRole = Qt::UserRole + 3;
    static constexpr int ExemptRole = Qt::UserRole + 4;

    explicit OomTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void merge(const OomRanking& ranking);

    const OomCandidate* candidateAt(int row) const;
    int rowOfPid(int pid) const;

private:
    struct Row {
        OomCandidate candidate;
        bool firstVictim = false;
    };
    static bool sameRow(const Row& a, const Row& b);

    std::vector<Row> m_rows; // ascending by pid
};

} // namespace vmscope
