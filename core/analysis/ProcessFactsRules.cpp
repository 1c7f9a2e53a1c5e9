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
