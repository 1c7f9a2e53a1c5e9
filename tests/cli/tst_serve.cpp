// vmscope-cli serve through the real binary, on standard input and output (issue 13): allowed
// reads and lists answered with the kernel's own bytes, every path and write outside the
// allow-list refused with an errno name, and the allowed writes done safely (a child's
// oom_score_adj raised, a vm sysctl written to the value it has).
#include "CliRunner.h"
#include "ServeAnswers.h"
#include "TestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace vmscope::test;

namespace {

using Answer = ServeReply;

QList<Answer> serve(const QByteArray& input)
{
    const CliRun run = runCliWithInput({ QStringLiteral("serve") }, input);
    if (run.exitCode != 0)
        qWarning("%s", run.describe().constData());
    bool valid = false;
    const QList<Answer> answers = serveAnswersOf(run.out, valid);
    if (!valid || run.exitCode != 0)
        return {};
    return answers;
}

} // namespace

class TestServe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reads();
    void lists();
    void refuses_data();
    void refuses();
    void overLongLineThenMore();
    void writesOomScoreAdj();
    void writesSysctlToItsValue();

private:
    QProcess m_child; // a process of the test's own, for /proc/PID files
    QString m_pid;
    QTemporaryDir m_dir;
};

void TestServe::initTestCase()
{
    m_child.start(QStringLiteral("sleep"), { QStringLiteral("600") });
    QVERIFY(m_child.waitForStarted());
    m_pid = QString::number(m_child.processId());
    QVERIFY(m_dir.isValid());
    // A link outside the allowed trees that points into /proc: refused by where it is.
    QVERIFY(QFile::link(QStringLiteral("/proc/meminfo"), m_dir.filePath(QStringLiteral("meminfo"))));
}

void TestServe::cleanupTestCase()
{
    m_child.kill();
    m_child.waitForFinished();
}

