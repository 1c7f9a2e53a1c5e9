// The GUI's one background-job policy: one run at a time, requests meanwhile coalesce into one
// more run, results of invalidated runs are dropped, nothing waits for a run (a stuck one is left
// behind), and the work runs on vmscope's own pool, off the GUI thread and off Qt's global pool.
#include "widgets/common/LatestOnlyJob.h"
#include "widgets/common/WorkerPool.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>
#include <vector>

using namespace vmscope;

namespace {
// Work that waits at a gate until the test opens it, so a run can be held "in progress".
struct Gate {
    QSemaphore entered;
    QSemaphore open;
    std::atomic<int> runs { 0 };
    std::atomic<int> concurrent { 0 };
    std::atomic<int> maxConcurrent { 0 };

    int pass(int value)
    {
        const int now = ++concurrent;
        int seen = maxConcurrent.load();
        while (now > seen && !maxConcurrent.compare_exchange_weak(seen, now)) { }
        ++runs;
        entered.release();
        open.acquire();
        --concurrent;
        return value;
    }
};
} // namespace

class TestLatestOnlyJob : public QObject {
    Q_OBJECT
private slots:
    void oneRunAtATime();
    void requestsWhileRunningCoalesce();
    void invalidatedResultIsDropped();
    void prepareSeesTheStateWhenTheRunStarts();
    void emptyWorkStartsNothing();
    void startIfIdleDoesNotRemember();
    void destructionDoesNotWaitForTheRun();
    void staleStuckRunNoLongerHoldsUpTheNext();
    void runsOffTheGuiThreadAndOffTheGlobalPool();
};

void TestLatestOnlyJob::oneRunAtATime()
{
    Gate gate;
    std::vector<int> delivered;
    LatestOnlyJob<int> job([&] { return [&] { return gate.pass(1); }; }, [&](int v) { delivered.push_back(v); });
    job.request();
    QVERIFY(gate.entered.tryAcquire(1, 5000));
    QVERIFY(job.isRunning());
    job.request();
    job.request();
    QTest::qWait(50);
    QCOMPARE(gate.concurrent.load(), 1); // the second run waits for the first
    gate.open.release(2);
    QTRY_COMPARE(delivered.size(), std::size_t(2));
    QTRY_VERIFY(!job.isRunning());
    QCOMPARE(gate.maxConcurrent.load(), 1);
}

void TestLatestOnlyJob::requestsWhileRunningCoalesce()
{
    Gate gate;
    int delivered = 0;
    LatestOnlyJob<int> job([&] { return [&] { return gate.pass(7); }; }, [&](int) { ++delivered; });
    job.request();
    QVERIFY(gate.entered.tryAcquire(1, 5000));
    for (int i = 0; i < 10; ++i)
        job.request();
    QVERIFY(job.runAgainRequested());
    gate.open.release();
    // Ten requests during the first run make exactly one more run, started from the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(gate.entered.available() > 0, 5000);
    gate.entered.acquire();
    gate.open.release();
    QTRY_COMPARE(delivered, 2);
    QTRY_VERIFY(!job.isRunning());
    QTest::qWait(50);
    QCOMPARE(gate.runs.load(), 2);
    QCOMPARE(delivered, 2);
}

void TestLatestOnlyJob::invalidatedResultIsDropped()
{
    Gate gate;
    std::vector<int> delivered;
    int next = 1;
    LatestOnlyJob<int> job(
        [&] {
            const int value = next++;
            return [&gate, value] { return gate.pass(value); };
        },
        [&](int v) { delivered.push_back(v); });
    job.request();
    QVERIFY(gate.entered.tryAcquire(1, 5000));
    // The pid changed while run 1 reads: its result must never reach the view; run 2 reads anew.
    job.invalidate();
    job.request();
    gate.open.release(2);
    QTRY_COMPARE(delivered.size(), std::size_t(1));
    QTRY_VERIFY(!job.isRunning());
    QCOMPARE(delivered.front(), 2);
    QCOMPARE(gate.runs.load(), 2);
}

void TestLatestOnlyJob::prepareSeesTheStateWhenTheRunStarts()
{
    Gate gate;
    int state = 1;
    std::vector<int> delivered;
    LatestOnlyJob<int> job(
        [&] {
            const int captured = state;
            return [&gate, captured] { return gate.pass(captured); };
        },
        [&](int v) { delivered.push_back(v); });
    job.request();
    QVERIFY(gate.entered.tryAcquire(1, 5000));
    state = 2;
    job.request();
    state = 3; // the run again starts after this: it reads 3
    gate.open.release(2);
    QTRY_COMPARE(delivered.size(), std::size_t(2));
    QCOMPARE(delivered, (std::vector<int> { 1, 3 }));
}

void TestLatestOnlyJob::emptyWorkStartsNothing()
{
    int delivered = 0;
    LatestOnlyJob<int> job([] { return LatestOnlyJob<int>::Work(); }, [&](int) { ++delivered; });
    job.request();
    QVERIFY(!job.isRunning());
    QTest::qWait(20);
    QCOMPARE(delivered, 0);
}

