// Issue 12: vmscope-demo overcommit against the kernel. Each step sets vm.overcommit_memory, tries
// malloc(2 x RAM) in the subject and sets the previous mode back before it prints; the subject's
// VmSize shows whether the allocation exists. Root only; ctest runs it alone (RUN_SERIAL). The
// previous mode is restored here too, whatever fails.
#include "DemoSession.h"
#include "OvercommitMode.h"

#include <QScopeGuard>
#include <QTest>

#include <unistd.h>

using namespace vmscope::test;

namespace {
quint64 meminfoKiB(const char* name)
{
    return procFieldKiB(QStringLiteral("/proc/meminfo"), name);
}
} // namespace

class TestDemoOvercommit : public QObject {
    Q_OBJECT

private slots:
    void withoutRootItFails()
    {
        if (::geteuid() == 0)
            QSKIP("runs as root: the refusal is for other users");
        DemoSession demo({ QStringLiteral("overcommit") });
        QVERIFY(demo.next().value(QStringLiteral("error")).toString().contains(QStringLiteral("root")));
        QVERIFY(demo.finish());
        QCOMPARE(demo.process().exitCode(), 3);
    }

    void modes()
    {
        if (::geteuid() != 0)
            QSKIP("changing vm.overcommit_memory needs root");
        const QByteArray previous = readOvercommitMode();
        QVERIFY(!previous.isEmpty());
        const auto restore = qScopeGuard([&] { writeOvercommitMode(previous); });
        const quint64 ram = quint64(sysconf(_SC_PHYS_PAGES)) * quint64(sysconf(_SC_PAGESIZE));
        DemoSession demo({ QStringLiteral("overcommit") });
        QJsonObject step = demo.next();
        const int pid = pidOf(step);
        const quint64 vsz = statusBytes(pid, "VmSize");
        // mode 0's heuristic (mm/util.c __vm_enough_memory) refuses a request larger than RAM + swap:
        // 2 x RAM is refused when there is less swap than RAM, the case the catalogue describes.
        const quint64 swapKiB = meminfoKiB("SwapTotal");
        if (swapKiB * 1024 >= ram)
            QSKIP("as much swap as RAM: mode 0 would grant 2 x RAM, unlike the scenario's claim");
        QCOMPARE(step.value(QStringLiteral("mode")).toInt(), 0);
        QCOMPARE(step.value(QStringLiteral("succeeded")).toBool(), false);
        QCOMPARE(readOvercommitMode(), previous);
        QVERIFY(statusBytes(pid, "VmSize") < vsz + ram);
        demo.advance();
        step = demo.next();
        QCOMPARE(step.value(QStringLiteral("mode")).toInt(), 1);
        QCOMPARE(step.value(QStringLiteral("succeeded")).toBool(), true);
        QCOMPARE(readOvercommitMode(), previous);
        QVERIFY(statusBytes(pid, "VmSize") >= vsz + 2 * ram);
        QVERIFY(statusBytes(pid, "VmRSS") < 64 * kMiB); // nothing touched
        QVERIFY2(meminfoKiB("Committed_AS") > meminfoKiB("CommitLimit"), "Committed_AS is not above CommitLimit");
        demo.advance();
        step = demo.next();
        QCOMPARE(step.value(QStringLiteral("mode")).toInt(), 2);
        QCOMPARE(step.value(QStringLiteral("succeeded")).toBool(), false);
        QCOMPARE(readOvercommitMode(), previous);
        QVERIFY(statusBytes(pid, "VmSize") < vsz + ram);
        demo.advance();
        QCOMPARE(demo.next().value(QStringLiteral("done")).toBool(), true);
        QVERIFY(demo.finish());
        QCOMPARE(readOvercommitMode(), previous);
    }

    // SIGTERM while a step waits: the run ends, and the mode is the one it found.
    void sigtermKeepsTheMode()
    {
        if (::geteuid() != 0)
            QSKIP("changing vm.overcommit_memory needs root");
        const QByteArray previous = readOvercommitMode();
        const auto restore = qScopeGuard([&] { writeOvercommitMode(previous); });
        DemoSession demo({ QStringLiteral("overcommit") });
        demo.next();
        demo.advance();
        QCOMPARE(demo.next().value(QStringLiteral("mode")).toInt(), 1);
        ::kill(static_cast<pid_t>(demo.process().processId()), SIGTERM);
        QVERIFY(demo.process().waitForFinished(60000));
        QCOMPARE(demo.process().exitCode(), 128 + SIGTERM);
        QCOMPARE(readOvercommitMode(), previous);
    }
};

QTEST_GUILESS_MAIN(TestDemoOvercommit)
#include "tst_demo_overcommit.moc"
