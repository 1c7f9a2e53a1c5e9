// Issue 13, done means for --host: against an sshd this test starts on 127.0.0.1 with a throw-away
// host key and user key, `vmscope-cli --host HOST --format json processes` gives the same rows as
// the local read, both when the remote side has no vmscope-cli (the shell reader) and when the
// build's vmscope-cli is on its PATH (serve). A wrong key and an unknown host key end quickly with
// their sentence and exit 2; ssh never prompts. Skipped with a message when sshd cannot start
// (openssh-server is a test dependency: scripts/install-deps.sh). ctest runs it alone
// (RUN_SERIAL): it compares two listings of the whole machine.
#include "CliRunner.h"

#include "core/read/RemoteConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using namespace vmscope;
using namespace vmscope::test;

namespace {

// A port free right now on 127.0.0.1 (the kernel's choice); sshd binds it a moment later, and a
// start that loses the race is tried again with another.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The rows of `processes --format json`, by pid.
QMap<int, QJsonObject> rowsOf(const QByteArray& json)
{
    QMap<int, QJsonObject> rows;
    const QJsonArray processes = QJsonDocument::fromJson(json).object().value(QStringLiteral("processes")).toArray();
    for (const QJsonValue& row : processes)
        rows.insert(row.toObject().value(QStringLiteral("pid")).toInt(), row.toObject());
    return rows;
}

QSet<int> livePids()
{
    QSet<int> pids;
    for (const QString& name : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const int pid = name.toInt(&number);
        if (number)
            pids.insert(pid);
    }
    return pids;
}

} // namespace

class TestRemote : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameRowsAsLocal_data();
    void sameRowsAsLocal();
    void wrongKey();
    void unknownHostKey();
    void loginScriptPrintsText();
    void badHost();

private:
    bool startSshd();
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sshd;
    QByteArray m_sshdLog;
    std::vector<std::unique_ptr<QProcess>> m_sleepers;
};

bool TestRemote::startSshd()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        // Three ports: sessions on the second get a PATH with the build's vmscope-cli (the serve
        // case); on the third a login script prints a greeting before the command runs.
        const int port = freePort();
        const int servePort = freePort();
        const int noisyPort = freePort();
        if (port == 0 || servePort == 0 || noisyPort == 0 || QSet<int> { port, servePort, noisyPort }.size() != 3)
            continue;
        const QByteArray cliDir = QFileInfo(QStringLiteral(VMSCOPE_CLI)).absolutePath().toUtf8();
        const QByteArray config = "ListenAddress 127.0.0.1\nPort " + QByteArray::number(port) + "\nPort "
            + QByteArray::number(servePort) + "\nPort " + QByteArray::number(noisyPort) + "\nHostKey "
            + path(QStringLiteral("host_key")).toUtf8() + "\nAuthorizedKeysFile "
            + path(QStringLiteral("authorized_keys")).toUtf8()
            + "\nStrictModes no\nPermitRootLogin prohibit-password\nPasswordAuthentication no\n"
              "KbdInteractiveAuthentication no\nUsePAM no\nPidFile none\n"
            + "Match LocalPort " + QByteArray::number(servePort) + "\n  SetEnv PATH=" + cliDir + ":/usr/bin:/bin\n"
            + "Match LocalPort " + QByteArray::number(noisyPort)
            + "\n  ForceCommand echo Welcome to the test machine; eval \"$SSH_ORIGINAL_COMMAND\"\n";
        if (!writeFile(path(QStringLiteral("sshd_config")), config))
            return false;
        m_sshd = std::make_unique<QProcess>();
        m_sshd->setProcessChannelMode(QProcess::MergedChannels);
        // Ends with this test even when it crashes before its cleanup.
        m_sshd->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_sshd->start(QStringLiteral("/usr/sbin/sshd"),
            { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), path(QStringLiteral("sshd_config")) });
        if (!m_sshd->waitForStarted())
            return false;
        // Ready once it says so for every port; a lost race for a port ends it instead.
        m_sshdLog.clear();
        while (m_sshdLog.count("Server listening") < 3 && m_sshd->state() == QProcess::Running
            && m_sshd->waitForReadyRead(60000))
            m_sshdLog += m_sshd->readAll();
        if (m_sshdLog.count("Server listening") == 3) {
            // The client side: one Host entry per case, all through VMSCOPE_SSH_CONFIG.
            const auto entry = [this](const char* name, int entryPort, const char* key, const char* knownHosts,
                                   const char* checking) -> QByteArray {
                return "Host " + QByteArray(name) + "\n  HostName 127.0.0.1\n  Port " + QByteArray::number(entryPort)
                    + "\n  User root\n  IdentitiesOnly yes\n  BatchMode yes\n  IdentityFile "
                    + path(QString::fromLatin1(key)).toUtf8() + "\n  UserKnownHostsFile "
                    + path(QString::fromLatin1(knownHosts)).toUtf8() + "\n  StrictHostKeyChecking " + checking + "\n\n";
            };
            const QByteArray client = entry("vmscope-test", port, "user_key", "known_hosts", "accept-new")
                + entry("vmscope-test-serve", servePort, "user_key", "known_hosts", "accept-new")
                + entry("vmscope-test-noisy", noisyPort, "user_key", "known_hosts", "accept-new")
                + entry("vmscope-test-wrongkey", port, "wrong_key", "known_hosts", "accept-new")
                + entry("vmscope-test-strict", port, "user_key", "known_hosts_empty", "yes");
            return writeFile(path(QStringLiteral("ssh_config")), client);
        }
        m_sshd->kill();
        m_sshd->waitForFinished();
    }
    return false;
}

