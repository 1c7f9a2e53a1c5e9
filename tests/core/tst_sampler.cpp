// The sampler's data path (fixture bytes -> SystemSample, checked against the files themselves),
// the ring buffer's bound and thread safety, and the sampler thread driven by a fixture Source.
#include "GatedSource.h"

#include "core/io/ProcRootSource.h"
#include "core/io/ReadsInProgress.h"
#include "core/sampling/SampleRing.h"
#include "core/sampling/Sampler.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace vmscope;

namespace {

const QString kFixtures = QStringLiteral(VMSCOPE_FIXTURES);

// Every fixture proc root that holds at least one of the files a sample is made from.
QStringList sampleFixtureRoots()
{
    QStringList roots;
    QDirIterator it(kFixtures, { QStringLiteral("proc") }, QDir::Dirs, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString root = it.next();
        for (const char* name : { "meminfo", "zoneinfo", "buddyinfo", "vmstat", "pagetypeinfo" }) {
            if (QFile::exists(root + QLatin1Char('/') + QLatin1String(name))) {
                roots.append(root);
                break;
            }
        }
    }
    roots.sort();
    return roots;
}

QList<QByteArrayList> fixtureLines(const QString& root, const char* name)
{
    QFile file(root + QLatin1Char('/') + QLatin1String(name));
    QList<QByteArrayList> lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QByteArray simplified = line.simplified();
        if (!simplified.isEmpty())
            lines.append(simplified.split(' '));
    }
    return lines;
}

// The test reads the fixture files with its own few lines of splitting, not with the parsers
// under test, so a parser bug cannot agree with itself.
struct ExpectedZone {
    int node = -1;
    QByteArray zone;
    QMap<QByteArray, quint64> fields; // "free", "min", "low", "high", "managed", ...
};

QList<ExpectedZone> expectedZones(const QString& root)
{
    QList<ExpectedZone> zones;
    for (const QByteArrayList& words : fixtureLines(root, "zoneinfo")) {
        if (words.size() == 4 && words[0] == "Node" && words[2] == "zone") {
            ExpectedZone zone;
            zone.node = words[1].chopped(1).toInt();
            zone.zone = words[3];
            zones.append(zone);
        } else if (!zones.isEmpty() && words.size() == 3 && words[0] == "pages" && words[1] == "free") {
            zones.last().fields.insert("free", words[2].toULongLong());
        } else if (!zones.isEmpty() && words.size() == 2) {
            static const QByteArrayList kNames { "min", "low", "high", "boost", "promo", "spanned", "present",
                "managed" };
            if (kNames.contains(words[0]))
                zones.last().fields.insert(words[0], words[1].toULongLong());
        }
    }
    return zones;
}

QList<quint64> toList(const std::vector<std::uint64_t>& values)
{
    return { values.begin(), values.end() };
}

SamplePtr sampleWithSeconds(double seconds)
{
    auto sample = std::make_shared<SystemSample>();
    sample->seconds = seconds;
    return sample;
}

// What the sampler delivered through its callback. Waits are count-based; the limit only keeps a
// broken build from hanging the suite, it asserts nothing about timing.
struct DeliveredSamples {
    std::mutex mutex;
    std::condition_variable condition;
    std::vector<SamplePtr> samples;
    std::vector<Error> errors;

    void attach(Sampler& sampler)
    {
        sampler.setOnSample([this](SamplePtr sample) {
            const std::lock_guard lock(mutex);
            samples.push_back(std::move(sample));
            condition.notify_all();
        });
        sampler.setOnError([this](const Error& error) {
            const std::lock_guard lock(mutex);
            errors.push_back(error);
            condition.notify_all();
        });
    }
    bool waitForCount(std::size_t count, std::chrono::seconds limit = std::chrono::seconds(60))
    {
        std::unique_lock lock(mutex);
        return condition.wait_for(lock, limit, [&] { return samples.size() >= count; });
    }
    bool waitForErrors(std::size_t count)
    {
        std::unique_lock lock(mutex);
        return condition.wait_for(lock, std::chrono::seconds(60), [&] { return errors.size() >= count; });
    }
};

} // namespace

class SamplerTest : public QObject {
    Q_OBJECT
private slots:
    void fixtureSample_data();
    void fixtureSample();
    void sampleNeedsMemInfo();
    void schemaIsSharedAcrossSamples();
    void missingKeyIsReportedNotInvented();

    void ringKeepsItsBound_data();
    void ringKeepsItsBound();
    void ringLatestAndClear();
    void ringIsThreadSafe();

