#pragma once


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

// Pairs the rises of vmstat's oom_kill with the kernel's OOM reports logged meanwhile, in order
// (core/read/KernelOomReports.h: the n-th report after the start belongs to the n-th kill). A
// report follows its count within moments; a rise whose report has not come after kReportWait
// is reported from the counter alone.
class OomKillWatch {
public:
    // `kernelLogPath` (/dev/kmsg) is read once now to note where it ends, then again whenever a
    // kill waits for its report. Empty, or unreadable now: the counter only (logProblem says why).
    explicit OomKillWatch(std::optional<std::string> kernelLogPath);

    // The oom_kill count of a new sample at `seconds`; returns the kills to report now.
    std::vector<OomKillEvent> update(std::optional<std::uint64_t> oomKillCount, double seconds);
    // At the end of the watch: the kills still waiting, with their reports if they came.
    std::vector<OomKillEvent> flush();

    bool readsKernelLog() const { return m_logPath.has_value(); }
    // Why the kernel log stopped being read (a read error), or empty.
    const std::string& logProblem() const { return m_logProblem; }

    static constexpr double kReportWait = 1.0;

private:
    std::vector<OomKillEvent> match(double now, bool final);

    std::optional<std::string> m_logPath;
    std::optional<std::uint64_t> m_startSeq; // the last record logged before the watch
    std::string m_logProblem;
    std::size_t m_reportsUsed = 0; // reports since the start already paired with a kill
    std::optional<std::uint64_t> m_lastCount;
    std::deque<double> m_pending; // when each unreported kill was counted
};

} // namespace vmscope
