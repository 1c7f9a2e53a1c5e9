// Saturated figures in the GUI (issue 10, finding 7): a sum that did not fit in 64 bits shows as
// "overflow", never as "16.0 EiB" or a percentage in the quintillions; sums and differences of
// hostile meminfo and vmstat values neither wrap nor overflow a signed integer. Offscreen.
#include "core/format/Units.h"
#include "core/model/Saturating.h"
#include "core/read/SystemUsage.h"
#include "core/sampling/SystemSample.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/kernel/RunComparisonModel.h"
#include "widgets/kernel/SampleFigures.h"
#include "widgets/usage/MappingUsageModel.h"
#include "widgets/usage/ProcessUsageModel.h"

#include <QLocale>
#include <QTest>

using namespace vmscope;

Q_DECLARE_METATYPE(std::uint64_t)

namespace {

constexpr std::uint64_t kNear = 18446744073709551000ull; // near 2^64, not saturated itself

using Pairs = std::vector<std::pair<std::string, std::uint64_t>>;

SamplePtr sampleWith(double seconds, const Pairs& memInfo, const Pairs& vmStat = {})
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
    return sample;
}

ProcessSummary process(int pid, std::uint64_t pss)
{
    ProcessSummary p;
    p.pid = pid;
    p.name = "p" + std::to_string(pid);
    p.user = "root";
    p.totals.fields.set(SmapsKey::Pss, pss);
    p.totals.fields.set(SmapsKey::Rss, pss);
    return p;
}

} // namespace

