// The per-process breakdown beside the map: its bars are the Aggregator's sums, a click on a
// segment narrows the table and the map to exactly the regions holding it, and the summary says
// what the numbers say (hand-checked against the fixtures with awk).
#include "TestData.h"

#include "core/analysis/Aggregator.h"
#include "core/io/ProcRootSource.h"
#include "core/read/ProcessReader.h"
#include "core/parse/MapsParser.h"
#include "widgets/process/AddressMapView.h"
#include "widgets/process/BreakdownFilterChip.h"
#include "widgets/process/ProcessBreakdownView.h"
#include "widgets/process/ProcessView.h"
#include "widgets/process/VmaTableModel.h"
#include "FixtureMaps.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <qcustomplot.h>

#include <set>

using namespace vmscope;
using Segment = ProcessBreakdownView::Segment;
using Bar = ProcessBreakdownView::Bar;

Q_DECLARE_METATYPE(BreakdownGrouping)
Q_DECLARE_METATYPE(std::vector<int>)

namespace {
const QString kLive = QStringLiteral("live-6.18-x86_64");

// Every summable field the bars are drawn from.
constexpr std::array<SmapsKey, 9> kCompared { SmapsKey::Size, SmapsKey::Rss, SmapsKey::Pss, SmapsKey::Private_Clean,
    SmapsKey::Private_Dirty, SmapsKey::Shared_Clean, SmapsKey::Shared_Dirty, SmapsKey::Swap, SmapsKey::SwapPss };

void compareTotals(const Totals& actual, const Totals& expected, const char* where)
{
    for (const SmapsKey key : kCompared)
        QVERIFY2(actual.fields.get(key) == expected.fields.get(key),
            qPrintable(QStringLiteral("%1: %2 is %3, expected %4")
                           .arg(QLatin1String(where), QLatin1String(smapsKeyName(key).data()))
                           .arg(actual.fields.get(key))
                           .arg(expected.fields.get(key))));
    QCOMPARE(actual.vmaCount, expected.vmaCount);
}

std::vector<int> proxyVmas(const ProcessView& view)
{
    std::vector<int> vmas;
    const QAbstractItemModel* shown = view.table()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        vmas.push_back(view.tableModel()->vmaIndexAt(view.tableIndexToModel(shown->index(row, 0))));
    std::sort(vmas.begin(), vmas.end());
    return vmas;
}
} // namespace

class TestProcessBreakdown : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void barsAreTheAggregatorSums_data();
    void barsAreTheAggregatorSums();
    void pssPartsComeFromTheRollup_data();
    void pssPartsComeFromTheRollup();
    void clickingASegmentFiltersTableAndMap();
    void filterFollowsARefreshAndClears();
    void summarySaysWhatTheNumbersSay_data();
    void summarySaysWhatTheNumbersSay();
    void keyboardWalksTheSegments();
    void liveProcessAgreesWithTheKernel();
};

void TestProcessBreakdown::barsAreTheAggregatorSums_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("pid");
    QTest::addColumn<BreakdownGrouping>("grouping");
    QTest::addColumn<bool>("expectOther");
    QTest::newRow("zoo by kind") << kLive << 9946 << BreakdownGrouping::ByKind << false;
    QTest::newRow("zoo by mapping") << kLive << 9946 << BreakdownGrouping::ByMapping << true;
    QTest::newRow("qtplot by kind (323 regions)") << kLive << 10162 << BreakdownGrouping::ByKind << false;
    QTest::newRow("qtplot by mapping (79 mappings)") << kLive << 10162 << BreakdownGrouping::ByMapping << true;
    QTest::newRow("2.6.27 by mapping (2 mappings)")
        << QStringLiteral("historic/2.6.27-smaps") << 2012 << BreakdownGrouping::ByMapping << false;
}

