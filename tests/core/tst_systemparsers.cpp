#include "core/analysis/Watermarks.h"
#include "core/io/ProcRootSource.h"
#include "core/read/SystemReader.h"
#include "core/parse/ProcessParsers.h"
#include "core/parse/SystemParsers.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>

using namespace vmscope;

namespace {

const QString kFixtures = QStringLiteral(VMSCOPE_FIXTURES);
const std::string kLiveRoot = VMSCOPE_FIXTURES "/live-6.18-x86_64/proc";
const std::string kPrometheusRoot = VMSCOPE_FIXTURES "/prometheus-procfs/proc";

QByteArray readFixture(const QString& relativePath)
{
    QFile file(kFixtures + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open fixture %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

std::string_view view(const QByteArray& bytes)
{
    return { bytes.constData(), static_cast<std::size_t>(bytes.size()) };
}

template <class T> QList<quint64> toList(const std::vector<T>& values)
{
    QList<quint64> list;
    for (const T& v : values)
        list.append(static_cast<quint64>(v));
    return list;
}

QString errorText(const Error& error)
{
    return QString::fromStdString(error.message());
}

// -1 stands for "absent" in the data tables.
qint64 orMissing(const std::optional<std::uint64_t>& value)
{
    return value ? static_cast<qint64>(*value) : -1;
}

// Every parser of this file behind one signature: nullopt when the bytes parsed.
using AnyParser = std::function<std::optional<Error>(std::string_view)>;

template <class T> std::optional<Error> outcome(const Result<T>& result)
{
    if (result.ok())
        return std::nullopt;
    return result.error();
}

const std::vector<std::pair<QString, AnyParser>>& allParsers()
{
    static const std::vector<std::pair<QString, AnyParser>> parsers = {
        { QStringLiteral("meminfo"), [](std::string_view b) { return outcome(parse::parseMemInfo(b, "meminfo")); } },
        { QStringLiteral("zoneinfo"), [](std::string_view b) { return outcome(parse::parseZoneInfo(b, "zoneinfo")); } },
        { QStringLiteral("buddyinfo"),
            [](std::string_view b) { return outcome(parse::parseBuddyInfo(b, "buddyinfo")); } },
        { QStringLiteral("pagetypeinfo"),
            [](std::string_view b) { return outcome(parse::parsePageTypeInfo(b, "pagetypeinfo")); } },
        { QStringLiteral("vmstat"), [](std::string_view b) { return outcome(parse::parseVmStat(b, "vmstat")); } },
        { QStringLiteral("sysctl"),
            [](std::string_view b) -> std::optional<Error> {
                const SysctlValue value = parse::parseSysctlValue("x", b);
                if (value.text.size() > b.size())
                    return Error::malformed("x", 0, "text longer than the input");
                return std::nullopt;
            } },
        { QStringLiteral("status"), [](std::string_view b) { return outcome(parse::parseStatus(b, "status")); } },
        { QStringLiteral("statm"), [](std::string_view b) { return outcome(parse::parseStatm(b, "statm")); } },
        { QStringLiteral("oom_score"),
            [](std::string_view b) { return outcome(parse::parseOomScore(b, "oom_score")); } },
        { QStringLiteral("oom_score_adj"),
            [](std::string_view b) { return outcome(parse::parseOomScoreAdj(b, "oom_score_adj")); } },
        { QStringLiteral("cmdline"), [](std::string_view b) { return outcome(parse::parseCmdline(b, "cmdline")); } },
    };
    return parsers;
}

const AnyParser* parserNamed(const QString& name)
{
    for (const auto& [parserName, parser] : allParsers())
        if (parserName == name)
            return &parser;
    return nullptr;
}

} // namespace

class TestSystemParsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void memInfo_data();
    void memInfo();
    void memInfoKeepsEveryKeyInOrder_data();
    void memInfoKeepsEveryKeyInOrder();

    void zoneInfoField_data();
    void zoneInfoField();
    void zoneInfoProtection_data();
    void zoneInfoProtection();
    void zoneInfoShape_data();
    void zoneInfoShape();
    void zoneInfoNodeStats_data();
    void zoneInfoNodeStats();

    void buddyInfo_data();
    void buddyInfo();
    void buddyInfoDerived();

    void pageTypeInfo();
    void pageTypeInfoCappedCounts();

    void vmStat();
    void vmStatNegativeCounterClampsToZero();
    void blankLinesAreSkipped();

    void sysctls_data();
    void sysctls();
    void sysctlsMatchFiles_data();
    void sysctlsMatchFiles();
    void sysctlValue_data();
    void sysctlValue();

    void status_data();
    void status();
    void statusKernelThread_data();
    void statusKernelThread();
    void statm_data();
    void statm();
    void oomFiles_data();
    void oomFiles();
    void oomParsing_data();
    void oomParsing();
    void cmdline_data();
    void cmdline();

    void readerErrors();
    void malformed_data();
    void malformed();
    void neverCrashes_data();
    void neverCrashes();
};

// ---- meminfo ----

void TestSystemParsers::memInfo_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("value"); // -1: absent
    QTest::addColumn<bool>("hasUnit");

    const QString live = QStringLiteral("live-6.18-x86_64/proc/meminfo");
    const QString old = QStringLiteral("historic/4.x-meminfo/proc/meminfo");
    const QString prom = QStringLiteral("prometheus-procfs/proc/meminfo");
    QTest::newRow("live MemTotal") << live << "MemTotal" << qint64(24684084) << true;
    QTest::newRow("live MemAvailable") << live << "MemAvailable" << qint64(24270868) << true;
    QTest::newRow("live Active(anon)") << live << "Active(anon)" << qint64(1516) << true;
    QTest::newRow("live HugePages_Total has no unit") << live << "HugePages_Total" << qint64(0) << false;
    QTest::newRow("live VmallocTotal above 32 bits") << live << "VmallocTotal" << qint64(34359738367) << true;
    QTest::newRow("live DirectMap1G last") << live << "DirectMap1G" << qint64(25165824) << true;
    QTest::newRow("live no such key") << live << "MemTotally" << qint64(-1) << false;
    QTest::newRow("live prefix is not a key") << live << "Mem" << qint64(-1) << false;
    QTest::newRow("4.x MemAvailable present") << old << "MemAvailable" << qint64(2608652) << true;
    QTest::newRow("4.x no SwapFree") << old << "SwapFree" << qint64(-1) << false;
    QTest::newRow("4.x no Dirty") << old << "Dirty" << qint64(-1) << false;
    QTest::newRow("4.x CmaTotal") << old << "CmaTotal" << qint64(0) << true;
    QTest::newRow("prometheus no MemAvailable") << prom << "MemAvailable" << qint64(-1) << false;
    QTest::newRow("prometheus MemTotal") << prom << "MemTotal" << qint64(15666184) << true;
    QTest::newRow("prometheus HugePages_Free") << prom << "HugePages_Free" << qint64(0) << false;
}

void TestSystemParsers::memInfo()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(qint64, value);
    QFETCH(bool, hasUnit);

    const QByteArray bytes = readFixture(file);
    const Result<MemInfo> info = parse::parseMemInfo(view(bytes), "meminfo");
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : errorText(info.error())));
    const std::string keyString = key.toStdString();
    QCOMPARE(orMissing(info->find(keyString)), value);
    if (value >= 0) {
        const auto it = std::find_if(info->entries.begin(), info->entries.end(),
            [&](const MemInfoEntry& entry) { return entry.key == keyString; });
        QCOMPARE(it->hasUnit, hasUnit);
    }
}