    void samplerProducesSamples();
    void samplerNotesMissingPageTypeInfo();
    void samplerIntervalIsClamped_data();
    void samplerIntervalIsClamped();
    void shorterIntervalTakesEffectAtOnce();
    void samplerReportsUnreadableMemInfo();
    void eventsAreRecordedAndBounded();
    void stopDoesNotWaitForAStuckRead();
};

void SamplerTest::fixtureSample_data()
{
    QTest::addColumn<QString>("root");
    const QStringList roots = sampleFixtureRoots();
    QVERIFY2(roots.size() >= 4, "expected the live, prometheus and historic fixture folders");
    for (const QString& root : roots)
        QTest::newRow(qPrintable(QDir(kFixtures).relativeFilePath(root))) << root;
}

void SamplerTest::fixtureSample()
{
    QFETCH(QString, root);
    const ProcRootSource source(root.toStdString());
    SampleSchemaCache cache;
    const auto sample = takeSample(source, cache);

    const auto memInfoLines = fixtureLines(root, "meminfo");
    if (memInfoLines.isEmpty()) {
        QVERIFY(!sample.ok());
        QVERIFY2(sample.error().message().find("meminfo") != std::string::npos, sample.error().message().c_str());
        return;
    }
    QVERIFY2(sample.ok(), sample.ok() ? "" : sample.error().message().c_str());
    const SystemSample& s = **sample;

    // meminfo: every key, in file order, with its value.
    QCOMPARE(s.memInfo.size(), static_cast<std::size_t>(memInfoLines.size()));
    for (const QByteArrayList& words : memInfoLines) {
        const QByteArray key = words[0].chopped(1);
        QCOMPARE(s.memInfoValue(key.toStdString()), std::optional<std::uint64_t>(words[1].toULongLong()));
    }

    // vmstat: every counter.
    const auto vmStatLines = fixtureLines(root, "vmstat");
    QCOMPARE(s.vmStat.size(), static_cast<std::size_t>(vmStatLines.size()));
    for (const QByteArrayList& words : vmStatLines)
        QCOMPARE(s.vmStatValue(words[0].toStdString()), std::optional<std::uint64_t>(words[1].toULongLong()));

    // zoneinfo: every zone in file order with its free pages and watermarks.
    const QList<ExpectedZone> zones = expectedZones(root);
    QCOMPARE(s.zones.size(), static_cast<std::size_t>(zones.size()));
    for (int i = 0; i < zones.size(); ++i) {
        const ZoneSample& zone = s.zones[static_cast<std::size_t>(i)];
        QCOMPARE(zone.node, zones[i].node);
        QCOMPARE(QByteArray::fromStdString(zone.zone), zones[i].zone);
        QCOMPARE(zone.free, zones[i].fields.value("free"));
        const std::pair<const char*, std::optional<std::uint64_t>> fields[] = { { "min", zone.min },
            { "low", zone.low }, { "high", zone.high }, { "boost", zone.boost }, { "promo", zone.promo },
            { "spanned", zone.spanned }, { "present", zone.present }, { "managed", zone.managed } };
        for (const auto& [name, value] : fields) {
            const auto expected = zones[i].fields.contains(name)
                ? std::optional<std::uint64_t>(zones[i].fields.value(name))
                : std::nullopt;
            QVERIFY2(value == expected, name);
        }
    }

    // buddyinfo joined to its zone.
    int buddyRows = 0;
    for (const QByteArrayList& words : fixtureLines(root, "buddyinfo")) {
        ++buddyRows;
        const int node = words[1].chopped(1).toInt();
        const auto zone = std::find_if(s.zones.begin(), s.zones.end(),
            [&](const ZoneSample& z) { return z.node == node && QByteArray::fromStdString(z.zone) == words[3]; });
        QVERIFY(zone != s.zones.end());
        QList<quint64> expected;
        for (qsizetype i = 4; i < words.size(); ++i)
            expected.append(words[i].toULongLong());
        QCOMPARE(toList(zone->freeBlocks), expected);
    }
    if (buddyRows == 0) {
        for (const ZoneSample& zone : s.zones)
            QVERIFY(zone.freeBlocks.empty());
    }

    // pagetypeinfo: "Node 0, zone Normal, type Movable  n0 n1 ..." per migrate type.
    int typeRows = 0;
    for (const QByteArrayList& words : fixtureLines(root, "pagetypeinfo")) {
        if (words.size() < 7 || words[0] != "Node" || words[4] != "type")
            continue;
        ++typeRows;
        const int node = words[1].chopped(1).toInt();
        const QByteArray zoneName = words[3].chopped(1);
        const auto zone = std::find_if(s.zones.begin(), s.zones.end(),
            [&](const ZoneSample& z) { return z.node == node && QByteArray::fromStdString(z.zone) == zoneName; });
        QVERIFY(zone != s.zones.end());
        const auto type = std::find_if(zone->freeBlocksByType.begin(), zone->freeBlocksByType.end(),
            [&](const MigrateTypeBlocks& t) { return QByteArray::fromStdString(t.type) == words[5]; });
        QVERIFY2(type != zone->freeBlocksByType.end(), words[5].constData());
        QList<quint64> expected;
        for (qsizetype i = 6; i < words.size(); ++i)
            expected.append(words[i].startsWith('>') ? words[i].mid(1).toULongLong() : words[i].toULongLong());
        QCOMPARE(toList(type->freeBlocks), expected);
    }
    if (typeRows == 0) {
        for (const ZoneSample& zone : s.zones)
            QVERIFY(zone.freeBlocksByType.empty());
    }

    // Every file this fixture lacks is named in problems; nothing else is.
    std::size_t missingFiles = 0;
    for (const char* name : { "zoneinfo", "buddyinfo", "vmstat", "pagetypeinfo" })
        missingFiles += QFile::exists(root + QLatin1Char('/') + QLatin1String(name)) ? 0 : 1;
    QCOMPARE(s.problems.size(), missingFiles);

    // The page size is the reading machine's unless the caller says otherwise.
    QCOMPARE(s.pageSize, static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE)));
    const auto arm64 = takeSample(source, cache, { true, 0, 65536 });
    QVERIFY(arm64.ok());
    QCOMPARE((*arm64)->pageSize, std::uint64_t(65536));
}

