#pragma once

#include "core/Result.h"
#include "core/model/ProcessStatus.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

// Who may see a process's layout addresses in /proc/PID/stat. do_task_stat (fs/proc/array.c)
// prints start_code/end_code as 1 and every other address as 0 unless the reader may ptrace the
// process (another user's process), and 0 throughout when the task has no mm (a kernel thread, a
// zombie).
enum class LayoutVisibility {
    Shown,
    HiddenByKernel, // not ptrace-readable: the kernel printed placeholders
    NoAddressSpace, // kernel thread or exited task: no mm at all
};

// /proc/PID/stat in full (proc(5); Documentation/filesystems/proc.rst, table 1-4). Field numbers
// below are proc(5)'s, 1-based. Fields a kernel does not print yet are nullopt: start_data ..
// start_brk arrived in 3.3, arg_start .. exit_code in 3.5.
struct ProcessStat {
    StatHead head; // fields 1 to 5
    // Every field after comm (field 3 onwards) as printed, the ones this version names included.
    std::vector<std::string> fields;
    std::optional<std::uint64_t> minorFaults, majorFaults; // 10, 12: faults without / with I/O
    std::optional<std::uint64_t> userTicks, systemTicks; // 14, 15: clock ticks (USER_HZ)
    std::optional<std::uint64_t> startCode, endCode, startStack; // 26, 27, 28
    std::optional<std::uint64_t> startData, endData, startBrk; // 45, 46, 47
    std::optional<std::uint64_t> argStart, argEnd, envStart, envEnd; // 48 .. 51
    std::optional<std::int64_t> exitCode; // 52: as waitpid reports it, for an exited thread

    // The field numbered `number` (proc(5)), when printed.
    std::optional<std::string_view> field(int number) const;
    LayoutVisibility layoutVisibility() const;
};

// One row of /proc/PID/limits (fs/proc/base.c, proc_pid_limits): soft and hard as getrlimit(2)
// returns them; nullopt is "unlimited" (RLIM_INFINITY).
struct ResourceLimit {
    std::string name; // "Max address space"
    std::optional<std::uint64_t> soft, hard;
    std::string units; // "bytes", "seconds", ... ; empty for the rows the kernel gives none
};

struct ProcessLimits {
    // The kernel's names of the four limits on memory (lnames[] in fs/proc/base.c).
    static constexpr std::string_view kAddressSpace = "Max address space"; // RLIMIT_AS
    static constexpr std::string_view kData = "Max data size"; // RLIMIT_DATA
    static constexpr std::string_view kStack = "Max stack size"; // RLIMIT_STACK
    static constexpr std::string_view kLockedMemory = "Max locked memory"; // RLIMIT_MEMLOCK

    std::vector<ResourceLimit> rows; // every row, in file order

    const ResourceLimit* find(std::string_view name) const;
};

// The figures of one process beside its map: each file read on its own, so a file that is
// missing or unreadable is one unknown figure with its reason, never a failure of the whole.
struct ProcessFacts {
    int pid = 0;
    Result<ProcessStatus> status = Error {};
    Result<ProcessStat> stat = Error {};
    Result<ProcessLimits> limits = Error {};
    Result<std::int64_t> randomizeVaSpace = Error {}; // kernel.randomize_va_space
    Result<std::int64_t> maxMapCount = Error {}; // vm.max_map_count
    // From the maps of the same moment (nullopt when no map was given).
    std::optional<std::size_t> vmaCount;
    // The program break: /proc/PID/stat has no field for it, so it is the end of the [heap]
    // (page-rounded, as the VMA ends), or start_brk when the process never grew its heap.
    std::optional<std::uint64_t> currentBreak;
    std::chrono::steady_clock::time_point readAt {};
};

} // namespace vmscope
