#include "widgets/common/StuckReadMonitor.h"

#include "core/format/DisplayText.h"
#include "core/io/ReadsInProgress.h"

#include <QTimer>

#include <algorithm>

namespace vmscope {

StuckReadMonitor::StuckReadMonitor(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &StuckReadMonitor::check);
    setThreshold(kDefaultThreshold);
}

void StuckReadMonitor::setThreshold(std::chrono::milliseconds threshold)
{
    m_threshold = std::max(threshold, std::chrono::milliseconds(1));
    m_timer->start(std::clamp(m_threshold / 4, std::chrono::milliseconds(1), std::chrono::milliseconds(1000)));
}

void StuckReadMonitor::check()
{
    const auto stuck = readsInProgressFor(m_threshold);
    QString message;
    QString details;
    if (!stuck.empty()) {
        // Paths come from the proc root and other users' processes: escaped like every output.
        const auto pathOf
            = [](const ReadInProgress& read) { return QString::fromStdString(escapeForDisplay(read.path)); };
        const auto secondsOf = [](const ReadInProgress& read) {
            return static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(read.elapsed).count());
        };
        const int others = static_cast<int>(stuck.size()) - 1;
        message = others > 0
            ? tr("Reading %1 has taken %2 s (and %n more read(s) are waiting too)", nullptr, others)
                  .arg(pathOf(stuck.front()))
                  .arg(secondsOf(stuck.front()))
            : tr("Reading %1 has taken %2 s").arg(pathOf(stuck.front())).arg(secondsOf(stuck.front()));
        QStringList lines;
        lines << tr("These reads have not returned. Their file system may be hung (NFS, FUSE), or the process "
                    "they belong to holds its memory lock. vmscope keeps working; only what needs these files "
                    "waits, and nothing waits for them when you quit.");
        for (const ReadInProgress& read : stuck)
            lines << tr("%1: %2 s").arg(pathOf(read)).arg(secondsOf(read));
        details = lines.join(QLatin1Char('\n'));
    }
    if (message == m_message && details == m_details)
        return;
    m_message = message;
    m_details = details;
    emit changed(m_message, m_details);
}

} // namespace vmscope
