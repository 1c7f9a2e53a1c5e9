#pragma once

#include "core/io/CaptureWriter.h"
#include "core/io/Source.h"
#include "core/io/TarSource.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

// What a capture holds of each process, named as in /proc/PID.
inline constexpr std::string_view kCaptureProcessFiles[]
    = { "maps", "smaps", "smaps_rollup", "status", "statm", "stat", "cmdline", "oom_score", "oom_score_adj", "limits" };
// And of the system, named as in /proc; besides these every file of sys/vm and the "address
// sizes" line of cpuinfo (all AddressSpaceLayout reads of it) in a member "cpuinfo".
inline constexpr std::string_view kCaptureSystemFiles[] = { "meminfo", "zoneinfo", "buddyinfo", "pagetypeinfo",
    "vmstat", "slabinfo", "vmallocinfo", "iomem", "pressure/memory", "version" };

struct CaptureUnreadable {
    std::string path; // below the proc root: "1/smaps", "slabinfo"
    std::string error; // the errno's name: "EACCES", "ENOENT"
    std::string reason; // the sentence of the read error
};

struct CaptureSampleResult {
    std::vector<int> pids; // the processes captured, ascending
    std::vector<int> gone; // asked for or listed, but exited before their files were read
    std::vector<CaptureUnreadable> unreadable;
    std::size_t files = 0; // members written
};

// Reads one sample of a proc root from `source` into `writer`, below `folder` ("" for the root of
// the archive, "sample-0002" in a series): the system files, then each process of `pids` (all
// that the source lists when nullopt). A file that cannot be read is listed, not fatal; a process
// whose folder is gone after a read failed is "gone" and none of its files is written (each
// process is read whole before it is written). `progress` is told (done, total) per process.
// Fails only when the process list cannot be read or the writer fails.
Result<CaptureSampleResult> captureSample(const Source& source, CaptureWriter& writer, const std::string& folder,
    const std::optional<std::vector<int>>& pids,
    const std::function<void(std::size_t done, std::size_t total)>& progress = {});

// vmscope.json at the root of a capture: who wrote it, where, when, and per sample what was
// captured, gone or unreadable. One sample with an empty folder is written flat (pids, gone,
// unreadable at the top); a series as "samples". `tool` "vmscope-cli" or "vmscope".
struct CaptureMetadataSample {
    std::string folder; // "" for a single capture, "sample-0001" in a series
    std::string time; // captureIsoTime()
    CaptureSampleResult result;
};
std::string captureMetadataJson(std::string_view tool, std::string_view version, std::string_view sourceDescription,
    std::chrono::system_clock::time_point start, const std::vector<CaptureMetadataSample>& samples);
// "2026-12-03T16:22:09.123Z"
std::string captureIsoTime(std::chrono::system_clock::time_point when);

// One sample at the root of `writer` with its vmscope.json, then finish() (the file is renamed into
// place). What `vmscope-cli capture` without --count and the GUI's Save capture write.
Result<CaptureSampleResult> captureOnce(const Source& source, CaptureWriter& writer,
    const std::optional<std::vector<int>>& pids, std::string_view tool, std::string_view version,
    const std::function<void(std::size_t done, std::size_t total)>& progress = {});

// A snapshot: captureOnce into memory, served back as a TarSource that never changes (named
// `name` in its messages). Nothing is written to disk.
Result<std::shared_ptr<const TarSource>> captureToMemory(const Source& source,
    const std::optional<std::vector<int>>& pids, std::string name, std::string_view tool, std::string_view version,
    const std::function<void(std::size_t done, std::size_t total)>& progress = {});

} // namespace vmscope
