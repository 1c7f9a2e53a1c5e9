#include "core/read/ProcessReader.h"

#include "core/analysis/Classifier.h"
#include "core/parse/MapsParser.h"
#include "core/parse/ParseUtil.h"
#include "core/read/SystemReader.h"

#include <algorithm>
#include <cerrno>
#include <mutex>
#include <pwd.h>
#include <unistd.h>
#include <unordered_map>

namespace vmscope {
namespace {

    std::string pidPath(int pid, std::string_view file)
    {
        return std::to_string(pid) + "/" + std::string(file);
    }

    // An empty maps/smaps is a kernel thread, or a process that is exiting: its memory goes
    // early in do_exit(), before it turns into a zombie whose status lingers until reaped.
    std::optional<Error> checkStillThere(const Source& source, int pid, const std::string& file)
    {
        auto status = readStatusOrStat(source, pid);
        if (!status)
            return status.error();
        if (hasExited(*status) || !isKernelThread(source, pid, *status))
            return Error::fromErrno(file, ESRCH, true);
        return std::nullopt;
    }

    std::string joinCommandLine(const std::vector<std::string>& args)
    {
        std::string out;
        for (const std::string& a : args) {
            if (!out.empty())
                out += ' ';
            out += a;
        }
        return out;
    }

} // namespace

// PF_KTHREAD in the flags of /proc/PID/stat (include/linux/sched.h).
constexpr std::uint64_t kPfKthread = 0x00200000;

// Kernel threads have no address space. status says so directly since 6.x (Kthread:);
// before, a task without VmSize might also be a user process that is exiting, so the
// flags field of stat decides.
bool isKernelThread(const Source& source, int pid, const ProcessStatus& status)
{
    if (status.kthread)
        return *status.kthread;
    auto stat = source.read(pidPath(pid, "stat"));
    if (!stat)
        return !status.vmSize.has_value();
    // "pid (comm) state ppid pgrp session tty_nr tpgid flags ...": comm may hold spaces
    // and parentheses, so count fields from the last ')'.
    std::string_view rest = *stat;
    const std::size_t paren = rest.rfind(')');
    if (paren == std::string_view::npos)
        return !status.vmSize.has_value();
    rest.remove_prefix(paren + 1);
    std::string_view field;
    for (int i = 0; i < 7; ++i)
        field = parse::nextToken(rest);
    std::uint64_t flags = 0;
    if (parse::parseUnsigned(field, flags) != parse::NumberError::None)
        return !status.vmSize.has_value();
    return (flags & kPfKthread) != 0;
}

bool hasExited(const ProcessStatus& status)
{
    return status.state == 'Z' || status.state == 'X';
}

std::string userName(std::uint32_t uid)
{
    static std::mutex mutex;
    static std::unordered_map<std::uint32_t, std::string> cache;
    std::lock_guard lock(mutex);
    if (auto it = cache.find(uid); it != cache.end())
        return it->second;
    std::string name = std::to_string(uid);
    passwd entry {};
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        name = found->pw_name;
    cache.emplace(uid, name);
    return name;
}

Result<MemoryMap> readMemoryMap(const Source& source, int pid, MapDetail detail)
{
    const std::string relative = pidPath(pid, detail == MapDetail::Smaps ? "smaps" : "maps");
    parse::MapsStreamParser parser(
        detail == MapDetail::Smaps ? parse::MapsStreamParser::Format::Smaps : parse::MapsStreamParser::Format::Maps,
        source.displayPath(relative));
    if (auto error = source.readStreaming(relative, [&](std::string_view chunk) { return parser.feed(chunk); }))
        return *error;
    auto vmas = parser.finish();
    if (!vmas)
        return vmas.error();
    if (vmas->empty())
        if (auto gone = checkStillThere(source, pid, source.displayPath(relative)))
            return *gone;
    classifyRegions(*vmas);
    MemoryMap map;
    map.pid = pid;
    map.vmas = std::move(*vmas);
    map.fromSmaps = detail == MapDetail::Smaps;
    return map;
}

Result<MemoryMap> readMemoryMapBestDetail(const Source& source, int pid)
{
    auto map = readMemoryMap(source, pid, MapDetail::Smaps);
    if (!map && map.error().isMissingFile())
        map = readMemoryMap(source, pid, MapDetail::Maps);
    return map;
}

Result<parse::SmapsRollup> readSmapsRollup(const Source& source, int pid)
{
    const std::string path = pidPath(pid, "smaps_rollup");
    auto bytes = source.read(path);
    if (!bytes)
        return bytes.error();
    return parse::parseSmapsRollup(*bytes, source.displayPath(path));
}

Result<ProcessSummary> readProcessSummary(const Source& source, int pid, const SummaryOptions& options)
{
    auto status = readStatusOrStat(source, pid);
    if (!status)
        return status.error();
    ProcessSummary summary;
    summary.pid = pid;
    summary.name = status->name;
    summary.uid = status->uid[0];
    summary.user = userName(status->uid[0]);
    // A zombie has exited: its status lingers until the parent reaps it, its memory does not.
    if (hasExited(*status))
        return Error::fromErrno(source.displayPath(pidPath(pid, "status")), ESRCH, true);
    summary.kernelThread = isKernelThread(source, pid, *status);
    if (auto args = readCmdline(source, pid); args && !args->empty())
        summary.commandLine = joinCommandLine(*args);
    else
        summary.commandLine = "[" + summary.name + "]";
    if (summary.kernelThread) {
        summary.vmaCount = 0;
        return summary;
    }

    auto rollup = readSmapsRollup(source, pid);
    if (rollup) {
        summary.totals.add(rollup->fields);
        summary.fromRollup = true;
    } else if (!rollup.error().isMissingFile() || !options.allowSmapsFallback) {
        // Only a rollup that does not exist means an older kernel; a directory, a symlink loop
        // or any other error at its place is reported as what it is.
        return rollup.error();
    } else {
        // smaps_rollup arrived in 4.14; before that, sum the full smaps. A missing rollup on
        // a process that is gone is reported as gone by the smaps read.
        auto map = readMemoryMap(source, pid, MapDetail::Smaps);
        if (!map)
            return map.error();
        summary.totals = sumAll(map->vmas);
        summary.vmaCount = map->vmas.size();
    }
    if (status->vmSize)
        summary.totals.fields.set(SmapsKey::Size, *status->vmSize);
    summary.peakRssKiB = status->vmHwm;
    summary.pageTablesKiB = status->vmPte;
    if (options.readOomScores) {
        // Details: a process that exits right now still has its totals.
        if (auto score = readOomScore(source, pid))
            summary.oomScore = *score;
        if (auto adj = readOomScoreAdj(source, pid))
            summary.oomScoreAdj = *adj;
    }

    if (options.countVmas && !summary.vmaCount) {
        // The count is a detail: a capture without maps, or a process that exits right now,
        // still has its totals.
        if (auto maps = source.read(pidPath(pid, "maps")))
            summary.vmaCount = static_cast<std::size_t>(std::count(maps->begin(), maps->end(), '\n'));
    }
    if (summary.vmaCount)
        summary.totals.vmaCount = *summary.vmaCount;
    return summary;
}

void appendSummaryFiles(std::vector<std::string>& files, int pid, const SummaryOptions& options)
{
    for (const char* file : { "status", "cmdline", "smaps_rollup" })
        files.push_back(pidPath(pid, file));
    if (options.countVmas)
        files.push_back(pidPath(pid, "maps"));
    if (options.readOomScores) {
        files.push_back(pidPath(pid, "oom_score"));
        files.push_back(pidPath(pid, "oom_score_adj"));
    }
}

ProcessListing readProcessListing(const Source& source, const ListingOptions& options)
{
    ProcessListing listing;
    auto pids = source.listPids();
    if (!pids)
        return listing;
    // Over ssh or through the root helper every read is a round trip: ask for all of them in one.
    std::vector<std::string> files;
    files.reserve(pids->size() * 6);
    for (int pid : *pids)
        appendSummaryFiles(files, pid, options.summary);
    source.prefetch(files);
    for (int pid : *pids) {
        auto summary = readProcessSummary(source, pid, options.summary);
        if (summary) {
            if (summary->kernelThread) {
                ++listing.kernelThreads;
                if (!options.includeKernelThreads)
                    continue;
            }
            listing.processes.push_back(std::move(*summary));
            continue;
        }
        const Error& error = summary.error();
        if (error.kind == ErrorKind::NoSuchProcess) {
            ++listing.vanished;
            continue;
        }
        UnreadableProcess bad;
        bad.pid = pid;
        bad.error = error;
        if (auto status = readStatusOrStat(source, pid)) {
            bad.name = status->name;
            bad.user = userName(status->uid[0]);
            if (status->isKernelThread()) {
                ++listing.kernelThreads;
                continue;
            }
        } else if (auto owner = source.processOwner(pid)) {
            bad.user = userName(*owner);
        }
        listing.unreadable.push_back(std::move(bad));
    }
    return listing;
}

} // namespace vmscope
