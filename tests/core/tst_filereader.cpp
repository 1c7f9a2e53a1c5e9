// The one reading layer (core/io/FileReader.h, ProcRootSource): only regular files, a size cap
// instead of reading on, a line cap in the streaming maps parser, canonical pid folder names,
// and messages that say what went wrong (issue 10, findings 1, 2, 3 and 9). Everything runs on
// files made in a temporary directory; the CLI side is tests/cli/tst_hostile.cpp.
#include "core/io/FileReader.h"
#include "core/io/KernelLogReader.h"
#include "core/io/ProcRootSource.h"
#include "core/parse/MapsParser.h"
#include "core/read/ProcessReader.h"
#include "core/read/SystemReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace vmscope;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;
const QString kLivePid = QStringLiteral(VMSCOPE_FIXTURES "/live-6.18-x86_64/proc/9946");

std::string path(const QTemporaryDir& dir, const char* name)
{
    return QDir(dir.path()).filePath(QString::fromLatin1(name)).toStdString();
}

bool writeFile(const std::string& file, const QByteArray& bytes)
{
    QFile out(QString::fromStdString(file));
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

// Binds an AF_UNIX socket at `file` (the descriptor stays open for the test's lifetime).
int bindSocket(const std::string& file)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (fd < 0 || file.size() >= sizeof address.sun_path)
        return -1;
    std::memcpy(address.sun_path, file.c_str(), file.size() + 1);
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// A copy of the fixture's pid 9946 as pid `name` under `root`.
bool copyPid(const QString& root, const QString& name)
{
    QDir().mkpath(root + u'/' + name);
    const QDir from(kLivePid);
    for (const QString& file : from.entryList(QDir::Files))
        if (!QFile::copy(from.filePath(file), root + u'/' + name + u'/' + file))
            return false;
    return true;
}

} // namespace

