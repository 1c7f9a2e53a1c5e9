#include "widgets/common/WorkerPool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace vmscope {
namespace {
    // The pools are never destroyed: QThreadPool's destructor waits for its threads, and a thread
    // stuck in read() on a hung file system would keep vmscope from exiting.
    QThreadPool* makePool(const char* name, int maxThreads)
    {
        auto* pool = new QThreadPool;
        pool->setObjectName(QString::fromLatin1(name));
        pool->setMaxThreadCount(maxThreads);
        return pool;
    }
} // namespace

QThreadPool* readPool()
{
    // About eight kinds of job exist (listing, one process, breakdown, system page, mapping scan,
    // sysctls, workload I/O, drop caches); each runs at most once at a time.
    static QThreadPool* const pool = makePool("vmscope-read", std::max(16, QThread::idealThreadCount()));
    return pool;
}

QThreadPool* disposalPool()
{
    static QThreadPool* const pool = makePool("vmscope-dispose", std::max(2, QThread::idealThreadCount() / 2));
    return pool;
}

} // namespace vmscope
