#include "widgets/kernel/ZoneWatermarks.h"

#include <algorithm>
#include <cmath>

namespace vmscope {

std::optional<WatermarkBand> classifyFree(const ZoneSample& zone)
{
    if (!zone.min || !zone.low || !zone.high)
        return std::nullopt;
    if (zone.free > *zone.high)
        return WatermarkBand::Comfortable;
    if (zone.free > *zone.low)
        return WatermarkBand::KswapdUntilHigh;
    if (zone.free > *zone.min)
        return WatermarkBand::KswapdWoken;
    return WatermarkBand::DirectReclaim;
}

std::uint64_t defaultMinFreeKbytes(std::uint64_t lowmemKbytes)
{
    constexpr std::uint64_t kFloorKbytes = 128;
    constexpr std::uint64_t kCeilingKbytes = 262144;
    // int_sqrt: the floor of the square root, exact for the sizes memory has.
    const std::uint64_t product = lowmemKbytes * 16;
    auto root = static_cast<std::uint64_t>(std::sqrt(static_cast<long double>(product)));
    while (root * root > product)
        --root;
    while ((root + 1) * (root + 1) <= product)
        ++root;
    return std::clamp(root, kFloorKbytes, kCeilingKbytes);
}

bool isLowmemZone(const std::string& zoneName)
{
    return zoneName == "DMA" || zoneName == "DMA32" || zoneName == "Normal";
}

std::uint64_t lowmemManagedPages(const std::vector<ZoneSample>& zones)
{
    std::uint64_t pages = 0;
    for (const ZoneSample& zone : zones)
        if (isLowmemZone(zone.zone))
            pages += zone.managed.value_or(zone.present.value_or(0));
    return pages;
}

std::uint64_t watermarkDistance(std::uint64_t minPages, std::uint64_t managedPages, std::uint64_t scaleFactor)
{
    return std::max(minPages / 4, managedPages * scaleFactor / 10000);
}

std::uint64_t zoneMinShare(
    std::uint64_t minFreeKbytes, std::uint64_t pageSize, std::uint64_t managedPages, std::uint64_t lowmemPages)
{
    if (lowmemPages == 0 || pageSize < 1024)
        return 0;
    const std::uint64_t pagesMin = minFreeKbytes / (pageSize / 1024);
    return pagesMin * managedPages / lowmemPages;
}

int largestFreeOrder(const ZoneSample& zone)
{
    return BuddyZone { zone.node, zone.zone, zone.freeBlocks }.largestOrder();
}

std::uint64_t blockKiB(int order, std::uint64_t pageSize)
{
    if (order < 0 || order > 40)
        return 0;
    return (pageSize / 1024) << order;
}

WatermarkScale::WatermarkScale(std::uint64_t min, std::uint64_t low, std::uint64_t high, std::uint64_t fullPages)
    : m_min(min)
    , m_low(std::max(low, min))
    , m_high(std::max(high, std::max(low, min)))
    , m_full(std::max<std::uint64_t>({ fullPages, m_high, 1 }))
{
}

double WatermarkScale::position(std::uint64_t pages) const
{
    // Linear from `from` to `to` over the height share [bottom, top]; a band of no width is a step.
    auto within = [pages](std::uint64_t from, std::uint64_t to, double bottom, double top) {
        if (to <= from)
            return top;
        return bottom + (top - bottom) * static_cast<double>(pages - from) / static_cast<double>(to - from);
    };
    if (m_high == 0) // no watermarks: plain linear
        return static_cast<double>(std::min(pages, m_full)) / static_cast<double>(m_full);
    if (pages <= m_min)
        return within(0, m_min, 0.0, kMinTop);
    if (pages <= m_low)
        return within(m_min, m_low, kMinTop, kLowTop);
    if (pages <= m_high)
        return within(m_low, m_high, kLowTop, kHighTop);
    if (m_full <= m_high)
        return 1.0;
    const double logSpan = std::log(static_cast<double>(m_full) / static_cast<double>(m_high));
    const double logValue = std::log(static_cast<double>(std::min(pages, m_full)) / static_cast<double>(m_high));
    return kHighTop + (1.0 - kHighTop) * logValue / logSpan;
}

VmTuning VmTuning::fromSysctls(const VmSysctls& sysctls)
{
    VmTuning tuning;
    tuning.minFreeKbytes = sysctls.number("min_free_kbytes");
    tuning.watermarkScaleFactor = sysctls.number("watermark_scale_factor");
    tuning.watermarkBoostFactor = sysctls.number("watermark_boost_factor");
    tuning.overcommitMemory = sysctls.number("overcommit_memory");
    tuning.overcommitRatio = sysctls.number("overcommit_ratio");
    tuning.overcommitKbytes = sysctls.number("overcommit_kbytes");
    if (const SysctlValue* ratio = sysctls.find("lowmem_reserve_ratio"))
        tuning.lowmemReserveRatio = ratio->numbers;
    return tuning;
}

std::optional<std::uint64_t> expectedCommitLimit(const SystemSample& sample, const VmTuning& tuning)
{
    const std::optional<std::uint64_t> memTotal = sample.memInfoValue("MemTotal");
    const std::optional<std::uint64_t> swapTotal = sample.memInfoValue("SwapTotal");
    const std::uint64_t pageKiB = std::max<std::uint64_t>(1, sample.pageSize / 1024);
    if (!memTotal || !swapTotal)
        return std::nullopt;
    std::uint64_t allowedKiB = 0;
    if (tuning.overcommitKbytes.value_or(0) > 0) {
        allowedKiB = static_cast<std::uint64_t>(*tuning.overcommitKbytes) / pageKiB * pageKiB;
    } else {
        if (!tuning.overcommitRatio || *tuning.overcommitRatio < 0)
            return std::nullopt;
        // In pages as the kernel does, so the result matches CommitLimit to the kB.
        const std::uint64_t hugetlbPages = sample.memInfoValue("Hugetlb").value_or(0) / pageKiB;
        const std::uint64_t ramPages = *memTotal / pageKiB;
        const std::uint64_t usable = ramPages > hugetlbPages ? ramPages - hugetlbPages : 0;
        allowedKiB = usable * static_cast<std::uint64_t>(*tuning.overcommitRatio) / 100 * pageKiB;
    }
    return allowedKiB + *swapTotal;
}

} // namespace vmscope
