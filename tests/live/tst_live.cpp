// Reads a child with a known memory layout (tests/helpers/layout_child.cpp) from the live
// /proc through vmscope's core, and checks the figures against what the layout guarantees
// and against the kernel's own totals (status, smaps_rollup) read independently here.
//
// Boost.Process first: Qt's `signals`/`emit` macros must not reach Boost's headers.
#include <boost/process.hpp>

#include "core/Result.h"
#include "core/analysis/Aggregator.h"
#include "core/io/ProcRootSource.h"
#include "core/model/Vma.h"
#include "core/read/OomRanking.h"
#include "core/read/ProcessReader.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <fstream>
#include <grp.h>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace vmscope;
namespace bp = boost::process;

namespace {

struct Region {
    std::uint64_t start = 0;
    std::uint64_t end = 0;
};

std::uint64_t pageKiB()
{
    return static_cast<std::uint64_t>(::getpagesize()) / 1024;
}

// A running vmscope_layout_child: its region lines, and the pids of what it forked.
class LayoutChild {
public:
    explicit LayoutChild(const std::vector<std::string>& args)
        : m_process(VMSCOPE_LAYOUT_CHILD, bp::args(args), bp::std_out > m_out, bp::std_in < m_in)
    {
        std::string line;
        while (std::getline(m_out, line)) {
            if (line == "READY") {
                m_ready = true;
                break;
            }
            m_lines.push_back(line);
            std::istringstream fields(line);
            std::string name;
            fields >> name;
            if (name == "FORKED_CHILD" || name == "COW_CHILD") {
                fields >> m_forked;
            } else if (name == "SKIP") {
                std::string what;
                int error = 0;
                fields >> what >> error;
                m_skipped[what] = error;
            } else {
                Region r;
                fields >> std::hex >> r.start >> r.end;
                m_regions[name] = r;
            }
        }
    }
    ~LayoutChild() { stop(); }
    LayoutChild(const LayoutChild&) = delete;
    LayoutChild& operator=(const LayoutChild&) = delete;

    bool ready() const { return m_ready; }
    QByteArray transcript() const
    {
        QByteArray all;
        for (const std::string& l : m_lines)
            all += QByteArray::fromStdString(l) + '\n';
        return all;
    }
    int pid() const { return m_process.id(); }
    int forkedPid() const { return m_forked; }
    std::optional<Region> region(const std::string& name) const
    {
        const auto it = m_regions.find(name);
        return it == m_regions.end() ? std::nullopt : std::optional<Region>(it->second);
    }
    std::optional<int> skipped(const std::string& what) const
    {
        const auto it = m_skipped.find(what);
        return it == m_skipped.end() ? std::nullopt : std::optional<int>(it->second);
    }
    bp::child& process() { return m_process; }

