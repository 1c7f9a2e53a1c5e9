#pragma once

#include "core/model/SystemMemory.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Memory cgroups as the kernel shows them (Documentation/admin-guide/cgroup-v1/memory.rst and
// cgroup-v2.rst "Memory Interface Files"). A machine may have the memory controller on v1 only,
// on v2 only, or on neither; vmscope reads both.
namespace vmscope {

enum class CgroupVersion { V1 = 1, V2 = 2 };

// One line of /proc/PID/cgroup: "4:memory:/user.slice" (v1: hierarchy id, its controllers) or
// "0::/user.slice/app.scope" (the v2 hierarchy: id 0, no controllers listed).
struct CgroupMembership {
    std::uint64_t hierarchyId = 0;
    std::vector<std::string> controllers; // v1: "memory", "cpu", "name=systemd"; v2: empty
    std::string path; // inside the hierarchy, starting with '/'

    bool isV2() const { return hierarchyId == 0 && controllers.empty(); }
    bool hasController(std::string_view name) const;
};

// A cgroup file system from /proc/self/mountinfo (fstype "cgroup" or "cgroup2").
struct CgroupMount {
    CgroupVersion version = CgroupVersion::V1;
    std::string mountPoint; // "/sys/fs/cgroup/memory", octal escapes (\040) undone
    std::string root; // the hierarchy's path mounted there, "/" unless a namespace or bind mount
    std::vector<std::string> superOptions; // v1: the controllers ("rw", "memory"), v2: "rw", "nsdelegate"

    bool hasOption(std::string_view name) const;
};

// A byte limit as memory.max, memory.limit_in_bytes and their swap siblings hold it.
struct CgroupLimit {
    enum class State { Unknown, Unlimited, Bytes };
    State state = State::Unknown;
    std::uint64_t bytes = 0;

    static CgroupLimit unlimited() { return { State::Unlimited, 0 }; }
    static CgroupLimit of(std::uint64_t bytes) { return { State::Bytes, bytes }; }
    bool known() const { return state != State::Unknown; }
    bool isUnlimited() const { return state == State::Unlimited; }
    bool hasBytes() const { return state == State::Bytes; }
};

// v1 prints "no limit" as PAGE_COUNTER_MAX pages in bytes: LONG_MAX rounded down to the page
// size, 9223372036854771712 with 4 KiB pages. Anything from here up is unlimited.
inline constexpr std::uint64_t kCgroupV1UnlimitedBytes = 9223372036854771712ULL;

// Where a memory cgroup's files are: its hierarchy's version, its path in the hierarchy and its
// directory relative to the /sys root of the Source that reads it ("fs/cgroup/memory/a/b").
struct MemoryCgroupLocation {
    CgroupVersion version = CgroupVersion::V1;
    std::string path; // "/process_api/6bd2…", as /proc/PID/cgroup names it
    std::string sysDirectory; // relative to the /sys root: "fs/cgroup/memory/process_api/6bd2…"
};

// The memory controller's state of one cgroup. Every figure is optional: a file this kernel or
// this hierarchy lacks (memory.peak before 5.19, memsw without swap accounting) is unknown, not
// an error.
struct MemoryCgroup {
    MemoryCgroupLocation location;
    // v2 memory.max, v1 memory.limit_in_bytes.
    CgroupLimit limit;
    // v2 memory.swap.max: swap alone. v1 memory.memsw.limit_in_bytes: memory PLUS swap (so a
    // memsw limit equal to the memory limit means no swap at all); see swapLimitIncludesMemory.
    CgroupLimit swapLimit;
    bool swapLimitIncludesMemory = false; // true on v1
    std::optional<std::uint64_t> usageBytes; // memory.current, memory.usage_in_bytes
    std::optional<std::uint64_t> peakBytes; // memory.peak (5.19+), memory.max_usage_in_bytes
    // oom_kill from memory.events (v2, 4.13+) or memory.oom_control (v1, 4.13+): processes of
    // this cgroup the OOM killer killed.
    std::optional<std::uint64_t> oomKills;
    // memory.events (v2: low, high, max, oom, oom_kill, oom_group_kill) or memory.oom_control
    // (v1: oom_kill_disable, under_oom, oom_kill), every key kept.
    CounterList events;
    CounterList stat; // memory.stat, every key kept (v2 bytes, v1 bytes with total_* keys)
    // Files that were there but could not be read or parsed: one sentence each.
    std::vector<std::string> problems;
};

} // namespace vmscope
