// Parsing, classifying and summing /proc/PID/maps and smaps over every fixture.
#include "TestData.h"

#include "core/analysis/Aggregator.h"
#include "core/analysis/Classifier.h"
#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/format/MapsReport.h"
#include "core/format/Units.h"
#include "core/io/ProcRootSource.h"
#include "core/read/ProcessReader.h"
#include "core/parse/MapsParser.h"

#include <QtTest>

using namespace vmscope;
using test::fixtureBytes;

Q_DECLARE_METATYPE(std::string)

namespace {
const Vma* vmaAt(const std::vector<Vma>& vmas, std::uint64_t start)
{
    for (const Vma& v : vmas)
        if (v.start == start)
            return &v;
    return nullptr;
}
} // namespace

class TestMaps : public QObject {
    Q_OBJECT
private slots:
    void parseMapsFixtures_data();
    void parseMapsFixtures();
    void parseSmapsFixtures_data();
    void parseSmapsFixtures();
    void malformedInputs_data();
    void malformedInputs();
    void streamingMatchesWholeParse_data();
    void streamingMatchesWholeParse();
    void streamedFileMatchesRead();
    void headerDetails();
    void pathsAreKeptExactly();
    void unknownFieldsAndFlagsAreKept();
    void keysMatchExactly();
    void rollup();
    void classifyZoo_data();
    void classifyZoo();
    void classifyHistoric_data();
    void classifyHistoric();
    void everyVmaHasAReason();
    void totalsAgreeWithRollup_data();
    void totalsAgreeWithRollup();
    void sharedRegionPssSplitsBetweenParentAndChild();
    void sumsByKindAndMapping();
    void processSummaryFromFixture();
    void vanishedProcessIsNoSuchProcess();
    void emptyMapsOfKernelThread();
    void procmapCsv();
    void jsonWriterEscapes();
    void displayEscapes();
    void units();
};

void TestMaps::parseMapsFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<qulonglong>("firstStart");
    QTest::addColumn<qulonglong>("lastEnd");
    QTest::addColumn<QString>("firstPath");
    QTest::newRow("live zoo") << "live-6.18-x86_64/proc/9946/maps" << 35 << 0x55ac7533a000ull << 0xffffffffff601000ull
                              << "/usr/local/bin/zoo";
    QTest::newRow("live qt program") << "live-6.18-x86_64/proc/10162/maps" << 323 << 0ull << 0ull << QString();
    QTest::newRow("prometheus cat") << "prometheus-procfs/proc/26232/maps" << 9 << 0x55680ae1e000ull
                                    << 0xffffffffff601000ull << "/bin/cat";
    QTest::newRow("prometheus tcsh 32-bit")
        << "prometheus-procfs/proc/26234/maps" << 4 << 0x08048000ull << 0x40015000ull << "/bin/tcsh";
    QTest::newRow("ia32 init, start-address offsets")
        << "historic/ia32-2.6-init/proc/1/maps" << 15 << 0x08048000ull << 0xfffff000ull << "/sbin/init";
    QTest::newRow("ia32 memtest") << "historic/ia32-memtest/proc/30387/maps" << 14 << 0x08048000ull << 0xbf99b000ull
                                  << "/tmp/memtest";
    QTest::newRow("x86_64 memtest") << "historic/x86_64-2.6-memtest/proc/1839/maps" << 18 << 0x00400000ull
                                    << 0xffffffffff601000ull << "/home/esser/memtest";
    QTest::newRow("57-bit LA57") << "malformed/maps-57bit" << 3 << 0x00fffffffe000000ull << 0xffffffffff601000ull
                                 << QString();
    QTest::newRow("empty: kernel thread") << "malformed/empty" << 0 << 0ull << 0ull << QString();
}

void TestMaps::parseMapsFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(qulonglong, firstStart);
    QFETCH(qulonglong, lastEnd);
    QFETCH(QString, firstPath);
    const std::string bytes = fixtureBytes(file);
    auto vmas = parse::parseMaps(bytes, file.toStdString());
    QVERIFY2(vmas.ok(), vmas.ok() ? "" : vmas.error().message().c_str());
    QCOMPARE(int(vmas->size()), count);
    if (count == 0)
        return;
    if (firstStart)
        QCOMPARE(vmas->front().start, firstStart);
    if (lastEnd)
        QCOMPARE(vmas->back().end, lastEnd);
    if (!firstPath.isEmpty())
        QCOMPARE(QString::fromStdString(vmas->front().path), firstPath);
    for (std::size_t i = 1; i < vmas->size(); ++i)
        QVERIFY((*vmas)[i - 1].end <= (*vmas)[i].start);
}

void TestMaps::parseSmapsFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("hasFlags");
    QTest::addColumn<int>("fieldsInFirst");
    // Kernels of the 2.6.36-3.x era hid the stack's guard page from the printed range but
    // not from Size, so Size == end - start holds only for newer captures.
    QTest::addColumn<bool>("sizeIsRange");
    QTest::newRow("live zoo") << "live-6.18-x86_64/proc/9946/smaps" << 35 << true << 23 << true;
    QTest::newRow("live zoo child") << "live-6.18-x86_64/proc/9950/smaps" << 35 << true << 23 << true;
    QTest::newRow("live qt program") << "live-6.18-x86_64/proc/10162/smaps" << 323 << true << 23 << true;
    QTest::newRow("prometheus alertmanager") << "prometheus-procfs/proc/26231/smaps" << -1 << true << 19 << true;
    QTest::newRow("2.6.27: no Anonymous, no VmFlags")
        << "historic/2.6.27-smaps/proc/2012/smaps" << 3 << false << 11 << false;
}

