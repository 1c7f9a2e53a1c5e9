#include "core/read/OomKillWatch.h"

#include "core/read/KernelOomReports.h"

namespace vmscope {

OomKillWatch::OomKillWatch(std::optional<std::string> kernelLogPath)
{
    if (!kernelLogPath)
        return;
    auto start = readOomReportsAfter(*kernelLogPath, std::nullopt);
    if (!start) {
        m_logProblem = start.error().message();
        return;
    }
    m_logPath = std::move(kernelLogPath);
    m_startSeq = start->lastSeq;
}

std::vector<OomKillEvent> OomKillWatch::update(std::optional<std::uint64_t> oomKillCount, double seconds)
{
    if (oomKillCount) {
        // The first sample sets the baseline: kills before the watch are not its business.
        if (m_lastCount && *oomKillCount > *m_lastCount)
            for (std::uint64_t i = *m_lastCount; i < *oomKillCount && m_pending.size() < 10000; ++i)
                m_pending.push_back(seconds);
        m_lastCount = oomKillCount;
    }
    return match(seconds, false);
}

std::vector<OomKillEvent> OomKillWatch::flush()
{
    return match(0, true);
}

std::vector<OomKillEvent> OomKillWatch::match(double now, bool final)
{
    std::vector<OomKillEvent> events;
    if (m_logPath && !m_pending.empty()) {
        auto reports = readOomReportsAfter(*m_logPath, m_startSeq);
        if (!reports) {
            m_logProblem = reports.error().message();
            m_logPath.reset();
        } else {
            for (std::size_t i = m_reportsUsed; i < reports->kills.size() && !m_pending.empty(); ++i) {
                const OomReport& report = reports->kills[i];
                OomKillEvent event;
                event.source = OomKillEvent::Source::KernelLog;
                event.seconds = m_pending.front();
                m_pending.pop_front();
                ++m_reportsUsed;
                const OomVictim& victim = *report.victim;
                event.pid = victim.pid;
                event.name = victim.name;
                event.constraint = report.summary.constraint;
                event.memcg = report.memcgName();
                event.totalVmKb = victim.totalVmKb;
                event.anonRssKb = victim.anonRssKb;
                event.fileRssKb = victim.fileRssKb;
                event.shmemRssKb = victim.shmemRssKb;
                events.push_back(std::move(event));
            }
        }
    }
    // Kills whose report did not come (no log, or not in time): what the counter knows. Each still
    // owns its place in the order, so a report that comes late is not given to the next kill.
    while (!m_pending.empty() && (final || !m_logPath || now - m_pending.front() >= kReportWait)) {
        OomKillEvent event;
        event.seconds = m_pending.front();
        m_pending.pop_front();
        ++m_reportsUsed;
        events.push_back(std::move(event));
    }
    return events;
}

} // namespace vmscope
