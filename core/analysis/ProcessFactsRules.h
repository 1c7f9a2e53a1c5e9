#pragma once

#include "core/model/ProcessFacts.h"
#include "core/model/Vma.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

// The rules behind the process facts, once, for the CLI's `facts` and the GUI's Facts pane.
namespace vmscope {

// The program break from the maps: the end of the [heap] (it may be split into several VMAs, so
// the highest end), else start_brk, the break of a process that never called brk/sbrk.
std::optional<std::uint64_t> currentBreak(const MemoryMap& map, std::optional<std::uint64_t> startBrk);

// Fills vmaCount and currentBreak from `map` (the maps read at the same moment).
void applyMap(ProcessFacts& facts, const MemoryMap& map);

// Whether the layout addresses may be shown: stat's placeholders, refined by status (a kernel
// before 4.x printed 0, not 1, for a hidden start_code; status then still shows an mm).
LayoutVisibility layoutVisibility(const ProcessFacts& facts);

// One address of the layout, in the order of the address space.
struct LayoutAddress {
    std::string_view name; // the kernel's name: "start_code", "brk"
    std::optional<std::uint64_t> address; // nullopt: this kernel does not print it
    std::string_view markLabel; // the mark on the map, empty for addresses not marked
    const char* description; // proc(5)'s definition, VMSCOPE_TRANSLATABLE("LayoutAddress", ...)
};

// Every layout address of stat plus the current break; empty when the kernel hides them or the
// process has no address space (see layoutVisibility).
std::vector<LayoutAddress> layoutAddresses(const ProcessFacts& facts);

// Faults per second between two readings of the same process (nullopt when either lacks the
// counters, the time did not advance, or a counter went down: another process with the pid).
struct FaultRates {
    double minorPerSecond = 0;
    double majorPerSecond = 0;
};
std::optional<FaultRates> faultRates(const ProcessFacts& before, const ProcessFacts& after);

// The status counters the facts show, in the kernel's order (task_mem, fs/proc/task_mmu.c), each
// with proc(5)'s definition, VMSCOPE_TRANSLATABLE("StatusCounter", ...). kB.
struct StatusCounter {
    std::string_view key; // "VmHWM"
    std::optional<std::uint64_t> ProcessStatus::*member;
    const char* description;
};
std::span<const StatusCounter> factsStatusCounters();

// The four limits on memory, with getrlimit(2)'s definitions, VMSCOPE_TRANSLATABLE("MemoryLimit", ...).
struct MemoryLimit {
    std::string_view resource; // "RLIMIT_AS"
    std::string_view name; // the row of /proc/PID/limits, ProcessLimits::kAddressSpace
    const char* description;
};
std::span<const MemoryLimit> memoryLimits();

// kernel.randomize_va_space (Documentation/admin-guide/sysctl/kernel.rst): what the mode
// randomises, VMSCOPE_TRANSLATABLE("AslrMode", ...); "unknown mode" for another value.
const char* aslrModeMeaning(std::int64_t mode);

// VMAs against vm.max_map_count in percent (mmap fails with ENOMEM at the limit).
std::optional<double> mapCountPercent(const ProcessFacts& facts);

} // namespace vmscope