void TestProcessBreakdown::barsAreTheAggregatorSums()
{
    QFETCH(QString, fixture);
    QFETCH(int, pid);
    QFETCH(BreakdownGrouping, grouping);
    QFETCH(bool, expectOther);

    auto source = std::make_shared<const ProcRootSource>(test::procRoot(fixture));
    const auto map = test::fixtureMap(*source, pid);
    ProcessBreakdownView view;
    view.resize(700, 900);
    view.show();
    view.setSource(source);
    view.setGrouping(grouping);
    view.setMemoryMap(map);
    QTRY_VERIFY(view.breakdown());
    const ProcessBreakdown& b = *view.breakdown();
    const Totals all = sumAll(map->vmas);
    compareTotals(b.total, all, "whole process");

    // The upper chart: the process's RSS in its four parts, and its USS.
    for (const SmapsKey part : kRssParts)
        QCOMPARE(view.segmentValue({ -1, Bar::Rss, part }).value_or(0), all.fields.get(part));
    QCOMPARE(view.segmentValue({ -1, Bar::Uss, SmapsKey::Count }).value_or(0), all.uss());

    const auto& groups = b.groups(grouping);
    Totals added;
    for (const BreakdownGroup& g : groups) {
        added.add(g.totals.fields);
        added.vmaCount += g.totals.vmaCount;
        QCOMPARE(g.vmaIndices.size(), g.totals.vmaCount);
    }
    compareTotals(added, all, "groups added up");

    if (grouping == BreakdownGrouping::ByKind) {
        const auto byKind = sumByKind(map->vmas);
        std::size_t kinds = 0;
        for (const Totals& t : byKind)
            kinds += t.vmaCount > 0;
        QCOMPARE(groups.size(), kinds);
        for (const BreakdownGroup& g : groups)
            compareTotals(g.totals, byKind[std::size_t(g.kind)], g.name.c_str());
        QVERIFY(std::none_of(groups.begin(), groups.end(), [](const BreakdownGroup& g) { return g.other; }));
    } else {
        const std::vector<MappingTotals> mappings = sumByMapping(map->vmas);
        std::vector<const MappingTotals*> holding;
        for (const MappingTotals& m : mappings)
            if (m.totals.rss() > 0 || m.totals.swap() > 0)
                holding.push_back(&m);
        const std::size_t top = std::min(kTopMappings, holding.size());
        QVERIFY(groups.size() >= top);
        for (std::size_t i = 0; i < top; ++i) {
            QCOMPARE(groups[i].name, holding[i]->mapping);
            QVERIFY(!groups[i].other);
            compareTotals(groups[i].totals, holding[i]->totals, groups[i].name.c_str());
        }
        QCOMPARE(groups.size() == top + 1, expectOther);
        if (expectOther) {
            QVERIFY(groups.back().other);
            QCOMPARE(groups.back().mappingCount, mappings.size() - top);
        }
    }

    // Every group holding memory is drawn, and its RSS bar is its Aggregator figures.
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const Totals& t = groups[g].totals;
        QCOMPARE(view.segmentValue({ int(g), Bar::Pss, SmapsKey::Pss }).value_or(0), t.pss());
        QCOMPARE(view.segmentValue({ int(g), Bar::Uss, SmapsKey::Count }).value_or(0), t.uss());
        for (const SmapsKey part : kRssParts)
            QCOMPARE(view.segmentValue({ int(g), Bar::Rss, part }).value_or(0), t.fields.get(part));
        // A drawn segment can be pointed at: the hit test finds it where it is drawn.
        if (t.fields.get(SmapsKey::Private_Dirty) > 0)
            QVERIFY(view.segmentCenter({ int(g), Bar::Rss, SmapsKey::Private_Dirty }));
    }
}

void TestProcessBreakdown::pssPartsComeFromTheRollup_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("pid");
    QTest::addColumn<bool>("parts");
    QTest::addColumn<quint64>("anon");
    QTest::addColumn<quint64>("file");
    QTest::addColumn<quint64>("shmem");
    // Values as the fixture's smaps_rollup prints them.
    QTest::newRow("zoo, 6.18") << kLive << 9946 << true << quint64(5384) << quint64(383) << quint64(176);
    QTest::newRow("2.6.27, no rollup") << QStringLiteral("historic/2.6.27-smaps") << 2012 << false << quint64(0)
                                       << quint64(0) << quint64(0);
}

