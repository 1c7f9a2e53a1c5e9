// The kernel's watermark and free-block arithmetic (core/analysis/Watermarks.h, VmTuning.h), the
// one the zone panel draws and vmscope-cli zones prints: hand-checked values and the live capture.
#include "FixtureSample.h"

#include "core/analysis/VmTuning.h"
#include "core/analysis/Watermarks.h"
#include "core/sampling/SampleRules.h"

#include <QTest>

using namespace vmscope;
using test::findZone;
using test::fixtureSample;
using test::fixtureTuning;

Q_DECLARE_METATYPE(vmscope::WatermarkState)

class TestWatermarks : public QObject {
    Q_OBJECT

private slots:
    // min 100, low 125, high 150. __zone_watermark_ok fails when free <= mark, so each watermark
    // belongs to the band below it.
    void stateOfFree_data()
    {
        QTest::addColumn<quint64>("free");
        QTest::addColumn<WatermarkState>("expected");
        QTest::addColumn<QString>("name");
        QTest::newRow("far above high") << quint64(90000) << WatermarkState::AboveHigh << "above_high";
        QTest::newRow("just above high") << quint64(151) << WatermarkState::AboveHigh << "above_high";
        QTest::newRow("at high") << quint64(150) << WatermarkState::BetweenLowAndHigh << "between_low_and_high";
        QTest::newRow("between low and high")
            << quint64(140) << WatermarkState::BetweenLowAndHigh << "between_low_and_high";
        QTest::newRow("just above low") << quint64(126) << WatermarkState::BetweenLowAndHigh << "between_low_and_high";
        QTest::newRow("at low") << quint64(125) << WatermarkState::BelowLow << "below_low";
        QTest::newRow("between min and low") << quint64(101) << WatermarkState::BelowLow << "below_low";
        QTest::newRow("at min") << quint64(100) << WatermarkState::BelowMin << "below_min";
        QTest::newRow("below min") << quint64(3) << WatermarkState::BelowMin << "below_min";
        QTest::newRow("nothing free") << quint64(0) << WatermarkState::BelowMin << "below_min";
    }
    void stateOfFree()
    {
        QFETCH(quint64, free);
        QFETCH(WatermarkState, expected);
        QFETCH(QString, name);
        QCOMPARE(watermarkState(free, 100, 125, 150), expected);
        const std::optional<WatermarkState> known = watermarkState(
            std::optional<std::uint64_t>(free), std::uint64_t(100), std::uint64_t(125), std::uint64_t(150));
        QVERIFY(known.has_value());
        QCOMPARE(*known, expected);
        QCOMPARE(QString::fromStdString(std::string(watermarkStateName(expected))), name);
    }

    void stateNeedsAllFour()
    {
        const std::optional<std::uint64_t> none;
        QVERIFY(!watermarkState(std::optional<std::uint64_t>(10), none, none, none).has_value());
        QVERIFY(!watermarkState(
            none, std::optional<std::uint64_t>(1), std::optional<std::uint64_t>(2), std::optional<std::uint64_t>(3))
                     .has_value());
        // A sample's zone without watermarks (a capture without them) has no state either.
        ZoneSample zone;
        zone.free = 10;
        QVERIFY(!watermarkState(zone.free, zone.min, zone.low, zone.high).has_value());
    }

    // The CLI's text table keeps its wording; the bottom-up order is the gauge's.
    void stateTexts()
    {
        QCOMPARE(watermarkStateText(WatermarkState::BelowMin), std::string_view("below min: direct reclaim"));
        QCOMPARE(watermarkStateText(WatermarkState::BelowLow), std::string_view("below low: kswapd woken"));
        QCOMPARE(
            watermarkStateText(WatermarkState::BetweenLowAndHigh), std::string_view("below high: kswapd reclaiming"));
        QCOMPARE(watermarkStateText(WatermarkState::AboveHigh), std::string_view("above high"));
        QCOMPARE(kWatermarkStatesBottomUp.front(), WatermarkState::BelowMin);
        QCOMPARE(kWatermarkStatesBottomUp.back(), WatermarkState::AboveHigh);
    }

    void populated_data()
    {
        QTest::addColumn<bool>("hasManaged");
        QTest::addColumn<quint64>("managed");
        QTest::addColumn<bool>("hasPresent");
        QTest::addColumn<quint64>("present");
        QTest::addColumn<bool>("expected");
        QTest::newRow("managed") << true << quint64(3840) << true << quint64(3998) << true;
        QTest::newRow("unused Movable") << true << quint64(0) << true << quint64(0) << false;
        QTest::newRow("managed 0 wins over present") << true << quint64(0) << true << quint64(100) << false;
        QTest::newRow("2.6: present only") << false << quint64(0) << true << quint64(4096) << true;
        QTest::newRow("neither") << false << quint64(0) << false << quint64(0) << false;
    }
    void populated()
    {
        QFETCH(bool, hasManaged);
        QFETCH(quint64, managed);
        QFETCH(bool, hasPresent);
        QFETCH(quint64, present);
        QFETCH(bool, expected);
        const auto m = hasManaged ? std::optional<std::uint64_t>(managed) : std::nullopt;
        const auto p = hasPresent ? std::optional<std::uint64_t>(present) : std::nullopt;
        QCOMPARE(zonePopulated(m, p), expected);
        ZoneSample zone;
        zone.managed = m;
        zone.present = p;
        QCOMPARE(zone.populated(), expected);
    }