class TestFileReader : public QObject {
    Q_OBJECT

private slots:
    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("is a FIFO, not a regular file");
        QTest::newRow("directory") << QStringLiteral("directory")
                                   << QStringLiteral("is a directory, not a regular file");
        QTest::newRow("socket") << QStringLiteral("socket") << QStringLiteral("is a socket, not a regular file");
        QTest::newRow("symlink to /dev/zero")
            << QStringLiteral("zero") << QStringLiteral("is a character device, not a regular file");
        QTest::newRow("symlink to /dev/urandom")
            << QStringLiteral("urandom") << QStringLiteral("is a character device, not a regular file");
    }
    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string file = path(dir, "meminfo");
        int socketFd = -1;
        if (kind == u"fifo")
            QCOMPARE(::mkfifo(file.c_str(), 0600), 0);
        else if (kind == u"directory")
            QVERIFY(QDir().mkdir(QString::fromStdString(file)));
        else if (kind == u"socket")
            QVERIFY((socketFd = bindSocket(file)) >= 0);
        else
            QCOMPARE(::symlink(kind == u"zero" ? "/dev/zero" : "/dev/urandom", file.c_str()), 0);

        QElapsedTimer timer;
        timer.start();
        const auto whole = readWholeFile(file, false, file, 16 * kMiB);
        QVERIFY(!whole);
        QCOMPARE(whole.error().kind, ErrorKind::Io);
        QVERIFY(!whole.error().isMissingFile());
        const QString message = QString::fromStdString(whole.error().message());
        QVERIFY2(message.startsWith(QString::fromStdString(file)), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));

        bool sinkCalled = false;
        const auto streamed = streamWholeFile(file, true, file, 16 * kMiB, [&](std::string_view) {
            sinkCalled = true;
            return true;
        });
        QVERIFY(streamed);
        QCOMPARE(streamed->kind, ErrorKind::Io);
        QVERIFY2(QString::fromStdString(streamed->message()).contains(expected), streamed->message().c_str());
        QVERIFY(!sinkCalled);
        QVERIFY2(timer.elapsed() < 5000, "a FIFO or device must be refused at once, not waited on");
        if (socketFd >= 0)
            ::close(socketFd);
    }

    void followsASymlinkToARegularFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(path(dir, "real"), "MemTotal: 1 kB\n"));
        QCOMPARE(::symlink(path(dir, "real").c_str(), path(dir, "meminfo").c_str()), 0);
        const auto bytes = readWholeFile(path(dir, "meminfo"), false, "meminfo", 16 * kMiB);
        QVERIFY(bytes);
        QCOMPARE(*bytes, std::string("MemTotal: 1 kB\n"));
    }

    void capsTheSize_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("fits");
        QTest::newRow("empty") << qint64(0) << true;
        QTest::newRow("exactly the cap") << qint64(kMiB) << true;
        QTest::newRow("one byte over") << qint64(kMiB + 1) << false;
        QTest::newRow("sparse 100G") << qint64(100) * 1024 * 1024 * 1024 << false;
    }
    void capsTheSize()
    {
        QFETCH(qint64, size);
        QFETCH(bool, fits);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string file = path(dir, "meminfo");
        {
            QFile out(QString::fromStdString(file));
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(out.resize(size)); // sparse: reads as zeros, reports the full size
        }
        const auto whole = readWholeFile(file, false, file, kMiB);
        std::size_t streamedBytes = 0;
        const auto streamed = streamWholeFile(file, false, file, kMiB, [&](std::string_view chunk) {
            streamedBytes += chunk.size();
            return true;
        });
        if (fits) {
            QVERIFY(whole);
            QCOMPARE(whole->size(), std::size_t(size));
            QVERIFY(!streamed);
            QCOMPARE(streamedBytes, std::size_t(size));
            return;
        }
        QVERIFY(!whole);
        QCOMPARE(whole.error().kind, ErrorKind::Io);
        QCOMPARE(whole.error().message(), file + " is larger than 1 MiB, not a /proc file");
        QVERIFY(streamed);
        QCOMPARE(streamed->message(), file + " is larger than 1 MiB, not a /proc file");
        QVERIFY2(streamedBytes <= kMiB, "no more than the cap is handed to the parser");
    }

    void theCapIsSetPerSource()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(path(dir, "meminfo"), QByteArray(2048, 'x')));
        ReadLimits small;
        small.maxFileBytes = 1024;
        const auto refused = ProcRootSource(dir.path().toStdString(), small).read("meminfo");
        QVERIFY(!refused);
        QVERIFY(refused.error().message().find("is larger than 1024 bytes") != std::string::npos);
        QVERIFY(ProcRootSource(dir.path().toStdString()).read("meminfo"));
    }

    void capsTheLineLengthOfMaps_data()
    {
        QTest::addColumn<std::size_t>("chunkSize");
        QTest::newRow("one chunk") << std::size_t(0);
        QTest::newRow("4 KiB chunks") << std::size_t(4096);
        QTest::newRow("1 byte chunks") << std::size_t(1);
    }
    void capsTheLineLengthOfMaps()
    {
        QFETCH(std::size_t, chunkSize);
        const std::string good = "7f0000000000-7f0000001000 r--p 00000000 00:00 0 \n";
        const std::string input = good + std::string(parse::MapsStreamParser::kMaxLineBytes + 10, 'a');
        parse::MapsStreamParser parser(parse::MapsStreamParser::Format::Smaps, "smaps");
        std::string_view rest = input;
        bool accepted = true;
        while (!rest.empty() && accepted) {
            const std::size_t n = chunkSize == 0 ? rest.size() : std::min(chunkSize, rest.size());
            accepted = parser.feed(rest.substr(0, n));
            rest.remove_prefix(n);
        }
        QVERIFY(!accepted);
        const auto result = parser.finish();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Malformed);
        QCOMPARE(result.error().line, std::size_t(2));
        QCOMPARE(result.error().message(), std::string("smaps:2: malformed: a line longer than 1048576 bytes"));
    }

    void pidFoldersAreCanonicalDecimal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char* name : { "000000001", "+1", "1 ", "01", "0", "12", "7" })
            QVERIFY(QDir(dir.path()).mkdir(QString::fromLatin1(name)));
        const auto pids = ProcRootSource(dir.path().toStdString()).listPids();
        QVERIFY(pids);
        QCOMPARE(*pids, (std::vector<int> { 7, 12 }));
    }

    void permissionMessageSaysWhoseFile()
    {
        const Error meminfo = Error::fromErrno("/proc/meminfo", EACCES, false);
        QCOMPARE(meminfo.kind, ErrorKind::PermissionDenied);
        QVERIFY2(meminfo.message().find("process") == std::string::npos, meminfo.message().c_str());
        QVERIFY(meminfo.message().find("/proc/meminfo") != std::string::npos);
        const Error smaps = Error::fromErrno("/proc/77/smaps", EACCES, true);
        QVERIFY(smaps.message().find("/proc/77/smaps") != std::string::npos);
        QVERIFY2(smaps.message().find("process") != std::string::npos, smaps.message().c_str());
    }

    // Only a missing smaps_rollup means an older kernel; anything else in its place is an error
    // named as what it is, not a silent fallback to the full smaps.
    void smapsRollupThatIsNotAFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("is a directory");
        QTest::newRow("symlink loop") << QStringLiteral("loop") << QString::fromLocal8Bit(std::strerror(ELOOP));
        QTest::newRow("missing") << QStringLiteral("missing") << QString();
    }
    void smapsRollupThatIsNotAFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copyPid(dir.path(), QStringLiteral("9946")));
        const std::string rollup = QString(dir.path() + QStringLiteral("/9946/smaps_rollup")).toStdString();
        QVERIFY(QFile::remove(QString::fromStdString(rollup)));
        if (kind == u"directory")
            QVERIFY(QDir().mkdir(QString::fromStdString(rollup)));
        else if (kind == u"loop")
            QCOMPARE(::symlink("smaps_rollup", rollup.c_str()), 0);

        const auto summary = readProcessSummary(ProcRootSource(dir.path().toStdString()), 9946);
        if (expected.isEmpty()) {
            QVERIFY(summary);
            QVERIFY(!summary->fromRollup);
            return;
        }
        QVERIFY(!summary);
        QCOMPARE(summary.error().kind, ErrorKind::Io);
        const QString message = QString::fromStdString(summary.error().message());
        QVERIFY2(message.contains(QString::fromStdString(rollup)), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    // A pipe (standard input of `vmscope-cli oom-report -`): read to its end, with the same cap.
    void readsAPipeUntilItsEnd()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const std::string text = "6,1,2,-;hello\n";
        QCOMPARE(::write(fds[1], text.data(), text.size()), ssize_t(text.size()));
        ::close(fds[1]);
        const auto bytes = readUntilEnd(fds[0], "standard input", kMiB);
        ::close(fds[0]);
        QVERIFY(bytes);
        QCOMPARE(*bytes, text);

        QCOMPARE(::pipe(fds), 0);
        QCOMPARE(::write(fds[1], "0123456789", 10), ssize_t(10));
        ::close(fds[1]);
        const auto refused = readUntilEnd(fds[0], "standard input", 4);
        ::close(fds[0]);
        QVERIFY(!refused);
        QCOMPARE(refused.error().errnoValue, EFBIG);
    }

    // The kmsg reader never waits: a copy in a regular file is read to its end, a FIFO nobody
    // writes to gives nothing at once, and more than the cap is an error naming it.
    void kernelLogReaderNeverWaits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fixture = QStringLiteral(VMSCOPE_FIXTURES "/kmsg/6.18-x86_64-memcg-oom.kmsg");
        QFile in(fixture);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray records = in.readAll();
        const std::string copy = path(dir, "kmsg");
        QVERIFY(writeFile(copy, records));
        const auto log = readKernelLog(copy, kMiB);
        QVERIFY(log);
        QCOMPARE(QByteArray::fromStdString(*log), records);

        const std::string fifo = path(dir, "fifo");
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        const auto nothing = readKernelLog(fifo, kMiB);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(nothing);
        QVERIFY(nothing->empty());

        const auto tooMuch = readKernelLog(copy, 1024);
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().errnoValue, EFBIG);
        QCOMPARE(tooMuch.error().message(), copy + " holds more than 1024 bytes of log");

        const auto missing = readKernelLog(path(dir, "none"), kMiB);
        QVERIFY(!missing);
        QCOMPARE(missing.error().errnoValue, ENOENT);
    }
};

QTEST_GUILESS_MAIN(TestFileReader)
#include "tst_filereader.moc"
