// The "Kernel at work" page: the numbers it shows (free summary, timeline series and units,
// vmstat rates) checked against fixtures and hand-made samples, the runs table under
// QAbstractItemModelTester, and the page itself sampling a fixture /proc and running a workload.
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "core/parse/ProcessIoParser.h"
#include "core/parse/SystemParsers.h"
#include "core/sampling/Sampler.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/kernel/FreeSummary.h"
#include "widgets/kernel/KernelPage.h"
#include "widgets/kernel/MemoryTimeline.h"
#include "widgets/kernel/RunComparisonModel.h"
#include "widgets/kernel/SamplerBridge.h"
#include "widgets/kernel/VmstatRatesPlot.h"
#include "widgets/kernel/WorkloadPanel.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QtTest>

#include <qcustomplot.h>

#include <cmath>
#include <csignal>
#include <unistd.h>

using namespace vmscope;

Q_DECLARE_METATYPE(std::vector<std::uint64_t>)

namespace {

// A sample made from a fixture folder the way the sampler makes one (zones and vmstat when the
// fixture has them).
SamplePtr fixtureSample(const QString& folder, double seconds = 0)
{
    auto source = ProcRootSource(test::procRoot(folder));
    const auto memInfo = parse::parseMemInfo(*source.read("meminfo"), "meminfo");
    if (!memInfo)
        qFatal("meminfo of %s: %s", qPrintable(folder), memInfo.error().message().c_str());
    VmStat vmStat;
    if (const auto bytes = source.read("vmstat"))
        vmStat = *parse::parseVmStat(*bytes, "vmstat");
    ZoneInfo zoneInfo;
    if (const auto bytes = source.read("zoneinfo"))
        zoneInfo = *parse::parseZoneInfo(*bytes, "zoneinfo");
    BuddyInfo buddyInfo;
    if (const auto bytes = source.read("buddyinfo"))
        buddyInfo = *parse::parseBuddyInfo(*bytes, "buddyinfo");
    auto sample = std::make_shared<SystemSample>(
        buildSample(*memInfo, zoneInfo, buddyInfo, nullptr, vmStat, makeSampleSchema(*memInfo, vmStat)));
    sample->seconds = seconds;
    return sample;
}

// A sample with exactly these meminfo (kB) and vmstat values.
SamplePtr syntheticSample(double seconds, const std::vector<std::pair<std::string, std::uint64_t>>& memInfo,
    const std::vector<std::pair<std::string, std::uint64_t>>& vmStat = {})
{
    auto schema = std::make_shared<SampleSchema>();
    auto sample = std::make_shared<SystemSample>();
    for (const auto& [key, value] : memInfo) {
        schema->memInfoKeys.push_back(key);
        schema->memInfoHasUnit.push_back(true);
        sample->memInfo.push_back(value);
    }
    for (const auto& [key, value] : vmStat) {
        schema->vmStatKeys.push_back(key);
        sample->vmStat.push_back(value);
    }
    sample->schema = schema;
    sample->seconds = seconds;
    sample->pageSize = 4096;
    sample->wallTime = std::chrono::system_clock::now();
    return sample;
}

WorkloadResult exited(int code, double elapsed, std::uint64_t blockInputs = 0)
{
    WorkloadResult result;
    result.exitCode = code;
    result.elapsedSeconds = elapsed;
    result.blockInputs = blockInputs;
    return result;
}

} // namespace

class TestKernelPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c()); // "1207", not "1,207": the cells are compared as text
        QSettings().clear(); // the unit, window and interval a previous run chose
    }

    void freeSummary_data();
    void freeSummary();
    void timelineSeriesAndUnits();
    void timelineWindowPauseAndMarkers();
    void timelineKeepsABoundedHistory();
    void timelineShowsMissingKeysAsMissing();
    void vmstatRates_data();
    void vmstatRates();
    void ratesPlotFollowsSamples();
    void runComparisonModel();
    void processTreeIoCountsLivingChildren();
    void pageSamplesAFixture();
    void pageRunsAWorkload();
    void pageReportsACommandThatDoesNotExist();
    void pageCancelsAWorkload();
    void pageNamesWhatAWorkloadLeftRunning();
    void pageDropsCaches();
};

