#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace vmscope {

// The kernel release as "major.minor.patch", from /proc/version or /proc/sys/kernel/osrelease
// ("Linux version 6.18.44-fc-v669 (...)" or "6.18.44-fc-v669"). Rules that changed between
// kernels (the oom_score scale) are chosen by it.
struct KernelRelease {
    int major = 0;
    int minor = 0;
    int patch = 0;

    constexpr bool atLeast(int wantMajor, int wantMinor, int wantPatch = 0) const
    {
        if (major != wantMajor)
            return major > wantMajor;
        if (minor != wantMinor)
            return minor > wantMinor;
        return patch >= wantPatch;
    }
};
std::optional<KernelRelease> parseKernelRelease(std::string_view versionText);

// What /proc/PID/oom_score means on a kernel (fs/proc/base.c proc_oom_score):
//  - Doubled (5.9+): (1000 + points * 1000 / totalpages) * 2 / 3, 0..2000; an ordinary small
//    task reads 666, one with oom_score_adj +1000 about 1332.
//  - PerMille (2.6.36 .. 5.8): points * 1000 / totalpages, at least 1: about the task's share of
//    RAM + swap in thousandths; before 4.17 a CAP_SYS_ADMIN task got 3 % off.
//  - Heuristic (before 2.6.36): the old badness() of size, CPU time, age and nice; it cannot be
//    recomputed from /proc, and oom_adj (-17..15) scaled it by powers of two.
enum class OomScoreScale { Heuristic, PerMille, Doubled };
OomScoreScale oomScoreScaleFor(const KernelRelease& release);

// oom_score_adj (Documentation/filesystems/proc.rst): -1000 never kills the task, +1000 makes it
// the first choice.
inline constexpr int kOomScoreAdjMin = -1000;
inline constexpr int kOomScoreAdjMax = 1000;

// What the OOM killer counts of one task, as /proc/PID/status shows it (kB).
struct OomBadnessInput {
    std::uint64_t rssKiB = 0; // VmRSS: RssAnon + RssFile + RssShmem
    std::uint64_t swapKiB = 0; // VmSwap: swap entries
    std::uint64_t pageTablesKiB = 0; // VmPTE: page-table pages
    int oomScoreAdj = 0;
    std::uint64_t pageSizeKiB = 4;
    // RAM + swap in pages: totalram_pages() + total_swap_pages, i.e. (MemTotal + SwapTotal) / page.
    std::uint64_t totalPages = 0;
    // oom_unkillable_task(): init (pid 1) and kernel threads are never chosen and read 0.
    bool unkillable = false;
};

// mm/oom_kill.c oom_badness() (3.10+): points = rss + swap entries + page-table pages, then
// oom_score_adj * (totalpages / 1000) added. The task with the most points is killed first;
// oom_score_adj -1000 exempts it.
struct OomBadness {
    std::uint64_t rssPages = 0;
    std::uint64_t swapPages = 0;
    std::uint64_t pageTablePages = 0;
    std::int64_t adjPoints = 0; // oom_score_adj * (totalPages / 1000); negative lowers the score
    std::int64_t points = 0; // rssPages + swapPages + pageTablePages + adjPoints
    bool exempt = false; // oom_score_adj -1000, init or a kernel thread: the killer never picks it
};
OomBadness oomBadness(const OomBadnessInput& input);

// The pages one point of oom_score_adj is worth: totalpages / 1000 (the kernel divides first), so
// that adjPoints = oom_score_adj * oomAdjUnitPages(totalPages). Views show it in the formula.
constexpr std::uint64_t oomAdjUnitPages(std::uint64_t totalPages)
{
    return totalPages / 1000;
}

// The value /proc/PID/oom_score should hold for these points on a kernel of `scale`; empty for
// the Heuristic era and without a total. Exempt tasks read 0.
std::optional<std::int64_t> expectedOomScore(const OomBadness& badness, std::uint64_t totalPages, OomScoreScale scale);

} // namespace vmscope
