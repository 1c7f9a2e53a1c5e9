// The geometry of the address-space map: paging mode, kernel layout, address lookup, and the
// scale that lays segments end to end (gap collapsing, address ↔ position) over fixtures.
#include "TestData.h"

#include "core/analysis/AddressSpaceLayout.h"
#include "core/analysis/Classifier.h"
#include "core/analysis/MapScale.h"
#include "core/format/Units.h"
#include "core/parse/MapsParser.h"

#include <QElapsedTimer>
#include <QtTest>

#include <limits>
#include <optional>

using namespace vmscope;

Q_DECLARE_METATYPE(vmscope::PagingMode)
Q_DECLARE_METATYPE(vmscope::ScaleMode)

namespace {

std::vector<Vma> fixtureVmas(const QString& relative)
{
    const std::string bytes = test::fixtureBytes(relative);
    auto vmas = parse::parseMaps(bytes, relative.toStdString());
    if (!vmas)
        qFatal("fixture %s does not parse", qPrintable(relative));
    classifyRegions(*vmas);
    return std::move(*vmas);
}

// Pages alternating r-- and rw-, like tests/bench/many_vmas: no two neighbours merge.
std::vector<Vma> syntheticVmas(std::size_t count)
{
    std::vector<Vma> vmas(count);
    std::uint64_t address = 0x7f0000000000ull;
    for (std::size_t i = 0; i < count; ++i) {
        vmas[i].start = address;
        vmas[i].end = address + 4096;
        vmas[i].perms.read = true;
        vmas[i].perms.write = i % 2 == 1;
        address += 4096;
    }
    return vmas;
}

struct Fixture {
    const char* name;
    const char* path;
    PagingMode paging;
    int userGaps;
};

const Fixture kFixtures[] = {
    { "zoo", "live-6.18-x86_64/proc/9946/maps", PagingMode::Level4, 6 },
    { "qt program", "live-6.18-x86_64/proc/10162/maps", PagingMode::Level4, 7 },
    { "57-bit", "malformed/maps-57bit", PagingMode::Level5, 3 },
    { "ia32 memtest", "historic/ia32-memtest/proc/30387/maps", PagingMode::Bits32, 5 },
    { "x86_64 2.6 memtest", "historic/x86_64-2.6-memtest/proc/1839/maps", PagingMode::Level4, 6 },
};

void addFixtureRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<PagingMode>("paging");
    QTest::addColumn<ScaleMode>("mode");
    QTest::addColumn<bool>("kernelExpanded");
    QTest::addColumn<int>("userGaps");
    for (const Fixture& f : kFixtures)
        for (const ScaleMode mode : { ScaleMode::Compressed, ScaleMode::Linear })
            for (const bool expanded : { false, true })
                QTest::addRow("%s, %s, kernel %s", f.name, mode == ScaleMode::Compressed ? "compressed" : "linear",
                    expanded ? "expanded" : "collapsed")
                    << QString::fromLatin1(f.path) << f.paging << mode << expanded << f.userGaps;
}

} // namespace

class TestMapScale : public QObject {
    Q_OBJECT
private slots:
    void virtualAddressBits();
    void pagingMode_data();
    void pagingMode();
    void kernelRegionsTileKernelSpace_data();
    void kernelRegionsTileKernelSpace();
    void kernelRegionsFollowMmRst();
    void lookup_data();
    void lookup();
    void parseAddresses_data();
    void parseAddresses();
    void hexAddresses();

    void segmentsCoverTheAddressSpace_data();
    void segmentsCoverTheAddressSpace();
    void gapsCollapseIntoLabelledBreaks();
    void roundTrip_data();
    void roundTrip();
    void compressedKeepsEveryVmaVisible_data();
    void compressedKeepsEveryVmaVisible();
    void linearIsProportional_data();
    void linearIsProportional();
    void kernelHalf();
    void emptyMap();
    void sixtyThousandVmas();
};

