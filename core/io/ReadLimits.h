#pragma once

#include <cstddef>

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
};

} // namespace vmscope
