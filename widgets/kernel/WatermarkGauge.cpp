#include "widgets/kernel/WatermarkGauge.h"

#include "core/model/Saturating.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/kernel/ZoneToolTip.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace vmscope {
namespace {
    constexpr int kMargin = 4;
    constexpr int kBarWidth = 22;
    constexpr int kGap = 6;
    constexpr int kHoverSlack = 4; // pixels around a watermark line that count as "on it"

    QString pagesText(std::uint64_t pages, std::uint64_t pageSize)
    {
        return WatermarkGauge::tr("%1 (%2 pages)")
            .arg(sizeText(pagesToKiB(pages, pageSize)))
            .arg(static_cast<qulonglong>(pages));
    }

    struct Mark {
        QString name;
        std::uint64_t pages = 0;
    };

    std::vector<Mark> marksOf(const ZoneSample& zone)
    {
        std::vector<Mark> marks;
        if (zone.min)
            marks.push_back({ WatermarkGauge::tr("min"), *zone.min });
        if (zone.low)
            marks.push_back({ WatermarkGauge::tr("low"), *zone.low });
        if (zone.high)
            marks.push_back({ WatermarkGauge::tr("high"), *zone.high });
        // promo equals high plus one more distance; only worth a line when it is above high.
        if (zone.promo && *zone.promo > zone.high.value_or(0))
            marks.push_back({ WatermarkGauge::tr("promo"), *zone.promo });
        return marks;
    }

    // The [from, to) page ranges of the four bands, bottom to top.
    std::array<std::pair<std::uint64_t, std::uint64_t>, 4> bandRanges(const ZoneSample& zone, std::uint64_t top)
    {
        const std::uint64_t min = zone.min.value_or(0), low = zone.low.value_or(min), high = zone.high.value_or(low);
        return { { { 0, min }, { min, low }, { low, high }, { high, std::max(top, high) } } };
    }
} // namespace

QColor watermarkStateColor(WatermarkState band)
{
    switch (band) {
    case WatermarkState::AboveHigh:
        return QColor(0x4c, 0xaf, 0x50);
    case WatermarkState::BetweenLowAndHigh:
        return QColor(0xe0, 0xb9, 0x22);
    case WatermarkState::BelowLow:
        return QColor(0xf0, 0x86, 0x2a);
    case WatermarkState::BelowMin:
        return QColor(0xd9, 0x3f, 0x35);
    }
    return {};
}

QString watermarkStateLabel(WatermarkState band)
{
    switch (band) {
    case WatermarkState::AboveHigh:
        return WatermarkGauge::tr("comfortable");
    case WatermarkState::BetweenLowAndHigh:
        return WatermarkGauge::tr("between low and high");
    case WatermarkState::BelowLow:
        return WatermarkGauge::tr("kswapd woken");
    case WatermarkState::BelowMin:
        return WatermarkGauge::tr("direct reclaim");
    }
    return {};
}

QString watermarkStateMeaning(WatermarkState band)
{
    switch (band) {
    case WatermarkState::AboveHigh:
        return WatermarkGauge::tr("Free pages are above the high watermark: kswapd sleeps and allocations take pages "
                                  "without reclaiming anything.");
    case WatermarkState::BetweenLowAndHigh:
        return WatermarkGauge::tr("Between low and high: if kswapd was woken it keeps reclaiming in the background "
                                  "until free is above high again; allocations are not slowed.");
    case WatermarkState::BelowLow:
        return WatermarkGauge::tr("Below low: allocations wake kswapd, which reclaims page cache and swaps in the "
                                  "background; allocations still succeed without waiting.");
    case WatermarkState::BelowMin:
        return WatermarkGauge::tr("Below min: an allocating task must reclaim (or compact) memory itself before it "
                                  "gets a page, the stall users feel. Only atomic allocations and reclaim itself may "
                                  "dip under min; if reclaim fails the OOM killer is next.");
    }
    return {};
}

