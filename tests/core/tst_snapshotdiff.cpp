// The comparison of two snapshots of one process (core/analysis/SnapshotDiff): what the region
// table highlights and lists as vanished, and which VMAs it may leave alone, over a fixture map.
#include "TestData.h"

#include "FixtureMaps.h"
#include "core/analysis/Classifier.h"
#include "core/analysis/SnapshotDiff.h"
#include "core/io/ProcRootSource.h"
#include "core/model/Saturating.h"
#include "core/read/ProcessReader.h"

#include <QtTest>

#include <algorithm>
#include <limits>

using namespace vmscope;

namespace {
constexpr std::uint64_t kHeapStart = 0x55ac800c9000;
constexpr std::uint64_t kStackStart = 0x7ffe1de39000;
constexpr std::uint64_t kGuardStart = 0x7fdfbcf1a000;
constexpr std::uint64_t kNewStart = 0x600000000000;

std::size_t indexOf(const MemoryMap& map, std::uint64_t start)
{
    const auto it = std::find_if(map.vmas.begin(), map.vmas.end(), [&](const Vma& v) { return v.start == start; });
    if (it == map.vmas.end())
        qFatal("no VMA at %llx", static_cast<unsigned long long>(start));
    return static_cast<std::size_t>(it - map.vmas.begin());
}
} // namespace

class TestSnapshotDiff : public QObject {
    Q_OBJECT
private slots:
    void sameSnapshotChangesNothing();
    void missingSnapshot();
    void changesVanishedAndUnchanged();
    void valueNotHighlightedStillChanges();
    void pageCountsLightWhatChangedHands();
    void regionsOfTheSameMapEqual();
    void regionsHeapGrownInPlace();
    void regionsAddedRemovedAndReplaced();
    void regionsChangedOrderedByPss();
    void regionsFromMapsOnlySize();
    void regionsSaturatedCounters();
    void regionMarksAndKinds();
};

void TestSnapshotDiff::sameSnapshotChangesNothing()
{
    const auto map = test::zooMap();
    const auto copy = std::make_shared<const MemoryMap>(*map);
    const SnapshotDiff diff = diffSnapshots(map, copy);
    QCOMPARE(diff.previous, map);
    QCOMPARE(diff.next, copy);
    QVERIFY(diff.changes.empty());
    QVERIFY(diff.vanished.empty());
    QCOMPARE(diff.unchanged.size(), map->vmas.size());
    QVERIFY(std::all_of(diff.unchanged.begin(), diff.unchanged.end(), [](bool same) { return same; }));
}

void TestSnapshotDiff::missingSnapshot()
{
    const auto map = test::zooMap();
    const SnapshotDiff diff = diffSnapshots(nullptr, map);
    QVERIFY(diff.changes.empty() && diff.vanished.empty() && diff.unchanged.empty());
    QCOMPARE(diff.next, map);
}

// The guard below a thread stack goes, a mapping appears, the heap's Rss grows, the stack
// grows by a page.
void TestSnapshotDiff::changesVanishedAndUnchanged()
{
    const auto before = test::zooMap();
    auto after = std::make_shared<MemoryMap>(*before);
    after->vmas.erase(after->vmas.begin() + static_cast<long>(indexOf(*after, kGuardStart)));
    Vma fresh;
    fresh.start = kNewStart;
    fresh.end = kNewStart + 0x10000;
    fresh.fields.set(SmapsKey::Size, 64);
    after->vmas.insert(std::lower_bound(after->vmas.begin(), after->vmas.end(), kNewStart,
                           [](const Vma& v, std::uint64_t s) { return v.start < s; }),
        fresh);
    after->vmas[indexOf(*after, kHeapStart)].fields.set(SmapsKey::Rss, 96);
    after->vmas[indexOf(*after, kStackStart)].end += 0x1000;
    classifyRegions(after->vmas);

    const SnapshotDiff diff = diffSnapshots(before, after);
    QCOMPARE(diff.vanished.size(), std::size_t(1));
    QCOMPARE(before->vmas[diff.vanished.front()].start, kGuardStart);
    using Change = std::pair<std::uint64_t, ChangeKind>;
    QCOMPARE(diff.changes,
        (std::vector<Change> { { kHeapStart, ChangeKind::RssChanged }, { kNewStart, ChangeKind::Appeared },
            { kStackStart, ChangeKind::Resized } }));
    QCOMPARE(diff.unchanged.size(), after->vmas.size());
    for (const std::uint64_t start : { kHeapStart, kNewStart, kStackStart })
        QVERIFY(!diff.unchanged[indexOf(*after, start)]);
    // The rest stays as it was but where the classification of a neighbour moved with them.
    QVERIFY(std::count(diff.unchanged.begin(), diff.unchanged.end(), false) < 8);
}

