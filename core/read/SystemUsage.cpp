#include "core/read/SystemUsage.h"

#include "core/format/Units.h"
#include "core/model/Saturating.h"
#include "core/read/PhysicalMemoryReader.h"
#include "core/read/SystemReader.h"
#include "core/parse/ParseUtil.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace vmscope {
namespace {

    // Rows keyed by what tells mappings apart: the name, and whether the file was deleted
    // (a deleted /tmp/x and a new /tmp/x are different files).
    class MappingTable {
    public:
        void add(int pid, const MappingTotals& row)
        {
            MappingUsage& usage = find(row.mapping, row.deleted);
            usage.pids.push_back(pid);
            addSaturating(usage.pss, row.totals.pss());
            addSaturating(usage.rss, row.totals.rss());
            addSaturating(usage.uss, row.totals.uss());
            addSaturating(usage.swap, row.totals.swap());
        }

        void merge(const MappingTable& other)
        {
            for (const MappingUsage& theirs : other.m_rows) {
                MappingUsage& mine = find(theirs.path, theirs.deleted);
                mine.pids.insert(mine.pids.end(), theirs.pids.begin(), theirs.pids.end());
                addSaturating(mine.pss, theirs.pss);
                addSaturating(mine.rss, theirs.rss);
                addSaturating(mine.uss, theirs.uss);
                addSaturating(mine.swap, theirs.swap);
            }
        }

        std::vector<MappingUsage> takeSorted()
        {
            for (MappingUsage& m : m_rows)
                std::sort(m.pids.begin(), m.pids.end());
            std::sort(m_rows.begin(), m_rows.end(), [](const MappingUsage& a, const MappingUsage& b) {
                if (a.pss != b.pss)
                    return a.pss > b.pss;
                if (a.rss != b.rss)
                    return a.rss > b.rss;
                return std::tie(a.path, a.deleted) < std::tie(b.path, b.deleted);
            });
            return std::move(m_rows);
        }

    private:
        MappingUsage& find(const std::string& path, bool deleted)
        {
            std::string key = path;
            key += deleted ? '\1' : '\0';
            auto [it, inserted] = m_index.try_emplace(std::move(key), m_rows.size());
            if (inserted) {
                MappingUsage usage;
                usage.path = path;
                usage.deleted = deleted;
                m_rows.push_back(std::move(usage));
            }
            return m_rows[it->second];
        }

        std::unordered_map<std::string, std::size_t> m_index;
        std::vector<MappingUsage> m_rows;
    };

    // What one worker found; merged once all workers are done, so they share nothing but the
    // next pid to take.
    struct WorkerResult {
        MappingTable table;
        std::vector<UnreadableProcess> unreadable;
        std::size_t scanned = 0;
        std::size_t vanished = 0;
        std::size_t kernelThreads = 0;
    };

    // Names a process whose smaps could not be read, as far as its status still tells. A kernel
    // thread refused by a security module has no user memory to miss: counted as such.
    void addUnreadable(const Source& source, int pid, const Error& error, WorkerResult& result)
    {
        UnreadableProcess bad;
        bad.pid = pid;
        bad.error = error;
        if (auto status = readStatusOrStat(source, pid)) {
            if (status->isKernelThread()) {
                ++result.kernelThreads;
                return;
            }
            bad.name = status->name;
            bad.user = userName(status->uid[0]);
        } else if (auto owner = source.processOwner(pid)) {
            bad.user = userName(*owner);
        }
        result.unreadable.push_back(std::move(bad));
    }

    void scanOne(const Source& source, int pid, WorkerResult& result)
    {
        auto map = readMemoryMap(source, pid, MapDetail::Smaps);
        if (!map) {
            if (map.error().kind == ErrorKind::NoSuchProcess)
                ++result.vanished;
            else
                addUnreadable(source, pid, map.error(), result);
            return;
        }
        if (map->vmas.empty()) {
            ++result.kernelThreads;
            return;
        }
        ++result.scanned;
        for (const MappingTotals& row : sumByMapping(map->vmas))
            result.table.add(pid, row);
    }

} // namespace

