#include "core/analysis/VmTuning.h"

#include "core/model/Saturating.h"

#include <algorithm>

namespace vmscope {

VmTuning VmTuning::fromSysctls(const VmSysctls& sysctls)
{
    VmTuning tuning;
    tuning.minFreeKbytes = sysctls.number("min_free_kbytes");
    tuning.watermarkScaleFactor = sysctls.number("watermark_scale_factor");
    tuning.watermarkBoostFactor = sysctls.number("watermark_boost_factor");
    tuning.overcommitMemory = sysctls.number("overcommit_memory");
    tuning.overcommitRatio = sysctls.number("overcommit_ratio");
    tuning.overcommitKbytes = sysctls.number("overcommit_kbytes");
    if (const SysctlValue* ratio = sysctls.find("lowmem_reserve_ratio"))
        tuning.lowmemReserveRatio = ratio->numbers;
    return tuning;
}

std::optional<std::uint64_t> expectedCommitLimit(const CommitInputs& inputs, const VmTuning& tuning)
{
    const std::uint64_t pageKiB = std::max<std::uint64_t>(1, inputs.pageSize / 1024);
    if (!inputs.memTotalKiB || !inputs.swapTotalKiB)
        return std::nullopt;
    std::uint64_t allowedKiB = 0;
    if (tuning.overcommitKbytes.value_or(0) > 0) {
        allowedKiB = static_cast<std::uint64_t>(*tuning.overcommitKbytes) / pageKiB * pageKiB;
    } else {
        if (!tuning.overcommitRatio || *tuning.overcommitRatio < 0)
            return std::nullopt;
        // In pages as the kernel does, so the result matches CommitLimit to the kB.
        const std::uint64_t hugetlbPages = inputs.hugetlbKiB.value_or(0) / pageKiB;
        const std::uint64_t ramPages = *inputs.memTotalKiB / pageKiB;
        const std::uint64_t usable = ramPages > hugetlbPages ? ramPages - hugetlbPages : 0;
        allowedKiB = saturatingMul(
            saturatingMulDiv(usable, static_cast<std::uint64_t>(*tuning.overcommitRatio), 100), pageKiB);
    }
    return saturatingAdd(allowedKiB, *inputs.swapTotalKiB);
}

} // namespace vmscope
