#pragma once

#include "core/model/SystemMemory.h"

#include <cstdint>
#include <optional>

namespace vmscope {

// The memory limit a run gets when the user picks none: a quarter of MemAvailable, at most
// 1 GiB, at least 16 MiB. A quarter leaves the rest of the machine its working set even when
// the command fills its cgroup; 1 GiB is enough for every demonstration vmscope offers and
// keeps a run's OOM kill quick. Without MemAvailable (kernels before 3.14) it is MemFree.
inline constexpr std::uint64_t kRunMemoryLimitCapBytes = 1024ULL * 1024 * 1024;
inline constexpr std::uint64_t kRunMemoryLimitFloorBytes = 16ULL * 1024 * 1024;
std::uint64_t defaultRunMemoryLimitBytes(const MemInfo& memInfo);
// The same from the two figures (kB), for a caller that holds a sample rather than a MemInfo.
std::uint64_t defaultRunMemoryLimitBytes(std::optional<std::uint64_t> memAvailableKiB, std::optional<std::uint64_t> memFreeKiB);

} // namespace vmscope
