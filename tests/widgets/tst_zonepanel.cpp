#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "core/read/SystemReader.h"
#include "core/parse/SystemParsers.h"
#include "core/sampling/Sampler.h"
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

Q_DECLARE_METATYPE(vmscope::WatermarkBand)

namespace {

bool fixtureExists(const QString& relative)
{
    return QFile::exists(test::fixturePath(relative));
}

// A sample built from a fixture folder's parsed files, the way the sampler joins them. Files a
// fixture lacks (the 2.6 excerpt has only zoneinfo) stay empty, as on a kernel without them.
SamplePtr fixtureSample(const QString& folder, double seconds = 0)
{
    const QString proc = folder + QStringLiteral("/proc/");
    auto parsed = [&](const char* file, auto parser, auto fallback) {
        const QString path = proc + QLatin1String(file);
        if (!fixtureExists(path))
            return fallback;
        auto result = parser(test::fixtureBytes(path), file);
        if (!result.ok())
            qFatal("fixture %s does not parse: %s", qPrintable(path), result.error().message().c_str());
        return *result;
    };
    const MemInfo memInfo = parsed("meminfo", parse::parseMemInfo, MemInfo {});
    const ZoneInfo zoneInfo = parsed("zoneinfo", parse::parseZoneInfo, ZoneInfo {});
    const BuddyInfo buddyInfo = parsed("buddyinfo", parse::parseBuddyInfo, BuddyInfo {});
    const VmStat vmStat = parsed("vmstat", parse::parseVmStat, VmStat {});
    std::optional<PageTypeInfo> pageTypes;
    if (fixtureExists(proc + QStringLiteral("pagetypeinfo")))
        pageTypes = parsed("pagetypeinfo", parse::parsePageTypeInfo, PageTypeInfo {});
    SystemSample sample = buildSample(
        memInfo, zoneInfo, buddyInfo, pageTypes ? &*pageTypes : nullptr, vmStat, makeSampleSchema(memInfo, vmStat));
    sample.pageSize = 4096; // every fixture comes from a 4 KiB-page machine
    sample.seconds = seconds;
    return std::make_shared<const SystemSample>(std::move(sample));
}

const ZoneSample* findZone(const SystemSample& sample, const QString& name)
{
    for (const ZoneSample& zone : sample.zones)
        if (QString::fromStdString(zone.zone) == name)
            return &zone;
    return nullptr;
}

VmTuning fixtureTuning(const QString& folder)
{
    const ProcRootSource source(test::procRoot(folder));
    const Result<VmSysctls> sysctls = readVmSysctls(source);
    if (!sysctls.ok())
        qFatal("cannot read the fixture's sys/vm: %s", sysctls.error().message().c_str());
    return VmTuning::fromSysctls(*sysctls);
}

ZoneSample syntheticZone(std::uint64_t free, std::uint64_t min, std::uint64_t low, std::uint64_t high)
{
    ZoneSample zone;
    zone.zone = "Normal";
    zone.free = free;
    zone.min = min;
    zone.low = low;
    zone.high = high;
    zone.managed = 100000;
    return zone;
}

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
    void classifiesFreeAgainstWatermarks_data()
    {
        QTest::addColumn<quint64>("free");
        QTest::addColumn<WatermarkBand>("expected");
        // min 100, low 125, high 150; the kernel's check is free <= mark, so a mark itself is below it.
        QTest::newRow("far above high") << quint64(90000) << WatermarkBand::Comfortable;
        QTest::newRow("just above high") << quint64(151) << WatermarkBand::Comfortable;
        QTest::newRow("at high") << quint64(150) << WatermarkBand::KswapdUntilHigh;
        QTest::newRow("between low and high") << quint64(140) << WatermarkBand::KswapdUntilHigh;
        QTest::newRow("at low") << quint64(125) << WatermarkBand::KswapdWoken;
        QTest::newRow("between min and low") << quint64(101) << WatermarkBand::KswapdWoken;
        QTest::newRow("at min") << quint64(100) << WatermarkBand::DirectReclaim;
        QTest::newRow("below min") << quint64(3) << WatermarkBand::DirectReclaim;
        QTest::newRow("nothing free") << quint64(0) << WatermarkBand::DirectReclaim;
    }
    void classifiesFreeAgainstWatermarks()
    {
        QFETCH(quint64, free);
        QFETCH(WatermarkBand, expected);
        const std::optional<WatermarkBand> band = classifyFree(syntheticZone(free, 100, 125, 150));
        QVERIFY(band.has_value());
        QCOMPARE(*band, expected);
    }

    void zoneWithoutWatermarksHasNoBand()
    {
        ZoneSample zone;
        zone.free = 10;
        QVERIFY(!classifyFree(zone).has_value());
    }