// A value the highlights do not show (Pss) is no highlight, but the row must be repainted.
void TestSnapshotDiff::valueNotHighlightedStillChanges()
{
    const auto before = test::zooMap();
    auto after = std::make_shared<MemoryMap>(*before);
    const std::size_t heap = indexOf(*after, kHeapStart);
    after->vmas[heap].fields.set(SmapsKey::Pss, after->vmas[heap].fields.get(SmapsKey::Pss) + 4);
    const SnapshotDiff diff = diffSnapshots(before, after);
    QVERIFY(diff.changes.empty());
    QVERIFY(!diff.unchanged[heap]);
    QCOMPARE(std::count(diff.unchanged.begin(), diff.unchanged.end(), false), 1);
    QVERIFY(sameVma(*before, before->vmas[0], *after, after->vmas[0]));
    QVERIFY(!sameVma(*before, before->vmas[heap], *after, after->vmas[heap]));
}

void TestSnapshotDiff::pageCountsLightWhatChangedHands()
{
    // Copy-on-write after fork: the same RSS, half of it moved from Shared_Dirty to Private_Dirty.
    const auto before = test::zooMap();
    auto after = std::make_shared<MemoryMap>(*before);
    const std::size_t heap = indexOf(*after, kHeapStart);
    SmapsFields& fields = after->vmas[heap].fields;
    fields.set(SmapsKey::Shared_Dirty, fields.get(SmapsKey::Shared_Dirty) + 8);
    fields.set(SmapsKey::Private_Dirty, fields.get(SmapsKey::Private_Dirty) + 8);
    fields.set(SmapsKey::Private_Clean, fields.get(SmapsKey::Private_Clean) + 4);
    QVERIFY(diffSnapshots(before, after).changes.empty()); // a live refresh leaves it unlit
    const SnapshotDiff step = diffSnapshots(before, after, DiffDetail::PageCounts);
    QCOMPARE(step.changes.size(), 1u);
    QCOMPARE(step.changes[0].first, kHeapStart);
    QCOMPARE(step.changes[0].second, ChangeKind::SharingChanged);
    // A change of RSS stays an RSS change at either detail.
    fields.set(SmapsKey::Rss, fields.get(SmapsKey::Rss) + 4);
    QCOMPARE(diffSnapshots(before, after, DiffDetail::PageCounts).changes[0].second, ChangeKind::RssChanged);
}

void TestSnapshotDiff::regionsOfTheSameMapEqual()
{
    const auto map = test::zooMap();
    QVERIFY(diffRegions(*map, *map).empty());
    // Nothing against everything: every region added, or every region removed.
    const MemoryMap none;
    const RegionDiff appeared = diffRegions(none, *map);
    QCOMPARE(appeared.added.size(), map->vmas.size());
    QVERIFY(appeared.removed.empty() && appeared.changed.empty());
    QCOMPARE(diffRegions(*map, none).removed.size(), map->vmas.size());
}