void TestMaps::parseSmapsFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(bool, hasFlags);
    QFETCH(int, fieldsInFirst);
    QFETCH(bool, sizeIsRange);
    const std::string bytes = fixtureBytes(file);
    auto vmas = parse::parseSmaps(bytes, file.toStdString());
    QVERIFY2(vmas.ok(), vmas.ok() ? "" : vmas.error().message().c_str());
    if (count >= 0)
        QCOMPARE(int(vmas->size()), count);
    // The number of VMA headers equals the number of lines that look like one.
    const auto headers = std::count(bytes.begin(), bytes.end(), '\n') == 0 ? 0 : [&] {
        int n = 0;
        std::size_t pos = 0;
        while (pos < bytes.size()) {
            const std::size_t eol = bytes.find('\n', pos);
            const std::string_view line(bytes.data() + pos, (eol == std::string::npos ? bytes.size() : eol) - pos);
            if (!line.empty() && !parse::isSmapsFieldLine(line))
                ++n;
            pos = eol == std::string::npos ? bytes.size() : eol + 1;
        }
        return n;
    }();
    QCOMPARE(int(vmas->size()), headers);
    int fields = 0;
    vmas->front().fields.forEachNumeric([&](std::string_view, std::uint64_t, bool) { ++fields; });
    QCOMPARE(fields, fieldsInFirst);
    for (const Vma& v : *vmas) {
        QCOMPARE(v.flags.empty(), !hasFlags);
        if (sizeIsRange)
            QCOMPARE(v.fields.get(SmapsKey::Size) * 1024, v.size());
    }
}

void TestMaps::malformedInputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("asSmaps");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("whyContains");
    QTest::newRow("empty maps") << "empty" << false << true << 0 << QString();
    QTest::newRow("empty smaps") << "empty" << true << true << 0 << QString();
    QTest::newRow("100k path (maps)") << "maps-100k-path" << false << true << 0 << QString();
    QTest::newRow("57-bit (maps)") << "maps-57bit" << false << true << 0 << QString();
    QTest::newRow("non-UTF-8 path (maps)") << "maps-non-utf8-path" << false << true << 0 << QString();
    QTest::newRow("bad perms") << "maps-bad-perms" << false << false << 1 << "permissions";
    QTest::newRow("end before start") << "maps-end-before-start" << false << false << 1 << "end address";
    QTest::newRow("not hex") << "maps-not-hex" << false << false << 1 << "hexadecimal";
    QTest::newRow("truncated line") << "maps-truncated-line" << false << false << 2 << "permissions";
    QTest::newRow("truncated line as smaps") << "maps-truncated-line" << true << false << 2 << "permissions";
    QTest::newRow("counter overflow") << "smaps-overflow-and-unknown" << true << false << 3 << "64 bits";
    QTest::newRow("truncated record") << "smaps-truncated-record" << true << false << 3 << "kB";
    QTest::newRow("meminfo as maps") << "meminfo-garbage" << false << false << 1 << QString();
    QTest::newRow("zoneinfo as smaps") << "zoneinfo-garbage" << true << false << 1 << QString();
    QTest::newRow("random bytes as maps") << "random-bytes" << false << false << -1 << QString();
    QTest::newRow("random bytes as smaps") << "random-bytes" << true << false << -1 << QString();
}

void TestMaps::malformedInputs()
{
    QFETCH(QString, file);
    QFETCH(bool, asSmaps);
    QFETCH(bool, valid);
    QFETCH(int, line);
    QFETCH(QString, whyContains);
    const std::string bytes = fixtureBytes(QStringLiteral("malformed/") + file);
    const std::string name = "/proc/4242/" + file.toStdString();
    auto vmas = asSmaps ? parse::parseSmaps(bytes, name) : parse::parseMaps(bytes, name);
    QCOMPARE(vmas.ok(), valid);
    if (valid)
        return;
    const Error& e = vmas.error();
    QCOMPARE(e.kind, ErrorKind::Malformed);
    QCOMPARE(QString::fromStdString(e.file), QString::fromStdString(name));
    if (line >= 0)
        QCOMPARE(int(e.line), line);
    else
        QVERIFY(e.line >= 1);
    QVERIFY2(QString::fromStdString(e.why).contains(whyContains), e.why.c_str());
    // The sentence names the file and the line.
    QVERIFY(QString::fromStdString(e.message()).contains(QString::fromStdString(name + ":" + std::to_string(e.line))));
}

void TestMaps::streamingMatchesWholeParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("chunkSize");
    for (int size : { 1, 7, 80, 4096, 65536 }) {
        QTest::addRow("zoo smaps in %d-byte chunks", size) << "live-6.18-x86_64/proc/9946/smaps" << size;
        QTest::addRow("truncated record in %d-byte chunks", size) << "malformed/smaps-truncated-record" << size;
        QTest::addRow("overflow in %d-byte chunks", size) << "malformed/smaps-overflow-and-unknown" << size;
    }
    QTest::newRow("qt program smaps, 3000-byte chunks") << "live-6.18-x86_64/proc/10162/smaps" << 3000;
}

