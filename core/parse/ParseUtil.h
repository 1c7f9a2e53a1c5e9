#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Small allocation-free helpers shared by every /proc parser: they take bytes and
// never touch files, so fixtures, captures and fuzzers drive the same code.
namespace vmscope::parse {

// Walks a buffer line by line, counting lines from 1 for error messages.
class LineCursor {
public:
    explicit LineCursor(std::string_view bytes)
        : m_rest(bytes)
    {
    }

    // Next line without its '\n'. Returns false at the end of the buffer.
    bool next(std::string_view& line)
    {
        if (m_rest.empty())
            return false;
        const std::size_t eol = m_rest.find('\n');
        if (eol == std::string_view::npos) {
            line = m_rest;
            m_rest = {};
            m_lastLineTerminated = false;
        } else {
            line = m_rest.substr(0, eol);
            m_rest.remove_prefix(eol + 1);
            m_lastLineTerminated = true;
        }
        ++m_lineNumber;
        return true;
    }

    std::size_t lineNumber() const { return m_lineNumber; }
    // False when the last line returned had no '\n': the file was cut short.
    bool lastLineTerminated() const { return m_lastLineTerminated; }
    std::string_view rest() const { return m_rest; }

private:
    std::string_view m_rest;
    std::size_t m_lineNumber = 0;
    bool m_lastLineTerminated = true;
};

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// True when `s` is not empty and `accept` takes each of its characters.
template <class Accept> bool consistsOf(std::string_view s, Accept accept)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!accept(c))
            return false;
    return true;
}

// The value of a hexadecimal digit, -1 for any other character.
inline int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

inline std::string_view skipSpaces(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return s.substr(i);
}

inline std::string_view trimRight(std::string_view s)
{
    while (!s.empty() && (isSpace(s.back()) || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

inline std::string_view trim(std::string_view s)
{
    return trimRight(skipSpaces(s));
}

// The non-empty parts of `text` between `separator`s: "a,,b," -> {"a", "b"} (allocates: for the
// few lists a parser keeps, such as cgroup controllers and mount options).
inline std::vector<std::string> splitNonEmpty(std::string_view text, char separator)
{
    std::vector<std::string> parts;
    while (!text.empty()) {
        const std::size_t at = text.find(separator);
        const std::string_view part = text.substr(0, at);
        if (!part.empty())
            parts.emplace_back(part);
        if (at == std::string_view::npos)
            break;
        text.remove_prefix(at + 1);
    }
    return parts;
}

// Splits off the next space-separated token; `s` keeps what follows the token.
inline std::string_view nextToken(std::string_view& s)
{
    s = skipSpaces(s);
    std::size_t i = 0;
    while (i < s.size() && !isSpace(s[i]))
        ++i;
    std::string_view token = s.substr(0, i);
    s.remove_prefix(i);
    return token;
}

enum class NumberError { None, Empty, NotANumber, Overflow };

// Parses the whole of `s` as an unsigned number in `base`. No sign, no prefix, no spaces.
inline NumberError parseUnsigned(std::string_view s, std::uint64_t& out, int base = 10)
{
    if (s.empty())
        return NumberError::Empty;
    const char* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, out, base);
    if (ec == std::errc::result_out_of_range)
        return NumberError::Overflow;
    if (ec != std::errc() || ptr != end)
        return NumberError::NotANumber;
    return NumberError::None;
}

inline NumberError parseSigned(std::string_view s, std::int64_t& out)
{
    if (s.empty())
        return NumberError::Empty;
    const char* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, out, 10);
    if (ec == std::errc::result_out_of_range)
        return NumberError::Overflow;
    if (ec != std::errc() || ptr != end)
        return NumberError::NotANumber;
    return NumberError::None;
}

inline const char* describe(NumberError e)
{
    switch (e) {
    case NumberError::None:
        return "";
    case NumberError::Empty:
        return "a number, found nothing";
    case NumberError::NotANumber:
        return "a number";
    case NumberError::Overflow:
        return "a counter that fits in 64 bits";
    }
    return "";
}

// "Key:   123 kB" style lines (meminfo, smaps, status). Splits at the first ':'.
struct KeyValueLine {
    std::string_view key;
    std::string_view value; // trimmed, unit still attached
};

inline std::optional<KeyValueLine> splitKeyValue(std::string_view line)
{
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    return KeyValueLine { trimRight(line.substr(0, colon)), trim(line.substr(colon + 1)) };
}

struct SizeValue {
    std::uint64_t value = 0;
    bool hasUnit = false; // "kB" followed the number
};

// Parses "123 kB" or "123". Anything else after the number is an error.
inline NumberError parseSizeValue(std::string_view s, SizeValue& out, bool& badUnit)
{
    badUnit = false;
    std::string_view rest = s;
    std::string_view number = nextToken(rest);
    if (NumberError e = parseUnsigned(number, out.value); e != NumberError::None)
        return e;
    rest = trim(rest);
    if (rest.empty()) {
        out.hasUnit = false;
    } else if (rest == "kB") {
        out.hasUnit = true;
    } else {
        badUnit = true;
    }
    return NumberError::None;
}

} // namespace vmscope::parse
