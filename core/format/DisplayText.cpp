#include "core/format/DisplayText.h"

#include "core/format/JsonWriter.h"

#include <cstdio>

namespace vmscope {

std::string escapeForDisplay(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
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
            if (n > 0) {
                out.append(bytes.substr(i, n));
                i += n;
                continue;
            }
        } else if (c >= 0x20 && c != 0x7f && c != '\\') {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        char buffer[8];
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
            std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
            out += buffer;
        }
        ++i;
    }
    return out;
}

} // namespace vmscope
