#pragma once

#include "widgets/common/WorkerPool.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <utility>

namespace vmscope {

// The one background-job policy of the GUI: work runs on a worker of vmscope's own pool (never
// the global one, see WorkerPool.h), one run at a time, and the result comes back on the thread
// that owns the job (the GUI thread).
// - request() starts a run now, or, while one runs, once it finished: any number of requests
//   meanwhile make one more run, never a queue.
// - prepare is called on the owner's thread whenever a run starts and returns the work for the
//   worker, so a run always reads the state of the moment it starts (the pid chosen last, the
//   snapshot shown last). An empty function means there is nothing to do.
// - invalidate() makes the result of the run in progress stale: it is dropped, never delivered
//   (the pid changed, the source changed).
// - A read can block for ever (a hung NFS or FUSE mount, a process whose memory lock is held), so
//   nothing waits for a run: the destructor lets it finish on its own and drops its result, and
//   a stale run that has taken longer than abandonStaleAfter() no longer holds up the next one
//   (at most kMaxRunsInFlight runs of one job are under way at once). The work must therefore
//   own what it uses: values and shared pointers, never its owner's members.
template <typename T> class LatestOnlyJob {
public:
    using Work = std::function<T()>;
    using Prepare = std::function<Work()>;
    using Deliver = std::function<void(T)>;

    static constexpr int kMaxRunsInFlight = 3;

    LatestOnlyJob(Prepare prepare, Deliver deliver, QThreadPool* pool = readPool())
        : m_prepare(std::move(prepare))
        , m_deliver(std::move(deliver))
        , m_pool(pool)
    {
    }
    ~LatestOnlyJob() = default; // never waits: see above
    LatestOnlyJob(const LatestOnlyJob&) = delete;
    LatestOnlyJob& operator=(const LatestOnlyJob&) = delete;

    void request()
    {
        if (m_running) {
            m_runAgain = true;
            if (runIsStale())
                scheduleAbandonCheck();
            return;
        }
        start();
    }
    // Starts a run only when none is in progress; false when one is (nothing is remembered).
    bool startIfIdle()
    {
        if (m_running)
            return false;
        start();
        return m_running;
    }
    void invalidate()
    {
        ++m_token;
        if (m_running && m_runAgain)
            scheduleAbandonCheck();
    }
    // Forgets a request made while a run is in progress.
    void cancelRunAgain() { m_runAgain = false; }

    // From start until its result was delivered or dropped.
    bool isRunning() const { return m_running; }
    // Whether another run starts as soon as this one is done.
    bool runAgainRequested() const { return m_runAgain; }
    // For tests: blocks until the run in progress has finished (its result is delivered later,
    // from the event loop).
    void waitForFinished()
    {
        if (m_watcher)
            m_watcher->waitForFinished();
    }

    std::chrono::milliseconds abandonStaleAfter() const { return m_abandonStaleAfter; }
    void setAbandonStaleAfter(std::chrono::milliseconds after) { m_abandonStaleAfter = after; }

private:
    using Clock = std::chrono::steady_clock;

    bool runIsStale() const { return m_running && m_runningToken != m_token; }

    void start()
    {
        m_runAgain = false;
        Work work = m_prepare();
        if (!work)
            return;
        m_running = true;
        m_runningToken = m_token;
        m_startedAt = Clock::now();
        ++*m_inFlight;
        // Counted down on the worker when the work returns, even if nobody waits for it any more.
        auto counted = [work = std::move(work), inFlight = m_inFlight]() -> T {
            struct CountDown {
                std::atomic<int>& count;
                ~CountDown() { --count; }
            } countDown { *inFlight };
            return work();
        };
        const std::uint64_t run = ++m_runNumber;
        retireWatcher();
        m_watcher = std::make_unique<QFutureWatcher<T>>();
        QObject::connect(m_watcher.get(), &QFutureWatcherBase::finished, m_watcher.get(), [this, run] { finished(run); });
        m_watcher->setFuture(QtConcurrent::run(m_pool, std::move(counted)));
    }
    void finished(std::uint64_t run)
    {
        if (run != m_runNumber)
            return; // an abandoned run
        m_running = false;
        const bool current = m_runningToken == m_token;
        if (current)
            m_deliver(m_watcher->result());
        // deliver may have started a run already (request() from inside it).
        if (m_runAgain && !m_running)
            start();
    }

    // A stale run is left to finish on its own once it is old enough, so that a read stuck on
    // one process does not keep the next process from being read.
    void scheduleAbandonCheck()
    {
        const auto age = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_startedAt);
        const auto wait = std::max(std::chrono::milliseconds(0), m_abandonStaleAfter - age);
        QTimer::singleShot(wait, Qt::PreciseTimer, m_watcher.get(), [this, run = m_runNumber] { abandonIfStale(run); });
    }
    void abandonIfStale(std::uint64_t run)
    {
        if (run != m_runNumber || !runIsStale() || !m_runAgain)
            return;
        if (Clock::now() - m_startedAt < m_abandonStaleAfter) {
            scheduleAbandonCheck(); // a timer may fire a little early
            return;
        }
        if (m_inFlight->load() >= kMaxRunsInFlight) {
            // Too many stuck already: try again later rather than piling up blocked workers.
            QTimer::singleShot(
                m_abandonStaleAfter, Qt::PreciseTimer, m_watcher.get(), [this, run] { abandonIfStale(run); });
            return;
        }
        retireWatcher(); // its future runs on; its result is dropped with it
        m_running = false;
        start();
    }

    // The last run's watcher goes later, never now: start() may be called from inside its signal.
    void retireWatcher()
    {
        if (!m_watcher)
            return;
        QObject::disconnect(m_watcher.get(), nullptr, nullptr, nullptr);
        m_watcher.release()->deleteLater();
    }

    Prepare m_prepare;
    Deliver m_deliver;
    QThreadPool* m_pool;
    std::unique_ptr<QFutureWatcher<T>> m_watcher;
    std::shared_ptr<std::atomic<int>> m_inFlight = std::make_shared<std::atomic<int>>(0);
    std::uint64_t m_runNumber = 0;
    std::uint64_t m_token = 0;
    std::uint64_t m_runningToken = 0;
    Clock::time_point m_startedAt {};
    std::chrono::milliseconds m_abandonStaleAfter { 1000 };
    bool m_running = false;
    bool m_runAgain = false;
};

} // namespace vmscope