void TestProcessBreakdown::pssPartsComeFromTheRollup()
{
    QFETCH(QString, fixture);
    QFETCH(int, pid);
    QFETCH(bool, parts);
    QFETCH(quint64, anon);
    QFETCH(quint64, file);
    QFETCH(quint64, shmem);
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(fixture));
    ProcessBreakdownView view;
    view.setSource(source);
    view.setMemoryMap(test::fixtureMap(*source, pid));
    QTRY_VERIFY(view.breakdown());
    if (parts) {
        QCOMPARE(view.segmentValue({ -1, Bar::Pss, SmapsKey::Pss_Anon }).value_or(0), anon);
        QCOMPARE(view.segmentValue({ -1, Bar::Pss, SmapsKey::Pss_File }).value_or(0), file);
        QCOMPARE(view.segmentValue({ -1, Bar::Pss, SmapsKey::Pss_Shmem }).value_or(0), shmem);
        QVERIFY(!view.segmentValue({ -1, Bar::Pss, SmapsKey::Pss }));
    } else {
        QCOMPARE(view.segmentValue({ -1, Bar::Pss, SmapsKey::Pss }).value_or(0), view.breakdown()->total.pss());
        QVERIFY(!view.segmentValue({ -1, Bar::Pss, SmapsKey::Pss_Anon }));
    }
}

void TestProcessBreakdown::clickingASegmentFiltersTableAndMap()
{
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(kLive));
    ProcessView view(source);
    view.resize(1600, 1000);
    view.show();
    view.setRefreshInterval(0);
    view.showProcess(10162, QStringLiteral("qtplot"));
    QTRY_VERIFY(view.hasSnapshot());
    ProcessBreakdownView* breakdown = view.breakdownView();
    QTRY_VERIFY(breakdown->breakdown() && breakdown->breakdown()->map == view.snapshot());
    view.showBreakdown();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAbstractItemModelTester tester(view.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const std::vector<Vma>& vmas = view.snapshot()->vmas;
    const int allRows = view.table()->model()->rowCount();
    QCOMPARE(allRows, int(vmas.size()));
    const QImage before = view.mapView()->grab().toImage();
    // The chip that appears above the map moves it: each image is read with its own geometry.
    std::vector<QRectF> rectsBefore;
    for (std::size_t i = 0; i < vmas.size(); ++i)
        rectsBefore.push_back(view.mapView()->vmaRect(int(i)));

    // The private clean pages of the code regions: a click on that segment of the "code" row.
    const auto& groups = breakdown->breakdown()->byKind;
    const auto text = std::find_if(
        groups.begin(), groups.end(), [](const BreakdownGroup& g) { return g.kind == RegionKind::Text; });
    QVERIFY(text != groups.end());
    const Segment segment { int(text - groups.begin()), Bar::Rss, SmapsKey::Private_Clean };
    const std::optional<QPoint> at = breakdown->segmentCenter(segment);
    QVERIFY(at);
    QVERIFY2(breakdown->toolTipFor(segment).contains(QStringLiteral("of the process's RSS")),
        qPrintable(breakdown->toolTipFor(segment)));
    QTest::mouseClick(breakdown->plot(), Qt::LeftButton, {}, *at);

    std::vector<int> expected;
    for (std::size_t i = 0; i < vmas.size(); ++i)
        if (vmas[i].kind == RegionKind::Text && vmas[i].fields.get(SmapsKey::Private_Clean) > 0)
            expected.push_back(int(i));
    QVERIFY(expected.size() > 1 && expected.size() < vmas.size());
    QCOMPARE(proxyVmas(view), expected);
    QVERIFY2(
        view.breakdownFilterText().contains(QString::number(expected.size())), qPrintable(view.breakdownFilterText()));

    // The map dims what the filter leaves out and keeps what it shows.
    QCoreApplication::processEvents(); // the layout settles with the chip shown
    const QImage filtered = view.mapView()->grab().toImage();
    auto pixelAt = [](const QImage& image, const QRectF& rect) {
        return image.pixel((rect.center() * image.devicePixelRatio()).toPoint());
    };
    int shownSame = 0;
    int hiddenDimmed = 0;
    for (std::size_t i = 0; i < vmas.size(); ++i) {
        const QRectF rectAfter = view.mapView()->vmaRect(int(i));
        if (rectAfter.height() < 6 || rectsBefore[i].height() < 6)
            continue; // a shared pixel row mixes regions
        const bool shown = std::binary_search(expected.begin(), expected.end(), int(i));
        const QRgb was = pixelAt(before, rectsBefore[i]);
        const QRgb is = pixelAt(filtered, rectAfter);
        shownSame += shown && was == is;
        hiddenDimmed += !shown && was != is;
        QVERIFY2(!shown || was == is,
            qPrintable(
                QStringLiteral("region %1 is shown but was redrawn: %2 -> %3").arg(i).arg(was, 0, 16).arg(is, 0, 16)));
    }
    QVERIFY(shownSame > 0);
    QVERIFY(hiddenDimmed > 0);

    // Esc shows everything again.
    view.activateWindow();
    view.table()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QTest::keyClick(view.table(), Qt::Key_Escape);
    QCOMPARE(view.table()->model()->rowCount(), allRows);
    QVERIFY(view.breakdownFilterText().isEmpty());
    QVERIFY(!breakdown->hasFilter());
    QCoreApplication::processEvents();
    const QImage cleared = view.mapView()->grab().toImage();
    for (std::size_t i = 0; i < vmas.size(); ++i) {
        const QRectF rect = view.mapView()->vmaRect(int(i));
        if (rect.height() >= 6 && rectsBefore[i].height() >= 6)
            QCOMPARE(pixelAt(cleared, rect), pixelAt(before, rectsBefore[i]));
    }
}

