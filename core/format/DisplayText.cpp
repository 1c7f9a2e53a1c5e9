#include "core/format/DisplayText.h"

#include "core/format/JsonWriter.h"

#include <cstdio>

namespace vmscope {

bool isPlainForDisplay(std::string_view bytes)
{
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c >= 0x7f || c == '\\')
            return false;
    }
    return true;
}

void appendEscapedForDisplay(std::string& out, std::string_view bytes)
{
    if (isPlainForDisplay(bytes)) {
        out.append(bytes);
        return;
    }
    char buffer[8];
    auto appendHex = [&](unsigned char c) {
        std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
        out += buffer;
    };
    for (std::size_t i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x80) {
            // Take the longest valid UTF-8 sequence here, else escape one byte.
            std::size_t n = 0;
            for (std::size_t len = 2; len <= 4 && i + len <= bytes.size(); ++len)
                if (JsonWriter::isValidUtf8(bytes.substr(i, len))) {
                    n = len;
                    break;
                }
            // U+0080..U+009F (C2 80..C2 9F) are C1 controls: a terminal may take U+009B as CSI.
            const bool c1Control = n == 2 && c == 0xc2 && static_cast<unsigned char>(bytes[i + 1]) < 0xa0;
            if (n > 0 && !c1Control) {
                out.append(bytes.substr(i, n));
                i += n;
                continue;
            }
        } else if (c >= 0x20 && c != 0x7f && c != '\\') {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        switch (c) {
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            appendHex(c);
        }
        ++i;
    }
}

std::string escapeForDisplay(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    appendEscapedForDisplay(out, bytes);
    return out;
}

} // namespace vmscope
