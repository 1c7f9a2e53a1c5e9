#pragma once

#include "core/model/OomReport.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace vmscope::parse {

// Longest line read: longer lines are cut to this. The kernel's records hold at most 1 KiB of
// text (PRINTK_MESSAGE_MAX 2 KiB on 6.x), four times that when /dev/kmsg escapes every byte.
inline constexpr std::size_t kOomLogMaxLineBytes = 16 * 1024;

// Every OOM-killer report in a kernel log, in log order. The log may be /dev/kmsg records
// ("prio,seq,usec,flags;text", escaped, with " KEY=value" dictionary lines), dmesg text with
// or without "[  123.456789] " timestamps, dmesg -T ("[Thu Dec  3 05:00:00 2026] "), or
// syslog/journal lines ("Dec  1 10:00:00 host kernel: ..."), recognised line by line, so a
// concatenation of them reads too. A report starts at "invoked oom-killer" (or, on 2.6 where
// no such line exists, at a lone "Out of memory: kill process"/"Killed process" line) and
// ends at the next report's start or at its "Killed process" line; the reaper's line that
// follows is added to it. Never fails: a report cut short is returned with what it had, other
// messages in between and garbage are passed over, and the work is linear in the input.
std::vector<OomReport> parseOomReports(std::string_view bytes);

} // namespace vmscope::parse
