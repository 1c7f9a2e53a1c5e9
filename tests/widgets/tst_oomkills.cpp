// OOM kills on the kernel page: the feed that turns vmstat oom_kill increases into events and
// finds their reports in a kernel log (a fixture file standing in for /dev/kmsg), the red
// markers on the timeline, the report view (fields, candidates model under
// QAbstractItemModelTester, chart, folded call trace, raw text), the commit and PSI series, and
// the overcommit control with a fake writer (the real sysctls are never touched here).
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "core/sampling/Sampler.h"
#include "widgets/kernel/KernelPage.h"
#include "widgets/kernel/CommitGauge.h"
#include "widgets/kernel/MemoryTimeline.h"
#include "widgets/kernel/OomKillFeed.h"
#include "widgets/kernel/OvercommitControl.h"
#include "widgets/oom/OomCandidatesModel.h"
#include "widgets/oom/OomReportView.h"

#include "core/parse/OomReportParser.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <qcustomplot.h>

#include <cerrno>

using namespace vmscope;

namespace {
const QString kKmsg618 = QStringLiteral("kmsg/6.18-x86_64-memcg-oom.kmsg");
const QString kDmesg26 = QStringLiteral("kmsg/2.6-oom2.dmesg");

SamplePtr sample(double seconds, std::uint64_t oomKills, std::uint64_t committed = 4000000,
    std::uint64_t limit = 8000000, std::optional<Pressure> pressure = {})
{
    const MemInfo memInfo { { { "MemTotal", 16000000, true }, { "MemFree", 8000000, true },
        { "MemAvailable", 12000000, true }, { "SwapTotal", 0, true }, { "SwapFree", 0, true },
        { "Hugetlb", 0, true }, { "CommitLimit", limit, true }, { "Committed_AS", committed, true } } };
    const VmStat vmStat { { { "oom_kill", oomKills } } };
    auto made = std::make_shared<SystemSample>(
        buildSample(memInfo, {}, {}, nullptr, vmStat, makeSampleSchema(memInfo, vmStat)));
    made->seconds = seconds;
    made->pageSize = 4096;
    made->memoryPressure = pressure;
    return made;
}

std::shared_ptr<const OomReport> fixtureReport(const QString& fixture)
{
    auto reports = parse::parseOomReports(test::fixtureBytes(fixture));
    if (reports.empty())
        qFatal("no report in %s", qPrintable(fixture));
    return std::make_shared<const OomReport>(reports.back());
}

VmTuning tuning(std::int64_t mode, std::int64_t ratio, std::int64_t kbytes = 0)
{
    VmTuning t;
    t.overcommitMemory = mode;
    t.overcommitRatio = ratio;
    t.overcommitKbytes = kbytes;
    return t;
}
} // namespace

class OomTimelineWidgetsTest : public QObject {
    Q_OBJECT
private slots:
    void feedFindsTheReportOfAKill()
    {
        OomKillFeed feed(test::fixturePath(kKmsg618).toStdString(), 0);
        feed.setRetryIntervalMs(20);
        QSignalSpy added(&feed, &OomKillFeed::eventAdded);
        QSignalSpy changed(&feed, &OomKillFeed::eventChanged);
        feed.addSample(sample(1.0, 7));
        feed.addSample(sample(1.5, 7));
        QCOMPARE(added.count(), 0);
        feed.addSample(sample(2.0, 8)); // one kill
        QCOMPARE(added.count(), 1);
        const int id = added.first().first().toInt();
        QCOMPARE(feed.event(id)->seconds, 2.0);
        QCOMPARE(feed.label(*feed.event(id)), QStringLiteral("OOM kill"));
        QVERIFY(feed.toolTip(*feed.event(id)).contains(QStringLiteral("Reading")));
        QTRY_VERIFY(!feed.event(id)->reports.empty());
        QCOMPARE(feed.label(*feed.event(id)), QStringLiteral("OOM kill: hog"));
        const QString tip = feed.toolTip(*feed.event(id));
        QVERIFY2(tip.contains(QStringLiteral("PID 25723")) && tip.contains(QStringLiteral("CONSTRAINT_MEMCG"))
                && tip.contains(QStringLiteral("/ceotest")),
            qPrintable(tip));
        // A second kill: the log holds no second report, so the search ends and says so.
        feed.addSample(sample(3.0, 9));
        QCOMPARE(added.count(), 2);
        const int second = added.last().first().toInt();
        QTRY_VERIFY(feed.event(second)->searchGivenUp);
        QVERIFY(feed.event(second)->reports.empty());
        QVERIFY(feed.toolTip(*feed.event(second)).contains(QStringLiteral("No report")));
        // A counter going back (another boot's capture) is no kill.
        feed.addSample(sample(4.0, 2));
        QCOMPARE(added.count(), 2);
    }

