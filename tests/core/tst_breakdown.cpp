// The per-process breakdown (core/analysis/Breakdown.h): VMAs grouped by kind and by mapping, top
// mappings plus "other", and the smaps_rollup read that adds the Pss_* parts. The view's bars are
// checked against the same groups in tests/widgets/tst_processbreakdown.cpp.
#include "TestData.h"

#include "core/analysis/Breakdown.h"
#include "core/io/ProcRootSource.h"
#include "core/read/ProcessReader.h"
#include "FixtureMaps.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace vmscope;

namespace {
const QString kLive = QStringLiteral("live-6.18-x86_64");

constexpr std::array<SmapsKey, 9> kCompared { SmapsKey::Size, SmapsKey::Rss, SmapsKey::Pss, SmapsKey::Private_Clean,
    SmapsKey::Private_Dirty, SmapsKey::Shared_Clean, SmapsKey::Shared_Dirty, SmapsKey::Swap, SmapsKey::SwapPss };

bool sameTotals(const Totals& a, const Totals& b)
{
    return a.vmaCount == b.vmaCount && std::all_of(kCompared.begin(), kCompared.end(), [&](SmapsKey key) {
        return a.fields.get(key) == b.fields.get(key);
    });
}

// Every VMA in exactly one group, and the groups add up to the process.
void checkPartition(const MemoryMap& map, const std::vector<BreakdownGroup>& groups, const Totals& total)
{
    Totals added;
    std::vector<int> seen;
    for (const BreakdownGroup& g : groups) {
        added.add(g.totals.fields);
        added.vmaCount += g.totals.vmaCount;
        QCOMPARE(g.vmaIndices.size(), g.totals.vmaCount);
        QVERIFY(std::is_sorted(g.vmaIndices.begin(), g.vmaIndices.end()));
        seen.insert(seen.end(), g.vmaIndices.begin(), g.vmaIndices.end());
    }
    QVERIFY(sameTotals(added, total));
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen.size(), map.vmas.size());
    for (std::size_t i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i], int(i));
}
} // namespace

