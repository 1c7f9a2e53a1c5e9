#pragma once

#include "core/io/Source.h"
#include "core/model/ProcessIo.h"

#include <cstddef>
#include <optional>

namespace vmscope {

// /proc/PID/io of one process; nullopt when it is gone, unreadable (another user's process) or
// not in the format.
std::optional<ProcessIo> readProcessIo(const Source& source, int pid);

// The I/O counters of a process and its living descendants: /proc/PID/io of a shell includes
// the children it already reaped, so the living ones are added to get the whole pipeline.
// Children come from /proc/PID/task/TID/children (CONFIG_PROC_CHILDREN); without it only the root
// counts. nullopt when the root's own io is not readable. At most kMaxTreeProcesses are visited.
inline constexpr std::size_t kMaxTreeProcesses = 4096;
std::optional<ProcessIo> readProcessTreeIo(const Source& source, int rootPid);

} // namespace vmscope
