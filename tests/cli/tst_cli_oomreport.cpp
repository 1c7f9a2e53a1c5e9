// vmscope-cli oom-report through the real binary: text, JSON and CSV over the kmsg fixtures (the
// values are the ones tst_oomreport checked by hand), standard input, files that cannot be read,
// the live /dev/kmsg (never waiting for new messages), and escaping of what the log says.
#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QString kKmsgDir = QStringLiteral(VMSCOPE_FIXTURES "/kmsg/");
const QString k618 = kKmsgDir + QStringLiteral("6.18-x86_64-memcg-oom.kmsg");
const QString k3x = kKmsgDir + QStringLiteral("3.x-armv7-oom-killer-try.dmesg");
const QString k26 = kKmsgDir + QStringLiteral("2.6-oom2.dmesg");

using Run = vmscope::test::CliRun;
using vmscope::test::runCli;
using vmscope::test::runCliWithInput;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonArray reportsOf(const Run& run)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object().value(QStringLiteral("reports")).toArray();
}

QStringList keysOf(const QJsonValue& value)
{
    QStringList keys = value.toObject().keys();
    keys.sort();
    return keys;
}

// vmscope-cli as user nobody (uid 65534, no groups), through setpriv; empty when it cannot be.
std::optional<Run> runAsNobody(const QStringList& arguments)
{
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (::geteuid() != 0 || setpriv.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(setpriv,
        QStringList { "--reuid=65534", "--regid=65534", "--clear-groups", QStringLiteral(VMSCOPE_CLI) } + arguments);
    return vmscope::test::finishedRun(process);
}

} // namespace

class TestCliOomReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(VMSCOPE_CLI)), VMSCOPE_CLI);
        QVERIFY(QFile::exists(k618));
    }

    // The documented keys, and only those the kernel printed: an older era's report has no
    // shmem_rss, uid or pgtables, and no constraint or memcg before 4.19.
    void json_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("triggerKeys");
        QTest::addColumn<QStringList>("victimKeys");
        QTest::addColumn<QStringList>("reportKeys");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<QStringList>("victim"); // pid, name, anon_rss as JSON text
        const QStringList always { "complete", "uptime", "call_trace", "lines" };
        QTest::newRow("6.18") << k618 << QStringList { "name", "pid", "gfp_mask", "order", "oom_score_adj" }
                              << QStringList { "pid", "name", "total_vm", "anon_rss", "file_rss", "shmem_rss", "uid",
                                     "pgtables", "oom_score_adj", "context" }
                              << always
                + QStringList { "trigger", "constraint", "memcg", "oom_kill", "memcg_counters", "memcg_stats_for",
                      "memcg_stats", "task_columns", "tasks", "victim" }
                              << 1 << QStringList { "25723", "hog", "65152" };
        QTest::newRow("3.x") << k3x << QStringList { "name", "gfp_mask", "order", "oom_score_adj", "oom_adj" }
                             << QStringList { "pid", "name", "total_vm", "anon_rss", "file_rss", "score", "context" }
                             << always + QStringList { "trigger", "mem_info", "task_columns", "tasks", "victim" } << 13
                             << QStringList { "2148", "oom-killer-try", "399736" };
        QTest::newRow("2.6") << k26 << QStringList {} << QStringList { "pid", "name", "score", "context" }
                             << always + QStringList { "victim" } << 0 << QStringList { "3412", "oom2", "" };
    }

    void json()
    {
        QFETCH(QString, file);
        const Run run = runCli({ "--format", "json", "oom-report", file });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.err.isEmpty());
        const QJsonArray reports = reportsOf(run);
        QCOMPARE(reports.size(), 1);
        const QJsonObject r = reports.first().toObject();
        QFETCH(QStringList, reportKeys);
        QFETCH(QStringList, triggerKeys);
        QFETCH(QStringList, victimKeys);
        for (QStringList* keys : { &reportKeys, &triggerKeys, &victimKeys })
            keys->sort();
        QCOMPARE(keysOf(r), reportKeys);
        QCOMPARE(keysOf(r.value("trigger")), triggerKeys);
        QCOMPARE(keysOf(r.value("victim")), victimKeys);
        QTEST(int(r.value("tasks").toArray().size()), "tasks");
        QFETCH(QStringList, victim);
        const QJsonObject v = r.value("victim").toObject();
        QCOMPARE(QString::number(v.value("pid").toInteger()), victim[0]);
        QCOMPARE(v.value("name").toString(), victim[1]);
        QCOMPARE(v.contains("anon_rss") ? QString::number(v.value("anon_rss").toInteger()) : QString(), victim[2]);
        // Every task row has every column the header printed, values as numbers.
        const QJsonArray columns = r.value("task_columns").toArray();
        for (const QJsonValue& task : r.value("tasks").toArray()) {
            QCOMPARE(task.toObject().size(), columns.size());
            for (const QJsonValue& column : columns) {
                const QJsonValue value = task.toObject().value(column.toString());
                QVERIFY2(
                    column.toString() == "name" ? value.isString() : value.isDouble(), qPrintable(column.toString()));
            }
        }
    }

    void jsonDetails()
    {
        const QJsonObject r = reportsOf(runCli({ "--format", "json", "oom-report", k618 })).first().toObject();
        QCOMPARE(r.value("constraint").toString(), QStringLiteral("CONSTRAINT_MEMCG"));
        QCOMPARE(r.value("memcg").toString(), QStringLiteral("/ceotest"));
        QCOMPARE(r.value("uptime").toDouble(), 3608.143255);
        QCOMPARE(r.value("trigger").toObject().value("gfp_mask").toString(), QStringLiteral("0xcc0(GFP_KERNEL)"));
        const QJsonObject memory = r.value("memcg_counters").toObject().value("memory").toObject();
        QCOMPARE(memory.value("limit").toInteger(), 65536);
        QCOMPARE(memory.value("failcnt").toInteger(), 19);
        const QJsonObject oomKill = r.value("oom_kill").toObject();
        QCOMPARE(oomKill.value("task_memcg").toString(), QStringLiteral("/ceotest"));
        QCOMPARE(oomKill.value("pid").toInteger(), 25723);
        const QJsonObject hog = r.value("tasks").toArray().first().toObject();
        QCOMPARE(hog.value("rss").toInteger(), 16522);
        QCOMPARE(hog.value("pgtables_bytes").toInteger(), 176128);
        QCOMPARE(r.value("call_trace").toArray().size(), 26);
        QCOMPARE(r.value("lines").toArray().size(), 79);
        QCOMPARE(r.value("victim").toObject().value("pgtables").toInteger(), 172);
    }

    // Text: the victim, trigger, constraint and memcg lines, the table by rss with the victim
    // marked.
    void text_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("6.18") << k618
                              << QStringList { "OOM-killer report 1 of 1, 3608.143255 s after boot",
                                     "  victim       hog (pid 25723): Memory cgroup out of memory",
                                     "               total-vm 68268 kB, anon-rss 65152 kB, file-rss 936 kB, shmem-rss "
                                     "0 kB, pgtables 172 kB, UID 0, oom_score_adj 0",
                                     "  trigger      hog (pid 25723): gfp_mask 0xcc0(GFP_KERNEL), order 0, "
                                     "oom_score_adj 0",
                                     "  constraint   CONSTRAINT_MEMCG", "  memcg        /ceotest",
                                     "  memory       usage 65536 kB, limit 65536 kB, failcnt 19",
                                     "  tasks        1, largest rss first, values in pages; * the victim" };
        QTest::newRow("3.x") << k3x
                             << QStringList { "OOM-killer report 1 of 1, 1316.727656 s after boot",
                                    "  victim       oom-killer-try (pid 2148): Out of memory",
                                    "               total-vm 480388 kB, anon-rss 399736 kB, file-rss 44 kB, score 829",
                                    "  trigger      oom-killer-try: gfp_mask 0x200da, order 0, oom_score_adj 0, "
                                    "oom_adj 0",
                                    "  tasks        13, largest rss first, values in pages; * the victim" };
        QTest::newRow("2.6") << k26
                             << QStringList { "OOM-killer report 1 of 1, 12063.014255 s after boot",
                                    "  victim       oom2 (pid 3412): Out of memory", "               score 136919" };
    }

    void text()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, lines);
        const Run run = runCli({ "oom-report", file });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QStringList out = QString::fromUtf8(run.out).split(u'\n');
        for (const QString& line : lines)
            QVERIFY2(out.contains(line), qPrintable(line + "\n--- in ---\n" + QString::fromUtf8(run.out)));
    }

    // The task table: sorted by rss, largest first, the victim's row marked with '*'.
    void textTableByRss()
    {
        const Run run = runCli({ "oom-report", k3x });
        const QStringList out = QString::fromUtf8(run.out).split(u'\n');
        const qsizetype header = out.indexOf(QRegularExpression(QStringLiteral("^ +victim +pid +uid +tgid .*$")));
        QVERIFY2(header > 0, run.out.constData());
        QStringList pids;
        for (qsizetype i = header + 1; i < out.size() && !out[i].isEmpty(); ++i)
            pids << out[i].split(u' ', Qt::SkipEmptyParts).value(out[i].trimmed().startsWith(u'*') ? 1 : 0);
        QCOMPARE(pids,
            QStringList({ "2148", "2074", "1362", "1383", "2060", "1711", "1692", "142", "256", "263", "1632", "1749",
                "2075" }));
        QVERIFY(out[header + 1].trimmed().startsWith(QStringLiteral("* ")));
        QVERIFY(out[header + 1].endsWith(QStringLiteral("oom-killer-try")));
    }

    void csv()
    {
        const Run run = runCli({ "--format", "csv", "oom-report", k618 });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QList<QByteArray> rows = run.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0],
            QByteArray("report,uptime,trigger,trigger_pid,gfp_mask,order,constraint,memcg,pid,name,total_vm,anon_rss,"
                       "file_rss,shmem_rss,uid,pgtables,oom_score_adj,score,tasks,complete"));
        QCOMPARE(rows[1],
            QByteArray("1,3608.143255,hog,25723,0xcc0(GFP_KERNEL),0,CONSTRAINT_MEMCG,/ceotest,25723,hog,68268,65152,"
                       "936,0,0,172,0,,1,true"));
    }

    // "-" reads standard input: three logs in a row are three reports, in their order.
    void standardInput()
    {
        const QByteArray all = readFile(k3x) + readFile(k26) + readFile(k618);
        const Run json = runCliWithInput({ "--format", "json", "oom-report", "-" }, all);
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        const QJsonArray reports = reportsOf(json);
        QCOMPARE(reports.size(), 3);
        QCOMPARE(reports[0].toObject().value("victim").toObject().value("pid").toInteger(), 2148);
        QCOMPARE(reports[1].toObject().value("victim").toObject().value("pid").toInteger(), 3412);
        QCOMPARE(reports[2].toObject().value("victim").toObject().value("pid").toInteger(), 25723);
        const Run text = runCliWithInput({ "oom-report", "-" }, all);
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        QVERIFY(text.out.contains("OOM-killer report 3 of 3, 3608.143255 s after boot\n"));

        const Run empty = runCliWithInput({ "oom-report", "-" }, "[    0.000000] Linux version 6.18\n");
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.out, QByteArray("no OOM-killer report in standard input\n"));
        const Run emptyJson = runCliWithInput({ "--format", "json", "oom-report", "-" }, QByteArray());
        QCOMPARE(emptyJson.exitCode, 0);
        QCOMPARE(emptyJson.out, QByteArray("{\"reports\":[]}\n"));
    }

    // Whatever the log holds reaches the terminal escaped, and JSON escaped its own way.
    void escapesWhatTheLogSays()
    {
        const QByteArray log = "6,1,100,-;x\\x1b]0;OWNED\\x07 invoked oom-killer: gfp_mask=0x0, order=0\n"
                               "3,2,200,-;Out of memory: Killed process 7 (\\x1b[2Jevil\\x0d) total-vm:4kB\n";
        const Run text = runCliWithInput({ "oom-report", "-" }, log);
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        QVERIFY(!text.out.contains('\x1b') && !text.out.contains('\r') && !text.out.contains('\x07'));
        QVERIFY2(text.out.contains("victim       \\x1b[2Jevil\\x0d (pid 7): Out of memory"), text.out.constData());
        QVERIFY2(text.out.contains("trigger      x\\x1b]0;OWNED\\x07: gfp_mask 0x0, order 0"), text.out.constData());
        const Run csv = runCliWithInput({ "--format", "csv", "oom-report", "-" }, log);
        QVERIFY(!csv.out.contains('\x1b') && !csv.out.contains('\r'));
        const Run json = runCliWithInput({ "--format", "json", "oom-report", "-" }, log);
        QVERIFY(!json.out.contains('\x1b'));
        QCOMPARE(reportsOf(json).first().toObject().value("victim").toObject().value("name").toString(),
            QStringLiteral("\x1b[2Jevil\r"));
    }

    // A file that cannot be read: exit 2 and one sentence naming it, nothing on stdout.
    void unreadableFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << kKmsgDir + "no-such-log"
                                 << "vmscope-cli: cannot read " + kKmsgDir + "no-such-log: No such file or directory\n";
        QTest::newRow("directory") << QStringLiteral(VMSCOPE_FIXTURES
            "/kmsg") << QStringLiteral("vmscope-cli: " VMSCOPE_FIXTURES "/kmsg is a directory, not a regular file\n");
    }

    void unreadableFile()
    {
        QFETCH(QString, file);
        const Run run = runCli({ "oom-report", file });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QTEST(QString::fromUtf8(run.err), "message");
    }

    // No permission to read: as root the file mode does not stop a read, so the binary runs as
    // nobody there (setpriv); as another user the mode does.
    void fileWithoutPermission()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The folder open to all (0755), the file to none (0000).
        QVERIFY(QFile::setPermissions(dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QString path = dir.filePath(QStringLiteral("kern.log"));
        QVERIFY(QFile::copy(k618, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        const QStringList args { "oom-report", path };
        std::optional<Run> run = ::geteuid() == 0 ? runAsNobody(args) : std::optional<Run>(runCli(args));
        if (!run)
            QSKIP("running as root without setpriv: cannot take the permission away");
        QCOMPARE(run->exitCode, 2);
        QVERIFY(run->out.isEmpty());
        QVERIFY2(run->err.startsWith(QByteArray("vmscope-cli: permission denied reading " + path.toUtf8())), run->err.constData());
    }

    // No argument: the live /dev/kmsg, read without waiting for new messages. Readable as root or
    // with kernel.dmesg_restrict=0; otherwise exit 2 with what it takes.
    void liveKernelLog()
    {
        QElapsedTimer timer;
        timer.start();
        const Run run = runCli({ "--format", "json", "oom-report" });
        QVERIFY2(timer.elapsed() < 30000, "reading /dev/kmsg must not wait for new messages");
        const bool restricted = readFile(QStringLiteral("/proc/sys/kernel/dmesg_restrict")).trimmed() != "0";
        if (!QFile::exists(QStringLiteral("/dev/kmsg")))
            QCOMPARE(run.exitCode, 2);
        else if (::geteuid() == 0 || !restricted) {
            QVERIFY2(run.exitCode == 0, run.describe().constData());
            QVERIFY(QJsonDocument::fromJson(run.out).object().value("reports").isArray());
        } else {
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("kernel.dmesg_restrict=0"), run.err.constData());
        }
    }

    // The sentence a user without the right gets, checked as nobody where this runs as root.
    void liveKernelLogNeedsPermission()
    {
        if (readFile(QStringLiteral("/proc/sys/kernel/dmesg_restrict")).trimmed() != "1")
            QSKIP("kernel.dmesg_restrict is 0 here: anyone may read /dev/kmsg");
        std::optional<Run> run
            = ::geteuid() == 0 ? runAsNobody({ "oom-report" }) : std::optional<Run>(runCli({ "oom-report" }));
        if (!run)
            QSKIP("running as root without setpriv");
        QCOMPARE(run->exitCode, 2);
        QVERIFY(run->out.isEmpty());
        QCOMPARE(run->err,
            QByteArray(
                "vmscope-cli: permission denied reading the kernel log /dev/kmsg: it needs root (or CAP_SYSLOG), "
                "or kernel.dmesg_restrict=0 (sysctl -w kernel.dmesg_restrict=0); or give a saved log: "
                "vmscope-cli oom-report FILE\n"));
    }

    void usage()
    {
        const Run run = runCli({ "oom-report", k618, k3x });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith("vmscope-cli: 'oom-report' takes at most one FILE"));
        const Run help = runCli({ "--help" });
        QVERIFY(help.out.contains("  oom-report [FILE|-]\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliOomReport)
#include "tst_cli_oomreport.moc"
