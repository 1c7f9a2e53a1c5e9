// The system-wide breakdowns (core/read/SystemUsage.h) over fixture proc roots. Expected
// figures were summed by hand from the fixtures' smaps/smaps_rollup (an independent Python
// script over the raw text) and, for the system areas, checked against smem -w -S on the same
// fixture folders.
#include "GatedSource.h"
#include "TestData.h"

#include "core/read/SystemUsage.h"
#include "core/read/PhysicalMemoryReader.h"
#include "core/io/ProcRootSource.h"
#include "core/read/SystemReader.h"
#include "core/parse/PhysicalMemoryParsers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <mutex>
#include <set>

using namespace vmscope;

namespace {

const std::string kLive = test::procRoot(QStringLiteral("live-6.18-x86_64"));
const std::string kPrometheus = test::procRoot(QStringLiteral("prometheus-procfs"));
const std::string kPhysical = test::fixturePath(QStringLiteral("physical-memory")).toStdString();

// A fixture root that refuses some pids' smaps as another user's process would, and counts
// the smaps reads, so the tests see what scanMappings asked for.
class GuardedSource final : public test::GatedSource {
public:
    GuardedSource(std::string root, std::set<int> denied)
        : GatedSource(std::move(root))
        , m_denied(std::move(denied))
    {
    }

    std::size_t smapsReads() const { return m_smapsReads; }

private:
    std::optional<Error> gate(std::string_view relativePath) const override
    {
        const std::size_t slash = relativePath.find('/');
        if (slash == std::string_view::npos || relativePath.substr(slash + 1) != "smaps")
            return std::nullopt;
        ++m_smapsReads;
        const int pid = std::stoi(std::string(relativePath.substr(0, slash)));
        if (m_denied.count(pid))
            return Error::fromErrno(displayPath(relativePath), EACCES, true);
        return std::nullopt;
    }

    std::set<int> m_denied;
    mutable std::atomic<std::size_t> m_smapsReads { 0 };
};

std::vector<int> allPids(const Source& source)
{
    auto pids = source.listPids();
    return pids ? *pids : std::vector<int>();
}

const MappingUsage* findMapping(const MappingScan& scan, const std::string& path, bool deleted)
{
    for (const MappingUsage& m : scan.mappings)
        if (m.path == path && m.deleted == deleted)
            return &m;
    return nullptr;
}

QList<int> toQList(const std::vector<int>& v)
{
    return QList<int>(v.begin(), v.end());
}

MemInfo memInfoOf(const std::string& root)
{
    auto info = readMemInfo(ProcRootSource(root));
    if (!info)
        qFatal("%s", info.error().message().c_str());
    return *info;
}

} // namespace

