#include "core/format/JsonWriter.h"

#include <cmath>
#include <cstdio>

namespace vmscope {
namespace {
    // Length of the valid UTF-8 sequence starting at s[i], or 0 if it is not valid.
    std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
    {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t length = 0;
        std::uint32_t min = 0;
        if (c < 0x80)
            return 1;
        if ((c & 0xe0) == 0xc0) {
            length = 2;
            min = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            length = 3;
            min = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            length = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + length > s.size())
            return 0;
        std::uint32_t cp = c & (0x7f >> length);
        for (std::size_t k = 1; k < length; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0) != 0x80)
                return 0;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return 0;
        return length;
    }
} // namespace

bool JsonWriter::isValidUtf8(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = utf8SequenceLength(s, i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

std::string JsonWriter::hexBytes(std::string_view s)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(s.size() * 2);
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

void JsonWriter::appendString(std::string_view s)
{
    m_out += '"';
    std::size_t plainStart = 0;
    auto flush = [&](std::size_t upTo) { m_out.append(s.data() + plainStart, upTo - plainStart); };
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const std::size_t n = utf8SequenceLength(s, i);
            // C1 controls (U+0080..U+009F) as \u00XX like the C0 ones: a terminal may obey them.
            if (n == 2 && c == 0xc2 && static_cast<unsigned char>(s[i + 1]) < 0xa0) {
                flush(i);
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned char>(s[i + 1]));
                m_out += buffer;
                plainStart = i += 2;
                continue;
            }
            if (n > 0) {
                i += n;
                continue;
            }
            flush(i);
            m_out += "\xef\xbf\xbd"; // U+FFFD
            plainStart = ++i;
            continue;
        }
        flush(i);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\r':
            m_out += "\\r";
            break;
        default: {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            m_out += buffer;
        }
        }
        plainStart = ++i;
    }
    flush(s.size());
    m_out += '"';
}

void JsonWriter::hexValue(std::uint64_t n)
{
    separate();
    char buffer[24] = { '"', '0', 'x' };
    auto [end, ec] = std::to_chars(buffer + 3, buffer + sizeof buffer - 1, n, 16);
    *end++ = '"';
    m_out.append(buffer, end);
}

void JsonWriter::value(double d)
{
    appendFloating(d, -1);
}

void JsonWriter::fixedValue(double d, int decimals)
{
    appendFloating(d, decimals < 0 ? 0 : decimals > 9 ? 9 : decimals);
}

void JsonWriter::appendFloating(double d, int decimals)
{
    separate();
    if (!std::isfinite(d)) {
        m_out += "null";
        return;
    }
    char buffer[352]; // "%f" of DBL_MAX has 309 digits before the point
    if (decimals < 0)
        std::snprintf(buffer, sizeof buffer, "%.6g", d);
    else
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals, d);
    m_out += buffer;
}

} // namespace vmscope
