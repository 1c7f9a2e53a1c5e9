#include "core/parse/MapsParser.h"

#include "core/parse/ParseUtil.h"

namespace vmscope::parse {
namespace {

    constexpr std::size_t kLargeMapThreshold = 4096;
    constexpr std::size_t kDefaultMaxMapCount = 65536;

    constexpr std::string_view kDeletedSuffix = " (deleted)";

    bool parseHexField(std::string_view token, std::uint64_t& out, std::size_t maxDigits)
    {
        if (token.empty() || token.size() > maxDigits)
            return false;
        return parseUnsigned(token, out, 16) == NumberError::None;
    }

    bool parsePermissions(std::string_view token, Permissions& perms)
    {
        if (token.size() != 4)
            return false;
        auto flag = [](char c, char set, bool& out) {
            if (c == set) {
                out = true;
                return true;
            }
            out = false;
            return c == '-';
        };
        if (!flag(token[0], 'r', perms.read) || !flag(token[1], 'w', perms.write) || !flag(token[2], 'x', perms.exec))
            return false;
        if (token[3] == 's')
            perms.shared = true;
        else if (token[3] == 'p')
            perms.shared = false;
        else
            return false;
        return true;
    }

    bool parseDevice(std::string_view token, Vma& vma)
    {
        const std::size_t colon = token.find(':');
        if (colon == std::string_view::npos)
            return false;
        std::uint64_t major = 0;
        std::uint64_t minor = 0;
        if (!parseHexField(token.substr(0, colon), major, 8) || !parseHexField(token.substr(colon + 1), minor, 8))
            return false;
        vma.devMajor = static_cast<std::uint32_t>(major);
        vma.devMinor = static_cast<std::uint32_t>(minor);
        return true;
    }

    // The kernel escapes only '\n' in paths (seq_file_path(..., "\n")), as "\012".
    void assignPath(std::string_view raw, Vma& vma)
    {
        if (raw.size() >= kDeletedSuffix.size() && raw.substr(raw.size() - kDeletedSuffix.size()) == kDeletedSuffix
            && raw.front() != '[') {
            vma.deleted = true;
            raw.remove_suffix(kDeletedSuffix.size());
        }
        if (raw.find("\\012") == std::string_view::npos) {
            vma.path.assign(raw);
            return;
        }
        vma.path.clear();
        vma.path.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw.compare(i, 4, "\\012") == 0) {
                vma.path.push_back('\n');
                i += 3;
            } else {
                vma.path.push_back(raw[i]);
            }
        }
    }

    bool isKeyChar(char c)
    {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '('
            || c == ')';
    }

    // Fields come in the same order in every record, so guessing "the key after the last
    // one" answers almost every lookup with one comparison.
    std::optional<SmapsKey> lookupKey(std::string_view name, std::size_t& hint)
    {
        if (hint < kSmapsKeyCount && smapsKeyName(static_cast<SmapsKey>(hint)) == name)
            return static_cast<SmapsKey>(hint++);
        std::optional<SmapsKey> key = smapsKeyFromName(name);
        if (key)
            hint = static_cast<std::size_t>(*key) + 1;
        return key;
    }

    // Parses one `Key: value` line into `fields` (or `flags` for VmFlags).
    bool parseFieldLine(std::string_view line, SmapsFields& fields, VmFlags* flags, std::size_t& hint, std::string& why)
    {
        const std::size_t colon = line.find(':');
        const std::string_view name = line.substr(0, colon);
        std::string_view value = line.substr(colon + 1);
        if (name == "VmFlags") {
            if (flags) {
                while (true) {
                    std::string_view code = nextToken(value);
                    if (code.empty())
                        break;
                    flags->add(code);
                }
            }
            return true;
        }
        if (const std::optional<SmapsKey> key = lookupKey(name, hint)) {
            SizeValue size;
            bool badUnit = false;
            if (NumberError e = parseSizeValue(value, size, badUnit); e != NumberError::None) {
                why = std::string("expected ") + describe(e) + " after \"" + std::string(name) + ":\"";
                return false;
            }
            if (badUnit) {
                why = "expected \"kB\" or nothing after the value of \"" + std::string(name) + "\"";
                return false;
            }
            fields.set(*key, size.value);
            return true;
        }
        // A key this version does not know: keep it under its own name.
        ExtraField extra;
        extra.name.assign(name);
        extra.text.assign(trim(value));
        SizeValue size;
        bool badUnit = false;
        const NumberError e = parseSizeValue(value, size, badUnit);
        if (e == NumberError::Overflow) {
            why = "expected a counter that fits in 64 bits after \"" + std::string(name) + ":\"";
            return false;
        }
        if (e == NumberError::None && !badUnit) {
            extra.numeric = true;
            extra.value = size.value;
            extra.hasUnit = size.hasUnit;
        }
        fields.addExtra(std::move(extra));
        return true;
    }

    Error malformedAt(std::string_view fileName, const LineCursor& cursor, std::string why)
    {
        return Error::malformed(std::string(fileName), cursor.lineNumber(), std::move(why));
    }

} // namespace