void TestMaps::streamingMatchesWholeParse()
{
    // The kernel hands smaps over in pieces that end anywhere, even inside a line.
    QFETCH(QString, file);
    QFETCH(int, chunkSize);
    const std::string bytes = fixtureBytes(file);
    auto whole = parse::parseSmaps(bytes, "smaps");
    parse::MapsStreamParser stream(parse::MapsStreamParser::Format::Smaps, "smaps");
    for (std::size_t at = 0; at < bytes.size(); at += std::size_t(chunkSize))
        stream.feed(std::string_view(bytes).substr(at, std::size_t(chunkSize)));
    auto pieces = stream.finish();
    QCOMPARE(pieces.ok(), whole.ok());
    if (!whole.ok()) {
        QCOMPARE(pieces.error().line, whole.error().line);
        QCOMPARE(pieces.error().why, whole.error().why);
        return;
    }
    QCOMPARE(pieces->size(), whole->size());
    for (std::size_t i = 0; i < whole->size(); ++i) {
        const Vma& a = (*pieces)[i];
        const Vma& b = (*whole)[i];
        QCOMPARE(a.start, b.start);
        QCOMPARE(a.path, b.path);
        QCOMPARE(a.flags.codes(), b.flags.codes());
        for (std::size_t k = 0; k < kSmapsKeyCount; ++k)
            QCOMPARE(a.fields.find(SmapsKey(k)), b.fields.find(SmapsKey(k)));
    }
}