    // The fixture with a zone exactly at min, as a sample sees it.
    void fixtureZoneAtMin()
    {
        const SamplePtr sample = fixtureSample(QStringLiteral("zone-free-equals-min"));
        const ZoneSample* dma32 = findZone(*sample, QStringLiteral("DMA32"));
        QVERIFY(dma32);
        QCOMPARE(dma32->free, std::uint64_t(8533));
        QCOMPARE(dma32->min.value(), std::uint64_t(8533));
        QCOMPARE(watermarkState(dma32->free, dma32->min, dma32->low, dma32->high), WatermarkState::BelowMin);
        const ZoneSample* normal = findZone(*sample, QStringLiteral("Normal"));
        QVERIFY(normal);
        QCOMPARE(watermarkState(normal->free, normal->min, normal->low, normal->high), WatermarkState::AboveHigh);
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
        QVERIFY(isLowmemZone("DMA"));
        QVERIFY(isLowmemZone("DMA32"));
        QVERIFY(isLowmemZone("Normal"));
        QVERIFY(!isLowmemZone("Movable"));
        QVERIFY(!isLowmemZone("HighMem"));
        QVERIFY(!isLowmemZone("Device"));
    }

    // The live capture checks the arithmetic against the watermarks the kernel actually set
    // (min_free_kbytes 67584, watermark_scale_factor 10).
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

    void watermarkArithmetic_data()
    {
        QTest::addColumn<quint64>("min");
        QTest::addColumn<quint64>("managed");
        QTest::addColumn<quint64>("scaleFactor");
        QTest::addColumn<quint64>("distance");
        // max(min / 4, managed * factor / 10000), by hand.
        QTest::newRow("min / 4 wins") << quint64(8000) << quint64(100000) << quint64(10) << quint64(2000); // vs 100
        QTest::newRow("live DMA: min / 4") << quint64(42) << quint64(3840) << quint64(10) << quint64(10); // 10 vs 3
        QTest::newRow("scale factor wins (1000)")
            << quint64(8320) << quint64(753664) << quint64(1000) << quint64(75366);
    }
    void watermarkArithmetic()
    {
        QFETCH(quint64, min);
        QFETCH(quint64, managed);
        QFETCH(quint64, scaleFactor);
        QFETCH(quint64, distance);
        QCOMPARE(watermarkDistance(min, managed, scaleFactor), distance);
    }

    void minShareGuards()
    {
        // 67584 kB of 4 KiB pages is 16896 pages; a quarter of the low memory gets a quarter.
        QCOMPARE(zoneMinShare(67584, 4096, 1000, 4000), std::uint64_t(4224));
        QCOMPARE(zoneMinShare(67584, 4096, 1000, 0), std::uint64_t(0)); // no low memory known
        QCOMPARE(zoneMinShare(67584, 512, 1000, 4000), std::uint64_t(0)); // no page size below 1 KiB
    }

    void largestFreeBlock_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("order");
        QTest::addColumn<quint64>("kib");
        QTest::newRow("live DMA") << QStringLiteral("live-6.18-x86_64") << QStringLiteral("DMA") << 10 << quint64(4096);
        QTest::newRow("live Normal") << QStringLiteral("live-6.18-x86_64") << QStringLiteral("Normal") << 10
                                     << quint64(4096);
        QTest::newRow("prometheus DMA") << QStringLiteral("prometheus-procfs") << QStringLiteral("DMA") << 10
                                        << quint64(4096);
        // 759 572 791 475 194 45 12 0 0 0 0: nothing above order 6.
        QTest::newRow("prometheus DMA32")
            << QStringLiteral("prometheus-procfs") << QStringLiteral("DMA32") << 6 << quint64(256);
        QTest::newRow("prometheus Normal")
            << QStringLiteral("prometheus-procfs") << QStringLiteral("Normal") << 6 << quint64(256);
    }
    void largestFreeBlock()
    {
        QFETCH(QString, folder);
        QFETCH(QString, zone);
        QFETCH(int, order);
        QFETCH(quint64, kib);
        const SamplePtr sample = fixtureSample(folder);
        const ZoneSample* found = findZone(*sample, zone);
        QVERIFY(found);
        QCOMPARE(largestFreeOrder(found->freeBlocks), order);
        QCOMPARE(blockKiB(order, sample->pageSize), kib);
    }

    void noFreeBlockAtAll()
    {
        std::vector<std::uint64_t> blocks(11, 0);
        QCOMPARE(largestFreeOrder(blocks), -1);
        blocks.clear();
        QCOMPARE(largestFreeOrder(blocks), -1);
        QCOMPARE(largestFreeOrder({ 500, 3 }), 1);
    }

    void blockSizes()
    {
        QCOMPARE(blockKiB(0, 4096), std::uint64_t(4));
        QCOMPARE(blockKiB(9, 4096), std::uint64_t(2048)); // a 2 MiB huge page
        QCOMPARE(blockKiB(10, 65536), std::uint64_t(65536)); // 64 KiB pages
        QCOMPARE(blockKiB(-1, 4096), std::uint64_t(0));
        QCOMPARE(blockKiB(41, 4096), std::uint64_t(0));
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

    void commitLimitByHand()
    {
        VmTuning tuning;
        tuning.overcommitRatio = 50;
        // 1000 pages of RAM, 100 of them hugetlb: (1000 - 100) * 50 / 100 = 450 pages = 1800 kB, + 512 kB swap.
        QCOMPARE(expectedCommitLimit(CommitInputs { 4000, 512, 400, 4096 }, tuning).value(), std::uint64_t(2312));
        QVERIFY(!expectedCommitLimit(CommitInputs { std::nullopt, 512, 0, 4096 }, tuning).has_value());
        tuning.overcommitRatio.reset();
        QVERIFY(!expectedCommitLimit(CommitInputs { 4000, 512, 0, 4096 }, tuning).has_value());
    }
};

QTEST_GUILESS_MAIN(TestWatermarks)
#include "tst_watermarks.moc"
