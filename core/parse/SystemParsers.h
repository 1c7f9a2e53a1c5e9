#pragma once

#include "core/Result.h"
#include "core/model/SystemMemory.h"

#include <string_view>

// Parsers for the system-wide /proc files. They take the bytes and the file's display name
// (for error messages) and never do I/O, so fixtures, captures and fuzzers drive them alike.
namespace vmscope::parse {

// /proc/meminfo: "Key:   123 kB" lines; a few keys (HugePages_*) have no unit.
Result<MemInfo> parseMemInfo(std::string_view bytes, std::string_view fileName);

// /proc/zoneinfo, from 2.6 (scanned, all_unreclaimable, prev_priority) to 6.x (boost, promo, cma).
Result<ZoneInfo> parseZoneInfo(std::string_view bytes, std::string_view fileName);

// /proc/buddyinfo: "Node 0, zone   Normal  13443  9547 ..." free blocks per order.
Result<BuddyInfo> parseBuddyInfo(std::string_view bytes, std::string_view fileName);

// /proc/pagetypeinfo: free blocks per migrate type and order, then pageblocks per type.
Result<PageTypeInfo> parsePageTypeInfo(std::string_view bytes, std::string_view fileName);

// "name value" lines, as /proc/vmstat and the cgroup files memory.stat, memory.events and
// memory.oom_control print them; every name is kept in file order.
Result<CounterList> parseCounterLines(std::string_view bytes, std::string_view fileName);

// /proc/vmstat: "name value" lines.
Result<VmStat> parseVmStat(std::string_view bytes, std::string_view fileName);

// One file of /proc/sys/vm. Never fails: a value that is not a list of integers is kept as
// text with no numbers, because a sysctl this version does not know may hold anything.
SysctlValue parseSysctlValue(std::string_view name, std::string_view bytes);

} // namespace vmscope::parse
