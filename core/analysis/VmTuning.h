#pragma once

#include "core/model/SystemMemory.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace vmscope {

// The vm sysctls behind the watermarks and the commit limit, from /proc/sys/vm.
struct VmTuning {
    std::optional<std::int64_t> minFreeKbytes, watermarkScaleFactor, watermarkBoostFactor;
    std::optional<std::int64_t> overcommitMemory, overcommitRatio, overcommitKbytes;
    std::vector<std::int64_t> lowmemReserveRatio;

    static VmTuning fromSysctls(const VmSysctls& sysctls);
};

// What CommitLimit is computed from (meminfo, kB) and the page size in bytes.
struct CommitInputs {
    std::optional<std::uint64_t> memTotalKiB, swapTotalKiB, hugetlbKiB;
    std::uint64_t pageSize = 4096;
};

// CommitLimit as the kernel computes it (mm/util.c vm_commit_limit): overcommit_kbytes when set,
// else (MemTotal - hugetlb) * overcommit_ratio / 100; plus SwapTotal. kB.
std::optional<std::uint64_t> expectedCommitLimit(const CommitInputs& inputs, const VmTuning& tuning);

} // namespace vmscope