    // The page wires the feed to the timeline: a kill is a red marker at once, and clicking it
    // opens the report when the log had one, else says why not in the banner. The page reads the
    // real /dev/kmsg, so a report of some other kill on this machine may or may not be there.
    void pageMarksKillsAndOpensReports()
    {
        auto source = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
        KernelPage page(source);
        const std::size_t before = page.timeline()->markerCount();
        const int id = page.oomKills()->addKills(0.5, 1);
        QCOMPARE(page.timeline()->markerCount(), before + 1);
        QCOMPARE(page.timeline()->markerKind(before), MemoryTimeline::MarkerKind::OomKill);
        QVERIFY(page.timeline()->markerLabel(before).startsWith(QStringLiteral("OOM kill")));
        QVERIFY(!page.timeline()->markerToolTip(before).isEmpty());
        const OomKillFeed::Event* event = page.oomKills()->event(id);
        QTRY_VERIFY_WITH_TIMEOUT(page.oomKills()->event(id)->searchGivenUp || !event->reports.empty(), 15000);
        QWidget* window = page.openOomReport(id);
        if (event->reports.empty()) {
            QVERIFY(!window);
            QVERIFY(!page.bannerText().isEmpty());
        } else {
            QVERIFY(window);
            QVERIFY(window->findChild<OomReportView*>());
            QCOMPARE(page.openOomReport(id), window); // raised, not opened twice
        }
        QVERIFY(!page.openOomReport(id + 1000));
    }

    void unreadableLogStillShowsTheKill()
    {
        OomKillFeed feed("/nonexistent/kmsg");
        QTRY_COMPARE(feed.logState(), OomKillFeed::LogState::Unreadable);
        const int id = feed.addKills(5.0, 2);
        const OomKillFeed::Event* event = feed.event(id);
        QVERIFY(event->searchGivenUp);
        QCOMPARE(feed.label(*event), QStringLiteral("2 OOM kills"));
        QVERIFY(feed.toolTip(*event).contains(QStringLiteral("could not be read")));
    }

    void timelineMarksAndClicksOomKills()
    {
        MemoryTimeline timeline;
        timeline.resize(900, 400);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        timeline.setWindowSeconds(60);
        for (int i = 0; i <= 20; ++i)
            timeline.addSample(sample(i, 0, 4000000 + std::uint64_t(i) * 1000));
        const std::size_t marker
            = timeline.addMarker(10.0, QStringLiteral("OOM kill"), MemoryTimeline::MarkerKind::OomKill, QStringLiteral("tip"));
        timeline.setMarkerText(marker, QStringLiteral("OOM kill: hog"), QStringLiteral("report"));
        QCOMPARE(timeline.markerLabel(marker), QStringLiteral("OOM kill: hog"));
        QCOMPARE(timeline.markerToolTip(marker), QStringLiteral("report"));
        QCOMPARE(timeline.markerKind(marker), MemoryTimeline::MarkerKind::OomKill);
        timeline.plot()->replot();
        const double x = timeline.plot()->xAxis->coordToPixel(10.0);
        const double y = timeline.plot()->axisRect()->center().y();
        QCOMPARE(timeline.markerAt(QPointF(x + 2, y)), std::optional<std::size_t>(marker));
        QVERIFY(!timeline.markerAt(QPointF(x + 40, y)));
        QSignalSpy clicked(&timeline, &MemoryTimeline::markerClicked);
        QTest::mouseClick(timeline.plot(), Qt::LeftButton, {}, QPointF(x + 1, y).toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().value<std::size_t>(), marker);
    }

