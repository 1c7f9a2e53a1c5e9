// vmscope-cli --privileged (issue 13), end to end as a user would meet it: a normal user with a
// sudoers rule for exactly `vmscope-cli serve` reads a root-owned process's smaps with
// --privileged=sudo and not without; a user without the rule gets one sentence and a quick
// nonzero exit (sudo -n never prompts); a write through the helper is applied and logged.
// Needs root (it adds a system user and a sudoers rule, and removes the rule again whatever happens).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <mutex>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

namespace {

const QString kUser = QStringLiteral("vmscope-test");
const QString kSudoersFile = QStringLiteral("/etc/sudoers.d/vmscope-test");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray describe() const { return "exit " + QByteArray::number(exitCode) + "; stderr: " + err.left(600); }
};

Run runProgram(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = program.toUtf8() + " did not finish normally";
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// As USER, without a shell (runuser -u execs the command itself).
Run runAs(const QString& user, const QString& program, const QStringList& arguments)
{
    return runProgram(QStringLiteral("runuser"),
        QStringList { QStringLiteral("-u"), user, QStringLiteral("--"), program } + arguments);
}

// The figures of a VMA that belong to the process alone: its place, its file and its resident
// size. Pss, Shared_* and Private_* move whenever another process maps the same pages (the
// helper itself maps libc), so they are left out of the comparison.
QJsonArray ownFigures(const QByteArray& mapsJson)
{
    QJsonArray rows;
    const QJsonArray vmas = QJsonDocument::fromJson(mapsJson).object().value(QStringLiteral("vmas")).toArray();
    for (const QJsonValue& value : vmas) {
        const QJsonObject vma = value.toObject();
        const QJsonObject fields = vma.value(QStringLiteral("fields")).toObject();
        QJsonObject row;
        for (const char* key : { "start", "end", "perms", "offset", "dev", "inode", "path", "kind" })
            row.insert(QLatin1String(key), vma.value(QLatin1String(key)));
        for (const char* key : { "Size", "Rss", "Anonymous", "Swap", "Locked" })
            row.insert(QLatin1String(key), fields.value(QLatin1String(key)));
        rows.append(row);
    }
    return rows;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) ? file.readAll().trimmed() : QByteArray();
}

// The system log's socket, when no syslog daemon has it: what the helper logs arrives here. Read
// all the time on a thread of its own: a datagram socket queues only a few messages
// (net.unix.max_dgram_qlen), and syslog(3) would block sudo and the helper once it is full.
class SyslogCatcher {
public:
    SyslogCatcher()
    {
        if (QFile::exists(QStringLiteral("/dev/log")))
            return; // a real syslog daemon: the lines go to it
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::strcpy(address.sun_path, "/dev/log");
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            if (m_fd >= 0)
                ::close(m_fd);
            m_fd = -1;
            return;
        }
        ::chmod("/dev/log", 0666);
        m_reader = std::thread([this] {
            char buffer[8192];
            while (!m_stop) {
                pollfd fd { m_fd, POLLIN, 0 };
                if (::poll(&fd, 1, 20) <= 0)
                    continue;
                const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
                if (got > 0) {
                    const std::lock_guard lock(m_mutex);
                    m_received.append(buffer, got).append('\n');
                }
            }
        });
    }
    ~SyslogCatcher()
    {
        if (m_fd < 0)
            return;
        m_stop = true;
        m_reader.join();
        ::close(m_fd);
        ::unlink("/dev/log");
    }
    SyslogCatcher(const SyslogCatcher&) = delete;
    SyslogCatcher& operator=(const SyslogCatcher&) = delete;

    bool active() const { return m_fd >= 0; }

    QByteArray received() const
    {
        const std::lock_guard lock(m_mutex);
        return m_received;
    }

private:
    int m_fd = -1;
    std::atomic<bool> m_stop { false };
    std::thread m_reader;
    mutable std::mutex m_mutex;
    QByteArray m_received;
};

} // namespace

