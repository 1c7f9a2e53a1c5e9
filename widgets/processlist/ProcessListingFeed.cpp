#include "widgets/processlist/ProcessListingFeed.h"

#include <QTimer>

namespace vmscope {

ProcessListingFeed::ProcessListingFeed(std::shared_ptr<const Source> source, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_timer(new QTimer(this))
    , m_job(
          [this]() -> LatestOnlyJob<std::shared_ptr<const ProcessListing>>::Work {
              if (!m_source)
                  return {};
              m_timer->stop();
              ListingOptions options;
              options.includeKernelThreads = m_includeKernelThreads;
              options.summary.readOomScores = true; // the OOM score and adj columns
              return [source = m_source, options] {
                  return std::make_shared<const ProcessListing>(readProcessListing(*source, options));
              };
          },
          [this](std::shared_ptr<const ProcessListing> listing) { publish(std::move(listing)); })
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ProcessListingFeed::refreshNow);
    // The first read starts when the event loop runs, so that the owner can set the options first.
    m_timer->start(0);
}

ProcessListingFeed::~ProcessListingFeed() = default;

void ProcessListingFeed::setInterval(int milliseconds)
{
    m_intervalMs = milliseconds;
    if (!m_latest && !m_job.isRunning())
        return; // the first read is on its way
    m_timer->stop();
    if (m_intervalMs > 0) {
        m_timer->setInterval(m_intervalMs);
        if (!m_job.isRunning())
            m_timer->start();
    }
}

void ProcessListingFeed::setIncludeKernelThreads(bool include)
{
    if (include == m_includeKernelThreads)
        return;
    m_includeKernelThreads = include;
    m_job.invalidate(); // a read in progress has the old choice
    m_job.request();
}

void ProcessListingFeed::refreshNow()
{
    m_job.request();
}

void ProcessListingFeed::publish(std::shared_ptr<const ProcessListing> listing)
{
    m_latest = std::move(listing);
    m_latestTime = QDateTime::currentDateTime();
    if (m_intervalMs > 0 && !m_job.runAgainRequested())
        m_timer->start(m_intervalMs);
    emit listingRead(m_latest);
}

} // namespace vmscope
