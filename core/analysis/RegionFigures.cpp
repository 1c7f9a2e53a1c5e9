#include "core/analysis/RegionFigures.h"

#include <algorithm>

namespace vmscope {

std::optional<RegionFigures> regionFiguresAt(const MemoryMap& map, std::uint64_t address)
{
    // The VMAs are ascending and disjoint: the candidate is the last one starting at or below.
    const auto after = std::upper_bound(
        map.vmas.begin(), map.vmas.end(), address, [](std::uint64_t a, const Vma& v) { return a < v.start; });
    if (after == map.vmas.begin())
        return std::nullopt;
    const Vma& vma = *std::prev(after);
    if (address >= vma.end)
        return std::nullopt;
    RegionFigures figures;
    figures.start = vma.start;
    figures.end = vma.end;
    figures.path = vma.path;
    figures.kind = vma.kind;
    figures.sizeKb = vma.size() / 1024;
    figures.fromSmaps = vma.fields.has(SmapsKey::Rss);
    if (figures.fromSmaps) {
        figures.rssKb = vma.fields.get(SmapsKey::Rss);
        figures.pssKb = vma.fields.get(SmapsKey::Pss);
        figures.sharedDirtyKb = vma.fields.get(SmapsKey::Shared_Dirty);
        figures.privateDirtyKb = vma.fields.get(SmapsKey::Private_Dirty);
        figures.swapKb = vma.fields.get(SmapsKey::Swap);
    }
    return figures;
}

std::vector<StepFigureChange> stepFigureChanges(const std::optional<RegionFigures>& before, const RegionFigures& after)
{
    std::vector<StepFigureChange> changes;
    const auto add = [&](StepFigure figure, std::uint64_t RegionFigures::*member) {
        StepFigureChange change;
        change.figure = figure;
        if (before)
            change.beforeKb = (*before).*member;
        change.afterKb = after.*member;
        changes.push_back(change);
    };
    add(StepFigure::Size, &RegionFigures::sizeKb);
    if (!after.fromSmaps)
        return changes;
    add(StepFigure::Rss, &RegionFigures::rssKb);
    add(StepFigure::Pss, &RegionFigures::pssKb);
    const auto anyOn = [&](std::uint64_t RegionFigures::*member) {
        return after.*member != 0 || (before && (*before).*member != 0);
    };
    if (anyOn(&RegionFigures::sharedDirtyKb))
        add(StepFigure::SharedDirty, &RegionFigures::sharedDirtyKb);
    if (anyOn(&RegionFigures::privateDirtyKb))
        add(StepFigure::PrivateDirty, &RegionFigures::privateDirtyKb);
    if (anyOn(&RegionFigures::swapKb))
        add(StepFigure::Swap, &RegionFigures::swapKb);
    return changes;
}

} // namespace vmscope