void SamplerTest::sampleNeedsMemInfo()
{
    const QTemporaryDir empty;
    const ProcRootSource source(empty.path().toStdString());
    SampleSchemaCache cache;
    const auto sample = takeSample(source, cache);
    QVERIFY(!sample.ok());
    QVERIFY(sample.error().isMissingFile());
}

void SamplerTest::schemaIsSharedAcrossSamples()
{
    const ProcRootSource live(kFixtures.toStdString() + "/live-6.18-x86_64/proc");
    const ProcRootSource old(kFixtures.toStdString() + "/historic/4.x-meminfo/proc");
    SampleSchemaCache cache;
    const auto first = takeSample(live, cache);
    const auto second = takeSample(live, cache);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE((*first)->schema.get(), (*second)->schema.get());
    // Other keys (another kernel's meminfo): a new schema, the old samples keep theirs.
    const auto third = takeSample(old, cache);
    QVERIFY(third.ok());
    QVERIFY((*third)->schema.get() != (*first)->schema.get());
    QCOMPARE((*first)->memInfoValue("MemFree"), std::optional<std::uint64_t>(23162584));
    QCOMPARE((*third)->memInfoValue("MemFree"), std::optional<std::uint64_t>(2083432));
}

void SamplerTest::missingKeyIsReportedNotInvented()
{
    MemInfo memInfo { { { "MemTotal", 100, true }, { "MemFree", 40, true } } };
    MemInfo fewer { { { "MemTotal", 100, true } } };
    const VmStat vmStat { { { "pgfault", 7 } } };
    const auto schema = makeSampleSchema(memInfo, vmStat);
    const SystemSample sample = buildSample(fewer, {}, {}, nullptr, vmStat, schema);
    QCOMPARE(sample.memInfoValue("MemTotal"), std::optional<std::uint64_t>(100));
    QCOMPARE(sample.vmStatValue("pgfault"), std::optional<std::uint64_t>(7));
    QCOMPARE(sample.problems.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(sample.problems.front()), QStringLiteral("meminfo: MemFree is missing"));
    QCOMPARE(sample.memInfoValue("NoSuchKey"), std::nullopt);
}

void SamplerTest::ringKeepsItsBound_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("pushes");
    QTest::newRow("one") << 1 << 3;
    QTest::newRow("below capacity") << 10 << 7;
    QTest::newRow("exactly full") << 10 << 10;
    QTest::newRow("three times over") << 10 << 30;
    QTest::newRow("an hour at 1 Hz, three times over") << 3600 << 3 * 3600;
}