void TestSystemParsers::memInfoKeepsEveryKeyInOrder_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("keyCount"); // counted by hand in the fixture
    QTest::addColumn<QString>("firstKey");
    QTest::addColumn<QString>("lastKey");

    QTest::newRow("live") << "live-6.18-x86_64/proc/meminfo" << 54 << "MemTotal"
                          << "DirectMap1G";
    QTest::newRow("4.x") << "historic/4.x-meminfo/proc/meminfo" << 40 << "MemTotal"
                         << "DirectMap1G";
    QTest::newRow("prometheus") << "prometheus-procfs/proc/meminfo" << 45 << "MemTotal"
                                << "DirectMap2M";
}

void TestSystemParsers::memInfoKeepsEveryKeyInOrder()
{
    QFETCH(QString, file);
    QFETCH(int, keyCount);
    QFETCH(QString, firstKey);
    QFETCH(QString, lastKey);

    const QByteArray bytes = readFixture(file);
    const Result<MemInfo> info = parse::parseMemInfo(view(bytes), "meminfo");
    QVERIFY(info.ok());
    QCOMPARE(int(info->entries.size()), keyCount);
    QCOMPARE(QString::fromStdString(info->entries.front().key), firstKey);
    QCOMPARE(QString::fromStdString(info->entries.back().key), lastKey);
    // Same keys in the same order as the file's lines.
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), keyCount);
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(QByteArray::fromStdString(info->entries[std::size_t(i)].key), lines[i].left(lines[i].indexOf(':')));
}

// ---- zoneinfo ----

namespace {
const QString kLiveZoneInfo = QStringLiteral("live-6.18-x86_64/proc/zoneinfo");
const QString kPromZoneInfo = QStringLiteral("prometheus-procfs/proc/zoneinfo");
const QString kOldZoneInfo = QStringLiteral("historic/2.6.24-zoneinfo/proc/zoneinfo");

std::optional<std::uint64_t> zoneValue(const Zone& zone, const QString& field)
{
    const std::pair<const char*, const std::optional<std::uint64_t>*> fields[] = {
        { "free", &zone.free },
        { "min", &zone.min },
        { "low", &zone.low },
        { "high", &zone.high },
        { "boost", &zone.boost },
        { "promo", &zone.promo },
        { "spanned", &zone.spanned },
        { "present", &zone.present },
        { "managed", &zone.managed },
        { "cma", &zone.cma },
    };
    for (const auto& [name, value] : fields)
        if (field == QLatin1String(name))
            return *value;
    return zone.counter(field.toStdString());
}
} // namespace

void TestSystemParsers::zoneInfoField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("node");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("field"); // a Zone member, or else a counter name
    QTest::addColumn<qint64>("expected"); // -1: absent

    auto row = [](const char* name, const QString& file, int node, const char* zone, const char* field,
                   qint64 expected) {
        QTest::newRow(name) << file << node << QString::fromLatin1(zone) << QString::fromLatin1(field) << expected;
    };
    // live 6.18: boost, promo, cma; the per-cpu "high:" lines (252, 5333) must not replace the watermark.
    row("live DMA32 free", kLiveZoneInfo, 0, "DMA32", "free", 772915);
    row("live DMA32 min", kLiveZoneInfo, 0, "DMA32", "min", 8533);
    row("live DMA32 low", kLiveZoneInfo, 0, "DMA32", "low", 10666);
    row("live DMA32 high (not per-cpu high)", kLiveZoneInfo, 0, "DMA32", "high", 12799);
    row("live DMA32 promo", kLiveZoneInfo, 0, "DMA32", "promo", 14932);
    row("live DMA32 spanned", kLiveZoneInfo, 0, "DMA32", "spanned", 1044480);
    row("live DMA32 present", kLiveZoneInfo, 0, "DMA32", "present", 782336);
    row("live DMA32 managed", kLiveZoneInfo, 0, "DMA32", "managed", 772915);
    row("live DMA32 cma", kLiveZoneInfo, 0, "DMA32", "cma", 0);
    row("live DMA32 start_pfn", kLiveZoneInfo, 0, "DMA32", "start_pfn", 4096);
    row("live DMA32 no per-cpu count", kLiveZoneInfo, 0, "DMA32", "count", -1);
    row("live DMA32 no per-cpu batch", kLiveZoneInfo, 0, "DMA32", "batch", -1);
    row("live DMA boost", kLiveZoneInfo, 0, "DMA", "boost", 0);
    row("live DMA free", kLiveZoneInfo, 0, "DMA", "free", 3840);
    row("live DMA high (per-cpu high is 0)", kLiveZoneInfo, 0, "DMA", "high", 62);
    row("live DMA nr_free_pages_blocks", kLiveZoneInfo, 0, "DMA", "nr_free_pages_blocks", 3584);
    row("live DMA start_pfn", kLiveZoneInfo, 0, "DMA", "start_pfn", 1);
    row("live DMA node stat is not a zone counter", kLiveZoneInfo, 0, "DMA", "nr_file_pages", -1);
    row("live Normal free", kLiveZoneInfo, 0, "Normal", "free", 373302);
    row("live Normal min", kLiveZoneInfo, 0, "Normal", "min", 8320);
    row("live Normal low", kLiveZoneInfo, 0, "Normal", "low", 10400);
    row("live Normal high", kLiveZoneInfo, 0, "Normal", "high", 12480);
    row("live Normal promo", kLiveZoneInfo, 0, "Normal", "promo", 14560);
    row("live Normal spanned", kLiveZoneInfo, 0, "Normal", "spanned", 5505024);
    row("live Normal managed", kLiveZoneInfo, 0, "Normal", "managed", 753664);
    row("live Normal numa_hit", kLiveZoneInfo, 0, "Normal", "numa_hit", 5696796);
    row("live Normal nr_mlock", kLiveZoneInfo, 0, "Normal", "nr_mlock", 2716);
    row("live Normal node_unreclaimable", kLiveZoneInfo, 0, "Normal", "node_unreclaimable", 0);
    row("live Normal start_pfn", kLiveZoneInfo, 0, "Normal", "start_pfn", 1048576);
    row("live Movable min", kLiveZoneInfo, 0, "Movable", "min", 32);
    row("live Movable unpopulated: no start_pfn", kLiveZoneInfo, 0, "Movable", "start_pfn", -1);
    row("live Device managed", kLiveZoneInfo, 0, "Device", "managed", 0);
    // prometheus (4.x-era): no boost, promo or cma.
    row("prometheus DMA32 free", kPromZoneInfo, 0, "DMA32", "free", 204252);
    row("prometheus DMA32 min", kPromZoneInfo, 0, "DMA32", "min", 19510);
    row("prometheus DMA32 high (per-cpu high is 378)", kPromZoneInfo, 0, "DMA32", "high", 22608);
    row("prometheus DMA32 no boost", kPromZoneInfo, 0, "DMA32", "boost", -1);
    row("prometheus DMA32 no promo", kPromZoneInfo, 0, "DMA32", "promo", -1);
    row("prometheus DMA32 no cma", kPromZoneInfo, 0, "DMA32", "cma", -1);
    row("prometheus Normal managed", kPromZoneInfo, 0, "Normal", "managed", 1268711);
    row("prometheus Normal nr_kernel_stack", kPromZoneInfo, 0, "Normal", "nr_kernel_stack", 15136);
    row("prometheus Normal numa_interleave", kPromZoneInfo, 0, "Normal", "numa_interleave", 26812);
    // 2.6.24: scanned with "(a: i:)", all_unreclaimable, prev_priority; no managed.
    row("2.6.24 DMA free", kOldZoneInfo, 0, "DMA", "free", 3066);
    row("2.6.24 DMA min", kOldZoneInfo, 0, "DMA", "min", 17);
    row("2.6.24 DMA low", kOldZoneInfo, 0, "DMA", "low", 21);
    row("2.6.24 DMA high", kOldZoneInfo, 0, "DMA", "high", 25);
    row("2.6.24 DMA spanned", kOldZoneInfo, 0, "DMA", "spanned", 4096);
    row("2.6.24 DMA present", kOldZoneInfo, 0, "DMA", "present", 4064);
    row("2.6.24 DMA no managed", kOldZoneInfo, 0, "DMA", "managed", -1);
    row("2.6.24 DMA no boost", kOldZoneInfo, 0, "DMA", "boost", -1);
    row("2.6.24 DMA scanned", kOldZoneInfo, 0, "DMA", "scanned", 0);
    row("2.6.24 DMA nr_free_pages", kOldZoneInfo, 0, "DMA", "nr_free_pages", 3066);
    row("2.6.24 DMA all_unreclaimable", kOldZoneInfo, 0, "DMA", "all_unreclaimable", 0);
    row("2.6.24 DMA prev_priority", kOldZoneInfo, 0, "DMA", "prev_priority", 12);
    row("2.6.24 Normal nr_inactive", kOldZoneInfo, 0, "Normal", "nr_inactive", 60749);
    row("2.6.24 Normal start_pfn", kOldZoneInfo, 0, "Normal", "start_pfn", 4096);
    row("2.6.24 Normal high", kOldZoneInfo, 0, "Normal", "high", 1404);
}

