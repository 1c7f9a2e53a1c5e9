#pragma once

#include "core/Result.h"
#include "core/analysis/Aggregator.h"
#include "core/io/Source.h"
#include "core/model/ProcessStatus.h"
#include "core/model/Vma.h"
#include "core/parse/MapsParser.h"

#include <optional>
#include <string>
#include <vector>

namespace vmscope {

enum class MapDetail {
    Maps, // addresses, permissions, paths: cheap
    Smaps, // plus every per-VMA counter: walks the page tables, costs the target latency
};

// Reads, parses and classifies a process's address space. An empty maps file is a kernel
// thread (valid, no VMAs); a process that is gone gives NoSuchProcess.
Result<MemoryMap> readMemoryMap(const Source& source, int pid, MapDetail detail);

// smaps, or maps where smaps is missing (a capture, an old kernel); a process that is gone has
// neither, and the maps read then reports that.
Result<MemoryMap> readMemoryMapBestDetail(const Source& source, int pid);

// /proc/PID/smaps_rollup (4.14+): one record summed over all VMAs, the only source of
// Pss_Anon/Pss_File/Pss_Shmem. An Io error (ENOENT) on older kernels, NoSuchProcess when the
// process is gone, Malformed naming the file and line when the bytes are not a rollup.
Result<parse::SmapsRollup> readSmapsRollup(const Source& source, int pid);

struct ProcessSummary {
    int pid = 0;
    std::string name; // status Name (the 15-character comm)
    std::string commandLine; // cmdline joined by spaces; "[name]" for kernel threads
    std::optional<std::uint32_t> uid; // real uid
    std::string user; // login name, or the uid as text
    bool kernelThread = false;
    Totals totals; // Size is VmSize from status; the rest from smaps_rollup or summed smaps
    bool fromRollup = false;
    std::optional<std::size_t> vmaCount;
    // From status (kB): VmHWM, the peak resident set, and VmPTE, the page tables.
    std::optional<std::uint64_t> peakRssKiB, pageTablesKiB;
    // oom_score and oom_score_adj, when SummaryOptions::readOomScores (two more small reads).
    std::optional<int> oomScore, oomScoreAdj;
};

struct SummaryOptions {
    bool countVmas = true; // counts the lines of maps (cheap, no page-table walk)
    bool allowSmapsFallback = true; // sum full smaps when smaps_rollup is missing (< 4.14)
    bool readOomScores = false; // the process list shows them; the CLI's tables do not
};

// Process totals for lists: smaps_rollup when present (one cheap record), else summed smaps.
Result<ProcessSummary> readProcessSummary(const Source& source, int pid, const SummaryOptions& options = {});

// The files readProcessSummary reads for `pid` with `options` (relative paths, "42/status"),
// appended to `files`: what a listing prefetches (Source::prefetch) so that a remote refresh is
// one round trip. Kept beside readProcessSummary: a file it starts reading belongs here too.
void appendSummaryFiles(std::vector<std::string>& files, int pid, const SummaryOptions& options);

struct UnreadableProcess {
    int pid = 0;
    std::string name; // when status was readable
    std::string user;
    Error error;
};

struct ProcessListing {
    std::vector<ProcessSummary> processes;
    std::vector<UnreadableProcess> unreadable; // permission denied: counted and named, never dropped
    std::size_t kernelThreads = 0; // no user memory; listed only on request
    std::size_t vanished = 0; // exited while being read
};

struct ListingOptions {
    SummaryOptions summary;
    bool includeKernelThreads = false;
};

ProcessListing readProcessListing(const Source& source, const ListingOptions& options = {});

// Kernel threads have no address space: status says so since 6.x (Kthread:), before that the
// PF_KTHREAD flag of stat.
bool isKernelThread(const Source& source, int pid, const ProcessStatus& status);
// A zombie (Z) or dead (X) task: its status lingers until reaped, its memory is gone.
bool hasExited(const ProcessStatus& status);

// Name of a uid from the password database, cached; the number as text when unknown.
std::string userName(std::uint32_t uid);

} // namespace vmscope
