#pragma once

#include "core/Result.h"
#include "core/io/Source.h"
#include "core/model/Pressure.h"
#include "core/model/ProcessFacts.h"
#include "core/model/ProcessStatus.h"
#include "core/model/SystemMemory.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Reads a /proc file through a Source and hands the bytes to its parser. The file name in
// errors is the source's display path ("/proc/9946/status", "capture.tar:meminfo").
namespace vmscope {

Result<MemInfo> readMemInfo(const Source& source);
Result<ZoneInfo> readZoneInfo(const Source& source);
Result<BuddyInfo> readBuddyInfo(const Source& source);
Result<PageTypeInfo> readPageTypeInfo(const Source& source); // root-only since 5.x
Result<VmStat> readVmStat(const Source& source);
// /proc/pressure/memory (PSI, 4.20+): an Io error (ENOENT, EOPNOTSUPP) where the kernel has none.
Result<Pressure> readMemoryPressure(const Source& source);
// Every readable file of sys/vm, by name. Files that cannot be read (PermissionDenied, Io: the
// write-only compact_memory, drop_caches) or read empty (stat_refresh) are left out.
Result<VmSysctls> readVmSysctls(const Source& source);

// One single-number sysctl by its path below the proc root ("sys/vm/max_map_count"); Malformed
// when the file holds anything else.
Result<std::int64_t> readSysctlNumber(const Source& source, std::string_view relativePath);

Result<ProcessStatus> readStatus(const Source& source, int pid);
// status, or for a capture without it (smemcap keeps only smaps, cmdline and stat) what stat and
// the folder tell: the name and state from stat, the uid from the folder's owner, every other
// figure unknown. A process whose folder is gone is NoSuchProcess, as from readStatus.
Result<ProcessStatus> readStatusOrStat(const Source& source, int pid);
Result<ProcessStat> readStat(const Source& source, int pid);
Result<ProcessLimits> readLimits(const Source& source, int pid);
Result<Statm> readStatm(const Source& source, int pid);
Result<int> readOomScore(const Source& source, int pid);
Result<int> readOomScoreAdj(const Source& source, int pid);
Result<std::vector<std::string>> readCmdline(const Source& source, int pid);

} // namespace vmscope
