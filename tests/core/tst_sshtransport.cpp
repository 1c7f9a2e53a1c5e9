// --host's ssh rules (core/analysis/SshTransport.h): which hosts are passed to ssh, the argv, and
// the sentence for each way ssh fails, from stderr as OpenSSH 9.2p1 (Debian 12) wrote it here:
// against the test's own sshd (tests/cli/tst_remote.cpp: wrong key, unknown and changed host
// key), a closed port on 127.0.0.1, a name under .invalid, and an unreachable address.
#include "core/analysis/SshTransport.h"

#include <QtTest>

using namespace vmscope;

Q_DECLARE_METATYPE(vmscope::SshFailureKind)

class TestSshTransport : public QObject {
    Q_OBJECT

private slots:
    void hosts_data();
    void hosts();
    void argv();
    void failures_data();
    void failures();
    void sentence();
};

void TestSshTransport::hosts_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("name") << QByteArray("box") << true;
    QTest::newRow("fqdn") << QByteArray("db-1.example.org") << true;
    QTest::newRow("user") << QByteArray("ops_user@db-1.example.org") << true;
    QTest::newRow("ipv4") << QByteArray("root@192.168.1.20") << true;
    QTest::newRow("ipv6") << QByteArray("root@fe80::1") << true;
    QTest::newRow("config alias") << QByteArray("vmscope-test") << true;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("option") << QByteArray("-oProxyCommand=touch /tmp/x") << false;
    QTest::newRow("option after user") << QByteArray("root@-oProxyCommand=x") << false;
    QTest::newRow("option as user") << QByteArray("-F@box") << false;
    QTest::newRow("empty user") << QByteArray("@box") << false;
    QTest::newRow("empty host") << QByteArray("root@") << false;
    QTest::newRow("two at") << QByteArray("a@b@c") << false;
    QTest::newRow("space") << QByteArray("box ls") << false;
    QTest::newRow("semicolon") << QByteArray("box;reboot") << false;
    QTest::newRow("newline") << QByteArray("box\nls") << false;
    QTest::newRow("too long") << QByteArray(256, 'a') << false;
}

void TestSshTransport::hosts()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, accepted);
    const auto why = checkSshHost(host.toStdString());
    QCOMPARE(!why.has_value(), accepted);
    if (why)
        QVERIFY(!why->empty());
}

void TestSshTransport::argv()
{
    const std::vector<std::string> plain = sshArgv("root@box", "sh -c 'x'", "");
    const std::vector<std::string> expected { "ssh", "-T", "-o", "BatchMode=yes", "-o", "ConnectTimeout=15", "--",
        "root@box", "sh -c 'x'" };
    QVERIFY(plain == expected);
    const std::vector<std::string> configured = sshArgv("vmscope-test", "cmd", "/tmp/t/ssh_config");
    const std::vector<std::string> expectedConfigured { "ssh", "-T", "-o", "BatchMode=yes", "-o", "ConnectTimeout=15",
        "-F", "/tmp/t/ssh_config", "--", "vmscope-test", "cmd" };
    QVERIFY(configured == expectedConfigured);
}

