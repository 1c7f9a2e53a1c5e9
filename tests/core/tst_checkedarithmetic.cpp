// Checked arithmetic on kernel numbers (issue 10, finding 7 beyond the maps and system sums):
// every product, shift and sum of figures read from /proc saturates at kSaturated instead of
// wrapping, a share of a saturated figure is "overflow" by one rule, and text tables stream
// (finding 6: widths from a bounded sample, output linear in the rows). Each row names what the
// code computed before.
#include "core/analysis/Breakdown.h"
#include "core/analysis/VmTuning.h"
#include "core/analysis/Watermarks.h"
#include "core/format/MapsReport.h"
#include "core/format/TextTable.h"
#include "core/model/ProcessIo.h"
#include "core/model/Saturating.h"
#include "core/parse/PhysicalMemoryParsers.h"
#include "core/read/PhysicalMemoryReader.h"
#include "core/read/SystemUsage.h"
#include "core/sampling/SampleRules.h"

#include <QTest>

#include <string>

using namespace vmscope;

Q_DECLARE_METATYPE(std::uint64_t)

namespace {

constexpr std::uint64_t kMax = kSaturated;
constexpr std::uint64_t kNear = 18446744073709551000ull; // near 2^64, not saturated itself

std::vector<std::string> row(std::initializer_list<std::string> cells)
{
    return std::vector<std::string>(cells);
}

// "row0042": every name as wide as every other.
std::string rowName(int i)
{
    char name[16];
    std::snprintf(name, sizeof name, "row%04d", i);
    return name;
}

std::vector<std::string> numberedRow(int i, int wideAt, const std::string& wide)
{
    return row({ rowName(i), i == wideAt ? wide : std::to_string(i % 10), "x" });
}

// A table of `rows` rows whose second column is as wide as `wide` at row `wideAt` only.
TextTable numbered(int rows, int wideAt, const std::string& wide)
{
    TextTable table({ { "Name" }, { "Value", true }, { "Note" } });
    for (int i = 0; i < rows; ++i)
        table.addRow(numberedRow(i, wideAt, wide));
    return table;
}

} // namespace

class TestCheckedArithmetic : public QObject {
    Q_OBJECT

private slots:
    void helpers_data()
    {
        QTest::addColumn<std::uint64_t>("result");
        QTest::addColumn<std::uint64_t>("expected");
        QTest::newRow("shift 1 << 63") << saturatingShiftLeft(1, 63) << (std::uint64_t(1) << 63);
        QTest::newRow("shift 1 << 64") << saturatingShiftLeft(1, 64) << kMax; // undefined before
        QTest::newRow("shift 1 << 76") << saturatingShiftLeft(1, 76) << kMax;
        QTest::newRow("shift 3 << 63") << saturatingShiftLeft(3, 63) << kMax; // high bit lost before
        QTest::newRow("shift 0 << 200") << saturatingShiftLeft(0, 200) << std::uint64_t(0);
        QTest::newRow("muldiv fits") << saturatingMulDiv(std::uint64_t(1) << 40, std::uint64_t(1) << 40,
            std::uint64_t(1) << 30) << (std::uint64_t(1) << 50);
        QTest::newRow("muldiv 2^63 * 3 / 2: the product does not fit, the quotient does")
            << saturatingMulDiv(std::uint64_t(1) << 63, 3, 2) << ((std::uint64_t(1) << 63) + (std::uint64_t(1) << 62));
        QTest::newRow("muldiv 2^63 * 4 / 2") << saturatingMulDiv(std::uint64_t(1) << 63, 4, 2) << kMax;
        QTest::newRow("muldiv by 0") << saturatingMulDiv(5, 5, 0) << std::uint64_t(0);
        QTest::newRow("muldiv saturated operand") << saturatingMulDiv(kMax, 1, 10000) << kMax;
        QTest::newRow("kib to bytes") << kibToBytes(4) << std::uint64_t(4096);
        QTest::newRow("kib to bytes near 2^64") << kibToBytes(kNear) << kMax;
        QTest::newRow("pages to KiB") << pagesToKiB(3, 4096) << std::uint64_t(12);
        QTest::newRow("pages to KiB near 2^64") << pagesToKiB(kNear, 4096) << kMax;
        QTest::newRow("pages to KiB 2^60 pages")
            << pagesToKiB(std::uint64_t(1) << 60, 1024) << (std::uint64_t(1) << 60);
    }
    void helpers()
    {
        QFETCH(std::uint64_t, result);
        QFETCH(std::uint64_t, expected);
        QCOMPARE(result, expected);
    }

