// Hostile proc roots through the real vmscope-cli (issue 10, findings 1, 2, 3 and 9): a file that
// never ends (a symlink to /dev/zero or /dev/urandom), sparse files of 1 GiB and 100 GiB, a FIFO,
// a socket, a directory, a 64 MiB single line, a symlink loop and pid folders that only look like
// pid 1. Every run must end within seconds with exit 2 or 3 (never 134, never a hang) and one
// line on stderr naming the file, and must stay within 1 GiB of address space (so a huge
// allocation fails at once instead of swapping; not under ASan, whose shadow memory needs far
// more address space than that, see VMSCOPE_SANITIZED).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

const QString kLive = QStringLiteral(VMSCOPE_FIXTURES "/live-6.18-x86_64/proc");
const QString kPid = QStringLiteral("9946");
// Stands for the row's proc root in a command that takes roots as arguments (diff).
const QString kRoot = QStringLiteral("@ROOT");
constexpr qint64 kGiB = 1024 * 1024 * 1024;
constexpr int kTimeoutMs = 20000; // a hang; a healthy run takes milliseconds
constexpr qint64 kMaxElapsedMs = 10000; // "within seconds", with room for a sanitized build

// The files of the fixture the commands read; everything else stays out of the copy.
const QStringList kRootFiles = { QStringLiteral("meminfo"), QStringLiteral("zoneinfo"), QStringLiteral("buddyinfo"),
    QStringLiteral("vmstat"), QStringLiteral("pagetypeinfo"), QStringLiteral("version") };

struct Run {
    bool finished = false;
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;

    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + " after " + QByteArray::number(elapsedMs)
            + " ms; stderr: " + err.left(400) + "; stdout: " + out.left(200);
    }
};

Run runCli(const QString& root, const QStringList& command, qint64 addressSpace = kGiB)
{
    QProcess process;
#if !VMSCOPE_SANITIZED
    process.setChildProcessModifier([addressSpace] {
        const rlimit limit { static_cast<rlim_t>(addressSpace), static_cast<rlim_t>(addressSpace) };
        ::setrlimit(RLIMIT_AS, &limit);
    });
#else
    Q_UNUSED(addressSpace);
#endif
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(VMSCOPE_CLI), QStringList { QStringLiteral("--proc-root"), root } + command);
    Run run;
    run.finished = process.waitForFinished(kTimeoutMs);
    run.elapsedMs = timer.elapsed();
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
        run.err = "vmscope-cli did not finish within the timeout: " + process.readAllStandardError().left(400);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 128 + process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// A proc root with the fixture's system files and one process, 9946.
bool makeRoot(const QString& root)
{
    const QDir from(kLive);
    for (const QString& file : kRootFiles)
        if (!QFile::copy(from.filePath(file), root + u'/' + file))
            return false;
    if (!QDir(root).mkdir(kPid))
        return false;
    const QDir pid(from.filePath(kPid));
    for (const QString& file : pid.entryList(QDir::Files))
        if (!QFile::copy(pid.filePath(file), root + u'/' + kPid + u'/' + file))
            return false;
    return true;
}

// Replaces `target` (absolute) by the hostile kind; empty when it worked, else what failed.
QString plant(const QString& kind, const QString& target, int& socketFd)
{
    const QByteArray path = QFile::encodeName(target);
    QFile::remove(target);
    if (kind == u"dev-zero" || kind == u"dev-urandom")
        return ::symlink(kind == u"dev-zero" ? "/dev/zero" : "/dev/urandom", path.constData()) == 0
            ? QString()
            : QStringLiteral("symlink");
    if (kind == u"fifo")
        return ::mkfifo(path.constData(), 0600) == 0 ? QString() : QStringLiteral("mkfifo");
    if (kind == u"directory")
        return QDir().mkdir(target) ? QString() : QStringLiteral("mkdir");
    if (kind == u"loop")
        return ::symlink(QFile::encodeName(QFileInfo(target).fileName()).constData(), path.constData()) == 0
            ? QString()
            : QStringLiteral("symlink");
    if (kind == u"sparse-1G" || kind == u"sparse-100G") {
        QFile file(target);
        const qint64 size = kind == u"sparse-1G" ? kGiB : 100 * kGiB;
        return file.open(QIODevice::WriteOnly) && file.resize(size) ? QString() : QStringLiteral("truncate");
    }
    if (kind == u"long-line") {
        // A 64 MiB smaps whose first line never ends: below the smaps size cap, so only the
        // parser's line cap stops it.
        QFile file(target);
        const QByteArray megabyte(1024 * 1024, 'a');
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("open");
        for (int i = 0; i < 64; ++i)
            if (file.write(megabyte) != megabyte.size())
                return QStringLiteral("write");
        return QString();
    }
    if (kind == u"socket") {
        socketFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        if (socketFd < 0 || std::size_t(path.size()) >= sizeof address.sun_path)
            return QStringLiteral("socket (path too long?)");
        std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()) + 1);
        return ::bind(socketFd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0
            ? QString()
            : QStringLiteral("bind");
    }
    return QStringLiteral("unknown kind ") + kind;
}

} // namespace

