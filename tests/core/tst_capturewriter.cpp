// core/io/CaptureWriter and CaptureCompression (issue 13): what the writer writes, TarSource
// reads back member for member, plain, gzip and zstd; the .partial file and the refusal to
// overwrite; decompression bounded (a bomb is a sentence, not an allocation failure) and damaged
// compressed input refused.
#include "core/io/CaptureCompression.h"
#include "core/io/CaptureWriter.h"
#include "core/io/ProcRootSource.h"
#include "core/io/TarSource.h"
#include "core/read/ProcCapture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace vmscope;

namespace {

struct Member {
    std::string path;
    std::string bytes;
    std::uint32_t uid = 0;
};

// Names of every length ustar must split, sizes on and around the block size, bytes of every value.
std::vector<Member> members()
{
    std::string allBytes;
    for (int i = 0; i < 256; ++i)
        allBytes += static_cast<char>(i);
    std::string longFolder(120, 'd');
    return {
        { "meminfo", "MemTotal:       1000 kB\n" },
        { "empty", "" },
        { "block", std::string(512, 'b') },
        { "block-and-one", std::string(513, 'c') },
        { "42/smaps", "00400000-00401000 r-xp 00000000 00:00 0\nSize:                  4 kB\n", 1000 },
        { "42/cmdline", allBytes, 1000 },
        { "sys/vm/overcommit_memory", "0\n" },
        { longFolder + "/" + std::string(90, 'n'), "long name\n" },
        { "big", std::string(300 * 1024, 'x') + allBytes },
    };
}

std::string readFileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

// `bytes` compressed as the writer compresses, through a temporary file.
std::string compressed(Compression compression, const std::string& bytes, const QString& dir)
{
    const QString path = dir + QStringLiteral("/compressed");
    const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return {};
    auto out = CompressedOutput::create(compression, fd, "compressed");
    for (std::size_t at = 0; at < bytes.size(); at += 100000)
        out->write(std::string_view(bytes).substr(at, 100000));
    const auto error = out->finish();
    ::close(fd);
    return error ? std::string() : readFileBytes(path);
}

// The live fixture, where process 9950 exits while its smaps is read (the read fails with "no
// such process" and its folder is gone afterwards) and 10162's smaps is missing while the
// process is still there (a capture of a capture that lacks the file).
class VanishingSource final : public Source {
public:
    VanishingSource()
        : m_fixture(std::string(VMSCOPE_FIXTURES) + "/live-6.18-x86_64/proc")
    {
    }
    Result<std::string> read(std::string_view path) const override
    {
        if (path == "9950/smaps") {
            m_exited = true;
            return Error::fromErrno(displayPath(path), ESRCH, true);
        }
        if (path == "10162/smaps")
            return Error::fromErrno(displayPath(path), ENOENT, true);
        return m_fixture.read(path);
    }
    Result<std::vector<int>> listPids() const override { return m_fixture.listPids(); }
    Result<std::vector<std::string>> listDirectory(std::string_view path) const override
    {
        if (path == "9950" && m_exited)
            return Error::fromErrno(displayPath(path), ENOENT, true);
        return m_fixture.listDirectory(path);
    }
    std::optional<std::uint32_t> processOwner(int pid) const override
    {
        return pid == 10162 ? std::optional<std::uint32_t>(65534) : m_fixture.processOwner(pid);
    }
    std::string describe() const override { return "vanishing fixture"; }
    std::string displayPath(std::string_view path) const override { return m_fixture.displayPath(path); }

private:
    ProcRootSource m_fixture;
    mutable bool m_exited = false;
};

} // namespace