    // The one share rule, for CLI and GUI: no base, overflow, or a percentage.
    void shareRule_data()
    {
        QTest::addColumn<std::uint64_t>("part");
        QTest::addColumn<std::uint64_t>("whole");
        QTest::addColumn<int>("state");
        QTest::addColumn<double>("percent");
        QTest::newRow("half") << std::uint64_t(50) << std::uint64_t(100) << int(Share::State::Ok) << 50.0;
        QTest::newRow("more than whole") << std::uint64_t(300) << std::uint64_t(100) << int(Share::State::Ok) << 300.0;
        QTest::newRow("zero whole") << std::uint64_t(5) << std::uint64_t(0) << int(Share::State::NoBase) << 0.0;
        QTest::newRow("saturated part, zero whole") << kMax << std::uint64_t(0) << int(Share::State::NoBase) << 0.0;
        QTest::newRow("saturated part") << kMax << std::uint64_t(16'000'000) << int(Share::State::Overflow) << 0.0;
        QTest::newRow("saturated whole") << std::uint64_t(5) << kMax << int(Share::State::Overflow) << 0.0;
        QTest::newRow("near 2^64 part") << kNear << kNear << int(Share::State::Ok) << 100.0;
    }
    void shareRule()
    {
        QFETCH(std::uint64_t, part);
        QFETCH(std::uint64_t, whole);
        QFETCH(int, state);
        QFETCH(double, percent);
        const Share share = shareOf(part, whole);
        QCOMPARE(int(share.state), state);
        QCOMPARE(share.percent, percent);
    }