void TestSystemParsers::zoneInfoField()
{
    QFETCH(QString, file);
    QFETCH(int, node);
    QFETCH(QString, zone);
    QFETCH(QString, field);
    QFETCH(qint64, expected);

    const QByteArray bytes = readFixture(file);
    const Result<ZoneInfo> info = parse::parseZoneInfo(view(bytes), "zoneinfo");
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : errorText(info.error())));
    const Zone* found = info->findZone(node, zone.toStdString());
    QVERIFY(found);
    QCOMPARE(orMissing(zoneValue(*found, field)), expected);
}

void TestSystemParsers::zoneInfoProtection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QList<quint64>>("protection");

    QTest::newRow("live DMA") << kLiveZoneInfo << "DMA" << QList<quint64> { 0, 3019, 5963, 5963, 5963 };
    QTest::newRow("live DMA32") << kLiveZoneInfo << "DMA32" << QList<quint64> { 0, 0, 2944, 2944, 2944 };
    QTest::newRow("live Normal") << kLiveZoneInfo << "Normal" << QList<quint64> { 0, 0, 0, 0, 0 };
    QTest::newRow("prometheus DMA") << kPromZoneInfo << "DMA" << QList<quint64> { 0, 2877, 7826, 7826, 7826 };
    QTest::newRow("2.6.24 DMA") << kOldZoneInfo << "DMA" << QList<quint64> { 0, 873, 2014, 2014 };
    QTest::newRow("2.6.24 Normal") << kOldZoneInfo << "Normal" << QList<quint64> { 0, 0, 9134, 9134 };
}

void TestSystemParsers::zoneInfoProtection()
{
    QFETCH(QString, file);
    QFETCH(QString, zone);
    QFETCH(QList<quint64>, protection);

    const QByteArray bytes = readFixture(file);
    const Result<ZoneInfo> info = parse::parseZoneInfo(view(bytes), "zoneinfo");
    QVERIFY(info.ok());
    const Zone* found = info->findZone(0, zone.toStdString());
    QVERIFY(found);
    QCOMPARE(toList(found->protection), protection);
}

void TestSystemParsers::zoneInfoShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("zones"); // node:name, in file order
    QTest::addColumn<int>("nodesWithStats");
    QTest::addColumn<int>("firstNodeStatCount");
    QTest::addColumn<int>("normalCounterCount");

    // Counted by hand: live Normal has 17 zone counters + node_unreclaimable + start_pfn.
    QTest::newRow("live") << kLiveZoneInfo << "0:DMA 0:DMA32 0:Normal 0:Movable 0:Device" << 1 << 51 << 19;
    // The fixture README says "several nodes", but the file only has node 0.
    QTest::newRow("prometheus") << kPromZoneInfo << "0:DMA 0:DMA32 0:Normal 0:Movable 0:Device" << 1 << 30 << 21;
    QTest::newRow("2.6.24") << kOldZoneInfo << "0:DMA 0:Normal" << 0 << 0 << 7;
}

void TestSystemParsers::zoneInfoShape()
{
    QFETCH(QString, file);
    QFETCH(QString, zones);
    QFETCH(int, nodesWithStats);
    QFETCH(int, firstNodeStatCount);
    QFETCH(int, normalCounterCount);

    const QByteArray bytes = readFixture(file);
    const Result<ZoneInfo> info = parse::parseZoneInfo(view(bytes), "zoneinfo");
    QVERIFY(info.ok());
    QStringList names;
    for (const Zone& zone : info->zones)
        names << QString::number(zone.node) + QLatin1Char(':') + QString::fromStdString(zone.name);
    QCOMPARE(names.join(QLatin1Char(' ')), zones);
    QCOMPARE(int(info->nodes.size()), nodesWithStats);
    if (nodesWithStats > 0)
        QCOMPARE(int(info->nodes.front().stats.size()), firstNodeStatCount);
    const Zone* normal = info->findZone(0, "Normal");
    QVERIFY(normal);
    QCOMPARE(int(normal->counters.size()), normalCounterCount);
    // No counter of any zone is a per-cpu pageset line.
    for (const Zone& zone : info->zones)
        for (const auto& [name, value] : zone.counters)
            QVERIFY2(name != "count" && name != "high" && name != "batch" && name != "cpu" && name != "high_min"
                    && name != "vm",
                name.c_str());
}

void TestSystemParsers::zoneInfoNodeStats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("node");
    QTest::addColumn<QString>("stat");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("live nr_file_pages") << kLiveZoneInfo << 0 << "nr_file_pages" << qint64(314667);
    QTest::newRow("live first") << kLiveZoneInfo << 0 << "nr_inactive_anon" << qint64(3530);
    QTest::newRow("live last") << kLiveZoneInfo << 0 << "nr_kernel_file_pages" << qint64(0);
    QTest::newRow("live nr_dirtied") << kLiveZoneInfo << 0 << "nr_dirtied" << qint64(451408);
    QTest::newRow("live zone counter is not a node stat") << kLiveZoneInfo << 0 << "nr_free_pages" << qint64(-1);
    QTest::newRow("prometheus workingset_refault") << kPromZoneInfo << 0 << "workingset_refault" << qint64(466886);
    QTest::newRow("prometheus nr_written") << kPromZoneInfo << 0 << "nr_written" << qint64(7752121);
}

void TestSystemParsers::zoneInfoNodeStats()
{
    QFETCH(QString, file);
    QFETCH(int, node);
    QFETCH(QString, stat);
    QFETCH(qint64, expected);

    const QByteArray bytes = readFixture(file);
    const Result<ZoneInfo> info = parse::parseZoneInfo(view(bytes), "zoneinfo");
    QVERIFY(info.ok());
    const NodeStats* stats = info->findNode(node);
    QVERIFY(stats);
    QCOMPARE(orMissing(stats->find(stat.toStdString())), expected);
}

