#include "widgets/kernel/VmstatRatesPlot.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/PlotStyle.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace vmscope {

namespace {
    constexpr int kMinRefreshMs = 150;

    struct RateInfo {
        QString name;
        QColor color;
        Qt::PenStyle style;
    };

    double rateValue(const VmstatRates& rates, int rate)
    {
        switch (rate) {
        case VmstatRatesPlot::MinorFaults:
            return rates.minorFaults;
        case VmstatRatesPlot::MajorFaults:
            return rates.majorFaults;
        case VmstatRatesPlot::ScanKswapd:
            return rates.scanKswapd;
        case VmstatRatesPlot::ScanDirect:
            return rates.scanDirect;
        case VmstatRatesPlot::SwapIn:
            return rates.swapIn;
        case VmstatRatesPlot::SwapOut:
            return rates.swapOut;
        default:
            return 0;
        }
    }
} // namespace

VmstatRatesPlot::VmstatRatesPlot(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setToolTip(
        tr("Rates from /proc/vmstat, per second, from the difference between two samples.\n"
           "Minor fault: a page was mapped without disk I/O (first touch, page already cached).\n"
           "Major fault: the task waited for the disk (file data not cached, or swapped out).\n"
           "kswapd scan: pages looked at by background reclaim (free memory fell below the low watermark).\n"
           "Direct scan: pages looked at by tasks that had to reclaim themselves before allocating "
           "(below min): that is where stalls come from.\n"
           "Swap in/out: pages read from / written to swap."));
    layout->addWidget(m_summary);

    m_refresh = new RefreshThrottle(
        kMinRefreshMs,
        [this] {
            if (!isVisible())
                return;
            m_summary->setText(summaryText());
            rescaleValues();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        },
        this);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(140);
    useSamplerTimeAxis(m_plot);
    m_plot->yAxis->setLabel(tr("per second"));
    m_plot->yAxis->setNumberFormat(QStringLiteral("gb"));
    // The legend goes in one row above the plot: inside, it would hide the newest points.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(RateCount);
    m_plot->legend->setRowSpacing(0);
    m_plot->legend->setColumnSpacing(12);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 0));
    enableSeriesWhatsThis(m_plot);
    const std::array<const char*, RateCount> terms { "page-fault", "page-fault", "kswapd", "reclaim", "swap", "swap" };
    const std::array<RateInfo, RateCount> infos { {
        { tr("minor faults"), QColor(0x42, 0xa5, 0xf5), Qt::SolidLine },
        { tr("major faults"), QColor(0xe5, 0x39, 0x35), Qt::SolidLine },
        { tr("kswapd scan"), QColor(0x7c, 0xb3, 0x42), Qt::SolidLine },
        { tr("direct scan"), QColor(0xff, 0x6f, 0x00), Qt::SolidLine },
        { tr("swap in"), QColor(0x8e, 0x24, 0xaa), Qt::DashLine },
        { tr("swap out"), QColor(0xd8, 0x1b, 0x60), Qt::DashLine },
    } };
    for (int rate = 0; rate < RateCount; ++rate) {
        QCPGraph* graph = m_plot->addGraph();
        graph->setName(infos[std::size_t(rate)].name);
        setSeriesWhatsThis(graph,
            explanationHtml(tr("%1 per second, from /proc/vmstat.").arg(infos[std::size_t(rate)].name),
                QString::fromLatin1(terms[std::size_t(rate)])));
        graph->setPen(QPen(infos[std::size_t(rate)].color, 1.6, infos[std::size_t(rate)].style));
        graph->setAdaptiveSampling(true);
        m_graphs[std::size_t(rate)] = graph;
    }
    layout->addWidget(m_plot, 1);
    applyPalette();
    m_summary->setText(tr("Rates appear after the second sample."));
}

VmstatRatesPlot::~VmstatRatesPlot() = default;

void VmstatRatesPlot::addSample(const SamplePtr& sample)
{
    if (!sample)
        return;
    if (m_previous) {
        if (const auto rates = vmstatRates(*m_previous, *sample))
            addRates(*rates);
    }
    m_previous = sample;
}

void VmstatRatesPlot::setHistory(const std::vector<SamplePtr>& samples)
{
    for (QCPGraph* graph : m_graphs)
        graph->data()->clear();
    m_previous.reset();
    m_latest.reset();
    for (const SamplePtr& sample : samples)
        addSample(sample);
}

void VmstatRatesPlot::addRates(const VmstatRates& rates)
{
    m_latest = rates;
    for (int rate = 0; rate < RateCount; ++rate) {
        QCPGraph* graph = m_graphs[std::size_t(rate)];
        graph->addData(rates.seconds, rateValue(rates, rate));
        if (std::size_t(graph->dataCount()) > kMaxPoints)
            graph->data()->removeBefore((graph->data()->begin() + int(kMaxPoints / 10))->key);
    }
    m_refresh->request();
}

std::size_t VmstatRatesPlot::pointCount() const
{
    return std::size_t(m_graphs[0]->dataCount());
}

QString VmstatRatesPlot::summaryText() const
{
    if (!m_latest)
        return tr("Rates appear after the second sample.");
    const QLocale locale;
    auto n = [&locale](double value) { return locale.toString(value, 'f', value < 10 && value > 0 ? 1 : 0); };
    return tr("Page faults/s: minor %1, major %2  ·  pages scanned/s: kswapd %3, direct %4  ·  swap pages/s: "
              "in %5, out %6")
        .arg(n(m_latest->minorFaults), n(m_latest->majorFaults), n(m_latest->scanKswapd), n(m_latest->scanDirect),
            n(m_latest->swapIn), n(m_latest->swapOut));
}

void VmstatRatesPlot::setTimeRange(double lower, double upper)
{
    m_plot->xAxis->setRange(lower, upper);
    if (isVisible()) {
        rescaleValues();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void VmstatRatesPlot::rescaleValues()
{
    double upper = 0;
    for (QCPGraph* graph : m_graphs) {
        bool found = false;
        const QCPRange values = graph->getValueRange(found, QCP::sdBoth, m_plot->xAxis->range());
        if (found)
            upper = std::max(upper, values.upper);
    }
    m_plot->yAxis->setRange(0, upper > 0 ? upper * 1.1 : 10);
}

void VmstatRatesPlot::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_summary->setText(summaryText());
    rescaleValues();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void VmstatRatesPlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void VmstatRatesPlot::applyPalette()
{
    if (!m_plot)
        return;
    const QPalette pal = palette();
    applyPlotPalette(m_plot, pal);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace vmscope