class TestPrivileged : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsRootProcessOnlyWithPrivileged();
    void userWithoutRuleGetsOneSentence();
    void readsKernelLogWithPrivileged();
    void writeIsAppliedAndLogged();

private:
    // Under /tmp itself, not $TMPDIR: every directory on the way must be open to the test user.
    QTemporaryDir m_dir { QStringLiteral("/tmp/vmscope-privileged-XXXXXX") };
    QString m_cli; // the copy the sudoers rule names
    QProcess m_rootChild; // a root-owned process to read
    std::optional<QByteArray> m_swappiness; // to put back
};

void TestPrivileged::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: it adds the system user vmscope-test and a sudoers rule for it");
    for (const char* tool : { "sudo", "runuser", "useradd", "visudo" })
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()
            && !QFile::exists(QStringLiteral("/usr/sbin/") + QLatin1String(tool)))
            QSKIP(qPrintable(
                QStringLiteral("needs %1 (scripts/install-deps.sh installs sudo)").arg(QLatin1String(tool))));
    if (!QDir(QStringLiteral("/etc/sudoers.d")).exists())
        QSKIP("needs /etc/sudoers.d");

    // A copy in a fresh 0755 directory: the test user may run it whatever the build tree allows.
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther));
    m_cli = QFileInfo(m_dir.filePath(QStringLiteral("vmscope-cli"))).absoluteFilePath();
    QVERIFY(QFile::copy(QStringLiteral(VMSCOPE_CLI), m_cli));
    QVERIFY(QFile::setPermissions(m_cli,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther));

    if (runProgram(QStringLiteral("id"), { QStringLiteral("-u"), kUser }).exitCode != 0) {
        const Run added = runProgram(QStringLiteral("useradd"),
            { QStringLiteral("-r"), QStringLiteral("-M"), QStringLiteral("-s"), QStringLiteral("/usr/sbin/nologin"),
                kUser });
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }

    // The rule, checked by visudo before it is installed: exactly `vmscope-cli serve`, nothing else.
    const QString candidate = m_dir.filePath(QStringLiteral("sudoers-candidate"));
    {
        QFile rule(candidate);
        QVERIFY(rule.open(QIODevice::WriteOnly));
        rule.write((kUser + QStringLiteral(" ALL=(root) NOPASSWD: ") + m_cli + QStringLiteral(" serve\n")).toUtf8());
    }
    const Run checked = runProgram(QStringLiteral("visudo"), { QStringLiteral("-cf"), candidate });
    QVERIFY2(checked.exitCode == 0, checked.describe().constData());
    QFile::remove(kSudoersFile);
    QVERIFY(QFile::copy(candidate, kSudoersFile));
    QCOMPARE(::chmod(QFile::encodeName(kSudoersFile).constData(), 0440), 0);
    struct stat st { };
    QCOMPARE(::stat(QFile::encodeName(kSudoersFile).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0440u);

    m_rootChild.start(QStringLiteral("sleep"), { QStringLiteral("600") });
    QVERIFY(m_rootChild.waitForStarted());
}

void TestPrivileged::cleanupTestCase()
{
    // Always, also after a failed check: the rule must not outlive the test.
    QFile::remove(kSudoersFile);
    if (m_swappiness) {
        QFile file(QStringLiteral("/proc/sys/vm/swappiness"));
        if (file.open(QIODevice::WriteOnly))
            file.write(*m_swappiness + "\n");
    }
    if (m_rootChild.state() != QProcess::NotRunning) {
        m_rootChild.kill();
        m_rootChild.waitForFinished();
    }
}

void TestPrivileged::readsRootProcessOnlyWithPrivileged()
{
    const QString pid = QString::number(m_rootChild.processId());
    const Run denied
        = runAs(kUser, m_cli, { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("maps"), pid });
    QCOMPARE(denied.exitCode, 2);
    QVERIFY2(denied.err.contains(QByteArray("permission denied reading /proc/" + pid.toLatin1() + "/")),
        denied.describe().constData());

    const Run privileged = runAs(kUser, m_cli,
        { QStringLiteral("--privileged=sudo"), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("maps"), pid });
    QVERIFY2(privileged.exitCode == 0, privileged.describe().constData());
    const Run asRoot
        = runProgram(m_cli, { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("maps"), pid });
    QVERIFY2(asRoot.exitCode == 0, asRoot.describe().constData());
    const QJsonArray got = ownFigures(privileged.out);
    QVERIFY(!got.isEmpty());
    QCOMPARE(got, ownFigures(asRoot.out));
}

