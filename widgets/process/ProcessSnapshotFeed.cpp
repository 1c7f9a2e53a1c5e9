#include "widgets/process/ProcessSnapshotFeed.h"

#include "core/analysis/SnapshotDiff.h"
#include "core/read/ProcessReader.h"
#include "widgets/common/WorkerPool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace vmscope {

ProcessSnapshotFeed::ProcessSnapshotFeed(std::shared_ptr<const Source> source, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_timer(new QTimer(this))
    , m_job([this] { return readWork(); }, [this](std::shared_ptr<const ProcessSnapshot> s) { publish(std::move(s)); })
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ProcessSnapshotFeed::refreshNow);
}

ProcessSnapshotFeed::~ProcessSnapshotFeed() = default;

std::shared_ptr<const MemoryMap> ProcessSnapshotFeed::share(MemoryMap&& map)
{
    // A snapshot of 60,000 VMAs takes 10 to 20 ms to free, and the last of its holders (the
    // table, the map, the breakdown, a finished read) lets go of it on the GUI thread, at a
    // moment none of them controls. Wherever that happens, the freeing runs on a worker.
    return std::shared_ptr<const MemoryMap>(new MemoryMap(std::move(map)), [](const MemoryMap* gone) {
        if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread())
            disposalPool()->start([gone] { delete gone; });
        else
            delete gone;
    });
}

void ProcessSnapshotFeed::setProcess(int pid)
{
    m_pid = pid;
    m_last.reset();
    m_timer->stop();
    m_job.invalidate(); // a read of the previous process must not reach the views
    m_job.request();
}

void ProcessSnapshotFeed::refreshNow()
{
    m_timer->stop();
    m_job.request();
}

void ProcessSnapshotFeed::setBaseline(std::shared_ptr<const MemoryMap> baseline)
{
    m_baseline = std::move(baseline);
}

void ProcessSnapshotFeed::setInterval(int milliseconds)
{
    m_intervalMs = milliseconds;
    m_timer->stop();
    if (m_intervalMs > 0 && m_last && !m_job.isRunning())
        m_timer->start(m_intervalMs);
}

LatestOnlyJob<std::shared_ptr<const ProcessSnapshot>>::Work ProcessSnapshotFeed::readWork()
{
    if (m_pid <= 0 || !m_source)
        return {};
    m_timer->stop();
    // Only a snapshot of the same process is worth comparing against (a new pid resets the table).
    std::shared_ptr<const MemoryMap> shown = m_last && m_last->pid == m_pid ? m_last : nullptr;
    std::shared_ptr<const MemoryMap> baseline = m_baseline && m_baseline->pid == m_pid ? m_baseline : nullptr;
    return [source = m_source, pid = m_pid, shown, baseline]() -> std::shared_ptr<const ProcessSnapshot> {
        auto snapshot = std::make_shared<ProcessSnapshot>();
        snapshot->pid = pid;
        auto map = readMemoryMap(*source, pid, MapDetail::Smaps);
        if (map) {
            snapshot->totals = sumAll(map->vmas);
            snapshot->map = share(std::move(*map));
            if (shown)
                snapshot->diff = diffSnapshots(shown, snapshot->map);
            if (baseline)
                snapshot->sinceBaseline = diffSnapshots(baseline, snapshot->map, DiffDetail::PageCounts);
        } else {
            snapshot->error = map.error();
        }
        snapshot->time = QDateTime::currentDateTime();
        return snapshot;
    };
}

void ProcessSnapshotFeed::publish(std::shared_ptr<const ProcessSnapshot> snapshot)
{
    if (!snapshot || snapshot->pid != m_pid)
        return;
    if (snapshot->map) {
        m_last = snapshot->map;
        // The next read is timed from the end of this one, so reads never pile up.
        if (m_intervalMs > 0 && !m_job.runAgainRequested())
            m_timer->start(m_intervalMs);
    } else {
        m_timer->stop();
    }
    emit snapshotRead(snapshot);
}

} // namespace vmscope