void TestKernelPage::freeSummary_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<std::vector<std::uint64_t>>("expectedKiB"); // total, used, free, shared, buff/cache, available
    QTest::addColumn<bool>("availableEstimated");
    QTest::addColumn<QString>("usedMiB");
    QTest::addColumn<QString>("swapUsedMiB");

    // used = MemTotal − MemFree − Buffers − Cached − SReclaimable, worked out by hand from each file.
    QTest::newRow("6.18 live") << QStringLiteral("live-6.18-x86_64")
                               << std::vector<std::uint64_t> { 24684084, 119604, 23162584, 9048, 1401896, 24270868 }
                               << false << QStringLiteral("116") << QStringLiteral("0");
    QTest::newRow("4.x with swap in use")
        << QStringLiteral("historic/4.x-meminfo")
        << std::vector<std::uint64_t> { 3950132, 660308, 2083432, 0, 1206392, 2608652 } << false
        << QStringLiteral("644") << QString::number(3906556 / 1024);
    // No MemAvailable in this file: free + buff/cache stands in, and says so.
    QTest::newRow("no MemAvailable (prometheus)")
        << QStringLiteral("prometheus-procfs")
        << std::vector<std::uint64_t> { 15666184, 459968, 440324, 1308, 14765892, 440324 + 14765892 } << true
        << QStringLiteral("449") << QStringLiteral("0");
}

void TestKernelPage::freeSummary()
{
    QFETCH(QString, fixture);
    QFETCH(std::vector<std::uint64_t>, expectedKiB);
    QFETCH(bool, availableEstimated);
    QFETCH(QString, usedMiB);
    QFETCH(QString, swapUsedMiB);

    FreeSummary summary;
    QCOMPARE(summary.cellText(FreeSummary::MemRow, FreeSummary::Used), QString());
    summary.setSample(fixtureSample(fixture));
    QVERIFY(summary.figures());
    const FreeFigures& f = *summary.figures();
    QCOMPARE(f.total, expectedKiB[0]);
    QCOMPARE(f.used, expectedKiB[1]);
    QCOMPARE(f.free, expectedKiB[2]);
    QCOMPARE(f.shared, expectedKiB[3]);
    QCOMPARE(f.buffCache, expectedKiB[4]);
    QCOMPARE(f.available, expectedKiB[5]);
    QCOMPARE(f.availableEstimated, availableEstimated);
    // The row as free -m prints it.
    QCOMPARE(summary.cellText(FreeSummary::MemRow, FreeSummary::Used), usedMiB);
    QCOMPARE(summary.cellText(FreeSummary::MemRow, FreeSummary::Total), QString::number(expectedKiB[0] / 1024));
    QCOMPARE(summary.cellText(FreeSummary::MemRow, FreeSummary::Available), QString::number(expectedKiB[5] / 1024));
    QCOMPARE(summary.cellText(FreeSummary::SwapRow, FreeSummary::Used), swapUsedMiB);
    QCOMPARE(summary.cellText(FreeSummary::SwapRow, FreeSummary::Shared), QString()); // free leaves it blank
}

