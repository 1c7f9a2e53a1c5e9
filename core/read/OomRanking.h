#pragma once

#include "core/analysis/OomBadness.h"
#include "core/analysis/OomScoreAdjChange.h"
#include "core/io/Source.h"
#include "core/read/ProcessReader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vmscope {

// One process as the OOM killer sees it: the kernel's own oom_score beside the parts it is made
// of, recomputed from status so that the score can be explained.
struct OomCandidate {
    int pid = 0;
    std::string name;
    std::string user;
    std::optional<std::uint32_t> uid;
    std::uint64_t rssKiB = 0; // VmRSS
    std::uint64_t swapKiB = 0; // VmSwap
    std::uint64_t pageTablesKiB = 0; // VmPTE
    int oomScoreAdj = 0;
    std::optional<std::int64_t> oomScore; // /proc/PID/oom_score as the kernel printed it
    OomBadness badness;
    std::optional<std::int64_t> expectedScore; // what the formula of this kernel gives
};

// The policy around the killer, from /proc/sys/vm (absent when unreadable).
struct OomPolicy {
    std::optional<std::int64_t> oomKillAllocatingTask; // 1: kill the task that asked, no scan
    std::optional<std::int64_t> panicOnOom; // 1/2: panic instead of killing
    std::optional<std::int64_t> oomDumpTasks; // 1: log the task table with each kill
    std::optional<std::int64_t> overcommitMemory; // 0 heuristic, 1 always, 2 strict
    std::optional<std::int64_t> overcommitRatio;
    std::optional<std::int64_t> overcommitKbytes;
};

struct OomRanking {
    // Highest oom_score first (the kernel's figure; the recomputed points where it is missing),
    // then by pid. The first candidate that is not exempt is the one killed first.
    std::vector<OomCandidate> candidates;
    std::vector<UnreadableProcess> unreadable;
    std::size_t vanished = 0;
    std::uint64_t totalPages = 0; // RAM + swap, pages
    std::uint64_t pageSizeKiB = 4;
    std::optional<KernelRelease> release;
    OomScoreScale scale = OomScoreScale::Doubled;
    OomPolicy policy;
    // Who is reading (the proc root's self/status: uid and CAP_SYS_RESOURCE), to say before a
    // write whether the kernel will take a new oom_score_adj. Absent for a copied proc root.
    std::optional<WriterPrivileges> readerPrivileges;

    // Index of the task a global OOM kill would choose now, if any.
    std::optional<std::size_t> firstVictim() const;
};

// Reads status, oom_score and oom_score_adj of every user process (kernel threads are never
// candidates), meminfo for the total, /proc/version for the formula and sys/vm for the policy.
OomRanking readOomRanking(const Source& source);

// Orders candidates as OomRanking::candidates are ordered.
void sortOomCandidates(std::vector<OomCandidate>& candidates);

} // namespace vmscope
