// Memory cgroups: the parsers (core/parse/CgroupParsers.h) and the reader that finds a process's
// memory cgroup and reads it (core/read/MemoryCgroupReader.h), over a v1 capture of this project's
// machine and a v2 fixture written from the kernel's documentation (tests/data/PROVENANCE.md).
#include "TestData.h"

#include "core/analysis/RunMemoryLimit.h"
#include "core/io/ProcRootSource.h"
#include "core/parse/CgroupParsers.h"
#include "core/read/MemoryCgroupReader.h"

#include <QTest>

using namespace vmscope;

namespace {
using State = CgroupLimit::State;
constexpr quint64 kUnknown = ~quint64(0);

ProcRootSource procOf(const QString& fixture)
{
    return ProcRootSource(test::fixturePath(fixture + QStringLiteral("/proc")).toStdString());
}
ProcRootSource sysOf(const QString& fixture)
{
    return ProcRootSource(test::fixturePath(fixture + QStringLiteral("/sys")).toStdString());
}
quint64 orUnknown(const std::optional<std::uint64_t>& value)
{
    return value ? quint64(*value) : kUnknown;
}
} // namespace

Q_DECLARE_METATYPE(CgroupLimit::State)

class TestMemoryCgroup : public QObject {
    Q_OBJECT

private slots:
    void procCgroup_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("memoryPath"); // the v1 memory line's path, or the v2 line's
        QTest::addColumn<bool>("v2");
        QTest::newRow("v1 capture") << QByteArray::fromStdString(
            test::fixtureBytes(QStringLiteral("cgroup-v1/proc/4242/cgroup")))
                                    << 10 << QStringLiteral("/vmscope-fixture") << false;
        QTest::newRow("v2 only") << QByteArray("0::/user.slice/app.scope\n") << 1
                                 << QStringLiteral("/user.slice/app.scope") << true;
        QTest::newRow("colon in the name") << QByteArray("0::/a:b\n") << 1 << QStringLiteral("/a:b") << true;
        QTest::newRow("no final newline") << QByteArray("4:memory:/x") << 1 << QStringLiteral("/x") << false;
    }
    void procCgroup()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, lines);
        QFETCH(QString, memoryPath);
        QFETCH(bool, v2);
        const auto parsed = parse::parseProcCgroup(bytes.toStdString(), "cgroup");
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message().c_str());
        QCOMPARE(int(parsed->size()), lines);
        bool found = false;
        for (const CgroupMembership& m : *parsed) {
            if ((v2 && m.isV2()) || (!v2 && m.hasController("memory"))) {
                QCOMPARE(QString::fromStdString(m.path), memoryPath);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void procCgroupRejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one colon") << QByteArray("0:/x\n");
        QTest::newRow("id not a number") << QByteArray("x::/\n");
        QTest::newRow("relative path") << QByteArray("0::x\n");
        QTest::newRow("binary") << QByteArray("\x01\x02\xff", 3);
    }
    void procCgroupRejects()
    {
        QFETCH(QByteArray, bytes);
        const auto parsed = parse::parseProcCgroup(bytes.toStdString(), "cgroup");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::Malformed);
    }

    void mounts()
    {
        const auto v1 = parse::parseCgroupMounts(
            test::fixtureBytes(QStringLiteral("cgroup-v1/proc/self/mountinfo")), "mountinfo");
        QVERIFY(v1.ok());
        QCOMPARE(v1->size(), std::size_t(10)); // nine v1 hierarchies and the v2 one
        QCOMPARE(v1->at(3).mountPoint, std::string("/sys/fs/cgroup/memory"));
        QVERIFY(v1->at(3).hasOption("memory"));
        QCOMPARE(v1->back().version, CgroupVersion::V2);
        QCOMPARE(v1->back().mountPoint, std::string("/sys/fs/cgroup/unified"));

        // Optional fields before " - ", and \040 for a space in a mount point.
        const auto escaped = parse::parseCgroupMounts(
            "40 27 0:40 / /sys/fs/my\\040cgroup rw shared:20 master:3 - cgroup2 cgroup2 rw,nsdelegate\n", "mountinfo");
        QVERIFY(escaped.ok());
        QCOMPARE(escaped->size(), std::size_t(1));
        QCOMPARE(escaped->front().mountPoint, std::string("/sys/fs/my cgroup"));
        QVERIFY(escaped->front().hasOption("nsdelegate"));

        QVERIFY(!parse::parseCgroupMounts("40 27 0:40 / /x rw shared:1\n", "mountinfo").ok()); // no " - "
        QVERIFY(!parse::parseCgroupMounts("40 27\n", "mountinfo").ok());
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<CgroupLimit::State>("state");
        QTest::addColumn<quint64>("value");
        QTest::newRow("v2 max") << QByteArray("max\n") << true << State::Unlimited << quint64(0);
        QTest::newRow("v2 bytes") << QByteArray("100663296\n") << true << State::Bytes << quint64(100663296);
        QTest::newRow("v2 zero swap") << QByteArray("0\n") << true << State::Bytes << quint64(0);
        QTest::newRow("v1 unlimited, 4 KiB pages")
            << QByteArray("9223372036854771712\n") << true << State::Unlimited << quint64(0);
        QTest::newRow("v1 unlimited, 64 KiB pages")
            << QByteArray("9223372036854710272\n") << true << State::Bytes << quint64(9223372036854710272ULL);
        QTest::newRow("LONG_MAX") << QByteArray("9223372036854775807\n") << true << State::Unlimited << quint64(0);
        QTest::newRow("no newline") << QByteArray("4096") << true << State::Bytes << quint64(4096);
        QTest::newRow("empty") << QByteArray() << false << State::Unknown << quint64(0);
        QTest::newRow("negative") << QByteArray("-1\n") << false << State::Unknown << quint64(0);
        QTest::newRow("unit") << QByteArray("96M\n") << false << State::Unknown << quint64(0);
        QTest::newRow("overflow") << QByteArray("18446744073709551616\n") << false << State::Unknown << quint64(0);
    }
    void limits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QFETCH(CgroupLimit::State, state);
        QFETCH(quint64, value);
        const auto limit = parse::parseCgroupLimit(bytes.toStdString(), "memory.max");
        QCOMPARE(limit.ok(), ok);
        if (!ok)
            return;
        QCOMPARE(limit->state, state);
        QCOMPARE(quint64(limit->bytes), value);
    }

    // The reader over whole fixtures: v1 captured here (a cgroup of 96 MiB after one OOM kill, and
    // an unlimited one), v2 from the documented format (one with memory.peak, one of an older
    // kernel without it).
    void readsProcess_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("directory");
        QTest::addColumn<CgroupLimit::State>("limitState");
        QTest::addColumn<quint64>("limit");
        QTest::addColumn<CgroupLimit::State>("swapState");
        QTest::addColumn<quint64>("swap");
        QTest::addColumn<bool>("swapIncludesMemory");
        QTest::addColumn<quint64>("usage");
        QTest::addColumn<quint64>("peak");
        QTest::addColumn<quint64>("oomKills");
        QTest::addColumn<quint64>("statAnon"); // v2 "anon", v1 "rss"
        const QString v1 = QStringLiteral("cgroup-v1");
        const QString v2 = QStringLiteral("cgroup-v2");
        QTest::newRow("v1 96 MiB after an OOM kill")
            << v1 << 4242 << 1 << QStringLiteral("/vmscope-fixture")
            << QStringLiteral("fs/cgroup/memory/vmscope-fixture") << State::Bytes << quint64(100663296) << State::Bytes
            << quint64(100663296) << true << quint64(303104) << quint64(100663296) << quint64(1) << quint64(110592);
        QTest::newRow("v1 unlimited") << v1 << 100 << 1 << QStringLiteral("/process_api/session1")
                                      << QStringLiteral("fs/cgroup/memory/process_api/session1") << State::Unlimited
                                      << quint64(0) << State::Unlimited << quint64(0) << true << quint64(755949568)
                                      << quint64(756875264) << quint64(0) << quint64(621580288);
        QTest::newRow("v2 96 MiB, no swap")
            << v2 << 4242 << 2
            << QStringLiteral("/user.slice/user-1000.slice/user@1000.service/app.slice/vmscope-run-7.scope")
            << QStringLiteral("fs/cgroup/user.slice/user-1000.slice/user@1000.service/app.slice/vmscope-run-7.scope")
            << State::Bytes << quint64(100663296) << State::Bytes << quint64(0) << false << quint64(409600)
            << quint64(100663296) << quint64(1) << quint64(98304);
        QTest::newRow("v2 before memory.peak")
            << v2 << 4343 << 2 << QStringLiteral("/system.slice/old.service")
            << QStringLiteral("fs/cgroup/system.slice/old.service") << State::Unlimited << quint64(0)
            << State::Unlimited << quint64(0) << false << quint64(8437760) << kUnknown << quint64(0) << kUnknown;
    }
    void readsProcess()
    {
        QFETCH(QString, fixture);
        QFETCH(int, pid);
        QFETCH(int, version);
        QFETCH(QString, path);
        QFETCH(QString, directory);
        QFETCH(CgroupLimit::State, limitState);
        QFETCH(quint64, limit);
        QFETCH(CgroupLimit::State, swapState);
        QFETCH(quint64, swap);
        QFETCH(bool, swapIncludesMemory);
        QFETCH(quint64, usage);
        QFETCH(quint64, peak);
        QFETCH(quint64, oomKills);
        QFETCH(quint64, statAnon);
        const ProcRootSource proc = procOf(fixture);
        const ProcRootSource sys = sysOf(fixture);
        const auto cgroup = readMemoryCgroupOfProcess(proc, sys, pid);
        QVERIFY2(cgroup.ok(), cgroup.ok() ? "" : cgroup.error().message().c_str());
        QCOMPARE(int(cgroup->location.version), version);
        QCOMPARE(QString::fromStdString(cgroup->location.path), path);
        QCOMPARE(QString::fromStdString(cgroup->location.sysDirectory), directory);
        QCOMPARE(cgroup->limit.state, limitState);
        QCOMPARE(quint64(cgroup->limit.bytes), limit);
        QCOMPARE(cgroup->swapLimit.state, swapState);
        QCOMPARE(quint64(cgroup->swapLimit.bytes), swap);
        QCOMPARE(cgroup->swapLimitIncludesMemory, swapIncludesMemory);
        QCOMPARE(orUnknown(cgroup->usageBytes), usage);
        QCOMPARE(orUnknown(cgroup->peakBytes), peak);
        QCOMPARE(orUnknown(cgroup->oomKills), oomKills);
        QCOMPARE(orUnknown(findCounter(cgroup->stat, version == 2 ? "anon" : "rss")), statAnon);
        QVERIFY(cgroup->problems.empty());
    }

    void hierarchies()
    {
        // Here: memory on v1 only; the v2 hierarchy is there without it.
        const auto v1 = findMemoryHierarchies(procOf(QStringLiteral("cgroup-v1")), sysOf(QStringLiteral("cgroup-v1")));
        QVERIFY(v1.ok());
        QVERIFY(v1->v1.has_value());
        QVERIFY(!v1->v2.has_value());
        QVERIFY(v1->v2WithoutMemory.has_value());
        QCOMPARE(MemoryHierarchies::sysDirectoryOf(*v1->v1), std::string("fs/cgroup/memory"));
        const auto v2 = findMemoryHierarchies(procOf(QStringLiteral("cgroup-v2")), sysOf(QStringLiteral("cgroup-v2")));
        QVERIFY(v2.ok());
        QVERIFY(!v2->v1.has_value());
        QVERIFY(v2->v2.has_value());
        QCOMPARE(MemoryHierarchies::sysDirectoryOf(*v2->v2), std::string("fs/cgroup"));
    }

    void missingIsUnknownNotFailure()
    {
        // A cgroup directory that is gone (removed after its run): every figure unknown.
        const MemoryCgroup gone = readMemoryCgroup(
            sysOf(QStringLiteral("cgroup-v1")), { CgroupVersion::V1, "/gone", "fs/cgroup/memory/gone" });
        QVERIFY(!gone.limit.known());
        QVERIFY(!gone.usageBytes);
        QVERIFY(!gone.oomKills);
        QVERIFY(gone.problems.empty());
        // No such process.
        const auto none
            = readMemoryCgroupOfProcess(procOf(QStringLiteral("cgroup-v1")), sysOf(QStringLiteral("cgroup-v1")), 99999);
        QVERIFY(!none.ok());
    }

    void defaultRunLimit_data()
    {
        QTest::addColumn<quint64>("availableKiB");
        QTest::addColumn<quint64>("bytes");
        QTest::newRow("24 GiB machine: the 1 GiB cap") << quint64(23868696) << quint64(1024ULL << 20);
        QTest::newRow("2 GiB available: a quarter") << quint64(2ULL << 20) << quint64(512ULL << 20);
        QTest::newRow("odd: whole MiB") << quint64(1000000) << quint64(244ULL << 20);
        QTest::newRow("almost nothing: the floor") << quint64(1000) << quint64(16ULL << 20);
    }
    void defaultRunLimit()
    {
        QFETCH(quint64, availableKiB);
        QFETCH(quint64, bytes);
        MemInfo info;
        info.entries.push_back({ "MemAvailable", availableKiB, true });
        QCOMPARE(quint64(defaultRunMemoryLimitBytes(info)), bytes);
    }
};

QTEST_GUILESS_MAIN(TestMemoryCgroup)
#include "tst_memorycgroup.moc"
