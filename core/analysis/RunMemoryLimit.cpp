#include "core/analysis/RunMemoryLimit.h"

#include "core/model/Saturating.h"

#include <algorithm>

namespace vmscope {

std::uint64_t defaultRunMemoryLimitBytes(const MemInfo& memInfo)
{
    return defaultRunMemoryLimitBytes(memInfo.find("MemAvailable"), memInfo.find("MemFree"));
}

std::uint64_t defaultRunMemoryLimitBytes(std::optional<std::uint64_t> memAvailableKiB, std::optional<std::uint64_t> memFreeKiB)
{
    const std::optional<std::uint64_t> availableKiB = memAvailableKiB ? memAvailableKiB : memFreeKiB;
    if (!availableKiB)
        return kRunMemoryLimitFloorBytes;
    const std::uint64_t quarter = saturatingMul(*availableKiB, 1024) / 4;
    // Whole MiB: the limit is shown and typed in MiB.
    const std::uint64_t mib = 1024 * 1024;
    return std::clamp(quarter / mib * mib, kRunMemoryLimitFloorBytes, kRunMemoryLimitCapBytes);
}

} // namespace vmscope