    // Watermark and commit rules multiply pages and ratios; before, each wrapped.
    void kernelRules_data()
    {
        QTest::addColumn<std::uint64_t>("result");
        QTest::addColumn<std::uint64_t>("expected");
        // lowmemKbytes * 16 wrapped: 2^60 kB gave a product of 0 and the floor, 128 kB; near
        // 2^64 the root's correction loop counted up through (root + 1)^2 wrapping.
        QTest::newRow("default min_free_kbytes, lowmem near 2^64")
            << defaultMinFreeKbytes(kNear) << std::uint64_t(262144);
        QTest::newRow("default min_free_kbytes, 2^60 kB")
            << defaultMinFreeKbytes(std::uint64_t(1) << 60) << std::uint64_t(262144);
        QTest::newRow("default min_free_kbytes, 4 TiB - 1 kB")
            << defaultMinFreeKbytes((std::uint64_t(1) << 32) - 1) << std::uint64_t(262143);
        QTest::newRow("default min_free_kbytes, 16 GiB") << defaultMinFreeKbytes(16ull << 20) << std::uint64_t(16384);
        // managedPages * scaleFactor wrapped (2^62 * 10 = 2^63 + 2^61 ... fits; 2^62 * 1000 does not).
        QTest::newRow("watermark distance 2^62 pages x 1000")
            << watermarkDistance(0, std::uint64_t(1) << 62, 1000) << (std::uint64_t(1) << 62) / 10;
        QTest::newRow("watermark distance near 2^64 x 10000") << watermarkDistance(0, kNear, 10000) << kNear;
        QTest::newRow("watermark distance normal") << watermarkDistance(400, 1000000, 10) << std::uint64_t(1000);
        // pagesMin * managedPages wrapped.
        QTest::newRow("zone min share huge") << zoneMinShare(std::uint64_t(1) << 40, 4096, std::uint64_t(1) << 40,
            std::uint64_t(1) << 40) << (std::uint64_t(1) << 40) / 4;
        QTest::newRow("zone min share normal") << zoneMinShare(67584, 4096, 100, 400) << std::uint64_t(4224);
        // (pageSize / 1024) << order lost the high bits of a hostile page size.
        QTest::newRow("block KiB, 2^40-byte pages, order 40") << blockKiB(40, std::uint64_t(1) << 40) << kMax;
        QTest::newRow("block KiB, order 10") << blockKiB(10, 4096) << std::uint64_t(4096);
        // Summed zones wrapped.
        std::vector<ZoneSample> zones(2);
        zones[0].zone = "DMA32";
        zones[0].managed = kNear;
        zones[1].zone = "Normal";
        zones[1].managed = kNear;
        QTest::newRow("lowmem managed pages of two zones near 2^64") << lowmemManagedPages(zones) << kMax;
        // usable * ratio / 100 * pageKiB + swap wrapped.
        VmTuning tuning;
        tuning.overcommitRatio = 50;
        CommitInputs inputs;
        inputs.memTotalKiB = kNear;
        inputs.swapTotalKiB = kNear;
        QTest::newRow("commit limit near 2^64") << expectedCommitLimit(inputs, tuning).value_or(0) << kMax;
        inputs.memTotalKiB = 16ull << 20;
        inputs.swapTotalKiB = 1 << 20;
        QTest::newRow("commit limit normal")
            << expectedCommitLimit(inputs, tuning).value_or(0) << std::uint64_t((8ull << 20) + (1 << 20));
        tuning.overcommitRatio = 1000000;
        inputs.memTotalKiB = std::uint64_t(1) << 60;
        QTest::newRow("commit limit, ratio 1000000 of 2^60 kB")
            << expectedCommitLimit(inputs, tuning).value_or(0) << kMax;
    }
    void kernelRules()
    {
        QFETCH(std::uint64_t, result);
        QFETCH(std::uint64_t, expected);
        QCOMPARE(result, expected);
    }

    // Sums of counters and sizes outside the smaps fields.
    void otherSums()
    {
        ProcessIo tree;
        ProcessIo child;
        child.rchar = child.readBytes = child.syscr = kNear;
        tree.add(child);
        tree.add(child); // wrapped to kNear - 616 before
        QCOMPARE(tree.rchar, kMax);
        QCOMPARE(tree.readBytes, kMax);
        QCOMPARE(tree.syscr, kMax);

        InstalledMemory installed;
        installed.blockBytes = std::uint64_t(1) << 40;
        installed.blocks = std::size_t(1) << 40; // 2^70 bytes: wrapped to 0 kB before
        QCOMPARE(installed.kib(), kMax);

        // The whole 64-bit range as one "Kernel code": end - start + 1 wrapped to 0 before, which
        // read as "no image".
        const auto image = parse::parseKernelImageBytes("0000000000000000-ffffffffffffffff : Kernel code\n"
                                                        "00001000-00001fff : Kernel data\n",
            "iomem");
        QVERIFY(image);
        QVERIFY(image->has_value());
        QCOMPARE(**image, kMax);

        MappingUsage mapping;
        mapping.pids = { 1, 2, 3 };
        mapping.pss = kMax;
        QCOMPARE(mapping.averagePssKiB(), kMax); // a double of 2^64 cast to uint64 before (undefined)
        mapping.pss = kNear;
        QCOMPARE(mapping.averagePssKiB(), kNear / 3);
        mapping.pss = 10;
        QCOMPARE(mapping.averagePssKiB(), std::uint64_t(3));
        QCOMPARE(mapping.averagePssKiB(true), std::uint64_t(3));
        mapping.pss = 11;
        QCOMPARE(mapping.averagePssKiB(true), std::uint64_t(4));
    }

