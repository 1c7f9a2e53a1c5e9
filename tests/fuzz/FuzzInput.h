#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

// Shared by the fuzz targets: the parsers take bytes and a display name, so the fuzzer's buffer
// goes in exactly as a /proc read would hand it over. The same sources build two ways: linked
// with libFuzzer (clang, scripts/fuzz.sh) and with ReplayMain.cpp (any compiler, ctest), so
// nothing here may need clang's own headers.
namespace vmscope::fuzz {

inline std::string_view bytesOf(const std::uint8_t* data, std::size_t size)
{
    return { reinterpret_cast<const char*>(data), size };
}

// Keeps the optimiser from dropping a computation whose only purpose is to run under ASan/UBSan.
template <class T> inline void keep(const T& value)
{
    asm volatile("" : : "g"(&value) : "memory");
}

// Reference figures for the oracles: sums and products of 64-bit kernel numbers done exactly in
// 128 bits, which the code under test must match, or saturate where they do not fit in 64.
__extension__ using Wide = unsigned __int128;

inline std::uint64_t saturatedFrom(Wide exact)
{
    return exact > Wide(UINT64_MAX) ? UINT64_MAX : static_cast<std::uint64_t>(exact);
}

// An oracle that does not hold is a finding like a crash: libFuzzer keeps the input as a crash
// artifact, and the replay test fails.
[[noreturn]] inline void oracleFailed(const char* condition, const char* file, int line)
{
    std::fprintf(stderr, "fuzz oracle failed: %s (%s:%d)\n", condition, file, line);
    std::abort();
}

#define VMSCOPE_FUZZ_ORACLE(condition)                                                                                 \
    ((condition) ? static_cast<void>(0) : ::vmscope::fuzz::oracleFailed(#condition, __FILE__, __LINE__))

// Choices the fuzzer makes besides the text (chunk sizes, column counts) come from the end of the
// buffer, and the front stays the text a parser sees, as with libFuzzer's FuzzedDataProvider:
// a seed file keeps its beginning whatever choices are taken from it.
class TrailingChoices {
public:
    explicit TrailingChoices(std::string_view input)
        : m_input(input)
    {
    }

    // `bytes` (at most 8) from the end, big-endian; 0 once the input is used up.
    std::uint64_t take(unsigned bytes)
    {
        std::uint64_t value = 0;
        for (unsigned i = 0; i < bytes && !m_input.empty(); ++i) {
            value = (value << 8) | static_cast<unsigned char>(m_input.back());
            m_input.remove_suffix(1);
        }
        return value;
    }

    // A number in [0, limit], for sizes and counts.
    std::uint64_t takeUpTo(std::uint64_t limit, unsigned bytes)
    {
        const std::uint64_t raw = take(bytes);
        return limit == UINT64_MAX ? raw : raw % (limit + 1);
    }

    bool takeBool() { return take(1) & 1u; }

    // The last `count` bytes (fewer when the input is shorter), as they stand.
    std::string_view takeBytes(std::size_t count)
    {
        count = std::min(count, m_input.size());
        const std::string_view bytes = m_input.substr(m_input.size() - count);
        m_input.remove_suffix(count);
        return bytes;
    }

    // What is left: the text.
    std::string_view rest() const { return m_input; }

private:
    std::string_view m_input;
};

// The text cut at every `separator`: cells of a table, arguments of a command line.
inline std::vector<std::string_view> splitAt(std::string_view text, char separator, std::size_t maxParts)
{
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < maxParts) {
        const std::size_t at = text.find(separator);
        if (at == std::string_view::npos)
            break;
        parts.push_back(text.substr(0, at));
        text.remove_prefix(at + 1);
    }
    parts.push_back(text);
    return parts;
}

// A byte a terminal acts on: C0 controls but newline and tab, DEL, and the C1 controls as UTF-8
// (C2 80 to C2 9F). What vmscope prints to a terminal never holds one (README, "vmscope-cli").
inline bool holdsTerminalControl(std::string_view text, bool allowNewlineAndTab)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (allowNewlineAndTab && (c == '\n' || c == '\t'))
            continue;
        if (c < 0x20 || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next < 0xa0)
                return true;
        }
    }
    return false;
}

} // namespace vmscope::fuzz
