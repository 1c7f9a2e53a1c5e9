#include "core/analysis/ProcessFactsRules.h"

#include "core/Translatable.h"

#include <algorithm>
#include <chrono>

namespace vmscope {

std::optional<std::uint64_t> currentBreak(const MemoryMap& map, std::optional<std::uint64_t> startBrk)
{
    // show_map_vma (fs/proc/task_mmu.c) names every VMA overlapping [start_brk, brk] "[heap]".
    std::optional<std::uint64_t> end;
    for (const Vma& v : map.vmas)
        if (v.path == "[heap]")
            end = std::max(end.value_or(0), v.end);
    return end ? end : startBrk;
}

void applyMap(ProcessFacts& facts, const MemoryMap& map)
{
    facts.vmaCount = map.vmas.size();
    const std::optional<std::uint64_t> startBrk = facts.stat ? facts.stat->startBrk : std::nullopt;
    if (layoutVisibility(facts) == LayoutVisibility::Shown)
        facts.currentBreak = currentBreak(map, startBrk);
}

LayoutVisibility layoutVisibility(const ProcessFacts& facts)
{
    if (!facts.stat)
        return LayoutVisibility::HiddenByKernel;
    const LayoutVisibility fromStat = facts.stat->layoutVisibility();
    if (fromStat == LayoutVisibility::NoAddressSpace && facts.status && !facts.status->isKernelThread()
        && facts.status->vmSize.value_or(0) > 0)
        return LayoutVisibility::HiddenByKernel;
    return fromStat;
}

std::vector<LayoutAddress> layoutAddresses(const ProcessFacts& facts)
{
    if (layoutVisibility(facts) != LayoutVisibility::Shown)
        return {};
    const ProcessStat& s = *facts.stat;
    // proc(5)'s definitions, in the order the address space usually has them.
    return {
        { "start_code", s.startCode, "start_code",
            VMSCOPE_TRANSLATABLE("LayoutAddress", "The address above which program text can run.") },
        { "end_code", s.endCode, "end_code",
            VMSCOPE_TRANSLATABLE("LayoutAddress", "The address below which program text can run.") },
        { "start_data", s.startData, "start_data",
            VMSCOPE_TRANSLATABLE(
                "LayoutAddress", "The address above which initialized and uninitialized (BSS) data are placed.") },
        { "end_data", s.endData, {},
            VMSCOPE_TRANSLATABLE(
                "LayoutAddress", "The address below which initialized and uninitialized (BSS) data are placed.") },
        { "start_brk", s.startBrk, {},
            VMSCOPE_TRANSLATABLE("LayoutAddress", "The address above which the heap can be expanded with brk(2).") },
        { "brk", facts.currentBreak, "brk",
            VMSCOPE_TRANSLATABLE("LayoutAddress",
                "The current program break, the end of the heap that brk(2) grows (the end of the [heap] "
                "mapping).") },
        { "start_stack", s.startStack, "start_stack",
            VMSCOPE_TRANSLATABLE("LayoutAddress", "The address of the start (bottom) of the stack.") },
        { "arg_start", s.argStart, "arg",
            VMSCOPE_TRANSLATABLE(
                "LayoutAddress", "The address above which the program's command-line arguments (argv) are placed.") },
        { "arg_end", s.argEnd, {},
            VMSCOPE_TRANSLATABLE(
                "LayoutAddress", "The address below which the program's command-line arguments (argv) are placed.") },
        { "env_start", s.envStart, "env",
            VMSCOPE_TRANSLATABLE("LayoutAddress", "The address above which the program's environment is placed.") },
        { "env_end", s.envEnd, {},
            VMSCOPE_TRANSLATABLE("LayoutAddress", "The address below which the program's environment is placed.") },
    };
}

std::optional<FaultRates> faultRates(const ProcessFacts& before, const ProcessFacts& after)
{
    if (before.pid != after.pid || !before.stat || !after.stat)
        return std::nullopt;
    const ProcessStat& a = *before.stat;
    const ProcessStat& b = *after.stat;
    if (!a.minorFaults || !b.minorFaults || !a.majorFaults || !b.majorFaults)
        return std::nullopt;
    if (*b.minorFaults < *a.minorFaults || *b.majorFaults < *a.majorFaults)
        return std::nullopt;
    const double seconds = std::chrono::duration<double>(after.readAt - before.readAt).count();
    if (!(seconds > 0))
        return std::nullopt;
    return FaultRates { static_cast<double>(*b.minorFaults - *a.minorFaults) / seconds,
        static_cast<double>(*b.majorFaults - *a.majorFaults) / seconds };
}

std::span<const StatusCounter> factsStatusCounters()
{
    static constexpr StatusCounter kCounters[] = {
        { "VmPeak", &ProcessStatus::vmPeak, VMSCOPE_TRANSLATABLE("StatusCounter", "Peak virtual memory size.") },
        { "VmHWM", &ProcessStatus::vmHwm,
            VMSCOPE_TRANSLATABLE("StatusCounter", "Peak resident set size (\"high water mark\").") },
        { "VmData", &ProcessStatus::vmData,
            VMSCOPE_TRANSLATABLE(
                "StatusCounter", "Size of private data segments (heap and other private writable mappings).") },
        { "VmStk", &ProcessStatus::vmStk, VMSCOPE_TRANSLATABLE("StatusCounter", "Size of the stack segment.") },
        { "VmExe", &ProcessStatus::vmExe,
            VMSCOPE_TRANSLATABLE("StatusCounter", "Size of the text segment (the executable's code).") },
        { "VmLib", &ProcessStatus::vmLib, VMSCOPE_TRANSLATABLE("StatusCounter", "Size of shared library code.") },
        { "VmPTE", &ProcessStatus::vmPte, VMSCOPE_TRANSLATABLE("StatusCounter", "Size of the page table entries.") },
        { "VmSwap", &ProcessStatus::vmSwap,
            VMSCOPE_TRANSLATABLE("StatusCounter",
                "Swapped-out virtual memory size by anonymous private pages (shmem swap not included).") },
        { "VmLck", &ProcessStatus::vmLck, VMSCOPE_TRANSLATABLE("StatusCounter", "Locked memory size (see mlock(2)).") },
    };
    return kCounters;
}

std::span<const MemoryLimit> memoryLimits()
{
    static constexpr MemoryLimit kLimits[] = {
        { "RLIMIT_AS", ProcessLimits::kAddressSpace,
            VMSCOPE_TRANSLATABLE("MemoryLimit",
                "The maximum size of the process's virtual memory (address space); mmap and brk fail beyond it.") },
        { "RLIMIT_DATA", ProcessLimits::kData,
            VMSCOPE_TRANSLATABLE(
                "MemoryLimit", "The maximum size of the data segment and, since 4.7, of private writable mappings.") },
        { "RLIMIT_STACK", ProcessLimits::kStack,
            VMSCOPE_TRANSLATABLE(
                "MemoryLimit", "The maximum size of the process stack; beyond it the process gets SIGSEGV.") },
        { "RLIMIT_MEMLOCK", ProcessLimits::kLockedMemory,
            VMSCOPE_TRANSLATABLE(
                "MemoryLimit", "The maximum number of bytes of memory that may be locked into RAM (mlock).") },
    };
    return kLimits;
}

const char* aslrModeMeaning(std::int64_t mode)
{
    switch (mode) {
    case 0:
        return VMSCOPE_TRANSLATABLE("AslrMode", "no randomisation");
    case 1:
        return VMSCOPE_TRANSLATABLE("AslrMode", "conservative: stack, mmap base, VDSO and shared memory");
    case 2:
        return VMSCOPE_TRANSLATABLE("AslrMode", "full randomisation incl. heap/brk");
    default:
        return VMSCOPE_TRANSLATABLE("AslrMode", "unknown mode");
    }
}

std::optional<double> mapCountPercent(const ProcessFacts& facts)
{
    if (!facts.vmaCount || !facts.maxMapCount || *facts.maxMapCount <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(*facts.vmaCount) / static_cast<double>(*facts.maxMapCount);
}

} // namespace vmscope