void TestMapScale::virtualAddressBits()
{
    QCOMPARE(parseVirtualAddressBits(test::fixtureBytes(QStringLiteral("live-6.18-x86_64/cpu-address-sizes"))),
        std::optional<int>(48));
    const std::string cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu la57\n"
                                "address sizes\t: 52 bits physical, 57 bits virtual\npower management:\n\n"
                                "processor\t: 1\naddress sizes\t: 52 bits physical, 57 bits virtual\n";
    QCOMPARE(parseVirtualAddressBits(cpuinfo), std::optional<int>(57));
    QCOMPARE(parseVirtualAddressBits("address sizes : 36 bits physical, 32 bits virtual"), std::optional<int>(32));
    QCOMPARE(parseVirtualAddressBits(""), std::optional<int>());
    QCOMPARE(parseVirtualAddressBits("address sizes\t: 48 bits physical\n"), std::optional<int>());
    QCOMPARE(parseVirtualAddressBits("address sizes\t: x bits virtual\n"), std::optional<int>());
    QCOMPARE(parseVirtualAddressBits("address sizes\t: 999 bits virtual\n"), std::optional<int>());
}

void TestMapScale::pagingMode_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("bits"); // 0: unknown
    QTest::addColumn<PagingMode>("expected");
    QTest::newRow("zoo, from mappings") << "live-6.18-x86_64/proc/9946/maps" << 0 << PagingMode::Level4;
    QTest::newRow("zoo, cpuinfo 48") << "live-6.18-x86_64/proc/9946/maps" << 48 << PagingMode::Level4;
    QTest::newRow("zoo, cpuinfo 57") << "live-6.18-x86_64/proc/9946/maps" << 57 << PagingMode::Level5;
    QTest::newRow("57-bit stack, from mappings") << "malformed/maps-57bit" << 0 << PagingMode::Level5;
    QTest::newRow("ia32") << "historic/ia32-memtest/proc/30387/maps" << 0 << PagingMode::Bits32;
    QTest::newRow("ia32 on a 48-bit CPU") << "historic/ia32-memtest/proc/30387/maps" << 48 << PagingMode::Bits32;
    QTest::newRow("ia32 init with vdso at ffffe000") << "historic/ia32-2.6-init/proc/1/maps" << 0 << PagingMode::Bits32;
    QTest::newRow("x86_64 2.6") << "historic/x86_64-2.6-memtest/proc/1839/maps" << 0 << PagingMode::Level4;
    QTest::newRow("kernel thread, nothing known") << "" << 0 << PagingMode::Level4;
}

void TestMapScale::pagingMode()
{
    QFETCH(QString, file);
    QFETCH(int, bits);
    QFETCH(PagingMode, expected);
    const std::vector<Vma> vmas = file.isEmpty() ? std::vector<Vma>() : fixtureVmas(file);
    QCOMPARE(detectPagingMode(vmas, bits ? std::optional<int>(bits) : std::nullopt), expected);
}

void TestMapScale::kernelRegionsTileKernelSpace_data()
{
    QTest::addColumn<PagingMode>("paging");
    QTest::newRow("32-bit") << PagingMode::Bits32;
    QTest::newRow("4-level") << PagingMode::Level4;
    QTest::newRow("5-level") << PagingMode::Level5;
}

void TestMapScale::kernelRegionsTileKernelSpace()
{
    QFETCH(PagingMode, paging);
    const std::vector<KernelRegion>& regions = kernelRegions(paging);
    QVERIFY(!regions.empty());
    QCOMPARE(regions.front().start, kernelSpaceStart(paging));
    QCOMPARE(regions.back().last, addressSpaceLast(paging));
    if (!hasNonCanonicalHole(paging))
        QCOMPARE(kernelSpaceStart(paging), userSpaceLast(paging) + 1);
    else
        QVERIFY(kernelSpaceStart(paging) > userSpaceLast(paging) + 1);
    for (std::size_t i = 0; i < regions.size(); ++i) {
        QVERIFY2(regions[i].start <= regions[i].last, regions[i].name.c_str());
        QVERIFY(!regions[i].name.empty());
        QVERIFY(!regions[i].description.empty());
        if (i > 0) // sorted, non-overlapping and without gaps
            QCOMPARE(regions[i].start, regions[i - 1].last + 1);
    }
}

