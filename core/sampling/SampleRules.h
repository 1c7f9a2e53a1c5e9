#pragma once

#include "core/analysis/VmTuning.h"
#include "core/analysis/Watermarks.h"
#include "core/sampling/SystemSample.h"

#include <cstdint>
#include <optional>
#include <vector>

// The rules of core/analysis applied to a sample's own types, so the GUI's views feed them a
// sample as it is. The arithmetic stays in analysis; these only pick the inputs.
namespace vmscope {

// Σ managed pages of the low-memory zones of all nodes (isLowmemZone): what the boot-time default
// min_free_kbytes is computed from (nr_free_buffer_pages() at core_initcall, before any watermark is set).
std::uint64_t lowmemManagedPages(const std::vector<ZoneSample>& zones);

// MemTotal, SwapTotal and Hugetlb of the sample, for expectedCommitLimit.
CommitInputs commitInputs(const SystemSample& sample);
std::optional<std::uint64_t> expectedCommitLimit(const SystemSample& sample, const VmTuning& tuning);

// OOM kills between two samples: the increase of vmstat oom_kill (4.13+; counted in
// __oom_kill_process just before "Killed process" is logged). 0 when either sample lacks the
// counter, or when it went backwards (samples of two different boots or captures).
std::uint64_t oomKillsBetween(const SystemSample& earlier, const SystemSample& later);

} // namespace vmscope