bool isSmapsFieldLine(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && isKeyChar(line[i]))
        ++i;
    return i > 0 && i < line.size() && line[i] == ':';
}

bool parseMapsHeader(std::string_view line, Vma& vma, std::string& why)
{
    std::string_view rest = line;
    const std::string_view range = nextToken(rest);
    const std::size_t dash = range.find('-');
    if (dash == std::string_view::npos || !parseHexField(range.substr(0, dash), vma.start, 16)
        || !parseHexField(range.substr(dash + 1), vma.end, 16)) {
        why = "expected \"start-end\" as hexadecimal addresses";
        return false;
    }
    if (!parsePermissions(nextToken(rest), vma.perms)) {
        why = "expected permissions like \"r-xp\" ([r-][w-][x-][ps])";
        return false;
    }
    if (!parseHexField(nextToken(rest), vma.offset, 16)) {
        why = "expected a hexadecimal file offset";
        return false;
    }
    if (!parseDevice(nextToken(rest), vma)) {
        why = "expected a device as \"major:minor\" in hexadecimal";
        return false;
    }
    if (parseUnsigned(nextToken(rest), vma.inode) != NumberError::None) {
        why = "expected a decimal inode number";
        return false;
    }
    // Checked after the fields so that a line cut short reports the missing field.
    if (vma.end <= vma.start) {
        why = "expected the end address to lie above the start address";
        return false;
    }
    // The path starts after the padding and runs to the end of the line; it may contain
    // spaces (and end in them), so only the padding is skipped.
    assignPath(skipSpaces(rest), vma);
    return true;
}

MapsStreamParser::MapsStreamParser(Format format, std::string_view fileName)
    : m_format(format)
    , m_fileName(fileName)
{
}

bool MapsStreamParser::parseLine(std::string_view line)
{
    ++m_lineNumber;
    if (m_format == Format::Smaps && isSmapsFieldLine(line)) {
        if (m_vmas.empty()) {
            m_why = "expected a VMA header line before the first field";
            return false;
        }
        Vma& vma = m_vmas.back();
        return parseFieldLine(line, vma.fields, &vma.flags, m_keyHint, m_why);
    }
    if (m_vmas.size() == m_vmas.capacity() && m_vmas.size() >= kLargeMapThreshold
        && m_vmas.capacity() < kDefaultMaxMapCount) {
        // A large map: growing by doubling would touch (and copy) twice the final size.
        // No process exceeds vm.max_map_count (65530 by default), and capacity that is
        // never written is never faulted in, so reserving it once costs only address space.
        m_vmas.reserve(kDefaultMaxMapCount);
    }
    Vma& vma = m_vmas.emplace_back();
    m_keyHint = 0;
    return parseMapsHeader(line, vma, m_why);
}