void TestMapScale::kernelRegionsFollowMmRst()
{
    auto find = [](PagingMode mode, std::string_view name) -> const KernelRegion* {
        for (const KernelRegion& r : kernelRegions(mode))
            if (r.name == name)
                return &r;
        return nullptr;
    };
    const KernelRegion* direct4 = find(PagingMode::Level4, "direct map");
    QVERIFY(direct4);
    QCOMPARE(direct4->start, 0xffff888000000000ull);
    QCOMPARE(direct4->size(), 64ull << 40);
    QVERIFY(direct4->randomized);
    const KernelRegion* direct5 = find(PagingMode::Level5, "direct map");
    QVERIFY(direct5);
    QCOMPARE(direct5->start, 0xff11000000000000ull);
    QCOMPARE(direct5->size(), 32ull << 50);
    const KernelRegion* text = find(PagingMode::Level4, "kernel text");
    QVERIFY(text);
    QCOMPARE(text->start, 0xffffffff80000000ull);
    QCOMPARE(text->size(), 512ull << 20);
    const KernelRegion* vsyscall = find(PagingMode::Level5, "vsyscall");
    QVERIFY(vsyscall);
    QCOMPARE(vsyscall->start, 0xffffffffff600000ull);
    QCOMPARE(find(PagingMode::Level4, "vmalloc/ioremap")->start, 0xffffc90000000000ull);
    QCOMPARE(find(PagingMode::Level4, "vmemmap")->start, 0xffffea0000000000ull);
    QVERIFY(!find(PagingMode::Level4, "cpu_entry_area")->randomized);
    QCOMPARE(userSpaceLast(PagingMode::Level4), 0x00007fffffffffffull);
    QCOMPARE(userSpaceLast(PagingMode::Level5), 0x00ffffffffffffffull);
    QCOMPARE(userSpaceLast(PagingMode::Bits32), 0xbfffffffull);
    QCOMPARE(kernelRegions(PagingMode::Bits32).front().start, 0xc0000000ull);
}

void TestMapScale::lookup_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qulonglong>("address");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("vmaIndex");
    QTest::addColumn<qulonglong>("gapStart");
    QTest::addColumn<qulonglong>("gapEnd");
    QTest::addColumn<QString>("region");
    const QString zoo = QStringLiteral("live-6.18-x86_64/proc/9946/maps");
    QTest::newRow("first byte of the executable")
        << zoo << 0x55ac7533a000ull << int(AddressLookup::InVma) << 0 << 0ull << 0ull << QString();
    QTest::newRow("last byte of the executable's first VMA")
        << zoo << 0x55ac7533afffull << int(AddressLookup::InVma) << 0 << 0ull << 0ull << QString();
    QTest::newRow("inside libc text") << zoo << 0x7fdfc0800123ull << int(AddressLookup::InVma) << 18 << 0ull << 0ull
                                      << QString();
    QTest::newRow("null page") << zoo << 0ull << int(AddressLookup::Unmapped) << 0 << 0ull << 0x55ac7533a000ull
                               << QString();
    QTest::newRow("between bss and heap") << zoo << 0x55ac7543f000ull << int(AddressLookup::Unmapped) << 0
                                          << 0x55ac7543f000ull << 0x55ac800c9000ull << QString();
    QTest::newRow("above the stack") << zoo << 0x7fffffffffffull << int(AddressLookup::Unmapped) << 0
                                     << 0x7ffe1de5a000ull << 0x800000000000ull << QString();
    QTest::newRow("first non-canonical") << zoo << 0x0000800000000000ull << int(AddressLookup::NonCanonical) << 0
                                         << 0ull << 0ull << QString();
    QTest::newRow("last non-canonical") << zoo << 0xffff7fffffffffffull << int(AddressLookup::NonCanonical) << 0 << 0ull
                                        << 0ull << QString();
    QTest::newRow("kernel text") << zoo << 0xffffffff81000000ull << int(AddressLookup::Kernel) << 0 << 0ull << 0ull
                                 << "kernel text";
    QTest::newRow("direct map") << zoo << 0xffff888000000000ull << int(AddressLookup::Kernel) << 0 << 0ull << 0ull
                                << "direct map";
    QTest::newRow("guard hole") << zoo << 0xffff800000000000ull << int(AddressLookup::Kernel) << 0 << 0ull << 0ull
                                << "guard hole";
    QTest::newRow("vsyscall is a VMA") << zoo << 0xffffffffff600800ull << int(AddressLookup::InVma) << 34 << 0ull
                                       << 0ull << QString();
    QTest::newRow("top byte") << zoo << 0xffffffffffffffffull << int(AddressLookup::Kernel) << 0 << 0ull << 0ull
                              << "unused";
    const QString ia32 = QStringLiteral("historic/ia32-memtest/proc/30387/maps");
    QTest::newRow("32-bit stack") << ia32 << 0xbf99a010ull << int(AddressLookup::InVma) << 13 << 0ull << 0ull
                                  << QString();
    QTest::newRow("32-bit above stack") << ia32 << 0xbfffffffull << int(AddressLookup::Unmapped) << 0 << 0xbf99b000ull
                                        << 0xc0000000ull << QString();
    QTest::newRow("32-bit kernel") << ia32 << 0xc0000000ull << int(AddressLookup::Kernel) << 0 << 0ull << 0ull
                                   << "lowmem direct map";
    QTest::newRow("32-bit beyond 4 GiB") << ia32 << 0x100000000ull << int(AddressLookup::OutOfRange) << 0 << 0ull
                                         << 0ull << QString();
    const QString la57 = QStringLiteral("malformed/maps-57bit");
    QTest::newRow("57-bit stack") << la57 << 0x00fffffffffde010ull << int(AddressLookup::InVma) << 1 << 0ull << 0ull
                                  << QString();
    QTest::newRow("57-bit 47-bit hole is user space") << la57 << 0x0000800000000000ull << int(AddressLookup::Unmapped)
                                                      << 0 << 0ull << 0x00fffffffe000000ull << QString();
    QTest::newRow("57-bit non-canonical")
        << la57 << 0x0100000000000000ull << int(AddressLookup::NonCanonical) << 0 << 0ull << 0ull << QString();
    QTest::newRow("57-bit direct map") << la57 << 0xff11000000000000ull << int(AddressLookup::Kernel) << 0 << 0ull
                                       << 0ull << "direct map";
}