void TestKernelPage::timelineSeriesAndUnits()
{
    MemoryTimeline timeline;
    timeline.resize(900, 400);
    const SamplePtr sample = fixtureSample(QStringLiteral("live-6.18-x86_64"), 2.0);
    timeline.addSample(sample);
    QCOMPARE(timeline.sampleCount(), std::size_t(1));

    const double pageSize = double(sample->pageSize);
    QCOMPARE(timeline.unit(), MemoryUnit::MiB);
    QCOMPARE(*timeline.latestValue(MemorySeries::Cached), 1235804 / 1024.0);
    QCOMPARE(*timeline.latestValue(MemorySeries::MemAvailable), 24270868 / 1024.0);
    QCOMPARE(*timeline.latestValue(MemorySeries::Dirty), 2644 / 1024.0);
    QCOMPARE(*timeline.latestValue(MemorySeries::SwapUsed), 0.0);
    timeline.setUnit(MemoryUnit::Pages);
    QCOMPARE(*timeline.latestValue(MemorySeries::Cached), 1235804 * 1024.0 / pageSize);
    timeline.setUnit(MemoryUnit::GiB);
    QCOMPARE(*timeline.latestValue(MemorySeries::Cached), 1235804 / 1048576.0);
    // What the plot draws follows the unit.
    const QCPGraph* cached = timeline.plot()->graph(int(MemorySeries::Cached));
    QCOMPARE(cached->data()->size(), 1);
    QCOMPARE(cached->data()->begin()->value, 1235804 / 1048576.0);

    // The crosshair reads every shown series at the mouse, in the chosen unit.
    timeline.setUnit(MemoryUnit::MiB);
    timeline.setSeriesVisible(MemorySeries::Dirty, true);
    timeline.setSeriesVisible(MemorySeries::MemFree, false);
    QVERIFY(!timeline.seriesVisible(MemorySeries::MemFree));
    QVERIFY(!timeline.plot()->graph(int(MemorySeries::MemFree))->visible());
    const QString text = timeline.showCrosshairAt(2.5);
    QVERIFY2(text.contains(QStringLiteral("Cached: 1207 MiB")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Dirty: 3 MiB")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("MemFree")), qPrintable(text));
    QVERIFY(timeline.showCrosshairAt(1.0).isEmpty()); // before the first sample
}

void TestKernelPage::timelineWindowPauseAndMarkers()
{
    MemoryTimeline timeline;
    timeline.resize(900, 400);
    for (int second = 0; second <= 200; ++second)
        timeline.addSample(
            syntheticSample(second, { { "MemFree", 1000 + std::uint64_t(second) }, { "Cached", 5000 } }));
    QCOMPARE(timeline.sampleCount(), std::size_t(201));
    timeline.setWindowSeconds(60);
    QCOMPARE(timeline.plot()->xAxis->range().lower, 140.0);
    QCOMPARE(timeline.plot()->xAxis->range().upper, 200.0);
    // The value axis fits what is visible, from zero.
    QCOMPARE(timeline.plot()->yAxis->range().lower, 0.0);
    QVERIFY(timeline.plot()->yAxis->range().upper >= 5000 / 1024.0);

    timeline.setWindowSeconds(0); // all
    QCOMPARE(timeline.plot()->xAxis->range().lower, 0.0);

    timeline.setWindowSeconds(60);
    QSignalSpy paused(&timeline, &MemoryTimeline::pausedChanged);
    timeline.pauseAction()->trigger();
    QVERIFY(timeline.paused());
    QCOMPARE(paused.count(), 1);
    timeline.addSample(syntheticSample(230, { { "MemFree", 7 }, { "Cached", 5000 } }));
    QCOMPARE(timeline.plot()->xAxis->range().upper, 200.0); // held still while paused
    QCOMPARE(timeline.sampleCount(), std::size_t(202)); // but nothing is lost
    timeline.pauseAction()->trigger();
    QVERIFY(!timeline.paused());
    QCOMPARE(timeline.plot()->xAxis->range().upper, 230.0);
    QCOMPARE(*timeline.valueAt(MemorySeries::MemFree, 229.0), 1200 / 1024.0); // the sample at or before
    QCOMPARE(*timeline.valueAt(MemorySeries::MemFree, 230.0), 7 / 1024.0);

    const int itemsBefore = timeline.plot()->itemCount();
    timeline.addMarker(210, QStringLiteral("start: tar /usr"), MemoryTimeline::MarkerKind::RunStart);
    timeline.addMarker(225, QStringLiteral("end: tar /usr (exit 0)"), MemoryTimeline::MarkerKind::RunEnd);
    QCOMPARE(timeline.markerCount(), std::size_t(2));
    QCOMPARE(timeline.plot()->itemCount(), itemsBefore + 4); // a line and a label each
    // Hovering the first sample after the events lists them; the sample before does not.
    const QString after = timeline.showCrosshairAt(230.5);
    // The sampler's time, and the clock time the sample was taken.
    QVERIFY2(after.startsWith(QStringLiteral("at 3:50.0 (")), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("start: tar /usr")), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("end: tar /usr (exit 0)")), qPrintable(after));
    QVERIFY(!timeline.showCrosshairAt(200).contains(QStringLiteral("tar /usr")));
}

