#include "core/analysis/MapScale.h"

#include <algorithm>
#include <cmath>

namespace vmscope {

double MapScale::compressedLength(std::uint64_t bytes)
{
    constexpr double kPage = 4096.0;
    const double pages = double(bytes) / kPage;
    return pages <= 1.0 ? 1.0 : 1.0 + std::log2(pages);
}

MapScale::MapScale(const std::vector<Vma>& vmas, const MapScaleOptions& options)
    : m_options(options)
{
    const PagingMode paging = options.paging;
    const std::uint64_t userLast = userSpaceLast(paging);
    const std::uint64_t kernelStart = kernelSpaceStart(paging);
    const std::uint64_t spaceLast = addressSpaceLast(paging);
    m_userSpan = double(userLast) + 1.0;
    m_userEnd = -1;

    m_background.push_back({ MapSegment::Kind::Gap, 0, userLast, MapSegment::kNoIndex });
    if (hasNonCanonicalHole(paging))
        m_background.push_back({ MapSegment::Kind::NonCanonical, userLast + 1, kernelStart - 1, MapSegment::kNoIndex });
    if (options.kernelExpanded) {
        const std::vector<KernelRegion>& regions = kernelRegions(paging);
        for (std::size_t i = 0; i < regions.size(); ++i)
            m_background.push_back(
                { MapSegment::Kind::Kernel, regions[i].start, regions[i].last, static_cast<std::uint32_t>(i) });
    } else {
        m_background.push_back({ MapSegment::Kind::Kernel, kernelStart, spaceLast, MapSegment::kNoIndex });
    }

    // Every VMA splits one segment off the background, so at most 2n + background segments.
    m_segments.reserve(2 * vmas.size() + m_background.size() + 1);
    m_vmaSegment.assign(vmas.size(), MapSegment::kNoIndex);
    std::uint64_t cursor = 0; // first address not yet covered
    bool reachedTop = false; // cursor wrapped past 2^64 - 1
    for (std::size_t i = 0; i < vmas.size() && !reachedTop; ++i) {
        const Vma& v = vmas[i];
        // maps lists VMAs ascending and disjoint; a broken capture must not make positions
        // run backwards, so an overlap is clipped and an empty range skipped.
        const std::uint64_t start = std::max(v.start, cursor);
        if (v.end <= start)
            continue;
        if (start > cursor)
            fillBackground(cursor, start - 1);
        m_vmaSegment[i] = static_cast<std::uint32_t>(m_segments.size());
        addSegment(MapSegment::Kind::Vma, start, v.end - 1, static_cast<std::uint32_t>(i));
        cursor = v.end;
        reachedTop = v.end == 0;
    }
    if (!reachedTop && (cursor <= spaceLast))
        fillBackground(cursor, spaceLast);
    if (m_userEnd < 0)
        m_userEnd = m_total;
    m_background.clear();
    m_background.shrink_to_fit();
}

void MapScale::fillBackground(std::uint64_t from, std::uint64_t to)
{
    while (m_backgroundCursor < m_background.size() && m_background[m_backgroundCursor].last < from)
        ++m_backgroundCursor;
    for (std::size_t b = m_backgroundCursor; b < m_background.size() && m_background[b].start <= to; ++b) {
        const Background& bg = m_background[b];
        addSegment(bg.kind, std::max(from, bg.start), std::min(to, bg.last), bg.index);
        if (bg.last > to)
            break;
        m_backgroundCursor = b + 1;
    }
}

double MapScale::lengthOf(const MapSegment& s) const
{
    const bool linear = m_options.mode == ScaleMode::Linear;
    switch (s.kind) {
    case MapSegment::Kind::Vma:
        return linear ? s.span() : compressedLength(s.bytes());
    case MapSegment::Kind::Gap:
        return linear ? s.span() : kBreakLength;
    case MapSegment::Kind::NonCanonical:
        return linear ? kLinearBreakShare * m_userSpan : kNonCanonicalLength;
    case MapSegment::Kind::Kernel:
        if (s.index == MapSegment::kNoIndex) {
            // Collapsed kernel space is one block; a VMA inside it ([vsyscall]) cuts it into
            // pieces that share the block's length by size, so the block does not double.
            const double budget = linear ? kLinearBreakShare * m_userSpan : kKernelLength;
            const PagingMode paging = m_options.paging;
            const double kernelSpan = double(addressSpaceLast(paging) - kernelSpaceStart(paging)) + 1.0;
            return budget * std::max(s.span() / kernelSpan, 0.05);
        }
        if (linear)
            return s.span();
        return kernelRegions(m_options.paging)[s.index].hole ? kBreakLength : kKernelLength;
    }
    return 1.0;
}

void MapScale::addSegment(MapSegment::Kind kind, std::uint64_t start, std::uint64_t last, std::uint32_t index)
{
    MapSegment s;
    s.kind = kind;
    s.index = index;
    s.start = start;
    s.last = last;
    s.position = m_total;
    const bool linear = m_options.mode == ScaleMode::Linear;
    switch (kind) {
    case MapSegment::Kind::Vma:
        s.fixedLength = false;
        break;
    case MapSegment::Kind::Gap:
        s.fixedLength = !linear;
        break;
    case MapSegment::Kind::NonCanonical:
        s.fixedLength = true;
        break;
    case MapSegment::Kind::Kernel:
        s.fixedLength = !linear || index == MapSegment::kNoIndex;
        break;
    }
    if (m_userEnd < 0 && start > userSpaceLast(m_options.paging))
        m_userEnd = m_total;
    m_total += lengthOf(s);
    m_segments.push_back(s);
}

std::size_t MapScale::segmentOfAddress(std::uint64_t address) const
{
    if (m_segments.empty())
        return npos;
    const auto it = std::upper_bound(m_segments.begin(), m_segments.end(), address,
        [](std::uint64_t a, const MapSegment& s) { return a < s.start; });
    return it == m_segments.begin() ? 0 : static_cast<std::size_t>(it - m_segments.begin()) - 1;
}

std::size_t MapScale::segmentAt(double position) const
{
    if (m_segments.empty())
        return npos;
    const auto it = std::upper_bound(
        m_segments.begin(), m_segments.end(), position, [](double p, const MapSegment& s) { return p < s.position; });
    return it == m_segments.begin() ? 0 : static_cast<std::size_t>(it - m_segments.begin()) - 1;
}

std::size_t MapScale::segmentOfVma(std::size_t vmaIndex) const
{
    if (vmaIndex >= m_vmaSegment.size() || m_vmaSegment[vmaIndex] == MapSegment::kNoIndex)
        return npos;
    return m_vmaSegment[vmaIndex];
}

double MapScale::positionIn(std::size_t i, std::uint64_t address) const
{
    const MapSegment& s = m_segments[i];
    const double end = segmentEnd(i);
    if (address <= s.start)
        return s.position;
    if (address > s.last)
        return end;
    const double fraction = double(address - s.start) / s.span();
    const double p = s.position + fraction * (end - s.position);
    // Rounding must not carry an address onto the next segment's first position.
    return p < end ? p : std::nextafter(end, s.position);
}

double MapScale::positionOf(std::uint64_t address) const
{
    const std::size_t i = segmentOfAddress(address);
    return i == npos ? 0.0 : positionIn(i, address);
}

std::uint64_t MapScale::addressAt(double position) const
{
    const std::size_t i = segmentAt(position);
    if (i == npos)
        return 0;
    const MapSegment& s = m_segments[i];
    if (position <= s.position)
        return s.start;
    const double end = segmentEnd(i);
    if (position >= end)
        return s.last;
    const double offset = (position - s.position) / (end - s.position) * s.span();
    const double maxOffset = double(s.last - s.start);
    if (offset >= maxOffset)
        return s.last;
    return s.start + static_cast<std::uint64_t>(offset);
}

} // namespace vmscope