void TestMapScale::lookup()
{
    QFETCH(QString, file);
    QFETCH(qulonglong, address);
    QFETCH(int, kind);
    QFETCH(int, vmaIndex);
    QFETCH(qulonglong, gapStart);
    QFETCH(qulonglong, gapEnd);
    QFETCH(QString, region);
    const std::vector<Vma> vmas = fixtureVmas(file);
    const AddressLookup found = lookupAddress(vmas, address, detectPagingMode(vmas, std::nullopt));
    QCOMPARE(int(found.kind), kind);
    switch (found.kind) {
    case AddressLookup::InVma:
        QCOMPARE(found.vmaIndex, std::size_t(vmaIndex));
        QVERIFY(vmas[found.vmaIndex].start <= address && address < vmas[found.vmaIndex].end);
        break;
    case AddressLookup::Unmapped:
        QCOMPARE(qulonglong(found.gapStart), gapStart);
        QCOMPARE(qulonglong(found.gapEnd), gapEnd);
        break;
    case AddressLookup::Kernel:
        QVERIFY(found.region);
        QCOMPARE(QString::fromStdString(found.region->name), region);
        QVERIFY(found.region->start <= address && address <= found.region->last);
        break;
    default:
        break;
    }
}

void TestMapScale::parseAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qulonglong>("value");
    QTest::newRow("0x prefix") << "0x7fff5fc9b000" << true << 0x7fff5fc9b000ull;
    QTest::newRow("bare") << "7fff5fc9b000" << true << 0x7fff5fc9b000ull;
    QTest::newRow("upper case") << "0X7FFF5FC9B000" << true << 0x7fff5fc9b000ull;
    QTest::newRow("underscores") << "0x7fff_5fc9_b000" << true << 0x7fff5fc9b000ull;
    QTest::newRow("quotes") << "7fff'5fc9'b000" << true << 0x7fff5fc9b000ull;
    QTest::newRow("blanks") << "  ffffffffff600000\n" << true << 0xffffffffff600000ull;
    QTest::newRow("64-bit max") << "ffffffffffffffff" << true << 0xffffffffffffffffull;
    QTest::newRow("leading zeros") << "0x0000000000000000ff" << true << 0xffull;
    QTest::newRow("zero") << "0" << true << 0ull;
    QTest::newRow("empty") << "" << false << 0ull;
    QTest::newRow("only prefix") << "0x" << false << 0ull;
    QTest::newRow("too long") << "1ffffffffffffffff" << false << 0ull;
    QTest::newRow("not hex") << "0x12g4" << false << 0ull;
    QTest::newRow("inner blank") << "7fff 5fc9" << false << 0ull;
    QTest::newRow("trailing separator") << "7fff_" << false << 0ull;
    QTest::newRow("leading separator") << "_7fff" << false << 0ull;
    QTest::newRow("minus") << "-1" << false << 0ull;
}

