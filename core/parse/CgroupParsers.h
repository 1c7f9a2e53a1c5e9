#pragma once

#include "core/Result.h"
#include "core/model/MemoryCgroup.h"

#include <string_view>
#include <vector>

// Parsers for cgroup files. Bytes in, values out; the reader (core/read/MemoryCgroupReader.h)
// finds the files.
namespace vmscope::parse {

// /proc/PID/cgroup: "hierarchy-id:controller-list:path" per line (cgroups(7)).
Result<std::vector<CgroupMembership>> parseProcCgroup(std::string_view bytes, std::string_view fileName);

// The cgroup and cgroup2 mounts of /proc/PID/mountinfo (proc(5)): "36 35 98:0 /root /mnt/point
// rw,relatime shared:1 - cgroup cgroup rw,memory". Other file systems are skipped.
Result<std::vector<CgroupMount>> parseCgroupMounts(std::string_view bytes, std::string_view fileName);

// cgroup.controllers / cgroup.subtree_control: space-separated names ("cpu io memory pids").
std::vector<std::string> parseCgroupControllers(std::string_view bytes);

// memory.max, memory.swap.max ("max" or bytes) and memory.limit_in_bytes,
// memory.memsw.limit_in_bytes (bytes; kCgroupV1UnlimitedBytes and above mean no limit).
Result<CgroupLimit> parseCgroupLimit(std::string_view bytes, std::string_view fileName);

// A file holding one unsigned number: memory.current, memory.peak, memory.usage_in_bytes.
Result<std::uint64_t> parseCgroupNumber(std::string_view bytes, std::string_view fileName);

} // namespace vmscope::parse
