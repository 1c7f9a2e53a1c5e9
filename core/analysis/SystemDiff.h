#pragma once

#include "core/model/SystemMemory.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Two moments of a whole system compared: which processes appeared, exited or changed, and how
// meminfo moved ("vmscope-cli diff", the GUI's compare view). Pure functions over values: the
// moments come from core/read/SystemMoment.h (a live /proc, a capture directory or tar).
namespace vmscope {

// One readable process at one moment. Sizes in kB, as smaps_rollup gives them.
struct ProcessMoment {
    int pid = 0;
    std::string name; // status Name, as the kernel prints it
    // stat field 22, starttime: clock ticks after boot. A pid whose start time differs between two
    // moments was reused by another process (proc(5)).
    std::optional<std::uint64_t> startTime;
    std::uint64_t rssKb = 0, pssKb = 0, ussKb = 0, swapKb = 0;
};

struct SystemMoment {
    std::vector<ProcessMoment> processes; // ascending by pid; kernel threads left out
    std::vector<int> unreadable; // ascending: processes present but not readable (EACCES)
    MemInfo memInfo;
};

// A process both moments have (same pid, same start time) with what moved (after - before).
struct ProcessChange {
    int pid = 0;
    std::string name; // at the later moment
    std::int64_t rssDeltaKb = 0, pssDeltaKb = 0, ussDeltaKb = 0, swapDeltaKb = 0;
};

// One meminfo key in either moment. A key only one side prints (another kernel, a capture cut
// short) has no value on the other side and no delta.
struct MemInfoChange {
    std::string key;
    std::optional<std::uint64_t> before, after;
    bool hasUnit = false; // kB; HugePages_* are counts
    std::optional<std::int64_t> delta() const;
};

struct SystemDiff {
    std::vector<ProcessMoment> added; // in the later moment only, ascending by pid
    std::vector<ProcessMoment> removed; // in the earlier moment only, ascending by pid
    // Only processes whose RSS, PSS, USS or swap moved; largest |PSS delta| first, then by pid.
    std::vector<ProcessChange> changed;
    // Pids unreadable in either moment (permission denied): neither added, removed nor changed,
    // since what they are on the unreadable side is unknown. Ascending.
    std::vector<int> unreadable;
    // Pids that are another process in the later moment (start time differs): each is in removed
    // and in added, not in changed. Ascending.
    std::vector<int> reused;
    // Every meminfo key of the later moment in its order, then the keys only the earlier one has.
    std::vector<MemInfoChange> memInfo;

    bool processesEmpty() const { return added.empty() && removed.empty() && changed.empty(); }
};

SystemDiff diffSystems(const SystemMoment& a, const SystemMoment& b);

} // namespace vmscope
