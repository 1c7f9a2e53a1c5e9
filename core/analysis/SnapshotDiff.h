#pragma once

#include "core/model/Vma.h"

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace vmscope {

// How a VMA differs from the previous snapshot of its process, for the change highlights,
// strongest first. SharingChanged only with DiffDetail::PageCounts: the same RSS, but pages
// changed hands (Private_Dirty grew as Shared_Dirty shrank after a fork's copy-on-write).
// Grown and Shrunk: two moments compared (the compare view), a region both have whose first moved
// figure of Size, RSS, PSS and swap went up or down (regionChangeKind).
enum class ChangeKind { None, Appeared, Resized, RssChanged, SharingChanged, Grown, Shrunk };

// What counts as a change besides a VMA's appearing and size. SizeAndRss: what a live refresh
// lights (PSS moves whenever another process maps or unmaps a library: lighting it would light
// the whole table). PageCounts: also PSS, Shared_/Private_Clean/Dirty and Swap — what an
// experiment's step did to its process.
enum class DiffDetail { SizeAndRss, PageCounts };

// What changed between two snapshots of one process, VMAs matched by start address. Pure and
// thread-safe: the reader computes it on its worker next to the read, so on a 60,000-VMA
// process the GUI thread only applies it (comparing every VMA took it about 10 ms a refresh).
struct SnapshotDiff {
    std::shared_ptr<const MemoryMap> previous; // the snapshot compared against
    std::shared_ptr<const MemoryMap> next;
    std::vector<bool> unchanged; // per VMA of `next`: `previous` has it with every shown value equal
    std::vector<std::pair<std::uint64_t, ChangeKind>> changes; // by start, ascending
    std::vector<std::uint32_t> vanished; // indices into previous->vmas
};

// Empty (but for the two maps) when either map is missing.
SnapshotDiff diffSnapshots(std::shared_ptr<const MemoryMap> previous, std::shared_ptr<const MemoryMap> next,
    DiffDetail detail = DiffDetail::SizeAndRss);

// Everything a table cell or tooltip shows of a VMA is equal (the index into the map aside).
bool sameVma(const MemoryMap& mapA, const Vma& a, const MemoryMap& mapB, const Vma& b);

// Two regions are the same mapping: the same start and the same object behind it (path,
// device and inode; " (deleted)" aside: a file unlinked after mapping is still that mapping).
// A region at the same start with another object was unmapped and replaced: removed and added.
bool sameRegion(const Vma& a, const Vma& b);

// A region both moments have, with what moved (kB; after - before). Size moves when it grew or
// shrank in place ([heap] after brk: same start, larger end).
struct RegionChange {
    std::uint32_t before = 0; // index into a.vmas
    std::uint32_t after = 0; // index into b.vmas
    std::int64_t sizeDeltaKb = 0;
    std::int64_t rssDeltaKb = 0;
    std::int64_t pssDeltaKb = 0;
    std::int64_t swapDeltaKb = 0;
};

// The regions of one process compared between two moments ("vmscope-cli diff --pid", the
// GUI's compare view), matched by start and sameRegion. Changed lists only regions whose Size,
// Rss, Pss or Swap moved (from maps alone only Size), largest |Pss delta| first, then by Size and
// start; added and removed are ascending by start.
struct RegionDiff {
    std::vector<std::uint32_t> added; // indices into b.vmas
    std::vector<std::uint32_t> removed; // indices into a.vmas
    std::vector<RegionChange> changed;

    bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

RegionDiff diffRegions(const MemoryMap& a, const MemoryMap& b);

// A region only one moment has as a change from or to nothing (added: +Size, +RSS, ...;
// removed: their negatives), so that a table lists all four kinds alike.
RegionChange regionAddedOrRemoved(const Vma& vma, std::uint32_t index, bool added);

// Grown or Shrunk by the first figure that moved, in the order Size, RSS, PSS, swap (a heap
// that grew by brk but lost RSS to swap grew); None when nothing moved.
ChangeKind regionChangeKind(const RegionChange& change);
// The regions of b to mark on its map, by start ascending: added Appeared, changed Grown or
// Shrunk (removed regions are not in b).
std::vector<std::pair<std::uint64_t, ChangeKind>> regionDiffMarks(const MemoryMap& b, const RegionDiff& diff);

} // namespace vmscope
