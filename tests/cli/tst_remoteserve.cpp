// The program ssh runs on the other machine of --host (core/io/RemoteServe.h), started here
// without ssh: `sh -c SCRIPT` as a child of the test, requests on its stdin. With a PATH without
// vmscope-cli it answers by itself (sh, cat, wc); with the build's vmscope-cli on the PATH it hands
// over to `vmscope-cli serve`. Both must give the kernel's bytes exactly (NUL bytes included), the
// same errno names for missing files, and the shell reader must refuse everything but read/list
// of vmscope's paths and leave no temporary file behind.
#include "ServeAnswers.h"
#include "TestData.h"

#include "core/io/RemoteServe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace vmscope;
using namespace vmscope::test;

namespace {

QByteArray script()
{
    return QByteArray(kRemoteServeScript.data(), static_cast<qsizetype>(kRemoteServeScript.size()));
}

// The names of a directory as the protocol lists them: one a line, byte order, no . and ..
QByteArray listing(const QString& path)
{
    QStringList names = QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    QByteArray text;
    for (const QString& name : names)
        text += name.toUtf8() + '\n';
    return text;
}

} // namespace

class TestRemoteServe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scriptPassesAnyLoginShell();
    void hello_data();
    void hello();
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void helloFirst();
    void throughLoginShell_data();
    void throughLoginShell();
    void removesItsTemporaryFiles();

private:
    // Runs `program args...` with `input` on stdin; PATH with or without the build's vmscope-cli.
    QList<ServeReply> exchange(const QString& program, const QStringList& args, const QByteArray& input, bool withServe,
        const QString& tmpDir = {});

    QProcess m_child;
    QByteArray m_pid;
    QTemporaryDir m_tmp;
};

QList<ServeReply> TestRemoteServe::exchange(
    const QString& program, const QStringList& args, const QByteArray& input, bool withServe, const QString& tmpDir)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString cliDir = QFileInfo(QStringLiteral(VMSCOPE_CLI)).absolutePath();
    environment.insert(QStringLiteral("PATH"),
        withServe ? cliDir + QStringLiteral(":/usr/bin:/bin") : QStringLiteral("/usr/bin:/bin"));
    environment.insert(QStringLiteral("TMPDIR"), tmpDir.isEmpty() ? m_tmp.path() : tmpDir);
    process.setProcessEnvironment(environment);
    process.start(program, args);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    bool valid = false;
    const QList<ServeReply> answers = serveAnswersOf(process.readAllStandardOutput(), valid);
    if (!valid)
        qWarning("malformed answers; stderr: %s", process.readAllStandardError().constData());
    return valid ? answers : QList<ServeReply> {};
}

void TestRemoteServe::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // An idle process: its cmdline (NUL bytes), maps and directory do not change while it sleeps.
    m_child.start(QStringLiteral("sleep"), { QStringLiteral("600") });
    QVERIFY(m_child.waitForStarted());
    m_pid = QByteArray::number(m_child.processId());
}

void TestRemoteServe::cleanupTestCase()
{
    m_child.kill();
    m_child.waitForFinished();
}

void TestRemoteServe::scriptPassesAnyLoginShell()
{
    // Single quotes around it must hold in sh, bash, zsh, csh and fish: no newline, no quote,
    // and no backslash that fish would read inside single quotes (\\ and \').
    const QByteArray text = script();
    QVERIFY(!text.contains('\n'));
    QVERIFY(!text.contains('\''));
    QVERIFY(!text.contains("\\\\"));
    QCOMPARE(QByteArray::fromStdString(remoteServeCommand()), "sh -c '" + text + "'");
}

void TestRemoteServe::hello_data()
{
    QTest::addColumn<bool>("withServe");
    QTest::addColumn<QByteArray>("reader");
    QTest::newRow("no vmscope-cli on PATH") << false << QByteArray("shell");
    QTest::newRow("vmscope-cli on PATH") << true << QByteArray("serve");
}

void TestRemoteServe::hello()
{
    QFETCH(bool, withServe);
    QFETCH(QByteArray, reader);
    const auto answers = exchange(QStringLiteral("sh"), { QStringLiteral("-c"), QString::fromLatin1(script()) },
        "hello\nread /proc/version\n", withServe);
    QCOMPARE(answers.size(), 2);
    QVERIFY(answers[0].ok);
    QCOMPARE(answers[0].bytes, reader);
    QVERIFY(parseRemoteHello(answers[0].bytes.toStdString()).has_value());
    QCOMPARE(answers[1].bytes, liveFileBytes(QStringLiteral("/proc/version")));
}

