#pragma once

#include "core/Result.h"
#include "core/io/Source.h"
#include "core/model/Saturating.h"

#include <cstdint>
#include <optional>

// The physical RAM as sysfs and /proc/iomem describe it, for smem -w's "firmware/hardware" and
// "kernel image" areas, which meminfo cannot tell (MemTotal leaves out what firmware reserves
// and the kernel image itself).
namespace vmscope {

struct InstalledMemory {
    std::uint64_t blockBytes = 0; // block_size_bytes
    std::size_t blocks = 0; // memoryN directories, online or not
    std::size_t offlineBlocks = 0; // present but not given to the kernel (hot-unplugged)
    // Block size x blocks, then kB: cutting the size to whole kB first would lose up to 1 kB a block.
    std::uint64_t kib() const { return saturatingMulDiv(blockBytes, blocks, 1024); }
};

// `sysSource` is rooted at /sys (a ProcRootSource("/sys") or a copy of it): reads
// devices/system/memory. Readable without root; missing on kernels without CONFIG_MEMORY_HOTPLUG
// (then Io with isMissingFile()).
Result<InstalledMemory> readInstalledMemory(const Source& sysSource);

// The kernel image's size in kB from `procSource`'s iomem; nullopt when the addresses are hidden
// from this user (only root sees them) or the kernel prints no image ranges.
Result<std::optional<std::uint64_t>> readKernelImageKiB(const Source& procSource);

} // namespace vmscope