// ---- buddyinfo, pagetypeinfo ----

void TestSystemParsers::buddyInfo_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("order");
    QTest::addColumn<qint64>("expected");

    const QString live = QStringLiteral("live-6.18-x86_64/proc/buddyinfo");
    const QString prom = QStringLiteral("prometheus-procfs/proc/buddyinfo");
    QTest::newRow("live Normal order 0") << live << "Normal" << 0 << qint64(13443);
    QTest::newRow("live Normal order 10") << live << "Normal" << 10 << qint64(153);
    QTest::newRow("live DMA32 order 10") << live << "DMA32" << 10 << qint64(752);
    QTest::newRow("live DMA order 8") << live << "DMA" << 8 << qint64(1);
    QTest::newRow("prometheus DMA32 order 0") << prom << "DMA32" << 0 << qint64(759);
    QTest::newRow("prometheus Normal order 6") << prom << "Normal" << 6 << qint64(4);
}

void TestSystemParsers::buddyInfo()
{
    QFETCH(QString, file);
    QFETCH(QString, zone);
    QFETCH(int, order);
    QFETCH(qint64, expected);

    const QByteArray bytes = readFixture(file);
    const Result<BuddyInfo> info = parse::parseBuddyInfo(view(bytes), "buddyinfo");
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : errorText(info.error())));
    QCOMPARE(int(info->zones.size()), 3);
    const auto it = std::find_if(
        info->zones.begin(), info->zones.end(), [&](const BuddyZone& z) { return z.zone == zone.toStdString(); });
    QVERIFY(it != info->zones.end());
    QCOMPARE(it->node, 0);
    QCOMPARE(int(it->freeBlocks.size()), 11);
    QCOMPARE(qint64(it->freeBlocks[std::size_t(order)]), expected);
}

void TestSystemParsers::buddyInfoDerived()
{
    const QByteArray bytes = readFixture(QStringLiteral("live-6.18-x86_64/proc/buddyinfo"));
    const Result<BuddyInfo> info = parse::parseBuddyInfo(view(bytes), "buddyinfo");
    QVERIFY(info.ok());
    // DMA: 1*256 + 1*512 + 3*1024 = 3840, the zone's "pages free" in zoneinfo.
    QCOMPARE(info->zones[0].freePages(), quint64(3840));
    QCOMPARE(largestFreeOrder(info->zones[0].freeBlocks), 10);
    // Normal: 13443 + 9547*2 + 6272*4 + 2927*8 + 1814*16 + 915*32 + 285*64 + 183*128 + 85*256 + 27*512 + 153*1024.
    // (zoneinfo, read a moment apart, says 373302.)
    QCOMPARE(info->zones[2].freePages(), quint64(373265));

    const Result<BuddyInfo> fragmented = parse::parseBuddyInfo("Node 0, zone   Normal   500 3 0 0 0 0 0 0 0 0 0\n"
                                                               "Node 1, zone   Normal     0 0 0 0 0 0 0 0 0 0 0\n",
        "buddyinfo");
    QVERIFY(fragmented.ok());
    QCOMPARE(largestFreeOrder(fragmented->zones[0].freeBlocks), 1);
    QCOMPARE(fragmented->zones[1].node, 1);
    QCOMPARE(largestFreeOrder(fragmented->zones[1].freeBlocks), -1);
    QCOMPARE(fragmented->zones[1].freePages(), quint64(0));

    const Result<BuddyInfo> huge = parse::parseBuddyInfo("Node 0, zone Normal 1 18446744073709551615\n", "buddyinfo");
    QVERIFY(huge.ok());
    QCOMPARE(huge->zones[0].freePages(), std::numeric_limits<quint64>::max());
}

void TestSystemParsers::pageTypeInfo()
{
    const QByteArray bytes = readFixture(QStringLiteral("live-6.18-x86_64/proc/pagetypeinfo"));
    const Result<PageTypeInfo> info = parse::parsePageTypeInfo(view(bytes), "pagetypeinfo");
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : errorText(info.error())));
    QCOMPARE(info->pageBlockOrder, 9);
    QCOMPARE(info->pagesPerBlock, quint64(512));
    QCOMPARE(int(info->free.size()), 15); // 3 zones x 5 migrate types
    const auto normalMovable = std::find_if(info->free.begin(), info->free.end(),
        [](const MigrateFreeBlocks& row) { return row.zone == "Normal" && row.type == "Movable"; });
    QVERIFY(normalMovable != info->free.end());
    QCOMPARE(normalMovable->node, 0);
    QCOMPARE(normalMovable->counts.size(), std::size_t(11));
    QCOMPARE(normalMovable->counts[0], quint64(13219));
    QCOMPARE(normalMovable->counts[10], quint64(153));
    QVERIFY(!normalMovable->capped);
    QCOMPARE(info->free.front().zone, std::string("DMA"));
    QCOMPARE(info->free.front().type, std::string("Unmovable"));

    const std::vector<std::string> types { "Unmovable", "Movable", "Reclaimable", "HighAtomic", "Isolate" };
    QCOMPARE(info->blockTypes, types);
    QCOMPARE(int(info->blocks.size()), 3);
    QCOMPARE(info->blocks[2].zone, std::string("Normal"));
    QCOMPARE(toList(info->blocks[2].counts), (QList<quint64> { 61, 1339, 72, 0, 0 }));
    QCOMPARE(toList(info->blocks[1].counts), (QList<quint64> { 0, 1528, 0, 0, 0 }));
    QVERIFY(info->mixedBlocks.empty());

    // The per-type free counts add up to buddyinfo's per-zone counts.
    std::uint64_t normalOrder0 = 0;
    for (const MigrateFreeBlocks& row : info->free)
        if (row.zone == "Normal")
            normalOrder0 += row.counts[0];
    QCOMPARE(normalOrder0, quint64(13443));
}

void TestSystemParsers::pageTypeInfoCappedCounts()
{
    const Result<PageTypeInfo> info = parse::parsePageTypeInfo("Page block order: 9\n"
                                                               "Pages per block:  512\n"
                                                               "\n"
                                                               "Free pages count per migrate type at order  0  1  2 \n"
                                                               "Node 0, zone Normal, type Movable >100000  5  1 \n"
                                                               "\n"
                                                               "Number of blocks type  Unmovable  Movable \n"
                                                               "Node 0, zone Normal  3  4 \n"
                                                               "\n"
                                                               "Number of mixed blocks  Unmovable  Movable \n"
                                                               "Node 0, zone Normal  1  0 \n",
        "pagetypeinfo");
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : errorText(info.error())));
    QCOMPARE(info->free.size(), std::size_t(1));
    QVERIFY(info->free[0].capped);
    QCOMPARE(toList(info->free[0].counts), (QList<quint64> { 100000, 5, 1 }));
    QCOMPARE(info->mixedBlocks.size(), std::size_t(1));
    QCOMPARE(toList(info->mixedBlocks[0].counts), (QList<quint64> { 1, 0 }));
}

// ---- vmstat ----

