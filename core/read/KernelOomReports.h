#pragma once

#include "core/Result.h"
#include "core/model/OomReport.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vmscope {

// The kernel's reports of OOM kills logged after a starting point: the one way vmscope pairs the
// rises of vmstat oom_kill with their reports, for `vmscope-cli watch` (OomKillWatch) and the
// timeline (OomKillFeed) alike. The kernel counts a kill (count_vm_event(OOM_KILL) in
// mm/oom_kill.c) just before it logs "Killed process", so the n-th report with a victim logged
// after the start belongs to the n-th kill counted after it.
//
// The log (/dev/kmsg, or a copy of it in a regular file for tests) is read whole, without
// waiting (core/io/KernelLogReader.h), and cut after the record `afterSeq` (kmsg sequence
// numbers only grow): a reader that keeps nothing open and never misses a record that is still
// in the kernel's buffer. Reading needs root, CAP_SYSLOG or kernel.dmesg_restrict=0
// (PermissionDenied otherwise).
struct OomReportsAfter {
    std::optional<std::uint64_t> lastSeq; // of the last record read: a starting point for later reads
    std::vector<OomReport> kills; // reports naming a victim, oldest first
};
Result<OomReportsAfter> readOomReportsAfter(const std::string& path, std::optional<std::uint64_t> afterSeq);

} // namespace vmscope
