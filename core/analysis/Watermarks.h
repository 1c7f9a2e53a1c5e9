#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

// The kernel's arithmetic about zone watermarks and free blocks, once for the GUI and the CLI.
// Kernel reference: mm/page_alloc.c (calculate_min_free_kbytes, __setup_per_zone_wmarks,
// __zone_watermark_ok) and Documentation/admin-guide/sysctl/vm.rst.
namespace vmscope {

// Where a zone's free pages stand against its watermarks. __zone_watermark_ok fails when
// free_pages <= mark, so a zone exactly at a watermark is already below it.
enum class WatermarkState : std::uint8_t {
    BelowMin, // free <= min: allocating tasks reclaim (or compact) synchronously
    BelowLow, // min < free <= low: allocations wake kswapd, which reclaims in the background
    BetweenLowAndHigh, // low < free <= high: a woken kswapd keeps reclaiming until free is above high
    AboveHigh, // free > high: kswapd sleeps (or goes back to sleep)
};

// Bottom to top, as a gauge stacks them.
inline constexpr std::array<WatermarkState, 4> kWatermarkStatesBottomUp { WatermarkState::BelowMin,
    WatermarkState::BelowLow, WatermarkState::BetweenLowAndHigh, WatermarkState::AboveHigh };

WatermarkState watermarkState(std::uint64_t free, std::uint64_t min, std::uint64_t low, std::uint64_t high);
// nullopt when one of the four is unknown (a capture without watermarks).
std::optional<WatermarkState> watermarkState(std::optional<std::uint64_t> free, std::optional<std::uint64_t> min,
    std::optional<std::uint64_t> low, std::optional<std::uint64_t> high);

// "below_min", "below_low", "between_low_and_high", "above_high": the JSON value.
std::string_view watermarkStateName(WatermarkState state);
// The CLI's text table wording: "below min: direct reclaim", ...
std::string_view watermarkStateText(WatermarkState state);

// The pages a zone has for the buddy allocator: managed (3.x+), else present on older kernels.
std::uint64_t zoneManagedPages(std::optional<std::uint64_t> managed, std::optional<std::uint64_t> present);
// A zone without pages (Movable or Device when unused) has watermarks but nothing to compare.
bool zonePopulated(std::optional<std::uint64_t> managed, std::optional<std::uint64_t> present);

// The kernel's default min_free_kbytes for this much low memory: int_sqrt(lowmem_kbytes * 16),
// clamped to 128 KiB .. 256 MiB (the upper clamp was 64 MiB before 5.7).
std::uint64_t defaultMinFreeKbytes(std::uint64_t lowmemKbytes);

// Zones the kernel counts as low memory for min_free_kbytes: those an ordinary GFP_USER
// allocation may use (DMA, DMA32, Normal), not HighMem, Movable or Device.
bool isLowmemZone(std::string_view zoneName);

// The distance low - min (and high - low) that __setup_per_zone_wmarks gives a zone:
// max(min / 4, managed * watermark_scale_factor / 10000).
std::uint64_t watermarkDistance(std::uint64_t minPages, std::uint64_t managedPages, std::uint64_t scaleFactor);

// A zone's share of min_free_kbytes in pages: pages_min * managed / lowmem_pages.
std::uint64_t zoneMinShare(
    std::uint64_t minFreeKbytes, std::uint64_t pageSize, std::uint64_t managedPages, std::uint64_t lowmemPages);

// The highest order with a free block (buddyinfo counts, index = order), -1 when none: what the
// largest physically contiguous allocation can get without compaction.
int largestFreeOrder(const std::vector<std::uint64_t>& freeBlocks);
// The size of a block of 2^order pages in KiB; 0 for an order no kernel has.
std::uint64_t blockKiB(int order, std::uint64_t pageSize);

} // namespace vmscope