void TestKernelPage::timelineKeepsABoundedHistory()
{
    std::vector<SamplePtr> samples;
    const std::size_t count = MemoryTimeline::kMaxSamples + 50;
    samples.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        samples.push_back(syntheticSample(double(i), { { "Cached", i } }));
    MemoryTimeline timeline;
    timeline.setHistory(samples);
    QVERIFY(timeline.sampleCount() <= MemoryTimeline::kMaxSamples);
    QVERIFY(timeline.sampleCount() >= MemoryTimeline::kMaxSamples * 8 / 10);
    QCOMPARE(std::size_t(timeline.plot()->graph(int(MemorySeries::Cached))->data()->size()), timeline.sampleCount());
    // The newest are kept, the oldest dropped.
    QCOMPARE(*timeline.latestValue(MemorySeries::Cached), double(count - 1) / 1024.0);
    QVERIFY(!timeline.valueAt(MemorySeries::Cached, 10.0));
}

void TestKernelPage::timelineShowsMissingKeysAsMissing()
{
    MemoryTimeline timeline;
    // A 2.6-era meminfo: no MemAvailable, no SReclaimable.
    timeline.addSample(syntheticSample(1, { { "MemFree", 2048 }, { "Cached", 4096 } }));
    QVERIFY(!timeline.latestValue(MemorySeries::MemAvailable));
    QVERIFY(!timeline.latestValue(MemorySeries::SReclaimable));
    QCOMPARE(*timeline.latestValue(MemorySeries::MemFree), 2.0);
    QVERIFY(timeline.showCrosshairAt(1).contains(QStringLiteral("MemAvailable: not in this kernel")));
}

void TestKernelPage::vmstatRates_data()
{
    QTest::addColumn<SamplePtr>("earlier");
    QTest::addColumn<SamplePtr>("later");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<double>>("expected"); // minor, major, kswapd, direct, swap in, swap out

    const auto counters = [](std::uint64_t fault, std::uint64_t major, std::uint64_t kswapd, std::uint64_t direct,
                              std::uint64_t in, std::uint64_t out) {
        return std::vector<std::pair<std::string, std::uint64_t>> { { "pswpin", in }, { "pswpout", out },
            { "pgfault", fault }, { "pgmajfault", major }, { "pgscan_kswapd", kswapd }, { "pgscan_direct", direct } };
    };
    // Two seconds apart: 10,000 faults of which 400 major → 4,800 minor/s and 200 major/s.
    QTest::newRow("two seconds") << syntheticSample(10, {}, counters(6989101, 1129, 0, 0, 0, 0))
                                 << syntheticSample(12, {}, counters(6999101, 1529, 3000, 500, 20, 64)) << true
                                 << QList<double> { 4800, 200, 1500, 250, 10, 32 };
    QTest::newRow("half a second") << syntheticSample(1.0, {}, counters(100, 0, 0, 0, 0, 0))
                                   << syntheticSample(1.5, {}, counters(150, 5, 0, 0, 0, 0)) << true
                                   << QList<double> { 90, 10, 0, 0, 0, 0 };
    // A counter that went backwards (another capture) gives no rate rather than a huge one.
    QTest::newRow("counter reset") << syntheticSample(1, {}, counters(5000, 10, 0, 0, 0, 0))
                                   << syntheticSample(2, {}, counters(100, 1, 0, 0, 0, 0)) << true
                                   << QList<double> { 0, 0, 0, 0, 0, 0 };
    QTest::newRow("same time") << syntheticSample(3, {}, counters(1, 0, 0, 0, 0, 0))
                               << syntheticSample(3, {}, counters(2, 0, 0, 0, 0, 0)) << false << QList<double> {};
    // Before 4.8 the scans were counted per zone; the throttle counter is not a scan.
    const auto perZone = [](std::uint64_t normal, std::uint64_t dma32, std::uint64_t throttle) {
        return std::vector<std::pair<std::string, std::uint64_t>> { { "pgfault", 0 }, { "pgmajfault", 0 },
            { "pgscan_kswapd_dma32", dma32 }, { "pgscan_kswapd_normal", normal }, { "pgscan_direct_normal", normal },
            { "pgscan_direct_throttle", throttle } };
    };
    QTest::newRow("per-zone scans (3.x)")
        << syntheticSample(0, {}, perZone(100, 10, 0)) << syntheticSample(1, {}, perZone(400, 20, 9999)) << true
        << QList<double> { 0, 0, 310, 300, 0, 0 };
}