void SamplerTest::ringKeepsItsBound()
{
    QFETCH(int, capacity);
    QFETCH(int, pushes);
    SampleRing ring(static_cast<std::size_t>(capacity));
    QCOMPARE(ring.capacity(), static_cast<std::size_t>(capacity));
    for (int i = 0; i < pushes; ++i)
        ring.push(sampleWithSeconds(i));
    const int kept = std::min(capacity, pushes);
    QCOMPARE(ring.size(), static_cast<std::size_t>(kept));
    const auto samples = ring.snapshot();
    QCOMPARE(samples.size(), static_cast<std::size_t>(kept));
    // The newest `kept` samples, oldest first: the oldest were dropped, the order kept.
    for (int i = 0; i < kept; ++i)
        QCOMPARE(samples[static_cast<std::size_t>(i)]->seconds, double(pushes - kept + i));
    QCOMPARE(ring.latest()->seconds, double(pushes - 1));
}

void SamplerTest::ringLatestAndClear()
{
    SampleRing ring(4);
    QVERIFY(!ring.latest());
    QVERIFY(ring.snapshot().empty());
    const SamplePtr kept = sampleWithSeconds(1);
    ring.push(kept);
    QCOMPARE(ring.latest(), kept);
    ring.clear();
    QCOMPARE(ring.size(), std::size_t(0));
    QVERIFY(!ring.latest());
    // A snapshot taken before clear() still owns its samples.
    QCOMPARE(kept->seconds, 1.0);
    for (int i = 0; i < 6; ++i)
        ring.push(sampleWithSeconds(10 + i));
    QCOMPARE(ring.snapshot().front()->seconds, 12.0);
    // A zero capacity would make the ring useless: it holds at least one sample.
    QCOMPARE(SampleRing(0).capacity(), std::size_t(1));
}

void SamplerTest::ringIsThreadSafe()
{
    constexpr std::size_t kCapacity = 64;
    constexpr int kPushes = 20000;
    SampleRing ring(kCapacity);
    std::atomic<bool> writing { true };
    std::atomic<int> badSnapshots { 0 };
    std::atomic<int> snapshots { 0 };
    std::vector<std::thread> readers;
    for (int r = 0; r < 3; ++r) {
        readers.emplace_back([&] {
            // Each snapshot must be a run of consecutive pushes, never longer than the capacity.
            do {
                const auto samples = ring.snapshot();
                const SamplePtr latest = ring.latest();
                bool good = samples.size() <= kCapacity && ring.size() <= kCapacity;
                for (std::size_t i = 1; i < samples.size(); ++i)
                    good = good && samples[i]->seconds == samples[i - 1]->seconds + 1;
                if (latest && !samples.empty())
                    good = good && latest->seconds >= samples.back()->seconds;
                if (!good)
                    ++badSnapshots;
                ++snapshots;
            } while (writing.load());
        });
    }
    for (int i = 0; i < kPushes; ++i)
        ring.push(sampleWithSeconds(i));
    writing = false;
    for (std::thread& reader : readers)
        reader.join();
    QCOMPARE(badSnapshots.load(), 0);
    QVERIFY(snapshots.load() >= 3);
    QCOMPARE(ring.size(), kCapacity);
    QCOMPARE(ring.latest()->seconds, double(kPushes - 1));
}

