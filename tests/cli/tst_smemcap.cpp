// Issue 13: vmscope-cli reads smemcap captures (`--proc-root capture.tar`) and gives smem's own
// figures for the same files. The test writes the tars itself (tests/support/TarWriter.h) from
// the live-6.18-x86_64 fixture, the way smemcap does (meminfo, version, then per PID a folder entry
// owned by the process owner, PID/smaps, PID/cmdline, PID/stat), in every quirk of real captures:
// v7 or ustar headers, no end-of-archive blocks, uid 0 for every PID, zero-size members and a
// non-UTF-8 byte in a command line. smem on Debian 12 cannot open a tar under Python 3 (tarfile
// hands it bytes), so it reads the same files unpacked under DIR/proc (`smem -S DIR`).
// Hostile tars are refused with one clear sentence.
#include "CliRunner.h"
#include "Smem.h"
#include "TarWriter.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <unistd.h>

using namespace vmscope::test;

namespace {

struct CapturedFile {
    QString path; // below the proc root: "meminfo", "9946/smaps"
    QByteArray bytes;
    bool directory = false;
    uint uid = 0;
};

const QString kFixture = QStringLiteral("live-6.18-x86_64");

// The smemcap members of the fixture, plus a kernel thread (empty smaps and cmdline, PF_KTHREAD
// in stat: both tools leave it out) and a non-UTF-8 byte in one command line.
QList<CapturedFile> capturedFiles(bool everyUidZero)
{
    QList<CapturedFile> files;
    auto fixture = [](const QString& path) {
        return QByteArray::fromStdString(fixtureBytes(kFixture + QStringLiteral("/proc/") + path));
    };
    files.append({ QStringLiteral("meminfo"), fixture(QStringLiteral("meminfo")) });
    files.append({ QStringLiteral("version"), fixture(QStringLiteral("version")) });
    const std::map<QString, uint> owners { { QStringLiteral("9946"), 0 }, { QStringLiteral("9950"), 65534 },
        { QStringLiteral("10162"), 0 } };
    for (const auto& [pid, owner] : owners) {
        const uint uid = everyUidZero ? 0 : owner;
        files.append({ pid, {}, true, uid });
        files.append({ pid + QStringLiteral("/smaps"), fixture(pid + QStringLiteral("/smaps")), false, uid });
        QByteArray cmdline = fixture(pid + QStringLiteral("/cmdline"));
        if (pid == QStringLiteral("9950"))
            cmdline.replace("zoo", "zo\xff");
        files.append({ pid + QStringLiteral("/cmdline"), cmdline, false, uid });
        files.append({ pid + QStringLiteral("/stat"), fixture(pid + QStringLiteral("/stat")), false, uid });
    }
    files.append({ QStringLiteral("2"), {}, true, 0 });
    files.append({ QStringLiteral("2/smaps"), {}, false, 0 });
    files.append({ QStringLiteral("2/cmdline"), {}, false, 0 });
    files.append(
        { QStringLiteral("2/stat"), "2 (kthreadd) S 0 0 0 0 -1 2129984 0 0 0 0 0 0 0 0 20 0 1 0 1 0 0\n", false, 0 });
    return files;
}

std::string writeTar(const QList<CapturedFile>& files, TarWriter::Header header, bool endBlocks)
{
    TarWriter tar(header);
    for (const CapturedFile& f : files) {
        if (f.directory)
            tar.directory(f.path.toStdString(), f.uid);
        else
            tar.file(f.path.toStdString(), f.bytes.toStdString(), f.uid);
    }
    return tar.bytes(endBlocks);
}

bool unpack(const QList<CapturedFile>& files, const QString& root)
{
    for (const CapturedFile& f : files) {
        const QString path = root + QStringLiteral("/proc/") + f.path;
        if (f.directory) {
            if (!QDir().mkpath(path) || ::chown(QFile::encodeName(path).constData(), f.uid, f.uid) != 0)
                return false;
            continue;
        }
        QFile out(path);
        if (!QDir().mkpath(QFileInfo(path).path()) || !out.open(QIODevice::WriteOnly)
            || out.write(f.bytes) != f.bytes.size())
            return false;
    }
    return true;
}

bool writeFile(const QString& path, const std::string& bytes)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly)
        && out.write(bytes.data(), static_cast<qint64>(bytes.size())) == static_cast<qint64>(bytes.size());
}