    void commitPresetAndPressureSeries()
    {
        MemoryTimeline timeline;
        timeline.setUnit(MemoryUnit::MiB); // the unit is remembered in the settings between runs
        Pressure pressure;
        pressure.some = PressureLine { 12.5, 3, 1, 100 };
        pressure.full = PressureLine { 4.25, 1, 0, 50 };
        timeline.addSample(sample(1, 0, 4000000, 8000000, pressure));
        timeline.addSample(sample(2, 0, 5000000, 8000000));
        timeline.applyPreset(SeriesPreset::CommitAndOom);
        QVERIFY(timeline.seriesVisible(MemorySeries::CommittedAS));
        QVERIFY(timeline.seriesVisible(MemorySeries::CommitLimit));
        QVERIFY(timeline.seriesVisible(MemorySeries::PressureSome));
        QVERIFY(!timeline.seriesVisible(MemorySeries::Cached));
        QCOMPARE(*timeline.latestValue(MemorySeries::CommittedAS), 5000000 / 1024.0);
        QCOMPARE(*timeline.latestValue(MemorySeries::CommitLimit), 8000000 / 1024.0);
        // PSI is a percentage on its own axis, not converted by the unit; absent in the second sample.
        QCOMPARE(*timeline.valueAt(MemorySeries::PressureSome, 1.0), 12.5);
        QCOMPARE(*timeline.valueAt(MemorySeries::PressureFull, 1.0), 4.25);
        QVERIFY(!timeline.latestValue(MemorySeries::PressureSome));
        QCOMPARE(timeline.plot()->graph(int(MemorySeries::PressureSome))->valueAxis(), timeline.plot()->yAxis2);
        timeline.setUnit(MemoryUnit::GiB);
        QCOMPARE(*timeline.valueAt(MemorySeries::PressureSome, 1.0), 12.5);
        timeline.setUnit(MemoryUnit::MiB);
        QVERIFY(timeline.showCrosshairAt(1.0).contains(QStringLiteral("% of the last 10 s")));
        timeline.applyPreset(SeriesPreset::Memory);
        QVERIFY(!timeline.seriesVisible(MemorySeries::CommittedAS));
        QVERIFY(timeline.seriesVisible(MemorySeries::Cached));
    }

