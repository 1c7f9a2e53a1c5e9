#pragma once

#include "core/model/RegionKind.h"
#include "core/model/Vma.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vmscope {

// The figures a teaching step points at: the region of one process that holds an address (an
// experiment names a region by an address inside it, because the region's start and size are
// what the step changes). Sizes in kB, as smaps gives them.
struct RegionFigures {
    std::uint64_t start = 0;
    std::uint64_t end = 0;
    std::string path; // as the kernel printed it (may be empty: anonymous)
    RegionKind kind = RegionKind::Unknown;
    bool fromSmaps = false; // false: only Size is known
    std::uint64_t sizeKb = 0;
    std::uint64_t rssKb = 0;
    std::uint64_t pssKb = 0;
    std::uint64_t sharedDirtyKb = 0;
    std::uint64_t privateDirtyKb = 0;
    std::uint64_t swapKb = 0;
};

// The region holding `address`, if any.
std::optional<RegionFigures> regionFiguresAt(const MemoryMap& map, std::uint64_t address);

enum class StepFigure { Size, Rss, Pss, SharedDirty, PrivateDirty, Swap };

struct StepFigureChange {
    StepFigure figure = StepFigure::Size;
    std::optional<std::uint64_t> beforeKb; // none: the region did not exist at the previous step
    std::uint64_t afterKb = 0;
    bool changed() const { return !beforeKb || *beforeKb != afterKb; }
};

// What a person should read off a region between two steps: Size, RSS and PSS always (the
// figures every scenario is about), Shared_Dirty, Private_Dirty and Swap when either side has
// any (copy-on-write and swapping are about those). Without smaps only Size.
std::vector<StepFigureChange> stepFigureChanges(const std::optional<RegionFigures>& before, const RegionFigures& after);

} // namespace vmscope