void TestMapScale::parseAddresses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qulonglong, value);
    const std::optional<std::uint64_t> parsed = parseAddress(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(qulonglong(*parsed), value);
}

void TestMapScale::hexAddresses()
{
    QCOMPARE(hexAddress(0x55ac7533a000ull, PagingMode::Level4), std::string("0x55ac7533a000"));
    QCOMPARE(hexAddress(0x400000ull, PagingMode::Level4), std::string("0x000000400000"));
    QCOMPARE(hexAddress(0xffffffffff600000ull, PagingMode::Level4), std::string("0xffffffffff600000"));
    QCOMPARE(hexAddress(0x08048000ull, PagingMode::Bits32), std::string("0x08048000"));
    QCOMPARE(hexAddress(0xc0000000ull, PagingMode::Bits32), std::string("0xc0000000"));
    QCOMPARE(hexAddress(0xfffffffe000000ull, PagingMode::Level5), std::string("0xfffffffe000000"));
}

void TestMapScale::segmentsCoverTheAddressSpace_data()
{
    addFixtureRows();
}

void TestMapScale::segmentsCoverTheAddressSpace()
{
    QFETCH(QString, file);
    QFETCH(PagingMode, paging);
    QFETCH(ScaleMode, mode);
    QFETCH(bool, kernelExpanded);
    QFETCH(int, userGaps);
    const std::vector<Vma> vmas = fixtureVmas(file);
    QCOMPARE(detectPagingMode(vmas, std::nullopt), paging);
    const MapScale scale(vmas, { mode, paging, kernelExpanded });
    QVERIFY(!scale.empty());
    QCOMPARE(scale.segment(0).start, 0ull);
    QCOMPARE(scale.segment(0).position, 0.0);
    QCOMPARE(scale.segments().back().last, addressSpaceLast(paging));
    int gaps = 0;
    int nonCanonical = 0;
    for (std::size_t i = 0; i < scale.size(); ++i) {
        const MapSegment& s = scale.segment(i);
        if (i > 0) {
            QCOMPARE(s.start, scale.segment(i - 1).last + 1); // contiguous in addresses
            QVERIFY(s.position > scale.segment(i - 1).position); // strictly ascending positions
        }
        gaps += s.kind == MapSegment::Kind::Gap;
        nonCanonical += s.kind == MapSegment::Kind::NonCanonical;
        if (s.kind == MapSegment::Kind::Vma) {
            QCOMPARE(s.start, vmas[s.index].start);
            QCOMPARE(s.last, vmas[s.index].end - 1);
            QCOMPARE(scale.segmentOfVma(s.index), i);
        }
    }
    QCOMPARE(gaps, userGaps);
    QCOMPARE(nonCanonical, hasNonCanonicalHole(paging) ? 1 : 0);
    for (std::size_t v = 0; v < vmas.size(); ++v)
        QVERIFY(scale.segmentOfVma(v) != MapScale::npos);
    QCOMPARE(scale.positionOf(userSpaceLast(paging) + 1), scale.userEnd());
}

