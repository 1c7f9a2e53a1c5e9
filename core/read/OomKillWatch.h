#pragma once

#include "core/io/KernelLogReader.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vmscope {

// One OOM kill seen while watching: vmstat's oom_kill rose by one. With the kernel log readable,
// the kill's report names the victim; without it only the fact is known (source Counter).
struct OomKillEvent {
    enum class Source { KernelLog, Counter };
    Source source = Source::Counter;
    double seconds = 0; // when the counter was seen to rise (the sample's time)
    std::optional<std::uint64_t> pid;
    std::optional<std::string> name;
    std::optional<std::string> constraint; // CONSTRAINT_MEMCG, CONSTRAINT_NONE, …
    std::optional<std::string> memcg; // the memory cgroup the OOM was about
    std::optional<std::uint64_t> totalVmKb, anonRssKb, fileRssKb, shmemRssKb;
};

// Pairs the rises of vmstat's oom_kill with the kernel's OOM reports logged meanwhile, in order:
// the kernel counts the kill (count_vm_event(OOM_KILL) in mm/oom_kill.c) just before it logs
// "Killed process", so a report follows its count within moments. A rise whose report has not
// come after kReportWait is reported from the counter alone.
class OomKillWatch {
public:
    // `log` from KernelLogFollower::open at the start of the watch; nullptr: the counter only.
    explicit OomKillWatch(std::unique_ptr<KernelLogFollower> log);

    // The oom_kill count of a new sample at `seconds`; returns the kills to report now.
    std::vector<OomKillEvent> update(std::optional<std::uint64_t> oomKillCount, double seconds);
    // At the end of the watch: the kills still waiting, with their reports if they came.
    std::vector<OomKillEvent> flush();

    bool readsKernelLog() const { return m_log != nullptr; }
    // Why the kernel log stopped being read (a read error), or empty.
    const std::string& logProblem() const { return m_logProblem; }

    static constexpr double kReportWait = 1.0;
    // The log kept for matching; an OOM report is a few KiB to a few hundred with a big task table.
    static constexpr std::size_t kMaxLogBytes = 8 * 1024 * 1024;

private:
    std::vector<OomKillEvent> match(double now, bool final);

    std::unique_ptr<KernelLogFollower> m_log;
    std::string m_logProblem;
    std::string m_logText; // records logged since the watch started
    std::size_t m_reportsUsed = 0; // complete reports of m_logText already paired with a kill
    std::optional<std::uint64_t> m_lastCount;
    std::deque<double> m_pending; // when each unreported kill was counted
};

} // namespace vmscope
