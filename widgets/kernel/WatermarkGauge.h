#pragma once

#include "core/sampling/SystemSample.h"
#include "widgets/kernel/ZoneWatermarks.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <deque>

class QPainter;

namespace vmscope {

// The colour of a watermark band, shared by the gauge, its history and the state label.
QColor watermarkStateColor(WatermarkState state);
// The band's name and one sentence on what the kernel does there, translated.
QString watermarkStateLabel(WatermarkState state);
QString watermarkStateMeaning(WatermarkState state);

// One zone's free pages against its watermarks: a bar for now and, beside it, the last samples
// with the watermark lines across them, on a shared axis that keeps the bands readable (WatermarkScale).
// Hovering explains the band, the watermark under the mouse and how min_free_kbytes and
// watermark_scale_factor set them.
class WatermarkGauge : public QWidget {
    Q_OBJECT
public:
    static constexpr std::size_t kHistoryLength = 120; // samples

    explicit WatermarkGauge(QWidget* parent = nullptr);

    // The newest state of the zone; appended to the history.
    void addSample(const ZoneSample& zone, const ZoneContext& context);
    void clearHistory();
    void setContext(const ZoneContext& context); // new sysctls, same zone

    std::size_t historySize() const { return m_history.size(); }
    const WatermarkScale& scale() const { return m_scale; }
    // The text the tooltip shows at a point of the widget (public for the tests).
    QString toolTipAt(const QPoint& position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Point {
        double seconds = 0;
        std::uint64_t free = 0, min = 0, low = 0, high = 0;
    };
    struct Layout {
        QRect labels, bar, history, rightAxis;
    };
    Layout layout() const;
    void paintBandsAndLevel(QPainter& painter, const Layout& areas) const;
    void paintHistory(QPainter& painter, const Layout& areas) const;
    void paintWatermarkLabels(QPainter& painter, const Layout& areas) const;
    void paintAxisAndCaptions(QPainter& painter, const Layout& areas) const;
    double yFor(const QRect& area, std::uint64_t pages) const;
    QString watermarksExplanation() const;
    QString scaleExplanation() const;

    ZoneSample m_zone;
    ZoneContext m_context;
    WatermarkScale m_scale;
    std::deque<Point> m_history;
};

} // namespace vmscope
