#pragma once

#include "core/Result.h"
#include "core/analysis/Aggregator.h"
#include "core/read/ProcessReader.h"
#include "core/io/Source.h"
#include "core/model/Saturating.h"
#include "core/model/SystemMemory.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// "Who is using my RAM?": the system-wide breakdowns of smem (-p, -u, -m, -w), computed from
// what the core already reads. By process and by user come from smaps_rollup (cheap); by mapping
// needs every process's full smaps (a page-table walk each), so it runs on a pool of threads with
// progress and cancellation. Sizes are kB.
namespace vmscope {

// By process: ProcessListing (core/read/ProcessReader.h) already is that table.

struct UserUsage {
    std::string user; // login name, or the uid as text
    std::optional<std::uint32_t> uid;
    std::size_t processCount = 0;
    std::uint64_t uss = 0, pss = 0, rss = 0, swap = 0;
};
// One row per user of the readable processes, largest PSS first.
std::vector<UserUsage> usageByUser(const ProcessListing& listing);

struct MappingUsage {
    std::string path; // the mapping as smaps names it ("[heap]", "/usr/lib/.../libc.so.6", "[anon]")
    bool deleted = false;
    std::vector<int> pids; // the processes that map it, ascending
    std::uint64_t pss = 0, rss = 0, uss = 0, swap = 0;

    double averagePss() const { return pids.empty() ? 0.0 : double(pss) / double(pids.size()); }
    // The average in whole kB, in integers: a sum near 2^64 as a double rounds to 2^64, which no
    // uint64 holds (undefined behaviour to convert). Truncated as the CLI always printed it, or
    // rounded half up (`nearest`) as the GUI shows it; saturated (kSaturated) when the sum is.
    std::uint64_t averagePssKiB(bool nearest = false) const
    {
        if (pids.empty())
            return 0;
        if (pss == kSaturated)
            return kSaturated;
        const std::uint64_t n = pids.size();
        const std::uint64_t remainder = pss % n;
        return pss / n + (nearest && remainder >= n - remainder ? 1 : 0);
    }
};

struct MappingScanOptions {
    unsigned threads = 0; // 0: one per core
    // Called from worker threads after each process, with how many are done of how many.
    std::function<void(std::size_t done, std::size_t total)> progress;
    const std::atomic<bool>* cancel = nullptr; // checked between processes
};

struct MappingScan {
    std::vector<MappingUsage> mappings; // largest PSS first
    std::vector<UnreadableProcess> unreadable; // counted and named, never dropped
    std::size_t scanned = 0; // processes whose smaps went in
    std::size_t vanished = 0; // exited while being read
    std::size_t kernelThreads = 0; // no user memory, nothing to add
    bool cancelled = false;
};

// Reads the full smaps of each pid and sums per mapping across processes. Workers take the next
// pid from a shared counter and sum into their own table (merged at the end), so they share
// nothing else; the calling thread is one of them. An empty smaps is a kernel thread (counted,
// not an error); a pid listed twice is counted twice.
MappingScan scanMappings(const Source& source, const std::vector<int>& pids, const MappingScanOptions& options = {});

// smem -w: where the physical memory is, from meminfo.
enum class SystemAreaKind { FirmwareHardware, KernelImage, KernelDynamic, Userspace, Free };

struct SystemArea {
    SystemAreaKind kind = SystemAreaKind::Free; // the same as `area`, for a translated label
    std::string area; // "firmware/hardware", "kernel image", "kernel dynamic memory", "userspace memory", "free memory"
    std::uint64_t used = 0;
    std::uint64_t cache = 0; // reclaimable
    std::uint64_t noncache() const { return used >= cache ? used - cache : 0; }
};

struct SystemAreaOptions {
    std::optional<std::uint64_t> realRamKiB; // installed RAM; MemTotal when unknown (as smem without -R)
    std::optional<std::uint64_t> kernelImageKiB; // size of the kernel image; 0 when unknown (as smem without -K)
};

// Fails (Malformed) when meminfo lacks MemTotal, MemFree, AnonPages, Mapped, Buffers or Cached.
// SReclaimable (2.6.19+) counts as 0 when absent. Every area is in kB and saturates at 0.
Result<std::vector<SystemArea>> systemAreas(const MemInfo& memInfo, const SystemAreaOptions& options = {});

// The options smem needs flags for (-R, -K), found on the machine instead, with where each came
// from in words a person can check.
struct SystemAreaSetup {
    SystemAreaOptions options;
    // "192 memory blocks of 128 MiB in /sys/devices/system/memory", "given", or why it is unknown
    std::string realRamOrigin;
    // "/proc/iomem (Kernel code, rodata, data and bss)", "given", or why it is unknown
    std::string kernelImageOrigin;
};

// Fills what `given` leaves unset: the real RAM from the memory blocks of `sysSource` (a Source
// rooted at /sys; nullptr when there is none, e.g. for a capture of another machine) and the
// kernel image from `procSource`'s iomem (root only). Reads a few small files; never fails.
SystemAreaSetup detectSystemAreaOptions(
    const Source& procSource, const Source* sysSource, const SystemAreaOptions& given = {});

// A size as a person types it for --real-ram or the setting: "24G", "24 GiB", "1536M", "512k";
// a bare number is kB, like every size vmscope prints. Units are binary (G = 2^30 bytes).
// nullopt when it is not a size.
std::optional<std::uint64_t> parseSizeKiB(std::string_view text);

} // namespace vmscope