void TestKernelPage::vmstatRates()
{
    QFETCH(SamplePtr, earlier);
    QFETCH(SamplePtr, later);
    QFETCH(bool, valid);
    QFETCH(QList<double>, expected);

    const auto rates = vmscope::vmstatRates(*earlier, *later);
    QCOMPARE(rates.has_value(), valid);
    if (!rates)
        return;
    QCOMPARE(rates->minorFaults, expected[0]);
    QCOMPARE(rates->majorFaults, expected[1]);
    QCOMPARE(rates->scanKswapd, expected[2]);
    QCOMPARE(rates->scanDirect, expected[3]);
    QCOMPARE(rates->swapIn, expected[4]);
    QCOMPARE(rates->swapOut, expected[5]);
    QCOMPARE(rates->seconds, later->seconds);
}

void TestKernelPage::ratesPlotFollowsSamples()
{
    VmstatRatesPlot plot;
    plot.resize(800, 300);
    const auto counters = [](std::uint64_t fault, std::uint64_t major) {
        return std::vector<std::pair<std::string, std::uint64_t>> { { "pgfault", fault }, { "pgmajfault", major },
            { "pgscan_kswapd", 0 }, { "pgscan_direct", 0 }, { "pswpin", 0 }, { "pswpout", 0 } };
    };
    plot.addSample(syntheticSample(0, {}, counters(1000, 0)));
    QVERIFY(!plot.latestRates());
    QCOMPARE(plot.pointCount(), std::size_t(0));
    plot.addSample(syntheticSample(0.5, {}, counters(1600, 100)));
    QVERIFY(plot.latestRates());
    QCOMPARE(plot.pointCount(), std::size_t(1));
    QCOMPARE(plot.latestRates()->minorFaults, 1000.0);
    QCOMPARE(plot.latestRates()->majorFaults, 200.0);
    QVERIFY2(plot.summaryText().contains(QStringLiteral("minor 1000, major 200")), qPrintable(plot.summaryText()));
    QCOMPARE(plot.plot()->graph(VmstatRatesPlot::MajorFaults)->data()->begin()->value, 200.0);
}

