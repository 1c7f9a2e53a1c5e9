#pragma once

#include "core/Result.h"
#include "core/model/ProcessFacts.h"
#include "core/model/ProcessStatus.h"

#include <string>
#include <string_view>
#include <vector>

// Parsers for the small per-process /proc files. Bytes in, values or errors out; no I/O.
namespace vmscope::parse {

// /proc/PID/status: "Key:\tvalue" lines. Name, State, Tgid, Pid, PPid, Uid and Gid are required
// (every kernel since 2.6 prints them); any other line may be missing.
Result<ProcessStatus> parseStatus(std::string_view bytes, std::string_view fileName);

// /proc/PID/statm: seven page counts on one line.
Result<Statm> parseStatm(std::string_view bytes, std::string_view fileName);

// /proc/PID/oom_score: the badness the OOM killer ranks by; the highest score is the victim.
// Before 5.9 it is 0..1000 (share of RAM+swap plus oom_score_adj). Since 5.9 (fs/proc/base.c,
// proc_oom_score) it is (1000 + badness * 1000 / totalpages) * 2 / 3 in 0..2000, so an ordinary
// process with oom_score_adj 0 shows about 666.
Result<int> parseOomScore(std::string_view bytes, std::string_view fileName);

// /proc/PID/oom_score_adj: -1000 (never kill) .. +1000 (kill first).
Result<int> parseOomScoreAdj(std::string_view bytes, std::string_view fileName);

// /proc/PID/stat, its first five fields (the rest is not read). comm is found between the first
// '(' and the last ')', as procps does, since the name itself may contain ')'.
Result<StatHead> parseStatHead(std::string_view bytes, std::string_view fileName);

// /proc/PID/stat in full: the head as parseStatHead, then every field after comm. A kernel that
// prints fewer fields leaves the later ones unknown; a named field that is not a number is
// Malformed.
Result<ProcessStat> parseStat(std::string_view bytes, std::string_view fileName);

// /proc/PID/limits: a header line, then "NAME  SOFT  HARD  [UNITS]" per resource, SOFT and HARD
// a number or "unlimited". Every row is kept.
Result<ProcessLimits> parseLimits(std::string_view bytes, std::string_view fileName);

// /proc/PID/cmdline: arguments separated (and terminated) by NUL. Empty for kernel threads and
// zombies, which is valid. A process that rewrote its argv (setproctitle) may omit the final NUL.
Result<std::vector<std::string>> parseCmdline(std::string_view bytes, std::string_view fileName);

} // namespace vmscope::parse