void TestProcessBreakdown::filterFollowsARefreshAndClears()
{
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(kLive));
    ProcessView view(source);
    view.resize(1280, 800);
    view.show();
    view.setRefreshInterval(0);
    view.showProcess(9946, QStringLiteral("zoo"));
    QTRY_VERIFY(view.hasSnapshot());
    ProcessBreakdownView* breakdown = view.breakdownView();
    QTRY_VERIFY(breakdown->breakdown() && breakdown->breakdown()->map == view.snapshot());
    breakdown->setGrouping(BreakdownGrouping::ByMapping);
    view.showBreakdown();

    // After [anon], libc holds the most PSS in the zoo (awk: 5298 and 257 kB): its shared clean pages.
    const auto& groups = breakdown->breakdown()->byMapping;
    QCOMPARE(groups[0].name, std::string("[anon]"));
    QCOMPARE(groups[1].name, std::string("/usr/lib/x86_64-linux-gnu/libc.so.6"));
    breakdown->activateSegment({ 1, Bar::Rss, SmapsKey::Shared_Clean });
    std::vector<int> expected;
    for (std::size_t i = 0; i < view.snapshot()->vmas.size(); ++i) {
        const Vma& v = view.snapshot()->vmas[i];
        if (v.path == groups[1].name && v.fields.get(SmapsKey::Shared_Clean) > 0)
            expected.push_back(int(i));
    }
    QVERIFY(!expected.empty());
    QCOMPARE(proxyVmas(view), expected);
    QVERIFY(view.breakdownFilterText().contains(QStringLiteral("libc.so.6")));

    // A refresh is a new snapshot: the filter keeps its meaning.
    QSignalSpy regrouped(breakdown, &ProcessBreakdownView::breakdownChanged);
    view.refreshNow();
    QTRY_VERIFY(regrouped.count() > 0 && breakdown->breakdown()->map == view.snapshot());
    QVERIFY(breakdown->hasFilter());
    QCOMPARE(proxyVmas(view), expected);

    // The chip's ✕ clears it.
    auto* chip = view.findChild<BreakdownFilterChip*>();
    QVERIFY(chip && chip->isVisible());
    auto* clear = chip->findChild<QToolButton*>();
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(view.table()->model()->rowCount(), int(view.snapshot()->vmas.size()));
    QVERIFY(!chip->isVisible());

    // Another process drops a filter at once: its regions are not the same.
    breakdown->activateSegment({ 1, Bar::Rss, SmapsKey::Shared_Clean });
    QVERIFY(breakdown->hasFilter());
    view.showProcess(9950, QStringLiteral("zoo"));
    QVERIFY(!breakdown->hasFilter());
    QVERIFY(view.breakdownFilterText().isEmpty());
}

