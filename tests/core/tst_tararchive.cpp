// core/parse/TarArchive and core/io/TarSource over archives the test writes itself
// (tests/support/TarWriter.h): every quirk of real smemcap captures, and the hostile members a
// capture may hold, which are refused one by one while the rest of the capture still opens.
#include "TarWriter.h"
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "core/io/TarSource.h"
#include "core/parse/TarArchive.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace vmscope;
using vmscope::test::TarWriter;

namespace {

std::string smemcapLike(TarWriter::Header header, bool endBlocks)
{
    TarWriter tar(header);
    tar.file("meminfo", "MemTotal:       1000 kB\n");
    tar.file("version", "Linux version 6.18\n");
    tar.directory("42", 1000);
    tar.file("42/smaps", "");
    tar.file("42/cmdline",
        std::string("sleep\0"
                    "\xff"
                    "x\0",
            9));
    tar.file("42/stat", "42 (sleep) S 1 42 42 0 -1 4194304\n");
    tar.directory("7", 0);
    tar.file("7/stat", "7 (init) S 0 7 7 0 -1 4194560\n");
    return tar.bytes(endBlocks);
}

bool refusedFor(const parse::TarIndex& index, const std::string& name, const QString& why)
{
    for (const auto& r : index.refused)
        if (r.name == name && QString::fromStdString(r.why).contains(why))
            return true;
    return false;
}

} // namespace

class TestTarArchive : public QObject {
    Q_OBJECT

private slots:
    void quirks_data()
    {
        QTest::addColumn<int>("header");
        QTest::addColumn<bool>("endBlocks");
        QTest::newRow("ustar") << int(TarWriter::Header::Ustar) << true;
        QTest::newRow("ustar, no end blocks") << int(TarWriter::Header::Ustar) << false;
        QTest::newRow("v7") << int(TarWriter::Header::V7) << true;
        QTest::newRow("v7, no end blocks") << int(TarWriter::Header::V7) << false;
    }

    void quirks()
    {
        QFETCH(int, header);
        QFETCH(bool, endBlocks);
        const std::string bytes = smemcapLike(static_cast<TarWriter::Header>(header), endBlocks);
        QVERIFY(parse::looksLikeTar(bytes));
        const auto index = parse::parseTarArchive(bytes, "t.tar");
        QVERIFY2(index, index ? "" : index.error().message().c_str());
        QCOMPARE(index->endMarker, endBlocks);
        QVERIFY(index->refused.empty());
        QCOMPARE(index->members.size(), std::size_t(8));
        const parse::TarMember* dir = index->find("42");
        QVERIFY(dir);
        QCOMPARE(int(dir->type), int(parse::TarMemberType::Directory));
        QCOMPARE(dir->uid, 1000u);
        const parse::TarMember* smaps = index->find("42/smaps");
        QVERIFY(smaps);
        QCOMPARE(smaps->size, std::uint64_t(0));
        const parse::TarMember* cmdline = index->find("42/cmdline");
        QVERIFY(cmdline);
        QCOMPARE(bytes.substr(cmdline->offset, cmdline->size),
            std::string("sleep\0"
                        "\xff"
                        "x\0",
                9));

        const auto source = TarSource::fromBytes(bytes, "t.tar");
        QVERIFY(source);
        QCOMPARE((*source)->describe(), std::string("smemcap capture t.tar"));
        QCOMPARE(*(*source)->listPids(), (std::vector<int> { 7, 42 }));
        QCOMPARE(*(*source)->listDirectory("42"), (std::vector<std::string> { "cmdline", "smaps", "stat" }));
        QCOMPARE((*source)->processOwner(42), std::optional<std::uint32_t>(1000));
        QCOMPARE(*(*source)->read("meminfo"), std::string("MemTotal:       1000 kB\n"));
        QCOMPARE(*(*source)->read("42/smaps"), std::string());
        // A missing member is what a missing file in a proc root is.
        const auto status = (*source)->read("42/status");
        QVERIFY(!status);
        QCOMPARE(int(status.error().kind), int(ErrorKind::NoSuchProcess));
        QVERIFY(status.error().isMissingFile());
        const auto zoneinfo = (*source)->read("zoneinfo");
        QVERIFY(!zoneinfo);
        QCOMPARE(int(zoneinfo.error().kind), int(ErrorKind::Io));
        QVERIFY(zoneinfo.error().isMissingFile());
        QVERIFY(!(*source)->read("42"));
        QVERIFY(!(*source)->listDirectory("42/smaps"));
        QVERIFY(!(*source)->listDirectory("99"));
    }

