// Starting the root helper (workload/RootHelper.h) without root: fake `pkexec` and `sudo` scripts
// first in PATH say what the real ones say when they refuse (sudo -n without a rule, a dismissed
// polkit dialog, no polkitd), and each becomes its one sentence; a fake sudo that simply runs
// the command (as this user) shows the argument vector and the fallback from an unusable pkexec
// to sudo -n, with a real vmscope-cli serve answering.
#include "workload/RootHelper.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>

using namespace vmscope;

namespace {

// PATH holds only the fake helpers' directory and /bin (for sh) while it lives.
class FakeHelpers {
public:
    FakeHelpers()
    {
        if (const char* path = std::getenv("PATH"))
            m_previousPath = path;
        ::setenv("PATH", (m_dir.path() + QStringLiteral(":/usr/bin:/bin")).toLocal8Bit().constData(), 1);
    }
    ~FakeHelpers() { ::setenv("PATH", m_previousPath.c_str(), 1); }
    FakeHelpers(const FakeHelpers&) = delete;
    FakeHelpers& operator=(const FakeHelpers&) = delete;

    bool add(const QString& name, const QByteArray& script)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("#!/bin/sh\n" + script + "\n");
        file.close();
        return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool valid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    std::string m_previousPath;
};

std::string message(const Result<std::shared_ptr<ServeChannel>>& started)
{
    return started ? std::string("started") : started.error().message();
}

} // namespace

class TestRootHelper : public QObject {
    Q_OBJECT

private slots:
    void sentences_data();
    void sentences();
    void argvUsesAbsoluteHelpers();
    void sudoWithoutRule();
    void pkexecDismissed();
    void autoFallsBackToSudoWhenPkexecCannotWork();
    void relativeCliPathIsRefused();
};

void TestRootHelper::sentences_data()
{
    QTest::addColumn<bool>("pkexec");
    QTest::addColumn<QByteArray>("stderrText");
    QTest::addColumn<QByteArray>("sentence");
    QTest::newRow("sudo -n, no rule") << false << QByteArray("sudo: a password is required\n")
                                      << QByteArray("sudo needs a password for vmscope-cli serve: add a sudoers "
                                                    "rule (see README) or use pkexec");
    QTest::newRow("sudo, not allowed")
        << false << QByteArray("Sorry, user alice is not allowed to execute '/usr/bin/vmscope-cli serve' as root.\n")
        << QByteArray("sudo does not allow this user to run vmscope-cli serve: add a sudoers rule (see README) or use "
                      "pkexec");
    QTest::newRow("pkexec dismissed") << true
                                      << QByteArray("Error executing command as another user: Request dismissed\n")
                                      << QByteArray("authentication was dismissed");
    QTest::newRow("pkexec not authorised")
        << true << QByteArray("Error executing command as another user: Not authorized\n")
        << QByteArray(
               "polkit does not authorise this user to run vmscope-cli serve as root (action org.vmscope.serve)");
    QTest::newRow("unknown") << false << QByteArray("something else\n") << QByteArray("fallback");
}

void TestRootHelper::sentences()
{
    QFETCH(bool, pkexec);
    QFETCH(QByteArray, stderrText);
    QFETCH(QByteArray, sentence);
    QCOMPARE(
        QByteArray::fromStdString(rootHelperFailureSentence(pkexec, stderrText.toStdString(), "fallback")), sentence);
}

void TestRootHelper::argvUsesAbsoluteHelpers()
{
    FakeHelpers helpers;
    QVERIFY(helpers.valid());
    QVERIFY(helpers.add(QStringLiteral("sudo"), "exit 1"));
    QVERIFY(helpers.add(QStringLiteral("pkexec"), "exit 1"));
    const std::string sudo = helpers.path(QStringLiteral("sudo")).toStdString();
    const std::string pkexec = helpers.path(QStringLiteral("pkexec")).toStdString();
    QCOMPARE(rootHelperArgv(RootHelperMethod::Sudo, "/opt/vmscope-cli"),
        (std::vector<std::string> { sudo, "-n", "/opt/vmscope-cli", "serve" }));
    QCOMPARE(rootHelperArgv(RootHelperMethod::Pkexec, "/opt/vmscope-cli"),
        (std::vector<std::string> { pkexec, "/opt/vmscope-cli", "serve" }));
    QCOMPARE(rootHelperArgv(RootHelperMethod::Auto, "/opt/vmscope-cli"),
        (std::vector<std::string> { pkexec, "/opt/vmscope-cli", "serve" }));
}

void TestRootHelper::sudoWithoutRule()
{
    FakeHelpers helpers;
    QVERIFY(helpers.add(QStringLiteral("sudo"), "echo 'sudo: a password is required' >&2; exit 1"));
    const auto started = startRootHelper(RootHelperMethod::Sudo, VMSCOPE_CLI);
    QVERIFY(!started);
    QCOMPARE(started.error().message(),
        std::string("sudo needs a password for vmscope-cli serve: add a sudoers rule (see README) or use pkexec"));
}

void TestRootHelper::pkexecDismissed()
{
    FakeHelpers helpers;
    QVERIFY(helpers.add(
        QStringLiteral("pkexec"), "echo 'Error executing command as another user: Request dismissed' >&2; exit 126"));
    QVERIFY(helpers.add(QStringLiteral("sudo"), "shift; exec \"$@\"")); // never reached: no fallback after a refusal
    const auto started = startRootHelper(RootHelperMethod::Auto, VMSCOPE_CLI);
    QVERIFY(!started);
    QCOMPARE(started.error().message(), std::string("authentication was dismissed"));
}

void TestRootHelper::autoFallsBackToSudoWhenPkexecCannotWork()
{
    FakeHelpers helpers;
    QVERIFY(helpers.add(QStringLiteral("pkexec"),
        "echo 'Error getting authority: Error initializing authority: Could not connect' >&2; exit 127"));
    // "sudo -n CLI serve" as this user: drops -n and runs the rest.
    QVERIFY(helpers.add(QStringLiteral("sudo"), "[ \"$1\" = -n ] || exit 9; shift; exec \"$@\""));
    const auto started = startRootHelper(RootHelperMethod::Auto, VMSCOPE_CLI);
    QVERIFY2(started.ok(), message(started).c_str());
    const auto& channel = *started;
    QCOMPARE(channel->commandLine(), helpers.path(QStringLiteral("sudo")).toStdString() + " -n " VMSCOPE_CLI " serve");
    const auto answers = channel->exchange({ "read /proc/sys/vm/overcommit_memory" });
    QVERIFY(answers.front().ok());

    // Asked for pkexec by name: its sentence, no fallback.
    const auto pkexecOnly = startRootHelper(RootHelperMethod::Pkexec, VMSCOPE_CLI);
    QVERIFY(!pkexecOnly);
    QVERIFY2(pkexecOnly.error().message().starts_with("pkexec could not reach polkit"),
        pkexecOnly.error().message().c_str());
}

void TestRootHelper::relativeCliPathIsRefused()
{
    QVERIFY(!startRootHelper(RootHelperMethod::Sudo, "vmscope-cli"));
    QVERIFY(!startRootHelper(RootHelperMethod::Sudo, ""));
}

QTEST_GUILESS_MAIN(TestRootHelper)
#include "tst_roothelper.moc"
