#pragma once

#include <cstdint>
#include <string>

namespace vmscope {

// The one place sizes become text. The kernel speaks kB (KiB) in smaps and meminfo.
// Human form uses binary units with one decimal: "4 KiB", "1.2 MiB", "47.9 TiB".
std::string formatKiB(std::uint64_t kib);
std::string formatBytes(std::uint64_t bytes);
// A size someone chose, such as a memory limit: whole GiB or MiB without decimals ("96 MiB",
// "1 GiB"), anything else as formatBytes.
std::string formatChosenBytes(std::uint64_t bytes);
// Compact form for aligned CLI columns (like pmap/smem -h): "4K", "1.2M", "3.0G".
std::string formatKiBCompact(std::uint64_t kib);

} // namespace vmscope
