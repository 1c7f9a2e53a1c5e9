// Hostile kernel numbers and names (issue 10, findings 4, 6, 7): sums of smaps fields saturate
// instead of wrapping, and the one escaping function and the text table keep control bytes and
// huge cells away from a terminal. Hand-made smaps bytes, no files.
#include "core/analysis/Aggregator.h"
#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/format/TextTable.h"
#include "core/model/Saturating.h"
#include "core/parse/MapsParser.h"
#include "core/read/SystemUsage.h"

#include <QTest>

#include <limits>
#include <string>

using namespace vmscope;

namespace {

constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();

// `count` anonymous VMAs whose Rss and Private_Dirty are the largest number smaps can hold.
std::string hugeSmaps(int count)
{
    std::string bytes;
    for (int i = 0; i < count; ++i) {
        char header[96];
        std::snprintf(
            header, sizeof header, "%08x-%08x rw-p 00000000 00:00 0\n", 0x1000 * (2 * i + 1), 0x1000 * (2 * i + 2));
        bytes += header;
        bytes += "Size:                  4 kB\n"
                 "Rss:                   18446744073709551615 kB\n"
                 "Pss:                   18446744073709551615 kB\n"
                 "Private_Clean:         9223372036854775808 kB\n"
                 "Private_Dirty:         18446744073709551615 kB\n"
                 "Swap:                  1 kB\n";
    }
    return bytes;
}

bool hasControlByte(const std::string& text, bool allowNewline)
{
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && !(allowNewline && c == '\n')) || c == 0x7f)
            return true;
    }
    return false;
}

} // namespace

class TestHostileNumbers : public QObject {
    Q_OBJECT

private slots:
    void saturatingArithmetic()
    {
        QCOMPARE(saturatingAdd(kMax, 1), kMax);
        QCOMPARE(saturatingAdd(kMax - 1, 1), kMax);
        QCOMPARE(saturatingAdd(2, 3), std::uint64_t(5));
        QCOMPARE(saturatingSub(2, 3), std::uint64_t(0));
        QCOMPARE(saturatingMul(kMax / 2, 3), kMax);
        QCOMPARE(saturatingMul(0, kMax), std::uint64_t(0));
    }

    // Finding 7: before, the maps total of such records wrapped to 18446744073709551581.
    void totalsSaturate()
    {
        auto vmas = parse::parseSmaps(hugeSmaps(35), "smaps");
        QVERIFY2(vmas.ok(), vmas.ok() ? "" : vmas.error().message().c_str());
        QCOMPARE(int(vmas->size()), 35);
        const Totals totals = sumAll(*vmas);
        QCOMPARE(totals.rss(), kMax);
        QCOMPARE(totals.pss(), kMax);
        QCOMPARE(totals.uss(), kMax); // Private_Clean + Private_Dirty of one VMA already does not fit
        QCOMPARE(totals.swap(), std::uint64_t(35));
        QCOMPARE(totals.fields.get(SmapsKey::Size), std::uint64_t(35 * 4));
        for (const MappingTotals& row : sumByMapping(*vmas)) {
            QCOMPARE(row.totals.rss(), kMax);
            QCOMPARE(row.totals.uss(), kMax);
        }
        for (const Totals& kind : sumByKind(*vmas))
            QVERIFY(kind.rss() == 0 || kind.rss() == kMax);
    }

    // Finding 7: smaps_rollup with the largest Rss in two processes of one user gave that user
    // an RSS of a few MB (the sum wrapped).
    void usageByUserSaturates()
    {
        ProcessListing listing;
        for (int pid : { 100, 200, 300 }) {
            ProcessSummary p;
            p.pid = pid;
            p.uid = 1000;
            p.user = "mallory";
            p.totals.fields.set(SmapsKey::Rss, pid == 300 ? 39863 : kMax);
            p.totals.fields.set(SmapsKey::Pss, 10);
            listing.processes.push_back(p);
        }
        const auto users = usageByUser(listing);
        QCOMPARE(int(users.size()), 1);
        QCOMPARE(users.front().rss, kMax);
        QCOMPARE(users.front().pss, std::uint64_t(30));
        QCOMPARE(users.front().processCount, std::size_t(3));
    }

