#pragma once

#include "core/read/OomRanking.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPBars;

namespace vmscope {

// The top candidates' points as horizontal stacked bars (QCustomPlot), the first candidate at the
// top, one segment each for RSS, swap, page tables and oom_score_adj. A negative adj is drawn to
// the left of zero: it takes points away. Values are pages, as the kernel counts them.
class OomPointsChart : public QWidget {
    Q_OBJECT
public:
    enum Part { RssPart, SwapPart, PageTablesPart, AdjPart, PartCount };
    static constexpr int kTopCount = 10;

    explicit OomPointsChart(QWidget* parent = nullptr);

    void setRanking(const OomRanking& ranking);

    QCustomPlot* plot() const { return m_plot; }
    QCPBars* bars(Part part) const { return m_bars[part]; }
    int barCount() const { return static_cast<int>(m_pids.size()); }
    // Bar i (0 = top) sits at key barCount() - i.
    double keyOfBar(int bar) const { return barCount() - bar; }
    int pidOfBar(int bar) const;
    int barAt(const QPoint& plotPosition) const;

    QSize sizeHint() const override { return { 480, 300 }; }

signals:
    void barClicked(int pid);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QCustomPlot* m_plot = nullptr;
    QCPBars* m_bars[PartCount] = {};
    std::vector<int> m_pids;
    std::vector<QString> m_toolTips;
};

} // namespace vmscope
