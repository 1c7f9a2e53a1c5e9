#include "core/model/SystemMemory.h"

#include <algorithm>
#include <limits>

namespace vmscope {

std::optional<std::uint64_t> findCounter(const CounterList& counters, std::string_view name)
{
    for (const Counter& counter : counters)
        if (counter.first == name)
            return counter.second;
    return std::nullopt;
}

std::optional<std::uint64_t> MemInfo::find(std::string_view key) const
{
    for (const MemInfoEntry& entry : entries)
        if (entry.key == key)
            return entry.value;
    return std::nullopt;
}

std::optional<std::uint64_t> Zone::counter(std::string_view counterName) const
{
    return findCounter(counters, counterName);
}

std::optional<std::uint64_t> NodeStats::find(std::string_view statName) const
{
    return findCounter(stats, statName);
}

const Zone* ZoneInfo::findZone(int node, std::string_view name) const
{
    for (const Zone& zone : zones)
        if (zone.node == node && zone.name == name)
            return &zone;
    return nullptr;
}

const NodeStats* ZoneInfo::findNode(int node) const
{
    for (const NodeStats& stats : nodes)
        if (stats.node == node)
            return &stats;
    return nullptr;
}

std::uint64_t BuddyZone::freePages() const
{
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t total = 0;
    for (std::size_t order = 0; order < freeBlocks.size(); ++order) {
        const std::uint64_t blocks = freeBlocks[order];
        if (blocks == 0)
            continue;
        if (order >= 64 || blocks > (kMax >> order))
            return kMax;
        const std::uint64_t pages = blocks << order;
        if (pages > kMax - total)
            return kMax;
        total += pages;
    }
    return total;
}

std::optional<std::uint64_t> VmStat::find(std::string_view name) const
{
    return findCounter(counters, name);
}

const SysctlValue* VmSysctls::find(std::string_view name) const
{
    for (const SysctlValue& value : values)
        if (value.name == name)
            return &value;
    return nullptr;
}

std::optional<std::int64_t> VmSysctls::number(std::string_view name) const
{
    const SysctlValue* value = find(name);
    if (!value || value->numbers.size() != 1)
        return std::nullopt;
    return value->numbers.front();
}

} // namespace vmscope
