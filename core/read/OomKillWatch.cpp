#include "core/read/OomKillWatch.h"

#include "core/parse/OomReportParser.h"

namespace vmscope {

OomKillWatch::OomKillWatch(std::unique_ptr<KernelLogFollower> log)
    : m_log(std::move(log))
{
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
    if (m_log) {
        auto text = m_log->readNew(kMaxLogBytes);
        if (text) {
            if (m_logText.size() + text->size() > kMaxLogBytes) {
                // Far more log than OOM reports: start over from what just came.
                m_logText.clear();
                m_reportsUsed = 0;
            }
            m_logText += *text;
        } else {
            m_logProblem = text.error().message();
            m_log.reset();
        }
    }
    if (!m_pending.empty() && !m_logText.empty()) {
        const std::vector<OomReport> reports = parse::parseOomReports(m_logText);
        std::size_t complete = 0;
        for (const OomReport& report : reports) {
            if (!report.complete || !report.victim)
                continue;
            if (complete++ < m_reportsUsed)
                continue;
            if (m_pending.empty())
                break;
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
    // Kills whose report did not come (no log, or not in time): what the counter knows.
    while (!m_pending.empty() && (final || !m_log || now - m_pending.front() >= kReportWait)) {
        OomKillEvent event;
        event.seconds = m_pending.front();
        m_pending.pop_front();
        events.push_back(std::move(event));
    }
    return events;
}

} // namespace vmscope
