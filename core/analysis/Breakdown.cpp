#include "core/analysis/Breakdown.h"

#include "core/model/Saturating.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace vmscope {
namespace {
    // The name sumByMapping groups a VMA under.
    std::string_view mappingName(const Vma& vma)
    {
        return vma.path.empty() ? std::string_view("[anon]") : std::string_view(vma.path);
    }

    // Shared memory in the kernel's sense (shmem/tmpfs pages), as far as a VMA shows it: SysV
    // segments, memfd, shared anonymous mappings and files in /dev/shm (tmpfs by convention).
    bool isShmem(const Vma& vma)
    {
        switch (vma.kind) {
        case RegionKind::ShmSysv:
        case RegionKind::Memfd:
        case RegionKind::SharedAnon:
            return true;
        default:
            return vma.path.starts_with("/dev/shm/");
        }
    }

    // The kind holding most of the group's resident memory (its size when nothing is resident).
    RegionKind dominantKind(const MemoryMap& map, const std::vector<int>& indices)
    {
        std::array<std::uint64_t, kRegionKindCount> rss {};
        std::array<std::uint64_t, kRegionKindCount> size {};
        for (const int i : indices) {
            const Vma& v = map.vmas[std::size_t(i)];
            addSaturating(rss[std::size_t(v.kind)], v.fields.get(SmapsKey::Rss));
            addSaturating(size[std::size_t(v.kind)], v.size());
        }
        const auto& weights = std::any_of(rss.begin(), rss.end(), [](std::uint64_t r) { return r > 0; }) ? rss : size;
        return static_cast<RegionKind>(std::max_element(weights.begin(), weights.end()) - weights.begin());
    }
} // namespace

ProcessBreakdown computeBreakdown(
    std::shared_ptr<const MemoryMap> map, std::optional<SmapsFields> rollup, std::size_t topMappings)
{
    ProcessBreakdown breakdown;
    breakdown.rollup = std::move(rollup);
    breakdown.map = std::move(map);
    if (!breakdown.map)
        return breakdown;
    const std::vector<Vma>& vmas = breakdown.map->vmas;
    breakdown.total = sumAll(vmas);

    const std::array<Totals, kRegionKindCount> byKind = sumByKind(vmas);
    std::array<std::vector<int>, kRegionKindCount> kindVmas;
    for (std::size_t i = 0; i < vmas.size(); ++i)
        kindVmas[std::size_t(vmas[i].kind)].push_back(int(i));
    for (std::size_t k = 0; k < kRegionKindCount; ++k) {
        if (byKind[k].vmaCount == 0)
            continue;
        const auto kind = static_cast<RegionKind>(k);
        breakdown.byKind.push_back(
            BreakdownGroup { std::string(regionKindName(kind)), kind, false, false, 1, byKind[k], kindVmas[k] });
    }
    std::stable_sort(breakdown.byKind.begin(), breakdown.byKind.end(),
        [](const BreakdownGroup& a, const BreakdownGroup& b) { return a.totals.rss() > b.totals.rss(); });

    std::vector<MappingTotals> mappings = sumByMapping(vmas); // largest PSS first
    std::unordered_map<std::string_view, std::size_t> topIndex;
    for (const MappingTotals& m : mappings) {
        if (topIndex.size() == topMappings)
            break;
        if (m.totals.rss() == 0 && m.totals.swap() == 0)
            continue;
        topIndex.emplace(m.mapping, breakdown.byMapping.size());
        breakdown.byMapping.push_back(
            BreakdownGroup { m.mapping, RegionKind::Unknown, m.deleted, false, 1, m.totals, {} });
    }
    BreakdownGroup other;
    other.other = true;
    other.mappingCount = mappings.size() - topIndex.size();
    for (std::size_t i = 0; i < vmas.size(); ++i) {
        const auto it = topIndex.find(mappingName(vmas[i]));
        if (it != topIndex.end()) {
            breakdown.byMapping[it->second].vmaIndices.push_back(int(i));
        } else {
            other.totals.add(vmas[i]);
            other.vmaIndices.push_back(int(i));
        }
    }
    for (BreakdownGroup& group : breakdown.byMapping)
        group.kind = dominantKind(*breakdown.map, group.vmaIndices);
    if (!other.vmaIndices.empty()) {
        other.kind = dominantKind(*breakdown.map, other.vmaIndices);
        breakdown.byMapping.push_back(std::move(other));
    }
    return breakdown;
}

std::vector<int> vmasHolding(const MemoryMap& map, const std::vector<int>& candidates, SmapsKey key)
{
    std::vector<int> holding;
    for (const int i : candidates) {
        const Vma& v = map.vmas[std::size_t(i)];
        const std::uint64_t rss = v.fields.get(SmapsKey::Rss);
        const std::uint64_t anonymous = v.fields.get(SmapsKey::Anonymous);
        bool holds = false;
        switch (key) {
        case SmapsKey::Pss_Anon:
            holds = anonymous > 0;
            break;
        case SmapsKey::Pss_File:
            holds = rss > anonymous && !isShmem(v);
            break;
        case SmapsKey::Pss_Shmem:
            holds = rss > 0 && isShmem(v);
            break;
        default:
            holds = v.fields.get(key) > 0;
        }
        if (holds)
            holding.push_back(i);
    }
    return holding;
}

std::vector<int> vmasWithPrivatePages(const MemoryMap& map, const std::vector<int>& candidates)
{
    std::vector<int> holding;
    std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(holding),
        [&map](int i) { return map.vmas[std::size_t(i)].fields.uss() > 0; });
    return holding;
}

} // namespace vmscope
