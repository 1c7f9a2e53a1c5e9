#pragma once

#include "core/Result.h"

#include <cstdint>
#include <optional>
#include <string_view>

// What the kernel tells about the physical RAM behind MemTotal: the memory blocks of sysfs
// (Documentation/admin-guide/mm/memory-hotplug.rst) and the kernel image's ranges in /proc/iomem.
namespace vmscope::parse {

// /sys/devices/system/memory/block_size_bytes: the block size in bytes, hex without "0x"
// ("8000000" is 128 MiB).
Result<std::uint64_t> parseMemoryBlockSize(std::string_view bytes, std::string_view fileName);

// The kernel image's size in bytes: the "Kernel code", "Kernel rodata", "Kernel data" and
// "Kernel bss" ranges of /proc/iomem, summed. nullopt when the file names none of them, or when
// it shows every address as zero: the kernel does that for readers without CAP_SYS_ADMIN.
Result<std::optional<std::uint64_t>> parseKernelImageBytes(std::string_view bytes, std::string_view fileName);

} // namespace vmscope::parse
