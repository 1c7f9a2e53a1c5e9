// The process facts (core/read/ProcessFactsReader.h) of a live vmscope_layout_child against the
// kernel's own files, read and split here by the test, not by vmscope's parsers.
#include "core/analysis/ProcessFactsRules.h"
#include "core/io/ProcRootSource.h"
#include "core/read/ProcessFactsReader.h"
#include "core/read/ProcessReader.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>

using namespace vmscope;

namespace {

QByteArray kernelFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The fields of /proc/PID/stat by proc(5)'s numbers (1-based; comm is field 2).
QList<QByteArray> kernelStat(qint64 pid)
{
    const QByteArray line = kernelFile(QStringLiteral("/proc/%1/stat").arg(pid)).trimmed();
    const int close = line.lastIndexOf(')');
    QList<QByteArray> fields { line.left(line.indexOf(' ')),
        line.mid(line.indexOf('(') + 1, close - line.indexOf('(') - 1) };
    fields += line.mid(close + 2).split(' ');
    fields.prepend(QByteArray()); // so that fields[1] is field 1
    return fields;
}

std::uint64_t field(const QList<QByteArray>& fields, int number)
{
    return fields.value(number).toULongLong();
}

} // namespace

class TestLiveFacts : public QObject {
    Q_OBJECT

private slots:
    void factsMatchTheKernel()
    {
        constexpr int kTouched = 256;
        QProcess child;
        child.start(QStringLiteral(VMSCOPE_LAYOUT_CHILD),
            { QStringLiteral("--touched"), QString::number(kTouched), QString::number(kTouched),
                QStringLiteral("--big-malloc") });
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains("READY\n") && child.waitForReadyRead(30000))
            out += child.readAllStandardOutput();
        QVERIFY2(out.contains("READY\n"), out.constData());
        const qint64 pid = child.processId();

        const QList<QByteArray> before = kernelStat(pid);
        const ProcRootSource source("/proc");
        auto map = readMemoryMap(source, int(pid), MapDetail::Maps);
        QVERIFY(map.ok());
        const ProcessFacts facts = readProcessFacts(source, int(pid), &*map);
        const QList<QByteArray> after = kernelStat(pid);
        const QList<QByteArray> maps = kernelFile(QStringLiteral("/proc/%1/maps").arg(pid)).trimmed().split('\n');

        QVERIFY(facts.stat.ok());
        QCOMPARE(layoutVisibility(facts), LayoutVisibility::Shown);
        QCOMPARE(*facts.stat->startCode, field(after, 26));
        QCOMPARE(*facts.stat->endCode, field(after, 27));
        QCOMPARE(*facts.stat->startStack, field(after, 28));
        QCOMPARE(*facts.stat->startBrk, field(after, 47));
        QCOMPARE(*facts.stat->argStart, field(after, 48));
        QCOMPARE(*facts.stat->envEnd, field(after, 51));
        // The child is idle while read: counters between the two kernel readings, and every
        // page it touched was at least one minor fault.
        QVERIFY(*facts.stat->minorFaults >= field(before, 10));
        QVERIFY(*facts.stat->minorFaults <= field(after, 10));
        QVERIFY(*facts.stat->minorFaults >= std::uint64_t(kTouched));

        // The VMA count is the line count of maps; the break is the end of its [heap] line.
        QCOMPARE(facts.vmaCount, std::optional<std::size_t>(std::size_t(maps.size())));
        std::uint64_t heapEnd = 0;
        for (const QByteArray& line : maps)
            if (line.endsWith("[heap]"))
                heapEnd = std::max<std::uint64_t>(heapEnd,
                    line.mid(line.indexOf('-') + 1, line.indexOf(' ') - line.indexOf('-') - 1)
                        .toULongLong(nullptr, 16));
        QVERIFY2(heapEnd > 0, "--big-malloc makes a [heap]");
        QCOMPARE(facts.currentBreak, std::optional<std::uint64_t>(heapEnd));
        QVERIFY(heapEnd > *facts.stat->startBrk);

        // Limits are inherited from this test; the sysctls are the machine's.
        rlimit stack {};
        QCOMPARE(::getrlimit(RLIMIT_STACK, &stack), 0);
        const ResourceLimit* stackLimit = facts.limits->find(ProcessLimits::kStack);
        QVERIFY(stackLimit);
        QCOMPARE(stackLimit->soft,
            stack.rlim_cur == RLIM_INFINITY ? std::nullopt : std::optional<std::uint64_t>(stack.rlim_cur));
        QCOMPARE(*facts.randomizeVaSpace,
            kernelFile(QStringLiteral("/proc/sys/kernel/randomize_va_space")).trimmed().toLongLong());
        QCOMPARE(*facts.maxMapCount, kernelFile(QStringLiteral("/proc/sys/vm/max_map_count")).trimmed().toLongLong());
        QCOMPARE(*facts.status->vmExe, [&] {
            for (const QByteArray& line : kernelFile(QStringLiteral("/proc/%1/status").arg(pid)).split('\n'))
                if (line.startsWith("VmExe:"))
                    return std::uint64_t(line.mid(6).chopped(3).trimmed().toULongLong());
            return std::uint64_t(0);
        }());

        // A second reading gives a rate (the child is idle, so not below zero and known).
        const ProcessFacts later = readProcessFacts(source, int(pid), &*map);
        if (later.readAt > facts.readAt) {
            const auto rates = faultRates(facts, later);
            QVERIFY(rates.has_value());
            QVERIFY(rates->minorPerSecond >= 0);
        }

        child.closeWriteChannel(); // EOF on stdin ends the child
        QVERIFY(child.waitForFinished(30000));
        const ProcessFacts gone = readProcessFacts(source, int(pid));
        QVERIFY(!gone.stat.ok());
        QCOMPARE(gone.stat.error().kind, ErrorKind::NoSuchProcess);
    }
};

QTEST_MAIN(TestLiveFacts)
#include "tst_live_facts.moc"