void TestLatestOnlyJob::startIfIdleDoesNotRemember()
{
    Gate gate;
    int delivered = 0;
    LatestOnlyJob<int> job([&] { return [&] { return gate.pass(0); }; }, [&](int) { ++delivered; });
    QVERIFY(job.startIfIdle());
    QVERIFY(gate.entered.tryAcquire(1, 5000));
    QVERIFY(!job.startIfIdle());
    QVERIFY(!job.runAgainRequested());
    gate.open.release();
    QTRY_COMPARE(delivered, 1);
    QTest::qWait(50);
    QCOMPARE(gate.runs.load(), 1);
}

void TestLatestOnlyJob::destructionDoesNotWaitForTheRun()
{
    // The run owns what it uses (a shared gate), as LatestOnlyJob.h asks of every job's work.
    auto gate = std::make_shared<Gate>();
    auto finishedWork = std::make_shared<std::atomic<bool>>(false);
    QElapsedTimer timer;
    {
        LatestOnlyJob<int> job(
            [&] {
                return [gate, finishedWork] {
                    const int v = gate->pass(0);
                    *finishedWork = true;
                    return v;
                };
            },
            [](int) { QFAIL("a destroyed job delivers nothing"); });
        job.request();
        QVERIFY(gate->entered.tryAcquire(1, 5000));
        timer.start();
    } // the run is still blocked here, as a read on a hung file system would be
    const qint64 destroyedAfter = timer.elapsed();
    QVERIFY(!finishedWork->load());
    QVERIFY2(destroyedAfter < 500, qPrintable(QStringLiteral("destruction took %1 ms").arg(destroyedAfter)));
    gate->open.release();
    QTRY_VERIFY_WITH_TIMEOUT(finishedWork->load(), 5000);
    QTest::qWait(20); // a delivery, if one were posted, would arrive now
}

void TestLatestOnlyJob::staleStuckRunNoLongerHoldsUpTheNext()
{
    auto gate = std::make_shared<Gate>();
    std::vector<int> delivered;
    int next = 1;
    LatestOnlyJob<int> job(
        [&] {
            const int value = next++;
            return [gate, value] { return gate->pass(value); };
        },
        [&](int v) { delivered.push_back(v); });
    job.setAbandonStaleAfter(std::chrono::milliseconds(100));
    // Whatever fails below, the held runs end before the test does.
    const auto openAll = qScopeGuard([gate] { gate->open.release(100); });

    job.request();
    QVERIFY(gate->entered.tryAcquire(1, 5000));
    // Run 1 is stuck on process A; the user picks process B: run 2 starts after the grace time,
    // without waiting for run 1.
    job.invalidate();
    job.request();
    // The event loop runs meanwhile: the grace time is a timer on the GUI thread.
    QTRY_VERIFY_WITH_TIMEOUT(gate->entered.available() > 0, 5000);
    gate->entered.acquire();
    QCOMPARE(gate->concurrent.load(), 2);

    // More stuck switches: never more than kMaxRunsInFlight runs at once.
    for (int i = 0; i < 5; ++i) {
        job.invalidate();
        job.request();
        QTest::qWait(150);
    }
    QCOMPARE(gate->maxConcurrent.load(), LatestOnlyJob<int>::kMaxRunsInFlight);

    // The stuck runs return at last: only the newest run's result is delivered.
    gate->open.release(100);
    QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning() && delivered.size() == 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(gate->concurrent.load(), 0, 5000);
    QTest::qWait(50);
    QCOMPARE(delivered.size(), std::size_t(1));
    QCOMPARE(delivered.front(), next - 1);
}

void TestLatestOnlyJob::runsOffTheGuiThreadAndOffTheGlobalPool()
{
    Gate gate;
    QThread* worker = nullptr;
    LatestOnlyJob<int> job(
        [&] {
            return [&] {
                worker = QThread::currentThread();
                return gate.pass(0);
            };
        },
        [](int) {});
    // A failed check must not leave the run blocked on a gate that is about to go away.
    bool opened = false;
    const auto openGate = qScopeGuard([&] {
        if (!opened) {
            gate.open.release();
            job.waitForFinished();
        }
    });
    job.request();
    QVERIFY(gate.entered.tryAcquire(1, 5000));
    QVERIFY(worker != nullptr);
    QVERIFY(worker != QThread::currentThread());
    QVERIFY(worker != qApp->thread());
    // Which pool owns the thread, not how many threads are busy: a previous test's run may still
    // be leaving its thread on a loaded machine.
    QVERIFY(readPool()->contains(worker));
    QVERIFY(!QThreadPool::globalInstance()->contains(worker));
    QVERIFY(readPool() != QThreadPool::globalInstance());
    QVERIFY(disposalPool() != QThreadPool::globalInstance());
    QVERIFY(disposalPool() != readPool());
    opened = true;
    gate.open.release();
    QTRY_VERIFY(!job.isRunning());
}

QTEST_MAIN(TestLatestOnlyJob)
#include "tst_latestonlyjob.moc"
