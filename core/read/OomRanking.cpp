#include "core/read/OomRanking.h"

#include "core/model/Saturating.h"
#include "core/parse/ProcessParsers.h"
#include "core/read/SystemReader.h"

#include <algorithm>

namespace vmscope {
namespace {

    // The kernel reports sizes in kB and counts pages; status's VmSize (kB) over statm's size
    // (pages) is the page size of the machine the files came from, which for a capture or a
    // remote machine need not be this one's.
    std::optional<std::uint64_t> pageSizeKiBOf(const Source& source, int pid, const ProcessStatus& status)
    {
        if (!status.vmSize || *status.vmSize == 0)
            return std::nullopt;
        auto statm = readStatm(source, pid);
        if (!statm || statm->size == 0 || *status.vmSize % statm->size != 0)
            return std::nullopt;
        return *status.vmSize / statm->size;
    }

    OomPolicy readOomPolicy(const Source& source)
    {
        OomPolicy policy;
        auto sysctls = readVmSysctls(source);
        if (!sysctls)
            return policy;
        policy.oomKillAllocatingTask = sysctls->number("oom_kill_allocating_task");
        policy.panicOnOom = sysctls->number("panic_on_oom");
        policy.oomDumpTasks = sysctls->number("oom_dump_tasks");
        policy.overcommitMemory = sysctls->number("overcommit_memory");
        policy.overcommitRatio = sysctls->number("overcommit_ratio");
        policy.overcommitKbytes = sysctls->number("overcommit_kbytes");
        return policy;
    }

    std::int64_t rankingScore(const OomCandidate& candidate)
    {
        return candidate.oomScore.value_or(candidate.expectedScore.value_or(0));
    }

} // namespace

std::optional<std::size_t> OomRanking::firstVictim() const
{
    // select_bad_process() takes the highest badness among tasks it may kill.
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].badness.exempt)
            continue;
        if (!best || candidates[i].badness.points > candidates[*best].badness.points)
            best = i;
    }
    return best;
}

void sortOomCandidates(std::vector<OomCandidate>& candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const OomCandidate& a, const OomCandidate& b) {
        if (rankingScore(a) != rankingScore(b))
            return rankingScore(a) > rankingScore(b);
        if (a.badness.points != b.badness.points)
            return a.badness.points > b.badness.points;
        return a.pid < b.pid;
    });
}

OomRanking readOomRanking(const Source& source)
{
    OomRanking ranking;
    if (auto version = source.read("version"))
        ranking.release = parseKernelRelease(*version);
    else if (auto osrelease = source.read("sys/kernel/osrelease"))
        ranking.release = parseKernelRelease(*osrelease);
    // Without a release, assume the formula of every kernel since 5.9.
    ranking.scale = ranking.release ? oomScoreScaleFor(*ranking.release) : OomScoreScale::Doubled;
    ranking.policy = readOomPolicy(source);

    struct Read {
        int pid;
        ProcessStatus status;
    };
    std::vector<Read> readable;
    auto pids = source.listPids();
    if (!pids)
        return ranking;
    // Over ssh or through the root helper every read is a round trip: the statuses in one, then
    // the scores of the processes that have memory in another (Source::prefetch).
    std::vector<std::string> files;
    for (const int pid : *pids)
        files.push_back(std::to_string(pid) + "/status");
    source.prefetch(files);
    std::optional<std::uint64_t> pageSizeKiB;
    for (const int pid : *pids) {
        auto status = readStatus(source, pid);
        if (!status) {
            if (status.error().kind == ErrorKind::NoSuchProcess) {
                ++ranking.vanished;
                continue;
            }
            UnreadableProcess bad;
            bad.pid = pid;
            bad.error = status.error();
            if (auto owner = source.processOwner(pid))
                bad.user = userName(*owner);
            ranking.unreadable.push_back(std::move(bad));
            continue;
        }
        if (hasExited(*status) || isKernelThread(source, pid, *status))
            continue;
        if (!pageSizeKiB)
            pageSizeKiB = pageSizeKiBOf(source, pid, *status);
        readable.push_back({ pid, std::move(*status) });
    }
    ranking.pageSizeKiB = pageSizeKiB.value_or(4);
    if (auto self = source.read("self/status"))
        if (auto status = parse::parseStatus(*self, "self/status"))
            ranking.readerPrivileges = writerPrivilegesFromStatus(*status);
    if (auto meminfo = readMemInfo(source)) {
        const std::uint64_t totalKiB
            = saturatingAdd(meminfo->find("MemTotal").value_or(0), meminfo->find("SwapTotal").value_or(0));
        ranking.totalPages = totalKiB / ranking.pageSizeKiB;
    }

    files.clear();
    for (const Read& process : readable) {
        files.push_back(std::to_string(process.pid) + "/oom_score_adj");
        files.push_back(std::to_string(process.pid) + "/oom_score");
    }
    source.prefetch(files);
    for (Read& process : readable) {
        OomCandidate candidate;
        candidate.pid = process.pid;
        candidate.name = process.status.name;
        candidate.uid = process.status.uid[0];
        candidate.user = userName(process.status.uid[0]);
        candidate.rssKiB = process.status.vmRss.value_or(0);
        candidate.swapKiB = process.status.vmSwap.value_or(0);
        candidate.pageTablesKiB = process.status.vmPte.value_or(0);
        if (auto adj = readOomScoreAdj(source, process.pid))
            candidate.oomScoreAdj = *adj;
        if (auto score = readOomScore(source, process.pid))
            candidate.oomScore = *score;
        OomBadnessInput input;
        input.rssKiB = candidate.rssKiB;
        input.swapKiB = candidate.swapKiB;
        input.pageTablesKiB = candidate.pageTablesKiB;
        input.oomScoreAdj = candidate.oomScoreAdj;
        input.pageSizeKiB = ranking.pageSizeKiB;
        input.totalPages = ranking.totalPages;
        // is_global_init(): the init of the machine, not of a container.
        input.unkillable = process.pid == 1;
        candidate.badness = oomBadness(input);
        candidate.expectedScore = expectedOomScore(candidate.badness, ranking.totalPages, ranking.scale);
        ranking.candidates.push_back(std::move(candidate));
    }
    sortOomCandidates(ranking.candidates);
    return ranking;
}

} // namespace vmscope
