// OomKillWatch (core/read/OomKillWatch.h): rises of vmstat's oom_kill paired with the kernel's
// reports logged after the watch started, over a regular file standing in for /dev/kmsg and the
// 6.18 memcg OOM report of the fixtures.
#include "TestData.h"

#include "core/read/OomKillWatch.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vmscope;

namespace {
std::optional<std::string> follow(const QString& path)
{
    return path.toStdString();
}

void append(const QString& path, const std::string& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::Append))
        qFatal("cannot append to %s", qPrintable(path));
    file.write(bytes.data(), qint64(bytes.size()));
}
} // namespace

class TestOomKillWatch : public QObject {
    Q_OBJECT

private slots:
    void reportNamesTheVictim()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("kmsg"));
        append(log, "6,1,1000,-;an older message\n");
        OomKillWatch watch(follow(log));
        QVERIFY(watch.readsKernelLog());
        QVERIFY(watch.update(7, 0.0).empty()); // the baseline
        append(log, test::fixtureBytes(QStringLiteral("kmsg/6.18-x86_64-memcg-oom.kmsg")));
        const auto events = watch.update(8, 0.5);
        QCOMPARE(events.size(), std::size_t(1));
        const OomKillEvent& kill = events.front();
        QCOMPARE(kill.source, OomKillEvent::Source::KernelLog);
        QCOMPARE(kill.seconds, 0.5);
        QCOMPARE(kill.pid, std::optional<std::uint64_t>(25723));
        QCOMPARE(kill.name, std::optional<std::string>("hog"));
        QCOMPARE(kill.constraint, std::optional<std::string>("CONSTRAINT_MEMCG"));
        QCOMPARE(kill.memcg, std::optional<std::string>("/ceotest"));
        QCOMPARE(kill.anonRssKb, std::optional<std::uint64_t>(65152));
        QVERIFY(kill.totalVmKb.has_value());
        // The same report is not told twice.
        QVERIFY(watch.update(8, 1.0).empty());
        QVERIFY(watch.flush().empty());
    }

    void logBeforeTheWatchIsNotRead()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("kmsg"));
        append(log, test::fixtureBytes(QStringLiteral("kmsg/6.18-x86_64-memcg-oom.kmsg")));
        OomKillWatch watch(follow(log));
        QVERIFY(watch.update(0, 0.0).empty());
        // A kill whose report has not come: told from the counter once kReportWait passed.
        QVERIFY(watch.update(1, 1.0).empty());
        const auto late = watch.update(1, 1.0 + OomKillWatch::kReportWait);
        QCOMPARE(late.size(), std::size_t(1));
        QCOMPARE(late.front().source, OomKillEvent::Source::Counter);
        QCOMPARE(late.front().seconds, 1.0);
        QVERIFY(!late.front().pid);
    }

    // A kill told from the counter keeps its place: its report, when it comes late, is not given to
    // the next kill (the rule OomKillFeed follows on the timeline too).
    void lateReportStaysWithItsKill()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("kmsg"));
        append(log, "6,1,1000,-;an older message\n");
        OomKillWatch watch(follow(log));
        QVERIFY(watch.update(0, 0.0).empty());
        QVERIFY(watch.update(1, 1.0).empty());
        const auto late = watch.update(1, 1.0 + OomKillWatch::kReportWait);
        QCOMPARE(late.size(), std::size_t(1));
        QCOMPARE(late.front().source, OomKillEvent::Source::Counter);
        append(log, test::fixtureBytes(QStringLiteral("kmsg/6.18-x86_64-memcg-oom.kmsg"))); // kill 1's report
        const auto second = watch.update(2, 3.0);
        QVERIFY(second.empty()); // kill 2's report is not there yet
        QCOMPARE(watch.flush().front().source, OomKillEvent::Source::Counter);
    }

    void unreadableLogMeansTheCounter()
    {
        OomKillWatch watch(std::string("/nonexistent/kmsg"));
        QVERIFY(!watch.readsKernelLog());
        QVERIFY2(QString::fromStdString(watch.logProblem()).contains(QStringLiteral("/nonexistent/kmsg")),
            watch.logProblem().c_str());
        QVERIFY(watch.update(1, 0.0).empty());
        QCOMPARE(watch.update(2, 0.1).size(), std::size_t(1));
    }

    void counterOnly()
    {
        OomKillWatch watch(std::nullopt);
        QVERIFY(!watch.readsKernelLog());
        QVERIFY(watch.update(std::nullopt, 0.0).empty()); // a kernel without the counter
        QVERIFY(watch.update(3, 0.5).empty()); // the baseline
        const auto events = watch.update(5, 1.0);
        QCOMPARE(events.size(), std::size_t(2));
        for (const OomKillEvent& kill : events)
            QCOMPARE(kill.source, OomKillEvent::Source::Counter);
    }

    void flushTellsWhatWaits()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("kmsg"));
        append(log, "");
        OomKillWatch watch(follow(log));
        QVERIFY(watch.update(0, 0.0).empty());
        QVERIFY(watch.update(1, 0.2).empty());
        const auto events = watch.flush();
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events.front().source, OomKillEvent::Source::Counter);
    }
};

QTEST_GUILESS_MAIN(TestOomKillWatch)
#include "tst_oomkillwatch.moc"