void TestMapScale::gapsCollapseIntoLabelledBreaks()
{
    const std::vector<Vma> vmas = fixtureVmas(QStringLiteral("live-6.18-x86_64/proc/9946/maps"));
    const MapScale scale(vmas, { ScaleMode::Compressed, PagingMode::Level4, false });
    std::vector<MapSegment> gaps;
    for (const MapSegment& s : scale.segments())
        if (s.kind == MapSegment::Kind::Gap)
            gaps.push_back(s);
    QCOMPARE(gaps.size(), std::size_t(6));
    // Below the executable: the unmapped bottom of the address space, from the null page.
    QCOMPARE(gaps[0].start, 0ull);
    QCOMPARE(gaps[0].bytes(), 0x55ac7533a000ull);
    QCOMPARE(formatBytes(gaps[0].bytes()), std::string("85.7 TiB"));
    // Between the bss and [heap] (brk randomisation): the exact byte count.
    QCOMPARE(gaps[1].start, 0x55ac7543f000ull);
    QCOMPARE(gaps[1].bytes(), 0x55ac800c9000ull - 0x55ac7543f000ull);
    QCOMPARE(gaps[1].bytes(), 180920320ull);
    QCOMPARE(formatBytes(gaps[1].bytes()), std::string("173 MiB"));
    // Between [heap] and the mmap area: most of the address space.
    QCOMPARE(gaps[2].bytes(), 46399553208320ull);
    QCOMPARE(formatBytes(gaps[2].bytes()), std::string("42.2 TiB"));
    // Five pages between libc's bss and the next anonymous mapping.
    QCOMPARE(gaps[3].bytes(), 20480ull);
    QCOMPARE(formatBytes(gaps[3].bytes()), std::string("20.0 KiB"));
    // Above [stack] up to the end of user space.
    QCOMPARE(gaps[5].last, 0x7fffffffffffull);
    for (std::size_t i = 0; i < scale.size(); ++i) {
        const MapSegment& s = scale.segment(i);
        if (s.kind == MapSegment::Kind::Gap) {
            QVERIFY(s.fixedLength);
            QCOMPARE(scale.segmentLength(i), MapScale::kBreakLength);
        }
    }
    // Linear: the same gaps, to scale.
    const MapScale linear(vmas, { ScaleMode::Linear, PagingMode::Level4, false });
    const std::size_t bigGap = linear.segmentOfAddress(0x55ac800ea000ull);
    QCOMPARE(linear.segment(bigGap).kind, MapSegment::Kind::Gap);
    QVERIFY(!linear.segment(bigGap).fixedLength);
    QCOMPARE(linear.segmentLength(bigGap), 46399553208320.0);
}

void TestMapScale::roundTrip_data()
{
    addFixtureRows();
}

void TestMapScale::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(PagingMode, paging);
    QFETCH(ScaleMode, mode);
    QFETCH(bool, kernelExpanded);
    const std::vector<Vma> vmas = fixtureVmas(file);
    const MapScale scale(vmas, { mode, paging, kernelExpanded });
    double previous = -1;
    for (std::size_t i = 0; i < scale.size(); ++i) {
        const MapSegment& s = scale.segment(i);
        const double end = scale.segmentEnd(i);
        QVERIFY(end > s.position);
        // Exact at the edges.
        QCOMPARE(scale.positionOf(s.start), s.position);
        QCOMPARE(scale.addressAt(s.position), s.start);
        QCOMPARE(scale.segmentAt(s.position), i);
        QCOMPARE(scale.segmentOfAddress(s.start), i);
        QCOMPARE(scale.segmentOfAddress(s.last), i);
        const double lastPosition = scale.positionOf(s.last);
        QVERIFY(lastPosition < end);
        QVERIFY(lastPosition >= s.position);
        // The last position of a segment is its last byte; exactly so unless the span is
        // beyond what a double resolves: the ~16 EiB non-canonical hole, or positions near
        // 2^57 in linear 5-level maps, where one step of a double is 16 bytes.
        const double step = end * std::numeric_limits<double>::epsilon() / (end - s.position) * s.span();
        const std::uint64_t top = scale.addressAt(std::nextafter(end, 0.0));
        QVERIFY(top <= s.last && double(s.last - top) <= s.span() * 1e-12 + step);
        // Inside: the inverse within the precision of a double.
        for (const double fraction : { 0.25, 0.5, 0.999 }) {
            const std::uint64_t address = s.start + std::uint64_t(double(s.last - s.start) * fraction);
            const double p = scale.positionOf(address);
            QVERIFY(p >= s.position && p < end);
            QVERIFY(p >= previous); // monotonic
            previous = p;
            const std::uint64_t back = scale.addressAt(p);
            const double tolerance = std::max(1.0, s.span() * 1e-12) + step;
            const std::uint64_t distance = back > address ? back - address : address - back;
            QVERIFY2(double(distance) <= tolerance,
                qPrintable(QStringLiteral("segment %1: %2 -> %3 -> %4")
                               .arg(i)
                               .arg(address, 0, 16)
                               .arg(p, 0, 'g', 17)
                               .arg(back, 0, 16)));
            const double position = s.position + (end - s.position) * fraction;
            // Addresses are whole bytes: back within one byte's length, below the position.
            const double byteLength = (end - s.position) / s.span();
            const double error = position - scale.positionOf(scale.addressAt(position));
            QVERIFY(error >= -(end - s.position) * 1e-12 && error <= byteLength + (end - s.position) * 1e-12);
        }
        previous = std::max(previous, lastPosition);
    }
    // Clamped outside.
    QCOMPARE(scale.addressAt(-5.0), 0ull);
    QCOMPARE(scale.addressAt(scale.totalLength() + 5.0), addressSpaceLast(paging));
    QCOMPARE(scale.segmentAt(scale.totalLength()), scale.size() - 1);
}

