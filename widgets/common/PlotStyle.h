#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QCustomPlot;
class QPalette;
class QTimer;

namespace vmscope {

// The kernel page's plots share one look: axes, grid and legend follow the palette (dark themes
// included), and time runs as h:mm:ss since sampling started.
void applyPlotPalette(QCustomPlot* plot, const QPalette& palette);
void useSamplerTimeAxis(QCustomPlot* plot);

// Runs `refresh` at most once per interval: at once when the last run is long enough ago, else
// once at the end of the interval however many requests came in between. At 10 samples a second
// the plots and labels are redrawn at a rate the eye can follow, not once per sample.
class RefreshThrottle : public QObject {
public:
    RefreshThrottle(int minIntervalMs, std::function<void()> refresh, QObject* parent);
    void request();
    // Runs a pending refresh now (tests and explicit user actions).
    void flush();

private:
    void run();

    int m_minIntervalMs;
    std::function<void()> m_refresh;
    QTimer* m_timer;
    QElapsedTimer m_sinceLast;
};

} // namespace vmscope
