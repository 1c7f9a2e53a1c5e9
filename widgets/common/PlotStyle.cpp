#include "widgets/common/PlotStyle.h"

#include <QPalette>
#include <QTimer>

#include <qcustomplot.h>

namespace vmscope {

void applyPlotPalette(QCustomPlot* plot, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    plot->setBackground(palette.brush(QPalette::Base));
    for (QCPAxis* axis : { plot->xAxis, plot->yAxis }) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(palette.color(QPalette::Mid), 0, Qt::DotLine));
    }
    plot->legend->setBrush(palette.brush(QPalette::Base));
    plot->legend->setTextColor(text);
    if (plot->legend->borderPen().style() != Qt::NoPen)
        plot->legend->setBorderPen(QPen(palette.color(QPalette::Mid)));
}

void useSamplerTimeAxis(QCustomPlot* plot)
{
    auto ticker = QSharedPointer<QCPAxisTickerTime>::create();
    ticker->setTimeFormat(QStringLiteral("%h:%m:%s"));
    plot->xAxis->setTicker(ticker);
}

RefreshThrottle::RefreshThrottle(int minIntervalMs, std::function<void()> refresh, QObject* parent)
    : QObject(parent)
    , m_minIntervalMs(minIntervalMs)
    , m_refresh(std::move(refresh))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RefreshThrottle::run);
}

void RefreshThrottle::request()
{
    if (m_timer->isActive())
        return; // a refresh is already due
    const qint64 since = m_sinceLast.isValid() ? m_sinceLast.elapsed() : m_minIntervalMs;
    if (since >= m_minIntervalMs)
        run();
    else
        m_timer->start(int(m_minIntervalMs - since));
}

void RefreshThrottle::flush()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        run();
    }
}

void RefreshThrottle::run()
{
    m_sinceLast.start();
    m_refresh();
}

} // namespace vmscope