class TestGuiOverflow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void sizeAndShareText_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("saturated size") << sizeText(kSaturated) << QStringLiteral("overflow"); // "16.0 EiB" before
        QTest::newRow("near 2^64 is a size") << sizeText(kNear) << QString::fromStdString(formatKiB(kNear));
        QTest::newRow("share") << shareText(1, 4, 1) << QStringLiteral("25.0");
        QTest::newRow("share of saturated whole") << shareText(5, kSaturated, 2) << QStringLiteral("overflow");
        QTest::newRow("saturated share") << shareText(kSaturated, 1000, 2) << QStringLiteral("overflow");
        QTest::newRow("no base") << shareText(5, 0, 2) << QString();
    }
    void sizeAndShareText()
    {
        QFETCH(QString, shown);
        QFETCH(QString, expected);
        QCOMPARE(shown, expected);
    }

    // The usage tables: a saturated PSS is "overflow" in kB and in percent (before:
    // "1844674407370955161.60" % of 1000 kB), and the average of a saturated sum too.
    void usageTables()
    {
        ProcessUsageModel processes;
        processes.merge({ process(1, kSaturated), process(2, 250) });
        const int hostile = processes.rowOfPid(1);
        const int normal = processes.rowOfPid(2);
        QCOMPARE(processes.index(hostile, ProcessUsageModel::Pss).data().toString(), QStringLiteral("overflow"));
        processes.setPercentOf(1000, true);
        QCOMPARE(processes.index(hostile, ProcessUsageModel::Pss).data().toString(), QStringLiteral("overflow"));
        QCOMPARE(processes.index(normal, ProcessUsageModel::Pss).data().toString(), QStringLiteral("25.00"));
        const QString tip = processes.index(hostile, ProcessUsageModel::Pss).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip, QStringLiteral("overflow"));

        MappingUsageModel mappings;
        MappingUsage m;
        m.path = "/usr/lib/libc.so.6";
        m.pids = { 1, 2 };
        m.pss = kSaturated;
        mappings.merge({ m });
        QCOMPARE(mappings.index(0, MappingUsageModel::AveragePss).data().toString(), QStringLiteral("overflow"));
        QCOMPARE(mappings.index(0, MappingUsageModel::AveragePss).data(UsageTableModel::SortRole).toULongLong(),
            qulonglong(kSaturated));
    }

    // free's figures from a hostile meminfo: buff/cache and used wrapped before.
    void freeFiguresSaturate()
    {
        const auto sample = sampleWith(1,
            { { "MemTotal", kNear }, { "MemFree", kNear }, { "Buffers", kNear }, { "Cached", kNear },
                { "SReclaimable", kNear }, { "SwapTotal", 0 }, { "SwapFree", 0 } });
        const auto figures = freeFigures(*sample);
        QVERIFY(figures);
        QCOMPARE(figures->buffCache, kSaturated); // 3 * kNear wrapped to kNear - 1232 before
        QCOMPARE(figures->used, std::uint64_t(0));
        QCOMPARE(figures->available, kNear); // min(total, free + buff/cache)
        QCOMPARE(sizeText(figures->buffCache), QStringLiteral("overflow"));
    }

    // vmstat counters: backwards gives no rate; per-zone parts whose sum saturates give none
    // either (before the sum wrapped, and the rate was the difference of two wrapped sums).
    void vmstatRatesOfHostileCounters_data()
    {
        QTest::addColumn<SamplePtr>("earlier");
        QTest::addColumn<SamplePtr>("later");
        QTest::addColumn<double>("scanKswapd");
        QTest::addColumn<double>("majorFaults");
        QTest::newRow("backwards") << sampleWith(1, {}, { { "pgmajfault", kNear }, { "pgscan_kswapd", kNear } })
                                   << sampleWith(2, {}, { { "pgmajfault", 5 }, { "pgscan_kswapd", 5 } }) << 0.0 << 0.0;
        QTest::newRow("per-zone sum saturates")
            << sampleWith(1, {}, { { "pgmajfault", 0 }, { "pgscan_kswapd_dma32", 10 }, { "pgscan_kswapd_normal", 10 } })
            << sampleWith(
                   2, {}, { { "pgmajfault", 0 }, { "pgscan_kswapd_dma32", kNear }, { "pgscan_kswapd_normal", kNear } })
            << 0.0 << 0.0;
        QTest::newRow("normal") << sampleWith(1, {}, { { "pgmajfault", 10 }, { "pgscan_kswapd", 100 } })
                                << sampleWith(3, {}, { { "pgmajfault", 30 }, { "pgscan_kswapd", 500 } }) << 200.0
                                << 10.0;
    }
    void vmstatRatesOfHostileCounters()
    {
        QFETCH(SamplePtr, earlier);
        QFETCH(SamplePtr, later);
        QFETCH(double, scanKswapd);
        QFETCH(double, majorFaults);
        const auto rates = vmstatRates(*earlier, *later);
        QVERIFY(rates);
        QCOMPARE(rates->scanKswapd, scanKswapd);
        QCOMPARE(rates->majorFaults, majorFaults);
    }

    // The page cache's growth over a run, from counts above 2^63: the qint64 difference
    // overflowed before (undefined; in practice a wrong sign).
    void runGrowthOfHugeCounts_data()
    {
        QTest::addColumn<std::uint64_t>("before");
        QTest::addColumn<std::uint64_t>("after");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<double>("sortKey");
        QTest::newRow("grew across 2^63")
            << std::uint64_t(1) << kNear << QStringLiteral("+") + sizeText(kNear - 1) << double(kNear - 1);
        QTest::newRow("shrank across 2^63")
            << kNear << std::uint64_t(1) << QStringLiteral("−") + sizeText(kNear - 1) << -double(kNear - 1);
        QTest::newRow("grew by 300 MiB") << std::uint64_t(1000 * 1024) << std::uint64_t(1300 * 1024)
                                         << QStringLiteral("+") + sizeText(300 * 1024) << 300.0 * 1024;
    }
    void runGrowthOfHugeCounts()
    {
        QFETCH(std::uint64_t, before);
        QFETCH(std::uint64_t, after);
        QFETCH(QString, shown);
        QFETCH(double, sortKey);
        RunComparisonModel model;
        const int id = model.addRun(QStringLiteral("run"), before);
        model.setCachedAfter(id, after);
        QCOMPARE(model.index(0, RunComparisonModel::CachedGrowth).data().toString(), shown);
        QCOMPARE(
            model.index(0, RunComparisonModel::CachedGrowth).data(RunComparisonModel::SortRole).toDouble(), sortKey);
    }
};

QTEST_MAIN(TestGuiOverflow)
#include "tst_guioverflow.moc"
