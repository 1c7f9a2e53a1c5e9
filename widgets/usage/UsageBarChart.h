#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <vector>

class QCustomPlot;
class QCPBars;

namespace vmscope {

// Horizontal stacked bars (QCustomPlot), the first bar at the top: one bar per row of a usage
// table (a user, a mapping, a system area), one stacked segment per series (e.g. USS and the
// shared part of PSS). Sizes are kB; the axis picks KiB, MiB or GiB from the largest bar.
// Hover shows the exact figures, clicking a bar emits barClicked.
class UsageBarChart : public QWidget {
    Q_OBJECT
public:
    struct Series {
        QString name;
        QColor color;
        QString toolTip; // what the segment means, shown in the hover text
    };
    struct Bar {
        QString label; // short, on the axis
        QString toolTip; // first line of the hover text (e.g. the full path)
        std::vector<std::uint64_t> values; // kB, one per series
    };

    explicit UsageBarChart(QWidget* parent = nullptr);

    void setSeries(std::vector<Series> series);
    void setBars(std::vector<Bar> bars);
    // Hover texts add the percentage of this total (MemTotal); 0 leaves it out.
    void setPercentBase(std::uint64_t totalKiB) { m_percentBase = totalKiB; }
    // Shown when there are no bars ("Scan mappings to see them").
    void setEmptyText(const QString& text);

    int barCount() const { return static_cast<int>(m_bars.size()); }
    // The bar under a point in this widget's coordinates, -1 for none.
    int barAt(const QPoint& position) const;
    QString barToolTip(int bar) const;
    QCustomPlot* plot() const { return m_plot; }

    QSize sizeHint() const override { return { 420, 360 }; }

signals:
    void barClicked(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void applyPalette();

    QCustomPlot* m_plot = nullptr;
    std::vector<QCPBars*> m_plottables;
    std::vector<Series> m_series;
    std::vector<Bar> m_bars;
    std::uint64_t m_percentBase = 0;
    QString m_emptyText;
};

} // namespace vmscope