    void reportView_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("victim");
        QTest::addColumn<bool>("hasTrace");
        QTest::newRow("6.18 memcg") << kKmsg618 << QStringLiteral("hog") << true;
        QTest::newRow("2.6") << kDmesg26 << QString() << false;
    }
    void reportView()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, victim);
        QFETCH(bool, hasTrace);
        const auto report = fixtureReport(fixture);
        OomReportView view;
        QAbstractItemModelTester tester(view.candidatesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1100, 700);
        view.setReport(report);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        OomCandidatesModel* model = view.candidatesModel();
        QCOMPARE(model->rowCount(), int(report->tasks.rows.size()));
        QCOMPARE(model->columnCount(), int(report->tasks.columns.size()));
        // Every column the kernel printed, in its order.
        for (int c = 0; c < model->columnCount(); ++c)
            QCOMPARE(model->headerData(c, Qt::Horizontal).toString(),
                QString::fromStdString(report->tasks.columns[std::size_t(c)]));
        // Largest rss first.
        if (const auto rss = report->tasks.columnIndex("rss"))
            for (int r = 1; r < model->rowCount(); ++r)
                QVERIFY(model->index(r - 1, int(*rss)).data(OomCandidatesModel::kSortRole).toLongLong()
                    >= model->index(r, int(*rss)).data(OomCandidatesModel::kSortRole).toLongLong());
        if (report->victimRow()) {
            QVERIFY(model->victimRow() >= 0);
            QVERIFY(model->index(model->victimRow(), 0).data(OomCandidatesModel::kVictimRole).toBool());
            QVERIFY(model->index(model->victimRow(), 0).data(Qt::BackgroundRole).isValid());
        }
        if (!victim.isEmpty())
            QCOMPARE(view.fieldText(QStringLiteral("victim.name")), victim);
        QVERIFY(!view.fieldText(QStringLiteral("victim.pid")).isEmpty());
        QVERIFY(view.headline().contains(QStringLiteral("killed")));
        QCOMPARE(view.callTraceToggle()->isEnabled(), hasTrace);
        QVERIFY(view.callTraceText()->isHidden()); // folded
        if (hasTrace) {
            view.tabs()->setCurrentIndex(1);
            view.callTraceToggle()->click();
            QVERIFY(view.callTraceText()->isVisible());
            QVERIFY(view.callTraceText()->toPlainText().contains(QStringLiteral("dump_stack")));
        }
        QCOMPARE(view.rawText()->toPlainText().count(QLatin1Char('\n')) + 1, int(report->lines.size()));
        // The chart: one bar per candidate (at most 15), the victim's in its own red set.
        int bars = 0;
        for (int i = 0; i < view.chart()->plottableCount(); ++i)
            if (auto* b = qobject_cast<QCPBars*>(view.chart()->plottable(i)))
                bars += b->data()->size();
        QCOMPARE(bars, std::min(15, model->rowCount()));
    }

    void reportViewFieldsOf618()
    {
        OomReportView view;
        view.setReport(fixtureReport(kKmsg618));
        QCOMPARE(view.fieldText(QStringLiteral("victim.pid")), QStringLiteral("25723"));
        QVERIFY(view.fieldText(QStringLiteral("victim.anon_rss")).contains(QStringLiteral("65,152 kB"))
            || view.fieldText(QStringLiteral("victim.anon_rss")).contains(QStringLiteral("65152 kB")));
        QCOMPARE(view.fieldText(QStringLiteral("victim.uid")), QStringLiteral("0"));
        QCOMPARE(view.fieldText(QStringLiteral("victim.oom_score_adj")), QStringLiteral("0"));
        QCOMPARE(view.fieldText(QStringLiteral("trigger.name")), QStringLiteral("hog"));
        QCOMPARE(view.fieldText(QStringLiteral("trigger.gfp_mask")), QStringLiteral("0xcc0(GFP_KERNEL)"));
        QCOMPARE(view.fieldText(QStringLiteral("trigger.order")), QStringLiteral("0 (a single page)"));
        QVERIFY(view.fieldText(QStringLiteral("constraint")).startsWith(QStringLiteral("CONSTRAINT_MEMCG")));
        QCOMPARE(view.fieldText(QStringLiteral("memcg")), QStringLiteral("/ceotest"));
        QVERIFY(view.fieldText(QStringLiteral("memcg.usage")).contains(QStringLiteral("failcnt 19")));
        // Nothing printed is "not printed", never 0.
        view.setReport(nullptr);
        QCOMPARE(view.fieldText(QStringLiteral("victim.pid")), QStringLiteral("not printed"));
        QCOMPARE(view.candidatesModel()->rowCount(), 0);
    }

    void overcommitControlWritesAndRestores()
    {
        std::vector<std::pair<std::string, std::int64_t>> writes;
        CommitGauge gauge;
        gauge.resize(400, 80);
        gauge.setTuning(tuning(0, 50));
        gauge.setSample(*sample(1, 0, 4000000, 8000000));
        const double before = gauge.limitLineX();
        {
            OvercommitControl control;
            control.setWriter([&](const SysctlAssignment& a) {
                writes.push_back({ a.name, a.value });
                return 0;
            });
            QObject::connect(&control, &OvercommitControl::tuningWritten, &gauge, &CommitGauge::previewTuning);
            control.setWritable(true);
            control.setTuning(tuning(0, 50));
            QVERIFY(!control.restoreButton()->isEnabled());
            control.modeBox()->setCurrentIndex(2);
            control.ratioBox()->setValue(20);
            QVERIFY(control.apply());
            // The limit before the mode, so strict mode starts with the limit chosen.
            QCOMPARE(writes.size(), std::size_t(2));
            QCOMPARE(writes[0], (std::pair<std::string, std::int64_t>("overcommit_ratio", 20)));
            QCOMPARE(writes[1], (std::pair<std::string, std::int64_t>("overcommit_memory", 2)));
            QVERIFY(control.hasSavedValues());
            QVERIFY(control.restoreButton()->isEnabled());
            // The gauge draws the new limit (16 GB × 20 % + no swap) and enforces it at once.
            QVERIFY(gauge.limitEnforced());
            QCOMPARE(gauge.limitKiB(), std::optional<std::uint64_t>(3200000));
            QVERIFY(gauge.limitLineX() != before);
            // Restore: the old mode first, then the old ratio.
            writes.clear();
            QVERIFY(control.restore());
            QCOMPARE(writes.size(), std::size_t(2));
            QCOMPARE(writes[0], (std::pair<std::string, std::int64_t>("overcommit_memory", 0)));
            QCOMPARE(writes[1], (std::pair<std::string, std::int64_t>("overcommit_ratio", 50)));
            QVERIFY(!gauge.limitEnforced());
            // Changed again and left so: the destructor puts the values back.
            control.modeBox()->setCurrentIndex(1);
            QVERIFY(control.apply());
            writes.clear();
        }
        QCOMPARE(writes.size(), std::size_t(2));
        QCOMPARE(writes[0], (std::pair<std::string, std::int64_t>("overcommit_memory", 0)));
    }

    void overcommitControlFailureAndReadOnly()
    {
        OvercommitControl control;
        control.setWriter([](const SysctlAssignment&) { return EACCES; });
        control.setWritable(true);
        control.setTuning(tuning(0, 50));
        control.modeBox()->setCurrentIndex(2);
        QVERIFY(!control.apply());
        QVERIFY(!control.hasSavedValues());
        QVERIFY(control.statusText().contains(QStringLiteral("sudo vmscope-cli sysctl --set vm.overcommit_memory=2")));

        control.setWritable(false);
        QVERIFY(!control.modeBox()->isEnabled());
        QVERIFY(!control.applyButton()->isEnabled());
        QVERIFY(control.modeBox()->toolTip().contains(QStringLiteral("sudo vmscope-cli sysctl --set vm.overcommit_memory=2")));
        for (int mode = 0; mode < 3; ++mode)
            QVERIFY(!control.modeBox()->itemData(mode, Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(OvercommitControl::modeToolTip(2).contains(QStringLiteral("CommitLimit")));
    }
};

QTEST_MAIN(OomTimelineWidgetsTest)
#include "tst_oomkills.moc"
