#include "widgets/oom/OomRankingFeed.h"

#include <QTimer>

namespace vmscope {

OomRankingFeed::OomRankingFeed(std::shared_ptr<const Source> source, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_timer(new QTimer(this))
    , m_job(
          [this]() -> LatestOnlyJob<std::shared_ptr<const OomRanking>>::Work {
              if (!m_source)
                  return {};
              m_timer->stop();
              // The work owns what it reads (the job may outlive this feed).
              return [source = m_source] { return std::make_shared<const OomRanking>(readOomRanking(*source)); };
          },
          [this](std::shared_ptr<const OomRanking> ranking) { publish(std::move(ranking)); })
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OomRankingFeed::refreshNow);
}

OomRankingFeed::~OomRankingFeed() = default;

void OomRankingFeed::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!m_active) {
        // Nobody looks: a read in progress still delivers, but none follows.
        m_timer->stop();
        m_job.cancelRunAgain();
        return;
    }
    refreshNow();
}

bool OomRankingFeed::timerRunning() const
{
    return m_timer->isActive();
}

void OomRankingFeed::refreshNow()
{
    m_job.request();
}

void OomRankingFeed::publish(std::shared_ptr<const OomRanking> ranking)
{
    m_latest = std::move(ranking);
    if (m_active && m_intervalMs > 0 && !m_job.runAgainRequested())
        m_timer->start(m_intervalMs);
    emit rankingRead(m_latest);
}

} // namespace vmscope