    void prefixes()
    {
        TarWriter tar;
        tar.directory("./");
        tar.directory("./proc");
        tar.file("./proc/meminfo", "m");
        tar.file("proc/42//./smaps", "s");
        tar.file("./proc/sys/vm/min_free_kbytes", "67584\n");
        const auto source = TarSource::fromBytes(tar.bytes(), "p.tar");
        QVERIFY(source);
        QCOMPARE(*(*source)->read("meminfo"), std::string("m"));
        QCOMPARE(*(*source)->read("42/smaps"), std::string("s"));
        QCOMPARE(*(*source)->listDirectory("sys/vm"), std::vector<std::string> { "min_free_kbytes" });
        QCOMPARE(*(*source)->listPids(), std::vector<int> { 42 });
        QCOMPARE((*source)->describe(), std::string("tar capture p.tar"));
        QCOMPARE((*source)->processOwner(42), std::optional<std::uint32_t>()); // no folder entry
    }

    void numbers()
    {
        TarWriter tar;
        TarWriter::Member big;
        big.name = "meminfo";
        big.data = "base-256";
        big.base256Size = true;
        big.signedChecksum = true;
        big.uid = 0;
        big.name = "meminfo\xe9"; // a byte >= 0x80 makes signed and unsigned sums differ
        tar.add(big);
        const std::string bytes = tar.bytes();
        const auto index = parse::parseTarArchive(bytes, "n.tar");
        QVERIFY2(index, index ? "" : index.error().message().c_str());
        const parse::TarMember* m = index->find("meminfo\xe9");
        QVERIFY(m);
        QCOMPARE(m->size, std::uint64_t(8));
    }

    void refused()
    {
        TarWriter tar;
        tar.file("meminfo", "ok");
        tar.file("/etc/passwd", "abs");
        tar.file("42/../../etc/shadow", "dotdot");
        TarWriter::Member link;
        link.name = "42/smaps";
        link.type = '2';
        link.linkName = "/etc/shadow";
        tar.add(link);
        link.name = "43/smaps";
        link.type = '1';
        link.linkName = "meminfo";
        tar.add(link);
        TarWriter::Member device;
        device.name = "44/smaps";
        device.type = '3';
        tar.add(device);
        device.name = "45/smaps";
        device.type = '4';
        tar.add(device);
        device.name = "46/smaps";
        device.type = '6';
        tar.add(device);
        device.name = "././@LongLink";
        device.type = 'L';
        device.data = std::string(200, 'a');
        tar.add(device);
        TarWriter::Member huge;
        huge.name = "47/smaps";
        huge.data = std::string(600, 'x');
        tar.add(huge);
        tar.file("version", "v");
        parse::TarLimits limits;
        limits.maxMemberBytes = 512;
        const std::string bytes = tar.bytes();
        const auto index = parse::parseTarArchive(bytes, "h.tar", limits);
        QVERIFY(index);
        QCOMPARE(index->members.size(), std::size_t(2)); // meminfo, version
        QVERIFY(index->find("meminfo") && index->find("version"));
        QVERIFY(refusedFor(*index, "/etc/passwd", "absolute"));
        QVERIFY(refusedFor(*index, "42/../../etc/shadow", ".."));
        QVERIFY(refusedFor(*index, "42/smaps", "symbolic link"));
        QVERIFY(refusedFor(*index, "43/smaps", "hard link"));
        QVERIFY(refusedFor(*index, "44/smaps", "character device"));
        QVERIFY(refusedFor(*index, "45/smaps", "block device"));
        QVERIFY(refusedFor(*index, "46/smaps", "FIFO"));
        QVERIFY(refusedFor(*index, "././@LongLink", "GNU long name"));
        QVERIFY(refusedFor(*index, "47/smaps", "larger than 512 bytes"));
    }

    void hugeSizeField()
    {
        TarWriter tar;
        tar.file("meminfo", "ok");
        TarWriter::Member liar;
        liar.name = "42/smaps";
        liar.data = "short";
        liar.sizeField = std::uint64_t(1) << 62; // base-256
        tar.add(liar);
        const std::string bytes = tar.bytes(false);
        const auto index = parse::parseTarArchive(bytes, "l.tar");
        QVERIFY(index);
        QVERIFY(index->find("meminfo"));
        QVERIFY(!index->find("42/smaps"));
        QVERIFY(refusedFor(*index, "42/smaps", "truncated"));
    }