void TestSshTransport::failures_data()
{
    QTest::addColumn<QByteArray>("stderrText");
    QTest::addColumn<SshFailureKind>("kind");
    QTest::addColumn<QByteArray>("lastLine");
    QTest::newRow("wrong key") << QByteArray("root@127.0.0.1: Permission denied (publickey).\n")
                               << SshFailureKind::Authentication
                               << QByteArray("root@127.0.0.1: Permission denied (publickey).");
    QTest::newRow("too many keys") << QByteArray(
        "Received disconnect from 127.0.0.1 port 2222:2: Too many authentication failures\n"
        "Disconnected from 127.0.0.1 port 2222\n")
                                   << SshFailureKind::Authentication
                                   << QByteArray("Disconnected from 127.0.0.1 port 2222");
    QTest::newRow("unknown host key, strict")
        << QByteArray("No ED25519 host key is known for [127.0.0.1]:43689 and you have requested strict checking.\n"
                      "Host key verification failed.\n")
        << SshFailureKind::HostKey << QByteArray("Host key verification failed.");
    QTest::newRow("changed host key") << QByteArray(
        "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
        "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n"
        "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
        "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\n"
        "Someone could be eavesdropping on you right now (man-in-the-middle attack)!\n"
        "It is also possible that a host key has just been changed.\n"
        "The fingerprint for the ED25519 key sent by the remote host is\n"
        "SHA256:c8VvC3k0jjPEKyJCs/wHYA5NmSj5fUNnTI76V+CZLxg.\n"
        "Please contact your system administrator.\n"
        "Add correct host key in /tmp/sshx/known_hosts_changed to get rid of this message.\n"
        "Offending ED25519 key in /tmp/sshx/known_hosts_changed:1\n"
        "  remove with:\n"
        "  ssh-keygen -f \"/tmp/sshx/known_hosts_changed\" -R \"[127.0.0.1]:43689\"\n"
        "Host key for [127.0.0.1]:43689 has changed and you have requested strict checking.\n"
        "Host key verification failed.\n")
                                      << SshFailureKind::HostKey << QByteArray("Host key verification failed.");
    QTest::newRow("name") << QByteArray("ssh: Could not resolve hostname nohost.invalid: Name or service not known\n")
                          << SshFailureKind::NameResolution
                          << QByteArray("ssh: Could not resolve hostname nohost.invalid: Name or service not known");
    QTest::newRow("no name service")
        << QByteArray("ssh: Could not resolve hostname box: Temporary failure in name resolution\r\n")
        << SshFailureKind::NameResolution
        << QByteArray("ssh: Could not resolve hostname box: Temporary failure in name resolution");
    QTest::newRow("refused") << QByteArray("ssh: connect to host 127.0.0.1 port 1: Connection refused\n")
                             << SshFailureKind::ConnectionRefused
                             << QByteArray("ssh: connect to host 127.0.0.1 port 1: Connection refused");
    QTest::newRow("no route") << QByteArray("ssh: connect to host 10.1.2.3 port 22: No route to host\n")
                              << SshFailureKind::Unreachable
                              << QByteArray("ssh: connect to host 10.1.2.3 port 22: No route to host");
    QTest::newRow("network unreachable") << QByteArray(
        "ssh: connect to host 2001:db8::1 port 22: Network is unreachable\n")
                                         << SshFailureKind::Unreachable
                                         << QByteArray(
                                                "ssh: connect to host 2001:db8::1 port 22: Network is unreachable");
    QTest::newRow("connect timeout") << QByteArray("ssh: connect to host 10.1.2.3 port 22: Connection timed out\n")
                                     << SshFailureKind::Unreachable
                                     << QByteArray("ssh: connect to host 10.1.2.3 port 22: Connection timed out");
    QTest::newRow("banner timeout") << QByteArray("Connection timed out during banner exchange\n"
                                                  "Connection to 10.255.255.1 port 22 timed out\n")
                                    << SshFailureKind::Unreachable
                                    << QByteArray("Connection to 10.255.255.1 port 22 timed out");
    QTest::newRow("closed before login") << QByteArray("kex_exchange_identification: Connection closed by remote host\n"
                                                       "Connection closed by 127.0.0.1 port 2222\n")
                                         << SshFailureKind::ConnectionClosed
                                         << QByteArray("Connection closed by 127.0.0.1 port 2222");
    QTest::newRow("reset") << QByteArray("kex_exchange_identification: read: Connection reset by peer\n")
                           << SshFailureKind::ConnectionClosed
                           << QByteArray("kex_exchange_identification: read: Connection reset by peer");
    QTest::newRow("bad config") << QByteArray("/root/.ssh/config: line 3: Bad configuration option: identityfle\n"
                                              "/root/.ssh/config: terminating, 1 bad configuration options\n")
                                << SshFailureKind::Other
                                << QByteArray("/root/.ssh/config: terminating, 1 bad configuration options");
    QTest::newRow("nothing said") << QByteArray("\n") << SshFailureKind::Other << QByteArray();
}

void TestSshTransport::failures()
{
    QFETCH(QByteArray, stderrText);
    QFETCH(SshFailureKind, kind);
    QFETCH(QByteArray, lastLine);
    const SshFailure failure = classifySshFailure(stderrText.toStdString());
    QCOMPARE(failure.kind, kind);
    QCOMPARE(QByteArray::fromStdString(failure.sshSaid), lastLine);
    QVERIFY(QByteArray(failure.sentenceTemplate).contains("%1"));
}

void TestSshTransport::sentence()
{
    const SshFailure auth = classifySshFailure("root@box: Permission denied (publickey).\n");
    QCOMPARE(QByteArray::fromStdString(sshFailureSentence(auth, "root@box")),
        QByteArray("ssh could not log in to root@box: no key or agent identity was accepted (vmscope never asks for "
                   "passwords) (ssh: root@box: Permission denied (publickey).)"));
    const SshFailure hostKey = classifySshFailure("Host key verification failed.\n");
    QCOMPARE(QByteArray::fromStdString(sshFailureSentence(hostKey, "box")),
        QByteArray("the host key of box is unknown or changed: connect once with ssh box in a terminal to check and "
                   "accept it (ssh: Host key verification failed.)"));
    const SshFailure refused = classifySshFailure("ssh: connect to host 127.0.0.1 port 1: Connection refused\n");
    QCOMPARE(QByteArray::fromStdString(sshFailureSentence(refused, "box")),
        QByteArray("box refused the connection: no ssh server listens on that port (ssh: connect to host 127.0.0.1 "
                   "port 1: Connection refused)"));
    const SshFailure silent = classifySshFailure("");
    QCOMPARE(QByteArray::fromStdString(sshFailureSentence(silent, "box")), QByteArray("ssh could not connect to box"));
    // fuzz_ssh_failure's finding (corpus: ssh-line-saying-percent-one-is-not-substituted): a
    // remote login script may print "%1"; it is ssh's text, quoted as it is, never a placeholder.
    const SshFailure percent = classifySshFailure("%1");
    QCOMPARE(QByteArray::fromStdString(sshFailureSentence(percent, "box")),
        QByteArray("ssh could not connect to box (ssh: %1)"));
}

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