void TestRemoteServe::reads_data()
{
    QTest::addColumn<bool>("withServe");
    QTest::newRow("shell and cat") << false;
    QTest::newRow("vmscope-cli serve") << true;
}

void TestRemoteServe::reads()
{
    QFETCH(bool, withServe);
    const QByteArray dir = "/proc/" + m_pid;
    const QByteArray input = "hello\nread " + dir + "/cmdline\nread " + dir
        + "/maps\nread /proc/sys/vm/overcommit_memory\n" + "read " + dir
        + "/no-such-file\nread /proc/999999999/status\nlist /proc/sys/vm\nlist " + dir + "\nlist /proc\n"
        + "read /proc/" + QByteArray(200, '9') + "/stat\n";
    const auto answers
        = exchange(QStringLiteral("sh"), { QStringLiteral("-c"), QString::fromLatin1(script()) }, input, withServe);
    QCOMPARE(answers.size(), 10);
    for (int i : { 0, 1, 2, 3, 6, 7, 8 })
        QVERIFY2(answers[i].ok, answers[i].describe().constData());
    QCOMPARE(answers[1].bytes, liveFileBytes(QString::fromLatin1(dir + "/cmdline")));
    QVERIFY(answers[1].bytes.contains('\0'));
    QCOMPARE(answers[2].bytes, liveFileBytes(QString::fromLatin1(dir + "/maps")));
    QCOMPARE(answers[3].bytes, liveFileBytes(QStringLiteral("/proc/sys/vm/overcommit_memory")));
    for (int i : { 4, 5, 9 }) {
        QVERIFY2(!answers[i].ok, answers[i].describe().constData());
        QCOMPARE(answers[i].bytes, QByteArray("ENOENT"));
    }
    QCOMPARE(answers[6].bytes, listing(QStringLiteral("/proc/sys/vm")));
    QCOMPARE(answers[7].bytes, listing(QString::fromLatin1(dir)));
    const QList<QByteArray> proc = answers[8].bytes.split('\n');
    QVERIFY(proc.contains(m_pid));
    QVERIFY(proc.contains("meminfo"));
    QVERIFY(std::is_sorted(proc.begin(), proc.end() - 1)); // the last is empty: every name ends in \n
}

void TestRemoteServe::refuses_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("error");
    const QByteArray dir = "/proc/" + m_pid;
    QTest::newRow("write") << QByteArray("write /proc/sys/vm/drop_caches 1") << QByteArray("EINVAL");
    QTest::newRow("other verb") << QByteArray("exec /bin/sh") << QByteArray("EINVAL");
    QTest::newRow("no path") << QByteArray("read") << QByteArray("EINVAL");
    QTest::newRow("relative") << QByteArray("read proc/meminfo") << QByteArray("EINVAL");
    QTest::newRow("traversal") << QByteArray("read /proc/../etc/shadow") << QByteArray("EINVAL");
    QTest::newRow("dot") << QByteArray("read /proc/./meminfo") << QByteArray("EINVAL");
    QTest::newRow("double slash") << QByteArray("read /proc//meminfo") << QByteArray("EINVAL");
    QTest::newRow("space") << QByteArray("read /proc/meminfo /etc/shadow") << QByteArray("EINVAL");
    QTest::newRow("tab") << QByteArray("read /proc/meminfo\t") << QByteArray("EINVAL");
    QTest::newRow("glob") << QByteArray("read /proc/*/environ") << QByteArray("EINVAL");
    QTest::newRow("substitution") << QByteArray("read /proc/$(reboot)") << QByteArray("EINVAL");
    QTest::newRow("option") << QByteArray("read -n") << QByteArray("EINVAL");
    QTest::newRow("etc") << QByteArray("read /etc/shadow") << QByteArray("EACCES");
    QTest::newRow("sys outside memory") << QByteArray("read /sys/kernel/notes") << QByteArray("EACCES");
    QTest::newRow("kcore") << QByteArray("read /proc/kcore") << QByteArray("EACCES");
    QTest::newRow("kmsg blocks") << QByteArray("read /proc/kmsg") << QByteArray("EACCES");
    QTest::newRow("environ") << QByteArray("read " + dir + "/environ") << QByteArray("EACCES");
    QTest::newRow("task mem") << QByteArray("read " + dir + "/task/" + m_pid + "/mem") << QByteArray("EACCES");
    QTest::newRow("pagemap") << QByteArray("read " + dir + "/pagemap") << QByteArray("EACCES");
    QTest::newRow("root") << QByteArray("read " + dir + "/root/etc/shadow") << QByteArray("EACCES");
    QTest::newRow("fd") << QByteArray("list " + dir + "/fd") << QByteArray("EACCES");
    QTest::newRow("directory") << QByteArray("read " + dir) << QByteArray("EISDIR");
    QTest::newRow("list a file") << QByteArray("list /proc/meminfo") << QByteArray("ENOTDIR");
    QTest::newRow("list missing") << QByteArray("list /proc/no-such-directory") << QByteArray("ENOENT");
}