    // Finding 4: one escaping function for every text and CSV cell.
    void escapesControlBytes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("shown");
        QTest::newRow("osc title and clear screen")
            << QByteArray("x-\x1b]0;OWNED\x07\x1b[2J lib") << QByteArray("x-\\x1b]0;OWNED\\x07\\x1b[2J lib");
        QTest::newRow("newline and tab") << QByteArray("a\nb\tc") << QByteArray("a\\nb\\tc");
        QTest::newRow("carriage return, DEL") << QByteArray("a\rb\x7f") << QByteArray("a\\x0db\\x7f");
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << QByteArray("a\\x00b");
        QTest::newRow("backslash") << QByteArray("a\\x1b") << QByteArray("a\\\\x1b");
        QTest::newRow("C1 CSI as UTF-8") << QByteArray("a\xc2\x9b"
                                                       "2J")
                                         << QByteArray("a\\xc2\\x9b2J");
        QTest::newRow("lone 8-bit CSI") << QByteArray("a\x9b"
                                                      "2J")
                                        << QByteArray("a\\x9b2J");
        QTest::newRow("valid UTF-8 stays")
            << QByteArray("caf\xc3\xa9 \xe6\x97\xa5") << QByteArray("caf\xc3\xa9 \xe6\x97\xa5");
        QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe") << QByteArray("\\xff\\xfe");
    }
    void escapesControlBytes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, shown);
        const std::string bytes(raw.constData(), std::size_t(raw.size()));
        QCOMPARE(QByteArray::fromStdString(escapeForDisplay(bytes)), shown);

        TextTable table({ { "Name" }, { "Value", true } });
        table.addRow({ bytes, bytes });
        std::string text;
        table.appendText(text);
        QVERIFY(!hasControlByte(text, true));
        QVERIFY(text.find(shown.toStdString()) != std::string::npos);
        std::string csv;
        table.appendCsv(csv);
        QVERIFY(!hasControlByte(csv, true));
        QVERIFY(csv.find(shown.toStdString()) != std::string::npos);

        std::string json;
        JsonWriter writer(json);
        writer.value(bytes);
        QVERIFY(!hasControlByte(json, false));
        QVERIFY(json.find("\xc2\x9b") == std::string::npos);
    }

    void csvQuotesPerRfc4180()
    {
        std::string out;
        TextTable::appendCsvCell(out, "plain");
        out += '|';
        TextTable::appendCsvCell(out, "a,b");
        out += '|';
        TextTable::appendCsvCell(out, "say \"hi\"");
        out += '|';
        TextTable::appendCsvCell(out, "line\nbreak");
        QCOMPARE(QByteArray::fromStdString(out), QByteArray("plain|\"a,b\"|\"say \"\"hi\"\"\"|line\\nbreak"));
    }

    // Finding 6: one huge cell neither pads every row nor prints whole in text; CSV keeps it.
    void textColumnsAreBounded()
    {
        const std::string huge(2 * 1024 * 1024, 'a');
        TextTable table({ { "Field" }, { "Value", true } });
        for (int i = 0; i < 40; ++i)
            table.addRow({ "row" + std::to_string(i), i == 7 ? huge : std::to_string(i) });
        std::string text;
        table.appendText(text);
        QVERIFY2(text.size() < 41 * (TextTable::kDefaultMaxWidth + 16), std::to_string(text.size()).c_str());
        QVERIFY(text.find("\xe2\x80\xa6") != std::string::npos); // the cut is marked
        std::string csv;
        table.appendCsv(csv);
        QVERIFY(csv.find(huge) != std::string::npos);

        // A cut never splits a UTF-8 character.
        std::string accents;
        for (int i = 0; i < 200; ++i)
            accents += "\xc3\xa9";
        const std::string cut = TextTable::textCell(accents, 10);
        QVERIFY(JsonWriter::isValidUtf8(cut));
        QCOMPARE(QString::fromStdString(cut).size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestHostileNumbers)
#include "tst_hostilenumbers.moc"
