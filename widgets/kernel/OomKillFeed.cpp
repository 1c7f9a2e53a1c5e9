#include "widgets/kernel/OomKillFeed.h"

#include "core/read/KernelOomReports.h"
#include "core/sampling/SampleRules.h"

#include "widgets/common/GuiFormat.h"

#include <QTimer>

#include <algorithm>

namespace vmscope {

namespace {
    constexpr int kDefaultRetryMs = 1000;
} // namespace

OomKillFeed::OomKillFeed(std::string kmsgPath, std::optional<std::uint64_t> startAfterSeq, QObject* parent)
    : QObject(parent)
    , m_path(std::move(kmsgPath))
    , m_startAfterSeq(startAfterSeq)
    , m_baselineKnown(startAfterSeq.has_value())
    , m_readJob(
          [this]() -> LatestOnlyJob<LogRead>::Work {
              return [path = m_path, after = m_startAfterSeq, baseline = !m_baselineKnown]() {
                  LogRead read;
                  auto reports = readOomReportsAfter(path, after);
                  if (!reports) {
                      read.error = reports.error().message();
                      read.permissionDenied = reports.error().kind == ErrorKind::PermissionDenied;
                      return read;
                  }
                  read.lastSeq = reports->lastSeq;
                  if (baseline)
                      return read; // the starting point only: nothing before it is ours
                  for (OomReport& report : reports->kills)
                      read.reports.push_back(std::make_shared<const OomReport>(std::move(report)));
                  return read;
              };
          },
          [this](const LogRead& read) { delivered(read); })
{
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    m_retry->setInterval(kDefaultRetryMs);
    connect(m_retry, &QTimer::timeout, this, [this] { m_readJob.request(); });
    if (!m_baselineKnown)
        m_readJob.request();
    else
        m_logState = LogState::Readable; // a file given by a test: tried when a kill needs it
}

OomKillFeed::~OomKillFeed() = default;

void OomKillFeed::setRetryIntervalMs(int ms)
{
    m_retry->setInterval(ms);
}

void OomKillFeed::addSample(const SamplePtr& sample)
{
    if (!sample)
        return;
    if (m_previous && sample->seconds >= m_previous->seconds)
        if (const std::uint64_t kills = oomKillsBetween(*m_previous, *sample))
            addKills(sample->seconds, kills);
    m_previous = sample;
}

int OomKillFeed::addKills(double seconds, std::uint64_t kills)
{
    Event event;
    event.id = m_nextId++;
    event.seconds = seconds;
    event.kills = std::max<std::uint64_t>(1, kills);
    event.firstKill = m_killsSoFar;
    m_killsSoFar += event.kills;
    event.searchGivenUp = m_logState == LogState::Unreadable;
    m_events.push_back(event);
    m_searches = 0;
    emit eventAdded(event.id);
    if (m_logState != LogState::Unreadable && m_baselineKnown)
        m_readJob.request();
    return event.id;
}

const OomKillFeed::Event* OomKillFeed::event(int id) const
{
    const auto it = std::find_if(m_events.begin(), m_events.end(), [id](const Event& e) { return e.id == id; });
    return it == m_events.end() ? nullptr : &*it;
}

bool OomKillFeed::needsReports() const
{
    return std::any_of(m_events.begin(), m_events.end(),
        [](const Event& e) { return !e.searchGivenUp && e.reports.size() < e.kills; });
}

void OomKillFeed::delivered(const LogRead& read)
{
    if (read.error) {
        m_logState = LogState::Unreadable;
        m_logProblem = read.permissionDenied
            ? tr("The kernel's OOM report is in its log (/dev/kmsg), which needs root (or CAP_SYSLOG), or "
                 "kernel.dmesg_restrict=0 (sudo sysctl -w kernel.dmesg_restrict=0). vmstat oom_kill counted "
                 "the kill; vmscope-cli oom-report reads a saved log.")
            : tr("The kernel log could not be read: %1").arg(QString::fromStdString(*read.error));
        for (Event& e : m_events) {
            if (!e.searchGivenUp) {
                e.searchGivenUp = true;
                emit eventChanged(e.id);
            }
        }
        emit logStateChanged();
        return;
    }
    if (!m_baselineKnown) {
        // From here on every record is one vmscope saw happen. An empty log: all of it counts.
        m_baselineKnown = true;
        m_startAfterSeq = read.lastSeq;
        m_logState = LogState::Readable;
        emit logStateChanged();
        if (needsReports()) // a kill came before the starting point was known
            m_readJob.request();
        return;
    }
    for (Event& e : m_events) {
        const std::size_t had = e.reports.size();
        e.reports.clear();
        for (std::uint64_t k = e.firstKill; k < e.firstKill + e.kills && k < read.reports.size(); ++k)
            e.reports.push_back(read.reports[std::size_t(k)]);
        if (e.reports.size() != had)
            emit eventChanged(e.id);
    }
    if (!needsReports())
        return;
    // The kernel logs "Killed process" right after counting the kill: a report may still be on its way.
    if (++m_searches < kMaxSearches) {
        m_retry->start();
        return;
    }
    for (Event& e : m_events) {
        if (!e.searchGivenUp && e.reports.size() < e.kills) {
            e.searchGivenUp = true;
            emit eventChanged(e.id);
        }
    }
}

QString OomKillFeed::label(const Event& event) const
{
    QStringList victims;
    for (const auto& report : event.reports)
        if (report->victim && report->victim->name)
            victims << displayText(*report->victim->name);
    if (event.kills > 1)
        return victims.isEmpty() ? tr("%n OOM kills", nullptr, int(event.kills))
                                 : tr("%n OOM kills: %1", nullptr, int(event.kills)).arg(victims.join(QStringLiteral(", ")));
    return victims.isEmpty() ? tr("OOM kill") : tr("OOM kill: %1").arg(victims.front());
}

QString OomKillFeed::toolTip(const Event& event) const
{
    QString text = tr("vmstat oom_kill went up by %n: the kernel's OOM killer ended a process.", nullptr,
        int(event.kills));
    if (!event.reports.empty()) {
        for (const auto& report : event.reports) {
            const OomVictim& v = *report->victim;
            text += QLatin1Char('\n')
                + tr("Killed %1 (PID %2), anon-rss %3 kB; constraint %4%5.")
                      .arg(v.name ? displayText(*v.name) : tr("?"))
                      .arg(v.pid ? QString::number(*v.pid) : tr("?"))
                      .arg(v.anonRssKb ? QString::number(*v.anonRssKb) : tr("?"))
                      .arg(report->summary.constraint ? QString::fromStdString(*report->summary.constraint)
                                                      : tr("not printed"))
                      .arg(report->memcgName() ? tr(", memory cgroup %1").arg(displayText(*report->memcgName()))
                                               : QString());
        }
        text += QLatin1Char('\n') + tr("Click the marker for the whole report.");
    } else if (m_logState == LogState::Unreadable) {
        text += QLatin1Char('\n') + m_logProblem;
    } else if (event.searchGivenUp) {
        text += QLatin1Char('\n')
            + tr("No report for it in the kernel log: the kernel rate-limits OOM reports, and the log may have "
                 "been overwritten or cleared (dmesg -C).");
    } else {
        text += QLatin1Char('\n') + tr("Reading the kernel's report from /dev/kmsg…");
    }
    return text;
}

} // namespace vmscope