void TestMapScale::compressedKeepsEveryVmaVisible_data()
{
    QTest::addColumn<QString>("file");
    for (const Fixture& f : kFixtures)
        QTest::newRow(f.name) << QString::fromLatin1(f.path);
}

void TestMapScale::compressedKeepsEveryVmaVisible()
{
    QFETCH(QString, file);
    const std::vector<Vma> vmas = fixtureVmas(file);
    const PagingMode paging = detectPagingMode(vmas, std::nullopt);
    const MapScale scale(vmas, { ScaleMode::Compressed, paging, false });
    double smallest = scale.totalLength();
    for (std::size_t i = 0; i < scale.size(); ++i)
        if (scale.segment(i).kind == MapSegment::Kind::Vma) {
            QVERIFY(scale.segmentLength(i) >= 1.0);
            smallest = std::min(smallest, scale.segmentLength(i));
        }
    // A page drawn on a 900-pixel strip with the whole map fitted: still a visible block.
    if (vmas.size() < 50)
        QVERIFY2(smallest / scale.totalLength() * 900.0 >= 3.0, qPrintable(QString::number(smallest)));
    // A 4 KiB page next to a 40 MiB arena: 1 against 14.3 units.
    QCOMPARE(MapScale::compressedLength(4096), 1.0);
    QVERIFY(qFuzzyCompare(MapScale::compressedLength(40ull << 20), 1.0 + std::log2(10240.0)));
    QVERIFY(MapScale::compressedLength(8192) > MapScale::compressedLength(4096));
}

void TestMapScale::linearIsProportional_data()
{
    compressedKeepsEveryVmaVisible_data();
}

void TestMapScale::linearIsProportional()
{
    QFETCH(QString, file);
    const std::vector<Vma> vmas = fixtureVmas(file);
    const PagingMode paging = detectPagingMode(vmas, std::nullopt);
    const MapScale scale(vmas, { ScaleMode::Linear, paging, true });
    const double tolerance = scale.totalLength() * 1e-12;
    for (std::size_t i = 0; i < scale.size(); ++i) {
        const MapSegment& s = scale.segment(i);
        if (s.fixedLength)
            continue;
        QVERIFY(std::abs(scale.segmentLength(i) - s.span()) <= tolerance);
    }
    // User space starts at position 0: a user address is its own position.
    for (const Vma& v : vmas)
        if (v.start <= userSpaceLast(paging))
            QVERIFY(std::abs(scale.positionOf(v.start) - double(v.start)) <= tolerance);
    QCOMPARE(scale.userEnd(), double(userSpaceLast(paging)) + 1.0);
}

