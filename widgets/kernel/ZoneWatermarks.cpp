#include "widgets/kernel/ZoneWatermarks.h"

#include <algorithm>
#include <cmath>

namespace vmscope {

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

} // namespace vmscope
