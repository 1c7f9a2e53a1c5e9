#pragma once

#include <QObject>
#include <QString>

#include <chrono>

class QTimer;

namespace vmscope {

// Watches the reads under way (core/io/ReadsInProgress.h) and says when one has taken longer
// than a threshold: a file on a hung NFS or FUSE mount, or /proc/PID/cmdline of a process whose
// memory lock is held, blocks in the kernel and cannot be interrupted. The window stays usable
// (nothing waits for a read); this tells the user why a page does not update.
class StuckReadMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultThreshold { 10000 };

    explicit StuckReadMonitor(QObject* parent = nullptr);

    // How long a read may take before it is reported; checked every quarter of it (at most 1 s).
    void setThreshold(std::chrono::milliseconds threshold);
    std::chrono::milliseconds threshold() const { return m_threshold; }

    // The sentence shown now: empty while no read is stuck.
    const QString& message() const { return m_message; }
    // The paths of the stuck reads, one per line, for a tooltip.
    const QString& details() const { return m_details; }

    // Checks now (the timer does it periodically).
    void check();

signals:
    void changed(const QString& message, const QString& details);

private:
    QTimer* m_timer;
    std::chrono::milliseconds m_threshold = kDefaultThreshold;
    QString m_message;
    QString m_details;
};

} // namespace vmscope
