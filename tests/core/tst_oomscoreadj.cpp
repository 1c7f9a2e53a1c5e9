// Who may change oom_score_adj, before and after the write (fs/proc/base.c __set_oom_adj), and
// the local writer against a copied proc root: values land in regular files only.
#include "core/analysis/OomScoreAdjChange.h"
#include "core/io/KernelWriter.h"
#include "core/parse/ProcessParsers.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace vmscope;

Q_DECLARE_METATYPE(vmscope::OomAdjChange)
Q_DECLARE_METATYPE(vmscope::OomAdjRefusal)

namespace {
const WriterPrivileges kUser { 1000, false };
const WriterPrivileges kRootWithoutCap { 0, false };
const WriterPrivileges kRootWithCap { 0, true };

WriterPrivileges privilegesNamed(const QString& name)
{
    if (name == QLatin1String("user"))
        return kUser;
    if (name == QLatin1String("root-no-cap"))
        return kRootWithoutCap;
    return kRootWithCap;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestOomScoreAdj : public QObject {
    Q_OBJECT
private slots:
    void privilegesFromStatus_data();
    void privilegesFromStatus();
    void forecast_data();
    void forecast();
    void refusal_data();
    void refusal();
    void command();
    void writerWritesRegularFilesOnly();
};

void TestOomScoreAdj::privilegesFromStatus_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<bool>("known");
    QTest::addColumn<uint>("euid");
    QTest::addColumn<bool>("capSysResource");
    const QByteArray head = "Name:\tvmscope\nState:\tS (sleeping)\nTgid:\t42\nPid:\t42\nPPid:\t1\n";
    // This project's machines: root with every capability but CAP_SYS_RESOURCE (bit 24 clear).
    QTest::newRow("root without CAP_SYS_RESOURCE")
        << head + "Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nCapEff:\t000001fffeffffff\n" << true << 0u << false;
    QTest::newRow("full root") << head + "Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nCapEff:\t000001ffffffffff\n" << true
                               << 0u << true;
    QTest::newRow("user") << head + "Uid:\t1000\t1000\t1000\t1000\nGid:\t1000\t1000\t1000\t1000\nCapEff:\t0000000000000000\n"
                          << true << 1000u << false;
    QTest::newRow("setuid: the effective uid counts")
        << head + "Uid:\t1000\t0\t0\t0\nGid:\t1000\t1000\t1000\t1000\nCapEff:\t0000000001000000\n" << true << 0u << true;
    QTest::newRow("no CapEff (2.6.x)") << head + "Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\n" << false << 0u << false;
    QTest::newRow("CapEff not hex") << head + "Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nCapEff:\tzz\n" << false << 0u << false;
}

void TestOomScoreAdj::privilegesFromStatus()
{
    QFETCH(QByteArray, status);
    QFETCH(bool, known);
    QFETCH(uint, euid);
    QFETCH(bool, capSysResource);
    const auto parsed = parse::parseStatus(std::string_view(status.constData(), std::size_t(status.size())), "status");
    QVERIFY(bool(parsed));
    const auto privileges = writerPrivilegesFromStatus(*parsed);
    QCOMPARE(privileges.has_value(), known);
    if (!known)
        return;
    QCOMPARE(privileges->effectiveUid, euid);
    QCOMPARE(privileges->capSysResource, capSysResource);
}

void TestOomScoreAdj::forecast_data()
{
    QTest::addColumn<QString>("writer");
    QTest::addColumn<uint>("owner");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("requested");
    QTest::addColumn<OomAdjChange>("expected");
    QTest::newRow("own, raise") << "user" << 1000u << 0 << 500 << OomAdjChange::Allowed;
    QTest::newRow("own, back to the same") << "user" << 1000u << 300 << 300 << OomAdjChange::Allowed;
    QTest::newRow("own, lower") << "user" << 1000u << 500 << 0 << OomAdjChange::MayBeRefused;
    QTest::newRow("own, exempt") << "user" << 1000u << 0 << -1000 << OomAdjChange::MayBeRefused;
    QTest::newRow("another user's") << "user" << 0u << 0 << 500 << OomAdjChange::NeedsRoot;
    QTest::newRow("root raises anyone's") << "root-no-cap" << 1000u << 0 << 1000 << OomAdjChange::Allowed;
    QTest::newRow("root without the cap lowers") << "root-no-cap" << 1000u << 0 << -500 << OomAdjChange::NeedsCapSysResource;
    QTest::newRow("root with the cap lowers") << "root" << 1000u << 0 << -1000 << OomAdjChange::Allowed;
}

void TestOomScoreAdj::forecast()
{
    QFETCH(QString, writer);
    QFETCH(uint, owner);
    QFETCH(int, current);
    QFETCH(int, requested);
    QFETCH(OomAdjChange, expected);
    QCOMPARE(predictOomAdjChange(owner, current, requested, privilegesNamed(writer)), expected);
}

void TestOomScoreAdj::refusal_data()
{
    QTest::addColumn<int>("errorNumber");
    QTest::addColumn<QString>("writer");
    QTest::addColumn<uint>("owner");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("requested");
    QTest::addColumn<OomAdjRefusal>("expected");
    QTest::newRow("out of range") << EINVAL << "user" << 1000u << 0 << 1001 << OomAdjRefusal::OutOfRange;
    QTest::newRow("gone") << ESRCH << "user" << 1000u << 0 << 10 << OomAdjRefusal::ProcessGone;
    QTest::newRow("gone before open") << ENOENT << "root" << 1000u << 0 << 10 << OomAdjRefusal::ProcessGone;
    QTest::newRow("another user's") << EACCES << "user" << 0u << 0 << 500 << OomAdjRefusal::OtherUsersProcess;
    QTest::newRow("user lowers") << EACCES << "user" << 1000u << 0 << -1 << OomAdjRefusal::LoweringNeedsCapSysResource;
    // What happens on this project's machines: root, no CAP_SYS_RESOURCE, EACCES.
    QTest::newRow("root without the cap lowers")
        << EACCES << "root-no-cap" << 1000u << 500 << -100 << OomAdjRefusal::RootLacksCapSysResource;
    QTest::newRow("EIO") << EIO << "root" << 1000u << 0 << 10 << OomAdjRefusal::Other;
    QTest::newRow("EACCES raising") << EACCES << "user" << 1000u << 0 << 10 << OomAdjRefusal::Other;
}

void TestOomScoreAdj::refusal()
{
    QFETCH(int, errorNumber);
    QFETCH(QString, writer);
    QFETCH(uint, owner);
    QFETCH(int, current);
    QFETCH(int, requested);
    QFETCH(OomAdjRefusal, expected);
    QCOMPARE(classifyOomAdjRefusal(errorNumber, owner, current, requested, privilegesNamed(writer)), expected);
}

void TestOomScoreAdj::command()
{
    QCOMPARE(oomAdjCommand(1234, -500, kUser), std::string("sudo choom -p 1234 -n -500"));
    QCOMPARE(oomAdjCommand(1234, 1000, kRootWithoutCap), std::string("choom -p 1234 -n 1000"));
}

void TestOomScoreAdj::writerWritesRegularFilesOnly()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("sys/vm")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("77")));
    auto touch = [&](const QString& relative) {
        QFile file(root.filePath(relative));
        return file.open(QIODevice::WriteOnly) && file.write("0\n") == 2;
    };
    QVERIFY(touch(QStringLiteral("sys/vm/overcommit_memory")));
    QVERIFY(touch(QStringLiteral("77/oom_score_adj")));
    const ProcRootWriter writer(root.path().toStdString());

    QVERIFY(writer.writeVmSysctl("overcommit_memory", 2).ok());
    QCOMPARE(readFile(root.filePath(QStringLiteral("sys/vm/overcommit_memory"))), QByteArray("2\n"));
    const WriteOutcome adj = writer.writeOomScoreAdj(77, -250);
    QVERIFY(adj.ok());
    QCOMPARE(QString::fromStdString(adj.path), root.filePath(QStringLiteral("77/oom_score_adj")));
    QCOMPARE(readFile(root.filePath(QStringLiteral("77/oom_score_adj"))), QByteArray("-250\n"));

    // No way out of sys/vm, no process 0, no file that is not there.
    QCOMPARE(writer.writeVmSysctl("../../77/oom_score_adj", 1).errorNumber, EINVAL);
    QCOMPARE(writer.writeOomScoreAdj(0, 1).errorNumber, ESRCH);
    QCOMPARE(writer.writeOomScoreAdj(78, 1).errorNumber, ENOENT);
    // A symbolic link is not followed; a FIFO is refused without blocking.
    QVERIFY(QFile::link(root.filePath(QStringLiteral("sys/vm/overcommit_memory")), root.filePath(QStringLiteral("sys/vm/swappiness"))));
    QCOMPARE(writer.writeVmSysctl("swappiness", 60).errorNumber, ELOOP);
    QVERIFY(::mkfifo(QFile::encodeName(root.filePath(QStringLiteral("sys/vm/min_free_kbytes"))).constData(), 0600) == 0);
    const int fifoError = writer.writeVmSysctl("min_free_kbytes", 65536).errorNumber;
    QVERIFY2(fifoError == ENXIO || fifoError == EINVAL, qPrintable(QString::number(fifoError)));
    QCOMPARE(readFile(root.filePath(QStringLiteral("sys/vm/overcommit_memory"))), QByteArray("2\n"));
}

QTEST_GUILESS_MAIN(TestOomScoreAdj)
#include "tst_oomscoreadj.moc"
