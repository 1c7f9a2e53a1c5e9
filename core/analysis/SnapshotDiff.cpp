#include "core/analysis/SnapshotDiff.h"

#include "core/model/Saturating.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace vmscope {
namespace {
    bool sameFields(const SmapsFields& a, const SmapsFields& b)
    {
        if (a.presentMask() != b.presentMask() || a.extras().size() != b.extras().size())
            return false;
        for (std::size_t i = 0; i < kSmapsKeyCount; ++i)
            if (a.get(static_cast<SmapsKey>(i)) != b.get(static_cast<SmapsKey>(i)))
                return false;
        for (std::size_t i = 0; i < a.extras().size(); ++i) {
            const ExtraField& x = a.extras()[i];
            const ExtraField& y = b.extras()[i];
            if (x.name != y.name || x.text != y.text)
                return false;
        }
        return true;
    }

    bool sameFlags(const VmFlags& a, const VmFlags& b)
    {
        // VmFlags has no operator==; compare the printed codes without allocating per VMA.
        std::array<std::string_view, 64> left {};
        std::size_t count = 0;
        bool overflow = false;
        a.forEach([&](std::string_view code) {
            if (count < left.size())
                left[count++] = code;
            else
                overflow = true;
        });
        if (overflow)
            return a.codes() == b.codes();
        std::size_t i = 0;
        bool same = true;
        b.forEach([&](std::string_view code) {
            if (i >= count || left[i] != code)
                same = false;
            ++i;
        });
        return same && i == count;
    }

    bool samePageCounts(const SmapsFields& a, const SmapsFields& b)
    {
        for (const SmapsKey key : { SmapsKey::Pss, SmapsKey::Shared_Clean, SmapsKey::Shared_Dirty,
                 SmapsKey::Private_Clean, SmapsKey::Private_Dirty, SmapsKey::Swap })
            if (a.find(key) != b.find(key))
                return false;
        return true;
    }

    std::uint64_t relatedStart(const MemoryMap& map, const Vma& vma)
    {
        if (vma.relatedVma == kNoRelatedVma || vma.relatedVma >= map.vmas.size())
            return 0;
        return map.vmas[vma.relatedVma].start;
    }

    // The one walk of two maps ascending by start: a VMA only in the first, only in the second,
    // or in both (same start and `matches`; a start whose VMAs do not match is removed and added).
    template <typename Matches, typename OnlyFirst, typename OnlySecond, typename Both>
    void walkByStart(const MemoryMap& first, const MemoryMap& second, Matches matches, OnlyFirst onlyFirst,
        OnlySecond onlySecond, Both both)
    {
        std::size_t a = 0;
        std::size_t b = 0;
        while (a < first.vmas.size() || b < second.vmas.size()) {
            if (b == second.vmas.size() || (a < first.vmas.size() && first.vmas[a].start < second.vmas[b].start)) {
                onlyFirst(a++);
            } else if (a == first.vmas.size() || second.vmas[b].start < first.vmas[a].start) {
                onlySecond(b++);
            } else if (!matches(first.vmas[a], second.vmas[b])) {
                onlyFirst(a++);
                onlySecond(b++);
            } else {
                both(a++, b++);
            }
        }
    }

    std::int64_t fieldDelta(const Vma& before, const Vma& after, SmapsKey key)
    {
        return saturatingDelta(after.fields.get(key), before.fields.get(key));
    }

    RegionChange changeBetween(const Vma& before, const Vma& after, std::uint32_t beforeIndex, std::uint32_t afterIndex)
    {
        RegionChange change;
        change.before = beforeIndex;
        change.after = afterIndex;
        // Size from the address range: maps has no Size field. Bytes to kB, as smaps counts.
        change.sizeDeltaKb = saturatingDelta(after.size() / 1024, before.size() / 1024);
        change.rssDeltaKb = fieldDelta(before, after, SmapsKey::Rss);
        change.pssDeltaKb = fieldDelta(before, after, SmapsKey::Pss);
        change.swapDeltaKb = fieldDelta(before, after, SmapsKey::Swap);
        return change;
    }
} // namespace

bool sameVma(const MemoryMap& mapA, const Vma& a, const MemoryMap& mapB, const Vma& b)
{
    return a.start == b.start && a.end == b.end && a.offset == b.offset && a.inode == b.inode
        && a.devMajor == b.devMajor && a.devMinor == b.devMinor && a.perms == b.perms && a.deleted == b.deleted
        && a.kind == b.kind && a.reason == b.reason && relatedStart(mapA, a) == relatedStart(mapB, b)
        && a.path == b.path && sameFields(a.fields, b.fields) && sameFlags(a.flags, b.flags);
}

