#pragma once

#include "core/Result.h"
#include "core/analysis/SystemDiff.h"
#include "core/io/Source.h"

#include <cstdint>
#include <optional>

// What a system diff compares, read through a Source (a live /proc, a capture directory or tar).
namespace vmscope {

// Every readable process's totals (smaps_rollup, else summed smaps, as `processes` reads them),
// its start time and the meminfo. Processes that exit while being read are left out; unreadable
// ones are listed by pid. An error only when meminfo cannot be read.
Result<SystemMoment> readSystemMoment(const Source& source);

// stat field 22 (starttime, clock ticks after boot); nullopt when stat is missing or unreadable.
std::optional<std::uint64_t> readStartTime(const Source& source, int pid);

} // namespace vmscope