    void truncated()
    {
        TarWriter tar;
        tar.file("meminfo", "ok");
        tar.file("42/smaps", std::string(2000, 's'));
        const std::string whole = tar.bytes(false);
        // Cut inside the last member's data, inside its header, and inside its padding.
        for (const std::size_t cut : { whole.size() - 600, std::size_t(1024 + 100), whole.size() - 10 }) {
            const std::string bytes = whole.substr(0, cut);
            const auto index = parse::parseTarArchive(bytes, "t.tar");
            QVERIFY(index);
            QVERIFY(index->find("meminfo"));
            for (const auto& [path, member] : index->members)
                QVERIFY(member.offset + member.size <= bytes.size());
        }
        const auto padded = parse::parseTarArchive(whole.substr(0, whole.size() - 10), "t.tar");
        QVERIFY(padded->find("42/smaps")); // only the padding is missing: the data is whole
        QVERIFY(!parse::parseTarArchive(whole.substr(0, whole.size() - 600), "t.tar")->find("42/smaps"));
    }

    void badChecksum()
    {
        TarWriter first;
        TarWriter::Member broken;
        broken.name = "meminfo";
        broken.data = "x";
        broken.breakChecksum = true;
        first.add(broken);
        QVERIFY(!parse::looksLikeTar(first.bytes()));
        const auto notTar = parse::parseTarArchive(first.bytes(), "b.tar");
        QVERIFY(!notTar);
        QCOMPARE(int(notTar.error().kind), int(ErrorKind::Malformed));
        QVERIFY(QString::fromStdString(notTar.error().message()).contains(QStringLiteral("not a tar archive")));

        TarWriter later;
        later.file("meminfo", "ok");
        broken.name = "version";
        later.add(broken);
        const auto damaged = parse::parseTarArchive(later.bytes(), "b.tar");
        QVERIFY(!damaged);
        QVERIFY(QString::fromStdString(damaged.error().message()).contains(QStringLiteral("damaged")));
        QVERIFY(!parse::looksLikeTar(std::string(512, '\0')));
        QVERIFY(!parse::looksLikeTar("short"));
        QVERIFY(parse::parseTarArchive("", "e.tar")->members.empty());
    }

    void tooManyMembers()
    {
        TarWriter tar;
        for (int i = 0; i < 5; ++i)
            tar.file("f" + std::to_string(i), "x");
        parse::TarLimits limits;
        limits.maxMembers = 3;
        const auto index = parse::parseTarArchive(tar.bytes(), "m.tar", limits);
        QVERIFY(index);
        QCOMPARE(index->members.size(), std::size_t(3));
        QVERIFY(refusedFor(*index, "f3", "more than 3 members"));
    }

    void openSourceSniffs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string tarPath = dir.filePath(QStringLiteral("capture.bin")).toStdString();
        std::ofstream(tarPath, std::ios::binary) << smemcapLike(TarWriter::Header::Ustar, false);
        const auto tar = openSource(tarPath);
        QVERIFY2(tar, tar ? "" : tar.error().message().c_str());
        QCOMPARE((*tar)->describe(), "smemcap capture " + tarPath);
        QCOMPARE(*(*tar)->listPids(), (std::vector<int> { 7, 42 }));

        const auto directory = openSource(test::procRoot(QStringLiteral("live-6.18-x86_64")));
        QVERIFY(directory);
        QVERIFY(dynamic_cast<const ProcRootSource*>(directory->get()));

        const std::string textPath = dir.filePath(QStringLiteral("capture.tar")).toStdString();
        std::ofstream(textPath) << "MemTotal: 1 kB\n";
        const auto text = openSource(textPath);
        QVERIFY(!text);
        QVERIFY(QString::fromStdString(text.error().message()).contains(QStringLiteral("nor a tar capture")));
        // Not a regular file: a proc root as before, whose reads name the missing file.
        const auto missing = openSource(dir.filePath(QStringLiteral("missing")).toStdString());
        QVERIFY(missing && dynamic_cast<const ProcRootSource*>(missing->get()));
        QVERIFY(!(*missing)->read("meminfo"));
    }
};

QTEST_GUILESS_MAIN(TestTarArchive)
#include "tst_tararchive.moc"