WatermarkGauge::WatermarkGauge(QWidget* parent)
    : QWidget(parent)
{
    setWhatsThis(explanationHtml(QStringLiteral("watermark")));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize WatermarkGauge::sizeHint() const
{
    return { 460, 190 };
}

QSize WatermarkGauge::minimumSizeHint() const
{
    return { 260, 170 };
}

void WatermarkGauge::addSample(const ZoneSample& zone, const ZoneContext& context)
{
    m_zone = zone;
    m_context = context;
    const std::uint64_t full = std::max(zone.managed.value_or(zone.present.value_or(0)), zone.free);
    m_scale = WatermarkScale(zone.min.value_or(0), zone.low.value_or(0), zone.high.value_or(0), full);
    m_history.push_back(
        { context.seconds, zone.free, zone.min.value_or(0), zone.low.value_or(0), zone.high.value_or(0) });
    while (m_history.size() > kHistoryLength)
        m_history.pop_front();
    update();
}

void WatermarkGauge::clearHistory()
{
    m_history.clear();
    update();
}

void WatermarkGauge::setContext(const ZoneContext& context)
{
    m_context = context;
}

WatermarkGauge::Layout WatermarkGauge::layout() const
{
    const QFontMetrics metrics(font());
    const int labelWidth
        = metrics.horizontalAdvance(tr("promo")) + metrics.horizontalAdvance(QStringLiteral(" 999.9 MiB")) + kGap;
    const int axisWidth = metrics.horizontalAdvance(QStringLiteral("999.9 MiB")) + kGap;
    const int top = kMargin + metrics.height() / 2;
    const int bottom = height() - kMargin - metrics.height();
    Layout result;
    result.labels = QRect(QPoint(kMargin, top), QPoint(kMargin + labelWidth, bottom));
    result.bar = QRect(QPoint(result.labels.right() + 1, top), QPoint(result.labels.right() + kBarWidth, bottom));
    result.rightAxis = QRect(QPoint(width() - kMargin - axisWidth, top), QPoint(width() - kMargin, bottom));
    result.history = QRect(QPoint(result.bar.right() + kGap, top), QPoint(result.rightAxis.left() - kGap, bottom));
    return result;
}

double WatermarkGauge::yFor(const QRect& area, std::uint64_t pages) const
{
    return area.bottom() + 1 - m_scale.position(pages) * area.height();
}

void WatermarkGauge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_zone.min || !m_zone.high) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter, tr("This kernel prints no watermarks for the zone."));
        return;
    }
    const Layout areas = layout();
    paintBandsAndLevel(painter, areas);
    paintHistory(painter, areas);
    paintWatermarkLabels(painter, areas);
    paintAxisAndCaptions(painter, areas);
}

// The bands, solid-ish in the bar and faint behind the history; then the free pages now: a solid
// column in the colour of the band they are in.
void WatermarkGauge::paintBandsAndLevel(QPainter& painter, const Layout& areas) const
{
    const QColor textColor = palette().color(QPalette::WindowText);
    QColor gridColor = textColor;
    gridColor.setAlpha(110);
    const auto ranges = bandRanges(m_zone, m_scale.fullPages());
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        const auto [from, to] = ranges[i];
        if (to <= from)
            continue;
        QColor color = watermarkStateColor(kWatermarkStatesBottomUp[i]);
        const double yTop = yFor(areas.bar, to), yBottom = yFor(areas.bar, from);
        color.setAlpha(90);
        painter.fillRect(QRectF(areas.bar.left(), yTop, areas.bar.width(), yBottom - yTop), color);
        color.setAlpha(40);
        painter.fillRect(QRectF(areas.history.left(), yTop, areas.history.width(), yBottom - yTop), color);
    }

    const WatermarkState band
        = watermarkState(m_zone.free, m_zone.min, m_zone.low, m_zone.high).value_or(WatermarkState::AboveHigh);
    const double freeY = yFor(areas.bar, m_zone.free);
    const QRectF level(areas.bar.left() + 5, freeY, areas.bar.width() - 10, areas.bar.bottom() + 1 - freeY);
    painter.fillRect(level, watermarkStateColor(band).darker(115));
    painter.setPen(QPen(textColor, 2));
    painter.drawLine(QPointF(areas.bar.left(), freeY), QPointF(areas.bar.right() + 1, freeY));
    painter.setPen(gridColor);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(areas.bar).adjusted(0, 0, 0, 0));
    painter.drawRect(areas.history);
}

