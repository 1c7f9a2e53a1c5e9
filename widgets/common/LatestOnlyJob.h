#pragma once

#include "widgets/common/WorkerPool.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

#include <cstdint>
#include <functional>
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
// - The destructor waits for the run in progress, so work may use what its owner owns.
template <typename T> class LatestOnlyJob {
public:
    using Work = std::function<T()>;
    using Prepare = std::function<Work()>;
    using Deliver = std::function<void(T)>;

    LatestOnlyJob(Prepare prepare, Deliver deliver, QThreadPool* pool = readPool())
        : m_prepare(std::move(prepare))
        , m_deliver(std::move(deliver))
        , m_pool(pool)
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, &m_watcher, [this] { finished(); });
    }
    ~LatestOnlyJob() { waitForFinished(); }
    LatestOnlyJob(const LatestOnlyJob&) = delete;
    LatestOnlyJob& operator=(const LatestOnlyJob&) = delete;

    void request()
    {
        if (m_running) {
            m_runAgain = true;
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
    void invalidate() { ++m_token; }
    // Forgets a request made while a run is in progress.
    void cancelRunAgain() { m_runAgain = false; }

    // From start until its result was delivered or dropped.
    bool isRunning() const { return m_running; }
    // Whether another run starts as soon as this one is done.
    bool runAgainRequested() const { return m_runAgain; }
    void waitForFinished() { m_watcher.waitForFinished(); }

private:
    void start()
    {
        m_runAgain = false;
        Work work = m_prepare();
        if (!work)
            return;
        m_running = true;
        m_runningToken = m_token;
        m_watcher.setFuture(QtConcurrent::run(m_pool, std::move(work)));
    }
    void finished()
    {
        m_running = false;
        const bool current = m_runningToken == m_token;
        if (current)
            m_deliver(m_watcher.result());
        // deliver may have started a run already (request() from inside it).
        if (m_runAgain && !m_running)
            start();
    }

    Prepare m_prepare;
    Deliver m_deliver;
    QThreadPool* m_pool;
    QFutureWatcher<T> m_watcher;
    std::uint64_t m_token = 0;
    std::uint64_t m_runningToken = 0;
    bool m_running = false;
    bool m_runAgain = false;
};

} // namespace vmscope