    // EOF on stdin ends the child and its forked children; the forked ones were re-parented
    // to this test (a subreaper) and are reaped here, so no zombie outlives the test.
    void stop()
    {
        if (m_stopped)
            return;
        m_stopped = true;
        m_in.flush();
        m_in.pipe().close(); // opstream::close() in Boost 1.74 only flushes: the fd stayed open
        // Polled: Boost 1.74's wait_for() waits on SIGCHLD with sigtimedwait and can miss it.
        std::error_code ec;
        for (int i = 0; i < 1000 && m_process.valid() && m_process.running(ec); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (m_process.valid() && m_process.running(ec))
            m_process.terminate(ec);
        if (m_forked > 0)
            reap(m_forked);
    }

    static void reap(int pid)
    {
        for (int i = 0; i < 1000; ++i) {
            const pid_t r = ::waitpid(pid, nullptr, WNOHANG);
            if (r == pid || (r < 0 && errno == ECHILD))
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
    }

private:
    bp::ipstream m_out;
    bp::opstream m_in;
    bp::child m_process;
    std::vector<std::string> m_lines;
    std::map<std::string, Region> m_regions;
    std::map<std::string, int> m_skipped;
    int m_forked = 0;
    bool m_ready = false;
    bool m_stopped = false;
};

const Vma* vmaContaining(const MemoryMap& map, std::uint64_t address)
{
    for (const Vma& v : map.vmas)
        if (v.start <= address && address < v.end)
            return &v;
    return nullptr;
}

const Vma* vmaBelow(const MemoryMap& map, const Vma& vma)
{
    for (const Vma& v : map.vmas)
        if (v.end == vma.start)
            return &v;
    return nullptr;
}

// The kernel's own Vm*/Rss* lines of /proc/PID/status, parsed here rather than by the core so
// the comparison does not check the core against itself.
std::map<std::string, std::uint64_t> kernelStatus(int pid)
{
    std::map<std::string, std::uint64_t> values;
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const int colon = line.indexOf(':');
        if (colon < 0 || !line.endsWith(" kB"))
            continue;
        bool ok = false;
        const std::uint64_t kib = line.mid(colon + 1).chopped(3).trimmed().toULongLong(&ok);
        if (ok)
            values[line.left(colon).toStdString()] = kib;
    }
    return values;
}

std::vector<std::string> toStd(const QStringList& list)
{
    std::vector<std::string> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

MemoryMap readSmapsOrFail(int pid, bool& ok)
{
    auto map = readMemoryMap(ProcRootSource("/proc"), pid, MapDetail::Smaps);
    ok = map.ok();
    if (!ok) {
        qWarning("reading smaps of %d: %s", pid, map.error().message().c_str());
        return {};
    }
    return std::move(*map);
}

} // namespace

class TestLive : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string dir() const { return m_dir.path().toStdString(); }