SnapshotDiff diffSnapshots(
    std::shared_ptr<const MemoryMap> previousMap, std::shared_ptr<const MemoryMap> nextMap, DiffDetail detail)
{
    SnapshotDiff diff;
    diff.previous = std::move(previousMap);
    diff.next = std::move(nextMap);
    if (!diff.previous || !diff.next)
        return diff;
    const MemoryMap& previous = *diff.previous;
    const MemoryMap& next = *diff.next;
    diff.unchanged.assign(next.vmas.size(), false);
    // Compared over the whole map, not per row, so a VMA that moves between groups (its
    // file was replaced at the same address) is not counted as vanished and appeared.
    walkByStart(
        previous, next, [](const Vma&, const Vma&) { return true; },
        [&](std::size_t a) { diff.vanished.push_back(static_cast<std::uint32_t>(a)); },
        [&](std::size_t b) { diff.changes.emplace_back(next.vmas[b].start, ChangeKind::Appeared); },
        [&](std::size_t a, std::size_t b) {
            const Vma& before = previous.vmas[a];
            const Vma& after = next.vmas[b];
            if (before.end != after.end)
                diff.changes.emplace_back(after.start, ChangeKind::Resized);
            else if (before.fields.find(SmapsKey::Rss) != after.fields.find(SmapsKey::Rss))
                diff.changes.emplace_back(after.start, ChangeKind::RssChanged);
            else if (detail == DiffDetail::PageCounts && !samePageCounts(before.fields, after.fields))
                diff.changes.emplace_back(after.start, ChangeKind::SharingChanged);
            diff.unchanged[b] = sameVma(previous, before, next, after);
        });
    return diff;
}

bool sameRegion(const Vma& a, const Vma& b)
{
    return a.start == b.start && a.path == b.path && a.inode == b.inode && a.devMajor == b.devMajor
        && a.devMinor == b.devMinor;
}

RegionDiff diffRegions(const MemoryMap& a, const MemoryMap& b)
{
    RegionDiff diff;
    walkByStart(
        a, b, sameRegion, [&](std::size_t i) { diff.removed.push_back(static_cast<std::uint32_t>(i)); },
        [&](std::size_t i) { diff.added.push_back(static_cast<std::uint32_t>(i)); },
        [&](std::size_t i, std::size_t j) {
            const RegionChange change
                = changeBetween(a.vmas[i], b.vmas[j], static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j));
            if (change.sizeDeltaKb != 0 || change.rssDeltaKb != 0 || change.pssDeltaKb != 0 || change.swapDeltaKb != 0)
                diff.changed.push_back(change);
        });
    std::stable_sort(diff.changed.begin(), diff.changed.end(), [](const RegionChange& x, const RegionChange& y) {
        if (deltaMagnitude(x.pssDeltaKb) != deltaMagnitude(y.pssDeltaKb))
            return deltaMagnitude(x.pssDeltaKb) > deltaMagnitude(y.pssDeltaKb);
        return deltaMagnitude(x.sizeDeltaKb) > deltaMagnitude(y.sizeDeltaKb);
    });
    return diff;
}

RegionChange regionAddedOrRemoved(const Vma& vma, std::uint32_t index, bool added)
{
    const Vma nothing;
    return added ? changeBetween(nothing, vma, 0, index) : changeBetween(vma, nothing, index, 0);
}

ChangeKind regionChangeKind(const RegionChange& change)
{
    for (const std::int64_t delta : { change.sizeDeltaKb, change.rssDeltaKb, change.pssDeltaKb, change.swapDeltaKb })
        if (delta != 0)
            return delta > 0 ? ChangeKind::Grown : ChangeKind::Shrunk;
    return ChangeKind::None;
}

std::vector<std::pair<std::uint64_t, ChangeKind>> regionDiffMarks(const MemoryMap& b, const RegionDiff& diff)
{
    std::vector<std::pair<std::uint64_t, ChangeKind>> marks;
    marks.reserve(diff.added.size() + diff.changed.size());
    for (const std::uint32_t i : diff.added)
        marks.emplace_back(b.vmas[i].start, ChangeKind::Appeared);
    for (const RegionChange& c : diff.changed)
        if (const ChangeKind kind = regionChangeKind(c); kind != ChangeKind::None)
            marks.emplace_back(b.vmas[c.after].start, kind);
    std::sort(marks.begin(), marks.end());
    return marks;
}

} // namespace vmscope
