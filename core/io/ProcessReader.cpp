#include "core/io/ProcessReader.h"

#include "core/analysis/Classifier.h"
#include "core/io/SystemReader.h"
#include "core/parse/MapsParser.h"

#include <algorithm>
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

    // An empty maps/smaps is either a kernel thread or a process that exited between the
    // directory listing and the read; status tells which.
    std::optional<Error> checkStillThere(const Source& source, int pid)
    {
        auto status = readStatus(source, pid);
        if (!status)
            return status.error();
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
    auto bytes = source.read(relative);
    if (!bytes)
        return bytes.error();
    const std::string display = source.displayPath(relative);
    auto vmas = detail == MapDetail::Smaps ? parse::parseSmaps(*bytes, display) : parse::parseMaps(*bytes, display);
    if (!vmas)
        return vmas.error();
    if (vmas->empty())
        if (auto gone = checkStillThere(source, pid))
            return *gone;
    classifyRegions(*vmas);
    MemoryMap map;
    map.pid = pid;
    map.vmas = std::move(*vmas);
    map.fromSmaps = detail == MapDetail::Smaps;
    return map;
}

Result<ProcessSummary> readProcessSummary(const Source& source, int pid, const SummaryOptions& options)
{
    auto status = readStatus(source, pid);
    if (!status)
        return status.error();
    ProcessSummary summary;
    summary.pid = pid;
    summary.name = status->name;
    summary.uid = status->uid[0];
    summary.user = userName(status->uid[0]);
    summary.zombie = status->state == 'Z';
    summary.kernelThread = !summary.zombie && status->isKernelThread();
    if (auto args = readCmdline(source, pid); args && !args->empty())
        summary.commandLine = joinCommandLine(*args);
    else
        summary.commandLine = "[" + summary.name + "]" + (summary.zombie ? " <defunct>" : "");
    if (summary.kernelThread || summary.zombie) {
        summary.vmaCount = 0;
        return summary;
    }

    auto rollupBytes = source.read(pidPath(pid, "smaps_rollup"));
    if (rollupBytes) {
        auto rollup = parse::parseSmapsRollup(*rollupBytes, source.displayPath(pidPath(pid, "smaps_rollup")));
        if (!rollup)
            return rollup.error();
        summary.totals.add(rollup->fields);
        summary.fromRollup = true;
    } else if (rollupBytes.error().kind == ErrorKind::PermissionDenied || !options.allowSmapsFallback) {
        return rollupBytes.error();
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

    if (options.countVmas && !summary.vmaCount) {
        auto maps = source.read(pidPath(pid, "maps"));
        if (!maps)
            return maps.error();
        summary.vmaCount = static_cast<std::size_t>(std::count(maps->begin(), maps->end(), '\n'));
    }
    if (summary.vmaCount)
        summary.totals.vmaCount = *summary.vmaCount;
    return summary;
}

ProcessListing readProcessListing(const Source& source, const ListingOptions& options)
{
    ProcessListing listing;
    auto pids = source.listPids();
    if (!pids)
        return listing;
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
        if (auto status = readStatus(source, pid)) {
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
