#pragma once

#include "core/analysis/Aggregator.h"
#include "core/model/Vma.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vmscope {

enum class BreakdownGrouping : std::uint8_t { ByKind, ByMapping };

// The parts resident memory is split into, stacked in this order: the two private parts
// first, because together they are the USS (what exiting would free).
inline constexpr std::array<SmapsKey, 4> kRssParts {
    SmapsKey::Private_Clean,
    SmapsKey::Private_Dirty,
    SmapsKey::Shared_Clean,
    SmapsKey::Shared_Dirty,
};

// The parts of PSS that smaps_rollup adds (4.14+); per-VMA smaps does not print them.
inline constexpr std::array<SmapsKey, 3> kPssParts { SmapsKey::Pss_Anon, SmapsKey::Pss_File, SmapsKey::Pss_Shmem };

inline constexpr std::size_t kTopMappings = 15;

// A row of the breakdown: one region kind, one mapped object, or the mappings beyond the top.
struct BreakdownGroup {
    std::string name; // regionKindName, the mapping's path or "[anon]"; empty for "other"
    RegionKind kind = RegionKind::Unknown; // by kind: the kind; by mapping: the kind holding most of its RSS
    bool deleted = false; // by mapping: the file was unlinked
    bool other = false; // by mapping: every mapping beyond the top ones, summed
    std::size_t mappingCount = 1; // "other": how many mappings it sums
    Totals totals;
    std::vector<int> vmaIndices; // into the snapshot's vmas, ascending

    // Whether the group holds memory (in RAM or swap), i.e. draws a bar at all.
    bool holdsMemory() const { return totals.rss() > 0 || totals.swap() > 0; }
};

// Everything the per-process breakdown shows, computed once per snapshot on a worker
// (60,000 VMAs take milliseconds to group by path).
struct ProcessBreakdown {
    std::shared_ptr<const MemoryMap> map;
    Totals total;
    // From smaps_rollup when the kernel has it: the only source of Pss_Anon/File/Shmem.
    std::optional<SmapsFields> rollup;
    std::vector<BreakdownGroup> byKind; // every kind with a VMA, most RSS first
    std::vector<BreakdownGroup> byMapping; // the top mappings by PSS, then "other" when any remain

    const std::vector<BreakdownGroup>& groups(BreakdownGrouping grouping) const
    {
        return grouping == BreakdownGrouping::ByKind ? byKind : byMapping;
    }
};

// Top mappings are chosen among those holding memory; every other mapping goes to "other",
// so the groups of either grouping always add up to `total`.
ProcessBreakdown computeBreakdown(
    std::shared_ptr<const MemoryMap> map, std::optional<SmapsFields> rollup, std::size_t topMappings = kTopMappings);

// The VMAs (of `candidates`, indices into map.vmas) that hold some of `key`. Pss_Anon, Pss_File
// and Pss_Shmem exist only for the whole process, so for them the VMAs holding anonymous pages,
// resident file pages and resident shared memory stand in.
std::vector<int> vmasHolding(const MemoryMap& map, const std::vector<int>& candidates, SmapsKey key);

// USS as a field would be: the VMAs with private pages.
std::vector<int> vmasWithPrivatePages(const MemoryMap& map, const std::vector<int>& candidates);

} // namespace vmscope