class TestHostile : public QObject {
    Q_OBJECT

private slots:
    // One row per hostile file × command that reads it. `target` is relative to the root;
    // `expected` is the message with %1 for the file's path; `listed` means the command lists processes and
    // names the unreadable one in its output with exit 0 (it is not the command's input).
    void hostileFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("listed");

        const QString summaryPid = QStringLiteral("9946/smaps_rollup");
        const QString smaps = QStringLiteral("9946/smaps");
        struct Reader {
            QString target;
            QStringList command;
            bool listed;
        };
        const QList<Reader> readers = {
            { QStringLiteral("meminfo"), { QStringLiteral("meminfo") }, false },
            { QStringLiteral("meminfo"), { QStringLiteral("system"), QStringLiteral("--by"), QStringLiteral("system") },
                false },
            { QStringLiteral("zoneinfo"), { QStringLiteral("zones") }, false },
            { QStringLiteral("buddyinfo"), { QStringLiteral("buddy") }, false },
            { QStringLiteral("vmstat"), { QStringLiteral("vmstat") }, false },
            { smaps, { QStringLiteral("maps"), kPid }, false },
            { summaryPid, { QStringLiteral("summary"), kPid }, false },
            { summaryPid, { QStringLiteral("processes") }, true },
            { summaryPid, { QStringLiteral("system") }, true },
            // diff reads the roots it is given (kRoot stands for this row's root), both sides.
            { QStringLiteral("meminfo"), { QStringLiteral("diff"), kRoot, kRoot }, false },
            { smaps, { QStringLiteral("diff"), kRoot, kRoot, QStringLiteral("--pid"), kPid }, false },
        };
        const QList<QPair<QString, QString>> kinds = {
            { QStringLiteral("dev-zero"), QStringLiteral("%1 is a character device, not a regular file") },
            { QStringLiteral("fifo"), QStringLiteral("%1 is a FIFO, not a regular file") },
            { QStringLiteral("sparse-100G"), QStringLiteral("%1 is larger than 16 MiB, not a /proc file") },
            { QStringLiteral("sparse-1G"), QStringLiteral("%1 is larger than 16 MiB, not a /proc file") },
            { QStringLiteral("directory"), QStringLiteral("%1 is a directory, not a regular file") },
            { QStringLiteral("socket"), QStringLiteral("%1 is a socket, not a regular file") },
        };
        for (const auto& [kind, expected] : kinds) {
            for (const Reader& reader : readers) {
                QString why = expected;
                // smaps is parsed while it is read: the zeros of a sparse file are one endless
                // line, which the parser's line cap stops long before the 256 MiB size cap.
                if (reader.target == smaps && kind.startsWith(u"sparse"))
                    why = QStringLiteral("%1:1: malformed: a line longer than 1048576 bytes");
                QTest::addRow(
                    "%s %s (%s)", qPrintable(kind), qPrintable(reader.target), qPrintable(reader.command.join(u' ')))
                    << kind << reader.target << reader.command << why << reader.listed;
            }
        }
        QTest::newRow("dev-urandom 9946/smaps (maps 9946)")
            << QStringLiteral("dev-urandom") << smaps << QStringList { QStringLiteral("maps"), kPid }
            << QStringLiteral("%1 is a character device, not a regular file") << false;
        QTest::newRow("dev-urandom 9946/smaps_rollup (summary 9946)")
            << QStringLiteral("dev-urandom") << summaryPid << QStringList { QStringLiteral("summary"), kPid }
            << QStringLiteral("%1 is a character device, not a regular file") << false;
        QTest::newRow("long-line 9946/smaps (maps 9946)")
            << QStringLiteral("long-line") << smaps << QStringList { QStringLiteral("maps"), kPid }
            << QStringLiteral("%1:1: malformed: a line longer than 1048576 bytes") << false;
        // Finding 9: only a missing smaps_rollup means an older kernel.
        QTest::newRow("loop 9946/smaps_rollup (summary 9946)")
            << QStringLiteral("loop") << summaryPid << QStringList { QStringLiteral("summary"), kPid }
            << QStringLiteral("cannot read %1: ") + QString::fromLocal8Bit(std::strerror(ELOOP)) << false;
        QTest::newRow("loop meminfo (meminfo)")
            << QStringLiteral("loop") << QStringLiteral("meminfo") << QStringList { QStringLiteral("meminfo") }
            << QStringLiteral("cannot read %1: ") + QString::fromLocal8Bit(std::strerror(ELOOP)) << false;
    }

    void hostileFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, target);
        QFETCH(QStringList, command);
        QFETCH(QString, expected);
        QFETCH(bool, listed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path() + QStringLiteral("/proc");
        QVERIFY(QDir().mkdir(root));
        QVERIFY(makeRoot(root));
        const QString file = root + u'/' + target;
        int socketFd = -1;
        const QString planted = plant(kind, file, socketFd);
        QVERIFY2(planted.isEmpty(), qPrintable(planted));

        command.replaceInStrings(kRoot, root);
        const Run run = runCli(root, command);
        if (socketFd >= 0)
            ::close(socketFd);
        QVERIFY2(run.finished, run.describe().constData());
        QVERIFY2(run.elapsedMs < kMaxElapsedMs, run.describe().constData());
        const QString message = expected.arg(file);
        if (listed) {
            // The process is named among those not included; the listing itself succeeds.
            QVERIFY2(run.exitCode == 0, run.describe().constData());
            QVERIFY2(QString::fromUtf8(run.out).contains(message), run.describe().constData());
            return;
        }
        QVERIFY2(run.exitCode == 2 || run.exitCode == 3, run.describe().constData());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, run.describe().constData());
        QVERIFY2(err.startsWith(QStringLiteral("vmscope-cli: ")), run.describe().constData());
        QVERIFY2(err.contains(message), run.describe().constData());
        QVERIFY2(!err.contains(QStringLiteral("no smaps_rollup")), run.describe().constData());
    }

    // Finding 1: whatever memory runs out on (here a 15 MiB meminfo, below the size cap, in
    // 16 MiB of address space) ends as exit 2 and one sentence, not std::terminate's 134.
    void outOfMemoryIsASentence()
    {
#if VMSCOPE_SANITIZED
        QSKIP("needs RLIMIT_AS, which the sanitizers' shadow memory rules out");
#endif
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path() + QStringLiteral("/proc");
        QVERIFY(QDir().mkdir(root));
        QFile meminfo(root + QStringLiteral("/meminfo"));
        QVERIFY(meminfo.open(QIODevice::WriteOnly));
        const QByteArray line("MemTotal:       1 kB\n");
        const QByteArray block = line.repeated(int(1024 * 1024 / line.size()));
        for (int i = 0; i < 15; ++i)
            QCOMPARE(meminfo.write(block), block.size());
        meminfo.close();

        const Run run = runCli(root, { QStringLiteral("meminfo") }, 16 * 1024 * 1024);
        QVERIFY2(run.finished, run.describe().constData());
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QCOMPARE(
            run.err, QByteArray("vmscope-cli: out of memory: the input needs more than this process may allocate\n"));
    }

    // Finding 7 through every command that sums or divides: fixtures/hostile-numbers has Rss, Pss,
    // Swap and Private_Dirty near 2^64 in every smaps and smaps_rollup record, every meminfo value
    // and every buddyinfo count near 2^64. A total that does not fit prints "overflow" (text and
    // CSV; JSON keeps the saturated number), a share of one too, and no percentage is absurd.
    // `absent` names what the command printed before: a wrapped total, a plausible average of
    // an overflowed sum, a share of it.
    void hostileNumbers_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QByteArrayList>("present");
        QTest::addColumn<QByteArrayList>("absent");
        const QByteArray near("18446744073709551000");
        auto row
            = [](const char* name, const QString& command, const QByteArrayList& present,
                  const QByteArrayList& absent) { QTest::newRow(name) << command.split(u' ') << present << absent; };
        row("maps", QStringLiteral("maps 9946"), { "overflow", near }, { "18446744073709551581" });
        row("maps csv", QStringLiteral("--format csv maps 9946"), { near }, {});
        row("summary", QStringLiteral("summary 9946"), { near }, {});
        row("processes", QStringLiteral("processes"), { near }, {});
        row("system --percent", QStringLiteral("system --percent"), { "overflow", "100.00%" }, {});
        row("system --by user", QStringLiteral("system --by user"), { "overflow" }, { "39863" });
        row("system --by user --percent", QStringLiteral("system --by user --percent"), { "overflow" }, { "%" });
        row("system --by mapping", QStringLiteral("system --by mapping"), { "overflow" }, { "9223372036854775808" });
        row("system --by mapping --percent", QStringLiteral("system --by mapping --percent"), { "overflow" },
            { "50.00%" });
        row("system --by system", QStringLiteral("system --by system"), { "overflow" }, { "18446744073709550999" });
        row("system --by system --percent", QStringLiteral("system --by system --percent"), { "overflow" },
            { "100.00%", "0.00%" });
        row("system --by system csv", QStringLiteral("--format csv system --by system"), { "overflow" },
            { "18446744073709550999" });
        row("system --by system json", QStringLiteral("--format json system --by system"),
            { "\"total\":18446744073709551615" }, { "18446744073709550999" });
        row("buddy", QStringLiteral("buddy"), { "overflow", near }, { "18446744073709551615" });
        row("meminfo", QStringLiteral("meminfo"), { near }, {});
        row("watch", QStringLiteral("watch --duration 0.25 --interval 0.1"), { "16384E" }, {});
    }
    void hostileNumbers()
    {
        QFETCH(QStringList, command);
        QFETCH(QByteArrayList, present);
        QFETCH(QByteArrayList, absent);
        const Run run = runCli(QStringLiteral(VMSCOPE_FIXTURES "/hostile-numbers/proc"), command);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        for (const QByteArray& text : present)
            QVERIFY2(run.out.contains(text), QByteArray(text + " missing in: " + run.out.left(3000)).constData());
        for (const QByteArray& text : absent)
            QVERIFY2(!run.out.contains(text), QByteArray(text + " printed: " + run.out.left(3000)).constData());
        // No share above 1000 %: every percentage has at most three digits before the point.
        static const QRegularExpression absurd(QStringLiteral("[0-9]{4,}\\.[0-9]+%"));
        QVERIFY2(!absurd.match(QString::fromUtf8(run.out)).hasMatch(), run.out.left(3000).constData());
    }

    // Finding 9: the kernel names a process's folder in canonical decimal; "000000001", "+1"
    // or "1 " holding a copy of a process are not pid 1.
    void pidFolderNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("000000001") << QStringLiteral("000000001");
        QTest::newRow("+1") << QStringLiteral("+1");
        QTest::newRow("1 (trailing space)") << QStringLiteral("1 ");
    }
    void pidFolderNames()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path() + QStringLiteral("/proc");
        QVERIFY(QDir().mkdir(root));
        QVERIFY(makeRoot(root));
        QVERIFY(QDir(root).rename(kPid, name));

        const Run listing
            = runCli(root, { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("processes") });
        QVERIFY2(listing.finished && listing.exitCode == 0, listing.describe().constData());
        const QJsonObject json = QJsonDocument::fromJson(listing.out).object();
        QVERIFY2(json.contains(QStringLiteral("processes")), listing.describe().constData());
        // The folder is not a process at all: neither listed, nor unreadable, nor vanished.
        QCOMPARE(json.value(QStringLiteral("processes")).toArray().size(), 0);
        QCOMPARE(json.value(QStringLiteral("unreadable")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("vanished")).toInt(), 0);

        const Run summary = runCli(root, { QStringLiteral("summary"), QStringLiteral("1") });
        QVERIFY2(summary.finished && summary.exitCode == 2, summary.describe().constData());
        QVERIFY2(summary.err.contains("no such process"), summary.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
