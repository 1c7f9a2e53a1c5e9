#include "FixtureSample.h"

#include "core/io/ProcRootSource.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/kernel/BuddyHistogram.h"
#include "widgets/kernel/CommitGauge.h"
#include "widgets/kernel/WatermarkGauge.h"
#include "widgets/kernel/ZoneCard.h"
#include "widgets/kernel/ZonePanel.h"
#include "widgets/kernel/ZoneWatermarks.h"

#include <QFile>
#include <QTest>

#include <set>

using namespace vmscope;

namespace {

using test::findZone;
using test::fixtureSample;
using test::fixtureTuning;

// Every tooltip the widget shows, sampled over its area.
QStringList toolTipsOver(const QWidget& widget, const std::function<QString(const QPoint&)>& toolTipAt)
{
    QStringList tips;
    for (int x = 0; x < widget.width(); x += 3)
        for (int y = 0; y < widget.height(); ++y)
            tips << toolTipAt(QPoint(x, y));
    return tips;
}

bool anyContains(const QStringList& texts, const QString& needle)
{
    return std::any_of(texts.begin(), texts.end(), [&](const QString& text) { return text.contains(needle); });
}

} // namespace

class TestZonePanel : public QObject {
    Q_OBJECT

private slots:
    void scaleKeepsBandsReadable_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("zone");
        QTest::newRow("live DMA") << QStringLiteral("live-6.18-x86_64") << QStringLiteral("DMA");
        QTest::newRow("live DMA32") << QStringLiteral("live-6.18-x86_64") << QStringLiteral("DMA32");
        QTest::newRow("live Normal") << QStringLiteral("live-6.18-x86_64") << QStringLiteral("Normal");
        QTest::newRow("prometheus DMA32") << QStringLiteral("prometheus-procfs") << QStringLiteral("DMA32");
        QTest::newRow("prometheus Normal") << QStringLiteral("prometheus-procfs") << QStringLiteral("Normal");
    }
    void scaleKeepsBandsReadable()
    {
        QFETCH(QString, folder);
        QFETCH(QString, zone);
        const SamplePtr sample = fixtureSample(folder);
        const ZoneSample* found = findZone(*sample, zone);
        QVERIFY(found);
        const WatermarkScale scale(*found->min, *found->low, *found->high, *found->managed);
        QCOMPARE(scale.position(0), 0.0);
        QCOMPARE(scale.position(*found->managed), 1.0);
        const double min = scale.position(*found->min), low = scale.position(*found->low),
                     high = scale.position(*found->high);
        // On a linear axis these zones' bands would be under 1 % of the height; each band gets at
        // least 10 % (15 px of a 150 px gauge).
        QVERIFY2(low - min >= 0.1, qPrintable(QStringLiteral("min..low %1").arg(low - min)));
        QVERIFY2(high - low >= 0.1, qPrintable(QStringLiteral("low..high %1").arg(high - low)));
        QVERIFY(min >= 0.2);
        // Free memory far above high still lands on the axis and above the zoomed part.
        const double free = scale.position(found->free);
        QVERIFY(free >= 0.0 && free <= 1.0);
        if (found->free > *found->high)
            QVERIFY(free > WatermarkScale::kHighTop);
        else
            QVERIFY(free <= WatermarkScale::kHighTop);
        // Monotonic over the whole range.
        double previous = -1;
        for (std::uint64_t pages = 0; pages <= *found->managed;
             pages += std::max<std::uint64_t>(1, *found->managed / 997)) {
            const double position = scale.position(pages);
            QVERIFY(position >= previous);
            previous = position;
        }
    }

    void scaleIsLinearInsideBands()
    {
        const WatermarkScale scale(100, 200, 300, 30000);
        QCOMPARE(scale.position(50), WatermarkScale::kMinTop / 2);
        QCOMPARE(scale.position(150), (WatermarkScale::kMinTop + WatermarkScale::kLowTop) / 2);
        QCOMPARE(scale.position(300), WatermarkScale::kHighTop);
        // Logarithmic above high: 3000 is halfway (in log) between 300 and 30000.
        QVERIFY(qFuzzyCompare(scale.position(3000), (WatermarkScale::kHighTop + 1.0) / 2));
        QCOMPARE(scale.position(999999), 1.0);
        // Without watermarks: linear over the zone.
        QCOMPARE(WatermarkScale(0, 0, 0, 1000).position(250), 0.25);
    }

    void largestFreeBlock_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("order");
        QTest::addColumn<quint64>("kib");
        QTest::addColumn<bool>("fragmented");
        QTest::newRow("live DMA") << QStringLiteral("live-6.18-x86_64") << QStringLiteral("DMA") << 10 << quint64(4096)
                                  << false;
        QTest::newRow("live Normal") << QStringLiteral("live-6.18-x86_64") << QStringLiteral("Normal") << 10
                                     << quint64(4096) << false;
        QTest::newRow("prometheus DMA") << QStringLiteral("prometheus-procfs") << QStringLiteral("DMA") << 10
                                        << quint64(4096) << false;
        // 759 572 791 475 194 45 12 0 0 0 0: nothing above order 6.
        QTest::newRow("prometheus DMA32")
            << QStringLiteral("prometheus-procfs") << QStringLiteral("DMA32") << 6 << quint64(256) << true;
        QTest::newRow("prometheus Normal")
            << QStringLiteral("prometheus-procfs") << QStringLiteral("Normal") << 6 << quint64(256) << true;
    }
    void largestFreeBlock()
    {
        QFETCH(QString, folder);
        QFETCH(QString, zone);
        QFETCH(int, order);
        QFETCH(quint64, kib);
        QFETCH(bool, fragmented);
        const SamplePtr sample = fixtureSample(folder);
        const ZoneSample* found = findZone(*sample, zone);
        QVERIFY(found);
        QCOMPARE(largestFreeOrder(found->freeBlocks), order); // tst_watermarks checks the rule itself

        BuddyHistogram histogram;
        ZoneContext context;
        context.pageSize = sample->pageSize;
        histogram.setZone(*found, context);
        const QString summary = histogram.summary();
        QVERIFY2(summary.contains(sizeText(kib)), qPrintable(summary));
        QCOMPARE(summary.contains(QStringLiteral("fragmented")), fragmented);
    }

    void commitGaugeNamesTheMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("heuristic") << 0 << QStringLiteral("heuristic");
        QTest::newRow("always") << 1 << QStringLiteral("always");
        QTest::newRow("strict") << 2 << QStringLiteral("strict");
    }
    void commitGaugeNamesTheMode()
    {
        QFETCH(int, mode);
        QFETCH(QString, expected);
        CommitGauge gauge;
        VmTuning tuning = fixtureTuning(QStringLiteral("live-6.18-x86_64"));
        tuning.overcommitMemory = mode;
        gauge.setTuning(tuning);
        gauge.setSample(*fixtureSample(QStringLiteral("live-6.18-x86_64")));
        QVERIFY2(gauge.modeExplanation().contains(expected), qPrintable(gauge.modeExplanation()));
        // Only strict mode enforces CommitLimit, and the text must say so.
        QCOMPARE(gauge.modeExplanation().contains(QStringLiteral("fails")), mode == 2);
        QVERIFY(gauge.headline().contains(sizeText(168720)));
        QVERIFY(gauge.headline().contains(sizeText(12342040)));
    }

    void panelShowsOneGaugePerPopulatedZone_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("cards");
        QTest::addColumn<QStringList>("empty");
        const QStringList modern = { QStringLiteral("DMA"), QStringLiteral("DMA32"), QStringLiteral("Normal") };
        const QStringList unpopulated = { QStringLiteral("node 0 Movable"), QStringLiteral("node 0 Device") };
        QTest::newRow("live-6.18-x86_64") << QStringLiteral("live-6.18-x86_64") << modern << unpopulated;
        QTest::newRow("prometheus-procfs") << QStringLiteral("prometheus-procfs") << modern << unpopulated;
        // 2.6 printed no managed count: present decides, and no zone is empty.
        QTest::newRow("2.6.24") << QStringLiteral("historic/2.6.24-zoneinfo")
                                << QStringList { QStringLiteral("DMA"), QStringLiteral("Normal") } << QStringList {};
    }
    void panelShowsOneGaugePerPopulatedZone()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, cards);
        QFETCH(QStringList, empty);
        ZonePanel panel(nullptr);
        panel.resize(1600, 1000);
        const SamplePtr sample = fixtureSample(folder);
        panel.addSample(sample);
        QCOMPARE(panel.cardCount(), std::size_t(cards.size()));
        for (qsizetype i = 0; i < cards.size(); ++i) {
            ZoneCard* card = panel.card(static_cast<std::size_t>(i));
            QCOMPARE(QString::fromStdString(card->zone()), cards[i]);
            const ZoneSample* zone = findZone(*sample, cards[i]);
            QCOMPARE(card->stateText(),
                watermarkStateLabel(watermarkState(zone->free, zone->min, zone->low, zone->high).value()));
        }
        for (const QString& name : empty)
            QVERIFY2(panel.emptyZonesText().contains(name), qPrintable(panel.emptyZonesText()));
        if (empty.isEmpty())
            QVERIFY(panel.emptyZonesText().isEmpty());
        // A second sample of the same zones keeps the same cards.
        ZoneCard* first = panel.card(0);
        panel.addSample(fixtureSample(folder, 1));
        QCOMPARE(panel.card(0), first);
        QCOMPARE(first->gauge()->historySize(), std::size_t(2));
        QVERIFY(!panel.grab().isNull());
    }

    // A zone exactly at min is already below it (__zone_watermark_ok fails when free <= mark):
    // the card says direct reclaim, as vmscope-cli zones does (tst_cli).
    void zoneAtMinShowsDirectReclaim()
    {
        ZonePanel panel(nullptr);
        panel.resize(1600, 1000);
        panel.addSample(fixtureSample(QStringLiteral("zone-free-equals-min")));
        QCOMPARE(panel.cardCount(), std::size_t(3));
        ZoneCard* dma32 = panel.card(1);
        QCOMPARE(dma32->zone(), std::string("DMA32"));
        QCOMPARE(dma32->stateText(), watermarkStateLabel(WatermarkState::BelowMin));
        QCOMPARE(dma32->stateText(), WatermarkGauge::tr("direct reclaim"));
        QCOMPARE(panel.card(2)->stateText(), watermarkStateLabel(WatermarkState::AboveHigh)); // Normal, untouched
        QVERIFY(!panel.grab().isNull());
    }

    void protectionNamesTheHigherZones()
    {
        ZonePanel panel(nullptr);
        panel.addSample(fixtureSample(QStringLiteral("live-6.18-x86_64")));
        // DMA: protection (0, 3019, 5963, 5963, 5963) pages.
        const QString text = panel.card(0)->protectionText();
        QVERIFY2(text.contains(sizeText(3019 * 4) + QStringLiteral(" from DMA32")), qPrintable(text));
        QVERIFY2(text.contains(sizeText(5963 * 4) + QStringLiteral(" from Normal/Movable/Device")), qPrintable(text));
        QVERIFY(panel.card(2)->protectionText().contains(QStringLiteral("none")));
    }

    void historyIsBoundedAndReplaced()
    {
        ZonePanel panel(nullptr);
        std::vector<SamplePtr> samples;
        for (int i = 0; i < 200; ++i)
            samples.push_back(fixtureSample(QStringLiteral("live-6.18-x86_64"), i * 0.5));
        panel.setHistory(samples);
        QCOMPARE(panel.card(0)->gauge()->historySize(), WatermarkGauge::kHistoryLength);
        panel.addSample(fixtureSample(QStringLiteral("live-6.18-x86_64"), 100));
        QCOMPARE(panel.card(0)->gauge()->historySize(), WatermarkGauge::kHistoryLength);
        samples.resize(5);
        panel.setHistory(samples);
        QCOMPARE(panel.card(0)->gauge()->historySize(), std::size_t(5));
    }

    void sysctlsAreReadThroughTheSource()
    {
        const QString folder = QStringLiteral("live-6.18-x86_64");
        ZonePanel panel(std::make_shared<ProcRootSource>(test::procRoot(folder)));
        panel.addSample(fixtureSample(folder));
        // Read on a worker: wait for the result to arrive on the GUI thread.
        QTRY_VERIFY(panel.commitGauge()->modeExplanation().contains(QStringLiteral("heuristic")));
        ZoneCard* dma = panel.card(0);
        WatermarkGauge* gauge = dma->gauge();
        gauge->resize(460, 150);
        const QStringList tips = toolTipsOver(*gauge, [&](const QPoint& p) { return gauge->toolTipAt(p); });
        QVERIFY(anyContains(tips, QStringLiteral("<b>min watermark")));
        QVERIFY(anyContains(tips, QStringLiteral("<b>low watermark")));
        QVERIFY(anyContains(tips, QStringLiteral("<b>high watermark")));
        QVERIFY(anyContains(tips, QStringLiteral("<b>promo watermark")));
        QVERIFY(anyContains(tips, QStringLiteral("<b>") + watermarkStateLabel(WatermarkState::BelowMin)));
        QVERIFY(anyContains(tips, QStringLiteral("<b>") + watermarkStateLabel(WatermarkState::AboveHigh)));
        // The explanation quotes this machine's numbers: 67584 kB set, 9896 kB default, DMA's share 42.
        QVERIFY(anyContains(tips, QStringLiteral("67584 kB")));
        QVERIFY(anyContains(tips, QStringLiteral("= 9896 kB")));
        QVERIFY(anyContains(tips, QStringLiteral("42 pages")));
        QVERIFY(anyContains(tips, QStringLiteral("fixed height")));
    }

    void histogramTooltipsNameOrdersAndTypes()
    {
        const SamplePtr sample = fixtureSample(QStringLiteral("live-6.18-x86_64"));
        const ZoneSample* normal = findZone(*sample, QStringLiteral("Normal"));
        BuddyHistogram histogram;
        ZoneContext context;
        histogram.setZone(*normal, context);
        histogram.resize(440, 130);
        const QStringList tips = toolTipsOver(histogram, [&](const QPoint& p) { return histogram.toolTipAt(p); });
        QVERIFY(
            anyContains(tips, QStringLiteral("<b>Order 0</b>: blocks of %1<br>13443 free blocks").arg(sizeText(4))));
        QVERIFY(
            anyContains(tips, QStringLiteral("<b>Order 10</b>: blocks of %1<br>153 free blocks").arg(sizeText(4096))));
        if (!normal->freeBlocksByType.empty())
            QVERIFY(anyContains(tips, QStringLiteral("Movable: ")));
        QVERIFY(!histogram.grab().isNull());
    }

    void cardsReflowWithTheWidth()
    {
        ZonePanel panel(nullptr);
        panel.resize(1600, 1000);
        panel.show();
        panel.addSample(fixtureSample(QStringLiteral("live-6.18-x86_64")));
        QCoreApplication::processEvents();
        QTRY_VERIFY(panel.card(1)->geometry().left() > panel.card(0)->geometry().right());
        panel.resize(500, 1000);
        QTRY_COMPARE(panel.card(1)->geometry().left(), panel.card(0)->geometry().left());
        QVERIFY(panel.card(1)->geometry().top() > panel.card(0)->geometry().bottom());
    }
};

QTEST_MAIN(TestZonePanel)
#include "tst_zonepanel.moc"