void TestMapScale::kernelHalf()
{
    const std::vector<Vma> vmas = fixtureVmas(QStringLiteral("live-6.18-x86_64/proc/9946/maps"));
    const MapScale collapsed(vmas, { ScaleMode::Compressed, PagingMode::Level4, false });
    const MapScale expanded(vmas, { ScaleMode::Compressed, PagingMode::Level4, true });
    auto count = [](const MapScale& s, MapSegment::Kind kind) {
        return std::count_if(
            s.segments().begin(), s.segments().end(), [&](const MapSegment& m) { return m.kind == kind; });
    };
    // Collapsed: one kernel block, cut in two by [vsyscall].
    QCOMPARE(count(collapsed, MapSegment::Kind::Kernel), 2);
    // Expanded: every documented region except the vsyscall page, which the VMA covers.
    QCOMPARE(std::size_t(count(expanded, MapSegment::Kind::Kernel)), kernelRegions(PagingMode::Level4).size() - 1);
    const std::size_t vsyscall = expanded.segmentOfVma(vmas.size() - 1);
    QCOMPARE(expanded.segment(vsyscall).start, 0xffffffffff600000ull);
    QCOMPARE(expanded.segment(vsyscall - 1).kind, MapSegment::Kind::Kernel);
    QCOMPARE(kernelRegions(PagingMode::Level4)[expanded.segment(vsyscall - 1).index].name, std::string("fixmap"));
    QVERIFY(expanded.totalLength() > collapsed.totalLength());
    QCOMPARE(expanded.userEnd(), collapsed.userEnd());
    QCOMPARE(expanded.segment(expanded.segmentAt(expanded.userEnd())).kind, MapSegment::Kind::NonCanonical);

    // 32-bit: kernel directly above user space at 0xc0000000, no hole.
    const std::vector<Vma> ia32 = fixtureVmas(QStringLiteral("historic/ia32-memtest/proc/30387/maps"));
    const MapScale split(ia32, { ScaleMode::Linear, PagingMode::Bits32, true });
    const MapSegment& above = split.segment(split.segmentAt(split.userEnd()));
    QCOMPARE(above.kind, MapSegment::Kind::Kernel);
    QCOMPARE(above.start, 0xc0000000ull);
    QCOMPARE(split.userEnd(), 3.0 * 1024 * 1024 * 1024);
    QCOMPARE(split.totalLength(), 4.0 * 1024 * 1024 * 1024);
}

void TestMapScale::emptyMap()
{
    for (const ScaleMode mode : { ScaleMode::Compressed, ScaleMode::Linear }) {
        const MapScale scale({}, { mode, PagingMode::Level4, false });
        QCOMPARE(scale.size(), std::size_t(3)); // user space, the hole, kernel space
        QCOMPARE(scale.segment(0).kind, MapSegment::Kind::Gap);
        QCOMPARE(scale.addressAt(scale.positionOf(0x1234000)), 0x1234000ull);
    }
    const MapScale none;
    QVERIFY(none.empty());
    QCOMPARE(none.segmentAt(1.0), MapScale::npos);
    QCOMPARE(none.positionOf(5), 0.0);
}

void TestMapScale::sixtyThousandVmas()
{
    const std::vector<Vma> vmas = syntheticVmas(60000);
    QElapsedTimer timer;
    timer.start();
    const MapScale scale(vmas, { ScaleMode::Compressed, PagingMode::Level4, true });
    const qint64 buildMs = timer.elapsed();
    QCOMPARE(scale.size(), vmas.size() + 2 + 1 + kernelRegions(PagingMode::Level4).size());
    timer.restart();
    std::uint64_t sum = 0;
    for (int i = 0; i < 100000; ++i)
        sum += scale.segmentAt(scale.totalLength() * (i / 100000.0));
    const qint64 queryMs = timer.elapsed();
    QVERIFY(sum > 0);
    qInfo("60,000 VMAs: build %lld ms, 100,000 lookups %lld ms", buildMs, queryMs);
    QVERIFY(buildMs < 200); // O(n): a few ms in practice; generous for sanitizer builds
    QVERIFY(queryMs < 500);
    QCOMPARE(scale.segmentLength(scale.segmentOfVma(12345)), 1.0);
}

QTEST_GUILESS_MAIN(TestMapScale)
#include "tst_mapscale.moc"