void TestMaps::streamedFileMatchesRead()
{
    // Five copies of the Qt program's smaps: 1.2 MB, several of the reader's chunks.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("10162"));
    {
        QFile big(dir.filePath(QStringLiteral("10162/smaps")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        const std::string copy = fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/10162/smaps"));
        for (int i = 0; i < 5; ++i)
            big.write(copy.data(), qint64(copy.size()));
    }
    ProcRootSource source(dir.path().toStdString());
    auto whole = source.read("10162/smaps");
    QVERIFY(whole.ok());
    QVERIFY(whole->size() > 1000000);
    std::string streamed;
    int chunks = 0;
    auto error = source.readStreaming("10162/smaps", [&](std::string_view chunk) {
        streamed.append(chunk);
        ++chunks;
        return true;
    });
    QVERIFY(!error);
    QVERIFY(streamed == *whole);
    QVERIFY(chunks >= 4);

    // Stopping early is allowed and ends the read cleanly.
    int calls = 0;
    QVERIFY(!source.readStreaming("10162/smaps", [&](std::string_view) { return ++calls < 1; }));
    QCOMPARE(calls, 1);

    auto missing = source.readStreaming("4242/smaps", [](std::string_view) { return true; });
    QVERIFY(missing);
    QCOMPARE(missing->kind, ErrorKind::NoSuchProcess);
}

void TestMaps::headerDetails()
{
    const std::string bytes = fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/maps"));
    auto vmas = parse::parseMaps(bytes, "maps");
    QVERIFY(vmas.ok());
    const Vma& text = (*vmas)[1];
    QCOMPARE(text.start, 0x55ac7533b000ull);
    QCOMPARE(text.end, 0x55ac7533c000ull);
    QCOMPARE(QString::fromStdString(text.perms.toString()), QStringLiteral("r-xp"));
    QCOMPARE(text.offset, 0x1000ull);
    QCOMPARE(text.devMajor, 0xfeu);
    QCOMPARE(text.devMinor, 0u);
    QCOMPARE(QString::fromStdString(text.device()), QStringLiteral("fe:00"));
    QCOMPARE(text.inode, 10952964ull);
    const Vma& bss = (*vmas)[5];
    QVERIFY(bss.isAnonymous());
    QVERIFY(bss.path.empty()); // the trailing space after the inode is padding, not a path

    // 32-bit and 57-bit address widths.
    auto ia32 = parse::parseMaps(fixtureBytes(QStringLiteral("historic/ia32-2.6-init/proc/1/maps")), "maps");
    QVERIFY(ia32.ok());
    QCOMPARE((*ia32)[2].offset, 0x08050000ull); // old kernels printed the start address as offset
    QVERIFY((*ia32)[2].inode == 0);
    auto la57 = parse::parseMaps(fixtureBytes(QStringLiteral("malformed/maps-57bit")), "maps");
    QVERIFY(la57.ok());
    QCOMPARE((*la57)[1].end, 0x00fffffffffff000ull);
    QCOMPARE(QString::fromStdString((*la57)[1].path), QStringLiteral("[stack]"));
}

void TestMaps::pathsAreKeptExactly()
{
    auto zoo = parse::parseMaps(fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/maps")), "maps");
    QVERIFY(zoo.ok());
    const Vma* spaces = vmaAt(*zoo, 0x7fdfbdf5c000);
    QVERIFY(spaces);
    QCOMPARE(spaces->path, std::string("/srv/data/file with spaces.bin"));
    QVERIFY(!spaces->deleted);
    const Vma* deleted = vmaAt(*zoo, 0x7fdfbdf54000);
    QVERIFY(deleted);
    QCOMPARE(deleted->path, std::string("/srv/data/deleted.bin"));
    QVERIFY(deleted->deleted);

    auto odd = parse::parseMaps(fixtureBytes(QStringLiteral("malformed/maps-non-utf8-path")), "maps");
    QVERIFY(odd.ok());
    QCOMPARE(odd->front().path, std::string("/opt/\xff\xfe bin/\xc3(x"));

    auto longPath = parse::parseMaps(fixtureBytes(QStringLiteral("malformed/maps-100k-path")), "maps");
    QVERIFY(longPath.ok());
    QVERIFY(longPath->front().path.size() > 99000);

    // A newline in a file name is printed as \012; trailing spaces belong to the name.
    const std::string lines = "00400000-00401000 r--s 00000000 08:01 7 /tmp/a\\012b.bin\n"
                              "00401000-00402000 r--s 00000000 08:01 8 /tmp/trailing  \n"
                              "00402000-00403000 r--s 00000000 08:01 9 /tmp/x (deleted) (deleted)\n"
                              "00403000-00404000 rw-p 00000000 00:00 0 [anon:zoo arena]\n";
    auto special = parse::parseMaps(lines, "maps");
    QVERIFY(special.ok());
    QCOMPARE((*special)[0].path, std::string("/tmp/a\nb.bin"));
    QCOMPARE((*special)[1].path, std::string("/tmp/trailing  "));
    QCOMPARE((*special)[2].path, std::string("/tmp/x (deleted)"));
    QVERIFY((*special)[2].deleted);
    QCOMPARE((*special)[3].path, std::string("[anon:zoo arena]"));
    QVERIFY(!(*special)[3].deleted);
}

void TestMaps::unknownFieldsAndFlagsAreKept()
{
    // The malformed fixture without its overflowing line: the rest is valid and must be kept.
    std::string bytes = fixtureBytes(QStringLiteral("malformed/smaps-overflow-and-unknown"));
    const std::size_t rss = bytes.find("Rss:");
    bytes.erase(rss, bytes.find('\n', rss) - rss + 1);
    auto vmas = parse::parseSmaps(bytes, "smaps");
    QVERIFY2(vmas.ok(), vmas.ok() ? "" : vmas.error().message().c_str());
    const Vma& v = vmas->front();
    QCOMPARE(v.fields.find("FutureField"), std::optional<std::uint64_t>(7));
    QCOMPARE(v.fields.extras().size(), std::size_t(1));
    QVERIFY(v.fields.extras().front().hasUnit);
    QVERIFY(v.flags.has("rd"));
    QVERIFY(v.flags.has("ex"));
    QVERIFY(v.flags.has("zz"));
    QCOMPARE(v.flags.unknownCodes(), std::vector<std::string> { "zz" });
    QVERIFY(QString::fromUtf8(vmFlagMeaning("zz").data()).startsWith(QStringLiteral("unknown flag")));
    QCOMPARE(v.flags.codes(), (std::vector<std::string> { "rd", "ex", "zz" }));

    // THPeligible and ProtectionKey carry no unit.
    const std::string pkey = "00400000-00401000 r-xp 00000000 08:01 1 /bin/x\nSize: 4 kB\nTHPeligible:    1\n"
                             "ProtectionKey:         3\nVmFlags: rd ex\n";
    auto withKey = parse::parseSmaps(pkey, "smaps");
    QVERIFY(withKey.ok());
    QCOMPARE(withKey->front().fields.find(SmapsKey::THPeligible), std::optional<std::uint64_t>(1));
    QCOMPARE(withKey->front().fields.find(SmapsKey::ProtectionKey), std::optional<std::uint64_t>(3));
}

void TestMaps::keysMatchExactly()
{
    auto rollup = parse::parseSmapsRollup(
        fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/smaps_rollup")), "smaps_rollup");
    QVERIFY(rollup.ok());
    QCOMPARE(rollup->fields.get(SmapsKey::Pss), 5943ull);
    QCOMPARE(rollup->fields.get(SmapsKey::Pss_Dirty), 5650ull);
    QCOMPARE(rollup->fields.get(SmapsKey::Pss_Anon), 5384ull);
    QCOMPARE(rollup->fields.get(SmapsKey::Pss_File), 383ull);
    QCOMPARE(rollup->fields.get(SmapsKey::Pss_Shmem), 176ull);
    // Summing every key that starts with "Pss" would give 17536; only the Pss line counts.
    Totals totals;
    totals.add(rollup->fields);
    QCOMPARE(totals.pss(), 5943ull);
}

void TestMaps::rollup()
{
    auto live = parse::parseSmapsRollup(fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/smaps_rollup")), "r");
    QVERIFY(live.ok());
    QCOMPARE(live->start, 0x55ac7533a000ull);
    QCOMPARE(live->end, 0x7ffe1de5a000ull);
    QVERIFY(!live->fields.has(SmapsKey::Size)); // the rollup has no Size line
    QCOMPARE(live->fields.get(SmapsKey::Rss), 12252ull);
    QCOMPARE(live->fields.uss(), 16ull + 332ull);
    auto prometheus
        = parse::parseSmapsRollup(fixtureBytes(QStringLiteral("prometheus-procfs/proc/26231/smaps_rollup")), "r");
    QVERIFY(prometheus.ok());
    QCOMPARE(prometheus->fields.get(SmapsKey::Swap), 1940ull);
    QCOMPARE(prometheus->fields.get(SmapsKey::LazyFree), 5848ull);
    QVERIFY(!prometheus->fields.has(SmapsKey::Pss_Anon));
    auto empty = parse::parseSmapsRollup("", "r");
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, ErrorKind::Malformed);
    auto twoRecords = parse::parseSmapsRollup(fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/smaps")), "r");
    QVERIFY(!twoRecords.ok());
}

void TestMaps::classifyZoo_data()
{
    // Every VMA of the zoo test program (fixtures README), checked by hand against its maps
    // and smaps: which rule must apply, and why.
    QTest::addColumn<qulonglong>("start");
    QTest::addColumn<QString>("kind");
    const std::pair<qulonglong, const char*> expected[] = {
        { 0x55ac7533a000, "rodata" }, // ELF headers, r--p offset 0
        { 0x55ac7533b000, "text" },
        { 0x55ac7533c000, "rodata" },
        { 0x55ac7533d000, "rodata" }, // RELRO
        { 0x55ac7533e000, "data" },
        { 0x55ac7533f000, "bss" }, // 1 MiB uninitialised array right after the data
        { 0x55ac800c9000, "heap" },
        { 0x7fdfbcf1a000, "guard" },
        { 0x7fdfbcf1b000, "thread_stack" }, // 8 MiB with a guard below
        { 0x7fdfbd71b000, "guard" },
        { 0x7fdfbd71c000, "thread_stack" },
        { 0x7fdfbdf1c000, "shared_anon" }, // /dev/zero (deleted)
        { 0x7fdfbdf3c000, "shm_sysv" },
        { 0x7fdfbdf4c000, "memfd" },
        { 0x7fdfbdf54000, "file_shared" }, // deleted file
        { 0x7fdfbdf5c000, "file_shared" }, // file with spaces
        { 0x7fdfbdf7c000, "anon" }, // 40 MiB malloc: its own mmap, not the heap
        { 0x7fdfc0790000, "rodata" },
        { 0x7fdfc07b6000, "text" },
        { 0x7fdfc090c000, "rodata" },
        { 0x7fdfc095f000, "rodata" },
        { 0x7fdfc0963000, "data" },
        { 0x7fdfc0965000, "bss" }, // libc's bss
        { 0x7fdfc0977000, "guard" }, // the zoo's ---p region
        { 0x7fdfc097f000, "anon" }, // 8 KiB above it: too small for a thread stack
        { 0x7fdfc0981000, "vvar" },
        { 0x7fdfc0985000, "vvar" },
        { 0x7fdfc0987000, "vdso" },
        { 0x7fdfc0989000, "rodata" },
        { 0x7fdfc098a000, "text" },
        { 0x7fdfc09b0000, "rodata" },
        { 0x7fdfc09ba000, "rodata" },
        { 0x7fdfc09bc000, "data" },
        { 0x7ffe1de39000, "stack" },
        { 0xffffffffff600000, "vsyscall" },
    };
    for (const auto& [start, kind] : expected)
        QTest::addRow("%llx %s", start, kind) << start << QString::fromLatin1(kind);
}

void TestMaps::classifyZoo()
{
    QFETCH(qulonglong, start);
    QFETCH(QString, kind);
    static const std::vector<Vma> vmas = [] {
        auto parsed = parse::parseSmaps(fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/smaps")), "smaps");
        std::vector<Vma> out = parsed.ok() ? std::move(parsed.value()) : std::vector<Vma> {};
        classifyRegions(out);
        return out;
    }();
    QCOMPARE(vmas.size(), std::size_t(35));
    const Vma* v = vmaAt(vmas, start);
    QVERIFY(v);
    QCOMPARE(QString::fromLatin1(regionKindName(v->kind).data()), kind);
}

void TestMaps::classifyHistoric_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qulonglong>("start");
    QTest::addColumn<QString>("kind");
    const QString init = QStringLiteral("historic/ia32-2.6-init/proc/1/maps");
    QTest::newRow("init text") << init << 0x08048000ull << "text";
    QTest::newRow("init data") << init << 0x0804f000ull << "data";
    QTest::newRow("init heap") << init << 0x08050000ull << "heap";
    QTest::newRow("init anon with start as offset") << init << 0xb7e21000ull << "anon";
    QTest::newRow("init libc gap") << init << 0xb7f45000ull << "guard";
    QTest::newRow("init libc bss") << init << 0xb7f4a000ull << "bss";
    QTest::newRow("init ---p vdso is still vdso") << init << 0xffffe000ull << "vdso";
    const QString ia32 = QStringLiteral("historic/ia32-memtest/proc/30387/maps");
    QTest::newRow("ia32 text") << ia32 << 0x08048000ull << "text";
    QTest::newRow("ia32 rodata") << ia32 << 0x08049000ull << "rodata";
    QTest::newRow("ia32 data") << ia32 << 0x0804a000ull << "data";
    QTest::newRow("ia32 40 MiB malloc") << ia32 << 0xb4f22000ull << "anon";
    QTest::newRow("ia32 stack") << ia32 << 0xbf99a000ull << "stack";
    const QString x64 = QStringLiteral("historic/x86_64-2.6-memtest/proc/1839/maps");
    QTest::newRow("x86_64 libc alignment gap") << x64 << 0x7f06b4202000ull << "guard";
    QTest::newRow("x86_64 vsyscall") << x64 << 0xffffffffff600000ull << "vsyscall";
    QTest::newRow("x86_64 libc bss") << x64 << 0x7f06b4406000ull << "bss";
    const QString cat = QStringLiteral("prometheus-procfs/proc/26232/maps");
    QTest::newRow("locale-archive is a private file, not rodata") << cat << 0x7fdf964fc000ull << "file_private";
    QTest::newRow("rwxs mapping of the executable") << cat << 0x55680ae29000ull << "file_shared";
    const QString tcsh = QStringLiteral("prometheus-procfs/proc/26234/maps");
    QTest::newRow("tcsh rwx anon after data: bss/brk area") << tcsh << 0x0808c000ull << "bss";
}

void TestMaps::classifyHistoric()
{
    QFETCH(QString, file);
    QFETCH(qulonglong, start);
    QFETCH(QString, kind);
    auto vmas = parse::parseMaps(fixtureBytes(file), file.toStdString());
    QVERIFY(vmas.ok());
    classifyRegions(*vmas);
    const Vma* v = vmaAt(*vmas, start);
    QVERIFY(v);
    QCOMPARE(QString::fromLatin1(regionKindName(v->kind).data()), kind);
}

void TestMaps::everyVmaHasAReason()
{
    auto vmas = parse::parseSmaps(fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/10162/smaps")), "smaps");
    QVERIFY(vmas.ok());
    classifyRegions(*vmas);
    for (std::size_t i = 0; i < vmas->size(); ++i)
        QVERIFY(!reasonText(*vmas, i).empty());
    auto zoo = parse::parseMaps(fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/maps")), "maps");
    QVERIFY(zoo.ok());
    classifyRegions(*zoo);
    const QString bss = QString::fromStdString(reasonText(*zoo, 5));
    QVERIFY2(bss.contains(QStringLiteral("zoo")) && bss.contains(QStringLiteral("bss")), qPrintable(bss));
    const QString stack = QString::fromStdString(reasonText(*zoo, 8));
    QVERIFY2(stack.contains(QStringLiteral("guard")), qPrintable(stack));
}

void TestMaps::totalsAgreeWithRollup_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("pid");
    // smaps and smaps_rollup of a capture are two reads at two moments. Between them the Qt
    // program's 28 kB of file pages became shared with another process (Private_Clean
    // 22808 -> 22780, Shared_Clean 1804 -> 1832; Rss unchanged), so its USS differs by that.
    QTest::addColumn<int>("ussDrift");
    QTest::newRow("zoo") << "live-6.18-x86_64" << 9946 << 0;
    QTest::newRow("zoo child") << "live-6.18-x86_64" << 9950 << 0;
    QTest::newRow("qt program") << "live-6.18-x86_64" << 10162 << 28;
}

void TestMaps::totalsAgreeWithRollup()
{
    QFETCH(QString, folder);
    QFETCH(int, pid);
    QFETCH(int, ussDrift);
    const QString dir = folder + QStringLiteral("/proc/") + QString::number(pid);
    auto vmas = parse::parseSmaps(fixtureBytes(dir + QStringLiteral("/smaps")), "smaps");
    auto rollup = parse::parseSmapsRollup(fixtureBytes(dir + QStringLiteral("/smaps_rollup")), "smaps_rollup");
    QVERIFY(vmas.ok() && rollup.ok());
    const Totals summed = sumAll(*vmas);
    const SmapsFields& r = rollup->fields;
    QCOMPARE(summed.rss(), r.get(SmapsKey::Rss));
    QCOMPARE(summed.swap(), r.get(SmapsKey::Swap));
    // Every resident page is private or shared, clean or dirty: the four add up to Rss.
    auto residentParts = [](const SmapsFields& f) {
        return f.get(SmapsKey::Private_Clean) + f.get(SmapsKey::Private_Dirty) + f.get(SmapsKey::Shared_Clean)
            + f.get(SmapsKey::Shared_Dirty);
    };
    QCOMPARE(residentParts(summed.fields), summed.rss());
    QCOMPARE(residentParts(r), r.get(SmapsKey::Rss));
    QCOMPARE(std::int64_t(summed.uss()) - std::int64_t(r.uss()), std::int64_t(ussDrift));
    // The kernel truncates Pss per VMA but sums before truncating in the rollup: at most
    // about 1 kB per VMA apart (plus the drift above for the Qt program).
    const auto pssGap = std::abs(std::int64_t(r.get(SmapsKey::Pss)) - std::int64_t(summed.pss()));
    QVERIFY2(pssGap <= std::int64_t(vmas->size()), qPrintable(QString::number(pssGap)));
    QCOMPARE(summed.vmaCount, vmas->size());
}

void TestMaps::sharedRegionPssSplitsBetweenParentAndChild()
{
    // The zoo forked 9950; the touched pages of its 40 MiB anonymous region are shared
    // copy-on-write, so each process's Pss of that region is its own private pages plus
    // half of the shared ones.
    auto parent = parse::parseSmaps(fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/smaps")), "p");
    auto child = parse::parseSmaps(fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9950/smaps")), "c");
    QVERIFY(parent.ok() && child.ok());
    const Vma* p = vmaAt(*parent, 0x7fdfbdf7c000);
    const Vma* c = vmaAt(*child, 0x7fdfbdf7c000);
    QVERIFY(p && c);
    QCOMPARE(p->fields.get(SmapsKey::Rss), 10268ull);
    QCOMPARE(p->fields.get(SmapsKey::Shared_Dirty), 10260ull);
    QCOMPARE(p->fields.get(SmapsKey::Private_Dirty), 8ull);
    QCOMPARE(p->fields.get(SmapsKey::Pss), 10260ull / 2 + 8);
    QCOMPARE(c->fields.get(SmapsKey::Shared_Dirty), 10260ull);
    QCOMPARE(c->fields.get(SmapsKey::Pss), 10260ull / 2 + c->fields.uss());
    // Summed over both processes, PSS counts every page exactly once.
    const std::uint64_t pssOfBoth = p->fields.get(SmapsKey::Pss) + c->fields.get(SmapsKey::Pss);
    QCOMPARE(pssOfBoth, p->fields.get(SmapsKey::Shared_Dirty) + p->fields.uss() + c->fields.uss());
}

void TestMaps::sumsByKindAndMapping()
{
    auto vmas = parse::parseSmaps(fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/smaps")), "smaps");
    QVERIFY(vmas.ok());
    classifyRegions(*vmas);
    const auto byKind = sumByKind(*vmas);
    const Totals all = sumAll(*vmas);
    std::uint64_t rss = 0;
    std::size_t count = 0;
    for (const Totals& t : byKind) {
        rss += t.rss();
        count += t.vmaCount;
    }
    QCOMPARE(rss, all.rss());
    QCOMPARE(count, vmas->size());
    QCOMPARE(byKind[std::size_t(RegionKind::ThreadStack)].vmaCount, std::size_t(2));
    QCOMPARE(byKind[std::size_t(RegionKind::ThreadStack)].size(), 16384ull);
    QCOMPARE(byKind[std::size_t(RegionKind::Heap)].rss(), 72ull);

    const auto byMapping = sumByMapping(*vmas);
    const auto libc = std::find_if(byMapping.begin(), byMapping.end(),
        [](const MappingTotals& m) { return m.mapping == "/usr/lib/x86_64-linux-gnu/libc.so.6"; });
    QVERIFY(libc != byMapping.end());
    QCOMPARE(libc->totals.vmaCount, std::size_t(5));
    QCOMPARE(libc->totals.rss(), 148ull + 808 + 128 + 16 + 8);
    QCOMPARE(byMapping.front().mapping, std::string("[anon]")); // the 40 MiB region dominates
    for (std::size_t i = 1; i < byMapping.size(); ++i)
        QVERIFY(byMapping[i - 1].totals.pss() >= byMapping[i].totals.pss());
}

void TestMaps::processSummaryFromFixture()
{
    ProcRootSource source(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    auto summary = readProcessSummary(source, 9946);
    QVERIFY2(summary.ok(), summary.ok() ? "" : summary.error().message().c_str());
    QVERIFY(summary->fromRollup);
    QCOMPARE(summary->name, std::string("zoo"));
    QCOMPARE(summary->commandLine, std::string("/usr/local/bin/zoo /srv/data"));
    QCOMPARE(summary->totals.size(), 61336ull); // VmSize from status
    QCOMPARE(summary->totals.rss(), 12252ull);
    QCOMPARE(summary->totals.pss(), 5943ull);
    QCOMPARE(summary->totals.uss(), 348ull);
    QCOMPARE(summary->vmaCount, std::optional<std::size_t>(35));

    // No smaps_rollup (prometheus 26232 has maps only and no status): an error, not a crash.
    ProcRootSource prometheus(test::procRoot(QStringLiteral("prometheus-procfs")));
    auto partial = readProcessSummary(prometheus, 26232);
    QVERIFY(!partial.ok());

    auto map = readMemoryMap(source, 9946, MapDetail::Smaps);
    QVERIFY(map.ok());
    QCOMPARE(map->vmas.size(), std::size_t(35));
    QVERIFY(map->fromSmaps);
    QCOMPARE(map->vmas[5].kind, RegionKind::Bss);
}

void TestMaps::vanishedProcessIsNoSuchProcess()
{
    ProcRootSource source(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    auto map = readMemoryMap(source, 4242, MapDetail::Smaps);
    QVERIFY(!map.ok());
    QCOMPARE(map.error().kind, ErrorKind::NoSuchProcess);
    QVERIFY(QString::fromStdString(map.error().message()).contains(QStringLiteral("4242")));
    auto summary = readProcessSummary(source, 4242);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, ErrorKind::NoSuchProcess);
}

void TestMaps::emptyMapsOfKernelThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("2"));
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("2/maps"), {});
    write(QStringLiteral("2/smaps"), {});
    write(QStringLiteral("2/status"),
        "Name:\tkthreadd\nState:\tS (sleeping)\nTgid:\t2\nPid:\t2\nPPid:\t0\nUid:\t0\t0\t0\t0\n"
        "Gid:\t0\t0\t0\t0\nThreads:\t1\nKthread:\t1\n");
    ProcRootSource source(dir.path().toStdString());
    auto map = readMemoryMap(source, 2, MapDetail::Smaps);
    QVERIFY2(map.ok(), map.ok() ? "" : map.error().message().c_str());
    QVERIFY(map->vmas.empty());
    auto summary = readProcessSummary(source, 2);
    QVERIFY(summary.ok());
    QVERIFY(summary->kernelThread);
    QCOMPARE(summary->commandLine, std::string("[kthreadd]"));

    // A zombie has a status (State Z, no Vm* lines) but no memory: it has exited.
    QDir(dir.path()).mkpath(QStringLiteral("77"));
    write(QStringLiteral("77/maps"), {});
    write(QStringLiteral("77/cmdline"), {});
    write(QStringLiteral("77/status"), "Name:\tworker\nState:\tZ (zombie)\nTgid:\t77\nPid:\t77\nPPid:\t1\n"
                                       "Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nThreads:\t1\n");
    auto zombie = readProcessSummary(source, 77);
    QVERIFY(!zombie.ok());
    QCOMPARE(zombie.error().kind, ErrorKind::NoSuchProcess);
    auto zombieMap = readMemoryMap(source, 77, MapDetail::Maps);
    QVERIFY(!zombieMap.ok());
    QCOMPARE(zombieMap.error().kind, ErrorKind::NoSuchProcess);

    // Exiting, not yet a zombie: empty maps, state R, no Kthread line, stat flags without
    // PF_KTHREAD. Gone, not a kernel thread.
    QDir(dir.path()).mkpath(QStringLiteral("78"));
    write(QStringLiteral("78/maps"), {});
    write(QStringLiteral("78/status"), "Name:\tworker\nState:\tR (running)\nTgid:\t78\nPid:\t78\nPPid:\t1\n"
                                       "Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nThreads:\t1\n");
    write(QStringLiteral("78/stat"), "78 (a (b) c) R 1 78 78 0 -1 4194564 0 0 0 0\n");
    auto exiting = readMemoryMap(source, 78, MapDetail::Maps);
    QVERIFY(!exiting.ok());
    QCOMPARE(exiting.error().kind, ErrorKind::NoSuchProcess);
    // The same with PF_KTHREAD (0x00200000) set: a kernel thread of an older kernel.
    write(QStringLiteral("78/stat"), "78 (kworker/0:1) I 2 0 0 0 -1 69238880 0 0 0 0\n");
    auto oldKthread = readMemoryMap(source, 78, MapDetail::Maps);
    QVERIFY2(oldKthread.ok(), oldKthread.ok() ? "" : oldKthread.error().message().c_str());
    QVERIFY(oldKthread->vmas.empty());
}

void TestMaps::procmapCsv()
{
    MemoryMap map;
    auto vmas = parse::parseMaps(fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/maps")), "maps");
    QVERIFY(vmas.ok());
    map.vmas = std::move(*vmas);
    std::string csv;
    appendProcmapCsv(csv, map);
    const QStringList lines = QString::fromStdString(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 35);
    // Highest address first, as procmap writes it; names with commas or spaces survive.
    QCOMPARE(lines.first(), QStringLiteral("ffffffffff600000,ffffffffff601000,[vsyscall]"));
    QCOMPARE(lines.last(), QStringLiteral("55ac7533a000,55ac7533b000,/usr/local/bin/zoo"));
    QVERIFY(lines.contains(QStringLiteral("7fdfbdf5c000,7fdfbdf7c000,/srv/data/file with spaces.bin")));
    QVERIFY(lines.contains(QStringLiteral("7fdfbdf54000,7fdfbdf5c000,/srv/data/deleted.bin (deleted)")));
    QVERIFY(lines.contains(QStringLiteral("55ac7533f000,55ac7543f000,")));
}

void TestMaps::jsonWriterEscapes()
{
    std::string out;
    JsonWriter json(out);
    json.beginObject();
    json.field("path", std::string_view("/a \"b\"\\c\nd\x01\xff\xc3\xa9"));
    json.key("start");
    json.hexValue(0x55ac7533a000);
    json.key("list");
    json.beginArray();
    json.value(std::uint64_t(1));
    json.value(std::int64_t(-2));
    json.value(true);
    json.endArray();
    json.endObject();
    QCOMPARE(QString::fromStdString(out),
        QString::fromUtf8("{\"path\":\"/a \\\"b\\\"\\\\c\\nd\\u0001\xef\xbf\xbd\xc3\xa9\",\"start\":\"0x55ac7533a000\","
                          "\"list\":[1,-2,true]}"));
    QVERIFY(!JsonWriter::isValidUtf8("\xff"));
    QVERIFY(JsonWriter::isValidUtf8("\xc3\xa9"));
    QCOMPARE(JsonWriter::hexBytes("\xff\x01"), std::string("ff01"));
}

void TestMaps::displayEscapes()
{
    QCOMPARE(escapeForDisplay("/tmp/a\nb"), std::string("/tmp/a\\nb"));
    QCOMPARE(escapeForDisplay("/opt/\xff\xfe bin"), std::string("/opt/\\xff\\xfe bin"));
    QCOMPARE(escapeForDisplay("caf\xc3\xa9"), std::string("caf\xc3\xa9"));
}

void TestMaps::units()
{
    QCOMPARE(formatKiB(4), std::string("4 KiB"));
    QCOMPARE(formatKiB(1536), std::string("1.5 MiB"));
    QCOMPARE(formatKiB(40 * 1024), std::string("40.0 MiB"));
    QCOMPARE(formatBytes(52673379811328ull), std::string("47.9 TiB"));
    QCOMPARE(formatKiBCompact(12252), std::string("12.0M"));
}

QTEST_GUILESS_MAIN(TestMaps)
#include "tst_maps.moc"