std::vector<UserUsage> usageByUser(const ProcessListing& listing)
{
    std::vector<UserUsage> rows;
    // By uid when known (two uids may share a name in the password database); by name when not.
    std::unordered_map<std::string, std::size_t> indexByKey;
    for (const ProcessSummary& p : listing.processes) {
        if (p.kernelThread)
            continue;
        const std::string key = p.uid ? "#" + std::to_string(*p.uid) : "@" + p.user;
        auto [it, inserted] = indexByKey.try_emplace(key, rows.size());
        if (inserted) {
            UserUsage usage;
            usage.user = p.user;
            usage.uid = p.uid;
            rows.push_back(std::move(usage));
        }
        UserUsage& usage = rows[it->second];
        ++usage.processCount;
        addSaturating(usage.uss, p.totals.uss());
        addSaturating(usage.pss, p.totals.pss());
        addSaturating(usage.rss, p.totals.rss());
        addSaturating(usage.swap, p.totals.swap());
    }
    std::sort(rows.begin(), rows.end(), [](const UserUsage& a, const UserUsage& b) {
        if (a.pss != b.pss)
            return a.pss > b.pss;
        return a.user < b.user;
    });
    return rows;
}

MappingScan scanMappings(const Source& source, const std::vector<int>& pids, const MappingScanOptions& options)
{
    MappingScan scan;
    const std::size_t total = pids.size();
    unsigned threadCount = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    threadCount = static_cast<unsigned>(std::min<std::size_t>(threadCount, std::max<std::size_t>(total, 1)));

    std::atomic<std::size_t> next { 0 };
    std::atomic<std::size_t> done { 0 };
    std::atomic<bool> cancelled { false };
    std::vector<WorkerResult> results(threadCount);
    auto work = [&](WorkerResult& result) {
        while (true) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                return;
            }
            const std::size_t i = next.fetch_add(1);
            if (i >= total)
                return;
            scanOne(source, pids[i], result);
            const std::size_t finished = done.fetch_add(1) + 1;
            if (options.progress)
                options.progress(finished, total);
        }
    };
    // The calling thread is one of the workers: with one thread nothing is started at all.
    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < threadCount; ++t)
        helpers.emplace_back(work, std::ref(results[t]));
    work(results[0]);
    for (std::thread& h : helpers)
        h.join();

    MappingTable all;
    for (WorkerResult& r : results) {
        all.merge(r.table);
        scan.scanned += r.scanned;
        scan.vanished += r.vanished;
        scan.kernelThreads += r.kernelThreads;
        for (UnreadableProcess& u : r.unreadable)
            scan.unreadable.push_back(std::move(u));
    }
    std::sort(scan.unreadable.begin(), scan.unreadable.end(),
        [](const UnreadableProcess& a, const UnreadableProcess& b) { return a.pid < b.pid; });
    scan.mappings = all.takeSorted();
    scan.cancelled = cancelled;
    return scan;
}

Result<std::vector<SystemArea>> systemAreas(const MemInfo& memInfo, const SystemAreaOptions& options)
{
    std::string missing;
    auto need = [&](const char* key) {
        const auto value = memInfo.find(key);
        if (!value && missing.empty())
            missing = key;
        return value.value_or(0);
    };
    const std::uint64_t memTotal = need("MemTotal");
    const std::uint64_t memFree = need("MemFree");
    const std::uint64_t anonPages = need("AnonPages");
    const std::uint64_t mapped = need("Mapped");
    const std::uint64_t buffers = need("Buffers");
    const std::uint64_t cached = need("Cached");
    if (!missing.empty())
        return Error::malformed("meminfo", 0, "a '" + missing + ":' line, which the system areas need");
    const std::uint64_t slabReclaimable = memInfo.find("SReclaimable").value_or(0);

    // The formulas of smem's showsystem(), so the figures can be checked against it.
    const std::uint64_t realRam = options.realRamKiB.value_or(memTotal);
    const std::uint64_t kernelImage = options.kernelImageKiB.value_or(0);
    // MemTotal leaves out what firmware reserves and the kernel image: the rest of the real RAM.
    const std::uint64_t firmware = saturatingSub(realRam, saturatingAdd(memTotal, kernelImage));
    // Pages mapped into some process: anonymous ones and mapped page cache.
    const std::uint64_t userspace = saturatingAdd(anonPages, mapped);
    // Everything else that is not free belongs to the kernel: slab, page tables, unmapped cache.
    const std::uint64_t kernelDynamic = saturatingSub(saturatingSub(memTotal, memFree), userspace);
    // The reclaimable part of it: buffers, reclaimable slab and the page cache nobody maps.
    const std::uint64_t kernelCache
        = saturatingAdd(saturatingAdd(buffers, slabReclaimable), saturatingSub(cached, mapped));

    return std::vector<SystemArea> {
        { SystemAreaKind::FirmwareHardware, "firmware/hardware", firmware, 0 },
        { SystemAreaKind::KernelImage, "kernel image", kernelImage, 0 },
        { SystemAreaKind::KernelDynamic, "kernel dynamic memory", kernelDynamic, kernelCache },
        { SystemAreaKind::Userspace, "userspace memory", userspace, mapped },
        { SystemAreaKind::Free, "free memory", memFree, memFree },
    };
}

