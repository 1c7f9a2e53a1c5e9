#include "core/analysis/Watermarks.h"

#include "core/model/Saturating.h"

#include <algorithm>
#include <cmath>

namespace vmscope {

WatermarkState watermarkState(std::uint64_t free, std::uint64_t min, std::uint64_t low, std::uint64_t high)
{
    if (free <= min)
        return WatermarkState::BelowMin;
    if (free <= low)
        return WatermarkState::BelowLow;
    if (free <= high)
        return WatermarkState::BetweenLowAndHigh;
    return WatermarkState::AboveHigh;
}

std::optional<WatermarkState> watermarkState(std::optional<std::uint64_t> free, std::optional<std::uint64_t> min,
    std::optional<std::uint64_t> low, std::optional<std::uint64_t> high)
{
    if (!free || !min || !low || !high)
        return std::nullopt;
    return watermarkState(*free, *min, *low, *high);
}

std::string_view watermarkStateName(WatermarkState state)
{
    switch (state) {
    case WatermarkState::BelowMin:
        return "below_min";
    case WatermarkState::BelowLow:
        return "below_low";
    case WatermarkState::BetweenLowAndHigh:
        return "between_low_and_high";
    case WatermarkState::AboveHigh:
        return "above_high";
    }
    return {};
}

std::string_view watermarkStateText(WatermarkState state)
{
    switch (state) {
    case WatermarkState::BelowMin:
        return "below min: direct reclaim";
    case WatermarkState::BelowLow:
        return "below low: kswapd woken";
    case WatermarkState::BetweenLowAndHigh:
        return "below high: kswapd reclaiming";
    case WatermarkState::AboveHigh:
        return "above high";
    }
    return {};
}

std::uint64_t zoneManagedPages(std::optional<std::uint64_t> managed, std::optional<std::uint64_t> present)
{
    return managed.value_or(present.value_or(0));
}

bool zonePopulated(std::optional<std::uint64_t> managed, std::optional<std::uint64_t> present)
{
    return zoneManagedPages(managed, present) > 0;
}

std::uint64_t defaultMinFreeKbytes(std::uint64_t lowmemKbytes)
{
    constexpr std::uint64_t kFloorKbytes = 128;
    constexpr std::uint64_t kCeilingKbytes = 262144;
    // From 4 TiB of lowmem on the root reaches the ceiling: said so before multiplying, so a
    // hostile MemTotal near 2^64 neither wraps the product nor the squares below.
    if (lowmemKbytes >= (kCeilingKbytes * kCeilingKbytes) / 16)
        return kCeilingKbytes;
    // int_sqrt: the floor of the square root, exact for the sizes memory has.
    const std::uint64_t product = lowmemKbytes * 16;
    auto root = static_cast<std::uint64_t>(std::sqrt(static_cast<long double>(product)));
    while (root * root > product)
        --root;
    while ((root + 1) * (root + 1) <= product)
        ++root;
    return std::clamp(root, kFloorKbytes, kCeilingKbytes);
}

bool isLowmemZone(std::string_view zoneName)
{
    return zoneName == "DMA" || zoneName == "DMA32" || zoneName == "Normal";
}

std::uint64_t watermarkDistance(std::uint64_t minPages, std::uint64_t managedPages, std::uint64_t scaleFactor)
{
    return std::max(minPages / 4, saturatingMulDiv(managedPages, scaleFactor, 10000));
}

std::uint64_t zoneMinShare(
    std::uint64_t minFreeKbytes, std::uint64_t pageSize, std::uint64_t managedPages, std::uint64_t lowmemPages)
{
    if (lowmemPages == 0 || pageSize < 1024)
        return 0;
    const std::uint64_t pagesMin = minFreeKbytes / (pageSize / 1024);
    return saturatingMulDiv(pagesMin, managedPages, lowmemPages);
}

int largestFreeOrder(const std::vector<std::uint64_t>& freeBlocks)
{
    for (std::size_t order = freeBlocks.size(); order > 0; --order)
        if (freeBlocks[order - 1] != 0)
            return static_cast<int>(order - 1);
    return -1;
}

std::uint64_t blockKiB(int order, std::uint64_t pageSize)
{
    if (order < 0 || order > 40)
        return 0;
    return saturatingShiftLeft(pageSize / 1024, static_cast<unsigned>(order));
}

} // namespace vmscope