void TestSystemParsers::vmStat()
{
    const QByteArray bytes = readFixture(QStringLiteral("live-6.18-x86_64/proc/vmstat"));
    const Result<VmStat> stat = parse::parseVmStat(view(bytes), "vmstat");
    QVERIFY2(stat.ok(), qPrintable(stat.ok() ? QString() : errorText(stat.error())));
    QCOMPARE(int(stat->counters.size()), 192);
    QCOMPARE(stat->counters.front().first, std::string("nr_free_pages"));
    QCOMPARE(stat->counters.front().second, quint64(1150057));
    QCOMPARE(stat->counters.back().first, std::string("nr_unstable"));
    QCOMPARE(orMissing(stat->find("pgfault")), qint64(6989101));
    QCOMPARE(orMissing(stat->find("pgmajfault")), qint64(1129));
    QCOMPARE(orMissing(stat->find("workingset_refault_file")), qint64(39153));
    QCOMPARE(orMissing(stat->find("oom_kill")), qint64(0));
    QCOMPARE(orMissing(stat->find("pgfaults")), qint64(-1));
}

void TestSystemParsers::vmStatNegativeCounterClampsToZero()
{
    const Result<VmStat> stat = parse::parseVmStat("nr_free_pages 10\nnr_zone_write_pending -3\n", "vmstat");
    QVERIFY(stat.ok());
    QCOMPARE(orMissing(stat->find("nr_zone_write_pending")), qint64(0));
    QVERIFY(!parse::parseVmStat("nr_free_pages -x\n", "vmstat").ok());
    QVERIFY(!parse::parseVmStat("nr_free_pages -\n", "vmstat").ok());
}

void TestSystemParsers::blankLinesAreSkipped()
{
    const Result<MemInfo> mem = parse::parseMemInfo("\nMemTotal: 1 kB\n\nMemFree: 2 kB\n\n", "meminfo");
    QVERIFY(mem.ok());
    QCOMPARE(mem->entries.size(), std::size_t(2));
    const Result<VmStat> stat = parse::parseVmStat("\npgfault 1\n  \npgmajfault 2\n", "vmstat");
    QVERIFY(stat.ok());
    QCOMPARE(stat->counters.size(), std::size_t(2));
    const Result<BuddyInfo> buddy = parse::parseBuddyInfo("\nNode 0, zone DMA 1 2\n\n", "buddyinfo");
    QVERIFY(buddy.ok());
    QCOMPARE(buddy->zones.size(), std::size_t(1));
    // Line numbers still count the blank lines.
    const Result<MemInfo> bad = parse::parseMemInfo("\nMemTotal: 1 kB\n\nMemFree: x kB\n", "meminfo");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().line, std::size_t(4));
}

// ---- sys/vm ----

void TestSystemParsers::sysctls_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("numbers");
    QTest::addColumn<qint64>("number"); // VmSysctls::number(), -1: nullopt

    const QString live = QString::fromStdString(kLiveRoot);
    const QString prom = QString::fromStdString(kPrometheusRoot);
    QTest::newRow("live min_free_kbytes")
        << live << "min_free_kbytes" << true << "67584" << QList<qint64> { 67584 } << qint64(67584);
    QTest::newRow("live lowmem_reserve_ratio") << live << "lowmem_reserve_ratio" << true << "256\t256\t32\t0\t0"
                                               << QList<qint64> { 256, 256, 32, 0, 0 } << qint64(-1);
    QTest::newRow("live numa_zonelist_order is text")
        << live << "numa_zonelist_order" << true << "Node" << QList<qint64> {} << qint64(-1);
    QTest::newRow("live overcommit_memory")
        << live << "overcommit_memory" << true << "0" << QList<qint64> { 0 } << qint64(0);
    QTest::newRow("live page-cluster") << live << "page-cluster" << true << "3" << QList<qint64> { 3 } << qint64(3);
    QTest::newRow("live compact_memory (empty) skipped")
        << live << "compact_memory" << false << "" << QList<qint64> {} << qint64(-1);
    QTest::newRow("live drop_caches (empty) skipped")
        << live << "drop_caches" << false << "" << QList<qint64> {} << qint64(-1);
    QTest::newRow("live stat_refresh (empty) skipped")
        << live << "stat_refresh" << false << "" << QList<qint64> {} << qint64(-1);
    QTest::newRow("prometheus drop_caches readable")
        << prom << "drop_caches" << true << "0" << QList<qint64> { 0 } << qint64(0);
    QTest::newRow("prometheus laptop_mode") << prom << "laptop_mode" << true << "5" << QList<qint64> { 5 } << qint64(5);
    QTest::newRow("prometheus mmap_min_addr")
        << prom << "mmap_min_addr" << true << "65536" << QList<qint64> { 65536 } << qint64(65536);
}

void TestSystemParsers::sysctls()
{
    QFETCH(QString, root);
    QFETCH(QString, name);
    QFETCH(bool, present);
    QFETCH(QString, text);
    QFETCH(QList<qint64>, numbers);
    QFETCH(qint64, number);

    const ProcRootSource source(root.toStdString());
    const Result<VmSysctls> sysctls = readVmSysctls(source);
    QVERIFY2(sysctls.ok(), qPrintable(sysctls.ok() ? QString() : errorText(sysctls.error())));
    const SysctlValue* value = sysctls->find(name.toStdString());
    QCOMPARE(value != nullptr, present);
    const std::optional<std::int64_t> single = sysctls->number(name.toStdString());
    QCOMPARE(single ? qint64(*single) : qint64(-1), number);
    if (!value)
        return;
    QCOMPARE(QString::fromStdString(value->text), text);
    QCOMPARE(QList<qint64>(value->numbers.begin(), value->numbers.end()), numbers);
}

void TestSystemParsers::sysctlsMatchFiles_data()
{
    QTest::addColumn<QString>("root");
    QTest::newRow("live") << QString::fromStdString(kLiveRoot);
    QTest::newRow("prometheus") << QString::fromStdString(kPrometheusRoot);
}

void TestSystemParsers::sysctlsMatchFiles()
{
    QFETCH(QString, root);

    const ProcRootSource source(root.toStdString());
    const Result<VmSysctls> sysctls = readVmSysctls(source);
    QVERIFY(sysctls.ok());
    const QDir dir(root + QStringLiteral("/sys/vm"));
    QStringList expectedNames;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        if (content.isEmpty())
            continue;
        expectedNames << name;
        const SysctlValue* value = sysctls->find(name.toStdString());
        QVERIFY2(value, qPrintable(name));
        QCOMPARE(QByteArray::fromStdString(value->text), content.trimmed());
    }
    QStringList names;
    for (const SysctlValue& value : sysctls->values)
        names << QString::fromStdString(value.name);
    QCOMPARE(names, expectedNames);
}

void TestSystemParsers::sysctlValue_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("numbers");

    QTest::newRow("number") << QByteArray("60\n") << "60" << QList<qint64> { 60 };
    QTest::newRow("negative") << QByteArray("-1\n") << "-1" << QList<qint64> { -1 };
    QTest::newRow("tabs") << QByteArray("256\t256\t32\n") << "256\t256\t32" << QList<qint64> { 256, 256, 32 };
    QTest::newRow("text") << QByteArray("Node\n") << "Node" << QList<qint64> {};
    QTest::newRow("mixed is text") << QByteArray("1 abc\n") << "1 abc" << QList<qint64> {};
    QTest::newRow("too big for int64 is text")
        << QByteArray("99999999999999999999\n") << "99999999999999999999" << QList<qint64> {};
    QTest::newRow("no newline") << QByteArray("5") << "5" << QList<qint64> { 5 };
    QTest::newRow("two lines are text") << QByteArray("1\n2\n") << "1\n2" << QList<qint64> {};
    QTest::newRow("empty") << QByteArray() << "" << QList<qint64> {};
}

