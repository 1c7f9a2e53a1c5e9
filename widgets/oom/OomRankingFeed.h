#pragma once

#include "core/io/Source.h"
#include "core/read/OomRanking.h"
#include "widgets/common/LatestOnlyJob.h"

#include <QObject>

#include <memory>

class QTimer;

namespace vmscope {

// The OOM ranking, read on the read pool through the GUI's one background-job policy
// (LatestOnlyJob): every interval while someone looks at it (setActive), the next read scheduled
// only when the last one finished, so slow reads never pile up.
class OomRankingFeed : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2000;

    explicit OomRankingFeed(std::shared_ptr<const Source> source, QObject* parent = nullptr);
    ~OomRankingFeed() override;

    // Null before the first read.
    const std::shared_ptr<const OomRanking>& latest() const { return m_latest; }

    // Active: reads now and then every interval. Inactive (the page is hidden): no more reads.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setInterval(int milliseconds) { m_intervalMs = milliseconds; }
    int interval() const { return m_intervalMs; }
    bool timerRunning() const;

    // Reads now (or, while a read runs, right after it).
    void refreshNow();
    // For tests: blocks until the read in progress finished (delivered from the event loop).
    void waitForRead() { m_job.waitForFinished(); }

signals:
    void rankingRead(std::shared_ptr<const vmscope::OomRanking> ranking);

private:
    void publish(std::shared_ptr<const OomRanking> ranking);

    std::shared_ptr<const Source> m_source;
    std::shared_ptr<const OomRanking> m_latest;
    int m_intervalMs = kDefaultIntervalMs;
    bool m_active = false;
    QTimer* m_timer = nullptr;
    LatestOnlyJob<std::shared_ptr<const OomRanking>> m_job;
};

} // namespace vmscope