void TestRemoteServe::refuses()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, error);
    // The request between two good ones: a refusal leaves the reader answering.
    const auto answers = exchange(QStringLiteral("sh"), { QStringLiteral("-c"), QString::fromLatin1(script()) },
        "hello\nread /proc/version\n" + request + "\nread /proc/version\n", false);
    QCOMPARE(answers.size(), 4);
    QCOMPARE(answers[0].bytes, QByteArray("shell"));
    QVERIFY(!answers[2].ok);
    QCOMPARE(answers[2].bytes, error);
    QVERIFY(!answers[2].sentence.isEmpty());
    QVERIFY(answers[3].ok);
    QCOMPARE(answers[1].bytes, answers[3].bytes);
}

void TestRemoteServe::helloFirst()
{
    QProcess process;
    process.start(QStringLiteral("sh"), { QStringLiteral("-c"), QString::fromLatin1(script()) });
    QVERIFY(process.waitForStarted());
    process.write("read /proc/version\nread /proc/version\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 1);
    bool valid = false;
    const auto answers = serveAnswersOf(process.readAllStandardOutput(), valid);
    QVERIFY(valid);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers[0].bytes, QByteArray("EINVAL"));
}

void TestRemoteServe::throughLoginShell_data()
{
    QTest::addColumn<QString>("shell");
    for (const QString& shell : { QStringLiteral("/bin/sh"), QStringLiteral("/bin/bash") })
        if (QFile::exists(shell))
            QTest::newRow(qPrintable(shell)) << shell;
}

void TestRemoteServe::throughLoginShell()
{
    // As sshd runs it: the user's login shell with -c and the whole command line.
    QFETCH(QString, shell);
    const auto answers = exchange(shell, { QStringLiteral("-c"), QString::fromStdString(remoteServeCommand()) },
        "hello\nread /proc/" + m_pid + "/cmdline\n", false);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0].bytes, QByteArray("shell"));
    QCOMPARE(answers[1].bytes, liveFileBytes(QStringLiteral("/proc/%1/cmdline").arg(QString::fromLatin1(m_pid))));
}

void TestRemoteServe::removesItsTemporaryFiles()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QDir dir(tmp.path());
    const QDir::Filters all = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
    // Standard input closed: the loop ends and the EXIT trap removes the directory.
    const auto answers = exchange(QStringLiteral("sh"), { QStringLiteral("-c"), QString::fromLatin1(script()) },
        "hello\nread /proc/version\nread /proc/no-such-file\nlist /proc/sys/vm\n", false, tmp.path());
    QCOMPARE(answers.size(), 4);
    QVERIFY2(dir.entryList(all).isEmpty(), qPrintable(dir.entryList(all).join(u' ')));

    // Ended by SIGTERM while it waits for a request (ssh's connection dropped, the client gone).
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    environment.insert(QStringLiteral("TMPDIR"), tmp.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("sh"), { QStringLiteral("-c"), QString::fromLatin1(script()) });
    QVERIFY(process.waitForStarted());
    process.write("hello\n");
    // The hello answer comes after the directory exists (mktemp -d runs before it).
    QByteArray hello;
    while (hello.size() < 10 && process.waitForReadyRead(120000))
        hello += process.readAllStandardOutput();
    QCOMPARE(hello, QByteArray("ok 5\nshell"));
    QCOMPARE(dir.entryList(all).size(), 1);
    process.terminate();
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(dir.entryList(all).isEmpty(), qPrintable(dir.entryList(all).join(u' ')));
}

QTEST_GUILESS_MAIN(TestRemoteServe)
#include "tst_remoteserve.moc"
