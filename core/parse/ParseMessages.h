#pragma once

#include <cstdio>
#include <string>
#include <string_view>

// Wording shared by the parsers' error messages.
namespace vmscope::parse {

// The offending text for an error message, in quotes: bytes of a corrupt or binary file are
// neither valid UTF-8 nor short, so control and non-ASCII bytes are escaped (\xNN) and the
// excerpt is cut at 60 bytes.
inline std::string quotedExcerpt(std::string_view text)
{
    constexpr std::size_t kMaxBytes = 60;
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size() && i < kMaxBytes; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7f && byte != '"' && byte != '\\') {
            out.push_back(static_cast<char>(byte));
        } else if (byte == '\t') {
            out += "\\t";
        } else {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
            out += escaped;
        }
    }
    out += text.size() > kMaxBytes ? "\"..." : "\"";
    return out;
}

} // namespace vmscope::parse