SystemAreaSetup detectSystemAreaOptions(
    const Source& procSource, const Source* sysSource, const SystemAreaOptions& given)
{
    SystemAreaSetup setup;
    setup.options = given;
    if (given.realRamKiB) {
        setup.realRamOrigin = "given";
    } else if (!sysSource) {
        setup.realRamOrigin = "unknown (no /sys for " + procSource.describe() + "): MemTotal used, as smem does";
    } else if (auto installed = readInstalledMemory(*sysSource)) {
        setup.options.realRamKiB = installed->kib();
        setup.realRamOrigin = std::to_string(installed->blocks) + " memory blocks of "
            + formatBytes(installed->blockBytes) + " in " + sysSource->displayPath("devices/system/memory");
        if (installed->offlineBlocks)
            setup.realRamOrigin
                += " (" + std::to_string(installed->offlineBlocks) + " offline: counted as firmware/hardware)";
    } else {
        setup.realRamOrigin = "unknown (" + installed.error().message() + "): MemTotal used, as smem does";
    }

    if (given.kernelImageKiB) {
        setup.kernelImageOrigin = "given";
    } else if (auto image = readKernelImageKiB(procSource); image && *image) {
        setup.options.kernelImageKiB = **image;
        setup.kernelImageOrigin = procSource.displayPath("iomem") + " (Kernel code, rodata, data and bss)";
    } else if (image) {
        setup.kernelImageOrigin = "unknown: " + procSource.displayPath("iomem")
            + " shows addresses to root only; counted as firmware/hardware";
    } else {
        setup.kernelImageOrigin = "unknown (" + image.error().message() + "); counted as firmware/hardware";
    }
    return setup;
}

std::optional<std::uint64_t> parseSizeKiB(std::string_view text)
{
    text = parse::trim(text);
    std::size_t digits = 0;
    while (digits < text.size() && ((text[digits] >= '0' && text[digits] <= '9') || text[digits] == '.'))
        ++digits;
    double number = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + digits, number);
    if (digits == 0 || ec != std::errc() || end != text.data() + digits || number < 0)
        return std::nullopt;
    std::string unit(parse::trim(text.substr(digits)));
    std::transform(unit.begin(), unit.end(), unit.begin(), [](char c) { return static_cast<char>(std::tolower(c)); });
    static const std::pair<std::string_view, double> kUnits[]
        = { { "", 1.0 }, { "k", 1.0 }, { "kb", 1.0 }, { "kib", 1.0 }, { "m", 1024.0 }, { "mb", 1024.0 },
              { "mib", 1024.0 }, { "g", 1024.0 * 1024 }, { "gb", 1024.0 * 1024 }, { "gib", 1024.0 * 1024 },
              { "t", 1024.0 * 1024 * 1024 }, { "tb", 1024.0 * 1024 * 1024 }, { "tib", 1024.0 * 1024 * 1024 } };
    for (const auto& [name, factor] : kUnits) {
        if (unit != name)
            continue;
        const double kib = number * factor;
        if (kib >= 18e18)
            return std::nullopt;
        return static_cast<std::uint64_t>(kib + 0.5);
    }
    return std::nullopt;
}

} // namespace vmscope
