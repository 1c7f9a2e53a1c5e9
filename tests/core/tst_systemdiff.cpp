// Two moments of a system compared (core/analysis/SystemDiff, core/read/SystemMoment): processes
// added, removed, changed, reused pids and unreadable ones, and the meminfo deltas, over the live
// 6.18 fixture read as the CLI reads it and edited in memory.
#include "TestData.h"

#include "core/analysis/SystemDiff.h"
#include "core/io/ProcRootSource.h"
#include "core/model/Saturating.h"
#include "core/read/SystemMoment.h"

#include <QtTest>

#include <algorithm>
#include <limits>

using namespace vmscope;

namespace {
SystemMoment fixtureMoment()
{
    const ProcRootSource source(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    auto moment = readSystemMoment(source);
    if (!moment)
        qFatal("fixture moment unreadable: %s", moment.error().message().c_str());
    return std::move(moment).value();
}

ProcessMoment& processOf(SystemMoment& moment, int pid)
{
    const auto it = std::find_if(
        moment.processes.begin(), moment.processes.end(), [&](const ProcessMoment& p) { return p.pid == pid; });
    if (it == moment.processes.end())
        qFatal("no process %d", pid);
    return *it;
}

std::vector<int> pidsOf(const std::vector<ProcessMoment>& processes)
{
    std::vector<int> pids;
    for (const ProcessMoment& p : processes)
        pids.push_back(p.pid);
    return pids;
}

const MemInfoChange* memInfoKey(const SystemDiff& diff, std::string_view key)
{
    for (const MemInfoChange& change : diff.memInfo)
        if (change.key == key)
            return &change;
    return nullptr;
}
} // namespace

class TestSystemDiff : public QObject {
    Q_OBJECT
private slots:
    void readsTheFixture();
    void sameMomentIsEmpty();
    void addedRemovedChanged();
    void reusedPidIsRemovedAndAdded();
    void unreadableIsNeitherAddedNorRemoved();
    void memInfoDeltasAndOneSidedKeys();
    void saturatedFiguresStayDefined();
};

void TestSystemDiff::readsTheFixture()
{
    const SystemMoment moment = fixtureMoment();
    QCOMPARE(pidsOf(moment.processes), (std::vector<int> { 9946, 9950, 10162 }));
    QVERIFY(moment.unreadable.empty());
    const ProcessMoment& zoo = moment.processes[0];
    // The figures of 9946/smaps_rollup and stat, as the files print them.
    QCOMPARE(zoo.name, std::string("zoo"));
    QCOMPARE(zoo.startTime, std::optional<std::uint64_t>(31930));
    QCOMPARE(zoo.rssKb, std::uint64_t(12252));
    QCOMPARE(zoo.pssKb, std::uint64_t(5943));
    QCOMPARE(zoo.ussKb, std::uint64_t(16 + 332));
    QCOMPARE(zoo.swapKb, std::uint64_t(0));
    QCOMPARE(moment.memInfo.find("MemTotal"), std::optional<std::uint64_t>(24684084));
}

void TestSystemDiff::sameMomentIsEmpty()
{
    const SystemMoment moment = fixtureMoment();
    const SystemDiff diff = diffSystems(moment, moment);
    QVERIFY(diff.processesEmpty());
    QVERIFY(diff.reused.empty() && diff.unreadable.empty());
    QCOMPARE(diff.memInfo.size(), moment.memInfo.entries.size());
    for (const MemInfoChange& change : diff.memInfo)
        QCOMPARE(change.delta(), std::optional<std::int64_t>(0));
}

void TestSystemDiff::addedRemovedChanged()
{
    const SystemMoment a = fixtureMoment();
    SystemMoment b = a;
    // 9950 exits, 12000 starts, zoo maps and touches 8 MiB, qtplot gives back 100 kB of PSS.
    b.processes.erase(b.processes.begin() + 1);
    ProcessMoment fresh;
    fresh.pid = 12000;
    fresh.name = "sleep";
    fresh.startTime = 40000;
    fresh.rssKb = 1600;
    b.processes.push_back(fresh);
    ProcessMoment& zoo = processOf(b, 9946);
    zoo.rssKb += 8192;
    zoo.pssKb += 8192;
    zoo.ussKb += 8192;
    processOf(b, 10162).pssKb -= 100;

    const SystemDiff diff = diffSystems(a, b);
    QCOMPARE(pidsOf(diff.added), (std::vector<int> { 12000 }));
    QCOMPARE(diff.added[0].name, std::string("sleep"));
    QCOMPARE(pidsOf(diff.removed), (std::vector<int> { 9950 }));
    QCOMPARE(diff.changed.size(), 2u);
    QCOMPARE(diff.changed[0].pid, 9946); // the largest |PSS delta| first
    QCOMPARE(diff.changed[0].name, std::string("zoo"));
    QCOMPARE(diff.changed[0].rssDeltaKb, std::int64_t(8192));
    QCOMPARE(diff.changed[0].pssDeltaKb, std::int64_t(8192));
    QCOMPARE(diff.changed[0].ussDeltaKb, std::int64_t(8192));
    QCOMPARE(diff.changed[0].swapDeltaKb, std::int64_t(0));
    QCOMPARE(diff.changed[1].pid, 10162);
    QCOMPARE(diff.changed[1].pssDeltaKb, std::int64_t(-100));
    QCOMPARE(diff.changed[1].rssDeltaKb, std::int64_t(0));

    // The other way round, everything turns over.
    const SystemDiff back = diffSystems(b, a);
    QCOMPARE(pidsOf(back.added), (std::vector<int> { 9950 }));
    QCOMPARE(pidsOf(back.removed), (std::vector<int> { 12000 }));
    QCOMPARE(back.changed[0].pssDeltaKb, std::int64_t(-8192));
}

void TestSystemDiff::reusedPidIsRemovedAndAdded()
{
    const SystemMoment a = fixtureMoment();
    SystemMoment b = a;
    ProcessMoment& other = processOf(b, 9950);
    other.startTime = *other.startTime + 500;
    other.name = "another";
    other.rssKb = 100;
    // A start time nobody knows (a capture without stat) is taken as the same process.
    processOf(b, 10162).startTime.reset();
    processOf(b, 10162).rssKb += 4;
    const SystemDiff diff = diffSystems(a, b);
    QCOMPARE(diff.reused, (std::vector<int> { 9950 }));
    QCOMPARE(pidsOf(diff.removed), (std::vector<int> { 9950 }));
    QCOMPARE(pidsOf(diff.added), (std::vector<int> { 9950 }));
    QCOMPARE(diff.added[0].name, std::string("another"));
    QCOMPARE(diff.removed[0].name, std::string("zoo"));
    QCOMPARE(diff.changed.size(), 1u);
    QCOMPARE(diff.changed[0].pid, 10162);
}

// A process unreadable on one side is not known there: neither exited nor started.
void TestSystemDiff::unreadableIsNeitherAddedNorRemoved()
{
    SystemMoment a = fixtureMoment();
    SystemMoment b = a;
    b.processes.erase(b.processes.begin()); // 9946 readable in A, unreadable in B
    b.unreadable = { 1, 9946 };
    a.unreadable = { 1 };
    a.processes.erase(a.processes.begin() + 2); // 10162 unreadable in A, readable in B
    a.unreadable = { 1, 10162 };
    const SystemDiff diff = diffSystems(a, b);
    QVERIFY(diff.processesEmpty());
    QCOMPARE(diff.unreadable, (std::vector<int> { 1, 9946, 10162 }));
}

void TestSystemDiff::memInfoDeltasAndOneSidedKeys()
{
    SystemMoment a = fixtureMoment();
    SystemMoment b = a;
    const std::uint64_t memFree = *a.memInfo.find("MemFree");
    for (MemInfoEntry& entry : b.memInfo.entries)
        if (entry.key == "MemFree")
            entry.value = memFree - 8192;
    // A key only the later kernel prints, one only the earlier printed, and a count (no unit).
    b.memInfo.entries.push_back({ "Unaccepted", 12, true });
    a.memInfo.entries.insert(a.memInfo.entries.begin(), { "NFS_Old", 7, true });
    for (MemInfoEntry& entry : b.memInfo.entries)
        if (entry.key == "HugePages_Total")
            entry.value += 2;
    // A repeated key: the first one counts, as MemInfo::find reads it.
    b.memInfo.entries.push_back({ "MemFree", 1, true });

    const SystemDiff diff = diffSystems(a, b);
    QCOMPARE(diff.memInfo.front().key, std::string("MemTotal"));
    QCOMPARE(memInfoKey(diff, "MemFree")->delta(), std::optional<std::int64_t>(-8192));
    QCOMPARE(memInfoKey(diff, "MemTotal")->delta(), std::optional<std::int64_t>(0));
    const MemInfoChange* hugePages = memInfoKey(diff, "HugePages_Total");
    QCOMPARE(hugePages->delta(), std::optional<std::int64_t>(2));
    QVERIFY(!hugePages->hasUnit);
    const MemInfoChange* onlyB = memInfoKey(diff, "Unaccepted");
    QVERIFY(!onlyB->before && onlyB->after == std::optional<std::uint64_t>(12) && !onlyB->delta());
    const MemInfoChange* onlyA = memInfoKey(diff, "NFS_Old");
    QVERIFY(onlyA->before == std::optional<std::uint64_t>(7) && !onlyA->after && !onlyA->delta());
    QCOMPARE(diff.memInfo.back().key, std::string("NFS_Old")); // the earlier side's own keys last
    QCOMPARE(diff.memInfo.size(), a.memInfo.entries.size() + 1);
}

void TestSystemDiff::saturatedFiguresStayDefined()
{
    const SystemMoment a = fixtureMoment();
    SystemMoment b = a;
    processOf(b, 9946).rssKb = kSaturated;
    processOf(b, 9950).pssKb = kSaturated;
    const SystemDiff diff = diffSystems(a, b);
    QCOMPARE(diff.changed.size(), 2u);
    QCOMPARE(diff.changed[0].pid, 9950);
    QCOMPARE(diff.changed[0].pssDeltaKb, std::numeric_limits<std::int64_t>::max());
    QCOMPARE(diff.changed[1].rssDeltaKb, std::numeric_limits<std::int64_t>::max());
    const SystemDiff back = diffSystems(b, a);
    QCOMPARE(back.changed[0].pssDeltaKb, std::numeric_limits<std::int64_t>::min());
}

QTEST_GUILESS_MAIN(TestSystemDiff)
#include "tst_systemdiff.moc"