void SamplerTest::samplerProducesSamples()
{
    auto source = std::make_shared<ProcRootSource>(kFixtures.toStdString() + "/live-6.18-x86_64/proc");
    SamplerOptions options;
    options.interval = std::chrono::milliseconds(100);
    options.capacity = 4;
    Sampler sampler(source, options);
    QCOMPARE(sampler.secondsSinceStart(), 0.0);
    QVERIFY(!sampler.running());

    DeliveredSamples samples;
    samples.attach(sampler);
    sampler.start();
    QVERIFY(sampler.running());
    QVERIFY(samples.waitForCount(6));
    sampler.stop();
    QVERIFY(!sampler.running());

    // The sampler thread has ended: the samples are ours alone now.
    const std::vector<SamplePtr>& delivered = samples.samples;
    const std::size_t count = delivered.size();
    QCOMPARE(sampler.samplesTaken(), count);
    QCOMPARE(sampler.samplesFailed(), std::size_t(0));
    // The ring holds the newest `capacity` of them, the same objects the callback saw.
    const auto ring = sampler.ring().snapshot();
    QCOMPARE(ring.size(), std::size_t(4));
    for (std::size_t i = 0; i < ring.size(); ++i)
        QCOMPARE(ring[i], delivered[count - ring.size() + i]);
    // One schema for the whole run; time only moves forward.
    for (std::size_t i = 1; i < count; ++i) {
        QCOMPARE(delivered[i]->schema, delivered[0]->schema);
        QVERIFY(delivered[i]->seconds > delivered[i - 1]->seconds);
    }
    QCOMPARE(delivered.back()->memInfoValue("MemFree"), std::optional<std::uint64_t>(23162584));
    QCOMPARE(delivered.back()->zones.size(), std::size_t(5));
    // pagetypeinfo is read on its own schedule; every sample carries the latest reading.
    for (const SamplePtr& sample : delivered) {
        QVERIFY(!sample->zones[2].freeBlocksByType.empty());
        QVERIFY(sample->pageTypeInfoSeconds >= 0);
        QVERIFY(sample->pageTypeInfoSeconds <= sample->seconds);
        QVERIFY(sample->problems.empty());
    }
    QCOMPARE(delivered.front()->pageTypeInfoSeconds, delivered.front()->seconds);

    // Stopped means stopped: no sample arrives after stop() returned; a restart continues the clock.
    QCOMPARE(sampler.samplesTaken(), count);
    const double before = delivered.back()->seconds;
    sampler.start();
    sampler.stop();
    QCOMPARE(sampler.samplesTaken(), count + 1);
    QVERIFY(delivered.back()->seconds > before);
}

void SamplerTest::samplerNotesMissingPageTypeInfo()
{
    // The prometheus fixture has no pagetypeinfo (as a kernel without it, or EACCES for non-root):
    // the sampler stops trying, and every sample says why its zones have no migrate types.
    auto source = std::make_shared<ProcRootSource>(kFixtures.toStdString() + "/prometheus-procfs/proc");
    Sampler sampler(source, { std::chrono::milliseconds(100), 16, true });
    DeliveredSamples delivered;
    delivered.attach(sampler);
    sampler.start();
    QVERIFY(delivered.waitForCount(3));
    sampler.stop();
    for (const SamplePtr& sample : delivered.samples) {
        QCOMPARE(sample->pageTypeInfoSeconds, -1.0);
        for (const ZoneSample& zone : sample->zones)
            QVERIFY(zone.freeBlocksByType.empty());
        // vmstat and pagetypeinfo are missing from this fixture.
        QCOMPARE(sample->problems.size(), std::size_t(2));
        QVERIFY(std::any_of(sample->problems.begin(), sample->problems.end(),
            [](const std::string& problem) { return problem.find("pagetypeinfo") != std::string::npos; }));
    }
}

void SamplerTest::samplerIntervalIsClamped_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::newRow("too short") << 1 << 100;
    QTest::newRow("shortest") << 100 << 100;
    QTest::newRow("default") << 500 << 500;
    QTest::newRow("longest") << 10000 << 10000;
    QTest::newRow("too long") << 60000 << 10000;
    QTest::newRow("negative") << -5 << 100;
}

void SamplerTest::samplerIntervalIsClamped()
{
    QFETCH(int, requested);
    QFETCH(int, expected);
    auto source = std::make_shared<ProcRootSource>(kFixtures.toStdString() + "/live-6.18-x86_64/proc");
    Sampler sampler(source, { std::chrono::milliseconds(requested), 10, false });
    QCOMPARE(sampler.interval().count(), std::chrono::milliseconds(expected).count());
    Sampler other(source);
    other.setInterval(std::chrono::milliseconds(requested));
    QCOMPARE(other.interval().count(), std::chrono::milliseconds(expected).count());
}

void SamplerTest::shorterIntervalTakesEffectAtOnce()
{
    // At 10 s a second sample would take 10 s; after setInterval(100 ms) it comes at once.
    auto source = std::make_shared<ProcRootSource>(kFixtures.toStdString() + "/live-6.18-x86_64/proc");
    Sampler sampler(source, { std::chrono::seconds(10), 16, false });
    DeliveredSamples delivered;
    delivered.attach(sampler);
    sampler.start();
    QVERIFY(delivered.waitForCount(1));
    sampler.setInterval(std::chrono::milliseconds(100));
    // Far below the 10 s the old interval would need for one more sample, let alone three.
    QVERIFY(delivered.waitForCount(4, std::chrono::seconds(8)));
    sampler.stop();
}

