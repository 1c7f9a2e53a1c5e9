#pragma once

#include "core/model/SystemMemory.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// One report of the kernel's OOM killer (mm/oom_kill.c) as a kernel log holds it, from 2.6 to 6.x.
// Every field is optional: the kernel printed different lines in different eras (oom_adj until
// 3.x, the "oom-kill:" summary since 4.19, shmem-rss/UID/pgtables on the victim line since 4.x/5.x),
// and a log may be cut short anywhere. Keys the kernel did not print stay empty, never 0.
// Sizes are kB where the kernel printed kB; the task table keeps its values as printed (pages).
namespace vmscope {

// "key=value" or "key:value" pairs as printed, for the keys this version does not know.
using OomTextFields = std::vector<std::pair<std::string, std::string>>;

// "NAME invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0" and the
// dump_stack header after it ("CPU: 1 UID: 0 PID: 25723 Comm: hog", 2.6/3.x "Pid: 2148, comm: ...").
struct OomTrigger {
    std::optional<std::string> name; // the task whose allocation failed
    std::optional<std::uint64_t> pid; // from the dump_stack header, when printed
    std::optional<std::string> gfpMask; // as printed: "0xcc0(GFP_KERNEL)" or "0x200da"
    std::optional<std::int64_t> order; // the allocation was 2^order pages
    std::optional<std::int64_t> oomScoreAdj;
    std::optional<std::int64_t> oomAdj; // until 3.x (-17..15)
    OomTextFields other; // e.g. 4.x "nodemask=(null)"
};

// "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/ceotest,
// task_memcg=/ceotest,task=hog,pid=25723,uid=0" (4.19+). task/pid/uid name the victim.
struct OomKillSummary {
    std::optional<std::string> constraint; // CONSTRAINT_NONE, _CPUSET, _MEMORY_POLICY, _MEMCG
    std::optional<std::string> nodemask, cpuset, memsAllowed, oomMemcg, taskMemcg, task;
    std::optional<std::uint64_t> pid, uid;
    OomTextFields other;
};

// A memory cgroup's counter as mem_cgroup_print_oom_meminfo prints it:
// "memory: usage 65536kB, limit 65536kB, failcnt 19" (also "memory+swap", "kmem", v2 "swap").
struct OomMemcgCounter {
    std::string name; // "memory", "memory+swap", "kmem", "swap"
    std::optional<std::uint64_t> usageKb, limitKb, failcnt;
};

// One "name value" statistic of "Memory cgroup stats for /path:"; values as printed (bytes for
// sizes, counts for events). Older kernels print them on that one line as "cache:0KB": then kB.
struct OomMemcgStat {
    std::string name;
    std::uint64_t value = 0;
    bool kB = false;
};

struct OomMemcg {
    std::vector<OomMemcgCounter> counters;
    std::optional<std::string> statsFor; // the path of the first "Memory cgroup stats for PATH:"
    std::vector<OomMemcgStat> stats;
    // Before 4.19: "Task in /a killed as a result of limit of /b".
    std::optional<std::string> taskIn, limitOf;

    const OomMemcgCounter* counter(std::string_view name) const;
};

// The task table of dump_tasks (vm.oom_dump_tasks): the columns as the header printed them
// ("pid uid tgid total_vm rss nr_ptes ... oom_score_adj name"), whatever the era.
struct OomTask {
    // One per column, in column order; empty where the row had no number there (the name
    // column, a row cut short, a value beyond 64 bits or a sign on an unsigned column).
    std::vector<std::optional<std::int64_t>> values;
    std::string name; // the last column (a comm may hold spaces)
};

struct OomTaskTable {
    std::vector<std::string> columns; // "[  pid  ]" is "pid"
    std::vector<OomTask> rows;

    // The index of a column, if the header printed it.
    std::optional<std::size_t> columnIndex(std::string_view column) const;
    std::optional<std::int64_t> value(const OomTask& task, std::string_view column) const;
    // Row indices by rss, largest first (rows without rss last, ties in table order): the order
    // of the candidates the GUI and the CLI show.
    std::vector<std::size_t> orderByRss() const;
};

// "Killed process 25723 (hog) total-vm:68268kB, anon-rss:65152kB, file-rss:936kB, shmem-rss:0kB,
// UID:0 pgtables:172kB oom_score_adj:0", and before it on old kernels "Kill process 2148 (name)
// score 829 or sacrifice child" (2.6: "kill process N (name) score S or a child").
struct OomVictim {
    std::optional<std::uint64_t> pid;
    std::optional<std::string> name;
    std::optional<std::uint64_t> totalVmKb, anonRssKb, fileRssKb, shmemRssKb, uid, pgtablesKb;
    std::optional<std::int64_t> oomScoreAdj;
    std::optional<std::uint64_t> score; // old kernels' badness of the selected task
    // When the process killed is not the one scored (a child sacrificed for its parent): the
    // pid the score belongs to.
    std::optional<std::uint64_t> scoredPid;
    // What the line said before "Kill(ed) process": "Out of memory", "Memory cgroup out of memory".
    std::optional<std::string> context;
    OomTextFields other;
};

// "oom_reaper: reaped process 25723 (hog), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB" (4.6+).
struct OomReaped {
    std::optional<std::uint64_t> pid;
    std::optional<std::string> name;
    std::optional<std::uint64_t> anonRssKb, fileRssKb, shmemRssKb;
};

struct OomReport {
    std::optional<double> uptimeSeconds; // of its first line, when the log gave one
    std::optional<std::string> wallClock; // dmesg -T or syslog time of its first line, as printed
    OomTrigger trigger;
    OomKillSummary summary;
    OomMemcg memcg;
    CounterList memInfo; // the "Mem-Info:" summary: active_anon, inactive_anon, ..., free (pages)
    OomTaskTable tasks;
    std::optional<OomVictim> victim;
    std::optional<OomReaped> reaped;
    std::vector<std::string> callTrace; // from "Call Trace:" (or ARM's "[<...>]" lines) on
    // The report's messages from its first line to its last, without the log's prefixes
    // (kmsg header, timestamp, syslog host), unescaped; other messages logged in between included.
    std::vector<std::string> lines;
    // A victim line (or "no killable processes") ended it; false for a report cut short.
    bool complete = false;

    // The memory cgroup the OOM was about: oom_memcg of the summary, else "limit of" (before
    // 4.19), else the first cgroup whose stats were printed.
    std::optional<std::string> memcgName() const;
    // The task-table row of the victim, if the table holds its pid.
    std::optional<std::size_t> victimRow() const;
};

} // namespace vmscope
