// The comparison of two snapshots of one process (core/analysis/SnapshotDiff): what the region
// table highlights and lists as vanished, and which VMAs it may leave alone, over a fixture map.
#include "TestData.h"

#include "core/analysis/Classifier.h"
#include "core/analysis/SnapshotDiff.h"
#include "core/io/ProcRootSource.h"
#include "core/read/ProcessReader.h"
#include "FixtureMaps.h"

#include <QtTest>

#include <algorithm>

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

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