void SamplerTest::samplerReportsUnreadableMemInfo()
{
    const QTemporaryDir empty;
    Sampler sampler(std::make_shared<ProcRootSource>(empty.path().toStdString()), { std::chrono::milliseconds(100) });
    DeliveredSamples delivered;
    delivered.attach(sampler);
    sampler.start();
    QVERIFY(delivered.waitForErrors(2));
    sampler.stop();
    QVERIFY(delivered.samples.empty());
    QCOMPARE(sampler.ring().size(), std::size_t(0));
    QCOMPARE(sampler.samplesFailed(), delivered.errors.size());
    QVERIFY(delivered.errors.front().message().find("meminfo") != std::string::npos);
}

void SamplerTest::eventsAreRecordedAndBounded()
{
    auto source = std::make_shared<ProcRootSource>(kFixtures.toStdString() + "/live-6.18-x86_64/proc");
    Sampler sampler(source, { std::chrono::seconds(1), 8, false });
    sampler.recordEvent({ 1.5, std::string(kEventRunStart), std::nullopt, "tar /src" });
    sampler.recordEvent({ 2.5, std::string(kEventRunEnd), 0, "tar /src" });
    auto events = sampler.events();
    QCOMPARE(events.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(events[0].kind), QStringLiteral("run_start"));
    QCOMPARE(events[1].exitCode, std::optional<int>(0));
    QCOMPARE(events[1].seconds, 2.5);

    // seconds < 0: stamped with the sampler's clock now.
    sampler.start();
    sampler.recordEvent({ -1, std::string(kEventDropCaches), std::nullopt, "as root" });
    sampler.stop();
    events = sampler.events();
    QVERIFY(events.back().seconds >= 0);
    QVERIFY(events.back().seconds <= sampler.secondsSinceStart());

    for (std::size_t i = 0; i < Sampler::kMaxEvents + 10; ++i)
        sampler.recordEvent({ double(100 + i), std::string(kEventDropCaches), std::nullopt, {} });
    events = sampler.events();
    QCOMPARE(events.size(), Sampler::kMaxEvents);
    QCOMPARE(events.front().seconds, 110.0);
    QCOMPARE(events.back().seconds, double(100 + Sampler::kMaxEvents + 9));
}

namespace {
// meminfo blocks until released, marked as in progress as FileReader marks its reads: a file on
// a hung NFS or FUSE mount.
class HeldMemInfoSource : public test::GatedSource {
public:
    using GatedSource::GatedSource;
    void release()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_released = true;
        }
        m_wake.notify_all();
    }
    std::atomic<int> held { 0 };

protected:
    std::optional<Error> gate(std::string_view relativePath) const override
    {
        if (relativePath != "meminfo")
            return std::nullopt;
        const ScopedReadMark mark(displayPath(relativePath));
        ++const_cast<HeldMemInfoSource*>(this)->held;
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_released; });
        return std::nullopt;
    }

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_wake;
    bool m_released = false;
};
} // namespace

void SamplerTest::stopDoesNotWaitForAStuckRead()
{
    auto source = std::make_shared<HeldMemInfoSource>(kFixtures.toStdString() + "/live-6.18-x86_64/proc");
    std::atomic<int> callbacks { 0 };
    {
        Sampler sampler(source, { std::chrono::milliseconds(100), 8, false });
        sampler.setOnSample([&](SamplePtr) { ++callbacks; });
        sampler.setOnError([&](const Error&) { ++callbacks; });
        sampler.start();
        QTRY_COMPARE_WITH_TIMEOUT(source->held.load(), 1, 5000);
        const auto stuck = readsInProgressFor(std::chrono::milliseconds(0));
        QCOMPARE(stuck.size(), std::size_t(1));
        QCOMPARE(stuck.front().path, source->displayPath("meminfo"));

        const auto before = std::chrono::steady_clock::now();
        sampler.stop();
        const auto took = std::chrono::steady_clock::now() - before;
        QVERIFY2(took < Sampler::kStopWait + std::chrono::milliseconds(500),
            qPrintable(QStringLiteral("stop() took %1 ms")
                           .arg(std::chrono::duration_cast<std::chrono::milliseconds>(took).count())));
        QVERIFY(!sampler.running());
    } // and the sampler is destroyed while its old thread still reads
    // The read returns at last: the disowned thread ends without a callback or a sample.
    source->release();
    QTRY_VERIFY_WITH_TIMEOUT(readsInProgressFor(std::chrono::milliseconds(0)).empty(), 5000);
    QTest::qWait(300);
    QCOMPARE(callbacks.load(), 0);
}

QTEST_GUILESS_MAIN(SamplerTest)
#include "tst_sampler.moc"
