#include "core/analysis/RunMemoryLimit.h"

#include "core/model/Saturating.h"

#include <algorithm>

namespace vmscope {

std::uint64_t defaultRunMemoryLimitBytes(const MemInfo& memInfo)
{
    const std::optional<std::uint64_t> availableKiB
        = memInfo.find("MemAvailable").has_value() ? memInfo.find("MemAvailable") : memInfo.find("MemFree");
    if (!availableKiB)
        return kRunMemoryLimitFloorBytes;
    const std::uint64_t quarter = saturatingMul(*availableKiB, 1024) / 4;
    // Whole MiB: the limit is shown and typed in MiB.
    const std::uint64_t mib = 1024 * 1024;
    return std::clamp(quarter / mib * mib, kRunMemoryLimitFloorBytes, kRunMemoryLimitCapBytes);
}

} // namespace vmscope