void TestSystemParsers::sysctlValue()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QList<qint64>, numbers);

    const SysctlValue value = parse::parseSysctlValue("swappiness", view(bytes));
    QCOMPARE(value.name, std::string("swappiness"));
    QCOMPARE(QString::fromStdString(value.text), text);
    QCOMPARE(QList<qint64>(value.numbers.begin(), value.numbers.end()), numbers);
}

// ---- per-process files ----

void TestSystemParsers::status_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<int>("pid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QChar>("state");
    QTest::addColumn<int>("ppid");
    QTest::addColumn<QList<quint64>>("uid");
    QTest::addColumn<QList<quint64>>("gid");
    QTest::addColumn<int>("threads");
    QTest::addColumn<qint64>("vmSize"); // -1: absent
    QTest::addColumn<qint64>("rssAnon");
    QTest::addColumn<qint64>("vmSwap");
    QTest::addColumn<int>("kthread"); // -1: no Kthread line
    QTest::addColumn<bool>("kernelThread");
    QTest::addColumn<int>("lineCount");

    const QString live = QString::fromStdString(kLiveRoot);
    const QString prom = QString::fromStdString(kPrometheusRoot);
    QTest::newRow("live 9946 zoo") << live << 9946 << "zoo" << QChar('S') << 1 << QList<quint64> { 0, 0, 0, 0 }
                                   << QList<quint64> { 0, 0, 0, 0 } << 3 << qint64(61336) << qint64(10700) << qint64(0)
                                   << 0 << false << 59;
    QTest::newRow("live 9950 child") << live << 9950 << "zoo" << QChar('S') << 9946 << QList<quint64> { 0, 0, 0, 0 }
                                     << QList<quint64> { 0, 0, 0, 0 } << 1 << qint64(61336) << qint64(10696)
                                     << qint64(0) << 0 << false << 59;
    QTest::newRow("live 10162 qtplot") << live << 10162 << "qtplot" << QChar('S') << 1 << QList<quint64> { 0, 0, 0, 0 }
                                       << QList<quint64> { 0, 0, 0, 0 } << 1 << qint64(83872) << qint64(4000)
                                       << qint64(0) << 0 << false << 59;
    // Spaces instead of tabs after most keys; no Kthread line, but VmSize: a user process.
    QTest::newRow("prometheus 26235 kube-proxy")
        << prom << 26235 << "kube-proxy" << QChar('S') << 1234 << QList<quint64> { 0, 0, 0, 0 }
        << QList<quint64> { 0, 0, 0, 0 } << 51 << qint64(758200) << qint64(24852) << qint64(0) << -1 << false << 51;
    QTest::newRow("prometheus 26231 prometheus")
        << prom << 26231 << "prometheus" << QChar('S') << 1 << QList<quint64> { 1000, 1000, 1000, 0 }
        << QList<quint64> { 1001, 1001, 1001, 0 } << 1 << qint64(58440) << qint64(2092) << qint64(660) << -1 << false
        << 52; // 53 lines in the file, the first one blank
}

void TestSystemParsers::status()
{
    QFETCH(QString, root);
    QFETCH(int, pid);
    QFETCH(QString, name);
    QFETCH(QChar, state);
    QFETCH(int, ppid);
    QFETCH(QList<quint64>, uid);
    QFETCH(QList<quint64>, gid);
    QFETCH(int, threads);
    QFETCH(qint64, vmSize);
    QFETCH(qint64, rssAnon);
    QFETCH(qint64, vmSwap);
    QFETCH(int, kthread);
    QFETCH(bool, kernelThread);
    QFETCH(int, lineCount);

    const ProcRootSource source(root.toStdString());
    const Result<ProcessStatus> status = readStatus(source, pid);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : errorText(status.error())));
    QCOMPARE(QString::fromStdString(status->name), name);
    QCOMPARE(QChar::fromLatin1(status->state), state);
    QCOMPARE(status->pid, pid);
    QCOMPARE(status->tgid, pid);
    QCOMPARE(status->ppid, ppid);
    QCOMPARE(toList(std::vector<std::uint32_t>(status->uid.begin(), status->uid.end())), uid);
    QCOMPARE(toList(std::vector<std::uint32_t>(status->gid.begin(), status->gid.end())), gid);
    QCOMPARE(status->threads, threads);
    QCOMPARE(orMissing(status->vmSize), vmSize);
    QCOMPARE(orMissing(status->rssAnon), rssAnon);
    QCOMPARE(orMissing(status->vmSwap), vmSwap);
    QCOMPARE(status->kthread ? int(*status->kthread) : -1, kthread);
    QCOMPARE(status->isKernelThread(), kernelThread);
    QCOMPARE(int(status->lines.size()), lineCount);
    QCOMPARE(QString::fromStdString(status->lines.front().first), QStringLiteral("Name"));
    QCOMPARE(status->line("State").value_or(""), std::string_view("S (sleeping)"));
    QVERIFY(status->line("Cpus_allowed_list").has_value());
}

void TestSystemParsers::statusKernelThread_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("kernelThread");

    const QByteArray head("Name:\tkworker/0:1-events\nState:\tI (idle)\nTgid:\t42\nPid:\t42\nPPid:\t2\n"
                          "Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\n");
    QTest::newRow("6.x Kthread: 1") << head + "Kthread:\t1\nThreads:\t1\n" << true;
    QTest::newRow("old kernel, no Vm lines") << head + "Threads:\t1\n" << true;
    QTest::newRow("Kthread: 0 without Vm lines") << head + "Kthread:\t0\n" << false;
    QTest::newRow("old kernel with VmSize") << head + "VmSize:\t  100 kB\n" << false;
}

void TestSystemParsers::statusKernelThread()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, kernelThread);

    const Result<ProcessStatus> status = parse::parseStatus(view(bytes), "status");
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : errorText(status.error())));
    QCOMPARE(status->isKernelThread(), kernelThread);
    QCOMPARE(status->name, std::string("kworker/0:1-events"));
    QCOMPARE(status->state, 'I');
}

void TestSystemParsers::statm_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<int>("pid");
    QTest::addColumn<QList<quint64>>("expected");

    QTest::newRow("live 9946") << QString::fromStdString(kLiveRoot) << 9946
                               << QList<quint64> { 15334, 3063, 388, 1, 0, 14698, 0 };
    QTest::newRow("live 10162") << QString::fromStdString(kLiveRoot) << 10162
                                << QList<quint64> { 20968, 7211, 6211, 33, 0, 844, 0 };
    // shared is 2^64-1 in this fixture: odd, but a u64.
    QTest::newRow("prometheus 26231") << QString::fromStdString(kPrometheusRoot) << 26231
                                      << QList<quint64> { 149919, 12547, 18446744073709551615ULL, 19864, 0, 14531, 0 };
}

void TestSystemParsers::statm()
{
    QFETCH(QString, root);
    QFETCH(int, pid);
    QFETCH(QList<quint64>, expected);

    const ProcRootSource source(root.toStdString());
    const Result<Statm> statm = readStatm(source, pid);
    QVERIFY2(statm.ok(), qPrintable(statm.ok() ? QString() : errorText(statm.error())));
    const QList<quint64> actual { statm->size, statm->resident, statm->shared, statm->text, statm->lib, statm->data,
        statm->dt };
    QCOMPARE(actual, expected);
}