class TestBreakdown : public QObject {
    Q_OBJECT

private slots:
    void groupsPartitionTheProcess_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("mappings"); // distinct mapping names (sumByMapping)
        QTest::newRow("zoo") << kLive << 9946 << -1;
        QTest::newRow("qtplot (323 regions, 79 mappings)") << kLive << 10162 << 79;
        QTest::newRow("2.6.27, no rollup") << QStringLiteral("historic/2.6.27-smaps") << 2012 << -1;
    }
    void groupsPartitionTheProcess()
    {
        QFETCH(QString, fixture);
        QFETCH(int, pid);
        QFETCH(int, mappings);
        const ProcRootSource source(test::procRoot(fixture));
        const auto map = test::fixtureMap(source, pid);
        const ProcessBreakdown b = computeBreakdown(map, std::nullopt);
        QCOMPARE(b.map, map);
        QVERIFY(sameTotals(b.total, sumAll(map->vmas)));
        checkPartition(*map, b.byKind, b.total);
        checkPartition(*map, b.byMapping, b.total);
        QCOMPARE(&b.groups(BreakdownGrouping::ByKind), &b.byKind);
        QCOMPARE(&b.groups(BreakdownGrouping::ByMapping), &b.byMapping);

        // By kind: one group per kind present, most RSS first, never "other".
        const auto byKind = sumByKind(map->vmas);
        std::size_t kinds = 0;
        for (const Totals& t : byKind)
            kinds += t.vmaCount > 0;
        QCOMPARE(b.byKind.size(), kinds);
        for (std::size_t i = 0; i < b.byKind.size(); ++i) {
            const BreakdownGroup& g = b.byKind[i];
            QVERIFY(!g.other);
            QCOMPARE(g.name, std::string(regionKindName(g.kind)));
            QVERIFY(sameTotals(g.totals, byKind[std::size_t(g.kind)]));
            if (i > 0)
                QVERIFY(b.byKind[i - 1].totals.rss() >= g.totals.rss());
        }

        // By mapping: the mappings holding memory, largest PSS first, up to kTopMappings; the
        // rest (and every mapping holding nothing) is "other".
        const std::vector<MappingTotals> all = sumByMapping(map->vmas);
        if (mappings >= 0)
            QCOMPARE(all.size(), std::size_t(mappings));
        std::vector<const MappingTotals*> holding;
        for (const MappingTotals& m : all)
            if (m.totals.rss() > 0 || m.totals.swap() > 0)
                holding.push_back(&m);
        const std::size_t top = std::min(kTopMappings, holding.size());
        for (std::size_t i = 0; i < top; ++i) {
            QCOMPARE(b.byMapping[i].name, holding[i]->mapping);
            QVERIFY(!b.byMapping[i].other);
            QVERIFY(b.byMapping[i].holdsMemory());
            QVERIFY(sameTotals(b.byMapping[i].totals, holding[i]->totals));
        }
        const bool expectOther = all.size() > top;
        QCOMPARE(b.byMapping.size(), top + (expectOther ? 1 : 0));
        if (expectOther) {
            QVERIFY(b.byMapping.back().other);
            QCOMPARE(b.byMapping.back().mappingCount, all.size() - top);
        }
    }

    // A smaller top: more mappings go to "other", the sums still hold.
    void topMappingsIsALimit()
    {
        const ProcRootSource source(test::procRoot(kLive));
        const auto map = test::fixtureMap(source, 10162);
        const ProcessBreakdown b = computeBreakdown(map, std::nullopt, 3);
        QCOMPARE(b.byMapping.size(), std::size_t(4));
        QVERIFY(b.byMapping.back().other);
        QCOMPARE(b.byMapping.back().mappingCount, std::size_t(79 - 3));
        checkPartition(*map, b.byMapping, b.total);
        const ProcessBreakdown none = computeBreakdown(map, std::nullopt, 0);
        QCOMPARE(none.byMapping.size(), std::size_t(1));
        QCOMPARE(none.byMapping.front().mappingCount, std::size_t(79));
        QVERIFY(sameTotals(none.byMapping.front().totals, none.total));
    }

    void noMapNoGroups()
    {
        const ProcessBreakdown b = computeBreakdown(nullptr, std::nullopt);
        QVERIFY(b.byKind.empty());
        QVERIFY(b.byMapping.empty());
        QCOMPARE(b.total.vmaCount, std::size_t(0));
    }

    // The Pss_* parts exist only in smaps_rollup: read it through core/read, as the view does.
    void rollupAddsThePssParts()
    {
        const ProcRootSource source(test::procRoot(kLive));
        const Result<parse::SmapsRollup> rollup = readSmapsRollup(source, 9946);
        QVERIFY2(rollup.ok(), rollup.ok() ? "" : rollup.error().message().c_str());
        // Values as the fixture's smaps_rollup prints them.
        QCOMPARE(rollup->fields.get(SmapsKey::Pss_Anon), std::uint64_t(5384));
        QCOMPARE(rollup->fields.get(SmapsKey::Pss_File), std::uint64_t(383));
        QCOMPARE(rollup->fields.get(SmapsKey::Pss_Shmem), std::uint64_t(176));
        const auto map = test::fixtureMap(source, 9946);
        const ProcessBreakdown b = computeBreakdown(map, rollup->fields);
        QVERIFY(b.rollup.has_value());
        QCOMPARE(b.rollup->get(SmapsKey::Pss_Anon), std::uint64_t(5384));
        // Pss_Anon + Pss_File + Pss_Shmem is the Pss line of the same record.
        QCOMPARE(rollup->fields.get(SmapsKey::Pss_Anon) + rollup->fields.get(SmapsKey::Pss_File)
                + rollup->fields.get(SmapsKey::Pss_Shmem),
            rollup->fields.get(SmapsKey::Pss));
    }

    void rollupMissingIsAnError()
    {
        // 2.6.27 printed no smaps_rollup (4.14+): the read fails, the breakdown goes on without it.
        const ProcRootSource old(test::procRoot(QStringLiteral("historic/2.6.27-smaps")));
        const Result<parse::SmapsRollup> missing = readSmapsRollup(old, 2012);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().kind != ErrorKind::Malformed);
        const ProcRootSource live(test::procRoot(kLive));
        const Result<parse::SmapsRollup> gone = readSmapsRollup(live, 999999);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, ErrorKind::NoSuchProcess);
    }

    // The VMAs that stand in for a field the rollup alone has.
    void vmasHoldingAField()
    {
        const ProcRootSource source(test::procRoot(kLive));
        const auto map = test::fixtureMap(source, 9946);
        std::vector<int> all(map->vmas.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = int(i);
        for (const int i : vmasHolding(*map, all, SmapsKey::Pss_Anon))
            QVERIFY(map->vmas[std::size_t(i)].fields.get(SmapsKey::Anonymous) > 0);
        QVERIFY(!vmasHolding(*map, all, SmapsKey::Pss_Anon).empty());
        for (const int i : vmasHolding(*map, all, SmapsKey::Pss_Shmem)) {
            const Vma& v = map->vmas[std::size_t(i)];
            QVERIFY(v.kind == RegionKind::ShmSysv || v.kind == RegionKind::Memfd || v.kind == RegionKind::SharedAnon
                || v.path.starts_with("/dev/shm/"));
        }
        QVERIFY(!vmasHolding(*map, all, SmapsKey::Pss_Shmem).empty()); // memfd, SysV shm, shared anonymous
        for (const int i : vmasHolding(*map, all, SmapsKey::Swap))
            QVERIFY(map->vmas[std::size_t(i)].fields.get(SmapsKey::Swap) > 0);
        const std::vector<int> priv = vmasWithPrivatePages(*map, all);
        QVERIFY(!priv.empty());
        for (const int i : priv)
            QVERIFY(map->vmas[std::size_t(i)].fields.uss() > 0);
        // Only among the candidates given.
        QVERIFY(vmasHolding(*map, {}, SmapsKey::Rss).empty());
    }
};

QTEST_GUILESS_MAIN(TestBreakdown)
#include "tst_breakdown.moc"
