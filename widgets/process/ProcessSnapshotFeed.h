#pragma once

#include "core/Result.h"
#include "core/analysis/Aggregator.h"
#include "core/io/Source.h"
#include "core/model/Vma.h"
#include "widgets/common/LatestOnlyJob.h"
#include "widgets/process/VmaTableModel.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace vmscope {

// One read of a process's smaps, as the views receive it: the snapshot (or why there is none),
// its totals and the difference from the snapshot published before it, all made on the worker.
struct ProcessSnapshot {
    int pid = 0;
    std::shared_ptr<const MemoryMap> map; // null when the read failed
    Totals totals; // summed on the worker: 60,000 regions take 5 ms to add up
    VmaTableModel::SnapshotDiff diff; // against the previous snapshot of the same process
    // Against the feed's baseline (a teaching step's snapshot), when one of this process is set.
    std::optional<VmaTableModel::SnapshotDiff> sinceBaseline;
    std::optional<Error> error;
    QDateTime time; // when the read finished
};

// The snapshots of one process, read for every view that shows it: smaps is read (and diffed
// against the last snapshot published) on the read pool, now and then every interval after the
// last read finished. A result for a process that is no longer the chosen one is dropped. After
// a failed read (the process exited, cannot be read) the feed stops until asked again.
class ProcessSnapshotFeed : public QObject {
    Q_OBJECT
public:
    // A null source reads nothing: a test then publishes fixture snapshots itself.
    explicit ProcessSnapshotFeed(std::shared_ptr<const Source> source, QObject* parent = nullptr);
    ~ProcessSnapshotFeed() override;

    // Follows another process: its first read starts now, and the last snapshot is forgotten.
    void setProcess(int pid);
    int pid() const { return m_pid; }
    // The last snapshot published for the process (null before the first, and after a new pid).
    const std::shared_ptr<const MemoryMap>& last() const { return m_last; }

    void refreshNow();
    // Each read is also compared with this snapshot (what changed since an experiment's previous
    // step) while it is of the process followed; null stops the comparison.
    void setBaseline(std::shared_ptr<const MemoryMap> baseline);
    const std::shared_ptr<const MemoryMap>& baseline() const { return m_baseline; }
    // 0 turns the periodic reads off.
    void setInterval(int milliseconds);
    int interval() const { return m_intervalMs; }
    bool isReading() const { return m_job.isRunning(); }

    // Hands a snapshot to the subscribers as if it had been read (what a read's result goes
    // through; tests call it with fixture snapshots). One of another pid is ignored.
    void publish(std::shared_ptr<const ProcessSnapshot> snapshot);

    // Shares a snapshot so that its last holder frees it on a worker, never on the GUI thread.
    static std::shared_ptr<const MemoryMap> share(MemoryMap&& map);

signals:
    void snapshotRead(std::shared_ptr<const vmscope::ProcessSnapshot> snapshot);

private:
    LatestOnlyJob<std::shared_ptr<const ProcessSnapshot>>::Work readWork();

    std::shared_ptr<const Source> m_source;
    int m_pid = 0;
    std::shared_ptr<const MemoryMap> m_last;
    std::shared_ptr<const MemoryMap> m_baseline;
    int m_intervalMs = 2000;
    QTimer* m_timer = nullptr;
    LatestOnlyJob<std::shared_ptr<const ProcessSnapshot>> m_job;
};

} // namespace vmscope