// brk moves the end of [heap]: the same region (same start, same object), grown in place.
void TestSnapshotDiff::regionsHeapGrownInPlace()
{
    const auto before = test::zooMap();
    MemoryMap after = *before;
    Vma& heap = after.vmas[indexOf(after, kHeapStart)];
    QCOMPARE(heap.path, std::string("[heap]"));
    const std::uint64_t rss = heap.fields.get(SmapsKey::Rss);
    const std::uint64_t pss = heap.fields.get(SmapsKey::Pss);
    heap.end += 1024 * 1024; // 1 MiB more, 256 kB of it touched
    heap.fields.set(SmapsKey::Size, heap.fields.get(SmapsKey::Size) + 1024);
    heap.fields.set(SmapsKey::Rss, rss + 256);
    heap.fields.set(SmapsKey::Pss, pss + 256);
    const RegionDiff diff = diffRegions(*before, after);
    QVERIFY(diff.added.empty());
    QVERIFY(diff.removed.empty());
    QCOMPARE(diff.changed.size(), 1u);
    const RegionChange& change = diff.changed.front();
    QCOMPARE(after.vmas[change.after].start, kHeapStart);
    QCOMPARE(before->vmas[change.before].start, kHeapStart);
    QCOMPARE(change.sizeDeltaKb, std::int64_t(1024));
    QCOMPARE(change.rssDeltaKb, std::int64_t(256));
    QCOMPARE(change.pssDeltaKb, std::int64_t(256));
    QCOMPARE(change.swapDeltaKb, std::int64_t(0));
    // Shrunk back below where it started: negative deltas.
    const RegionDiff back = diffRegions(after, *before);
    QCOMPARE(back.changed.size(), 1u);
    QCOMPARE(back.changed.front().sizeDeltaKb, std::int64_t(-1024));
    QCOMPARE(back.changed.front().rssDeltaKb, std::int64_t(-256));
}

// The guard page goes, a mapping appears, and a file is replaced at the same address by another:
// the replaced one is removed and added, never changed.
void TestSnapshotDiff::regionsAddedRemovedAndReplaced()
{
    const auto before = test::zooMap();
    MemoryMap after = *before;
    after.vmas.erase(after.vmas.begin() + static_cast<long>(indexOf(after, kGuardStart)));
    Vma fresh;
    fresh.start = kNewStart;
    fresh.end = kNewStart + 8 * 1024 * 1024;
    fresh.fields.set(SmapsKey::Rss, 8192);
    after.vmas.insert(std::lower_bound(after.vmas.begin(), after.vmas.end(), kNewStart,
                          [](const Vma& v, std::uint64_t s) { return v.start < s; }),
        fresh);
    const auto file = std::find_if(after.vmas.begin(), after.vmas.end(),
        [](const Vma& v) { return v.inode != 0 && !v.path.empty() && v.path.front() == '/'; });
    QVERIFY(file != after.vmas.end());
    const std::uint64_t replacedStart = file->start;
    file->path = "/tmp/another-file";
    file->inode += 1;
    // A file unlinked after mapping is still the same mapping.
    const auto other = std::find_if(std::next(file), after.vmas.end(),
        [](const Vma& v) { return v.inode != 0 && !v.path.empty() && v.path.front() == '/'; });
    QVERIFY(other != after.vmas.end());
    other->deleted = true;

    const RegionDiff diff = diffRegions(*before, after);
    std::vector<std::uint64_t> added;
    for (std::uint32_t i : diff.added)
        added.push_back(after.vmas[i].start);
    std::vector<std::uint64_t> removed;
    for (std::uint32_t i : diff.removed)
        removed.push_back(before->vmas[i].start);
    QCOMPARE(added, (std::vector<std::uint64_t> { replacedStart, kNewStart }));
    QCOMPARE(removed, (std::vector<std::uint64_t> { replacedStart, kGuardStart }));
    QVERIFY(diff.changed.empty());
    QCOMPARE(after.vmas[diff.added.back()].size() / 1024, std::uint64_t(8192));
}

void TestSnapshotDiff::regionsChangedOrderedByPss()
{
    MemoryMap before = *test::zooMap();
    MemoryMap after = before;
    SmapsFields& heap = after.vmas[indexOf(after, kHeapStart)].fields;
    heap.set(SmapsKey::Pss, heap.get(SmapsKey::Pss) + 4);
    SmapsFields& stack = after.vmas[indexOf(after, kStackStart)].fields;
    stack.set(SmapsKey::Swap, stack.get(SmapsKey::Swap) + 40);
    // The first region loses 100 kB of PSS (another process mapped the same file).
    before.vmas[0].fields.set(SmapsKey::Pss, after.vmas[0].fields.get(SmapsKey::Pss) + 100);
    const RegionDiff diff = diffRegions(before, after);
    QCOMPARE(diff.changed.size(), 3u);
    QCOMPARE(diff.changed[0].after, 0u); // the largest |PSS delta|, though negative
    QCOMPARE(diff.changed[0].pssDeltaKb, std::int64_t(-100));
    QCOMPARE(after.vmas[diff.changed[1].after].start, kHeapStart);
    QCOMPARE(after.vmas[diff.changed[2].after].start, kStackStart);
    QCOMPARE(diff.changed[2].swapDeltaKb, std::int64_t(40));
    QCOMPARE(diff.changed[2].pssDeltaKb, std::int64_t(0));
}