void TestSystemParsers::oomFiles_data()
{
    QTest::addColumn<int>("pid");
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("adj");

    // 5.9+: (1000 + badness * 1000 / totalpages) * 2 / 3, so a small process with adj 0 shows 666.
    QTest::newRow("9946") << 9946 << 666 << 0;
    QTest::newRow("9950") << 9950 << 666 << 0;
    QTest::newRow("10162") << 10162 << 667 << 0;
}

void TestSystemParsers::oomFiles()
{
    QFETCH(int, pid);
    QFETCH(int, score);
    QFETCH(int, adj);

    const ProcRootSource source(kLiveRoot);
    const Result<int> oomScore = readOomScore(source, pid);
    const Result<int> oomScoreAdj = readOomScoreAdj(source, pid);
    QVERIFY(oomScore.ok());
    QVERIFY(oomScoreAdj.ok());
    QCOMPARE(*oomScore, score);
    QCOMPARE(*oomScoreAdj, adj);
}

void TestSystemParsers::oomParsing_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("value"); // when ok
    QTest::addColumn<int>("line"); // when not ok

    QTest::newRow("score") << "oom_score" << QByteArray("1333\n") << true << 1333 << 0;
    QTest::newRow("score without newline") << "oom_score" << QByteArray("0") << true << 0 << 0;
    QTest::newRow("score negative") << "oom_score" << QByteArray("-1\n") << false << 0 << 1;
    QTest::newRow("score text") << "oom_score" << QByteArray("high\n") << false << 0 << 1;
    QTest::newRow("score empty") << "oom_score" << QByteArray() << false << 0 << 0;
    QTest::newRow("score second line") << "oom_score" << QByteArray("1\n2\n") << false << 0 << 2;
    QTest::newRow("adj min") << "oom_score_adj" << QByteArray("-1000\n") << true << -1000 << 0;
    QTest::newRow("adj max") << "oom_score_adj" << QByteArray("1000\n") << true << 1000 << 0;
    QTest::newRow("adj below range") << "oom_score_adj" << QByteArray("-1001\n") << false << 0 << 1;
    QTest::newRow("adj above range") << "oom_score_adj" << QByteArray("1001\n") << false << 0 << 1;
    QTest::newRow("adj overflow") << "oom_score_adj" << QByteArray("99999999999999999999\n") << false << 0 << 1;
}

void TestSystemParsers::oomParsing()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(int, value);
    QFETCH(int, line);

    const Result<int> result = parser == QLatin1String("oom_score")
        ? parse::parseOomScore(view(bytes), "oom_score")
        : parse::parseOomScoreAdj(view(bytes), "oom_score_adj");
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(*result, value);
    } else {
        QCOMPARE(result.error().kind, ErrorKind::Malformed);
        QCOMPARE(int(result.error().line), line);
    }
}

void TestSystemParsers::cmdline_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    const QByteArray zoo = readFixture(QStringLiteral("live-6.18-x86_64/proc/9946/cmdline"));
    QTest::newRow("live 9946") << zoo << QStringList { "/usr/local/bin/zoo", "/srv/data" };
    QTest::newRow("live 10162") << readFixture(QStringLiteral("live-6.18-x86_64/proc/10162/cmdline"))
                                << QStringList { "./build/qtplot" };
    QTest::newRow("kernel thread: empty") << QByteArray() << QStringList {};
    QTest::newRow("empty argument kept") << QByteArray("a\0\0b\0", 5) << QStringList { "a", "", "b" };
    QTest::newRow("trailing empty argument") << QByteArray("a\0\0", 3) << QStringList { "a", "" };
    QTest::newRow("setproctitle: no final NUL")
        << QByteArray("nginx: worker process") << QStringList { "nginx: worker process" };
    QTest::newRow("single NUL") << QByteArray("\0", 1) << QStringList { "" };
}

void TestSystemParsers::cmdline()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);

    const Result<std::vector<std::string>> args = parse::parseCmdline(view(bytes), "cmdline");
    QVERIFY(args.ok());
    QStringList actual;
    for (const std::string& arg : *args)
        actual << QString::fromStdString(arg);
    QCOMPARE(actual, expected);

    const ProcRootSource source(kLiveRoot);
    const Result<std::vector<std::string>> fromReader = readCmdline(source, 9946);
    QVERIFY(fromReader.ok());
    QCOMPARE(*fromReader, (std::vector<std::string> { "/usr/local/bin/zoo", "/srv/data" }));
}

// ---- errors ----

void TestSystemParsers::readerErrors()
{
    const ProcRootSource live(kLiveRoot);
    const Result<ProcessStatus> gone = readStatus(live, 424242);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, ErrorKind::NoSuchProcess);
    QCOMPARE(gone.error().file, kLiveRoot + "/424242/status");

    const ProcRootSource prom(kPrometheusRoot);
    const Result<PageTypeInfo> missing = readPageTypeInfo(prom);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Io);
    QVERIFY(missing.error().isMissingFile());

    const ProcRootSource old(VMSCOPE_FIXTURES "/historic/2.6.24-zoneinfo/proc");
    const Result<VmSysctls> noDirectory = readVmSysctls(old);
    QVERIFY(!noDirectory.ok());
    QVERIFY(noDirectory.error().isMissingFile());

    // Readers parse what they read.
    QVERIFY(readZoneInfo(live).ok());
    QVERIFY(readMemInfo(live).ok());
    QVERIFY(readBuddyInfo(live).ok());
    QVERIFY(readPageTypeInfo(live).ok());
    QVERIFY(readVmStat(live).ok());
    const Result<MemInfo> old4 = readMemInfo(ProcRootSource(VMSCOPE_FIXTURES "/historic/4.x-meminfo/proc"));
    QVERIFY(old4.ok());
    QCOMPARE(old4->entries.size(), std::size_t(40));
}

