// Issue 11, done means: a real OOM kill in a memory cgroup of a run, through `vmscope-cli watch
// --memory-max`, with vmscope-alloc as the victim; and a process outside the cgroup, however
// attractive to the OOM killer (oom_score_adj 1000), survives it. Root only (making a cgroup
// directory needs it): skipped with a message otherwise.
#include "CliRunner.h"

#include "core/io/ProcRootSource.h"
#include "core/read/MemoryCgroupReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace vmscope;
using namespace vmscope::test;

namespace {
QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> lines;
    for (const QByteArray& line : out.split('\n'))
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    return lines;
}
} // namespace

class TestMemcgOom : public QObject {
    Q_OBJECT

private slots:
    void oomKillInARunsCgroup_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("cgroup v1") << 1;
        QTest::newRow("cgroup v2") << 2;
    }

    void oomKillInARunsCgroup()
    {
        QFETCH(int, version);
        if (::geteuid() != 0)
            QSKIP("needs root: a memory cgroup directory can only be made as root");
        const ProcRootSource proc("/proc");
        const ProcRootSource sys("/sys");
        const auto hierarchies = findMemoryHierarchies(proc, sys);
        QVERIFY2(hierarchies.ok(), hierarchies.ok() ? "" : hierarchies.error().message().c_str());
        // The run's cgroup goes to v2 when v2 has the memory controller, else to v1.
        const int used = hierarchies->v2 ? 2 : (hierarchies->v1 ? 1 : 0);
        if (used == 0)
            QSKIP("this machine has no memory controller mounted below /sys");
        if (version != used)
            QSKIP(qPrintable(version == 2
                    ? QStringLiteral("the cgroup v2 hierarchy here has no memory controller (memory is on v1 only)")
                    : QStringLiteral("the memory controller is on cgroup v2 here, so runs get a v2 cgroup")));

        // Outside the cgroup, and the first a global OOM kill would take: it must live on.
        QProcess bystander;
        bystander.start(QStringLiteral("sleep"), { QStringLiteral("60") });
        QVERIFY(bystander.waitForStarted());
        const qint64 bystanderPid = bystander.processId();
        {
            QFile adj(QStringLiteral("/proc/%1/oom_score_adj").arg(bystanderPid));
            QVERIFY(adj.open(QIODevice::WriteOnly));
            QVERIFY(adj.write("1000\n") > 0);
        }

        const CliRun run = runCli({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("watch"),
            QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--memory-max"), QStringLiteral("80M"),
            QStringLiteral("--run"), QStringLiteral("exec " VMSCOPE_ALLOC " touch 300 --step 8") });
        QVERIFY2(run.exitCode == 0, run.describe().constData());

        // The allocator says its pid first thing (on stderr, where watch passes the command's output).
        const auto said = QRegularExpression(QStringLiteral("vmscope-alloc (\\d+): touch 300 MiB"))
                              .match(QString::fromUtf8(run.err));
        QVERIFY2(said.hasMatch(), run.err.constData());
        const qint64 allocPid = said.captured(1).toLongLong();

        QJsonObject start, end;
        QList<QJsonObject> kills;
        for (const QJsonObject& line : jsonLines(run.out)) {
            const QString event = line.value(QStringLiteral("event")).toString();
            if (event == QStringLiteral("run_start"))
                start = line;
            else if (event == QStringLiteral("run_end"))
                end = line;
            else if (event == QStringLiteral("oom_kill"))
                kills.append(line);
        }
        QVERIFY2(!start.isEmpty() && !end.isEmpty(), run.out.right(2000).constData());
        // exec: the run's process is the allocator itself.
        QCOMPARE(start.value(QStringLiteral("pid")).toInteger(), allocPid);

        // Other OOM kills on the machine meanwhile (another test's) are events too: this run's
        // are those in its cgroup.
        const QString cgroupName
            = QFileInfo(end.value(QStringLiteral("memory_cgroup")).toObject().value(QStringLiteral("path")).toString())
                  .fileName();
        QVERIFY(cgroupName.startsWith(QStringLiteral("vmscope-run-")));
        QList<QJsonObject> ours;
        for (const QJsonObject& kill : kills)
            if (kill.value(QStringLiteral("memcg")).toString().endsWith(u'/' + cgroupName))
                ours.append(kill);
        QVERIFY2(ours.size() == 1, run.out.right(3000).constData());
        const QJsonObject& kill = ours.front();
        QCOMPARE(kill.value(QStringLiteral("source")).toString(), QStringLiteral("kernel_log")); // root reads /dev/kmsg
        QCOMPARE(kill.value(QStringLiteral("pid")).toInteger(), allocPid);
        QCOMPARE(kill.value(QStringLiteral("name")).toString(), QStringLiteral("vmscope-alloc"));
        QCOMPARE(kill.value(QStringLiteral("constraint")).toString(), QStringLiteral("CONSTRAINT_MEMCG"));
        QVERIFY(kill.value(QStringLiteral("memcg")).toString().contains(QStringLiteral("/vmscope-run-")));
        // The victim held about the limit when it was killed (anon-rss, kB).
        QVERIFY(kill.value(QStringLiteral("anon_rss")).toInteger() > 60 * 1024);
        QVERIFY(kill.value(QStringLiteral("t")).toDouble() <= end.value(QStringLiteral("t")).toDouble());

        QCOMPARE(end.value(QStringLiteral("oom_killed")).toBool(), true);
        QCOMPARE(end.value(QStringLiteral("signal")).toInt(), int(SIGKILL));
        const QJsonObject cgroup = end.value(QStringLiteral("memory_cgroup")).toObject();
        QCOMPARE(cgroup.value(QStringLiteral("version")).toInt(), version);
        QCOMPARE(cgroup.value(QStringLiteral("limit")).toInteger(), 80 * 1024);
        QCOMPARE(cgroup.value(QStringLiteral("oom_kills")).toInteger(), 1);
        QVERIFY(cgroup.value(QStringLiteral("peak")).toInteger() >= 76 * 1024);
        QCOMPARE(cgroup.value(QStringLiteral("removed")).toBool(), true);
        const QString path = cgroup.value(QStringLiteral("path")).toString();
        QVERIFY(path.contains(QStringLiteral("/vmscope-run-")));
        QVERIFY2(!QFileInfo::exists(path), qPrintable(path));

        QCOMPARE(bystander.state(), QProcess::Running);
        QCOMPARE(::kill(pid_t(bystanderPid), 0), 0);
        bystander.kill();
        bystander.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestMemcgOom)
#include "tst_memcg_oom.moc"
