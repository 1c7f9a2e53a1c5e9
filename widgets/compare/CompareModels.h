#pragma once

#include "core/analysis/SnapshotDiff.h"
#include "core/analysis/SystemDiff.h"
#include "widgets/common/KeyedTableModel.h"

#include <QColor>

#include <cstdint>
#include <string>
#include <vector>

namespace vmscope {

// The tables of the compare view: what core's diffSystems and diffRegions found (the figures
// `vmscope-cli diff` prints), as rows. Each merges a new comparison by key (never a reset). The
// delta columns sort by the size of the change (kSortRole: |delta|), so a view sorted descending
// on PSS shows the largest change first, growing or shrinking.
namespace compare {
    constexpr int kSortRole = Qt::UserRole + 1;
    constexpr int kDeltaRole = Qt::UserRole + 2; // the signed delta in kB (tests)
    // A removed region or an exited process (the others take ChangeHighlighter's colours).
    QColor removedColor();
} // namespace compare

// Processes appeared, exited, changed between A and B.
class ProcessDiffModel : public KeyedTableModel {
    Q_OBJECT
public:
    enum Column { Change, Pid, Name, Rss, Pss, Uss, Swap, ColumnCount };
    enum class Kind { Appeared, Exited, Changed };
    struct Row {
        Kind kind = Kind::Changed;
        int pid = 0;
        std::string name;
        std::int64_t rss = 0, pss = 0, uss = 0, swap = 0; // kB, after - before
        bool operator==(const Row&) const = default;
    };
    using KeyedTableModel::KeyedTableModel;

    void setDiff(const SystemDiff& diff);
    const std::vector<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows; // ascending by (pid, kind)
};

// The meminfo keys whose value moved (or that only one side prints).
class MemInfoDiffModel : public KeyedTableModel {
    Q_OBJECT
public:
    enum Column { Key, Before, After, Delta, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    void setDiff(const SystemDiff& diff);
    const std::vector<MemInfoChange>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<MemInfoChange> m_rows; // ascending by key
};

// One process's regions added, removed, grown and shrunk, each row in its change's colour (the
// colours of the map's marks).
class RegionDiffModel : public KeyedTableModel {
    Q_OBJECT
public:
    enum Column { Change, Start, End, Size, Rss, Pss, Swap, Perms, Name, ColumnCount };
    struct Row {
        ChangeKind kind = ChangeKind::None; // Appeared (added), Grown, Shrunk; None: removed
        std::uint64_t start = 0, end = 0;
        std::string perms, name;
        std::int64_t size = 0, rss = 0, pss = 0, swap = 0; // kB, after - before
        bool operator==(const Row&) const = default;
    };
    using KeyedTableModel::KeyedTableModel;

    // Empty maps clear it.
    void setDiff(const MemoryMap* a, const MemoryMap* b, const RegionDiff& diff);
    const std::vector<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(ChangeKind kind);

private:
    std::vector<Row> m_rows; // ascending by (start, kind)
};

} // namespace vmscope