void TestPrivileged::userWithoutRuleGetsOneSentence()
{
    // nobody has no sudoers rule: sudo -n refuses at once instead of asking for a password.
    const Run refused
        = runAs(QStringLiteral("nobody"), m_cli, { QStringLiteral("--privileged=sudo"), QStringLiteral("meminfo") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(refused.err,
        QByteArray("vmscope-cli: sudo needs a password for vmscope-cli serve: add a sudoers rule (see README) or use "
                   "pkexec\n"));
}

void TestPrivileged::readsKernelLogWithPrivileged()
{
    // /dev/kmsg through the helper: what oom-report reads when no FILE is given.
    if (fileBytes(QStringLiteral("/proc/sys/kernel/dmesg_restrict")) == "1") {
        const Run denied = runAs(kUser, m_cli, { QStringLiteral("oom-report") });
        QCOMPARE(denied.exitCode, 2);
        QVERIFY2(denied.err.contains("permission denied reading the kernel log"), denied.describe().constData());
    }
    const Run privileged = runAs(kUser, m_cli,
        { QStringLiteral("--privileged=sudo"), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("oom-report") });
    QVERIFY2(privileged.exitCode == 0, privileged.describe().constData());
    QJsonParseError parsed {};
    QJsonDocument::fromJson(privileged.out, &parsed);
    QCOMPARE(parsed.error, QJsonParseError::NoError);
}

void TestPrivileged::writeIsAppliedAndLogged()
{
    const QByteArray before = fileBytes(QStringLiteral("/proc/sys/vm/swappiness"));
    QVERIFY(!before.isEmpty());
    m_swappiness = before;
    const QByteArray changed = before == "60" ? "61" : "60";
    SyslogCatcher syslog;
    const Run set = runAs(kUser, m_cli,
        { QStringLiteral("--privileged=sudo"), QStringLiteral("sysctl"), QStringLiteral("--set"),
            QStringLiteral("vm.swappiness=") + QString::fromLatin1(changed) });
    QVERIFY2(set.exitCode == 0, set.describe().constData());
    QCOMPARE(set.out, "vm.swappiness: " + before + " -> " + changed + "\n");
    QCOMPARE(fileBytes(QStringLiteral("/proc/sys/vm/swappiness")), changed);
    // Put back through the same path.
    const Run back = runAs(kUser, m_cli,
        { QStringLiteral("--privileged=sudo"), QStringLiteral("sysctl"), QStringLiteral("--set"),
            QStringLiteral("vm.swappiness=") + QString::fromLatin1(before) });
    QVERIFY2(back.exitCode == 0, back.describe().constData());
    QCOMPARE(fileBytes(QStringLiteral("/proc/sys/vm/swappiness")), before);
    m_swappiness.reset();

    if (!syslog.active())
        QSKIP("a syslog daemon owns /dev/log: the helper's log lines go there, not checked here");
    // serve logs before it answers, so both lines were sent before the commands ended; the
    // catcher's thread takes them off the socket.
    QTRY_VERIFY_WITH_TIMEOUT(syslog.received().count("vmscope-cli serve: uid 0 wrote") >= 2, 30000);
    const QByteArray log = syslog.received();
    QVERIFY2(log.contains(QByteArray("vmscope-cli serve: uid 0 wrote " + changed + " to /proc/sys/vm/swappiness (ok)")),
        log.constData());
    QVERIFY2(log.contains(QByteArray("vmscope-cli serve: uid 0 wrote " + before + " to /proc/sys/vm/swappiness (ok)")),
        log.constData());
}

QTEST_GUILESS_MAIN(TestPrivileged)
#include "tst_privileged.moc"