void TestRemote::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
        QSKIP("/usr/sbin/sshd is missing: install openssh-server (scripts/install-deps.sh) to test --host");
    if (::geteuid() != 0)
        QSKIP("sshd for the test runs as root (it logs in as root with a throw-away key); run as root to test --host");
    // sshd refuses to start without its privilege-separation directory.
    if (!QDir().mkpath(QStringLiteral("/run/sshd")))
        QSKIP("cannot create /run/sshd, which sshd needs");
    for (const char* key : { "host_key", "user_key", "wrong_key" })
        if (!run(QStringLiteral("ssh-keygen"),
                { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                    QString(), QStringLiteral("-f"), path(QString::fromLatin1(key)) }))
            QSKIP("ssh-keygen could not make a throw-away key");
    QFile::remove(path(QStringLiteral("authorized_keys")));
    QVERIFY(QFile::copy(path(QStringLiteral("user_key.pub")), path(QStringLiteral("authorized_keys"))));
    if (!startSshd())
        QSKIP(qPrintable(
            QStringLiteral("sshd did not start on 127.0.0.1: %1").arg(QString::fromUtf8(m_sshdLog.right(300)))));
    // Only the test's configuration and key files: no agent identity may log in for the wrong key.
    qputenv(kSshConfigEnvironment, path(QStringLiteral("ssh_config")).toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    // Idle processes of this test, from a copy of sleep: no other program on the machine maps its
    // pages, so their RSS and VMAs stay as they are while other programs start and end.
    const QString sleep = path(QStringLiteral("vmscope-test-sleep"));
    QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), sleep));
    QVERIFY(QFile::setPermissions(sleep, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    for (int i = 0; i < 3; ++i) {
        auto sleeper = std::make_unique<QProcess>();
        sleeper->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        sleeper->start(sleep, { QStringLiteral("600") });
        QVERIFY(sleeper->waitForStarted());
        m_sleepers.push_back(std::move(sleeper));
    }
}

void TestRemote::cleanupTestCase()
{
    for (auto& sleeper : m_sleepers) {
        sleeper->kill();
        sleeper->waitForFinished();
    }
    if (m_sshd) {
        m_sshd->kill();
        m_sshd->waitForFinished();
    }
    qunsetenv(kSshConfigEnvironment);
}

void TestRemote::sameRowsAsLocal_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("reader");
    QTest::newRow("remote without vmscope-cli") << QStringLiteral("vmscope-test") << QStringLiteral("shell and cat");
    QTest::newRow("vmscope-cli serve on the remote PATH")
        << QStringLiteral("vmscope-test-serve") << QStringLiteral("vmscope-cli serve");
}

