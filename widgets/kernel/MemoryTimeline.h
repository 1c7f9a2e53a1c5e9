#pragma once

#include "core/sampling/SystemSample.h"
#include "widgets/kernel/SampleFigures.h"

#include <QWidget>

#include <array>
#include <chrono>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QVBoxLayout;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QListWidget;
class QToolButton;

namespace vmscope {

class RefreshThrottle;

// meminfo over time: one line per chosen series, in MiB, GiB or pages, over a sliding window
// (1 min to everything held), with a crosshair that reads every shown series at the mouse, and
// vertical markers for events (a workload's start and end, drop caches). Paused, it stops
// following the newest sample (samples still arrive, so nothing is lost) and can be dragged and
// zoomed.
class MemoryTimeline : public QWidget {
    Q_OBJECT
public:
    enum class MarkerKind { RunStart, RunEnd, DropCaches, OomKill, ExperimentStep };

    explicit MemoryTimeline(QWidget* parent = nullptr);
    ~MemoryTimeline() override;

    void addSample(const SamplePtr& sample);
    // Replaces what is shown with these samples (oldest first), keeping the markers.
    void setHistory(const std::vector<SamplePtr>& samples);
    // Returns the marker's index (markers are never removed, so it stays valid).
    std::size_t addMarker(double seconds, const QString& label, MarkerKind kind, const QString& toolTip = {});
    void setMarkerText(std::size_t index, const QString& label, const QString& toolTip);
    QString markerLabel(std::size_t index) const;
    QString markerToolTip(std::size_t index) const;
    MarkerKind markerKind(std::size_t index) const;
    // The marker whose line is within a few pixels of this plot position, if any.
    std::optional<std::size_t> markerAt(const QPointF& plotPosition) const;
    // Ticks exactly the series of the preset.
    void applyPreset(SeriesPreset preset);

    void setUnit(MemoryUnit unit);
    MemoryUnit unit() const { return m_unit; }
    // 0 shows everything held.
    void setWindowSeconds(double seconds);
    double windowSeconds() const { return m_windowSeconds; }
    void setPaused(bool paused);
    bool paused() const { return m_paused; }
    void setSeriesVisible(MemorySeries series, bool visible);
    bool seriesVisible(MemorySeries series) const;

    std::size_t sampleCount() const { return m_times.size(); }
    std::size_t markerCount() const { return m_markers.size(); }
    // The series at the newest sample at or before `seconds`, in the current unit.
    std::optional<double> valueAt(MemorySeries series, double seconds) const;
    std::optional<double> latestValue(MemorySeries series) const;
    // Moves the crosshair to this time (what hovering does) and returns its text.
    QString showCrosshairAt(double seconds);
    void hideCrosshair();

    QAction* pauseAction() const { return m_pauseAction; }
    QCustomPlot* plot() const { return m_plot; }

    // Samples held at most (about 2.8 h at 10 Hz, 28 h at 1 Hz); the oldest tenth goes first.
    static constexpr std::size_t kMaxSamples = 100000;

signals:
    void pausedChanged(bool paused);
    // The visible time range changed (follows the newest sample, or the user dragged/zoomed).
    void timeRangeChanged(double lower, double upper);
    // A marker was clicked (left button): an OOM kill's opens its report.
    void markerClicked(std::size_t index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QVBoxLayout* createControls();
    void createPlot();
    void createOverlayItems();
    void connectControls();
    struct Marker {
        double seconds = 0;
        QString label;
        MarkerKind kind = MarkerKind::RunStart;
        QString toolTip;
        QCPItemStraightLine* line = nullptr;
        QCPItemText* text = nullptr;
    };

    void appendPoint(const SystemSample& sample);
    void showLonePointAsDot();
    void rebuildGraphs();
    void trimOldest();
    void followNewest();
    void rescaleValues();
    double shownValue(MemorySeries series, double raw) const;
    void applyPalette();
    std::optional<std::size_t> indexAtOrBefore(double seconds) const;
    void refreshSeriesList();

    RefreshThrottle* m_refresh = nullptr;
    QCustomPlot* m_plot = nullptr;
    QListWidget* m_seriesList = nullptr;
    QComboBox* m_presetBox = nullptr;
    QComboBox* m_unitBox = nullptr;
    QComboBox* m_windowBox = nullptr;
    QToolButton* m_pauseButton = nullptr;
    QAction* m_pauseAction = nullptr;
    std::array<QCPGraph*, kMemorySeriesCount> m_graphs {};
    bool m_drawingDots = false;
    QCPItemStraightLine* m_crosshair = nullptr;
    QCPItemText* m_crosshairText = nullptr;
    QCPItemText* m_pausedText = nullptr;
    std::vector<Marker> m_markers;

    // kB (percent for PSI) per series, parallel to m_times; NaN where the kernel does not print it.
    std::vector<double> m_times;
    std::vector<std::chrono::system_clock::time_point> m_wallTimes; // for the crosshair's clock time
    std::array<std::vector<double>, kMemorySeriesCount> m_kib;
    std::uint64_t m_pageSize = 4096;
    MemoryUnit m_unit = MemoryUnit::MiB;
    double m_windowSeconds = 300;
    bool m_paused = false;
};

} // namespace vmscope
