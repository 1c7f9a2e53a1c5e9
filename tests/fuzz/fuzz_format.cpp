// The output formatters (core/format): what reaches a terminal, a CSV reader or a JSON parser is
// built from bytes a hostile process chose (its name, its command line, the files it maps).
// Oracles:
//   - escapeForDisplay: no byte a terminal acts on, valid UTF-8, and it can be undone exactly;
//   - CSV (RFC 4180): a small independent reader gets every escaped cell back;
//   - TextTable: streamed output is byte for byte the collected one (as documented), and no
//     text cell is wider than its column's cap;
//   - JsonWriter: the document parses (a small RFC 8259 reader), holds no raw control byte, and
//     every string of valid UTF-8 comes back exactly;
//   - Units: a short line of printable ASCII for every 64-bit figure.
//
// Input: the text, cut at NUL bytes into cells and strings; the choices (columns, caps, the JSON
// document's shape) come from the end.
#include "FuzzInput.h"

#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/format/TextTable.h"
#include "core/format/Units.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace vmscope;

// --- escaping --------------------------------------------------------------------------------

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The inverse of escapeForDisplay (README: \n, \t, \\ and \xNN); nullopt for a broken escape.
std::optional<std::string> unescape(std::string_view escaped)
{
    std::string bytes;
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        if (escaped[i] != '\\') {
            bytes += escaped[i];
            continue;
        }
        if (++i >= escaped.size())
            return std::nullopt;
        if (escaped[i] == 'n') {
            bytes += '\n';
        } else if (escaped[i] == 't') {
            bytes += '\t';
        } else if (escaped[i] == '\\') {
            bytes += '\\';
        } else if (escaped[i] == 'x' && i + 2 < escaped.size() && hexDigit(escaped[i + 1]) >= 0
            && hexDigit(escaped[i + 2]) >= 0) {
            bytes += static_cast<char>(hexDigit(escaped[i + 1]) * 16 + hexDigit(escaped[i + 2]));
            i += 2;
        } else {
            return std::nullopt;
        }
    }
    return bytes;
}

void checkEscaping(std::string_view text)
{
    const std::string escaped = escapeForDisplay(text);
    VMSCOPE_FUZZ_ORACLE(!fuzz::holdsTerminalControl(escaped, false));
    VMSCOPE_FUZZ_ORACLE(JsonWriter::isValidUtf8(escaped));
    VMSCOPE_FUZZ_ORACLE(unescape(escaped) == std::string(text));
    if (isPlainForDisplay(text))
        VMSCOPE_FUZZ_ORACLE(escaped == text);
    std::string appended = "prefix";
    appendEscapedForDisplay(appended, text);
    VMSCOPE_FUZZ_ORACLE(appended == "prefix" + escaped);
}

// --- CSV -------------------------------------------------------------------------------------

