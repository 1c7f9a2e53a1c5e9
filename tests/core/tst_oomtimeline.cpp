// The core rules behind the kernel page's OOM-kill markers, commit and pressure series: vmstat
// oom_kill between samples, the /dev/kmsg tail since a sequence number, /proc/pressure/memory,
// the system's RSS:VSZ ratio and the one vm sysctl write path.
#include "TestData.h"

#include "core/analysis/VmSysctlWrites.h"
#include "core/io/ProcRootSource.h"
#include "core/parse/KmsgRecords.h"
#include "core/parse/OomReportParser.h"
#include "core/parse/PressureParser.h"
#include "core/read/RssVszRatio.h"
#include "core/sampling/SampleRules.h"
#include "core/sampling/Sampler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace vmscope;

namespace {
SystemSample sampleWithOomKills(std::optional<std::uint64_t> kills)
{
    const MemInfo memInfo { { { "MemTotal", 100, true } } };
    VmStat vmStat;
    if (kills)
        vmStat.counters.push_back({ "oom_kill", *kills });
    return buildSample(memInfo, {}, {}, nullptr, vmStat, makeSampleSchema(memInfo, vmStat));
}
} // namespace

class OomTimelineTest : public QObject {
    Q_OBJECT
private slots:
    void oomKillsBetween_data()
    {
        QTest::addColumn<qint64>("before"); // -1: no counter
        QTest::addColumn<qint64>("after");
        QTest::addColumn<qint64>("kills");
        QTest::newRow("none") << qint64(3) << qint64(3) << qint64(0);
        QTest::newRow("one") << qint64(3) << qint64(4) << qint64(1);
        QTest::newRow("three in one interval") << qint64(0) << qint64(3) << qint64(3);
        QTest::newRow("reset (another boot)") << qint64(9) << qint64(2) << qint64(0);
        QTest::newRow("kernel before 4.13") << qint64(-1) << qint64(-1) << qint64(0);
    }
    void oomKillsBetween()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, after);
        QFETCH(qint64, kills);
        auto counter = [](qint64 v) { return v < 0 ? std::nullopt : std::optional<std::uint64_t>(std::uint64_t(v)); };
        QCOMPARE(vmscope::oomKillsBetween(sampleWithOomKills(counter(before)), sampleWithOomKills(counter(after))),
            std::uint64_t(kills));
    }

    void kmsgTail()
    {
        const std::string log = "6,10,100,-;old\n SUBSYSTEM=x\n4,11,200,-;newer\n 6,12,300,-;\n";
        // Everything when no point was chosen; the last record's number either way.
        auto all = parse::kmsgRecordsAfter(log, std::nullopt);
        QCOMPARE(all.text.size(), log.size());
        QCOMPARE(all.lastSeq, std::optional<std::uint64_t>(11));
        auto tail = parse::kmsgRecordsAfter(log, 10);
        QCOMPARE(std::string(tail.text), std::string("4,11,200,-;newer\n 6,12,300,-;\n"));
        QVERIFY(parse::kmsgRecordsAfter(log, 11).text.empty());
        QCOMPARE(parse::kmsgRecordsAfter(log, 11).lastSeq, std::optional<std::uint64_t>(11));
        QVERIFY(!parse::kmsgRecordsAfter("plain dmesg text\n", 0).lastSeq);
    }

    void kmsgTailKeepsTheReport()
    {
        const std::string log = test::fixtureBytes(QStringLiteral("kmsg/6.18-x86_64-memcg-oom.kmsg"));
        const auto whole = parse::kmsgRecordsAfter(log, std::nullopt);
        QVERIFY(whole.lastSeq);
        const auto reports = parse::parseOomReports(whole.text);
        QVERIFY(!reports.empty());
        // After the last record: nothing, so nothing is attributed twice.
        QVERIFY(parse::parseOomReports(parse::kmsgRecordsAfter(log, whole.lastSeq).text).empty());
    }

    void pressure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("someAvg10");
        QTest::addColumn<bool>("hasFull");
        QTest::newRow("6.18") << QStringLiteral(
            "some avg10=1.53 avg60=0.42 avg300=0.09 total=2184417\nfull avg10=0.87 avg60=0.21 avg300=0.04 total=1190230\n")
                              << true << 1.53 << true;
        QTest::newRow("cpu before 5.13: no full") << QStringLiteral("some avg10=0.00 avg60=0.00 avg300=0.00 total=5\n")
                                                  << true << 0.0 << false;
        QTest::newRow("unknown key passed over")
            << QStringLiteral("some avg10=2.00 avg60=0.00 avg300=0.00 total=5 avg1=9\n") << true << 2.0 << false;
        QTest::newRow("empty") << QString() << false << 0.0 << false;
        QTest::newRow("other line") << QStringLiteral("partial avg10=0 avg60=0 avg300=0 total=0\n") << false << 0.0
                                    << false;
        QTest::newRow("missing total") << QStringLiteral("some avg10=0.00 avg60=0.00 avg300=0.00\n") << false << 0.0
                                       << false;
        QTest::newRow("over 100 %") << QStringLiteral("some avg10=100.01 avg60=0 avg300=0 total=0\n") << false << 0.0
                                    << false;
        QTest::newRow("nan") << QStringLiteral("some avg10=nan avg60=0 avg300=0 total=0\n") << false << 0.0 << false;
    }
    void pressure()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, someAvg10);
        QFETCH(bool, hasFull);
        const std::string bytes = text.toStdString();
        auto parsed = parse::parsePressure(bytes, "pressure/memory");
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QVERIFY(parsed.error().kind == ErrorKind::Malformed);
            return;
        }
        QCOMPARE(parsed->some->avg10, someAvg10);
        QCOMPARE(parsed->full.has_value(), hasFull);
    }

    // The sampler reads PSI when the kernel has it, and says nothing when it does not.
    void samplerReadsPressureWhenPresent()
    {
        SampleSchemaCache cache;
        const ProcRootSource live(test::procRoot(QStringLiteral("live-6.18-x86_64")));
        auto sample = takeSample(live, cache, { false, 0, 4096 });
        QVERIFY(sample.ok());
        QVERIFY((*sample)->memoryPressure);
        QCOMPARE((*sample)->memoryPressure->full->avg10, 0.87);
        const ProcRootSource old(test::procRoot(QStringLiteral("prometheus-procfs")));
        SampleSchemaCache oldCache;
        auto oldSample = takeSample(old, oldCache, { false, 0, 4096 });
        QVERIFY(oldSample.ok());
        QVERIFY(!(*oldSample)->memoryPressure);
        for (const std::string& problem : (*oldSample)->problems)
            QVERIFY2(problem.find("pressure") == std::string::npos, problem.c_str());
    }

    void rssVszRatio()
    {
        const ProcRootSource live(test::procRoot(QStringLiteral("live-6.18-x86_64")));
        const RssVszRatio ratio = readRssVszRatio(live);
        // statm of the fixture's three processes: 7211+3063+2755 of 20968+15334+15334 pages.
        QCOMPARE(ratio.processes, std::size_t(3));
        QCOMPARE(ratio.residentPages, std::uint64_t(7211 + 3063 + 2755));
        QCOMPARE(ratio.virtualPages, std::uint64_t(20968 + 15334 + 15334));
        QVERIFY(ratio.ratio());
        QVERIFY(qAbs(*ratio.ratio() - 13029.0 / 51636.0) < 1e-9);
        QVERIFY(!RssVszRatio {}.ratio());
    }

    void sysctlWriteChecksAndWrites()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("sys/vm")));
        QFile file(root.filePath(QStringLiteral("sys/vm/overcommit_memory")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0\n");
        file.close();
        const std::string procRoot = root.path().toStdString();
        QCOMPARE(writeVmSysctl(procRoot, { "overcommit_memory", 2 }), 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("2\n"));
        file.close();
        // Out of range, or not on the list: refused before anything is opened.
        QCOMPARE(writeVmSysctl(procRoot, { "overcommit_memory", 3 }), EINVAL);
        QCOMPARE(writeVmSysctl(procRoot, { "../../etc/passwd", 1 }), EINVAL);
        QCOMPARE(vmSysctlSetCommand({ "overcommit_memory", 1 }),
            std::string("sudo vmscope-cli sysctl --set vm.overcommit_memory=1"));
    }
};

QTEST_GUILESS_MAIN(OomTimelineTest)
#include "tst_oomtimeline.moc"