    void defaultMinFreeKbytes_data()
    {
        QTest::addColumn<quint64>("lowmemKbytes");
        QTest::addColumn<quint64>("expected");
        // Hand-checked: floor(sqrt(kB * 16)), clamped to 128 .. 262144.
        QTest::newRow("512 KiB: below the floor") << quint64(512) << quint64(128); // sqrt(8192) = 90.5
        QTest::newRow("16 MiB") << quint64(16384) << quint64(512); // sqrt(262144) = 512
        QTest::newRow("1 GiB") << quint64(1048576) << quint64(4096); // sqrt(16 Mi) = 4096
        QTest::newRow("8 GiB") << quint64(8388608) << quint64(11585); // 11585² = 134212225 <= 134217728 < 11586²
        QTest::newRow("16 GiB") << quint64(16777216) << quint64(16384);
        QTest::newRow("live fixture's low memory") << quint64((3840 + 772915 + 753664) * 4) << quint64(9896);
        QTest::newRow("4 TiB: exactly the ceiling") << quint64(4294967296) << quint64(262144);
        QTest::newRow("16 TiB: clamped to 256 MiB") << quint64(17179869184) << quint64(262144);
    }
    void defaultMinFreeKbytes()
    {
        QFETCH(quint64, lowmemKbytes);
        QFETCH(quint64, expected);
        QCOMPARE(vmscope::defaultMinFreeKbytes(lowmemKbytes), expected);
    }

    void lowmemCountsOnlyLowZones()
    {
        const SamplePtr sample = fixtureSample(QStringLiteral("live-6.18-x86_64"));
        QCOMPARE(lowmemManagedPages(sample->zones), std::uint64_t(3840 + 772915 + 753664));
        QVERIFY(isLowmemZone("DMA32"));
        QVERIFY(!isLowmemZone("Movable"));
        QVERIFY(!isLowmemZone("HighMem"));
    }

    // The explanations quote the kernel's arithmetic; the live capture checks it against the
    // watermarks the kernel actually set (min_free_kbytes 67584, watermark_scale_factor 10).
    void watermarksAsTheKernelSetThem_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("DMA") << QStringLiteral("DMA");
        QTest::newRow("DMA32") << QStringLiteral("DMA32");
        QTest::newRow("Normal") << QStringLiteral("Normal");
    }
    void watermarksAsTheKernelSetThem()
    {
        QFETCH(QString, zone);
        const QString folder = QStringLiteral("live-6.18-x86_64");
        const SamplePtr sample = fixtureSample(folder);
        const VmTuning tuning = fixtureTuning(folder);
        const ZoneSample* found = findZone(*sample, zone);
        QVERIFY(found);
        QVERIFY(found->min && found->low && found->high && found->managed);
        const auto minFree = static_cast<std::uint64_t>(tuning.minFreeKbytes.value());
        QCOMPARE(zoneMinShare(minFree, 4096, *found->managed, lowmemManagedPages(sample->zones)), *found->min);
        const std::uint64_t distance = watermarkDistance(
            *found->min, *found->managed, static_cast<std::uint64_t>(tuning.watermarkScaleFactor.value()));
        QCOMPARE(*found->low - *found->min, distance);
        QCOMPARE(*found->high - *found->low, distance);
    }

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
        QCOMPARE(largestFreeOrder(*found), order);
        QCOMPARE(blockKiB(order, sample->pageSize), kib);

        BuddyHistogram histogram;
        ZoneContext context;
        context.pageSize = sample->pageSize;
        histogram.setZone(*found, context);
        const QString summary = histogram.summary();
        QVERIFY2(summary.contains(sizeText(kib)), qPrintable(summary));
        QCOMPARE(summary.contains(QStringLiteral("fragmented")), fragmented);
    }

    void noFreeBlockAtAll()
    {
        ZoneSample zone = syntheticZone(0, 1, 2, 3);
        zone.freeBlocks.assign(11, 0);
        QCOMPARE(largestFreeOrder(zone), -1);
        zone.freeBlocks.clear();
        QCOMPARE(largestFreeOrder(zone), -1);
    }

    void commitLimitAsTheKernelComputesIt_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("live") << QStringLiteral("live-6.18-x86_64");
        QTest::newRow("prometheus") << QStringLiteral("prometheus-procfs");
    }
    void commitLimitAsTheKernelComputesIt()
    {
        QFETCH(QString, folder);
        const SamplePtr sample = fixtureSample(folder);
        const std::optional<std::uint64_t> limit = expectedCommitLimit(*sample, fixtureTuning(folder));
        QVERIFY(limit.has_value());
        QCOMPARE(*limit, sample->memInfoValue("CommitLimit").value());

        VmTuning strict = fixtureTuning(folder);
        strict.overcommitKbytes = 1000001; // rounded down to whole pages, plus SwapTotal (0 here)
        QCOMPARE(expectedCommitLimit(*sample, strict).value(), std::uint64_t(1000000));
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
            QCOMPARE(card->stateText(), watermarkBandName(classifyFree(*zone).value()));
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
        QVERIFY(anyContains(tips, QStringLiteral("<b>") + watermarkBandName(WatermarkBand::DirectReclaim)));
        QVERIFY(anyContains(tips, QStringLiteral("<b>") + watermarkBandName(WatermarkBand::Comfortable)));
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
