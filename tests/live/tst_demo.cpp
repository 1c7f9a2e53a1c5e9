// Issue 12, done means: every vmscope-demo scenario runs headless through --format json, and at
// each step its claim is checked against the kernel's own figures (/proc/PID/smaps and status,
// mincore, the memory cgroup's files), read here as plain text. overcommit changes a global
// sysctl and runs alone in tst_demo_overcommit.
#include "DemoSession.h"

#include "core/teaching/Scenarios.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace vmscope;
using namespace vmscope::test;

namespace {

const QStringList kContractIds = { QStringLiteral("segments"), QStringLiteral("malloc-threshold"),
    QStringLiteral("demand-paging"), QStringLiteral("fork-cow"), QStringLiteral("shared-library"),
    QStringLiteral("page-cache"), QStringLiteral("bad-faults"), QStringLiteral("oom"), QStringLiteral("overcommit") };

quint64 near(quint64 value, quint64 target, quint64 tolerance)
{
    return value + tolerance >= target && value <= target + tolerance;
}

// The share of the file's pages in the page cache, 0..1, by mincore on a mapping of it.
double residentShare(const QString& path)
{
    const int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    const off_t size = ::lseek(fd, 0, SEEK_END);
    void* map = ::mmap(nullptr, static_cast<size_t>(size), PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED)
        return -1;
    const size_t pages = static_cast<size_t>(size) / 4096;
    std::vector<unsigned char> vec(pages);
    const bool ok = ::mincore(map, static_cast<size_t>(size), vec.data()) == 0;
    ::munmap(map, static_cast<size_t>(size));
    size_t resident = 0;
    for (unsigned char v : vec)
        resident += v & 1;
    return ok ? double(resident) / double(pages) : -1;
}

// Anonymous mappings that are neither [heap] nor [stack], in bytes.
quint64 anonymousBytes(int pid)
{
    quint64 total = 0;
    for (const SmapsVma& vma : readSmaps(pid))
        if (vma.anonymous())
            total += vma.size();
    return total;
}

quint64 heapSize(int pid)
{
    const auto heap = vmaNamed(pid, QStringLiteral("[heap]"));
    return heap ? heap->size() : 0;
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT

private slots:
    void listIsTheContract()
    {
        QProcess list;
        list.start(QStringLiteral(VMSCOPE_DEMO), { QStringLiteral("--list") });
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        QStringList ids;
        for (const QByteArray& line : list.readAllStandardOutput().split('\n'))
            if (!line.isEmpty()) {
                const QList<QByteArray> parts = line.split('\t');
                QCOMPARE(parts.size(), 2);
                QVERIFY(!parts[1].isEmpty());
                ids << QString::fromUtf8(parts[0]);
            }
        QCOMPARE(ids, kContractIds);
        QStringList catalogue;
        for (const Scenario& scenario : teachingScenarios())
            catalogue << QString::fromUtf8(scenario.id.data(), qsizetype(scenario.id.size()));
        QCOMPARE(catalogue, kContractIds);
        for (const Scenario& scenario : teachingScenarios()) {
            QVERIFY(*scenario.title && *scenario.goal && !scenario.steps.empty());
            for (const ScenarioStep& step : scenario.steps)
                QVERIFY(*step.title && *step.expect && *step.lookAt);
        }
    }

    // --auto 0 runs each scenario without input: the steps printed are the catalogue's.
    void stepsMatchTheCatalogue_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : kContractIds)
            if (id != QStringLiteral("overcommit")) // a global sysctl: tst_demo_overcommit
                QTest::newRow(qPrintable(id)) << id;
    }
    void stepsMatchTheCatalogue()
    {
        QFETCH(QString, id);
        const Scenario* scenario = findScenario(id.toStdString());
        QVERIFY(scenario);
        DemoSession demo({ id, QStringLiteral("--auto"), QStringLiteral("0") });
        demo.endInput(); // --auto does not read it
        for (std::size_t i = 0; i < scenario->steps.size(); ++i) {
            const QJsonObject step = demo.next();
            if (step.contains(QStringLiteral("error")) && i == 0 && id == QStringLiteral("oom"))
                QSKIP(
                    qPrintable(QStringLiteral("no memory cgroup: ") + step.value(QStringLiteral("error")).toString()));
            QCOMPARE(step.value(QStringLiteral("step")).toInt(), int(i + 1));
            QCOMPARE(step.value(QStringLiteral("title")).toString(), QString::fromUtf8(scenario->steps[i].title));
            QCOMPARE(step.value(QStringLiteral("expect")).toString(), QString::fromUtf8(scenario->steps[i].expect));
            QVERIFY(!step.value(QStringLiteral("pids")).toArray().isEmpty());
        }
        QCOMPARE(demo.next().value(QStringLiteral("done")).toBool(), true);
        QVERIFY(demo.finish());
        QCOMPARE(demo.process().exitCode(), 0);
    }

    void segments()
    {
        DemoSession demo({ QStringLiteral("segments") });
        QJsonObject step = demo.next();
        const int pid = pidOf(step);
        const QString exe = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid));
        const auto data = vmaAt(pid, focusAddress(step, 0));
        const auto bss = vmaAt(pid, focusAddress(step, 1));
        const auto rodata = vmaAt(pid, focusAddress(step, 2));
        QVERIFY(data && bss && rodata);
        QCOMPARE(data->path, exe);
        QCOMPARE(data->perms, QStringLiteral("rw-p"));
        QCOMPARE(bss->perms, QStringLiteral("rw-p"));
        QVERIFY2(bss->path == exe || bss->anonymous(), qPrintable(bss->path));
        QCOMPARE(rodata->path, exe);
        QCOMPARE(rodata->perms, QStringLiteral("r--p"));
        demo.advance();
        step = demo.next();
        QCOMPARE(vmaAt(pid, focusAddress(step))->path, QStringLiteral("[stack]"));
        demo.advance();
        step = demo.next();
        const auto block = vmaAt(pid, focusAddress(step));
        QVERIFY(block && block->anonymous());
        QVERIFY(block->size() >= 40 * kMiB);
        demo.advance();
        step = demo.next();
        const auto stack = vmaAt(pid, focusAddress(step, 0));
        const auto guard = vmaAt(pid, focusAddress(step, 1));
        QVERIFY(stack && guard);
        QVERIFY(stack->anonymous());
        QCOMPARE(stack->perms, QStringLiteral("rw-p"));
        QCOMPARE(guard->perms, QStringLiteral("---p"));
        QCOMPARE(guard->end, stack->start);
        demo.advance();
        QCOMPARE(demo.next().value(QStringLiteral("done")).toBool(), true);
    }

    void mallocThreshold()
    {
        DemoSession demo({ QStringLiteral("malloc-threshold") });
        QJsonObject step = demo.next();
        const int pid = pidOf(step);
        QCOMPARE(heapSize(pid), quint64(0)); // start: no [heap] yet
        quint64 heap = 0;
        quint64 anonymous = anonymousBytes(pid);
        const auto nextStep = [&] {
            demo.advance();
            step = demo.next();
        };
        nextStep(); // malloc(8)
        QCOMPARE(step.value(QStringLiteral("title")).toString(), QStringLiteral("malloc(8)"));
        heap = heapSize(pid);
        QVERIFY2(heap >= 132 * 1024, qPrintable(QString::number(heap)));
        QVERIFY(vmaAt(pid, focusAddress(step))->path == QStringLiteral("[heap]"));
        for (int bytes : { 4083, 3 }) {
            nextStep();
            QCOMPARE(step.value(QStringLiteral("title")).toString(), QStringLiteral("malloc(%1)").arg(bytes));
            QCOMPARE(heapSize(pid), heap);
            QCOMPARE(vmaAt(pid, focusAddress(step))->path, QStringLiteral("[heap]"));
        }
        for (quint64 bytes : { 136168, 200000 }) {
            nextStep();
            const quint64 now = anonymousBytes(pid);
            QVERIFY2(now >= anonymous + bytes, qPrintable(QStringLiteral("%1 -> %2").arg(anonymous).arg(now)));
            anonymous = now;
            QVERIFY(vmaAt(pid, focusAddress(step))->anonymous());
            QCOMPARE(heapSize(pid), heap);
        }
        nextStep(); // mallopt
        QCOMPARE(heapSize(pid), heap);
        QCOMPARE(anonymousBytes(pid), anonymous);
        nextStep(); // malloc(200000) from the heap
        QCOMPARE(vmaAt(pid, focusAddress(step))->path, QStringLiteral("[heap]"));
        QVERIFY(heapSize(pid) >= heap + 200000);
        QCOMPARE(anonymousBytes(pid), anonymous);
    }

    void demandPaging()
    {
        DemoSession demo({ QStringLiteral("demand-paging") });
        QJsonObject step = demo.next();
        const int pid = pidOf(step);
        const quint64 base = focusAddress(step);
        auto vma = vmaAt(pid, base);
        QVERIFY(vma);
        QCOMPARE(vma->bytes(QStringLiteral("Size")), 1024 * kMiB);
        QVERIFY(vma->bytes(QStringLiteral("Rss")) <= 2 * kMiB);
        for (quint64 written = 16 * kMiB; written <= 64 * kMiB; written += 16 * kMiB) {
            demo.advance();
            step = demo.next();
            vma = vmaAt(pid, base);
            QCOMPARE(vma->bytes(QStringLiteral("Size")), 1024 * kMiB);
            QVERIFY2(near(vma->bytes(QStringLiteral("Rss")), written, 2 * kMiB),
                qPrintable(QString::number(vma->bytes(QStringLiteral("Rss")))));
        }
        demo.advance();
        step = demo.next(); // read 64 MiB never written
        vma = vmaAt(pid, base);
        QVERIFY2(near(vma->bytes(QStringLiteral("Rss")), 64 * kMiB, 2 * kMiB),
            qPrintable(QString::number(vma->bytes(QStringLiteral("Rss")))));
    }

    void forkCow()
    {
        DemoSession demo({ QStringLiteral("fork-cow") });
        QJsonObject step = demo.next();
        const int parent = pidOf(step);
        const quint64 base = focusAddress(step);
        const quint64 tolerance = 2 * kMiB;
        const auto figure
            = [base](int pid, const char* field) { return vmaAt(pid, base)->bytes(QString::fromLatin1(field)); };
        QVERIFY(near(figure(parent, "Private_Dirty"), 64 * kMiB, tolerance));
        demo.advance();
        step = demo.next();
        const int child = pidOf(step, 1);
        for (int pid : { parent, child }) {
            QVERIFY2(near(figure(pid, "Shared_Dirty"), 64 * kMiB, tolerance),
                qPrintable(QString::number(figure(pid, "Shared_Dirty"))));
            QVERIFY(figure(pid, "Private_Dirty") <= tolerance);
            QVERIFY2(near(figure(pid, "Pss"), 32 * kMiB, tolerance), qPrintable(QString::number(figure(pid, "Pss"))));
        }
        demo.advance();
        step = demo.next();
        QCOMPARE(pidOf(step), child);
        QVERIFY2(near(figure(child, "Private_Dirty"), 32 * kMiB, tolerance),
            qPrintable(QString::number(figure(child, "Private_Dirty"))));
        QVERIFY(near(figure(child, "Shared_Dirty"), 32 * kMiB, tolerance));
        QVERIFY(near(figure(parent, "Shared_Dirty"), 32 * kMiB, tolerance));
        demo.advance();
        step = demo.next();
        for (int pid : { parent, child }) {
            QVERIFY(near(figure(pid, "Private_Dirty"), 64 * kMiB, tolerance));
            QVERIFY(figure(pid, "Shared_Dirty") <= tolerance);
        }
    }

    void sharedLibrary()
    {
        DemoSession demo({ QStringLiteral("shared-library"), QStringLiteral("--copies"), QStringLiteral("4") });
        QJsonObject step = demo.next();
        const auto libcCode = [](int pid, quint64 address) { return vmaAt(pid, address); };
        auto one = libcCode(pidOf(step), focusAddress(step));
        QVERIFY(one && one->path.contains(QStringLiteral("libc.so")) && one->perms == QStringLiteral("r-xp"));
        QVERIFY(one->bytes(QStringLiteral("Pss")) <= one->bytes(QStringLiteral("Rss")));
        demo.advance();
        step = demo.next();
        const QJsonArray pids = step.value(QStringLiteral("pids")).toArray();
        QCOMPARE(pids.size(), 4);
        for (int i = 0; i < pids.size(); ++i) {
            const auto code = libcCode(pids[i].toInt(), focusAddress(step, i));
            QVERIFY(code && code->path.contains(QStringLiteral("libc.so")));
            const quint64 rss = code->bytes(QStringLiteral("Rss"));
            const quint64 pss = code->bytes(QStringLiteral("Pss"));
            // Pss is rounded down per page in the kernel; 4 copies at least share each page.
            QVERIFY2(pss * 4 <= rss + 64 * 1024, qPrintable(QStringLiteral("Pss %1, Rss %2").arg(pss).arg(rss)));
        }
    }

    void pageCache()
    {
        DemoSession demo({ QStringLiteral("page-cache") });
        QJsonObject step = demo.next();
        const int pid = pidOf(step);
        const QString path = step.value(QStringLiteral("file")).toString();
        QVERIFY(residentShare(path) >= 0.9);
        demo.advance();
        step = demo.next();
        QVERIFY2(residentShare(path) <= 0.1, qPrintable(QString::number(residentShare(path))));
        demo.advance();
        step = demo.next();
        QVERIFY(residentShare(path) >= 0.9);
        QVERIFY2(statusBytes(pid, "VmRSS") < 16 * kMiB, qPrintable(QString::number(statusBytes(pid, "VmRSS"))));
        demo.advance();
        step = demo.next();
        const quint64 mapped = focusAddress(step);
        const auto mapping = vmaAt(pid, mapped);
        QVERIFY(mapping && mapping->path == path);
        QVERIFY(mapping->bytes(QStringLiteral("Rss")) >= 60 * kMiB);
        QVERIFY(residentShare(path) >= 0.9);
        demo.advance();
        step = demo.next();
        QVERIFY(!vmaAt(pid, mapped));
        QVERIFY2(residentShare(path) <= 0.1, qPrintable(QString::number(residentShare(path))));
        demo.advance();
        QCOMPARE(demo.next().value(QStringLiteral("done")).toBool(), true);
        QVERIFY(demo.finish());
        QVERIFY(!QFile::exists(path)); // the file goes with the run
    }

    void badFaults()
    {
        DemoSession demo({ QStringLiteral("bad-faults") });
        // What the kernel reports on x86-64 (arch/x86/mm/fault.c): an address with nothing mapped is
        // SEGV_MAPERR, a write to r-xp SEGV_ACCERR, and a canonical kernel address is not in the
        // user page tables, so SEGV_MAPERR again, with the address (a non-canonical one would be a
        // general protection fault: SI_KERNEL, address 0).
        const QStringList expected
            = { QStringLiteral("SEGV_MAPERR"), QStringLiteral("SEGV_ACCERR"), QStringLiteral("SEGV_MAPERR") };
        const QList<quint64> addresses = { 16, 0, 0xffffffff81000000ULL };
        for (int i = 0; i < 3; ++i) {
            if (i)
                demo.advance();
            const QJsonObject step = demo.next();
            const QJsonObject signal = step.value(QStringLiteral("signal")).toObject();
            QCOMPARE(signal.value(QStringLiteral("signo")).toInt(), SIGSEGV);
            QCOMPARE(signal.value(QStringLiteral("code")).toString(), expected[i]);
            if (addresses[i])
                QCOMPARE(address(signal.value(QStringLiteral("address"))), addresses[i]);
            QVERIFY(processEnded(pidOf(step)));
        }
    }

    void oom()
    {
        if (::geteuid() != 0)
            QSKIP("a memory cgroup directory needs root here");
        DemoSession demo({ QStringLiteral("oom") });
        QJsonObject step = demo.next();
        if (step.contains(QStringLiteral("error")))
            QSKIP(qPrintable(step.value(QStringLiteral("error")).toString()));
        const int pid = pidOf(step);
        const QString directory = step.value(QStringLiteral("cgroup")).toString();
        QFile cgroupOf(QStringLiteral("/proc/%1/cgroup").arg(pid));
        QVERIFY(cgroupOf.open(QIODevice::ReadOnly));
        QVERIFY(cgroupOf.readAll().contains(QDir(directory).dirName().toUtf8()));
        QFile limit(directory
            + (QFile::exists(directory + QStringLiteral("/memory.max")) ? QStringLiteral("/memory.max")
                                                                        : QStringLiteral("/memory.limit_in_bytes")));
        QVERIFY(limit.open(QIODevice::ReadOnly));
        QCOMPARE(limit.readAll().trimmed().toULongLong(), 64 * kMiB);
        demo.advance();
        step = demo.next();
        QVERIFY(near(statusBytes(pid, "VmRSS"), 32 * kMiB, 4 * kMiB));
        demo.advance();
        step = demo.next();
        QCOMPARE(step.value(QStringLiteral("killed_by")).toString(), QStringLiteral("SIGKILL"));
        QVERIFY(processEnded(pid));
        QFile events(directory
            + (QFile::exists(directory + QStringLiteral("/memory.events")) ? QStringLiteral("/memory.events")
                                                                           : QStringLiteral("/memory.oom_control")));
        QVERIFY(events.open(QIODevice::ReadOnly));
        const QByteArray text = events.readAll();
        const int at = text.indexOf("oom_kill ");
        QVERIFY2(at >= 0 && text.mid(at + 9).split('\n').first().toInt() >= 1, text.constData());
    }

    // End of input ends the run and every process it started, the forked child too.
    void endOfInputEndsTheChildren()
    {
        DemoSession demo({ QStringLiteral("fork-cow") });
        demo.next();
        demo.advance();
        const QJsonObject step = demo.next();
        const int parent = pidOf(step);
        const int child = pidOf(step, 1);
        QVERIFY(!processEnded(parent) && !processEnded(child));
        QVERIFY(demo.finish());
        QCOMPARE(demo.process().exitCode(), 0);
        QVERIFY(processEnded(parent));
        // The child ends by PR_SET_PDEATHSIG when its parent is killed: the signal is sent then,
        // but its delivery is not synchronous with our read.
        QTRY_VERIFY_WITH_TIMEOUT(processEnded(child), 30000);
    }

    void sigtermEndsTheRun()
    {
        DemoSession demo({ QStringLiteral("segments") });
        const int pid = pidOf(demo.next());
        ::kill(static_cast<pid_t>(demo.process().processId()), SIGTERM);
        QVERIFY(demo.process().waitForFinished(60000));
        QCOMPARE(demo.process().exitCode(), 128 + SIGTERM);
        QVERIFY(processEnded(pid));
    }

    // The terminal form: a header, one escaped line per step ("[N/M] title: expect (...)"), "done".
    void textForm()
    {
        QProcess demo;
        demo.start(QStringLiteral(VMSCOPE_DEMO),
            { QStringLiteral("bad-faults"), QStringLiteral("--auto"), QStringLiteral("0") });
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);
        const QList<QByteArray> lines = demo.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 3 + 1);
        QVERIFY(lines[0].startsWith("bad-faults: "));
        QVERIFY(lines[1].startsWith("[1/3] read an unmapped address: "));
        QVERIFY(lines[1].contains("SIGSEGV SEGV_MAPERR at 0x10"));
        QVERIFY(lines[2].contains("SEGV_ACCERR"));
        QCOMPARE(lines[4], QByteArray("done"));
        for (const QByteArray& line : lines)
            for (char c : line)
                QVERIFY(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f);
    }

    void errorsAreValues()
    {
        QProcess unknown;
        unknown.start(QStringLiteral(VMSCOPE_DEMO), { QStringLiteral("no-such-scenario") });
        QVERIFY(unknown.waitForFinished(60000));
        QCOMPARE(unknown.exitCode(), 1);
        QVERIFY(unknown.readAllStandardError().contains("no scenario"));
        DemoSession json({ QStringLiteral("no-such-scenario") });
        QVERIFY(json.next().value(QStringLiteral("error")).toString().contains(QStringLiteral("no scenario")));
        QVERIFY(json.finish());
        QCOMPARE(json.process().exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