    // The argument lists that name a scratch directory get ours.
    std::vector<std::string> withDir(const QStringList& flags) const
    {
        std::vector<std::string> args = toStd(flags);
        for (std::string& a : args)
            if (a == "@DIR")
                a = dir();
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(VMSCOPE_LAYOUT_CHILD)), VMSCOPE_LAYOUT_CHILD);
        QVERIFY(m_dir.isValid());
        if (!QFile::exists(QStringLiteral("/proc/self/smaps")))
            QSKIP("no /proc/PID/smaps on this system (CONFIG_PROC_PAGE_MONITOR off?)");
        // Forked grandchildren are re-parented to us when the layout child exits: reap them.
        QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    }

    // --touched M N: Size is the reservation, Rss only the written pages (demand paging).
    void touchedRegion_data()
    {
        QTest::addColumn<int>("mapped");
        QTest::addColumn<int>("written");
        QTest::newRow("64 pages, 20 written") << 64 << 20;
        QTest::newRow("16 pages, none written") << 16 << 0;
        QTest::newRow("1 page, written") << 1 << 1;
        QTest::newRow("1024 pages, all written") << 1024 << 1024;
    }
    void touchedRegion()
    {
        QFETCH(int, mapped);
        QFETCH(int, written);
        LayoutChild child({ "--touched", std::to_string(mapped), std::to_string(written) });
        QVERIFY2(child.ready(), child.transcript().constData());
        const auto region = child.region("touched");
        QVERIFY(region);
        bool ok = false;
        const MemoryMap map = readSmapsOrFail(child.pid(), ok);
        QVERIFY(ok);
        const Vma* v = vmaContaining(map, region->start);
        QVERIFY(v);
        QCOMPARE(v->start, region->start);
        QCOMPARE(v->end, region->end);
        const std::uint64_t m = static_cast<std::uint64_t>(mapped) * pageKiB();
        const std::uint64_t n = static_cast<std::uint64_t>(written) * pageKiB();
        QCOMPARE(v->fields.get(SmapsKey::Size), m);
        QCOMPARE(v->fields.get(SmapsKey::Rss), n);
        QCOMPARE(v->fields.get(SmapsKey::Pss), n);
        QCOMPARE(v->fields.get(SmapsKey::Private_Dirty), n);
        QCOMPARE(v->fields.get(SmapsKey::Anonymous), n);
        QCOMPARE(v->fields.get(SmapsKey::Shared_Dirty), std::uint64_t(0));
        QCOMPARE(v->fields.uss(), n);
        QCOMPARE(regionKindName(v->kind), std::string_view("anon"));
        QVERIFY(v->flags.has("nh"));
        QVERIFY(v->flags.has("dc"));
    }

    // The score vmscope explains is the score the kernel computes: a child holding 64 MiB with
    // oom_score_adj raised to 1000 (raising needs no privilege) is recomputed exactly from its
    // status, and ranks first unless another process also asked to die first.
    void oomScoreAgainstKernel()
    {
        const int pages = 64 * 1024 / static_cast<int>(pageKiB());
        LayoutChild child({ "--touched", std::to_string(pages), std::to_string(pages) });
        QVERIFY2(child.ready(), child.transcript().constData());
        const std::string adjPath = "/proc/" + std::to_string(child.pid()) + "/oom_score_adj";
        {
            std::ofstream adj(adjPath);
            adj << "1000\n";
            adj.close();
            QVERIFY2(adj.good(), "raising oom_score_adj of our own child must be allowed");
        }
        const OomRanking ranking = readOomRanking(ProcRootSource("/proc"));
        QVERIFY(ranking.totalPages > 0);
        const auto it = std::find_if(ranking.candidates.begin(), ranking.candidates.end(),
            [&](const OomCandidate& c) { return c.pid == child.pid(); });
        QVERIFY(it != ranking.candidates.end());
        QCOMPARE(it->oomScoreAdj, 1000);
        QVERIFY(it->rssKiB >= 64 * 1024);
        QVERIFY(it->oomScore);
        if (ranking.scale == OomScoreScale::Heuristic)
            QSKIP("kernel older than 2.6.36: its oom_score cannot be recomputed");
        QCOMPARE(it->expectedScore, it->oomScore);
        const bool othersAskedToo = std::any_of(ranking.candidates.begin(), ranking.candidates.end(),
            [&](const OomCandidate& c) { return c.pid != child.pid() && c.oomScoreAdj == 1000; });
        if (othersAskedToo)
            QSKIP("another process has oom_score_adj 1000 too: which one is first depends on its size");
        QVERIFY(ranking.firstVictim());
        QCOMPARE(ranking.candidates[*ranking.firstVictim()].pid, child.pid());
    }

    // --shared-fork K: both processes map all K shmem pages, so each one's Pss is Rss/2.
    void sharedFork()
    {
        const int pages = 32;
        LayoutChild child({ "--shared-fork", std::to_string(pages) });
        QVERIFY2(child.ready(), child.transcript().constData());
        const auto region = child.region("shared_fork");
        QVERIFY(region);
        QVERIFY(child.forkedPid() > 0);
        std::uint64_t pssSum = 0;
        for (int pid : { child.pid(), child.forkedPid() }) {
            bool ok = false;
            const MemoryMap map = readSmapsOrFail(pid, ok);
            QVERIFY(ok);
            const Vma* v = vmaContaining(map, region->start);
            QVERIFY(v);
            QCOMPARE(v->start, region->start);
            QCOMPARE(v->end, region->end);
            const std::uint64_t rss = v->fields.get(SmapsKey::Rss);
            const std::uint64_t pss = v->fields.get(SmapsKey::Pss);
            QCOMPARE(rss, pages * pageKiB());
            QVERIFY2(pss * 2 + 2 >= rss && pss * 2 <= rss + 2,
                qPrintable(QStringLiteral("pid %1: Pss %2 kB, Rss %3 kB").arg(pid).arg(pss).arg(rss)));
            QCOMPARE(v->fields.get(SmapsKey::Shared_Dirty) + v->fields.get(SmapsKey::Shared_Clean), rss);
            QCOMPARE(v->fields.uss(), std::uint64_t(0));
            QCOMPARE(regionKindName(v->kind), std::string_view("shared_anon"));
            QCOMPARE(v->path, std::string("/dev/zero"));
            QVERIFY(v->deleted);
            pssSum += pss;
        }
        // PSS adds up to the memory actually used: K pages, whoever maps them.
        QVERIFY(pssSum + 1 >= pages * pageKiB() && pssSum <= pages * pageKiB());
    }

    // --cow-fork K (teaching scenario 8): after fork every page is shared; the child's write
    // to the first half copies those pages, which become private in both processes.
    void cowFork()
    {
        const int pages = 32;
        LayoutChild child({ "--cow-fork", std::to_string(pages) });
        QVERIFY2(child.ready(), child.transcript().constData());
        const auto region = child.region("cow_fork");
        QVERIFY(region);
        QVERIFY(child.forkedPid() > 0);
        const std::uint64_t half = pages / 2 * pageKiB();
        std::uint64_t pssSum = 0;
        for (int pid : { child.forkedPid(), child.pid() }) {
            bool ok = false;
            const MemoryMap map = readSmapsOrFail(pid, ok);
            QVERIFY(ok);
            const Vma* v = vmaContaining(map, region->start);
            QVERIFY(v);
            QCOMPARE(v->start, region->start);
            QCOMPARE(v->end, region->end);
            const QByteArray who = pid == child.pid() ? "parent" : "forked child";
            QVERIFY2(v->fields.get(SmapsKey::Rss) == 2 * half, who.constData());
            QVERIFY2(v->fields.get(SmapsKey::Private_Dirty) == half, who.constData());
            QVERIFY2(v->fields.get(SmapsKey::Shared_Dirty) == half, who.constData());
            QCOMPARE(v->fields.get(SmapsKey::Pss), half + half / 2);
            QCOMPARE(regionKindName(v->kind), std::string_view("anon"));
            pssSum += v->fields.get(SmapsKey::Pss);
        }
        // Physical pages: K originals, plus K/2 copies made by the child's writes.
        QCOMPARE(pssSum, 3 * half);
    }

    // Paths as the kernel prints them, decoded: spaces kept, " (deleted)" a flag, \012 a newline.
    void paths_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("path"); // @DIR is the scratch directory
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<QString>("kind");
        QTest::newRow("spaces") << QStringList { "--file-with-spaces", "@DIR" } << "file_with_spaces"
                                << "@DIR/file with spaces.bin" << false << "file_shared";
        QTest::newRow("deleted") << QStringList { "--deleted-file", "@DIR" } << "deleted_file"
                                 << "@DIR/deleted.bin" << true << "file_shared";
        QTest::newRow("newline") << QStringList { "--newline-file", "@DIR" } << "newline_file"
                                 << "@DIR/a\nb.bin" << false << "file_shared";
        QTest::newRow("memfd") << QStringList { "--memfd" } << "memfd"
                               << "/memfd:vmscope-memfd" << true << "memfd";
        QTest::newRow("sysv shm") << QStringList { "--sysv-shm" } << "sysv_shm"
                                  << "/SYSV00000000" << true << "shm_sysv";
        QTest::newRow("shared anonymous") << QStringList { "--shared-fork", "2" } << "shared_fork"
                                          << "/dev/zero" << true << "shared_anon";
    }
    void paths()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, region);
        QFETCH(QString, path);
        QFETCH(bool, deleted);
        QFETCH(QString, kind);
        LayoutChild child(withDir(flags));
        QVERIFY2(child.ready(), child.transcript().constData());
        const auto r = child.region(region.toStdString());
        QVERIFY(r);
        for (MapDetail detail : { MapDetail::Maps, MapDetail::Smaps }) {
            auto map = readMemoryMap(ProcRootSource("/proc"), child.pid(), detail);
            QVERIFY2(map.ok(), map.ok() ? "" : map.error().message().c_str());
            const Vma* v = vmaContaining(*map, r->start);
            QVERIFY(v);
            QCOMPARE(v->start, r->start);
            QCOMPARE(v->end, r->end);
            QCOMPARE(QString::fromStdString(v->path), QString(path).replace(QStringLiteral("@DIR"), m_dir.path()));
            QCOMPARE(v->deleted, deleted);
            QCOMPARE(QString::fromUtf8(regionKindName(v->kind)), kind);
            if (detail == MapDetail::Smaps)
                QCOMPARE(v->fields.get(SmapsKey::Rss), (r->end - r->start) / 1024); // all touched
        }
    }

    // What a person calls each region, for the regions the child names.
    void kinds_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("lastByte"); // look up the region's last byte instead of its first
        QTest::addColumn<QString>("kind");
        QTest::newRow("own text") << QStringList {} << "text" << false << "text";
        QTest::newRow("own rodata") << QStringList {} << "rodata" << false << "rodata";
        QTest::newRow("own data") << QStringList {} << "data" << false << "data";
        QTest::newRow("own bss") << QStringList {} << "bss" << true << "bss";
        QTest::newRow("main stack") << QStringList {} << "main_stack" << false << "stack";
        QTest::newRow("small malloc") << QStringList { "--big-malloc" } << "small_malloc" << false << "heap";
        QTest::newRow("40 MiB malloc") << QStringList { "--big-malloc" } << "big_malloc" << false << "anon";
        QTest::newRow("thread stack") << QStringList { "--thread" } << "thread_stack" << true << "thread_stack";
        QTest::newRow("thread stack, with malloc")
            << QStringList { "--thread", "--big-malloc" } << "thread_stack" << true << "thread_stack";
        QTest::newRow("shared anonymous")
            << QStringList { "--shared-fork", "4" } << "shared_fork" << false << "shared_anon";
        QTest::newRow("memfd") << QStringList { "--memfd" } << "memfd" << false << "memfd";
        QTest::newRow("sysv shm") << QStringList { "--sysv-shm" } << "sysv_shm" << false << "shm_sysv";
        QTest::newRow("named anonymous") << QStringList { "--named-anon", "vmscope test" } << "named_anon" << false
                                         << "anon_named";
        QTest::newRow("file shared") << QStringList { "--file-with-spaces", "@DIR" } << "file_with_spaces" << false
                                     << "file_shared";
        QTest::newRow("touched") << QStringList { "--touched", "8", "1" } << "touched" << false << "anon";
    }
    void kinds()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, region);
        QFETCH(bool, lastByte);
        QFETCH(QString, kind);
        LayoutChild child(withDir(flags));
        QVERIFY2(child.ready(), child.transcript().constData());
        if (region == QLatin1String("named_anon") && child.skipped("named-anon"))
            QSKIP(qPrintable(QStringLiteral("prctl(PR_SET_VMA_ANON_NAME) failed with errno %1: "
                                            "kernel without CONFIG_ANON_VMA_NAME (or older than 5.17)")
                                 .arg(*child.skipped("named-anon"))));
        const auto r = child.region(region.toStdString());
        QVERIFY2(r, child.transcript().constData());
        bool ok = false;
        const MemoryMap map = readSmapsOrFail(child.pid(), ok);
        QVERIFY(ok);
        const Vma* v = vmaContaining(map, lastByte ? r->end - 1 : r->start);
        QVERIFY(v);
        QCOMPARE(QString::fromUtf8(regionKindName(v->kind)), kind);
        if (kind == QLatin1String("thread_stack")) {
            // glibc puts the guard page right below the stack (default guardsize: one page).
            const Vma* guard = vmaBelow(map, *v);
            QVERIFY(guard);
            QCOMPARE(QString::fromUtf8(regionKindName(guard->kind)), QStringLiteral("guard"));
            QCOMPARE(v->start, r->start);
        }
        if (kind == QLatin1String("anon_named"))
            QCOMPARE(v->path, std::string("[anon:vmscope test]"));
        if (region == QLatin1String("big_malloc")) {
            QVERIFY(v->fields.get(SmapsKey::Size) >= 40 * 1024);
            QVERIFY(v->fields.get(SmapsKey::Rss) >= 1024); // 1 MiB touched
            QVERIFY(v->fields.get(SmapsKey::Rss) < 40 * 1024); // the rest never touched
        }
    }

    // The executable's own file maps as text, rodata and data, and its bss follows the data.
    void executableSegments()
    {
        LayoutChild child({});
        QVERIFY2(child.ready(), child.transcript().constData());
        bool ok = false;
        const MemoryMap map = readSmapsOrFail(child.pid(), ok);
        QVERIFY(ok);
        const std::string exe = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(child.pid())).toStdString();
        std::map<std::string, int> kinds;
        const Vma* lastOfExe = nullptr;
        for (const Vma& v : map.vmas)
            if (v.path == exe) {
                ++kinds[std::string(regionKindName(v.kind))];
                lastOfExe = &v;
            }
        QVERIFY2(!kinds.empty(), exe.c_str());
        QCOMPARE(kinds.count("text"), std::size_t(1));
        QVERIFY(kinds.count("rodata") == 1);
        QVERIFY(kinds.count("data") == 1);
        QCOMPARE(kinds.size(), std::size_t(3)); // nothing else: no guard, no file_private
        QVERIFY(lastOfExe);
        const Vma* bss = nullptr;
        for (const Vma& v : map.vmas)
            if (v.start == lastOfExe->end)
                bss = &v;
        QVERIFY(bss);
        QCOMPARE(regionKindName(bss->kind), std::string_view("bss"));
    }

    // (b) The kernel's own figures: Σ per-VMA Rss against status, and the smaps_rollup summary
    // against summed smaps.
    void totalsAgainstKernel_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<bool>("forked"); // check the forked child instead of the parent
        const QStringList zoo { "--touched", "64", "20", "--thread", "--big-malloc", "--memfd", "--sysv-shm",
            "--file-with-spaces", "@DIR", "--deleted-file", "@DIR", "--newline-file", "@DIR", "--named-anon", "zoo" };
        QTest::newRow("plain") << QStringList {} << false;
        QTest::newRow("touched") << QStringList { "--touched", "64", "20" } << false;
        QTest::newRow("zoo") << zoo << false;
        QTest::newRow("zoo + shared fork, parent") << (zoo + QStringList { "--shared-fork", "32" }) << false;
        QTest::newRow("zoo + shared fork, child") << (zoo + QStringList { "--shared-fork", "32" }) << true;
        QTest::newRow("cow fork, parent") << QStringList { "--cow-fork", "32" } << false;
        QTest::newRow("cow fork, child") << QStringList { "--cow-fork", "32" } << true;
    }
    void totalsAgainstKernel()
    {
        QFETCH(QStringList, flags);
        QFETCH(bool, forked);
        LayoutChild child(withDir(flags));
        QVERIFY2(child.ready(), child.transcript().constData());
        const int pid = forked ? child.forkedPid() : child.pid();
        QVERIFY(pid > 0);
        const ProcRootSource proc("/proc");

        // The child is idle, but PSS and the private/shared split of library pages change
        // whenever another process maps or unmaps the same libraries (a build running next
        // to the tests, or the tests beside it starting copies of a program): take the figures
        // only when smaps read before and after agree, and the rollup read between them with
        // them. A burst of process starts passes: the attempts wait a little longer each time.
        Totals before, after;
        std::optional<ProcessSummary> summary;
        std::map<std::string, std::uint64_t> status;
        bool stable = false;
        for (int attempt = 0; attempt < 30 && !stable; ++attempt) {
            if (attempt > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(10 * attempt));
            auto first = readMemoryMap(proc, pid, MapDetail::Smaps);
            QVERIFY2(first.ok(), first.ok() ? "" : first.error().message().c_str());
            status = kernelStatus(pid);
            auto s = readProcessSummary(proc, pid);
            QVERIFY2(s.ok(), s.ok() ? "" : s.error().message().c_str());
            auto second = readMemoryMap(proc, pid, MapDetail::Smaps);
            QVERIFY(second.ok());
            before = sumAll(first->vmas);
            after = sumAll(second->vmas);
            summary = *s;
            stable = before.rss() == after.rss() && before.pss() == after.pss() && before.uss() == after.uss()
                && first->vmas.size() == second->vmas.size() && s->totals.pss() >= before.pss()
                && s->totals.pss() <= before.pss() + before.vmaCount;
        }
        QVERIFY2(stable, "in 30 attempts smaps kept changing between reads, or smaps_rollup never agreed with it");
        const Totals& smaps = before;

        // status: VmRSS = RssAnon + RssFile + RssShmem (proc.rst), and it is what smaps sums to.
        QVERIFY(
            status.count("VmRSS") && status.count("RssAnon") && status.count("RssFile") && status.count("RssShmem"));
        QCOMPARE(status["VmRSS"], status["RssAnon"] + status["RssFile"] + status["RssShmem"]);
        QCOMPARE(smaps.rss(), status["VmRSS"]);
        QCOMPARE(smaps.fields.get(SmapsKey::Anonymous), status["RssAnon"]);
        // VmSize counts every VMA but the [vsyscall] gate page, which is no VMA of the process.
        std::uint64_t vsyscall = 0;
        {
            auto map = readMemoryMap(proc, pid, MapDetail::Maps);
            QVERIFY(map.ok());
            for (const Vma& v : map->vmas)
                if (v.kind == RegionKind::Vsyscall)
                    vsyscall += v.size() / 1024;
        }
        QCOMPARE(smaps.size(), status["VmSize"] + vsyscall);

        // smaps_rollup vs summed smaps: Rss and USS are sums of whole pages, exact; the kernel
        // truncates each VMA's Pss to kB but sums the rollup before truncating (domain.md).
        QVERIFY(summary->fromRollup);
        QCOMPARE(summary->totals.rss(), smaps.rss());
        QCOMPARE(summary->totals.uss(), smaps.uss());
        QCOMPARE(summary->totals.swap(), smaps.swap());
        QCOMPARE(summary->totals.fields.get(SmapsKey::Anonymous), smaps.fields.get(SmapsKey::Anonymous));
        QCOMPARE(summary->totals.size(), status["VmSize"]);
        QVERIFY(summary->vmaCount);
        QCOMPARE(*summary->vmaCount, smaps.vmaCount);
        const std::uint64_t rollupPss = summary->totals.pss();
        QVERIFY2(rollupPss >= smaps.pss() && rollupPss <= smaps.pss() + smaps.vmaCount,
            qPrintable(QStringLiteral("rollup Pss %1 kB, Σ smaps Pss %2 kB over %3 VMAs")
                           .arg(rollupPss)
                           .arg(smaps.pss())
                           .arg(smaps.vmaCount)));
    }

    // A process that is gone gives NoSuchProcess, whether it was reaped or is a zombie (it
    // exited; its parent just has not collected the status yet).
    void exitedProcess_data()
    {
        QTest::addColumn<bool>("reaped");
        QTest::newRow("reaped") << true;
        QTest::newRow("zombie") << false;
    }
    void exitedProcess()
    {
        QFETCH(bool, reaped);
        LayoutChild child({ "--touched", "4", "4" });
        QVERIFY2(child.ready(), child.transcript().constData());
        const int pid = child.pid();
        const ProcRootSource proc("/proc");
        QVERIFY(readMemoryMap(proc, pid, MapDetail::Smaps).ok());
        if (reaped) {
            QCOMPARE(::kill(pid, SIGKILL), 0);
            int status = 0;
            QCOMPARE(::waitpid(pid, &status, 0), pid);
            QVERIFY(WIFSIGNALED(status));
        } else {
            QCOMPARE(::kill(pid, SIGKILL), 0);
            // Wait until the kernel shows it as a zombie; Boost has not reaped it.
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
                    if (!stat.open(QIODevice::ReadOnly))
                        return false;
                    const QByteArray text = stat.readAll();
                    return text.mid(text.lastIndexOf(')') + 2, 1) == "Z";
                }(),
                5000);
        }
        for (MapDetail detail : { MapDetail::Maps, MapDetail::Smaps }) {
            auto map = readMemoryMap(proc, pid, detail);
            if (map.ok())
                QFAIL(qPrintable(QStringLiteral("read succeeded with %1 VMAs").arg(map->vmas.size())));
            QCOMPARE(int(map.error().kind), int(ErrorKind::NoSuchProcess));
        }
        auto summary = readProcessSummary(proc, pid);
        QVERIFY(!summary.ok());
        QCOMPARE(int(summary.error().kind), int(ErrorKind::NoSuchProcess));
        if (!reaped)
            ::waitpid(pid, nullptr, 0);
    }

    // Killed while being read, over and over: every read either sees the whole layout or
    // says NoSuchProcess; never a malformed file, an I/O error or an empty address space.
    void exitWhileReading()
    {
        for (int round = 0; round < 5; ++round) {
            LayoutChild child({ "--touched", "256", "256", "--thread" });
            QVERIFY2(child.ready(), child.transcript().constData());
            const int pid = child.pid();
            std::atomic<bool> killed = false;
            // jthread: joined on every way out, including a failed QVERIFY's early return.
            std::jthread killer([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(5 + 7 * round));
                ::kill(pid, SIGKILL);
                killed = true;
            });
            const ProcRootSource proc("/proc");
            int reads = 0;
            bool gone = false;
            for (; reads < 100000 && !gone; ++reads) {
                auto map = readMemoryMap(proc, pid, MapDetail::Smaps);
                if (map.ok()) {
                    QVERIFY2(!map->vmas.empty(),
                        qPrintable(QStringLiteral("round %1: empty map of %2").arg(round).arg(pid)));
                } else {
                    QVERIFY2(map.error().kind == ErrorKind::NoSuchProcess, map.error().message().c_str());
                    gone = true;
                }
                if (killed && !gone)
                    ::waitpid(pid, nullptr, WNOHANG); // reaped eventually: the reads must end
            }
            QVERIFY(gone);
        }
    }

    // Another user's process: the core and the CLI must say "permission denied".
    void permissionDenied()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to switch to an unprivileged user");
        // Core: a forked copy of this test drops to nobody and reads pid 1.
        const pid_t pid = ::fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            int code = 10;
            if (::setgroups(0, nullptr) == 0 && ::setresgid(65534, 65534, 65534) == 0
                && ::setresuid(65534, 65534, 65534) == 0) {
                auto map = readMemoryMap(ProcRootSource("/proc"), 1, MapDetail::Smaps);
                code = map.ok() ? 11 : static_cast<int>(map.error().kind);
            }
            _exit(code);
        }
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), static_cast<int>(ErrorKind::PermissionDenied));

        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("setpriv (util-linux) not installed");
        for (const char* command : { "maps", "summary" }) {
            QProcess cli;
            cli.start(setpriv,
                { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                    QStringLiteral(VMSCOPE_CLI), QString::fromLatin1(command), QStringLiteral("1") });
            QVERIFY(cli.waitForFinished(30000));
            const QByteArray err = cli.readAllStandardError();
            QVERIFY2(cli.exitStatus() == QProcess::NormalExit, err.constData());
            QVERIFY2(cli.exitCode() == 2,
                qPrintable(QStringLiteral("%1: exit %2: %3")
                               .arg(QLatin1String(command))
                               .arg(cli.exitCode())
                               .arg(QString::fromUtf8(err))));
            QVERIFY2(err.contains("permission denied"), err.constData());
            QVERIFY2(err.contains("/proc/1/"), err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestLive)
#include "tst_live.moc"