void TestProcessBreakdown::summarySaysWhatTheNumbersSay_data()
{
    QTest::addColumn<int>("pid");
    QTest::addColumn<QString>("summary");
    // awk over the fixture's smaps: zoo Size 61340, Rss 12252, Shared_Clean 1268 + Shared_Dirty
    // 10636 = 11904, Pss 5940, Private_Clean 16 + Private_Dirty 332 = 348 kB, no swap.
    QTest::newRow("zoo") << 9946
                         << QStringLiteral(
                                "This process maps 59.9 MiB of address space, of which 12.0 MiB is in RAM (RSS). "
                                "11.6 MiB of that is also mapped by other processes; counting each shared page split "
                                "among the processes that map it, its proportional share (PSS) is 5.8 MiB. If it "
                                "exited, about 348 KiB (its USS, the private pages) would be freed.");
    // qtplot: Size 83876, Rss 28844, Shared_Clean 1804, Pss 27385, USS 22808 + 4232 = 27040 kB.
    QTest::newRow("qtplot") << 10162
                            << QStringLiteral(
                                   "This process maps 81.9 MiB of address space, of which 28.2 MiB is in RAM (RSS). "
                                   "1.8 MiB of that is also mapped by other processes; counting each shared page "
                                   "split among the processes that map it, its proportional share (PSS) is 26.7 MiB. "
                                   "If it exited, about 26.4 MiB (its USS, the private pages) would be freed.");
}

void TestProcessBreakdown::summarySaysWhatTheNumbersSay()
{
    QFETCH(int, pid);
    QFETCH(QString, summary);
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(kLive));
    ProcessBreakdownView view;
    view.setMemoryMap(test::fixtureMap(*source, pid));
    QTRY_VERIFY(view.breakdown());
    QCOMPARE(view.summaryText(), summary);
}

void TestProcessBreakdown::keyboardWalksTheSegments()
{
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(kLive));
    const auto map = test::fixtureMap(*source, 10162);
    ProcessBreakdownView view;
    view.resize(600, 900);
    view.show();
    view.setMemoryMap(map);
    QTRY_VERIFY(view.breakdown());
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.plot()->setFocus();
    QSignalSpy filters(&view, &ProcessBreakdownView::filterChanged);

    auto regionsWith = [&](SmapsKey key) {
        std::vector<int> vmas;
        for (std::size_t i = 0; i < map->vmas.size(); ++i)
            if (map->vmas[i].fields.get(key) > 0)
                vmas.push_back(int(i));
        return vmas;
    };
    // Home is the first segment: the process's private clean pages; Enter clicks it.
    QTest::keyClick(view.plot(), Qt::Key_Home);
    QTest::keyClick(view.plot(), Qt::Key_Return);
    QCOMPARE(filters.count(), 1);
    QCOMPARE(filters.last().at(1).value<std::vector<int>>(), regionsWith(SmapsKey::Private_Clean));
    // Down moves to its neighbour in the bar, private dirty.
    QTest::keyClick(view.plot(), Qt::Key_Down);
    QTest::keyClick(view.plot(), Qt::Key_Space);
    QCOMPARE(filters.count(), 2);
    QCOMPARE(filters.last().at(1).value<std::vector<int>>(), regionsWith(SmapsKey::Private_Dirty));
    QVERIFY(filters.last().at(0).toString().contains(QStringLiteral("private dirty")));
}

