#include "widgets/usage/UsageBarChart.h"

#include "core/model/Saturating.h"

#include "widgets/common/GuiFormat.h"

#include <QEvent>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace vmscope {
namespace {
    // Bar labels longer than this are elided in the middle (the hover text has them in full).
    constexpr int kLabelWidth = 220;
    constexpr double kMinimumSlots = 8;

    // The axis unit for a largest bar of `kib`: whole numbers on the axis, not "1048576 KiB".
    std::pair<double, QString> axisUnit(std::uint64_t kib)
    {
        if (kib >= 1024ull * 1024)
            return { 1024.0 * 1024.0, UsageBarChart::tr("GiB") };
        if (kib >= 1024)
            return { 1024.0, UsageBarChart::tr("MiB") };
        return { 1.0, UsageBarChart::tr("KiB") };
    }
} // namespace

UsageBarChart::UsageBarChart(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setMouseTracking(true);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->yAxis->setTickLabelPadding(6);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->xAxis->setRangeLower(0);
    layout->addWidget(m_plot);

    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const int bar = barAt(m_plot->mapTo(this, event->position().toPoint()));
        if (bar < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), barToolTip(bar), m_plot);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (event->button() != Qt::LeftButton)
            return;
        const int bar = barAt(m_plot->mapTo(this, event->position().toPoint()));
        if (bar >= 0)
            emit barClicked(bar);
    });
    applyPalette();
}

void UsageBarChart::setSeries(std::vector<Series> series)
{
    m_series = std::move(series);
    rebuild();
}

void UsageBarChart::setBars(std::vector<Bar> bars)
{
    m_bars = std::move(bars);
    rebuild();
}

void UsageBarChart::setEmptyText(const QString& text)
{
    m_emptyText = text;
    rebuild();
}

int UsageBarChart::barAt(const QPoint& position) const
{
    const QPoint inPlot = m_plot->mapFrom(this, position);
    if (m_bars.empty() || !m_plot->axisRect()->rect().contains(inPlot))
        return -1;
    // Bar i sits at key (count - i): the first bar at the top.
    const double key = m_plot->yAxis->pixelToCoord(inPlot.y());
    const int bar = static_cast<int>(m_bars.size()) - static_cast<int>(std::lround(key));
    if (bar < 0 || bar >= static_cast<int>(m_bars.size()) || std::abs(key - std::round(key)) > 0.4)
        return -1;
    return bar;
}

QString UsageBarChart::barToolTip(int bar) const
{
    if (bar < 0 || bar >= static_cast<int>(m_bars.size()))
        return {};
    const Bar& b = m_bars[static_cast<std::size_t>(bar)];
    auto withPercent = [&](std::uint64_t kib) {
        // No share of a saturated figure (core's shareOf): the size alone, which then says "overflow".
        if (shareOf(kib, m_percentBase).state != Share::State::Ok)
            return sizeText(kib);
        return tr("%1 (%2 %)").arg(sizeText(kib), shareText(kib, m_percentBase, 1));
    };
    QStringList lines { (b.toolTip.isEmpty() ? b.label : b.toolTip).toHtmlEscaped() };
    std::uint64_t total = 0;
    for (std::size_t s = 0; s < m_series.size() && s < b.values.size(); ++s) {
        addSaturating(total, b.values[s]);
        QString line = tr("%1: %2").arg(m_series[s].name, withPercent(b.values[s])).toHtmlEscaped();
        if (!m_series[s].toolTip.isEmpty())
            line += QStringLiteral("<br><i>%1</i>").arg(m_series[s].toolTip.toHtmlEscaped());
        lines << line;
    }
    if (m_series.size() > 1)
        lines << tr("Total: %1").arg(withPercent(total)).toHtmlEscaped();
    return QStringLiteral("<qt>%1</qt>").arg(lines.join(QStringLiteral("<br>")));
}

void UsageBarChart::rebuild()
{
    for (QCPBars* bars : m_plottables)
        m_plot->removePlottable(bars);
    m_plottables.clear();
    m_plot->clearItems();

    std::uint64_t largest = 0;
    for (const Bar& b : m_bars) {
        std::uint64_t total = 0;
        for (std::uint64_t v : b.values)
            addSaturating(total, v);
        largest = std::max(largest, total);
    }
    const auto [unit, unitName] = axisUnit(largest);

    const int count = static_cast<int>(m_bars.size());
    QSharedPointer<QCPAxisTickerText> keyTicker(new QCPAxisTickerText);
    QVector<double> keys;
    for (int i = 0; i < count; ++i) {
        const double key = count - i;
        keys << key;
        keyTicker->addTick(
            key, fontMetrics().elidedText(m_bars[static_cast<std::size_t>(i)].label, Qt::ElideMiddle, kLabelWidth));
    }
    m_plot->yAxis->setTicker(keyTicker);
    // At least kMinimumSlots slots, so that two bars do not become two fat blocks; bars start at the top.
    m_plot->yAxis->setRange(std::min(0.4, count + 0.6 - kMinimumSlots), count + 0.6);
    m_plot->xAxis->setLabel(unitName);

    QCPBars* below = nullptr;
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        auto* bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        bars->setName(m_series[s].name);
        bars->setWidth(0.7);
        bars->setPen(QPen(m_series[s].color.darker(130)));
        bars->setBrush(m_series[s].color);
        bars->setSelectable(QCP::stNone);
        QVector<double> values;
        for (const Bar& b : m_bars)
            values << (s < b.values.size() ? double(b.values[s]) / unit : 0.0);
        bars->setData(keys, values); // keys descend: let QCustomPlot sort them, or stacking finds no base
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_plottables.push_back(bars);
    }
    m_plot->legend->setVisible(m_series.size() > 1);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_plot->xAxis->setRange(0, largest > 0 ? double(largest) / unit * 1.05 : 1.0);

    if (m_bars.empty() && !m_emptyText.isEmpty()) {
        auto* text = new QCPItemText(m_plot);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(m_emptyText);
        text->setColor(palette().color(QPalette::WindowText));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void UsageBarChart::applyPalette()
{
    // QCustomPlot draws with fixed colours; follow the widget palette so dark mode reads.
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    m_plot->setBackground(pal.brush(QPalette::Base));
    for (QCPAxis* axis : { m_plot->xAxis, m_plot->yAxis }) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    m_plot->legend->setBrush(pal.brush(QPalette::Base));
    m_plot->legend->setTextColor(text);
    m_plot->legend->setBorderPen(QPen(grid));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void UsageBarChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace vmscope
