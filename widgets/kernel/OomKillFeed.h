#pragma once

#include "core/model/OomReport.h"
#include "core/sampling/SystemSample.h"

#include "widgets/common/LatestOnlyJob.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QTimer;

namespace vmscope {

// OOM kills seen by the sampler, with the kernel's reports when the log can be read.
// Every increase of vmstat oom_kill between two samples (core: oomKillsBetween) is one event at
// the later sample's time. When the kernel log (/dev/kmsg) is readable, it is read on a worker
// after each kill, keeping only records logged since vmscope started (the sequence number of the
// last record at start), and the reports found are handed out to the kills in order: the n-th
// report since start belongs to the n-th kill. A report the kernel has not finished logging is
// looked for again a little later.
class OomKillFeed : public QObject {
    Q_OBJECT
public:
    enum class LogState { Opening, Readable, Unreadable };

    struct Event {
        int id = 0;
        double seconds = 0; // on the sampler's clock
        std::uint64_t kills = 1; // in one sampling interval
        std::uint64_t firstKill = 0; // the number of its first kill since start
        std::vector<std::shared_ptr<const OomReport>> reports; // as many as found so far
        bool searchGivenUp = false; // no more reads for it: the log has no (more) report for it
    };

    // `kmsgPath`: /dev/kmsg, or a file for tests. `startAfterSeq`: the records to ignore; empty
    // means "everything logged before now" (read once at start).
    explicit OomKillFeed(std::string kmsgPath = "/dev/kmsg", std::optional<std::uint64_t> startAfterSeq = {},
        QObject* parent = nullptr);
    ~OomKillFeed() override;

    // Compares with the previous sample; an increase of oom_kill becomes an event (eventAdded).
    void addSample(const SamplePtr& sample);
    // An event for `kills` kills at `seconds` (what addSample does on an increase).
    int addKills(double seconds, std::uint64_t kills);

    const Event* event(int id) const;
    const std::vector<Event>& events() const { return m_events; }
    LogState logState() const { return m_logState; }
    // Why the log cannot be read, for the marker's tooltip.
    QString logProblem() const { return m_logProblem; }

    // For the marker: "OOM kill: hog" and a tooltip that says what is known and what is not.
    QString label(const Event& event) const;
    QString toolTip(const Event& event) const;

    // Between reads looking for a report the kernel has not logged yet; tests shorten it.
    void setRetryIntervalMs(int ms);
    static constexpr int kMaxSearches = 5;
    bool readInProgress() const { return m_readJob.isRunning(); }

signals:
    void eventAdded(int id);
    void eventChanged(int id); // a report arrived, or the search ended
    void logStateChanged();

private:
    struct LogRead {
        std::optional<std::string> error; // a sentence
        bool permissionDenied = false;
        std::optional<std::uint64_t> lastSeq;
        std::vector<std::shared_ptr<const OomReport>> reports; // since start, complete ones
    };
    void delivered(const LogRead& read);
    bool needsReports() const;

    std::string m_path;
    std::optional<std::uint64_t> m_startAfterSeq;
    bool m_baselineKnown = false;
    LogState m_logState = LogState::Opening;
    QString m_logProblem;
    SamplePtr m_previous;
    std::vector<Event> m_events;
    std::uint64_t m_killsSoFar = 0;
    int m_nextId = 1;
    int m_searches = 0; // reads since the last kill that found too few reports
    QTimer* m_retry = nullptr;
    LatestOnlyJob<LogRead> m_readJob;
};

} // namespace vmscope
