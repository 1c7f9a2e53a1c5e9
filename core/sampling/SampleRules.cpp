#include "core/sampling/SampleRules.h"

#include "core/model/Saturating.h"

namespace vmscope {

std::uint64_t lowmemManagedPages(const std::vector<ZoneSample>& zones)
{
    std::uint64_t pages = 0;
    for (const ZoneSample& zone : zones)
        if (isLowmemZone(zone.zone))
            addSaturating(pages, zoneManagedPages(zone.managed, zone.present));
    return pages;
}

CommitInputs commitInputs(const SystemSample& sample)
{
    return { sample.memInfoValue("MemTotal"), sample.memInfoValue("SwapTotal"), sample.memInfoValue("Hugetlb"),
        sample.pageSize };
}

std::optional<std::uint64_t> expectedCommitLimit(const SystemSample& sample, const VmTuning& tuning)
{
    return expectedCommitLimit(commitInputs(sample), tuning);
}

std::uint64_t oomKillsBetween(const SystemSample& earlier, const SystemSample& later)
{
    const auto before = earlier.vmStatValue("oom_kill");
    const auto after = later.vmStatValue("oom_kill");
    if (!before || !after || *after < *before)
        return 0;
    return *after - *before;
}

} // namespace vmscope