void TestKernelPage::runComparisonModel()
{
    RunComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(RunComparisonModel::ColumnCount));

    // The cold run: the page cache grows by what tar read, and the data came from the disk.
    const int cold = model.addRun(QStringLiteral("tar /data"), 1000 * 1024);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RunComparisonModel::Status).data().toString(), QStringLiteral("running…"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateRun(cold, 1.5, 50 * 1024 * 1024);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, RunComparisonModel::ReadFromDisk).data().toString(), sizeText(50 * 1024));
    model.finishRun(cold, exited(0, 4.25, 300 * 1024 * 1024));
    model.setCachedAfter(cold, 1300 * 1024);
    QCOMPARE(model.index(0, RunComparisonModel::Elapsed).data().toString(), QStringLiteral("4.25 s"));
    QCOMPARE(model.index(0, RunComparisonModel::ReadFromDisk).data().toString(), sizeText(300 * 1024));
    QCOMPARE(model.index(0, RunComparisonModel::CachedBefore).data().toString(), sizeText(1000 * 1024));
    QCOMPARE(model.index(0, RunComparisonModel::CachedAfter).data().toString(), sizeText(1300 * 1024));
    QCOMPARE(
        model.index(0, RunComparisonModel::CachedGrowth).data().toString(), QStringLiteral("+") + sizeText(300 * 1024));
    QCOMPARE(
        model.index(0, RunComparisonModel::CachedGrowth).data(RunComparisonModel::SortRole).toLongLong(), 300 * 1024);
    QCOMPARE(model.index(0, RunComparisonModel::Status).data().toString(), QStringLiteral("exit 0"));

    // The warm run reads nothing from disk.
    const int warm = model.addRun(QStringLiteral("tar /data"), 1300 * 1024);
    model.finishRun(warm, exited(0, 0.61, 0));
    QCOMPARE(model.index(1, RunComparisonModel::ReadFromDisk).data().toString(), sizeText(0));
    QCOMPARE(model.index(1, RunComparisonModel::CachedAfter).data().toString(), QStringLiteral("—"));

    // Every way a run can end reads plainly.
    WorkloadResult cancelled;
    cancelled.cancelled = true;
    cancelled.signal = 15;
    WorkloadResult killed;
    killed.signal = 9;
    WorkloadResult missing;
    missing.exitCode = 127;
    missing.error = "command not found: frobnicate";
    const int a = model.addRun(QStringLiteral("sleep 60"), std::nullopt);
    const int b = model.addRun(QStringLiteral("stress"), std::nullopt);
    const int c = model.addRun(QStringLiteral("frobnicate"), std::nullopt);
    model.finishRun(a, cancelled);
    model.finishRun(b, killed);
    model.finishRun(c, missing);
    QCOMPARE(model.index(model.rowOfRun(a), RunComparisonModel::Status).data().toString(), QStringLiteral("cancelled"));
    QCOMPARE(model.index(model.rowOfRun(b), RunComparisonModel::Status).data().toString(),
        QStringLiteral("killed by signal 9"));
    QCOMPARE(model.index(model.rowOfRun(c), RunComparisonModel::Status).data().toString(),
        QStringLiteral("failed: command not found: frobnicate"));
    QCOMPARE(model.index(model.rowOfRun(c), RunComparisonModel::CachedBefore).data().toString(), QStringLiteral("—"));
    QVERIFY(model.index(model.rowOfRun(c), RunComparisonModel::Status).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, RunComparisonModel::Status).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.rowCount(), 5);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestKernelPage::processTreeIoCountsLivingChildren()
{
    // The subshell reads 20 MB from /dev/zero through head (which it reaps) and then sleeps: the
    // root shell's own counters do not include it yet, the tree's do.
    QProcess shell;
    shell.setChildProcessModifier([] { ::setpgid(0, 0); }); // one group, ended as one below
    shell.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"), QStringLiteral("(head -c 20000000 /dev/zero > /dev/null; sleep 60) & wait") });
    QVERIFY(shell.waitForStarted());
    const int pid = int(shell.processId());
    const ProcRootSource proc("/proc");
    QTRY_VERIFY_WITH_TIMEOUT(readProcessTreeIo(proc, pid).value_or(ProcessIo {}).rchar >= 20000000, 20000);
    const auto own = parse::parseProcessIo(*proc.read(std::to_string(pid) + "/io"));
    QVERIFY(own);
    QVERIFY(own->rchar < 20000000);
    QVERIFY(!readProcessTreeIo(proc, 999999999)); // no such process
    ::kill(-pid, SIGKILL);
    shell.waitForFinished();
}

void TestKernelPage::pageSamplesAFixture()
{
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    KernelPage page(source);
    page.resize(1600, 1000);
    page.show();
    page.setSamplingInterval(0.1);
    QTRY_VERIFY_WITH_TIMEOUT(page.timeline()->sampleCount() >= 3, 20000);
    QCOMPARE(*page.timeline()->latestValue(MemorySeries::Cached), 1235804 / 1024.0);
    QVERIFY(page.freeSummary()->figures());
    QCOMPARE(page.freeSummary()->figures()->used, std::uint64_t(119604));
    QCOMPARE(page.freeSummary()->cellText(FreeSummary::MemRow, FreeSummary::Used), QStringLiteral("116"));
    // The fixture's counters do not move, so every rate is zero, yet rates are computed.
    QTRY_VERIFY_WITH_TIMEOUT(page.ratesPlot()->latestRates().has_value(), 20000);
    QCOMPARE(page.ratesPlot()->latestRates()->minorFaults, 0.0);
    QCOMPARE(page.sampler()->interval(), std::chrono::milliseconds(100));
    QVERIFY(page.bannerText().isEmpty());
}

