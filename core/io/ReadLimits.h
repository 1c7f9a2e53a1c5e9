#pragma once

#include <cstddef>
#include <string>

namespace vmscope {

// The bounds on how much of one file vmscope reads: the one place to change them. /proc files
// are small (meminfo 1.5 KiB, vmstat 5 KiB) except smaps, which reaches about 40 MiB for a
// process with 65,530 VMAs, so both caps are far above anything the kernel writes. Beyond the
// cap a file is not a /proc file (a sparse file, a symlink to a huge file), and reading on would
// only exhaust memory.
struct ReadLimits {
    static constexpr std::size_t kMiB = 1024 * 1024;

    std::size_t maxFileBytes = 16 * kMiB; // every whole-file read
    std::size_t maxStreamedFileBytes = 256 * kMiB; // smaps and maps, parsed while read
    // A kernel log (/dev/kmsg, a saved dmesg or syslog file, standard input): the kernel keeps a
    // few MiB (log_buf_len, 32 MiB at most by default), a syslog file may hold days of them.
    std::size_t maxKernelLogBytes = 256 * kMiB;
    // A capture file (core/io/TarSource.h), read whole into memory once: an smemcap of a busy
    // machine is tens of MiB.
    std::size_t maxCaptureBytes = 1024 * kMiB;
};

// A cap as the error messages say it: "16 MiB", or "1024 bytes" when it is not whole MiB.
inline std::string describeReadCap(std::size_t bytes)
{
    if (bytes % ReadLimits::kMiB == 0)
        return std::to_string(bytes / ReadLimits::kMiB) + " MiB";
    return std::to_string(bytes) + " bytes";
}

} // namespace vmscope