// Watermark lines per sample (they move when boosted), then free pages on top.
void WatermarkGauge::paintHistory(QPainter& painter, const Layout& areas) const
{
    const QColor textColor = palette().color(QPalette::WindowText);
    const std::size_t count = m_history.size();
    const double step = count > 1 ? static_cast<double>(areas.history.width()) / (kHistoryLength - 1) : 0;
    auto xAt = [&](std::size_t index) { return areas.history.right() - static_cast<double>(count - 1 - index) * step; };
    auto polyline = [&](auto value) {
        QPainterPath path;
        for (std::size_t i = 0; i < count; ++i) {
            const QPointF point(xAt(i), yFor(areas.history, value(m_history[i])));
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        return path;
    };
    painter.setClipRect(areas.history.adjusted(0, -1, 1, 1));
    painter.setBrush(Qt::NoBrush);
    const std::array<std::pair<std::uint64_t Point::*, WatermarkState>, 3> lines
        = { { { &Point::min, WatermarkState::BelowMin }, { &Point::low, WatermarkState::BelowLow },
            { &Point::high, WatermarkState::AboveHigh } } };
    for (const auto& [member, lineBand] : lines) {
        painter.setPen(QPen(watermarkStateColor(lineBand).darker(130), 1, Qt::DashLine));
        if (count > 1)
            painter.drawPath(polyline([member](const Point& p) { return p.*member; }));
    }
    if (count > 1) {
        painter.setPen(QPen(textColor, 2));
        painter.drawPath(polyline([](const Point& p) { return p.free; }));
    }
    painter.setClipping(false);
}

// Left of the bar: the watermarks' names and sizes, pushed apart where they would overlap.
void WatermarkGauge::paintWatermarkLabels(QPainter& painter, const Layout& areas) const
{
    const QColor textColor = palette().color(QPalette::WindowText);
    const QFontMetrics metrics(font());
    std::vector<Mark> marks = marksOf(m_zone);
    std::vector<double> ys;
    for (const Mark& mark : marks)
        ys.push_back(yFor(areas.labels, mark.pages));
    const double lineHeight = metrics.height();
    for (std::size_t i = 1; i < ys.size(); ++i) // upwards: each label above the previous one
        ys[i] = std::min(ys[i], ys[i - 1] - lineHeight);
    for (std::size_t i = ys.size(); i-- > 0;) // keep the top one inside the widget
        if (i + 1 == ys.size())
            ys[i] = std::max(ys[i], lineHeight / 2);
        else
            ys[i] = std::max(ys[i], ys[i + 1] + lineHeight);
    painter.setPen(textColor);
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const QString text
            = marks[i].name + QLatin1Char(' ') + sizeText(pagesToKiB(marks[i].pages, m_context.pageSize));
        const QRectF box(areas.labels.left(), ys[i] - lineHeight / 2, areas.labels.width() - kGap, lineHeight);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
        // A tick from the label to the line it names.
        const double lineY = yFor(areas.bar, marks[i].pages);
        painter.drawLine(QPointF(areas.labels.right() - kGap + 2, ys[i]), QPointF(areas.bar.left(), lineY));
    }
}