class TestCaptureWriter : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("compression");
        QTest::newRow("plain") << "capture.tar" << int(Compression::None);
        QTest::newRow("gzip") << "capture.tar.gz" << int(Compression::Gzip);
        QTest::newRow("zstd") << "capture.tar.zst" << int(Compression::Zstd);
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(int, compression);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = QString(dir.path() + "/" + name).toStdString();
        {
            auto writer = CaptureWriter::create(path, false, 1764777600);
            QVERIFY2(writer, writer ? "" : writer.error().message().c_str());
            QCOMPARE(int((*writer)->compression()), compression);
            QVERIFY(!(*writer)->addDirectory("42", 1000));
            for (const Member& m : members())
                QVERIFY(!(*writer)->addFile(m.path, m.bytes, m.uid));
            // While writing, only the .partial file exists.
            QVERIFY(QFile::exists(QString::fromStdString(path + ".partial")));
            QVERIFY(!QFile::exists(QString::fromStdString(path)));
            QVERIFY(!(*writer)->finish());
            QCOMPARE((*writer)->files(), members().size());
            QCOMPARE((*writer)->bytesWritten(), std::uint64_t(QFileInfo(QString::fromStdString(path)).size()));
        }
        QVERIFY(!QFile::exists(QString::fromStdString(path + ".partial")));
        QCOMPARE(int(sniffCompression(readFileBytes(QString::fromStdString(path)))), compression);

        auto opened = openSource(path);
        QVERIFY2(opened, opened ? "" : opened.error().message().c_str());
        const Source& source = **opened;
        for (const Member& m : members()) {
            const auto bytes = source.read(m.path);
            QVERIFY2(bytes, m.path.c_str());
            QVERIFY2(*bytes == m.bytes, m.path.c_str());
        }
        QCOMPARE(source.processOwner(42), std::optional<std::uint32_t>(1000));
        QCOMPARE(*source.listPids(), std::vector<int>({ 42 }));
        QCOMPARE(*source.listDirectory("sys/vm"), std::vector<std::string>({ "overcommit_memory" }));
        const auto tar = dynamic_cast<const TarSource*>(&source);
        QVERIFY(tar);
        QVERIFY(tar->index().refused.empty());
        QVERIFY(tar->index().endMarker);

        // GNU tar reads it too (the writer's ustar headers are the standard's, not only ours).
        const QString gnuTar = QStandardPaths::findExecutable(QStringLiteral("tar"));
        const bool canUnpack = compression != int(Compression::Zstd)
            || !QStandardPaths::findExecutable(QStringLiteral("zstd")).isEmpty();
        if (!gnuTar.isEmpty() && canUnpack) {
            QProcess list;
            list.start(gnuTar, { QStringLiteral("-tvf"), QString::fromStdString(path) });
            QVERIFY(list.waitForFinished(60000));
            QCOMPARE(list.exitCode(), 0);
            const QByteArray listing = list.readAllStandardOutput();
            QVERIFY2(listing.contains("42/smaps"), listing.constData());
            QVERIFY2(listing.contains(QByteArray(90, 'n')), listing.constData());
        }
    }

    void refusesToOverwrite()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + "/existing.tar").toStdString();
        {
            QFile existing(QString::fromStdString(path));
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("keep me");
        }
        auto refused = CaptureWriter::create(path, false, 0);
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message().find("exists already") != std::string::npos, refused.error().message().c_str());
        QCOMPARE(readFileBytes(QString::fromStdString(path)), std::string("keep me"));

        auto forced = CaptureWriter::create(path, true, 0);
        QVERIFY(forced);
        QVERIFY(!(*forced)->addFile("meminfo", "MemTotal: 1 kB\n"));
        QVERIFY(!(*forced)->finish());
        QVERIFY(TarSource::open(path));
    }

    // A file that appears under the final name while capturing is not replaced either.
    void keepsAFileThatAppearedMeanwhile()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + "/late.tar").toStdString();
        auto writer = CaptureWriter::create(path, false, 0);
        QVERIFY(writer);
        QVERIFY(!(*writer)->addFile("meminfo", "MemTotal: 1 kB\n"));
        {
            QFile late(QString::fromStdString(path));
            QVERIFY(late.open(QIODevice::WriteOnly));
            late.write("late");
        }
        const auto error = (*writer)->finish();
        QVERIFY(error);
        QVERIFY2(error->message().find("appeared while capturing") != std::string::npos, error->message().c_str());
        QCOMPARE(readFileBytes(QString::fromStdString(path)), std::string("late"));
        QVERIFY(!QFile::exists(QString::fromStdString(path + ".partial")));
    }

    void abandonedWriterLeavesNothing()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + "/abandoned.tar.zst").toStdString();
        {
            auto writer = CaptureWriter::create(path, false, 0);
            QVERIFY(writer);
            QVERIFY(!(*writer)->addFile("meminfo", "MemTotal: 1 kB\n"));
        }
        QVERIFY(!QFile::exists(QString::fromStdString(path)));
        QVERIFY(!QFile::exists(QString::fromStdString(path + ".partial")));
    }

    void seriesServesTheLastSample()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + "/series.tar.gz").toStdString();
        auto writer = CaptureWriter::create(path, false, 0);
        QVERIFY(writer);
        for (const char* sample : { "sample-0001", "sample-0002" }) {
            QVERIFY(!(*writer)->addDirectory(sample));
            QVERIFY(!(*writer)->addFile(std::string(sample) + "/meminfo", std::string(sample) + "\n"));
            QVERIFY(!(*writer)->addDirectory(std::string(sample) + "/7", 33));
        }
        QVERIFY(!(*writer)->addFile("vmscope.json", "{}\n"));
        QVERIFY(!(*writer)->finish());
        auto tar = TarSource::open(path);
        QVERIFY(tar);
        QCOMPARE((*tar)->sampleFolder(), std::string("sample-0002"));
        QCOMPARE(*(*tar)->read("meminfo"), std::string("sample-0002\n"));
        QCOMPARE(*(*tar)->listPids(), std::vector<int>({ 7 }));
        QCOMPARE((*tar)->processOwner(7), std::optional<std::uint32_t>(33));
        QVERIFY((*tar)->describe().find("sample-0002") != std::string::npos);
        // --sample K: another sample than the last; none that the series does not hold.
        auto first = TarSource::open(path, {}, 1);
        QVERIFY(first);
        QCOMPARE(*(*first)->read("meminfo"), std::string("sample-0001\n"));
        auto third = TarSource::open(path, {}, 3);
        QVERIFY(!third);
        QVERIFY2(third.error().message().find("has no sample-0003 (its samples are sample-0001 to sample-0002)")
                != std::string::npos,
            third.error().message().c_str());
        // An unpacked series, as a directory.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("unpacked/sample-0001")));
        const std::string unpacked = QString(dir.path() + "/unpacked").toStdString();
        QVERIFY(openSource(unpacked, {}, 1));
        QVERIFY(!openSource(unpacked, {}, 2));
    }

    void decompressionIsBounded_data()
    {
        QTest::addColumn<int>("compression");
        QTest::newRow("gzip") << int(Compression::Gzip);
        QTest::newRow("zstd") << int(Compression::Zstd);
    }

    // A bomb: 8 MiB of zeros compress to a few KiB; with a bound of 1 MiB the reader stops there.
    void decompressionIsBounded()
    {
        QFETCH(int, compression);
        QTemporaryDir dir;
        const std::string bomb = compressed(Compression(compression), std::string(8 * 1024 * 1024, '\0'), dir.path());
        QVERIFY(!bomb.empty());
        QVERIFY(bomb.size() < 64 * 1024);
        const auto refused = decompressCapture(bomb, Compression(compression), "bomb", 1024 * 1024);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), int(ErrorKind::Io));
        QVERIFY2(refused.error().message().find("to more than 1 MiB") != std::string::npos,
            refused.error().message().c_str());
        const auto whole = decompressCapture(bomb, Compression(compression), "bomb", 8 * 1024 * 1024);
        QVERIFY(whole);
        QCOMPARE(whole->size(), std::size_t(8 * 1024 * 1024));
    }

    void damagedInputIsRefused_data()
    {
        QTest::addColumn<int>("compression");
        QTest::newRow("gzip") << int(Compression::Gzip);
        QTest::newRow("zstd") << int(Compression::Zstd);
    }

    void damagedInputIsRefused()
    {
        QFETCH(int, compression);
        QTemporaryDir dir;
        std::string text;
        for (int i = 0; i < 20000; ++i)
            text += "line " + std::to_string(i) + "\n";
        const std::string packed = compressed(Compression(compression), text, dir.path());
        QVERIFY(packed.size() > 100);
        QCOMPARE(*decompressCapture(packed, Compression(compression), "ok", 1 << 20), text);
        // Truncated.
        const auto truncated
            = decompressCapture(packed.substr(0, packed.size() / 2), Compression(compression), "half", 1 << 20);
        QVERIFY(!truncated);
        QCOMPARE(int(truncated.error().kind), int(ErrorKind::Malformed));
        QVERIFY2(
            truncated.error().message().find("truncated") != std::string::npos, truncated.error().message().c_str());
        // A damaged byte in the middle.
        std::string damaged = packed;
        damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x55);
        damaged[damaged.size() / 2 + 1] = static_cast<char>(damaged[damaged.size() / 2 + 1] ^ 0xaa);
        QVERIFY(!decompressCapture(damaged, Compression(compression), "damaged", 1 << 20));
        // Two streams one after the other read as one, as gzip -d and zstd -d do.
        QCOMPARE(*decompressCapture(packed + packed, Compression(compression), "twice", 1 << 20), text + text);
    }

    void trailingGarbageAfterGzip()
    {
        QTemporaryDir dir;
        const std::string packed = compressed(Compression::Gzip, "abc", dir.path());
        const auto refused = decompressCapture(packed + "junk", Compression::Gzip, "junk.gz", 1 << 20);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), int(ErrorKind::Malformed));
    }

    void sniffAndNames()
    {
        QCOMPARE(int(sniffCompression(std::string_view("\x1f\x8b\x08", 3))), int(Compression::Gzip));
        QCOMPARE(int(sniffCompression(std::string_view("\x28\xb5\x2f\xfd", 4))), int(Compression::Zstd));
        QCOMPARE(int(sniffCompression("meminfo")), int(Compression::None));
        QCOMPARE(int(sniffCompression("")), int(Compression::None));
        QCOMPARE(int(compressionForName("a.tar.gz")), int(Compression::Gzip));
        QCOMPARE(int(compressionForName("a.tgz")), int(Compression::Gzip));
        QCOMPARE(int(compressionForName("a.tar.zst")), int(Compression::Zstd));
        QCOMPARE(int(compressionForName("a.tar")), int(Compression::None));
    }

    // A process that exits mid-capture is "gone" and leaves no folder; a missing file of a process
    // still there is unreadable, not a vanished process.
    void captureSampleGoneAndUnreadable()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + "/vanishing.tar").toStdString();
        VanishingSource source;
        auto writer = CaptureWriter::create(path, false, 0);
        QVERIFY(writer);
        std::vector<std::pair<std::size_t, std::size_t>> progress;
        auto result = captureSample(source, **writer, "sample-0001", std::nullopt,
            [&](std::size_t done, std::size_t total) { progress.emplace_back(done, total); });
        QVERIFY2(result, result ? "" : result.error().message().c_str());
        QVERIFY(!(*writer)->finish());
        QCOMPARE(result->pids, std::vector<int>({ 9946, 10162 }));
        QCOMPARE(result->gone, std::vector<int>({ 9950 }));
        QCOMPARE(progress.size(), std::size_t(3));
        QCOMPARE(progress.back(), std::make_pair(std::size_t(3), std::size_t(3)));
        auto unreadableFor = [&](const std::string& file) -> const CaptureUnreadable* {
            for (const CaptureUnreadable& u : result->unreadable)
                if (u.path == file)
                    return &u;
            return nullptr;
        };
        const CaptureUnreadable* missing = unreadableFor("10162/smaps");
        QVERIFY(missing);
        QCOMPARE(missing->error, std::string("ENOENT"));
        QVERIFY(!unreadableFor("9950/smaps")); // gone, not unreadable
        QVERIFY(unreadableFor("slabinfo")); // the fixture has none
        QVERIFY(!unreadableFor("meminfo"));

        auto tar = TarSource::open(path);
        QVERIFY(tar);
        QCOMPARE((*tar)->sampleFolder(), std::string("sample-0001"));
        QCOMPARE(*(*tar)->listPids(), std::vector<int>({ 9946, 10162 }));
        QCOMPARE((*tar)->processOwner(10162), std::optional<std::uint32_t>(65534));
        QVERIFY(!(*tar)->index().find("sample-0001/9950"));
        QVERIFY(!(*tar)->read("10162/smaps"));
        const std::string fixture = std::string(VMSCOPE_FIXTURES) + "/live-6.18-x86_64/proc/";
        for (const char* file : { "meminfo", "zoneinfo", "9946/smaps", "9946/status", "10162/maps", "pressure/memory" })
            QVERIFY2(*(*tar)->read(file) == *ProcRootSource(fixture).read(file), file);
        QCOMPARE(result->files, (*writer)->files());
    }

    // A GUI snapshot: the same capture in memory, served back unchanging, equal to the proc root it
    // was taken of; no file is written.
    void captureToMemoryEqualsTheProcRoot()
    {
        const std::string fixture = std::string(VMSCOPE_FIXTURES) + "/live-6.18-x86_64/proc";
        const ProcRootSource root(fixture);
        std::size_t lastDone = 0;
        auto snapshot = captureToMemory(root, std::nullopt, "Snapshot 1", "vmscope", "test",
            [&](std::size_t done, std::size_t) { lastDone = done; });
        QVERIFY2(snapshot, snapshot ? "" : snapshot.error().message().c_str());
        QVERIFY(!(*snapshot)->changesOverTime());
        QCOMPARE(*(*snapshot)->listPids(), *root.listPids());
        QCOMPARE(lastDone, root.listPids()->size());
        for (const char* file : { "meminfo", "vmstat", "9946/smaps", "9946/status", "10162/maps" })
            QVERIFY2(*(*snapshot)->read(file) == *root.read(file), file);
        const auto json = (*snapshot)->readArchiveMember("vmscope.json");
        QVERIFY(json);
        QVERIFY(json->find("\"tool\":\"vmscope\"") != std::string::npos);
        QVERIFY(json->find("\"source\":") != std::string::npos);

        // Only some processes (an experiment step's): those and the system files.
        auto some = captureToMemory(root, std::vector<int> { 9946 }, "Step 1", "vmscope", "test");
        QVERIFY(some);
        QCOMPARE(*(*some)->listPids(), std::vector<int>({ 9946 }));
        QVERIFY(*(*some)->read("meminfo") == *root.read("meminfo"));
    }

    // Cancel: the next member fails with ECANCELED and the .partial file goes with the writer.
    void cancelledCaptureLeavesNothing()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + "/cancelled.tar").toStdString();
        const ProcRootSource root(std::string(VMSCOPE_FIXTURES) + "/live-6.18-x86_64/proc");
        std::atomic<bool> stop { false };
        {
            auto writer = CaptureWriter::create(path, false, 0);
            QVERIFY(writer);
            (*writer)->setStop(&stop);
            auto result = captureOnce(
                root, **writer, std::nullopt, "vmscope", "test", [&](std::size_t, std::size_t) { stop = true; });
            QVERIFY(!result);
            QCOMPARE(result.error().errnoValue, ECANCELED);
        }
        QVERIFY(!QFileInfo::exists(QString::fromStdString(path)));
        QVERIFY(!QFileInfo::exists(QString::fromStdString(path + ".partial")));
    }

    void refusesNamesUstarCannotHold()
    {
        QTemporaryDir dir;
        auto writer = CaptureWriter::create(QString(dir.path() + "/names.tar").toStdString(), false, 0);
        QVERIFY(writer);
        QVERIFY((*writer)->addFile(std::string(101, 'x'), "no slash to split at"));
        QVERIFY((*writer)->addFile("/absolute", ""));
        QVERIFY((*writer)->addFile("", ""));
        QVERIFY(!(*writer)->addFile(std::string(155, 'p') + "/" + std::string(100, 'n'), "fits exactly"));
    }
};

QTEST_GUILESS_MAIN(TestCaptureWriter)
#include "tst_capturewriter.moc"
