#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QCPAbstractPlottable;
class QCustomPlot;
class QPalette;
class QPoint;
class QString;
class QTimer;

namespace vmscope {

// The kernel page's plots share one look: axes, grid and legend follow the palette (dark themes
// included), and time runs as h:mm:ss since sampling started.
void applyPlotPalette(QCustomPlot* plot, const QPalette& palette);
void useSamplerTimeAxis(QCustomPlot* plot);

// Presentation mode draws every plot's lines and fonts this many times their normal size (1 =
// normal). applyPlotPalette applies it, from the sizes each plot had the first time it ran, so a
// return to 1 restores them exactly; plots apply the palette on every palette change.
void setPlotScale(double scale);
double plotScale();

// What's This for plot series: `html` (Explanations) is what Shift+F1 on the series or its
// legend item shows. enableSeriesWhatsThis makes the plot answer What's This for the series
// nearest to the click (or the legend item under it), else with the plot's own whatsThis.
void setSeriesWhatsThis(QCPAbstractPlottable* series, const QString& html);
QString seriesWhatsThis(const QCPAbstractPlottable* series);
void enableSeriesWhatsThis(QCustomPlot* plot);
// The text What's This shows at `pos` (plot coordinates): the nearest visible explained series.
QString seriesWhatsThisAt(QCustomPlot* plot, const QPoint& pos);

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