    // The mapping group's kind is the one holding most RSS: two huge VMAs of one kind wrapped
    // to less than one small VMA of another.
    void breakdownDominantKindSaturates()
    {
        auto map = std::make_shared<MemoryMap>();
        map->fromSmaps = true;
        for (int i = 0; i < 3; ++i) {
            Vma v;
            v.start = 0x1000 * std::uint64_t(2 * i + 1);
            v.end = v.start + 0x1000;
            v.path = "/x";
            v.kind = i < 2 ? RegionKind::SharedAnon : RegionKind::Heap;
            v.fields.set(SmapsKey::Size, 4);
            v.fields.set(SmapsKey::Rss, i < 2 ? (std::uint64_t(1) << 63) : 1000);
            map->vmas.push_back(v);
        }
        const ProcessBreakdown breakdown = computeBreakdown(map, std::nullopt, 5);
        QCOMPARE(breakdown.byMapping.size(), std::size_t(1));
        QCOMPARE(int(breakdown.byMapping[0].kind), int(RegionKind::SharedAnon));
        QCOMPARE(breakdown.byMapping[0].totals.rss(), kMax);
    }

    // Finding 6: a streamed table prints what the collected one prints when its widths come
    // from the sample (up to kWidthSampleRows rows, or a wide cell inside them) or when every row
    // was measured first (what maps and processes do); CSV streams the same bytes always.
    void streamedEqualsCollected_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("wideAt");
        QTest::addColumn<bool>("measureFirst");
        QTest::newRow("empty") << 0 << -1 << false;
        QTest::newRow("one row") << 1 << -1 << false;
        QTest::newRow("wide row 3 of 10") << 10 << 3 << false;
        QTest::newRow("wide last row of 500")
            << int(TextTable::kWidthSampleRows) << int(TextTable::kWidthSampleRows) - 1 << false;
        QTest::newRow("2000 rows, wide row 100") << 2000 << 100 << false;
        QTest::newRow("2000 rows, wide row 1500, measured first") << 2000 << 1500 << true;
    }
    void streamedEqualsCollected()
    {
        QFETCH(int, rows);
        QFETCH(int, wideAt);
        QFETCH(bool, measureFirst);
        const std::string wide = "123456789012345";
        const TextTable collected = numbered(rows, wideAt, wide);
        for (const auto style : { TextTable::Style::Text, TextTable::Style::Csv }) {
            std::string expected;
            if (style == TextTable::Style::Text)
                collected.appendText(expected);
            else
                collected.appendCsv(expected);
            TextTable streamed({ { "Name" }, { "Value", true }, { "Note" } });
            if (measureFirst)
                for (int i = 0; i < rows; ++i)
                    streamed.widenFor(numberedRow(i, wideAt, wide));
            std::string out;
            int writes = 0;
            streamed.streamTo(out, style, [&writes] { ++writes; });
            for (int i = 0; i < rows; ++i)
                streamed.addRow(numberedRow(i, wideAt, wide));
            streamed.finish();
            QCOMPARE(QByteArray::fromStdString(out), QByteArray::fromStdString(expected));
            QCOMPARE(streamed.rowCount(), std::size_t(rows));
            if (rows > 1 && (rows > int(TextTable::kWidthSampleRows) || style == TextTable::Style::Csv))
                QVERIFY(writes > 1); // written as it went, not at the end only
        }
    }

    // A stream fixes its widths from the sample: beyond it, a wider cell is printed whole in its
    // own line and no earlier line is re-padded, so the output stays linear. The collected table
    // measures every row (before: one wide cell at row 1500 padded all 2000 lines, as it still
    // does collected).
    void laterWideCellDoesNotRepad()
    {
        const std::string wide(100, '7');
        TextTable table({ { "Name" }, { "Value", true }, { "Note" } });
        std::string text;
        table.streamTo(text, TextTable::Style::Text);
        for (int i = 0; i < 2000; ++i)
            table.addRow(numberedRow(i, 1500, wide));
        table.finish();
        const std::string header = "Name     Value  Note";
        const std::string narrow = "row0000      0  x"; // every line but the header and row 1500
        std::size_t lines = 0;
        std::size_t pos = 0;
        while (pos < text.size()) {
            const std::size_t end = text.find('\n', pos);
            const std::size_t length = end - pos;
            if (lines == 0)
                QCOMPARE(text.substr(pos, length), header);
            else if (lines != 1501)
                QVERIFY2(length == narrow.size(), text.substr(pos, length).c_str());
            pos = end + 1;
            ++lines;
        }
        QCOMPARE(lines, std::size_t(2001));
        QVERIFY(text.find("\nrow1500  " + wide + "  x\n") != std::string::npos);
        QCOMPARE(
            text.size(), header.size() + 1 + 1999 * (narrow.size() + 1) + rowName(1500).size() + 2 + wide.size() + 4);

        // Collected, every row counts, as before.
        std::string collected;
        numbered(2000, 1500, wide).appendText(collected);
        QVERIFY(collected.find("\nrow0000  " + std::string(99, ' ') + "0  x\n") != std::string::npos);
    }

    // widenFor: a row known early (the maps totals) counts in the widths though added last.
    void widenForAlignsALateRow()
    {
        TextTable table({ { "Name" }, { "Value", true } });
        table.widenFor(row({ "total", "123456" }));
        std::string out;
        table.streamTo(out, TextTable::Style::Text);
        for (int i = 0; i < 600; ++i)
            table.addRow(row({ "r", "1" }));
        table.addRow(row({ "total", "123456" }));
        table.finish();
        QVERIFY(out.starts_with("Name    Value\nr           1\n"));
        QVERIFY(out.ends_with("\nr           1\ntotal  123456\n"));
    }

    // The maps table streamed is the maps table collected, totals row included, and for more VMAs
    // than the sample the totals row still lines up.
    void mapsTableStreams_data()
    {
        QTest::addColumn<int>("vmaCount");
        QTest::newRow("3 VMAs") << 3;
        QTest::newRow("1200 VMAs") << 1200;
    }
    void mapsTableStreams()
    {
        QFETCH(int, vmaCount);
        MemoryMap map;
        map.fromSmaps = true;
        for (int i = 0; i < vmaCount; ++i) {
            Vma v;
            v.start = 0x10000 * std::uint64_t(i + 1);
            v.end = v.start + 0x1000;
            v.fields.set(SmapsKey::Size, 4);
            v.fields.set(SmapsKey::Rss, 4);
            map.vmas.push_back(v);
        }
        const Totals totals = sumAll(map.vmas);
        MapsTableOptions options;
        std::string collected;
        buildMapsTable(map, totals, options).appendText(collected);
        std::string streamed;
        streamMapsTable(map, totals, options, streamed, [] {});
        QCOMPARE(QByteArray::fromStdString(streamed), QByteArray::fromStdString(collected));
        // The totals line is as long as the first row's columns need: Rss of all VMAs is the
        // widest number, measured before the first row.
        const std::size_t firstEnd = streamed.find('\n', streamed.find('\n') + 1);
        const std::size_t firstStart = streamed.find('\n') + 1;
        const std::size_t totalStart = streamed.rfind("\ntotal") + 1;
        const std::string first = streamed.substr(firstStart, firstEnd - firstStart);
        const std::string total = streamed.substr(totalStart);
        // "N VMAs" starts where the VmFlags column does (the header's "VmFlags").
        const std::string header = streamed.substr(0, streamed.find('\n'));
        QCOMPARE(total.find(std::to_string(vmaCount) + " VMAs"), header.find("VmFlags"));
        QVERIFY(!first.empty());
    }
};

QTEST_GUILESS_MAIN(TestCheckedArithmetic)
#include "tst_checkedarithmetic.moc"