// From maps (a capture without smaps) only the address range is known.
void TestSnapshotDiff::regionsFromMapsOnlySize()
{
    const auto before = test::fixtureMap(QStringLiteral("live-6.18-x86_64"), 9946, MapDetail::Maps);
    MemoryMap after = *before;
    after.vmas[indexOf(after, kStackStart)].start -= 0x3000; // the stack grows down: a new start
    after.vmas[indexOf(after, kHeapStart)].end += 0x3000;
    const RegionDiff diff = diffRegions(*before, after);
    QCOMPARE(diff.changed.size(), 1u);
    QCOMPARE(diff.changed[0].sizeDeltaKb, std::int64_t(12));
    QCOMPARE(diff.changed[0].rssDeltaKb, std::int64_t(0));
    QCOMPARE(diff.added.size(), 1u);
    QCOMPARE(diff.removed.size(), 1u);
}

void TestSnapshotDiff::regionsSaturatedCounters()
{
    const auto before = test::zooMap();
    MemoryMap after = *before;
    MemoryMap zero = *before;
    after.vmas[0].fields.set(SmapsKey::Rss, kSaturated);
    zero.vmas[0].fields.set(SmapsKey::Rss, 0);
    QCOMPARE(diffRegions(zero, after).changed.at(0).rssDeltaKb, std::numeric_limits<std::int64_t>::max());
    QCOMPARE(diffRegions(after, zero).changed.at(0).rssDeltaKb, std::numeric_limits<std::int64_t>::min());
    QCOMPARE(deltaMagnitude(std::numeric_limits<std::int64_t>::min()), std::uint64_t(1) << 63);
}

// What the compare view draws: added Appeared, grown or shrunk by the first figure that moved
// (Size, RSS, PSS, swap); an added or removed region as a change from or to nothing.
void TestSnapshotDiff::regionMarksAndKinds()
{
    RegionChange change;
    QCOMPARE(regionChangeKind(change), ChangeKind::None);
    change.rssDeltaKb = -4;
    change.pssDeltaKb = 8;
    QCOMPARE(regionChangeKind(change), ChangeKind::Shrunk);
    change.sizeDeltaKb = 132;
    QCOMPARE(regionChangeKind(change), ChangeKind::Grown);

    const auto before = test::zooMap();
    MemoryMap after = *before;
    Vma& heap = after.vmas[indexOf(after, kHeapStart)];
    heap.end += 1024 * 1024;
    Vma fresh;
    fresh.start = kNewStart;
    fresh.end = kNewStart + 8 * 1024 * 1024;
    fresh.fields.set(SmapsKey::Rss, 8192);
    fresh.fields.set(SmapsKey::Pss, 4096);
    after.vmas.insert(std::lower_bound(after.vmas.begin(), after.vmas.end(), kNewStart,
                          [](const Vma& v, std::uint64_t s) { return v.start < s; }),
        fresh);
    const RegionDiff diff = diffRegions(*before, after);
    using Mark = std::pair<std::uint64_t, ChangeKind>;
    std::vector<Mark> expected { { kHeapStart, ChangeKind::Grown }, { kNewStart, ChangeKind::Appeared } };
    std::sort(expected.begin(), expected.end());
    QCOMPARE(regionDiffMarks(after, diff), expected);
    const RegionChange added = regionAddedOrRemoved(fresh, 7, true);
    QCOMPARE(added.after, 7u);
    QCOMPARE(added.sizeDeltaKb, std::int64_t(8192));
    QCOMPARE(added.rssDeltaKb, std::int64_t(8192));
    QCOMPARE(added.pssDeltaKb, std::int64_t(4096));
    const RegionChange removed = regionAddedOrRemoved(fresh, 3, false);
    QCOMPARE(removed.before, 3u);
    QCOMPARE(removed.sizeDeltaKb, std::int64_t(-8192));
    QCOMPARE(removed.pssDeltaKb, std::int64_t(-4096));
    QCOMPARE(regionDiffMarks(*before, diffRegions(after, *before)),
        (std::vector<Mark> { { kHeapStart, ChangeKind::Shrunk } }));
}

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