// smem's table without its header, one row of whitespace-separated fields per line.
QList<QStringList> smemRows(const QString& smem, const QStringList& arguments)
{
    QProcess process;
    process.start(smem, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    QList<QStringList> rows;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            rows.append(QString::fromUtf8(line).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts));
    return rows;
}

QJsonArray cliRows(const QString& tar, const QString& by, const QString& key)
{
    const CliRun run = runCli({ QStringLiteral("--proc-root"), tar, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("system"), QStringLiteral("--by"), by });
    if (run.exitCode != 0)
        qWarning("%s", run.describe().constData());
    return QJsonDocument::fromJson(run.out).object()[key].toArray();
}

} // namespace

class TestSmemcap : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_smem = findOrInstallSmem();
        if (m_smem.isEmpty())
            QSKIP("smem is not installed, and installing it needs root (apt-get install smem)");
        if (::geteuid() != 0)
            QSKIP("unpacking the capture with its owners (for smem -S) needs root (chown)");
    }

    void sameAsSmem_data()
    {
        QTest::addColumn<int>("header");
        QTest::addColumn<bool>("endBlocks");
        QTest::addColumn<bool>("everyUidZero");
        QTest::newRow("ustar, no end blocks, owners") << int(TarWriter::Header::Ustar) << false << false;
        QTest::newRow("ustar, end blocks, uid 0") << int(TarWriter::Header::Ustar) << true << true;
        QTest::newRow("v7, no end blocks, uid 0") << int(TarWriter::Header::V7) << false << true;
        QTest::newRow("v7, end blocks, owners") << int(TarWriter::Header::V7) << true << false;
    }

    void sameAsSmem()
    {
        QFETCH(int, header);
        QFETCH(bool, endBlocks);
        QFETCH(bool, everyUidZero);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<CapturedFile> files = capturedFiles(everyUidZero);
        const QString tar = dir.filePath(QStringLiteral("capture.tar"));
        QVERIFY(writeFile(tar, writeTar(files, static_cast<TarWriter::Header>(header), endBlocks)));
        QVERIFY(unpack(files, dir.filePath(QStringLiteral("unpacked"))));
        const QString unpacked = dir.filePath(QStringLiteral("unpacked"));

        // By process: the same rows, the same user, the same PSS, USS, RSS and swap.
        const QList<QStringList> smem = smemRows(m_smem,
            { QStringLiteral("-S"), unpacked, QStringLiteral("-H"), QStringLiteral("-c"),
                QStringLiteral("pid user pss uss rss swap") });
        QCOMPARE(smem.size(), 3);
        const QJsonArray processes = cliRows(tar, QStringLiteral("process"), QStringLiteral("processes"));
        QCOMPARE(processes.size(), smem.size());
        for (const QStringList& row : smem) {
            QCOMPARE(row.size(), 6);
            bool found = false;
            for (const QJsonValue& value : processes) {
                const QJsonObject p = value.toObject();
                if (p[QStringLiteral("pid")].toInt() != row[0].toInt())
                    continue;
                found = true;
                QCOMPARE(p[QStringLiteral("user")].toString(), row[1]);
                QCOMPARE(p[QStringLiteral("pss")].toInteger(), row[2].toLongLong());
                QCOMPARE(p[QStringLiteral("uss")].toInteger(), row[3].toLongLong());
                QCOMPARE(p[QStringLiteral("rss")].toInteger(), row[4].toLongLong());
                QCOMPARE(p[QStringLiteral("swap")].toInteger(), row[5].toLongLong());
            }
            QVERIFY2(found, qPrintable(row.join(QLatin1Char(' '))));
        }

        // By user: the same users, process counts and sums.
        const QList<QStringList> smemUsers = smemRows(m_smem,
            { QStringLiteral("-S"), unpacked, QStringLiteral("-u"), QStringLiteral("-H"), QStringLiteral("-c"),
                QStringLiteral("user count pss uss rss swap") });
        const QJsonArray users = cliRows(tar, QStringLiteral("user"), QStringLiteral("users"));
        QCOMPARE(users.size(), everyUidZero ? 1 : 2);
        QCOMPARE(users.size(), smemUsers.size());
        for (const QStringList& row : smemUsers) {
            QCOMPARE(row.size(), 6);
            bool found = false;
            for (const QJsonValue& value : users) {
                const QJsonObject u = value.toObject();
                if (u[QStringLiteral("user")].toString() != row[0])
                    continue;
                found = true;
                QCOMPARE(u[QStringLiteral("count")].toInt(), row[1].toInt());
                QCOMPARE(u[QStringLiteral("pss")].toInteger(), row[2].toLongLong());
                QCOMPARE(u[QStringLiteral("uss")].toInteger(), row[3].toLongLong());
                QCOMPARE(u[QStringLiteral("rss")].toInteger(), row[4].toLongLong());
                QCOMPARE(u[QStringLiteral("swap")].toInteger(), row[5].toLongLong());
            }
            QVERIFY2(found, qPrintable(row.join(QLatin1Char(' '))));
        }
    }

    // A capture has no status: maps and summary still work from smaps, cmdline and stat.
    void worksWithoutStatus()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<CapturedFile> files = capturedFiles(false);
        const QString tar = dir.filePath(QStringLiteral("capture.tar"));
        QVERIFY(writeFile(tar, writeTar(files, TarWriter::Header::Ustar, false)));
        const QString unpacked = dir.filePath(QStringLiteral("unpacked"));
        QVERIFY(unpack(files, unpacked));
        for (const QString& root : QStringList { tar, unpacked + QStringLiteral("/proc") }) {
            CliRun run
                = runCli({ QStringLiteral("--proc-root"), root, QStringLiteral("maps"), QStringLiteral("9946") });
            QVERIFY2(run.exitCode == 0, run.describe().constData());
            QVERIFY(run.out.contains("[heap]"));
            run = runCli({ QStringLiteral("--proc-root"), root, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("summary"), QStringLiteral("9950") });
            QVERIFY2(run.exitCode == 0, run.describe().constData());
            const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(summary[QStringLiteral("name")].toString(), QStringLiteral("zoo"));
            QCOMPARE(summary[QStringLiteral("user")].toString(), QStringLiteral("nobody"));
        }
    }

    void hostileRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        auto oneMember = [](TarWriter::Member m, bool end = true) {
            TarWriter tar;
            tar.file("meminfo", "MemTotal: 1 kB\n");
            tar.add(m);
            return QByteArray::fromStdString(tar.bytes(end));
        };
        TarWriter::Member m;
        m.data = "x";
        m.breakChecksum = true;
        m.name = "version";
        QTest::newRow("bad checksum") << oneMember(m) << QStringLiteral("damaged");
        TarWriter first;
        first.add(m);
        QTest::newRow("not a tar") << QByteArray::fromStdString(first.bytes()) << QStringLiteral("nor a tar capture");
        m = {};
        m.name = "9946/smaps";
        m.data = "x";
        m.sizeField = 1ULL << 40;
        QTest::newRow("huge size") << oneMember(m, false) << QStringLiteral("truncated");
    }

    void hostileRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString tar = dir.filePath(QStringLiteral("hostile.tar"));
        QVERIFY(writeFile(tar, bytes.toStdString()));
        const CliRun run = runCli({ QStringLiteral("--proc-root"), tar, QStringLiteral("system"),
            QStringLiteral("--by"), QStringLiteral("process") });
        if (message == QStringLiteral("truncated")) {
            // The rest of the capture opens; the truncated member is simply not there.
            QVERIFY2(run.exitCode == 0, run.describe().constData());
            return;
        }
        QVERIFY2(run.exitCode == 2 || run.exitCode == 3, run.describe().constData());
        QVERIFY2(run.err.contains(message.toUtf8()), run.describe().constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

    // Links, devices, absolute paths and ".." never reach a read: the members are not there.
    void refusedMembersAreAbsent()
    {
        TarWriter tar;
        tar.file("meminfo",
            QByteArray::fromStdString(fixtureBytes(kFixture + QStringLiteral("/proc/meminfo"))).toStdString());
        TarWriter::Member m;
        m.name = "9946/smaps";
        m.type = '2';
        m.linkName = "/proc/self/smaps";
        tar.add(m);
        m.name = "9950/smaps";
        m.type = '3';
        tar.add(m);
        tar.file("/10162/smaps", "abs");
        tar.file("1/../10162/smaps", "dotdot");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("links.tar"));
        QVERIFY(writeFile(path, tar.bytes(false)));
        const CliRun run = runCli({ QStringLiteral("--proc-root"), path, QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("system"), QStringLiteral("--by"), QStringLiteral("process") });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(QJsonDocument::fromJson(run.out).object()[QStringLiteral("processes")].toArray().isEmpty());
    }

private:
    QString m_smem;
};

QTEST_GUILESS_MAIN(TestSmemcap)
#include "tst_smemcap.moc"
