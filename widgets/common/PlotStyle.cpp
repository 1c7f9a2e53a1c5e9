#include "widgets/common/PlotStyle.h"

#include <QHelpEvent>
#include <QPalette>
#include <QTimer>
#include <QWhatsThis>

#include <qcustomplot.h>

#include <algorithm>
#include <limits>

namespace vmscope {
namespace {
    double g_plotScale = 1.0;
    const char* const kWhatsThisProperty = "vmscopeWhatsThis";

    // The size something had before any scaling, remembered on first sight under `name`.
    template <class T> T baseValue(QObject* holder, const char* name, const T& current)
    {
        const QVariant stored = holder->property(name);
        if (stored.isValid())
            return stored.value<T>();
        holder->setProperty(name, QVariant::fromValue(current));
        return current;
    }

    QFont scaledFont(QObject* holder, const char* name, const QFont& current)
    {
        QFont font = baseValue(holder, name, current);
        if (g_plotScale != 1.0 && font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * g_plotScale);
        return font;
    }

    void applyPlotScale(QCustomPlot* plot)
    {
        for (int i = 0; i < plot->plottableCount(); ++i) {
            QCPAbstractPlottable* series = plot->plottable(i);
            QPen pen = series->pen();
            if (pen.style() == Qt::NoPen)
                continue;
            pen.setWidthF(baseValue(series, "vmscopeBasePenWidth", pen.widthF()) * g_plotScale);
            // A projector washes light colours out: strong, darker series colours while scaled.
            const QColor base = baseValue(series, "vmscopeBasePenColor", pen.color());
            pen.setColor(g_plotScale == 1.0 ? base
                                            : QColor::fromHsv(base.hsvHue(), std::max(base.hsvSaturation(), 220),
                                                std::min(base.value(), 190), base.alpha()));
            series->setPen(pen);
        }
        for (QCPAxis* axis : { plot->xAxis, plot->yAxis, plot->yAxis2 }) {
            if (!axis)
                continue;
            axis->setTickLabelFont(scaledFont(axis, "vmscopeBaseTickFont", axis->tickLabelFont()));
            axis->setLabelFont(scaledFont(axis, "vmscopeBaseLabelFont", axis->labelFont()));
        }
        plot->legend->setFont(scaledFont(plot->legend, "vmscopeBaseLegendFont", plot->legend->font()));
    }

    class SeriesWhatsThisFilter : public QObject {
    public:
        using QObject::QObject;

    protected:
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            auto* plot = qobject_cast<QCustomPlot*>(watched);
            if (!plot || event->type() != QEvent::WhatsThis)
                return QObject::eventFilter(watched, event);
            auto* help = static_cast<QHelpEvent*>(event);
            const QString text = seriesWhatsThisAt(plot, help->pos());
            if (text.isEmpty())
                return QObject::eventFilter(watched, event); // the plot's own whatsThis, or its parent's
            QWhatsThis::showText(help->globalPos(), text, plot);
            return true;
        }
    };
} // namespace

void setPlotScale(double scale)
{
    g_plotScale = scale;
}

double plotScale()
{
    return g_plotScale;
}

void setSeriesWhatsThis(QCPAbstractPlottable* series, const QString& html)
{
    series->setProperty(kWhatsThisProperty, html);
}

QString seriesWhatsThis(const QCPAbstractPlottable* series)
{
    return series->property(kWhatsThisProperty).toString();
}

void enableSeriesWhatsThis(QCustomPlot* plot)
{
    plot->installEventFilter(new SeriesWhatsThisFilter(plot));
}

QString seriesWhatsThisAt(QCustomPlot* plot, const QPoint& pos)
{
    // The legend item under the click names its series exactly.
    for (int i = 0; plot->legend->visible() && i < plot->legend->itemCount(); ++i) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i));
        if (item && item->outerRect().contains(pos))
            return seriesWhatsThis(item->plottable());
    }
    // Else the nearest visible series that has a text (selectTest gives the distance in pixels).
    QString nearestText;
    double nearest = std::numeric_limits<double>::max();
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* series = plot->plottable(i);
        const QString text = seriesWhatsThis(series);
        if (!series->visible() || text.isEmpty())
            continue;
        const double distance = series->selectTest(pos, false);
        if (distance >= 0 && distance < nearest) {
            nearest = distance;
            nearestText = text;
        }
    }
    return nearestText;
}

void applyPlotPalette(QCustomPlot* plot, const QPalette& palette)
{
    applyPlotScale(plot);
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
