#pragma once

#include "core/io/Source.h"
#include "core/read/ProcessReader.h"
#include "widgets/common/LatestOnlyJob.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QTimer;

namespace vmscope {

// The process listing, read once for everybody: the process list and the System memory page
// subscribe to listingRead instead of reading /proc each on its own. readProcessListing runs on
// the read pool every interval (the next read is scheduled when the last one finished, so slow
// reads never pile up). The listing counts every process's VMAs (the list shows them); kernel
// threads are included only on request (the list's toggle), and counted either way.
class ProcessListingFeed : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2000;

    // The first read starts as soon as the event loop runs.
    explicit ProcessListingFeed(std::shared_ptr<const Source> source, QObject* parent = nullptr);
    ~ProcessListingFeed() override;

    const std::shared_ptr<const Source>& source() const { return m_source; }
    // The last listing read, null before the first; and when it was read.
    const std::shared_ptr<const ProcessListing>& latest() const { return m_latest; }
    const QDateTime& latestTime() const { return m_latestTime; }

    // 0 stops the periodic reads (the first read and refreshNow still read).
    void setInterval(int milliseconds);
    int interval() const { return m_intervalMs; }
    // Reads again now when it changes.
    void setIncludeKernelThreads(bool include);
    bool includeKernelThreads() const { return m_includeKernelThreads; }

    // Reads now (or, while a read runs, right after it).
    void refreshNow();

signals:
    void listingRead(std::shared_ptr<const vmscope::ProcessListing> listing);

private:
    void publish(std::shared_ptr<const ProcessListing> listing);

    std::shared_ptr<const Source> m_source;
    std::shared_ptr<const ProcessListing> m_latest;
    QDateTime m_latestTime;
    int m_intervalMs = kDefaultIntervalMs;
    bool m_includeKernelThreads = false;
    QTimer* m_timer = nullptr;
    LatestOnlyJob<std::shared_ptr<const ProcessListing>> m_job;
};

} // namespace vmscope
