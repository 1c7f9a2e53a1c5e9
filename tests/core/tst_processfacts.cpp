// The process facts (core/model/ProcessFacts.h): the full /proc/PID/stat, /proc/PID/limits, the
// two sysctls, the current break from maps, and fault rates from two readings.
#include "TestData.h"
#include "core/analysis/ProcessFactsRules.h"
#include "core/io/ProcRootSource.h"
#include "core/parse/ProcessParsers.h"
#include "core/read/ProcessFactsReader.h"
#include "core/read/ProcessReader.h"

#include <QTest>

using namespace vmscope;

namespace {
constexpr int kPid = 21990; // tests/data/fixtures/process-facts (PROVENANCE.md)
using Field = std::optional<std::uint64_t> ProcessStat::*;
} // namespace

Q_DECLARE_METATYPE(std::optional<std::uint64_t>)

class TestProcessFacts : public QObject {
    Q_OBJECT

private slots:
    void statFields_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("fieldCount");
        QTest::addColumn<bool>("hasBrk"); // 3.3+
        QTest::addColumn<bool>("hasArgs"); // 3.5+
        QTest::newRow("6.18") << "process-facts/proc/21990/stat" << 50 << true << true;
        QTest::newRow("3.3 (47 fields)") << "process-facts/old-kernels/stat-3.3" << 45 << true << false;
        QTest::newRow("2.6.32 (44 fields)") << "process-facts/old-kernels/stat-2.6.32" << 42 << false << false;
        QTest::newRow("another 6.18 process") << "live-6.18-x86_64/proc/9946/stat" << 50 << true << true;
    }
    void statFields()
    {
        QFETCH(QString, file);
        QFETCH(int, fieldCount);
        QFETCH(bool, hasBrk);
        QFETCH(bool, hasArgs);
        const auto stat = parse::parseStat(test::fixtureBytes(file), "stat");
        QVERIFY2(stat.ok(), stat.ok() ? "" : stat.error().message().c_str());
        QCOMPARE(stat->fields.size(), std::size_t(fieldCount));
        QVERIFY(stat->minorFaults.has_value());
        QVERIFY(stat->majorFaults.has_value());
        QVERIFY(stat->startCode.has_value());
        QVERIFY(stat->startStack.has_value());
        QCOMPARE(stat->startBrk.has_value(), hasBrk);
        QCOMPARE(stat->startData.has_value(), hasBrk);
        QCOMPARE(stat->argStart.has_value(), hasArgs);
        QCOMPARE(stat->envEnd.has_value(), hasArgs);
        QCOMPARE(stat->exitCode.has_value(), hasArgs);
        QCOMPARE(stat->layoutVisibility(), LayoutVisibility::Shown);
    }

    void statValues()
    {
        const auto stat = parse::parseStat(test::fixtureBytes("process-facts/proc/21990/stat"), "stat");
        QVERIFY(stat.ok());
        QCOMPARE(stat->head.name, std::string("bash"));
        QCOMPARE(*stat->minorFaults, 76u);
        QCOMPARE(*stat->majorFaults, 0u);
        QCOMPARE(*stat->startCode, 94219104407552u);
        QCOMPARE(*stat->endCode, 94219105196957u);
        QCOMPARE(*stat->startStack, 140727197998944u);
        QCOMPARE(*stat->startData, 94219105430256u);
        QCOMPARE(*stat->endData, 94219105478500u);
        QCOMPARE(*stat->startBrk, 94219686637568u);
        QCOMPARE(*stat->argStart, 140727198006074u);
        QCOMPARE(*stat->argEnd, 140727198006089u);
        QCOMPARE(*stat->envStart, 140727198006089u);
        QCOMPARE(*stat->envEnd, 140727198007274u);
        QCOMPARE(*stat->exitCode, 0);
        QCOMPARE(stat->field(25).value(), std::string_view("18446744073709551615")); // rsslim
        QVERIFY(!stat->field(53));
        QVERIFY(!stat->field(2));
    }

    void hiddenAddresses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("visibility");
        QTest::newRow("another user's process")
            << "process-facts/proc-unprivileged/21990/stat" << int(LayoutVisibility::HiddenByKernel);
        QTest::newRow("kernel thread") << "process-facts/proc/2/stat" << int(LayoutVisibility::NoAddressSpace);
    }
    void hiddenAddresses()
    {
        QFETCH(QString, file);
        QFETCH(int, visibility);
        const auto stat = parse::parseStat(test::fixtureBytes(file), "stat");
        QVERIFY(stat.ok());
        QCOMPARE(int(stat->layoutVisibility()), visibility);
    }

    void malformedStat_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no name") << QByteArray("77 S 1 2\n");
        QTest::newRow("letters in minflt") << QByteArray("77 (a) S 1 2 3 4 5 6 x7 0 0\n");
        QTest::newRow("negative start_code") << QByteArray("77 (a) S") + QByteArray(" 0").repeated(22) + " -5 0 0\n";
        QTest::newRow("too many fields") << QByteArray("77 (a) S 1 2 ") + QByteArray(300 * 2, ' ').replace("  ", "0 ");
    }
    void malformedStat()
    {
        QFETCH(QByteArray, bytes);
        const auto stat = parse::parseStat(bytes.toStdString(), "stat");
        QVERIFY(!stat.ok());
        QCOMPARE(stat.error().kind, ErrorKind::Malformed);
    }

    void limits_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::optional<std::uint64_t>>("soft");
        QTest::addColumn<std::optional<std::uint64_t>>("hard");
        QTest::addColumn<QString>("units");
        const std::optional<std::uint64_t> unlimited;
        QTest::newRow("AS") << QString::fromLatin1(ProcessLimits::kAddressSpace) << unlimited << unlimited << "bytes";
        QTest::newRow("DATA") << QString::fromLatin1(ProcessLimits::kData) << unlimited << unlimited << "bytes";
        QTest::newRow("STACK") << QString::fromLatin1(ProcessLimits::kStack) << std::optional<std::uint64_t>(8388608)
                               << unlimited << "bytes";
        QTest::newRow("MEMLOCK") << QString::fromLatin1(ProcessLimits::kLockedMemory)
                                 << std::optional<std::uint64_t>(8388608) << std::optional<std::uint64_t>(8388608)
                                 << "bytes";
        QTest::newRow("no units") << "Max nice priority" << std::optional<std::uint64_t>(0)
                                  << std::optional<std::uint64_t>(0) << "";
        QTest::newRow("last row") << "Max realtime timeout" << unlimited << unlimited << "us";
    }
    void limits()
    {
        QFETCH(QString, name);
        QFETCH(std::optional<std::uint64_t>, soft);
        QFETCH(std::optional<std::uint64_t>, hard);
        QFETCH(QString, units);
        const auto limits = parse::parseLimits(test::fixtureBytes("process-facts/proc/21990/limits"), "limits");
        QVERIFY2(limits.ok(), limits.ok() ? "" : limits.error().message().c_str());
        QCOMPARE(limits->rows.size(), std::size_t(16));
        const ResourceLimit* row = limits->find(name.toStdString());
        QVERIFY(row);
        QCOMPARE(row->soft, soft);
        QCOMPARE(row->hard, hard);
        QCOMPARE(QString::fromStdString(row->units), units);
    }

    void malformedLimits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no header") << QByteArray("Max cpu time   unlimited   unlimited   seconds\n");
        QTest::newRow("word for a limit")
            << QByteArray("Limit Soft Limit Hard Limit Units\nMax cpu time lots lots s\n");
        QTest::newRow("too short") << QByteArray("Limit Soft Limit Hard Limit Units\nMax 5\n");
    }
    void malformedLimits()
    {
        QFETCH(QByteArray, bytes);
        const auto limits = parse::parseLimits(bytes.toStdString(), "limits");
        QVERIFY(!limits.ok());
        QCOMPARE(limits.error().kind, ErrorKind::Malformed);
    }

    // The heap of the fixture is split in two VMAs; the break is the end of the second.
    void currentBreakFromMaps()
    {
        const ProcRootSource source(test::procRoot("process-facts"));
        const auto map = readMemoryMap(source, kPid, MapDetail::Maps);
        QVERIFY(map.ok());
        QCOMPARE(currentBreak(*map, 0x55b13af3f000u), std::optional<std::uint64_t>(0x55b13afa0000u));
        MemoryMap noHeap;
        QCOMPARE(currentBreak(noHeap, 0x1000u), std::optional<std::uint64_t>(0x1000u));
        QCOMPARE(currentBreak(noHeap, std::nullopt), std::optional<std::uint64_t>());
    }

    void readerFixture()
    {
        const ProcRootSource source(test::procRoot("process-facts"));
        const auto map = readMemoryMap(source, kPid, MapDetail::Maps);
        QVERIFY(map.ok());
        const ProcessFacts facts = readProcessFacts(source, kPid, &*map);
        QVERIFY(facts.status.ok());
        QVERIFY(facts.stat.ok());
        QVERIFY(facts.limits.ok());
        QCOMPARE(*facts.randomizeVaSpace, 2);
        QCOMPARE(*facts.maxMapCount, 65530);
        QCOMPARE(facts.vmaCount, std::optional<std::size_t>(44));
        QCOMPARE(facts.currentBreak, std::optional<std::uint64_t>(0x55b13afa0000u));
        QCOMPARE(*facts.status->vmHwm, 1848u);
        QCOMPARE(*facts.status->vmPte, 52u);
        QCOMPARE(layoutVisibility(facts), LayoutVisibility::Shown);
        const auto addresses = layoutAddresses(facts);
        QCOMPARE(addresses.size(), std::size_t(11));
        QCOMPARE(addresses.front().name, std::string_view("start_code"));
        int marked = 0;
        for (const LayoutAddress& a : addresses) {
            QVERIFY(a.address.has_value());
            QVERIFY(a.description && *a.description);
            marked += a.markLabel.empty() ? 0 : 1;
        }
        QCOMPARE(marked, 7);
        QVERIFY(qAbs(*mapCountPercent(facts) - 100.0 * 44 / 65530) < 1e-9);
    }

    // Each missing file is one unknown figure; the others are still read.
    void readerMissingFiles()
    {
        const ProcRootSource source(
            test::procRoot("process-facts")
                .replace(test::procRoot("process-facts").rfind("/proc"), 5, "/proc-unprivileged"));
        const ProcessFacts facts = readProcessFacts(source, kPid);
        QVERIFY(facts.stat.ok());
        QVERIFY(facts.status.ok());
        QVERIFY(facts.limits.ok());
        QVERIFY(!facts.randomizeVaSpace.ok());
        QVERIFY(facts.randomizeVaSpace.error().isMissingFile());
        QVERIFY(!facts.maxMapCount.ok());
        QCOMPARE(layoutVisibility(facts), LayoutVisibility::HiddenByKernel);
        QVERIFY(layoutAddresses(facts).empty());
        QVERIFY(!facts.vmaCount);
        QVERIFY(!mapCountPercent(facts));

        const ProcessFacts gone = readProcessFacts(source, 4242);
        QCOMPARE(gone.stat.error().kind, ErrorKind::NoSuchProcess);
        QCOMPARE(gone.status.error().kind, ErrorKind::NoSuchProcess);
    }

    // An old kernel printed 0 (not 1) for a hidden start_code: status still shows an mm.
    void hiddenOnOldKernel()
    {
        ProcessFacts facts;
        auto stat = parse::parseStat("5 (a) S 1 2 3 4 5 6 7 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n", "stat");
        QVERIFY(stat.ok());
        facts.stat = *stat;
        auto status = parse::parseStatus(test::fixtureBytes("process-facts/proc/21990/status"), "status");
        QVERIFY(status.ok());
        facts.status = *status;
        QCOMPARE(layoutVisibility(facts), LayoutVisibility::HiddenByKernel);
        auto kthread = parse::parseStatus(test::fixtureBytes("process-facts/proc/2/status"), "status");
        facts.status = *kthread;
        QCOMPARE(layoutVisibility(facts), LayoutVisibility::NoAddressSpace);
    }

    void rates_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<int>("milliseconds");
        QTest::addColumn<bool>("known");
        QTest::addColumn<double>("minor");
        QTest::addColumn<double>("major");
        const QByteArray head = "5 (a) S 1 2 3 4 5 6 ";
        QTest::newRow("two seconds") << head + "100 0 4 0\n" << head + "300 0 10 0\n" << 2000 << true << 100.0 << 3.0;
        QTest::newRow("no change") << head + "100 0 4 0\n" << head + "100 0 4 0\n" << 500 << true << 0.0 << 0.0;
        QTest::newRow("counter went down") << head + "100 0 4 0\n"
                                           << head + "10 0 4 0\n"
                                           << 1000 << false << 0.0 << 0.0;
        QTest::newRow("no time passed") << head + "100 0 4 0\n" << head + "300 0 4 0\n" << 0 << false << 0.0 << 0.0;
        QTest::newRow("no counters") << head << head + "300 0 4 0\n" << 1000 << false << 0.0 << 0.0;
    }
    void rates()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(int, milliseconds);
        QFETCH(bool, known);
        QFETCH(double, minor);
        QFETCH(double, major);
        ProcessFacts a;
        ProcessFacts b;
        a.pid = b.pid = 5;
        a.stat = parse::parseStat(before.toStdString(), "stat");
        b.stat = parse::parseStat(after.toStdString(), "stat");
        QVERIFY(a.stat.ok() && b.stat.ok());
        b.readAt = a.readAt + std::chrono::milliseconds(milliseconds);
        const auto rates = faultRates(a, b);
        QCOMPARE(rates.has_value(), known);
        if (rates) {
            QCOMPARE(rates->minorPerSecond, minor);
            QCOMPARE(rates->majorPerSecond, major);
        }
        b.pid = 6;
        QVERIFY(!faultRates(a, b));
    }

    void aslrMeaning()
    {
        QCOMPARE(std::string_view(aslrModeMeaning(2)), std::string_view("full randomisation incl. heap/brk"));
        QCOMPARE(std::string_view(aslrModeMeaning(0)), std::string_view("no randomisation"));
        QCOMPARE(std::string_view(aslrModeMeaning(7)), std::string_view("unknown mode"));
    }
};

QTEST_MAIN(TestProcessFacts)
#include "tst_processfacts.moc"
