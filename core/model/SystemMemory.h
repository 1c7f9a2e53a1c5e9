#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// System-wide memory state as the kernel prints it in /proc. Every key is kept in file order,
// including the ones this version does not know: future kernels add keys.
namespace vmscope {

// A "name value" pair as /proc/vmstat and the zoneinfo counters print it.
using Counter = std::pair<std::string, std::uint64_t>;
using CounterList = std::vector<Counter>;

// The value of the first counter called `name`, if any.
std::optional<std::uint64_t> findCounter(const CounterList& counters, std::string_view name);

struct MemInfoEntry {
    std::string key; // "MemTotal", "Active(anon)", "HugePages_Total"
    std::uint64_t value = 0; // kB when hasUnit, a plain count otherwise
    bool hasUnit = false; // " kB" followed the number (HugePages_* have no unit)
};

// /proc/meminfo. MemAvailable (3.14+) is the kernel's estimate of what can be allocated
// without swapping; "used" as free(1) shows it is MemTotal - MemFree - Buffers - Cached - SReclaimable.
struct MemInfo {
    std::vector<MemInfoEntry> entries;

    std::optional<std::uint64_t> find(std::string_view key) const;
};

// One "Node N, zone NAME" block of /proc/zoneinfo. Values are pages.
struct Zone {
    int node = 0;
    std::string name; // DMA, DMA32, Normal, HighMem, Movable, Device
    std::optional<std::uint64_t> free; // "pages free"
    // Watermarks (Documentation/mm/physical_memory.rst): kswapd wakes below low and reclaims
    // until free is above high; below min allocations reclaim directly. boost and promo are 5.x/6.x.
    std::optional<std::uint64_t> min, low, high, boost, promo;
    std::optional<std::uint64_t> spanned, present, managed, cma; // managed: 3.x+, cma: 5.x+
    // lowmem_reserve[]: pages this zone keeps back from allocations that could use a higher zone.
    std::vector<std::uint64_t> protection;
    // Every other "name value" line of the zone in file order: nr_free_pages, numa_hit, ...,
    // node_unreclaimable, start_pfn, and old kernels' scanned, all_unreclaimable, prev_priority.
    CounterList counters;

    std::optional<std::uint64_t> counter(std::string_view counterName) const;
};

// The "per-node stats" block, printed inside the first populated zone of each node (4.8+).
struct NodeStats {
    int node = 0;
    CounterList stats;

    std::optional<std::uint64_t> find(std::string_view statName) const;
};

struct ZoneInfo {
    std::vector<Zone> zones; // in file order
    std::vector<NodeStats> nodes; // only the nodes that printed per-node stats

    const Zone* findZone(int node, std::string_view name) const;
    const NodeStats* findNode(int node) const;
};

// One line of /proc/buddyinfo: free blocks of 2^order pages.
struct BuddyZone {
    int node = 0;
    std::string zone;
    std::vector<std::uint64_t> freeBlocks; // index = order, 0..10 on most configurations

    // Free pages in all orders (saturating: a corrupt capture must not wrap around).
    std::uint64_t freePages() const;
    // The largest free block is analysis/Watermarks.h largestFreeOrder(freeBlocks).
};

struct BuddyInfo {
    std::vector<BuddyZone> zones;
};

// One "Node N, zone Z, type T" line of /proc/pagetypeinfo.
struct MigrateFreeBlocks {
    int node = 0;
    std::string zone;
    std::string type; // Unmovable, Movable, Reclaimable, HighAtomic, CMA, Isolate
    std::vector<std::uint64_t> counts; // index = order
    // Since 5.6 the kernel stops counting at 100000 per order and prints ">100000" (to bound
    // the time it holds zone->lock); such a count is a lower bound.
    bool capped = false;
};

// One row of "Number of blocks type" (or of "Number of mixed blocks", CONFIG_PAGE_OWNER).
struct BlockCounts {
    int node = 0;
    std::string zone;
    std::vector<std::uint64_t> counts; // index = PageTypeInfo::blockTypes
};

// /proc/pagetypeinfo (root-only since 5.x): buddyinfo split by migrate type.
struct PageTypeInfo {
    int pageBlockOrder = 0;
    std::uint64_t pagesPerBlock = 0;
    std::vector<MigrateFreeBlocks> free;
    std::vector<std::string> blockTypes;
    std::vector<BlockCounts> blocks;
    std::vector<BlockCounts> mixedBlocks; // empty unless the kernel has CONFIG_PAGE_OWNER
};

// /proc/vmstat: cumulative event counters and current page counts, in file order.
struct VmStat {
    CounterList counters;

    std::optional<std::uint64_t> find(std::string_view name) const;
};

// One file of /proc/sys/vm.
struct SysctlValue {
    std::string name; // the file name, e.g. "min_free_kbytes"
    std::string text; // the content, trimmed
    // Every integer of the content when all of it is integers (lowmem_reserve_ratio has one per
    // zone); empty for text values such as numa_zonelist_order's "Node".
    std::vector<std::int64_t> numbers;
};

struct VmSysctls {
    std::vector<SysctlValue> values; // sorted by name, as the directory lists them

    const SysctlValue* find(std::string_view name) const;
    // The value of a single-number sysctl; nullopt when absent, textual or a list.
    std::optional<std::int64_t> number(std::string_view name) const;
};

} // namespace vmscope