void TestKernelPage::pageRunsAWorkload()
{
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    KernelPage page(source);
    page.setSamplingInterval(0.1);
    QTRY_VERIFY_WITH_TIMEOUT(page.timeline()->sampleCount() >= 1, 20000);

    WorkloadPanel* panel = page.workloadPanel();
    panel->setPreset(WorkloadPanel::Preset::Command);
    panel->setTarget(QStringLiteral("echo hi; echo oops >&2; exit 3"));
    QVERIFY(panel->start());
    QVERIFY(panel->running());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->running(), 20000);

    RunComparisonModel* runs = panel->runs();
    QCOMPARE(runs->rowCount(), 1);
    QCOMPARE(runs->index(0, RunComparisonModel::Status).data().toString(), QStringLiteral("exit 3"));
    QCOMPARE(
        runs->index(0, RunComparisonModel::Label).data().toString(), QStringLiteral("echo hi; echo oops >&2; exit 3"));
    QCOMPARE(
        runs->index(0, RunComparisonModel::CachedBefore).data(RunComparisonModel::SortRole).toULongLong(), 1235804u);
    // Cached after comes from the first sample taken after the end.
    QTRY_VERIFY_WITH_TIMEOUT(
        runs->index(0, RunComparisonModel::CachedAfter).data(RunComparisonModel::SortRole).isValid(), 20000);
    QCOMPARE(
        runs->index(0, RunComparisonModel::CachedAfter).data(RunComparisonModel::SortRole).toULongLong(), 1235804u);
    QCOMPARE(runs->index(0, RunComparisonModel::CachedGrowth).data().toString(), QStringLiteral("+") + sizeText(0));
    QVERIFY2(panel->logText().contains(QStringLiteral("hi\n")), qPrintable(panel->logText()));
    QVERIFY2(panel->logText().contains(QStringLiteral("oops")), qPrintable(panel->logText()));
    QVERIFY2(panel->statusText().contains(QStringLiteral("exit 3")), qPrintable(panel->statusText()));

    // Start and end are marked on the timeline and recorded with the samples.
    QCOMPARE(page.timeline()->markerCount(), std::size_t(2));
    const std::vector<SampleEvent> events = page.sampler()->sampler().events();
    QCOMPARE(events.size(), std::size_t(2));
    QCOMPARE(events[0].kind, std::string(kEventRunStart));
    QCOMPARE(events[1].kind, std::string(kEventRunEnd));
    QCOMPARE(events[1].exitCode, std::optional<int>(3));
    QVERIFY(events[0].seconds <= events[1].seconds);

    // Run again repeats the same command as a new row.
    panel->runAgain();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->running(), 20000);
    QCOMPARE(runs->rowCount(), 2);
    QCOMPARE(runs->index(1, RunComparisonModel::Status).data().toString(), QStringLiteral("exit 3"));
    QCOMPARE(page.timeline()->markerCount(), std::size_t(4));
}

void TestKernelPage::pageReportsACommandThatDoesNotExist()
{
    WorkloadPanel panel;
    panel.setPreset(WorkloadPanel::Preset::Command);
    panel.setTarget(QStringLiteral("vmscope-no-such-command-here --flag"));
    QVERIFY(panel.start());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.running(), 20000);
    const QString status = panel.runs()->index(0, RunComparisonModel::Status).data().toString();
    QVERIFY2(status.contains(QStringLiteral("vmscope-no-such-command-here")), qPrintable(status));
    QVERIFY2(status.startsWith(QStringLiteral("failed")), qPrintable(status));

    // Presets check their target before anything starts.
    panel.setPreset(WorkloadPanel::Preset::Tar);
    panel.setTarget(QStringLiteral("/nonexistent/folder"));
    QVERIFY(!panel.start());
    QVERIFY2(panel.statusText().contains(QStringLiteral("is not a folder")), qPrintable(panel.statusText()));
    panel.setPreset(WorkloadPanel::Preset::DdRead);
    panel.setTarget(QString());
    QVERIFY(!panel.start());
    QCOMPARE(panel.runs()->rowCount(), 1);
}

