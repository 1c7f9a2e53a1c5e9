#include "widgets/oom/OomPointsChart.h"

#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/common/PlotStyle.h"

#include <QEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace vmscope {
namespace {
    // Mid-lightness hues that read on light and dark palettes; adj in red, since it is a choice
    // made for the process rather than memory it holds.
    QColor partColor(OomPointsChart::Part part)
    {
        switch (part) {
        case OomPointsChart::RssPart:
            return QColor(0x3d, 0x7e, 0xc9);
        case OomPointsChart::SwapPart:
            return QColor(0x8e, 0x5c, 0xc2);
        case OomPointsChart::PageTablesPart:
            return QColor(0xe0, 0x8a, 0x2c);
        case OomPointsChart::AdjPart:
        case OomPointsChart::PartCount:
            break;
        }
        return QColor(0xc9, 0x45, 0x45);
    }
    constexpr double kMinimumSlots = 6;
} // namespace

OomPointsChart::OomPointsChart(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setMouseTracking(true);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setTickLabelPadding(6);
    m_plot->xAxis->setLabel(tr("points (pages)"));
    layout->addWidget(m_plot);

    const QString names[PartCount] = { tr("RSS"), tr("swap"), tr("page tables"), tr("oom_score_adj") };
    const char* const terms[PartCount] = { "rss", "swap", "page-tables", "oom-score-adj" };
    m_plot->setWhatsThis(explanationHtml(QStringLiteral("oom-score")));
    enableSeriesWhatsThis(m_plot);
    QCPBars* below = nullptr;
    for (int part = 0; part < PartCount; ++part) {
        auto* bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        const QColor color = partColor(Part(part));
        bars->setName(names[part]);
        setSeriesWhatsThis(bars, explanationHtml(QString::fromLatin1(terms[part])));
        bars->setWidth(0.7);
        // No outline: a part that is 0 would otherwise show as a line in its colour.
        bars->setPen(Qt::NoPen);
        bars->setBrush(color);
        bars->setSelectable(QCP::stNone);
        // QCustomPlot stacks negative values on the negative side: adj below zero goes left.
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_bars[part] = bars;
    }
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const int bar = barAt(event->position().toPoint());
        if (bar < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), m_toolTips[std::size_t(bar)], m_plot);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        const int bar = barAt(event->position().toPoint());
        if (event->button() == Qt::LeftButton && bar >= 0)
            emit barClicked(pidOfBar(bar));
    });
    applyPalette();
}

int OomPointsChart::pidOfBar(int bar) const
{
    return bar >= 0 && bar < barCount() ? m_pids[std::size_t(bar)] : -1;
}

int OomPointsChart::barAt(const QPoint& plotPosition) const
{
    if (m_pids.empty() || !m_plot->axisRect()->rect().contains(plotPosition))
        return -1;
    const double key = m_plot->yAxis->pixelToCoord(plotPosition.y());
    const int bar = barCount() - static_cast<int>(std::lround(key));
    if (bar < 0 || bar >= barCount() || std::abs(key - std::round(key)) > 0.4)
        return -1;
    return bar;
}

void OomPointsChart::setRanking(const OomRanking& ranking)
{
    const std::size_t count = std::min<std::size_t>(ranking.candidates.size(), kTopCount);
    m_pids.clear();
    m_toolTips.clear();
    QVector<double> keys;
    QVector<double> values[PartCount];
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double lowest = 0;
    double highest = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const OomCandidate& c = ranking.candidates[i];
        const OomBadness& b = c.badness;
        const double key = double(count - i);
        keys << key;
        ticker->addTick(key, tr("%1 (%2)").arg(displayText(c.name)).arg(c.pid));
        values[RssPart] << double(b.rssPages);
        values[SwapPart] << double(b.swapPages);
        values[PageTablesPart] << double(b.pageTablePages);
        values[AdjPart] << double(b.adjPoints);
        const double positive = double(b.rssPages) + double(b.swapPages) + double(b.pageTablePages)
            + double(std::max<std::int64_t>(b.adjPoints, 0));
        highest = std::max(highest, positive);
        lowest = std::min(lowest, double(std::min<std::int64_t>(b.adjPoints, 0)));
        m_pids.push_back(c.pid);
        m_toolTips.push_back(tr("%1 (PID %2): %3 points = %4 RSS + %5 swap + %6 page tables + %7 adj")
                                 .arg(displayText(c.name))
                                 .arg(c.pid)
                                 .arg(b.points)
                                 .arg(qulonglong(b.rssPages))
                                 .arg(qulonglong(b.swapPages))
                                 .arg(qulonglong(b.pageTablePages))
                                 .arg(b.adjPoints));
    }
    for (int part = 0; part < PartCount; ++part)
        m_bars[part]->setData(keys, values[part]); // keys descend: QCustomPlot sorts them
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(std::min(0.4, double(count) + 0.6 - kMinimumSlots), double(count) + 0.6);
    const double span = std::max(1.0, highest - lowest);
    m_plot->xAxis->setRange(lowest < 0 ? lowest - span * 0.05 : 0.0, highest + span * 0.05);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void OomPointsChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void OomPointsChart::applyPalette()
{
    applyPlotPalette(m_plot, palette());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace vmscope