void TestRemote::sameRowsAsLocal()
{
    QFETCH(QString, host);
    QFETCH(QString, reader);
    // Which reader answers, as describe() says it.
    RemoteOptions options;
    options.sshConfig = path(QStringLiteral("ssh_config")).toStdString();
    auto connected = connectRemote(host.toStdString(), options);
    const auto* failed = std::get_if<RemoteConnectError>(&connected);
    QVERIFY2(!failed, failed ? failed->error.message().c_str() : "");
    const QString description = QString::fromStdString(std::get<RemoteConnection>(connected).description);
    if (reader == QStringLiteral("shell and cat") && description.contains(QStringLiteral("serve")))
        QSKIP("a vmscope-cli is installed on this machine's default PATH, so the remote side runs serve: the shell "
              "reader itself is covered by tst_remoteserve");
    QCOMPARE(description, QStringLiteral("ssh %1 (%2)").arg(host, reader));
    connected = RemoteConnectError {}; // ends that ssh connection

    // The test's own idle children, every field but PSS and USS: they move whenever another
    // process maps or unmaps the same libc pages, and the ssh session starts such processes (sshd,
    // sh, cat) while it reads, which turns some of a sleeper's private pages shared for that
    // moment (measured: USS 116 kB before and after, 108 kB during). RSS, swap, VMAs, names and
    // commands do not move for an idle process; a comparison counts only when two local reads
    // around the remote one agree (a quiet moment).
    const QStringList local { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("processes") };
    const QStringList remote = QStringList { QStringLiteral("--host"), host } + local;
    const auto sleeperRows = [this](const QMap<int, QJsonObject>& rows) {
        QList<QJsonObject> kept;
        for (const auto& sleeper : m_sleepers) {
            QJsonObject row = rows.value(static_cast<int>(sleeper->processId()));
            row.remove(QStringLiteral("pss"));
            row.remove(QStringLiteral("uss"));
            kept << row;
        }
        return kept;
    };
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QSet<int> before = livePids();
        const CliRun first = runCli(local);
        const CliRun overSsh = runCli(remote);
        const CliRun second = runCli(local);
        const QSet<int> after = livePids();
        QVERIFY2(first.exitCode == 0, first.describe().constData());
        QVERIFY2(overSsh.exitCode == 0, overSsh.describe().constData());
        QVERIFY2(second.exitCode == 0, second.describe().constData());
        const QMap<int, QJsonObject> localRows = rowsOf(first.out);
        const QMap<int, QJsonObject> remoteRows = rowsOf(overSsh.out);
        QVERIFY(!localRows.isEmpty());
        if (sleeperRows(localRows) != sleeperRows(rowsOf(second.out)))
            continue;
        const QList<QJsonObject> expected = sleeperRows(localRows);
        QCOMPARE(sleeperRows(remoteRows), expected);
        for (const QJsonObject& row : expected)
            QVERIFY(row.value(QStringLiteral("command")).toString().endsWith(QStringLiteral("vmscope-test-sleep 600")));
        // Every process that lived through all three reads and was listed by both local ones (or
        // by neither: kernel threads) is listed over ssh too (or not). One listed by only one of
        // them was starting or exiting (a zombie keeps its pid until reaped).
        const QMap<int, QJsonObject> secondRows = rowsOf(second.out);
        QStringList differences;
        QSet<int> lived = before;
        lived.intersect(after);
        for (const int pid : lived)
            if (localRows.contains(pid) == secondRows.contains(pid)
                && localRows.contains(pid) != remoteRows.contains(pid))
                differences << QString::number(pid);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u' ')));
        return;
    }
    QFAIL("the test's idle children changed between every two local reads (10 attempts)");
}

void TestRemote::wrongKey()
{
    const CliRun remote
        = runCli({ QStringLiteral("--host"), QStringLiteral("vmscope-test-wrongkey"), QStringLiteral("processes") });
    QCOMPARE(remote.exitCode, 2);
    QVERIFY2(
        remote.err.contains("ssh could not log in to vmscope-test-wrongkey: no key or agent identity was accepted"),
        remote.err.constData());
    QVERIFY(remote.out.isEmpty());
}

void TestRemote::unknownHostKey()
{
    const CliRun remote
        = runCli({ QStringLiteral("--host"), QStringLiteral("vmscope-test-strict"), QStringLiteral("processes") });
    QCOMPARE(remote.exitCode, 2);
    QVERIFY2(remote.err.contains("the host key of vmscope-test-strict is unknown or changed: connect once with ssh "
                                 "vmscope-test-strict in a terminal"),
        remote.err.constData());
}

void TestRemote::loginScriptPrintsText()
{
    // A greeting on stdout before the reader starts: the answers cannot be trusted, and the
    // sentence says where to look.
    const CliRun remote
        = runCli({ QStringLiteral("--host"), QStringLiteral("vmscope-test-noisy"), QStringLiteral("processes") });
    QCOMPARE(remote.exitCode, 2);
    QVERIFY2(remote.err.contains("ssh vmscope-test-noisy did not start vmscope's reader")
            && remote.err.contains("a login shell that prints text"),
        remote.err.constData());
    QVERIFY(remote.out.isEmpty());
}

void TestRemote::badHost()
{
    // Never handed to ssh: an option in disguise is a usage error.
    const CliRun remote = runCli(
        { QStringLiteral("--host"), QStringLiteral("-oProxyCommand=touch /tmp/x"), QStringLiteral("processes") });
    QCOMPARE(remote.exitCode, 1);
    QVERIFY2(remote.err.contains("--host"), remote.err.constData());
}

QTEST_GUILESS_MAIN(TestRemote)
#include "tst_remote.moc"