// Right axis: the zone's size at the top, the end of the zoomed part, 0; under the history its
// time span.
void WatermarkGauge::paintAxisAndCaptions(QPainter& painter, const Layout& areas) const
{
    const QColor textColor = palette().color(QPalette::WindowText);
    const QFontMetrics metrics(font());
    const double lineHeight = metrics.height();
    const std::size_t count = m_history.size();
    auto axisLabel = [&](std::uint64_t pages, const QString& text) {
        const double y = std::clamp(yFor(areas.rightAxis, pages), lineHeight / 2, height() - lineHeight * 1.5);
        painter.drawText(QRectF(areas.rightAxis.left(), y - lineHeight / 2, areas.rightAxis.width(), lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    QColor axisColor = textColor;
    axisColor.setAlpha(170);
    painter.setPen(axisColor);
    axisLabel(m_scale.fullPages(), sizeText(pagesToKiB(m_scale.fullPages(), m_context.pageSize)));
    axisLabel(0, QStringLiteral("0"));
    // Name the two kinds of axis: fixed-height bands below high, logarithmic above.
    const double highY = yFor(areas.rightAxis, *m_zone.high);
    const double topY = yFor(areas.rightAxis, m_scale.fullPages()) + lineHeight / 2;
    const double bottomY = areas.rightAxis.bottom() - lineHeight / 2;
    painter.drawText(QRectF(areas.rightAxis.left(), topY, areas.rightAxis.width(), highY - topY),
        Qt::AlignLeft | Qt::AlignVCenter, tr("log"));
    painter.drawText(QRectF(areas.rightAxis.left(), highY, areas.rightAxis.width(), bottomY - highY),
        Qt::AlignLeft | Qt::AlignVCenter, tr("bands"));

    // Under the history: its time span.
    const QRectF caption(areas.history.left(), areas.history.bottom() + 2, areas.history.width(), metrics.height());
    if (count > 1) {
        const double span = m_history.back().seconds - m_history.front().seconds;
        painter.drawText(caption, Qt::AlignLeft | Qt::AlignTop, tr("−%1 s").arg(span, 0, 'f', span < 10 ? 1 : 0));
    }
    painter.drawText(caption, Qt::AlignRight | Qt::AlignTop, tr("now"));
    painter.drawText(
        QRectF(areas.bar.left() - kGap, areas.bar.bottom() + 2, areas.bar.width() + 2 * kGap, metrics.height()),
        Qt::AlignHCenter | Qt::AlignTop, tr("free"));
}

QString WatermarkGauge::watermarksExplanation() const
{
    const std::uint64_t pageSize = m_context.pageSize;
    QStringList lines;
    lines << tr("<b>How the watermarks are set</b>");
    if (m_context.tuning && m_context.tuning->minFreeKbytes) {
        const auto minFree = static_cast<std::uint64_t>(*m_context.tuning->minFreeKbytes);
        const std::uint64_t lowmemKiB = pagesToKiB(m_context.lowmemPages, pageSize);
        const std::uint64_t defaultKiB = defaultMinFreeKbytes(lowmemKiB);
        lines << tr("vm.min_free_kbytes = %1 kB is the sum of all zones' min watermarks.")
                     .arg(static_cast<qulonglong>(minFree));
        lines << tr("Its default for this machine is sqrt(%1 kB of low memory × 16) = %2 kB (clamped to 128 kB … "
                    "256 MiB; 64 MiB before Linux 5.7).")
                     .arg(static_cast<qulonglong>(lowmemKiB))
                     .arg(static_cast<qulonglong>(defaultKiB));
        if (minFree != defaultKiB)
            lines << tr("The value differs from the default: set with sysctl, or raised by khugepaged so that "
                        "transparent huge pages can be formed.");
        const std::uint64_t managed = m_zone.managed.value_or(0);
        const std::uint64_t share = zoneMinShare(minFree, pageSize, managed, m_context.lowmemPages);
        lines << tr("This zone's min is its share by managed pages: %1 × %2 / %3 pages = %4.")
                     .arg(static_cast<qulonglong>(minFree / std::max<std::uint64_t>(1, pageSize / 1024)))
                     .arg(static_cast<qulonglong>(managed))
                     .arg(static_cast<qulonglong>(m_context.lowmemPages))
                     .arg(pagesText(share, pageSize));
        const std::uint64_t unboostedMin
            = m_zone.min.value_or(0) - std::min(m_zone.min.value_or(0), m_zone.boost.value_or(0));
        if (share != unboostedMin)
            lines << tr("The kernel's figure (%1) differs: it computed the watermarks when they were last set, and "
                        "the managed pages changed since (memory hot-plug or a balloon driver).")
                         .arg(pagesText(unboostedMin, pageSize));
        if (m_context.tuning->watermarkScaleFactor) {
            const auto factor = static_cast<std::uint64_t>(*m_context.tuning->watermarkScaleFactor);
            lines << tr("low = min + max(min / 4, managed × watermark_scale_factor / 10000) and high = low + the "
                        "same distance; with watermark_scale_factor = %1 the distance is %2.")
                         .arg(static_cast<qulonglong>(factor))
                         .arg(pagesText(watermarkDistance(unboostedMin, managed, factor), pageSize));
        }
    } else {
        lines << tr("vm.min_free_kbytes (default sqrt(low memory in kB × 16), 128 kB … 256 MiB) is split across the "
                    "zones by size into their min watermarks; watermark_scale_factor sets the distance from min to "
                    "low and from low to high. (/proc/sys/vm was not read yet.)");
    }
    if (m_zone.boost.value_or(0) > 0) {
        lines << tr("boost = %1: after an allocation had to fall back to another migrate type (fragmentation), the "
                    "watermarks are raised by watermark_boost_factor so kswapd reclaims and compacts more; the boost "
                    "is dropped when kswapd is done. The shown watermarks include it.")
                     .arg(pagesText(*m_zone.boost, pageSize));
    } else if (m_zone.boost) {
        lines << tr("boost = 0: no fragmentation event raised the watermarks just now (watermark_boost_factor).");
    }
    return lines.join(QStringLiteral("<br>"));
}

QString WatermarkGauge::scaleExplanation() const
{
    return tr("<i>Axis: below high each band has a fixed height (linear inside it), because the distance between "
              "two watermarks can be a few percent of min and would vanish on a linear axis; above high the axis is "
              "logarithmic up to the zone's managed size (%1), because free memory is often a hundred times the "
              "high watermark.</i>")
        .arg(sizeText(pagesToKiB(m_scale.fullPages(), m_context.pageSize)));
}

QString WatermarkGauge::toolTipAt(const QPoint& position) const
{
    if (!m_zone.min || !m_zone.high)
        return {};
    const Layout areas = layout();
    const std::uint64_t pageSize = m_context.pageSize;

    // On (or labelled next to) a watermark line: what it triggers.
    for (const Mark& mark : marksOf(m_zone)) {
        const double y = yFor(areas.bar, mark.pages);
        if (std::abs(position.y() - y) > kHoverSlack || position.x() > areas.history.right())
            continue;
        QString meaning;
        if (mark.pages == *m_zone.min)
            meaning = tr("Below min, allocations reclaim directly (the allocating task waits); only atomic "
                         "allocations and reclaim itself may use the pages under it.");
        else if (mark.pages == m_zone.low.value_or(0))
            meaning = tr("When free falls to low, allocations wake kswapd, which reclaims in the background.");
        else if (mark.pages == *m_zone.high)
            meaning = tr("kswapd reclaims until free is above high, then sleeps again.");
        else
            meaning = tr("With NUMA memory tiering, kswapd reclaims up to promo so that hot pages can be promoted "
                         "from slower memory.");
        return tr("<b>%1 watermark: %2</b><br>%3<br><br>%4")
            .arg(mark.name, pagesText(mark.pages, pageSize), meaning, watermarksExplanation());
    }

    if (areas.rightAxis.contains(position) || areas.labels.contains(position))
        return scaleExplanation() + QStringLiteral("<br><br>") + watermarksExplanation();

    if (!areas.bar.united(areas.history).contains(position))
        return {};
    // A band: find which by the pages at this height.
    WatermarkState bandHere = WatermarkState::AboveHigh;
    const auto ranges = bandRanges(m_zone, m_scale.fullPages());
    for (std::size_t i = 0; i < ranges.size(); ++i)
        if (position.y() >= yFor(areas.bar, ranges[i].second) && position.y() <= yFor(areas.bar, ranges[i].first))
            bandHere = kWatermarkStatesBottomUp[i];
    QString text = tr("<b>%1</b><br>%2").arg(watermarkStateLabel(bandHere), watermarkStateMeaning(bandHere));
    if (areas.history.contains(position) && !m_history.empty()) {
        const double step = static_cast<double>(areas.history.width()) / (kHistoryLength - 1);
        const auto back = static_cast<std::size_t>((areas.history.right() - position.x()) / step + 0.5);
        if (back < m_history.size()) {
            const Point& point = m_history[m_history.size() - 1 - back];
            text += tr("<br><br>%1 s ago: free %2")
                        .arg(m_history.back().seconds - point.seconds, 0, 'f', 1)
                        .arg(pagesText(point.free, pageSize));
        }
    } else {
        text += tr("<br><br>Free now: %1").arg(pagesText(m_zone.free, pageSize));
    }
    return text + QStringLiteral("<br><br>") + scaleExplanation();
}

bool WatermarkGauge::event(QEvent* event)
{
    if (showToolTipAt(this, event, [this](const QPoint& position) { return toolTipAt(position); }))
        return true;
    return QWidget::event(event);
}

} // namespace vmscope