void TestSystemParsers::malformed_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");

    const QByteArray random = readFixture(QStringLiteral("malformed/random-bytes"));
    const QByteArray empty = readFixture(QStringLiteral("malformed/empty"));
    QTest::newRow("meminfo-garbage") << "meminfo" << readFixture(QStringLiteral("malformed/meminfo-garbage")) << 1;
    QTest::newRow("zoneinfo-garbage") << "zoneinfo" << readFixture(QStringLiteral("malformed/zoneinfo-garbage")) << 2;
    for (const char* parser : { "meminfo", "zoneinfo", "buddyinfo", "pagetypeinfo", "vmstat", "status", "statm",
             "oom_score", "oom_score_adj" })
        QTest::addRow("random-bytes as %s", parser) << QString::fromLatin1(parser) << random << 1;
    for (const char* parser : { "meminfo", "zoneinfo", "buddyinfo", "pagetypeinfo", "vmstat", "status", "statm",
             "oom_score", "oom_score_adj" })
        QTest::addRow("empty as %s", parser) << QString::fromLatin1(parser) << empty << 0;
    // A maps file is not a meminfo, and vice versa.
    QTest::newRow("maps as meminfo") << "meminfo" << readFixture(QStringLiteral("malformed/maps-57bit")) << 1;
    QTest::newRow("meminfo as zoneinfo") << "zoneinfo" << readFixture(QStringLiteral("live-6.18-x86_64/proc/meminfo"))
                                         << 1;

    QTest::newRow("meminfo overflow") << "meminfo" << QByteArray("MemTotal: 1 kB\nMemFree: 99999999999999999999 kB\n")
                                      << 2;
    QTest::newRow("meminfo MB unit") << "meminfo" << QByteArray("MemTotal: 1 kB\nMemFree: 12 MB\n") << 2;
    QTest::newRow("meminfo no colon") << "meminfo" << QByteArray("MemTotal: 1 kB\nMemFree 12 kB\n") << 2;
    QTest::newRow("meminfo only blank lines") << "meminfo" << QByteArray("\n \n\n") << 0;
    QTest::newRow("zoneinfo text before Node") << "zoneinfo" << QByteArray("  pages free 1\n") << 1;
    QTest::newRow("zoneinfo bad node") << "zoneinfo" << QByteArray("Node x, zone DMA\n  pages free 1\n") << 1;
    QTest::newRow("zoneinfo header only") << "zoneinfo" << QByteArray("Node 0, zone DMA\n") << 1;
    QTest::newRow("zoneinfo counter overflow")
        << "zoneinfo" << QByteArray("Node 0, zone DMA\n  pages free 1\n        min 99999999999999999999\n") << 3;
    QTest::newRow("zoneinfo bad protection")
        << "zoneinfo" << QByteArray("Node 0, zone DMA\n  pages free 1\n        protection: (0, x)\n") << 3;
    QTest::newRow("zoneinfo unclosed protection")
        << "zoneinfo" << QByteArray("Node 0, zone DMA\n  pages free 1\n        protection: (0, 1\n") << 3;
    QTest::newRow("zoneinfo trailing text")
        << "zoneinfo" << QByteArray("Node 0, zone DMA\n  pages free 1\n        min 5 apples\n") << 3;
    QTest::newRow("zoneinfo per-node stat not a number")
        << "zoneinfo" << QByteArray("Node 0, zone DMA\n  per-node stats\n      nr_dirty x\n") << 3;
    QTest::newRow("buddyinfo no counts") << "buddyinfo" << QByteArray("Node 0, zone DMA\n") << 1;
    QTest::newRow("buddyinfo bad count") << "buddyinfo" << QByteArray("Node 0, zone DMA 1 2\nNode 0, zone N 1 x\n")
                                         << 2;
    QTest::newRow("pagetypeinfo row before header")
        << "pagetypeinfo" << QByteArray("Page block order: 9\nNode 0, zone DMA 1\n") << 2;
    QTest::newRow("pagetypeinfo wrong count")
        << "pagetypeinfo"
        << QByteArray("Page block order: 9\nPages per block: 512\nFree pages count per migrate type at order 0 1\n"
                      "Node 0, zone DMA, type Movable 1\n")
        << 4;
    QTest::newRow("pagetypeinfo no order line") << "pagetypeinfo" << QByteArray("Pages per block: 512\n") << 0;
    QTest::newRow("vmstat three tokens") << "vmstat" << QByteArray("pgfault 1\npgmajfault 1 2\n") << 2;
    QTest::newRow("vmstat overflow") << "vmstat" << QByteArray("pgfault 18446744073709551616\n") << 1;
    QTest::newRow("status bad pid") << "status" << QByteArray("Name:\tx\nPid:\tabc\n") << 2;
    QTest::newRow("status three uids") << "status" << QByteArray("Name:\tx\nUid:\t0\t0\t0\n") << 2;
    QTest::newRow("status bad VmSize unit") << "status" << QByteArray("Name:\tx\nVmSize:\t12 MB\n") << 2;
    QTest::newRow("status VmRSS overflow")
        << "status" << QByteArray("Name:\tx\nVmRSS:\t99999999999999999999 kB\n") << 2;
    QTest::newRow("status missing Pid")
        << "status" << QByteArray("Name:\tx\nState:\tS (sleeping)\nTgid:\t1\nPPid:\t0\nUid:\t0 0 0 0\nGid:\t0 0 0 0\n")
        << 0;
    QTest::newRow("status no colon") << "status" << QByteArray("Name:\tx\nhello\n") << 2;
    QTest::newRow("statm six fields") << "statm" << QByteArray("1 2 3 4 5 6\n") << 1;
    QTest::newRow("statm eight fields") << "statm" << QByteArray("1 2 3 4 5 6 7 8\n") << 1;
    QTest::newRow("statm overflow") << "statm" << QByteArray("18446744073709551616 2 3 4 5 6 7\n") << 1;
    QTest::newRow("statm second line") << "statm" << QByteArray("1 2 3 4 5 6 7\n1\n") << 2;
}

void TestSystemParsers::malformed()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);

    const AnyParser* run = parserNamed(parser);
    QVERIFY(run);
    const std::optional<Error> error = (*run)(view(bytes));
    QVERIFY2(error.has_value(), "the parser accepted malformed input");
    QCOMPARE(error->kind, ErrorKind::Malformed);
    QCOMPARE(int(error->line), line);
    QCOMPARE(QString::fromStdString(error->file), parser);
    QVERIFY2(QString::fromStdString(error->why).startsWith(QLatin1String("expected")), error->why.c_str());
    QVERIFY(!error->message().empty());
}

void TestSystemParsers::neverCrashes_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QDir malformedDir(kFixtures + QStringLiteral("/malformed"));
    for (const QString& name : malformedDir.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(QStringLiteral("malformed/") + name))
            << readFixture(QStringLiteral("malformed/") + name);

    // Every prefix (a read cut short) and a few corrupted copies of each real file.
    const QStringList files { QStringLiteral("live-6.18-x86_64/proc/meminfo"),
        QStringLiteral("live-6.18-x86_64/proc/zoneinfo"), QStringLiteral("live-6.18-x86_64/proc/buddyinfo"),
        QStringLiteral("live-6.18-x86_64/proc/pagetypeinfo"), QStringLiteral("live-6.18-x86_64/proc/vmstat"),
        QStringLiteral("live-6.18-x86_64/proc/9946/status"), QStringLiteral("live-6.18-x86_64/proc/9946/statm"),
        QStringLiteral("historic/2.6.24-zoneinfo/proc/zoneinfo"), QStringLiteral("prometheus-procfs/proc/zoneinfo") };
    const QByteArray random = readFixture(QStringLiteral("malformed/random-bytes"));
    for (const QString& file : files) {
        const QByteArray bytes = readFixture(file);
        QTest::newRow(qPrintable(file)) << bytes;
        for (qsizetype length = 0; length < bytes.size(); length += 13)
            QTest::newRow(qPrintable(file + QStringLiteral(" prefix ") + QString::number(length)))
                << bytes.left(length);
        for (int i = 0; i < 8 && !random.isEmpty(); ++i) {
            QByteArray corrupted = bytes;
            for (qsizetype at = i; at < corrupted.size(); at += 97)
                corrupted[at] = random[(at * 31 + i) % random.size()];
            QTest::newRow(qPrintable(file + QStringLiteral(" corrupted ") + QString::number(i))) << corrupted;
        }
    }
    QTest::newRow("NULs") << QByteArray(64, '\0');
    QTest::newRow("only newlines") << QByteArray(64, '\n');
    QTest::newRow("spaces") << QByteArray("   \n \t \n");
}

void TestSystemParsers::neverCrashes()
{
    QFETCH(QByteArray, bytes);

    for (const auto& [name, parser] : allParsers()) {
        const std::optional<Error> error = parser(view(bytes));
        if (error) {
            QVERIFY2(error->kind == ErrorKind::Malformed, qPrintable(name));
            QVERIFY2(!error->why.empty(), qPrintable(name));
        }
    }
}

QTEST_GUILESS_MAIN(TestSystemParsers)

#include "tst_systemparsers.moc"
