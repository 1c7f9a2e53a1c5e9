#pragma once

#include "core/model/SystemMemory.h"
#include "core/sampling/SystemSample.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The arithmetic behind the zone panel, free of Qt widgets so the tests check it directly.
// Kernel reference: mm/page_alloc.c (calculate_min_free_kbytes, __setup_per_zone_wmarks,
// __zone_watermark_ok) and Documentation/admin-guide/sysctl/vm.rst.
namespace vmscope {

// Where a zone's free pages stand against its watermarks. __zone_watermark_ok fails when
// free <= mark, so a zone exactly at a watermark is already below it.
enum class WatermarkBand {
    Comfortable, // free > high: kswapd sleeps (or goes back to sleep)
    KswapdUntilHigh, // low < free <= high: a woken kswapd keeps reclaiming until free is above high
    KswapdWoken, // min < free <= low: allocations wake kswapd, which reclaims in the background
    DirectReclaim, // free <= min: allocating tasks reclaim (or compact) synchronously
};

// nullopt when the zone has no watermarks (a capture without them).
std::optional<WatermarkBand> classifyFree(const ZoneSample& zone);

// The kernel's default min_free_kbytes for this much low memory: int_sqrt(lowmem_kbytes * 16),
// clamped to 128 KiB .. 256 MiB (the upper clamp was 64 MiB before 5.7).
std::uint64_t defaultMinFreeKbytes(std::uint64_t lowmemKbytes);

// Zones the kernel counts as low memory for min_free_kbytes: those an ordinary GFP_USER
// allocation may use (DMA, DMA32, Normal), not HighMem, Movable or Device.
bool isLowmemZone(const std::string& zoneName);
// Σ managed pages of the low-memory zones of all nodes: what the boot-time default is computed
// from (nr_free_buffer_pages() at core_initcall, before any watermark is set).
std::uint64_t lowmemManagedPages(const std::vector<ZoneSample>& zones);

// The distance low - min (and high - low) that __setup_per_zone_wmarks gives a zone:
// max(min / 4, managed * watermark_scale_factor / 10000).
std::uint64_t watermarkDistance(std::uint64_t minPages, std::uint64_t managedPages, std::uint64_t scaleFactor);

// A zone's share of min_free_kbytes in pages: pages_min * managed / lowmem_pages.
std::uint64_t zoneMinShare(
    std::uint64_t minFreeKbytes, std::uint64_t pageSize, std::uint64_t managedPages, std::uint64_t lowmemPages);

// The highest order with a free block, -1 when none; and that block's size in KiB.
int largestFreeOrder(const ZoneSample& zone);
std::uint64_t blockKiB(int order, std::uint64_t pageSize);

// The gauge's vertical axis. Free pages of a large zone are often a hundred times its high
// watermark and the distance between two watermarks can be a few percent of min, so a linear
// axis would squeeze the bands into a pixel or two. Each band below high gets a fixed share of
// the height instead (linear inside the band): what a reader needs is where free stands against
// the watermarks. Above high the axis is logarithmic up to the zone's managed pages, so free
// memory far above high still moves visibly. Positions are 0 (bottom) .. 1 (top).
class WatermarkScale {
public:
    static constexpr double kMinTop = 0.25; // 0 .. min: direct reclaim
    static constexpr double kLowTop = 0.40; // min .. low: kswapd woken
    static constexpr double kHighTop = 0.55; // low .. high; above: logarithmic up to managed

    WatermarkScale() = default;
    WatermarkScale(std::uint64_t min, std::uint64_t low, std::uint64_t high, std::uint64_t fullPages);

    double position(std::uint64_t pages) const;
    std::uint64_t fullPages() const { return m_full; }

private:
    std::uint64_t m_min = 0, m_low = 0, m_high = 0, m_full = 1;
};

// The vm sysctls the panel explains, from /proc/sys/vm.
struct VmTuning {
    std::optional<std::int64_t> minFreeKbytes, watermarkScaleFactor, watermarkBoostFactor;
    std::optional<std::int64_t> overcommitMemory, overcommitRatio, overcommitKbytes;
    std::vector<std::int64_t> lowmemReserveRatio;

    static VmTuning fromSysctls(const VmSysctls& sysctls);
};

// What a zone's views need besides the zone itself: machine-wide figures of the same sample.
struct ZoneContext {
    std::uint64_t pageSize = 4096;
    double seconds = 0; // the sample's time on the sampler's clock
    std::uint64_t lowmemPages = 0; // lowmemManagedPages() of the sample
    int hugePageOrder = 9; // log2(Hugepagesize / page size): the order a huge page needs
    std::vector<std::string> nodeZoneNames; // every zone of this zone's node, index = protection[] index
    std::optional<VmTuning> tuning; // nullopt until /proc/sys/vm was read (or when unreadable)
};

// CommitLimit as the kernel computes it (mm/util.c vm_commit_limit): overcommit_kbytes when set,
// else (MemTotal - hugetlb) * overcommit_ratio / 100; plus SwapTotal. kB.
std::optional<std::uint64_t> expectedCommitLimit(const SystemSample& sample, const VmTuning& tuning);

} // namespace vmscope