bool MapsStreamParser::lineTooLong()
{
    ++m_lineNumber;
    m_why = "a line longer than " + std::to_string(kMaxLineBytes) + " bytes";
    m_failed = true;
    m_carry.clear();
    return false;
}

bool MapsStreamParser::feed(std::string_view chunk)
{
    if (m_failed)
        return false;
    if (!m_carry.empty()) {
        const std::size_t eol = chunk.find('\n');
        const std::size_t rest = eol == std::string_view::npos ? chunk.size() : eol;
        if (m_carry.size() + rest > kMaxLineBytes)
            return lineTooLong();
        if (eol == std::string_view::npos) {
            m_carry.append(chunk);
            return true;
        }
        m_carry.append(chunk.substr(0, eol));
        chunk.remove_prefix(eol + 1);
        if (!parseLine(m_carry)) {
            m_failed = true;
            return false;
        }
        m_carry.clear();
    }
    while (!chunk.empty()) {
        const std::size_t eol = chunk.find('\n');
        if ((eol == std::string_view::npos ? chunk.size() : eol) > kMaxLineBytes)
            return lineTooLong();
        if (eol == std::string_view::npos) {
            m_carry.assign(chunk);
            return true;
        }
        if (!parseLine(chunk.substr(0, eol))) {
            m_failed = true;
            return false;
        }
        chunk.remove_prefix(eol + 1);
    }
    return true;
}

Result<std::vector<Vma>> MapsStreamParser::finish()
{
    if (!m_failed && !m_carry.empty()) {
        // The last line had no newline: the kernel always ends one, so parse what is there
        // and let the line's own checks say what is missing.
        std::string last;
        last.swap(m_carry);
        m_failed = !parseLine(last);
    }
    if (m_failed)
        return Error::malformed(m_fileName, m_lineNumber, m_why);
    // Keep the model tight (a 60,000-VMA map is 21 MB), but skip the copy when little is unused.
    if (m_vmas.capacity() - m_vmas.size() > m_vmas.size() / 4)
        m_vmas.shrink_to_fit();
    return std::move(m_vmas);
}

Result<std::vector<Vma>> parseMaps(std::string_view bytes, std::string_view fileName)
{
    MapsStreamParser parser(MapsStreamParser::Format::Maps, fileName);
    parser.feed(bytes);
    return parser.finish();
}

Result<std::vector<Vma>> parseSmaps(std::string_view bytes, std::string_view fileName)
{
    MapsStreamParser parser(MapsStreamParser::Format::Smaps, fileName);
    parser.feed(bytes);
    return parser.finish();
}

Result<SmapsRollup> parseSmapsRollup(std::string_view bytes, std::string_view fileName)
{
    SmapsRollup rollup;
    LineCursor cursor(bytes);
    std::string_view line;
    std::string why;
    std::size_t hint = 0;
    bool sawHeader = false;
    while (cursor.next(line)) {
        if (line.empty() && cursor.rest().empty())
            break;
        if (isSmapsFieldLine(line)) {
            if (!sawHeader)
                return malformedAt(fileName, cursor, "expected the \"[rollup]\" header line first");
            if (!parseFieldLine(line, rollup.fields, nullptr, hint, why))
                return malformedAt(fileName, cursor, why);
            continue;
        }
        if (sawHeader)
            return malformedAt(fileName, cursor, "expected a single record (smaps_rollup has one header)");
        Vma header;
        if (!parseMapsHeader(line, header, why))
            return malformedAt(fileName, cursor, why);
        rollup.start = header.start;
        rollup.end = header.end;
        sawHeader = true;
    }
    if (!sawHeader)
        return Error::malformed(std::string(fileName), 0, "expected a \"[rollup]\" record, found an empty file");
    return rollup;
}

} // namespace vmscope::parse