void TestServe::reads()
{
    const QByteArray pid = m_pid.toLatin1();
    QByteArray input
        = "read /proc/meminfo\nread /proc/self/status\nread /proc/" + pid + "/smaps\nread /proc/" + pid + "/cmdline\n";
    const bool thp = QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (thp)
        input += "read /sys/kernel/mm/transparent_hugepage/enabled";
    const QList<Answer> answers = serve(input);
    QCOMPARE(answers.size(), thp ? 5 : 4);
    for (const Answer& answer : answers)
        QVERIFY2(answer.ok, answer.describe().constData());
    QVERIFY(answers[0].bytes.startsWith("MemTotal:"));
    // /proc/self is serve itself, resolved to its pid: its own status, not the test's.
    QVERIFY(answers[1].bytes.contains("Name:\tvmscope-cli"));
    QVERIFY(answers[2].bytes.contains("\nRss:"));
    QCOMPARE(answers[3].bytes, liveFileBytes(QStringLiteral("/proc/%1/cmdline").arg(m_pid)));
    if (thp)
        QCOMPARE(answers[4].bytes, liveFileBytes(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")));
}

void TestServe::lists()
{
    const QList<Answer> answers = serve("list /proc\nlist /sys/fs/cgroup\nlist /proc/" + m_pid.toLatin1() + "\n");
    QCOMPARE(answers.size(), 3);
    QVERIFY(answers[0].ok);
    const QList<QByteArray> proc = answers[0].bytes.split('\n');
    QVERIFY(proc.contains(m_pid.toLatin1()));
    QVERIFY(proc.contains("meminfo"));
    QVERIFY(answers[1].ok);
    QVERIFY(!answers[1].bytes.isEmpty());
    QVERIFY(answers[2].ok);
    QVERIFY(answers[2].bytes.split('\n').contains("smaps"));
}

void TestServe::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("errors"); // one errno name per line of input
    const QByteArray pid = m_pid.toLatin1();
    const QByteArray link = m_dir.filePath(QStringLiteral("meminfo")).toLatin1();
    const QList<QByteArray> eacces { "EACCES" }, einval { "EINVAL" };
    QTest::newRow("traversal") << QByteArray("read /proc/../etc/passwd\n") << einval;
    QTest::newRow("traversal in sys") << QByteArray("read /sys/fs/cgroup/../../../etc/passwd\n") << einval;
    QTest::newRow("link into proc") << QByteArray("read " + link + "\n") << eacces;
    QTest::newRow("self root") << QByteArray("read /proc/self/root/etc/passwd\n") << eacces;
    QTest::newRow("self cwd") << QByteArray("read /proc/self/cwd/x\n") << eacces;
    QTest::newRow("child root") << QByteArray("read /proc/" + pid + "/root/etc/passwd\n") << eacces;
    QTest::newRow("mem") << QByteArray("read /proc/" + pid + "/mem\n") << eacces;
    QTest::newRow("environ") << QByteArray("read /proc/" + pid + "/environ\n") << eacces;
    QTest::newRow("task environ") << QByteArray("read /proc/" + pid + "/task/" + pid + "/environ\n") << eacces;
    QTest::newRow("kcore") << QByteArray("read /proc/kcore\n") << eacces;
    QTest::newRow("fd 0") << QByteArray("read /proc/self/fd/0\n") << eacces;
    QTest::newRow("list fd") << QByteArray("list /proc/self/fd\n") << eacces;
    QTest::newRow("etc") << QByteArray("read /etc/shadow\n") << eacces;
    QTest::newRow("relative") << QByteArray("read etc/shadow\n") << einval;
    QTest::newRow("missing") << QByteArray("read /proc/no-such-file\n") << QList<QByteArray> { "ENOENT" };
    QTest::newRow("write meminfo") << QByteArray("write /proc/meminfo 1\n") << eacces;
    QTest::newRow("write passwd") << QByteArray("write /etc/passwd 1\n") << eacces;
    QTest::newRow("write kernel sysctl") << QByteArray("write /proc/sys/kernel/core_pattern 1\n") << eacces;
    QTest::newRow("write foreign cgroup")
        << QByteArray("write /sys/fs/cgroup/memory/memory.limit_in_bytes 1\n") << eacces;
    QTest::newRow("semicolon") << QByteArray("write /proc/" + pid + "/oom_score_adj 5;reboot\n") << einval;
    QTest::newRow("command substitution") << QByteArray("write /proc/" + pid + "/oom_score_adj $(reboot)\n") << einval;
    QTest::newRow("backticks") << QByteArray("write /proc/" + pid + "/oom_score_adj `reboot`\n") << einval;
    QTest::newRow("newline injection") << QByteArray("read /proc/self/mem\nread /etc/shadow\n")
                                       << QList<QByteArray> { "EACCES", "EACCES" };
    QTest::newRow("nul byte") << QByteArray("read /proc/meminfo\0/../etc/shadow\n", 34) << einval;
    QTest::newRow("carriage return") << QByteArray("read /proc/meminfo\r\n") << einval;
    QTest::newRow("over-long line") << QByteArray("read /proc/" + QByteArray(5000, 'a') + "\n") << einval;
    QTest::newRow("out of range") << QByteArray("write /proc/" + pid + "/oom_score_adj 2000\n") << einval;
    QTest::newRow("exec") << QByteArray("exec /bin/sh\n") << einval;
}

void TestServe::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, errors);
    const QList<Answer> answers = serve(input);
    QCOMPARE(answers.size(), errors.size());
    for (qsizetype i = 0; i < answers.size(); ++i) {
        QVERIFY2(!answers[i].ok, answers[i].bytes.left(200).constData());
        QCOMPARE(answers[i].bytes, errors[i]);
        for (const char c : answers[i].sentence)
            QVERIFY(static_cast<unsigned char>(c) >= 0x20);
    }
}

// A line far beyond the bound is answered once and skipped to its end; the next request is served.
void TestServe::overLongLineThenMore()
{
    const QList<Answer> answers = serve("read /proc/" + QByteArray(100000, 'x') + "\nread /proc/meminfo\n");
    QCOMPARE(answers.size(), 2);
    QVERIFY(!answers[0].ok);
    QCOMPARE(answers[0].bytes, QByteArray("EINVAL"));
    QVERIFY(answers[1].ok);
    QVERIFY(answers[1].bytes.startsWith("MemTotal:"));
}

// Raising is allowed to the owner and root (fs/proc/base.c): the kernel's own file shows it.
void TestServe::writesOomScoreAdj()
{
    const QString file = QStringLiteral("/proc/%1/oom_score_adj").arg(m_pid);
    const QList<Answer> answers = serve("write " + file.toLatin1() + " 500\n");
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers[0].ok, answers[0].describe().constData());
    QVERIFY(answers[0].bytes.isEmpty());
    QCOMPARE(liveFileBytes(file).trimmed(), QByteArray("500"));
}

// The machine's settings stay as they are: swappiness written to the value it has.
void TestServe::writesSysctlToItsValue()
{
    if (::geteuid() != 0)
        QSKIP("writing a vm sysctl needs root");
    const QString file = QStringLiteral("/proc/sys/vm/swappiness");
    const QByteArray before = liveFileBytes(file).trimmed();
    QVERIFY(!before.isEmpty());
    const QList<Answer> answers = serve("write /proc/sys/vm/swappiness " + before + "\n");
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers[0].ok, answers[0].describe().constData());
    QCOMPARE(liveFileBytes(file).trimmed(), before);
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
