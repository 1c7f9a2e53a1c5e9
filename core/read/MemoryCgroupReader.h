#pragma once

#include "core/Result.h"
#include "core/io/Source.h"
#include "core/model/MemoryCgroup.h"

#include <optional>
#include <string>

// Finds and reads memory cgroups. Two Sources: `proc` is rooted at /proc (PID/cgroup,
// self/mountinfo), `sys` at /sys (the cgroup file systems are mounted below /sys/fs/cgroup). A
// fixture folder holds both as proc/ and sys/.
namespace vmscope {

// The memory controller's hierarchies on this machine: the v1 mount with "memory" among its
// controllers, the v2 mount when its root's cgroup.controllers lists "memory" (a v2 hierarchy
// without it is reported in v2WithoutMemory). A mount outside /sys cannot be read through `sys`
// and is left out.
struct MemoryHierarchies {
    std::optional<CgroupMount> v1;
    std::optional<CgroupMount> v2;
    std::optional<CgroupMount> v2WithoutMemory;
    // The directory of a mount relative to the /sys root ("fs/cgroup/memory").
    static std::string sysDirectoryOf(const CgroupMount& mount);
};
Result<MemoryHierarchies> findMemoryHierarchies(const Source& proc, const Source& sys);

// Where the memory cgroup of process `pid` is: v2 when its v2 hierarchy has the memory
// controller, else v1's memory hierarchy. NoSuchProcess when it exited; Io (ENOENT) with a
// sentence when the machine has no memory controller at all.
Result<MemoryCgroupLocation> locateMemoryCgroup(const Source& proc, const Source& sys, int pid);

// Reads the cgroup's memory files. Never fails: a missing file is an unknown figure, a file that
// does not parse is named in `problems`.
MemoryCgroup readMemoryCgroup(const Source& sys, const MemoryCgroupLocation& location);

Result<MemoryCgroup> readMemoryCgroupOfProcess(const Source& proc, const Source& sys, int pid);

} // namespace vmscope
