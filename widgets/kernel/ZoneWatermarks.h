#pragma once

#include "core/analysis/VmTuning.h"
#include "core/analysis/Watermarks.h"
#include "core/sampling/SampleRules.h"
#include "core/sampling/SystemSample.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// What the zone panel's views share besides the kernel's rules (core/analysis/Watermarks.h):
// the gauge's axis and the machine-wide context of a zone.
namespace vmscope {

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

// What a zone's views need besides the zone itself: machine-wide figures of the same sample.
struct ZoneContext {
    std::uint64_t pageSize = 4096;
    double seconds = 0; // the sample's time on the sampler's clock
    std::uint64_t lowmemPages = 0; // lowmemManagedPages() of the sample
    int hugePageOrder = 9; // log2(Hugepagesize / page size): the order a huge page needs
    std::vector<std::string> nodeZoneNames; // every zone of this zone's node, index = protection[] index
    std::optional<VmTuning> tuning; // nullopt until /proc/sys/vm was read (or when unreadable)
};

} // namespace vmscope