void TestKernelPage::pageCancelsAWorkload()
{
    WorkloadPanel panel;
    panel.setPreset(WorkloadPanel::Preset::Command);
    panel.setTarget(QStringLiteral("sleep 120 & sleep 120; echo never"));
    QVERIFY(panel.start());
    QVERIFY(!panel.start()); // one at a time
    panel.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.running(), 30000);
    QCOMPARE(panel.runs()->index(0, RunComparisonModel::Status).data().toString(), QStringLiteral("cancelled"));
    // The shell was ended too: it never got to its echo.
    QVERIFY2(!panel.logText().split(QLatin1Char('\n')).contains(QStringLiteral("never")), qPrintable(panel.logText()));
}

void TestKernelPage::pageNamesWhatAWorkloadLeftRunning()
{
    // The command is done when its shell is; a background process it left (here outside its
    // process group) runs on and is named in the log.
    WorkloadPanel panel;
    panel.setPreset(WorkloadPanel::Preset::Command);
    panel.setTarget(QStringLiteral("setsid sleep 120 & echo pid=$!"));
    QVERIFY(panel.start());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.running(), 30000);
    const QString log = panel.logText();
    // The output line, not the "$ command" line above it.
    const qsizetype at = log.indexOf(QStringLiteral("\npid="));
    QVERIFY2(at >= 0, qPrintable(log));
    const int pid = log.mid(at + 5).section(QLatin1Char('\n'), 0, 0).toInt();
    QVERIFY(pid > 0);
    ::kill(pid, SIGKILL);
    QVERIFY2(log.contains(QStringLiteral("[the workload left 1 process")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral(" running: %1 ").arg(pid)), qPrintable(log));
}

void TestKernelPage::pageDropsCaches()
{
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    KernelPage page(source);
    std::vector<DropCachesLevel> asked;
    page.setDropCachesFunction([&asked](DropCachesLevel level) {
        asked.push_back(level);
        return DropCachesOutcome { true, "as root", "Caches dropped." };
    });
    page.dropCaches(DropCachesLevel::PageCache);
    QTRY_COMPARE_WITH_TIMEOUT(page.timeline()->markerCount(), std::size_t(1), 20000);
    QCOMPARE(asked, std::vector<DropCachesLevel> { DropCachesLevel::PageCache });
    QVERIFY2(page.bannerText().contains(QStringLiteral("as root")), qPrintable(page.bannerText()));
    std::vector<SampleEvent> events = page.sampler()->sampler().events();
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].kind, std::string(kEventDropCaches));

    // Refused: no marker, and the exact command to run instead.
    page.setDropCachesFunction([](DropCachesLevel) {
        return DropCachesOutcome { false, "", "vmscope is not root and neither pkexec nor sudo -n is available." };
    });
    page.dropCaches(DropCachesLevel::Both);
    QTRY_VERIFY_WITH_TIMEOUT(page.bannerText().contains(QStringLiteral("not dropped")), 20000);
    QVERIFY2(
        page.bannerText().contains(QString::fromStdString(dropCachesCommand(DropCachesLevel::Both)).toHtmlEscaped()),
        qPrintable(page.bannerText()));
    QVERIFY(page.bannerText().contains(QStringLiteral("neither pkexec nor sudo -n")));
    QCOMPARE(page.timeline()->markerCount(), std::size_t(1));
    QCOMPARE(page.sampler()->sampler().events().size(), std::size_t(1));
}

QTEST_MAIN(TestKernelPage)
#include "tst_kernelpage.moc"
