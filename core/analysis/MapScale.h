#pragma once

#include "core/analysis/AddressSpaceLayout.h"
#include "core/model/Vma.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace vmscope {

enum class ScaleMode : std::uint8_t {
    // Each VMA as long as 1 + log2(size / 4 KiB) units, every unmapped gap a fixed-size break.
    Compressed,
    // True addresses: one unit per byte, so the sparseness of the address space shows.
    Linear,
};

struct MapScaleOptions {
    ScaleMode mode = ScaleMode::Compressed;
    PagingMode paging = PagingMode::Level4;
    // Kernel space as the documented regions, or as one block (plus any VMA in it, like
    // [vsyscall]).
    bool kernelExpanded = false;
};

// A run of the address space drawn as one piece of the strip.
struct MapSegment {
    enum class Kind : std::uint8_t {
        Vma, // index: the VMA
        Gap, // unmapped user space between two VMAs (or below the first / above the last)
        Kernel, // index: a kernelRegions() entry, or kNoIndex for collapsed kernel space
        NonCanonical, // the hole between user and kernel space on x86_64
    };
    static constexpr std::uint32_t kNoIndex = 0xffffffffu;

    Kind kind = Kind::Gap;
    // Length does not follow the size: a compressed gap, a kernel region in compressed mode,
    // the non-canonical hole, collapsed kernel space. Drawn as a break.
    bool fixedLength = false;
    std::uint32_t index = kNoIndex;
    std::uint64_t start = 0;
    std::uint64_t last = 0; // inclusive: the top segment ends at 2^64
    double position = 0; // where the segment starts, in units from the bottom of the map

    // Bytes covered, as a double (the whole 64-bit space does not fit a uint64).
    double span() const { return double(last - start) + 1.0; }
    // Bytes covered; saturates at 2^64 - 1 for the one segment that could reach 2^64.
    std::uint64_t bytes() const { return last - start == ~std::uint64_t(0) ? last - start : last - start + 1; }
};

// The geometry of the address-space drawing, independent of pixels and Qt: the address
// space cut into segments laid end to end along one axis (position 0 = address 0). Inside a
// segment addresses and positions are linear, so positionOf and addressAt are monotonic,
// inverse of each other, and exact at segment edges. Built in O(n); lookups are O(log n).
class MapScale {
public:
    // Compressed mode: a 4 KiB page is one unit; an unmapped gap and a kernel hole are
    // kBreakLength; a documented kernel region or collapsed kernel space is kKernelLength.
    static constexpr double kBreakLength = 2.0;
    static constexpr double kKernelLength = 3.0;
    static constexpr double kNonCanonicalLength = 2.5;
    // Linear mode: the breaks that cannot be drawn to scale (the non-canonical hole is
    // ~16 EiB; collapsed kernel space) take this share of the user-space length.
    static constexpr double kLinearBreakShare = 0.04;

    MapScale() = default;
    MapScale(const std::vector<Vma>& vmas, const MapScaleOptions& options);

    // Length of a VMA in compressed mode. log2 rather than sqrt: VMA sizes span 4 KiB to
    // TiBs (33 octaves); sqrt still leaves a 90,000:1 range, so one large reservation makes
    // every page sub-pixel, while log2 gives each doubling the same length and keeps a page
    // at 1/14 of a 40 MiB arena. Size order is kept; the label tells the magnitude.
    static double compressedLength(std::uint64_t bytes);

    const MapScaleOptions& options() const { return m_options; }
    const std::vector<MapSegment>& segments() const { return m_segments; }
    std::size_t size() const { return m_segments.size(); }
    bool empty() const { return m_segments.empty(); }
    const MapSegment& segment(std::size_t i) const { return m_segments[i]; }
    // Where segment i ends: exactly the next one's position (the total for the last).
    double segmentEnd(std::size_t i) const { return i + 1 < m_segments.size() ? m_segments[i + 1].position : m_total; }
    double segmentLength(std::size_t i) const { return segmentEnd(i) - m_segments[i].position; }
    double totalLength() const { return m_total; }
    // Where user space ends and the non-canonical hole or kernel space begins.
    double userEnd() const { return m_userEnd; }

    // The segment holding an address / a position (clamped to the ends). O(log n).
    std::size_t segmentOfAddress(std::uint64_t address) const;
    std::size_t segmentAt(double position) const;
    // Segment of VMA `vmaIndex`, or npos.
    std::size_t segmentOfVma(std::size_t vmaIndex) const;
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    double positionOf(std::uint64_t address) const;
    std::uint64_t addressAt(double position) const;
    // Position inside a known segment (no search): for painting loops.
    double positionIn(std::size_t segment, std::uint64_t address) const;

private:
    void addSegment(MapSegment::Kind kind, std::uint64_t start, std::uint64_t last, std::uint32_t index);
    void fillBackground(std::uint64_t from, std::uint64_t to);
    double lengthOf(const MapSegment& s) const;

    struct Background {
        MapSegment::Kind kind;
        std::uint64_t start;
        std::uint64_t last;
        std::uint32_t index;
    };

    MapScaleOptions m_options;
    std::vector<MapSegment> m_segments;
    std::vector<std::uint32_t> m_vmaSegment; // VMA index → segment index
    std::vector<Background> m_background; // what lies under the VMAs, in address order
    std::size_t m_backgroundCursor = 0;
    double m_total = 0;
    double m_userEnd = 0;
    double m_userSpan = 0;
};

} // namespace vmscope
