#pragma once

#include "core/Result.h"
#include "core/model/Vma.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace vmscope::parse {

// Parses maps or smaps as the bytes arrive, so parsing overlaps the kernel's (slow) generation
// of the file. Chunks may end anywhere, even mid-line; the partial line waits for the next one.
class MapsStreamParser {
public:
    enum class Format { Maps, Smaps };
    // Far beyond any maps or smaps line (a path is at most PATH_MAX = 4096 bytes, four times
    // that when the kernel escapes every byte; the fixtures keep a 100 KB one as valid): a longer
    // line is malformed, and is never buffered whole.
    static constexpr std::size_t kMaxLineBytes = 1024 * 1024;
    MapsStreamParser(Format format, std::string_view fileName);

    // False once the input is malformed; error() then says where and why.
    bool feed(std::string_view chunk);
    // Ends the input; returns the VMAs (capacity trimmed) or the first error.
    Result<std::vector<Vma>> finish();

private:
    bool parseLine(std::string_view line);
    bool lineTooLong();

    Format m_format;
    std::string m_fileName;
    std::vector<Vma> m_vmas;
    std::string m_carry; // a line split across chunks
    std::size_t m_lineNumber = 0;
    std::size_t m_keyHint = 0;
    std::string m_why;
    bool m_failed = false;
};

// /proc/PID/maps: one VMA per line. An empty buffer is valid (a kernel thread has no mappings).
Result<std::vector<Vma>> parseMaps(std::string_view bytes, std::string_view fileName);

// /proc/PID/smaps: a maps header line per VMA followed by its `Key: value` lines.
Result<std::vector<Vma>> parseSmaps(std::string_view bytes, std::string_view fileName);

// /proc/PID/smaps_rollup (4.14+): one record summed over all VMAs; no Size line.
struct SmapsRollup {
    std::uint64_t start = 0; // lowest mapped address
    std::uint64_t end = 0; // highest
    SmapsFields fields;
};
Result<SmapsRollup> parseSmapsRollup(std::string_view bytes, std::string_view fileName);

// One header line ("start-end perms offset dev inode path"). `why` names what was expected.
bool parseMapsHeader(std::string_view line, Vma& vma, std::string& why);

// Whether a smaps line is a `Key:` field line rather than a VMA header.
bool isSmapsFieldLine(std::string_view line);

} // namespace vmscope::parse