// RFC 4180 records, with LF as the line break the tables write; nullopt when the text breaks the
// grammar (a quote inside an unquoted field, text after a closing quote, an unclosed quote).
std::optional<std::vector<std::vector<std::string>>> readCsv(std::string_view csv)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::size_t i = 0;
    while (i < csv.size()) {
        std::string field;
        if (csv[i] == '"') {
            for (++i;; ++i) {
                if (i >= csv.size())
                    return std::nullopt;
                if (csv[i] == '"') {
                    if (i + 1 < csv.size() && csv[i + 1] == '"') {
                        field += '"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += csv[i];
            }
        } else {
            while (i < csv.size() && csv[i] != ',' && csv[i] != '\n') {
                if (csv[i] == '"')
                    return std::nullopt;
                field += csv[i++];
            }
        }
        record.push_back(std::move(field));
        if (i >= csv.size())
            return std::nullopt; // every record ends in a line break
        if (csv[i] == '\n') {
            records.push_back(std::move(record));
            record.clear();
        } else if (csv[i] != ',') {
            return std::nullopt;
        }
        ++i;
    }
    return records;
}

// --- text tables -----------------------------------------------------------------------------

std::size_t displayColumns(std::string_view text)
{
    std::size_t columns = 0;
    for (char c : text)
        columns += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    return columns;
}

// How a table is laid out: taken before the text, so the text is what is left.
struct TablePlan {
    static constexpr std::size_t kMaxColumns = 6;
    std::size_t columnCount = 1;
    bool alignRight[kMaxColumns] {};
    std::size_t maxWidth[kMaxColumns] {}; // 0: no cap
    std::uint64_t streamAfter = 0; // rows added before streamTo, modulo the rows + 1

    explicit TablePlan(fuzz::TrailingChoices& choices)
        : columnCount(static_cast<std::size_t>(choices.takeUpTo(kMaxColumns - 1, 1)) + 1)
    {
        for (std::size_t c = 0; c < kMaxColumns; ++c) {
            alignRight[c] = choices.takeBool();
            maxWidth[c] = static_cast<std::size_t>(choices.takeUpTo(130, 1));
        }
        streamAfter = choices.take(2);
    }
};

void checkTable(const std::vector<std::string_view>& pieces, const TablePlan& plan)
{
    const std::size_t columnCount = plan.columnCount;
    std::vector<TextTable::Column> columns;
    for (std::size_t c = 0; c < columnCount; ++c) {
        TextTable::Column column;
        column.title = c < pieces.size() ? std::string(pieces[c]) : std::string();
        column.alignRight = plan.alignRight[c];
        column.maxWidth = plan.maxWidth[c];
        columns.push_back(std::move(column));
    }
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = columnCount; i < pieces.size(); i += columnCount) {
        std::vector<std::string> row;
        for (std::size_t c = 0; c < columnCount && i + c < pieces.size(); ++c)
            row.emplace_back(pieces[i + c]);
        row.resize(columnCount); // a short last row, as TextTable::addRow pads it
        rows.push_back(std::move(row));
    }
    const std::size_t streamAfter = static_cast<std::size_t>(plan.streamAfter % (rows.size() + 1));

    TextTable collected(columns);
    for (const auto& row : rows)
        collected.addRow(row);
    std::string text;
    collected.appendText(text);
    std::string csv;
    collected.appendCsv(csv);

    VMSCOPE_FUZZ_ORACLE(!fuzz::holdsTerminalControl(text, true));
    VMSCOPE_FUZZ_ORACLE(text.find('\t') == std::string::npos);
    VMSCOPE_FUZZ_ORACLE(JsonWriter::isValidUtf8(text));
    VMSCOPE_FUZZ_ORACLE(std::size_t(std::count(text.begin(), text.end(), '\n')) == rows.size() + 1);

    // Streamed: rows before streamTo are kept, the rest written as they come.
    auto streamed = [&](TextTable::Style style, bool widenForEveryRow) {
        TextTable table(columns);
        if (widenForEveryRow)
            for (const auto& row : rows)
                table.widenFor(row);
        std::string out;
        std::size_t writes = 0;
        for (std::size_t r = 0; r < streamAfter; ++r)
            table.addRow(rows[r]);
        table.streamTo(out, style, [&] { ++writes; });
        for (std::size_t r = streamAfter; r < rows.size(); ++r)
            table.addRow(rows[r]);
        table.finish();
        VMSCOPE_FUZZ_ORACLE(table.rowCount() == rows.size());
        return out;
    };
    VMSCOPE_FUZZ_ORACLE(streamed(TextTable::Style::Text, true) == text);
    if (rows.size() < TextTable::kWidthSampleRows)
        VMSCOPE_FUZZ_ORACLE(streamed(TextTable::Style::Text, false) == text);
    VMSCOPE_FUZZ_ORACLE(streamed(TextTable::Style::Csv, false) == csv);

    // CSV: every cell comes back as escapeForDisplay made it.
    const auto records = readCsv(csv);
    VMSCOPE_FUZZ_ORACLE(records.has_value());
    VMSCOPE_FUZZ_ORACLE(records->size() == rows.size() + 1);
    for (std::size_t r = 0; r < records->size(); ++r) {
        const auto& record = (*records)[r];
        VMSCOPE_FUZZ_ORACLE(record.size() == columnCount);
        for (std::size_t c = 0; c < columnCount; ++c)
            VMSCOPE_FUZZ_ORACLE(record[c] == escapeForDisplay(r == 0 ? columns[c].title : rows[r - 1][c]));
    }

    // A text cell keeps to its cap, and is the escaped cell itself when that fits.
    for (const auto& row : rows)
        for (std::size_t c = 0; c < columnCount; ++c) {
            const std::string cell = TextTable::textCell(row[c], columns[c].maxWidth);
            const std::string escaped = escapeForDisplay(row[c]);
            if (columns[c].maxWidth == 0 || displayColumns(escaped) <= columns[c].maxWidth)
                VMSCOPE_FUZZ_ORACLE(cell == escaped);
            else
                VMSCOPE_FUZZ_ORACLE(displayColumns(cell) <= columns[c].maxWidth);
        }
}

