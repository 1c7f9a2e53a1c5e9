#pragma once

#include "workload/WorkloadRunner.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <vector>

namespace vmscope {

// One row per workload run, side by side: how long it took, the page cache (Cached) before and
// after, and what it read from disk. Two runs of the same tar show the cold versus warm cache
// lesson: the second reads almost nothing from disk and finishes several times faster.
class RunComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Label,
        Elapsed,
        CachedBefore,
        CachedAfter,
        CachedGrowth,
        ReadFromDisk,
        MemoryPeak, // the peak of the run's memory cgroup, when it had a memory limit
        OomKills, // how many of its processes the OOM killer killed (its cgroup's oom_kill)
        Status,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Run {
        int id = 0;
        QString label;
        double elapsedSeconds = 0;
        std::optional<std::uint64_t> cachedBeforeKiB;
        std::optional<std::uint64_t> cachedAfterKiB;
        std::optional<std::uint64_t> readBytes; // from the block layer (not the page cache)
        bool running = true;
        std::optional<WorkloadResult> result;
    };

    explicit RunComparisonModel(QObject* parent = nullptr);

    // Appends a running row and returns its id.
    int addRun(const QString& label, std::optional<std::uint64_t> cachedBeforeKiB);
    // While it runs: the ticking elapsed time and the bytes read so far.
    void updateRun(int id, double elapsedSeconds, std::optional<std::uint64_t> readBytes);
    void finishRun(int id, const WorkloadResult& result);
    void setCachedAfter(int id, std::uint64_t cachedKiB);
    void clear();

    const Run* run(int id) const;
    int rowOfRun(int id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // How the run ended, for a person: "exit 0", "exit 3", "cancelled", "killed by signal 9",
    // "failed: command not found: foo", "running…", and an OOM kill in the run's memory cgroup
    // as WorkloadResult::describe words it ("killed by the OOM killer: memory cgroup limit 96 MiB reached").
    static QString statusText(const Run& run);

private:
    Run* findRun(int id);
    void rowChanged(int row, Column first, Column last);

    std::vector<Run> m_runs;
    int m_nextId = 1;
};

} // namespace vmscope
