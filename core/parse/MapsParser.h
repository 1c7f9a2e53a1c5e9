#pragma once

#include "core/Result.h"
#include "core/model/Vma.h"

#include <string_view>
#include <vector>

namespace vmscope::parse {

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