// --- JSON ------------------------------------------------------------------------------------

void appendUtf8(std::string& out, std::uint32_t codePoint)
{
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xc0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3f));
    } else if (codePoint < 0x10000) {
        out += static_cast<char>(0xe0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (codePoint & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (codePoint >> 18));
        out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (codePoint & 0x3f));
    }
}

// RFC 8259, strictly: one value and nothing after it. Strings are decoded into `strings` in
// document order, so the caller can compare them with what it wrote.
class JsonReader {
public:
    explicit JsonReader(std::string_view text)
        : m_text(text)
    {
    }

    bool document()
    {
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        return m_at == m_text.size();
    }

    std::vector<std::string> strings;

private:
    static constexpr int kMaxDepth = 256;

    void skipSpace()
    {
        while (m_at < m_text.size() && std::strchr(" \t\r\n", m_text[m_at]) && m_text[m_at] != '\0')
            ++m_at;
    }
    bool eat(char c)
    {
        skipSpace();
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    bool literal(std::string_view word)
    {
        if (m_text.substr(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        return true;
    }
    bool value(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        skipSpace();
        if (m_at >= m_text.size())
            return false;
        switch (m_text[m_at]) {
        case '{':
            return container(depth, '}', true);
        case '[':
            return container(depth, ']', false);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }
    bool container(int depth, char close, bool isObject)
    {
        ++m_at;
        if (eat(close))
            return true;
        do {
            if (isObject) {
                skipSpace();
                if (m_at >= m_text.size() || m_text[m_at] != '"' || !string() || !eat(':'))
                    return false;
            }
            if (!value(depth + 1))
                return false;
        } while (eat(','));
        return eat(close);
    }
    bool digits()
    {
        const std::size_t start = m_at;
        while (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9')
            ++m_at;
        return m_at > start;
    }
    bool number()
    {
        if (m_at < m_text.size() && m_text[m_at] == '-')
            ++m_at;
        if (m_at < m_text.size() && m_text[m_at] == '0')
            ++m_at;
        else if (!digits())
            return false;
        if (m_at < m_text.size() && m_text[m_at] == '.') {
            ++m_at;
            if (!digits())
                return false;
        }
        if (m_at < m_text.size() && (m_text[m_at] == 'e' || m_text[m_at] == 'E')) {
            ++m_at;
            if (m_at < m_text.size() && (m_text[m_at] == '+' || m_text[m_at] == '-'))
                ++m_at;
            if (!digits())
                return false;
        }
        return true;
    }
    std::optional<std::uint32_t> hex4()
    {
        if (m_at + 4 > m_text.size())
            return std::nullopt;
        std::uint32_t value = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_text[m_at++];
            const int digit = (c >= 'A' && c <= 'F') ? c - 'A' + 10 : hexDigit(c);
            if (digit < 0)
                return std::nullopt;
            value = value * 16 + static_cast<std::uint32_t>(digit);
        }
        return value;
    }
    bool string()
    {
        ++m_at; // the opening quote
        std::string decoded;
        while (m_at < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_at++]);
            if (c == '"') {
                strings.push_back(std::move(decoded));
                return true;
            }
            if (c < 0x20)
                return false; // a raw control character: not JSON
            if (c != '\\') {
                decoded += static_cast<char>(c);
                continue;
            }
            if (m_at >= m_text.size())
                return false;
            const char e = m_text[m_at++];
            static constexpr char kEscapes[] = "\"\\/bfnrt";
            static constexpr char kEscaped[] = "\"\\/\b\f\n\r\t";
            const char* simple = e == '\0' ? nullptr : std::strchr(kEscapes, e);
            if (e != 'u' && !simple)
                return false;
            if (e != 'u') {
                decoded += kEscaped[simple - kEscapes];
                continue;
            }
            auto unit = hex4();
            if (!unit)
                return false;
            std::uint32_t codePoint = *unit;
            if (codePoint >= 0xd800 && codePoint < 0xdc00) { // a surrogate pair
                if (!literal("\\u"))
                    return false;
                const auto low = hex4();
                if (!low || *low < 0xdc00 || *low > 0xdfff)
                    return false;
                codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (*low - 0xdc00);
            } else if (codePoint >= 0xdc00 && codePoint <= 0xdfff) {
                return false;
            }
            appendUtf8(decoded, codePoint);
        }
        return false;
    }

    std::string_view m_text;
    std::size_t m_at = 0;
};

// `plan`: the document's shape, its numbers and booleans.
void checkJson(const std::vector<std::string_view>& pieces, std::string_view plan)
{
    fuzz::TrailingChoices choices(plan);
    std::string out;
    JsonWriter json(out);
    std::vector<bool> openIsObject; // the containers still open, innermost last
    std::vector<std::string> written; // every string in document order, keys included
    std::size_t nextPiece = 0;
    auto piece = [&] { return pieces.empty() ? std::string_view() : pieces[nextPiece++ % pieces.size()]; };
    auto keyIfInObject = [&] {
        if (!openIsObject.empty() && openIsObject.back()) {
            const std::string_view name = piece();
            json.key(name);
            written.emplace_back(name);
        }
    };
    json.beginArray(); // the document is one value
    openIsObject.push_back(false);
    const auto operations = choices.takeUpTo(48, 1);
    for (std::uint64_t i = 0; i < operations; ++i) {
        const auto operation = choices.take(1) % 9;
        if (operation == 0 || operation == 1) {
            if (openIsObject.size() >= 32)
                continue;
            keyIfInObject();
            operation == 0 ? json.beginObject() : json.beginArray();
            openIsObject.push_back(operation == 0);
            continue;
        }
        if (operation == 2) {
            if (openIsObject.size() > 1) {
                openIsObject.back() ? json.endObject() : json.endArray();
                openIsObject.pop_back();
            }
            continue;
        }
        keyIfInObject();
        switch (operation) {
        case 3: {
            const std::string_view text = piece();
            json.value(text);
            written.emplace_back(text);
            break;
        }
        case 4:
            json.value(choices.take(8));
            break;
        case 5:
            json.value(static_cast<std::int64_t>(choices.take(8)));
            break;
        case 6: {
            const std::uint64_t bits = choices.take(8);
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            json.value(d);
            break;
        }
        case 7:
            json.hexValue(choices.take(8));
            written.push_back("0x"); // checked by prefix below
            break;
        default:
            choices.takeBool() ? json.value(choices.takeBool()) : json.null();
        }
    }
    while (!openIsObject.empty()) {
        openIsObject.back() ? json.endObject() : json.endArray();
        openIsObject.pop_back();
    }

    VMSCOPE_FUZZ_ORACLE(JsonWriter::isValidUtf8(out));
    VMSCOPE_FUZZ_ORACLE(!fuzz::holdsTerminalControl(out, false));
    JsonReader reader(out);
    VMSCOPE_FUZZ_ORACLE(reader.document());
    VMSCOPE_FUZZ_ORACLE(reader.strings.size() == written.size());
    for (std::size_t i = 0; i < written.size(); ++i) {
        if (written[i] == "0x")
            VMSCOPE_FUZZ_ORACLE(reader.strings[i].starts_with("0x"));
        else if (JsonWriter::isValidUtf8(written[i]))
            VMSCOPE_FUZZ_ORACLE(reader.strings[i] == written[i]);
    }
    // hexBytes: two lower-case hex digits a byte, for the exact bytes beside a U+FFFD string.
    for (const std::string& text : written) {
        const std::string hex = JsonWriter::hexBytes(text);
        VMSCOPE_FUZZ_ORACLE(hex.size() == 2 * text.size());
        for (std::size_t i = 0; i < text.size(); ++i)
            VMSCOPE_FUZZ_ORACLE(
                hexDigit(hex[2 * i]) * 16 + hexDigit(hex[2 * i + 1]) == static_cast<unsigned char>(text[i]));
    }
}

// --- units -----------------------------------------------------------------------------------

void checkUnits(std::uint64_t figure)
{
    for (const std::string& text : { formatKiB(figure), formatBytes(figure), formatKiBCompact(figure) }) {
        VMSCOPE_FUZZ_ORACLE(!text.empty() && text.size() <= 12);
        for (char c : text)
            VMSCOPE_FUZZ_ORACLE(c >= 0x20 && c < 0x7f);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::TrailingChoices choices(fuzz::bytesOf(data, size));
    const std::uint64_t figure = choices.take(8);
    const TablePlan tablePlan(choices);
    const std::string_view jsonPlan = choices.takeBytes(static_cast<std::size_t>(choices.take(1)));
    const std::string_view text = choices.rest();

    checkUnits(figure);
    checkEscaping(text);
    // Past the 500 rows a streamed table samples for its widths, more pieces only slow each run.
    const auto pieces = fuzz::splitAt(text, '\0', 1024);
    checkJson(pieces, jsonPlan);
    checkTable(pieces, tablePlan);
    return 0;
}
