#pragma once

#include "core/model/SystemMemory.h"
#include "workload/WorkloadRunner.h"

#include <cstdint>
#include <optional>

#include <string>
#include <string_view>

namespace vmscope {

// `text` as one word for /bin/sh: single-quoted, with ' written as '\''.
std::string shellQuote(std::string_view text);

// Archives `folder` with GNU tar into a pipe counted by wc -c. The pipe matters: GNU tar does
// not read file data when the archive is /dev/null, so the page cache would not fill.
WorkloadSpec tarPreset(const std::string& folder);
// Reads `file` with dd into /dev/null (dd really reads; status=progress reports on stderr).
WorkloadSpec ddReadPreset(const std::string& file);
// Any command line, run with /bin/sh -c; the label is the command line itself.
WorkloadSpec commandPreset(const std::string& commandLine);

// vmscope-alloc (app/alloc/main.cpp), the memory-pressure programs of the course. `program` empty:
// the one next to this program or installed, else whatever "vmscope-alloc" the shell finds.
// Allocates and writes `mib` MiB in steps of `stepMiB` (oom-killer-try N 1): RSS grows with VSZ.
WorkloadSpec allocTouchPreset(
    std::uint64_t mib, std::uint64_t stepMiB = 16, std::uint64_t delayMs = 0, const std::string& program = {});
// malloc of `mib` MiB never touched: VSZ grows, RSS does not; exits 3 with "malloc of N MiB failed:
// Cannot allocate memory" when the kernel refuses (vm.overcommit_memory=2, or 0 beyond RAM + swap).
WorkloadSpec allocUntouchedPreset(std::uint64_t mib, const std::string& program = {});
// The overcommit demonstration: twice MemTotal, untouched. Fails under overcommit_memory 2 (and
// 0's heuristic), succeeds under 1.
// Twice MemTotal in MiB, rounded up: the size of that demonstration.
std::uint64_t twiceRamMiB(std::uint64_t memTotalKiB);
WorkloadSpec allocUntouchedTwiceRamPreset(const MemInfo& memInfo, const std::string& program = {});
// Reads every page of `mib` MiB never written: the shared zero page, RSS stays low.
WorkloadSpec allocReadTouchPreset(std::uint64_t mib, const std::string& program = {});
// Writes `stepMiB` after `stepMiB` until the OOM killer ends it (oom2). Run it in a memory cgroup.
WorkloadSpec allocUntilKilledPreset(
    std::uint64_t stepMiB = 16, std::uint64_t delayMs = 0, const std::string& program = {});
// stress-ng --vm 1 --vm-bytes N: one worker that keeps writing N bytes; nullopt when stress-ng is
// not installed.
std::optional<WorkloadSpec> stressNgVmPreset(std::uint64_t mib);

} // namespace vmscope