class TestSystemUsage : public QObject {
    Q_OBJECT

private slots:
    void byUser_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<uint>("uid");
        QTest::addColumn<qulonglong>("count");
        QTest::addColumn<qulonglong>("uss");
        QTest::addColumn<qulonglong>("pss");
        QTest::addColumn<qulonglong>("rss");
        QTest::addColumn<qulonglong>("swap");
        // live: three root processes; rollup Private_Clean+Private_Dirty 22780+4232, 16+332, 0+64;
        // Pss 27376+5943+5444; Rss 28844+12252+11020.
        QTest::newRow("live, root") << QString::fromStdString(kLive) << 0u << 3ull << 27424ull << 38763ull << 52116ull
                                    << 0ull;
        // prometheus: only 26231 has smaps_rollup (uid 1000); 26232/26234 have maps only and
        // 26235 a status only, so they are not readable processes.
        QTest::newRow("prometheus, uid 1000")
            << QString::fromStdString(kPrometheus) << 1000u << 1ull << 29944ull << 29944ull << 29948ull << 1940ull;
    }
    void byUser()
    {
        QFETCH(QString, root);
        QFETCH(uint, uid);
        QFETCH(qulonglong, count);
        QFETCH(qulonglong, uss);
        QFETCH(qulonglong, pss);
        QFETCH(qulonglong, rss);
        QFETCH(qulonglong, swap);
        const ProcessListing listing = readProcessListing(ProcRootSource(root.toStdString()));
        const std::vector<UserUsage> users = usageByUser(listing);
        QCOMPARE(users.size(), std::size_t(1));
        const UserUsage& u = users.front();
        QCOMPARE(u.uid, std::optional<std::uint32_t>(uid));
        QCOMPARE(u.user, userName(uid));
        QCOMPARE(u.processCount, count);
        QCOMPARE(u.uss, uss);
        QCOMPARE(u.pss, pss);
        QCOMPARE(u.rss, rss);
        QCOMPARE(u.swap, swap);
    }

    void byUserGroupsByUidAndSortsByPss()
    {
        ProcessListing listing;
        auto add = [&](int pid, std::optional<std::uint32_t> uid, std::string user, std::uint64_t pss,
                       std::uint64_t rss, bool kernelThread = false) {
            ProcessSummary p;
            p.pid = pid;
            p.uid = uid;
            p.user = std::move(user);
            p.kernelThread = kernelThread;
            p.totals.fields.set(SmapsKey::Pss, pss);
            p.totals.fields.set(SmapsKey::Rss, rss);
            p.totals.fields.set(SmapsKey::Private_Dirty, pss / 2);
            listing.processes.push_back(p);
        };
        add(1, 0, "root", 100, 300);
        add(2, 1000, "alice", 500, 600);
        add(3, 0, "root", 50, 60);
        add(4, 1001, "alice", 10, 10); // same name, another uid: another row
        add(5, std::nullopt, "ghost", 7, 8); // uid unknown (a capture without status)
        add(6, 0, "root", 999, 999, true); // kernel threads own no user memory
        const std::vector<UserUsage> users = usageByUser(listing);
        QCOMPARE(users.size(), std::size_t(4));
        QCOMPARE(users[0].user, std::string("alice"));
        QCOMPARE(users[0].pss, 500u);
        QCOMPARE(users[1].user, std::string("root"));
        QCOMPARE(users[1].processCount, std::size_t(2));
        QCOMPARE(users[1].pss, 150u);
        QCOMPARE(users[1].rss, 360u);
        QCOMPARE(users[1].uss, 50u + 25u);
        QCOMPARE(users[2].uid, std::optional<std::uint32_t>(1001));
        QCOMPARE(users[3].user, std::string("ghost"));
        QCOMPARE(users[3].uid, std::optional<std::uint32_t>());
    }

    void byMapping_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<unsigned>("threads");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<QList<int>>("pids");
        QTest::addColumn<qulonglong>("pss");
        QTest::addColumn<qulonglong>("rss");
        QTest::addColumn<qulonglong>("uss");
        QTest::addColumn<qulonglong>("swap");
        const QString live = QString::fromStdString(kLive);
        const QString prometheus = QString::fromStdString(kPrometheus);
        const QList<int> all { 9946, 9950, 10162 };
        const QList<int> zoos { 9946, 9950 };
        for (unsigned threads : { 1u, 2u, 7u }) {
            auto row = [&](const char* name) {
                return &QTest::newRow(
                    qPrintable(QStringLiteral("%1, %2 threads").arg(QLatin1String(name)).arg(threads)));
            };
            *row("live [anon]") << live << threads << "[anon]" << false << all << 11824ull << 22356ull << 1292ull
                                << 0ull;
            *row("live [heap]") << live << threads << "[heap]" << false << all << 1288ull << 1352ull << 1224ull << 0ull;
            *row("live libc") << live << threads << "/usr/lib/x86_64-linux-gnu/libc.so.6" << false << all << 631ull
                              << 2912ull << 56ull << 0ull;
            // smem -m calls this "/srv/data/file": it splits the smaps line at spaces.
            *row("live path with spaces") << live << threads << "/srv/data/file with spaces.bin" << false << zoos
                                          << 64ull << 64ull << 64ull << 0ull;
            // Shared anonymous memory of a fork: deleted /dev/zero, split between both.
            *row("live /dev/zero (deleted)")
                << live << threads << "/dev/zero" << true << zoos << 128ull << 128ull << 128ull << 0ull;
            *row("live executable") << live << threads << "/usr/local/bin/zoo" << false << zoos << 24ull << 32ull
                                    << 16ull << 0ull;
            *row("live Qt program only") << live << threads << "/opt/demo/bin/qtplot" << false << QList<int> { 10162 }
                                         << 240ull << 240ull << 240ull << 0ull;
            *row("prometheus [anon]") << prometheus << threads << "[anon]" << false << QList<int> { 26231 } << 20656ull
                                      << 20656ull << 20656ull << 1924ull;
            *row("prometheus binary") << prometheus << threads << "/bin/alertmanager" << false << QList<int> { 26231 }
                                      << 9280ull << 9280ull << 9280ull << 12ull;
        }
    }
    void byMapping()
    {
        QFETCH(QString, root);
        QFETCH(unsigned, threads);
        QFETCH(QString, path);
        QFETCH(bool, deleted);
        QFETCH(QList<int>, pids);
        QFETCH(qulonglong, pss);
        QFETCH(qulonglong, rss);
        QFETCH(qulonglong, uss);
        QFETCH(qulonglong, swap);
        const ProcRootSource source(root.toStdString());
        MappingScanOptions options;
        options.threads = threads;
        const MappingScan scan = scanMappings(source, allPids(source), options);
        QVERIFY(!scan.cancelled);
        const MappingUsage* m = findMapping(scan, path.toStdString(), deleted);
        QVERIFY2(m, qPrintable(path));
        QCOMPARE(toQList(m->pids), pids);
        QCOMPARE(m->pss, pss);
        QCOMPARE(m->rss, rss);
        QCOMPARE(m->uss, uss);
        QCOMPARE(m->swap, swap);
        QCOMPARE(m->averagePss(), double(pss) / double(pids.size()));
    }

    void scanCounts_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QList<int>>("denied");
        QTest::addColumn<qulonglong>("scanned");
        QTest::addColumn<qulonglong>("mappings");
        QTest::addColumn<QList<int>>("unreadable");
        QTest::addColumn<qulonglong>("vanished");
        QTest::addColumn<qulonglong>("totalPss");
        const QString live = QString::fromStdString(kLive);
        // 85 distinct mappings (names plus deleted) over the three processes; total Pss is the
        // sum of every per-VMA Pss line: 27385 + 5940 + 5445.
        QTest::newRow("live") << live << QList<int> {} << 3ull << 85ull << QList<int> {} << 0ull << 38770ull;
        // Another user's process: named, not summed.
        QTest::newRow("live, 9950 denied")
            << live << QList<int> { 9950 } << 2ull << 85ull << QList<int> { 9950 } << 0ull << 33325ull;
        QTest::newRow("live, all denied") << live << QList<int> { 9946, 9950, 10162 } << 0ull << 0ull
                                          << QList<int> { 9946, 9950, 10162 } << 0ull << 0ull;
        // Folders with maps or status only read as processes that are gone.
        QTest::newRow("prometheus") << QString::fromStdString(kPrometheus) << QList<int> {} << 1ull << 6ull
                                    << QList<int> {} << 3ull << 29944ull;
    }
    void scanCounts()
    {
        QFETCH(QString, root);
        QFETCH(QList<int>, denied);
        QFETCH(qulonglong, scanned);
        QFETCH(qulonglong, mappings);
        QFETCH(QList<int>, unreadable);
        QFETCH(qulonglong, vanished);
        QFETCH(qulonglong, totalPss);
        const GuardedSource source(root.toStdString(), std::set<int>(denied.begin(), denied.end()));
        const MappingScan scan = scanMappings(source, allPids(source));
        QCOMPARE(scan.scanned, scanned);
        QCOMPARE(scan.mappings.size(), mappings);
        QCOMPARE(scan.vanished, vanished);
        QList<int> unreadablePids;
        for (const UnreadableProcess& u : scan.unreadable) {
            unreadablePids.append(u.pid);
            QCOMPARE(u.error.kind, ErrorKind::PermissionDenied);
            QCOMPARE(u.name, std::string(u.pid == 10162 ? "qtplot" : "zoo")); // named from status
            QCOMPARE(u.user, userName(0));
        }
        QCOMPARE(unreadablePids, unreadable);
        std::uint64_t pss = 0;
        for (const MappingUsage& m : scan.mappings) {
            pss += m.pss;
            QVERIFY(std::is_sorted(m.pids.begin(), m.pids.end()));
        }
        QCOMPARE(pss, totalPss);
        QVERIFY(std::is_sorted(scan.mappings.begin(), scan.mappings.end(),
            [](const MappingUsage& a, const MappingUsage& b) { return a.pss > b.pss; }));
        QCOMPARE(source.smapsReads(), allPids(source).size());
    }

    void cancelledBeforeStartReadsNothing_data()
    {
        QTest::addColumn<unsigned>("threads");
        QTest::newRow("1 thread") << 1u;
        QTest::newRow("4 threads") << 4u;
    }
    void cancelledBeforeStartReadsNothing()
    {
        QFETCH(unsigned, threads);
        const GuardedSource source(kLive, {});
        const std::atomic<bool> cancel { true };
        std::atomic<int> progressCalls { 0 };
        MappingScanOptions options;
        options.threads = threads;
        options.cancel = &cancel;
        options.progress = [&](std::size_t, std::size_t) { ++progressCalls; };
        const MappingScan scan = scanMappings(source, allPids(source), options);
        QVERIFY(scan.cancelled);
        QCOMPARE(scan.scanned, std::size_t(0));
        QVERIFY(scan.mappings.empty());
        QCOMPARE(source.smapsReads(), std::size_t(0));
        QCOMPARE(progressCalls.load(), 0);
    }

    void cancelledMidwayStopsBetweenProcesses()
    {
        const GuardedSource source(kLive, {});
        std::atomic<bool> cancel { false };
        MappingScanOptions options;
        options.threads = 1;
        options.cancel = &cancel;
        options.progress = [&](std::size_t done, std::size_t) {
            if (done == 1)
                cancel = true;
        };
        const MappingScan scan = scanMappings(source, allPids(source), options);
        QVERIFY(scan.cancelled);
        QCOMPARE(scan.scanned, std::size_t(1));
        QCOMPARE(source.smapsReads(), std::size_t(1));
    }

    void progressCountsEveryProcess_data()
    {
        QTest::addColumn<unsigned>("threads");
        QTest::addColumn<int>("copies"); // the pid list repeated, to give the pool work to share
        QTest::newRow("1 thread") << 1u << 1;
        QTest::newRow("2 threads") << 2u << 20;
        QTest::newRow("one per core") << 0u << 20;
    }
    void progressCountsEveryProcess()
    {
        QFETCH(unsigned, threads);
        QFETCH(int, copies);
        const ProcRootSource source(kLive);
        std::vector<int> pids;
        for (int i = 0; i < copies; ++i)
            for (int pid : allPids(source))
                pids.push_back(pid);
        std::mutex mutex;
        std::vector<std::size_t> seen;
        std::set<std::size_t> totals;
        MappingScanOptions options;
        options.threads = threads;
        options.progress = [&](std::size_t done, std::size_t total) {
            std::lock_guard lock(mutex);
            seen.push_back(done);
            totals.insert(total);
        };
        const MappingScan scan = scanMappings(source, pids, options);
        QCOMPARE(seen.size(), pids.size());
        std::sort(seen.begin(), seen.end());
        for (std::size_t i = 0; i < seen.size(); ++i)
            QCOMPARE(seen[i], i + 1); // each count once: 1 .. total
        QCOMPARE(totals, std::set<std::size_t> { pids.size() });
        QCOMPARE(scan.scanned, pids.size());
        // The same process listed twice is counted twice, like any two processes.
        const MappingUsage* libc = findMapping(scan, "/usr/lib/x86_64-linux-gnu/libc.so.6", false);
        QVERIFY(libc);
        QCOMPARE(libc->pss, std::uint64_t(631) * std::uint64_t(copies));
    }

    void systemAreas_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<qulonglong>("realRam"); // 0: not given
        QTest::addColumn<qulonglong>("kernelImage"); // 0: not given
        QTest::addColumn<QList<qulonglong>>("used");
        QTest::addColumn<QList<qulonglong>>("cache");
        // live meminfo: MemTotal 24684084, MemFree 23162584, AnonPages 18264, Mapped 11064,
        // Buffers 16, Cached 1392508, SReclaimable 9372. smem -w -S gives the same figures.
        //   userspace = 18264 + 11064 = 29328, cache Mapped = 11064
        //   kernel dynamic = 24684084 - 23162584 - 29328 = 1492172
        //   its cache = 16 + 9372 + (1392508 - 11064) = 1390832
        const QString live = QString::fromStdString(kLive);
        const QList<qulonglong> liveCache { 0, 0, 1390832, 11064, 23162584 };
        QTest::newRow("live, as smem without -R")
            << live << 0ull << 0ull << QList<qulonglong> { 0, 0, 1492172, 29328, 23162584 } << liveCache;
        // smem -w -R 24G: firmware = 25165824 - 24684084 = 481740.
        QTest::newRow("live, 24 GiB real RAM")
            << live << 25165824ull << 0ull << QList<qulonglong> { 481740, 0, 1492172, 29328, 23162584 } << liveCache;
        // With the kernel image known it comes out of the firmware share: 481740 - 32472.
        QTest::newRow("live, 24 GiB and the image")
            << live << 25165824ull << 32472ull << QList<qulonglong> { 449268, 32472, 1492172, 29328, 23162584 }
            << liveCache;
        // Less real RAM than MemTotal plus image (a wrong setting) gives no negative firmware.
        QTest::newRow("live, real RAM too small")
            << live << 1024ull << 32472ull << QList<qulonglong> { 0, 32472, 1492172, 29328, 23162584 } << liveCache;
        // prometheus meminfo, smem -w -R 16G: firmware 16777216 - 15666184 = 1111032;
        // userspace 266216 + 44204; kernel 15666184 - 440324 - 310420 = 14915440;
        // its cache 1020128 + 1738124 + (12007640 - 44204) = 14721688.
        QTest::newRow("prometheus, 16 GiB") << QString::fromStdString(kPrometheus) << 16777216ull << 0ull
                                            << QList<qulonglong> { 1111032, 0, 14915440, 310420, 440324 }
                                            << QList<qulonglong> { 0, 0, 14721688, 44204, 440324 };
    }
    void systemAreas()
    {
        QFETCH(QString, root);
        QFETCH(qulonglong, realRam);
        QFETCH(qulonglong, kernelImage);
        QFETCH(QList<qulonglong>, used);
        QFETCH(QList<qulonglong>, cache);
        SystemAreaOptions options;
        if (realRam)
            options.realRamKiB = realRam;
        if (kernelImage)
            options.kernelImageKiB = kernelImage;
        auto areas = vmscope::systemAreas(memInfoOf(root.toStdString()), options);
        QVERIFY2(areas, areas ? "" : areas.error().message().c_str());
        QCOMPARE(areas->size(), std::size_t(5));
        const SystemAreaKind kinds[] = { SystemAreaKind::FirmwareHardware, SystemAreaKind::KernelImage,
            SystemAreaKind::KernelDynamic, SystemAreaKind::Userspace, SystemAreaKind::Free };
        const char* names[]
            = { "firmware/hardware", "kernel image", "kernel dynamic memory", "userspace memory", "free memory" };
        for (int i = 0; i < 5; ++i) {
            const SystemArea& a = (*areas)[std::size_t(i)];
            QCOMPARE(a.kind, kinds[i]);
            QCOMPARE(a.area, std::string(names[i]));
            QCOMPARE(a.used, used[i]);
            QCOMPARE(a.cache, cache[i]);
            QCOMPARE(a.noncache(), used[i] - cache[i]);
        }
    }

    void systemAreasNeedTheirKeys()
    {
        // The 4.x fixture has no AnonPages line: smem fails with a Python KeyError there.
        auto areas = vmscope::systemAreas(memInfoOf(test::procRoot(QStringLiteral("historic/4.x-meminfo"))));
        QVERIFY(!areas);
        QCOMPARE(areas.error().kind, ErrorKind::Malformed);
        QVERIFY2(areas.error().message().find("AnonPages") != std::string::npos, areas.error().message().c_str());
    }

    void memoryBlockSize_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qulonglong>("expected"); // 0: malformed
        QTest::newRow("128 MiB") << QByteArray("8000000\n") << 134217728ull;
        QTest::newRow("2 GiB, no newline") << QByteArray("80000000") << 2147483648ull;
        QTest::newRow("empty") << QByteArray("") << 0ull;
        QTest::newRow("not hex") << QByteArray("12g\n") << 0ull;
        QTest::newRow("zero") << QByteArray("0\n") << 0ull;
    }
    void memoryBlockSize()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qulonglong, expected);
        auto size = parse::parseMemoryBlockSize(std::string_view(bytes.constData(), std::size_t(bytes.size())), "bs");
        if (!expected) {
            QVERIFY(!size);
            QCOMPARE(size.error().kind, ErrorKind::Malformed);
            QCOMPARE(size.error().file, std::string("bs"));
            return;
        }
        QVERIFY(size);
        QCOMPARE(*size, expected);
    }

    void kernelImage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qulonglong>("expected"); // 0: unknown
        // The captured root view: code 0x120bb08 + rodata 0xa0a000 + data 0x27c140 + bss 0x124000.
        QTest::newRow("root") << QByteArray::fromStdString(
            test::fixtureBytes(QStringLiteral("physical-memory/proc/iomem")))
                              << true << 33250376ull;
        // What a user without CAP_SYS_ADMIN reads from the same kernel.
        QTest::newRow("not root") << QByteArray::fromStdString(
            test::fixtureBytes(QStringLiteral("physical-memory/proc-unprivileged/iomem")))
                                  << true << 0ull;
        QTest::newRow("no image ranges") << QByteArray("00000000-00000fff : Reserved\n") << true << 0ull;
        QTest::newRow("empty") << QByteArray() << true << 0ull;
        QTest::newRow("bad range") << QByteArray("  0100000x-0220bb07 : Kernel code\n") << false << 0ull;
        QTest::newRow("end before start") << QByteArray("  02000000-01000000 : Kernel code\n") << false << 0ull;
    }
    void kernelImage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QFETCH(qulonglong, expected);
        auto image
            = parse::parseKernelImageBytes(std::string_view(bytes.constData(), std::size_t(bytes.size())), "iomem");
        QCOMPARE(image.ok(), ok);
        if (!ok) {
            QCOMPARE(image.error().kind, ErrorKind::Malformed);
            QCOMPARE(image.error().line, std::size_t(1));
            return;
        }
        QCOMPARE(image->value_or(0), expected);
    }

    // Seen while writing fuzz_physical_memory's oracle, which catches both: the kB of a kernel
    // image within 1 KiB of 2^64 bytes came out one short (1023 added before dividing saturated
    // first), and an image that had already saturated ("overflow") became 2^54 - 1 kB, a figure
    // that no longer says it overflowed.
    void kernelImageNeverWraps_data()
    {
        QTest::addColumn<QByteArray>("iomem");
        QTest::addColumn<qulonglong>("kib");
        QTest::newRow("the captured image, rounded up")
            << QByteArray::fromStdString(test::fixtureBytes(QStringLiteral("physical-memory/proc/iomem"))) << 32472ull;
        QTest::newRow("2^64 - 512 bytes: 2^54 kB")
            << QByteArray("0000000000000000-fffffffffffffdff : Kernel code\n") << 18014398509481984ull;
        QTest::newRow("2^64 - 1024 bytes: exact")
            << QByteArray("0000000000000000-fffffffffffffbff : Kernel code\n") << 18014398509481983ull;
        QTest::newRow("saturated stays saturated") << QByteArray("0000000000000000-ffffffffffffffff : Kernel code\n"
                                                                 "00001000-00001fff : Kernel data\n")
                                                   << qulonglong(kSaturated);
    }
    void kernelImageNeverWraps()
    {
        QFETCH(QByteArray, iomem);
        QFETCH(qulonglong, kib);
        QTemporaryDir proc;
        QVERIFY(proc.isValid());
        QFile file(proc.filePath(QStringLiteral("iomem")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(iomem) == iomem.size());
        file.close();
        const auto image = readKernelImageKiB(ProcRootSource(proc.path().toStdString()));
        QVERIFY2(image, image ? "" : image.error().message().c_str());
        QCOMPARE(image->value_or(0), std::uint64_t(kib));
    }

    // Real RAM is block size x blocks in kB. The block size was cut to whole kB before the
    // product, so an odd size lost up to 1 kB per block (fuzz_physical_memory).
    void installedMemoryIsExact_data()
    {
        QTest::addColumn<qulonglong>("blockBytes");
        QTest::addColumn<qulonglong>("blocks");
        QTest::addColumn<qulonglong>("kib");
        QTest::newRow("128 MiB x 192") << 134217728ull << 192ull << 25165824ull;
        QTest::newRow("2047 B x 4: 7 kB, not 4") << 2047ull << 4ull << 7ull;
        QTest::newRow("14 B x 2567: 35 kB, not 0") << 14ull << 2567ull << 35ull;
        QTest::newRow("2^63 B x 2048: overflow") << 9223372036854775808ull << 2048ull << qulonglong(kSaturated);
        QTest::newRow("2^63 B x 2: 2^54 kB") << 9223372036854775808ull << 2ull << 18014398509481984ull;
    }
    void installedMemoryIsExact()
    {
        QFETCH(qulonglong, blockBytes);
        QFETCH(qulonglong, blocks);
        QFETCH(qulonglong, kib);
        InstalledMemory installed;
        installed.blockBytes = blockBytes;
        installed.blocks = std::size_t(blocks);
        QCOMPARE(installed.kib(), std::uint64_t(kib));
    }

    void installedMemoryFromSysfs()
    {
        // Four blocks of 128 MiB, one of them offline, and a file that is not a block.
        auto installed = readInstalledMemory(ProcRootSource(kPhysical + "/sys"));
        QVERIFY2(installed, installed ? "" : installed.error().message().c_str());
        QCOMPARE(installed->blockBytes, 134217728u);
        QCOMPARE(installed->blocks, std::size_t(4));
        QCOMPARE(installed->offlineBlocks, std::size_t(1));
        QCOMPARE(installed->kib(), 4u * 131072u);

        auto missing = readInstalledMemory(ProcRootSource(kLive));
        QVERIFY(!missing);
        QVERIFY(missing.error().isMissingFile());
    }

    void detectedOptions()
    {
        const ProcRootSource proc(kPhysical + "/proc");
        const ProcRootSource sys(kPhysical + "/sys");
        SystemAreaSetup setup = detectSystemAreaOptions(proc, &sys);
        QCOMPARE(setup.options.realRamKiB, std::optional<std::uint64_t>(4 * 131072));
        QCOMPARE(setup.options.kernelImageKiB, std::optional<std::uint64_t>(32472)); // 33250376 B, rounded up
        QVERIFY2(
            setup.realRamOrigin.find("4 memory blocks of 128 MiB") != std::string::npos, setup.realRamOrigin.c_str());
        QVERIFY2(setup.realRamOrigin.find("1 offline") != std::string::npos, setup.realRamOrigin.c_str());
        QVERIFY2(setup.kernelImageOrigin.find("iomem") != std::string::npos, setup.kernelImageOrigin.c_str());

        // Unprivileged iomem, no /sys: both unknown, and said so.
        const ProcRootSource hidden(kPhysical + "/proc-unprivileged");
        setup = detectSystemAreaOptions(hidden, nullptr);
        QCOMPARE(setup.options.realRamKiB, std::optional<std::uint64_t>());
        QCOMPARE(setup.options.kernelImageKiB, std::optional<std::uint64_t>());
        QVERIFY2(setup.realRamOrigin.find("MemTotal used") != std::string::npos, setup.realRamOrigin.c_str());
        QVERIFY2(setup.kernelImageOrigin.find("root only") != std::string::npos, setup.kernelImageOrigin.c_str());

        // What the user gives wins over what is found.
        SystemAreaOptions given;
        given.realRamKiB = 1234;
        given.kernelImageKiB = 56;
        setup = detectSystemAreaOptions(proc, &sys, given);
        QCOMPARE(setup.options.realRamKiB, std::optional<std::uint64_t>(1234));
        QCOMPARE(setup.options.kernelImageKiB, std::optional<std::uint64_t>(56));
        QCOMPARE(setup.realRamOrigin, std::string("given"));
    }

    void sizeParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("kib"); // -1: not a size
        QTest::newRow("bare kB") << "25165824" << 25165824ll;
        QTest::newRow("24G") << "24G" << 25165824ll;
        QTest::newRow("24 GiB") << "24 GiB" << 25165824ll;
        QTest::newRow("1.5g") << "1.5g" << 1572864ll;
        QTest::newRow("1536M") << "1536M" << 1572864ll;
        QTest::newRow("512k") << "512k" << 512ll;
        QTest::newRow("1T") << "1T" << 1073741824ll;
        QTest::newRow("empty") << "" << -1ll;
        QTest::newRow("unit only") << "G" << -1ll;
        QTest::newRow("unknown unit") << "24X" << -1ll;
        QTest::newRow("negative") << "-1G" << -1ll;
        QTest::newRow("absurd") << "99999999999T" << -1ll;
    }
    void sizeParsing()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, kib);
        const auto parsed = parseSizeKiB(text.toStdString());
        if (kib < 0)
            QCOMPARE(parsed, std::optional<std::uint64_t>());
        else
            QCOMPARE(parsed, std::optional<std::uint64_t>(std::uint64_t(kib)));
    }
};

QTEST_GUILESS_MAIN(TestSystemUsage)
#include "tst_systemusage.moc"