void TestProcessBreakdown::liveProcessAgreesWithTheKernel()
{
    // A child with private heap pages and 8 MiB of shared anonymous memory it shares with its
    // own fork, so every part of the bars is non-zero; both sleep, so smaps and the rollup agree.
    QProcess child;
    child.setProgram(QStringLiteral("python3"));
    child.setArguments({ QStringLiteral("-c"),
        QStringLiteral("import ctypes, mmap, os, signal, sys, time\n"
                       "heap = bytearray(8 << 20)\n"
                       "for i in range(0, len(heap), 4096): heap[i] = 1\n"
                       "shm = mmap.mmap(-1, 8 << 20, flags=mmap.MAP_SHARED)\n"
                       "shm.write(b'x' * (8 << 20))\n"
                       "r, w = os.pipe()\n"
                       "if os.fork() == 0:\n"
                       // PR_SET_PDEATHSIG: the fork goes when the test kills its parent
                       "    ctypes.CDLL(None).prctl(1, signal.SIGKILL); os.write(w, b'1'); time.sleep(120); "
                       "sys.exit(0)\n"
                       "os.read(r, 1)\n"
                       "time.sleep(0.3)\n" // the fork's last copy-on-write faults settle
                       "print('ready', flush=True)\n"
                       "time.sleep(120)\n") });
    child.start();
    if (!child.waitForStarted())
        QSKIP("python3 is not available");
    QVERIFY(child.waitForReadyRead(30000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
    const int pid = int(child.processId());

    auto source = std::make_shared<const ProcRootSource>("/proc");
    auto readRollup = [&]() -> std::optional<SmapsFields> {
        auto bytes = source->read(std::to_string(pid) + "/smaps_rollup");
        if (!bytes)
            return std::nullopt;
        auto rollup = parse::parseSmapsRollup(*bytes, "smaps_rollup");
        return rollup ? std::optional<SmapsFields>(rollup->fields) : std::nullopt;
    };
    constexpr std::array<SmapsKey, 6> kPages { SmapsKey::Rss, SmapsKey::Pss, SmapsKey::Private_Clean,
        SmapsKey::Private_Dirty, SmapsKey::Shared_Clean, SmapsKey::Shared_Dirty };
    auto sameFigures = [&](const SmapsFields& a, const SmapsFields& b) {
        return std::all_of(kPages.begin(), kPages.end(), [&](SmapsKey key) { return a.get(key) == b.get(key); });
    };

    // Other processes starting or exiting change this one's PSS and turn its shared library pages
    // private: only a reading with the same rollup before and after it is compared.
    ProcessBreakdownView view;
    view.setSource(source);
    std::optional<SmapsFields> stable;
    for (int attempt = 0; attempt < 10 && !stable; ++attempt) {
        const std::optional<SmapsFields> before = readRollup();
        QVERIFY(before);
        const auto map = test::fixtureMap(*source, pid);
        view.setMemoryMap(map);
        QTRY_VERIFY_WITH_TIMEOUT(view.breakdown() && view.breakdown()->map == map, 10000);
        const std::optional<SmapsFields> after = readRollup();
        QVERIFY(after);
        if (sameFigures(*before, *after) && view.breakdown()->rollup && sameFigures(*view.breakdown()->rollup, *after))
            stable = after;
    }
    child.kill();
    child.waitForFinished();
    if (!stable)
        QSKIP("the system changed this process's shared pages during every reading");
    const SmapsFields& k = *stable;
    const ProcessBreakdown& b = *view.breakdown();
    // Page counts summed per region equal the kernel's own sums exactly; PSS is truncated to a kB
    // per region in smaps and once in the rollup.
    for (const SmapsKey key : { SmapsKey::Rss, SmapsKey::Private_Clean, SmapsKey::Private_Dirty, SmapsKey::Shared_Clean,
             SmapsKey::Shared_Dirty })
        QCOMPARE(b.total.fields.get(key), k.get(key));
    QVERIFY(b.total.pss() <= k.get(SmapsKey::Pss));
    QVERIFY(k.get(SmapsKey::Pss) - b.total.pss() <= b.total.vmaCount);
    QVERIFY(b.total.fields.get(SmapsKey::Shared_Dirty) >= 8 * 1024); // the shared mapping, touched by both
    // The kernel truncates each of the three parts on its own.
    const std::uint64_t parts = view.segmentValue({ -1, Bar::Pss, SmapsKey::Pss_Anon }).value_or(0)
        + view.segmentValue({ -1, Bar::Pss, SmapsKey::Pss_File }).value_or(0)
        + view.segmentValue({ -1, Bar::Pss, SmapsKey::Pss_Shmem }).value_or(0);
    QVERIFY2(parts <= k.get(SmapsKey::Pss) && k.get(SmapsKey::Pss) - parts <= 3,
        qPrintable(QStringLiteral("PSS parts %1, rollup PSS %2").arg(parts).arg(k.get(SmapsKey::Pss))));
    QVERIFY(view.segmentValue({ -1, Bar::Pss, SmapsKey::Pss_Shmem }).value_or(0) >= 4 * 1024); // half of 8 MiB
}

QTEST_MAIN(TestProcessBreakdown)
#include "tst_processbreakdown.moc"
