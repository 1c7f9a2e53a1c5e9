#include "widgets/process/AddressMapView.h"

#include "core/analysis/Classifier.h"
#include "core/format/Units.h"
#include "core/model/Saturating.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/common/KindColors.h"
#include "widgets/process/AddressMapText.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>

namespace vmscope {
namespace mapview {

    QString bytesText(std::uint64_t bytes)
    {
        return QString::fromStdString(formatBytes(bytes));
    }

    QString bytesText(double bytes)
    {
        return bytesText(bytes >= 18446744073709551615.0 ? ~std::uint64_t(0) : std::uint64_t(bytes));
    }

    QString vmaName(const Vma& v)
    {
        if (v.path.empty())
            return kindLabel(v.kind);
        if (v.isPseudoPath())
            return displayText(v.path);
        // Short paths read better whole ("/dev/zero", "/SYSV00000000"); long ones by file name.
        QString name = displayText(v.path.size() <= 20 ? std::string_view(v.path) : baseName(v.path));
        if (v.deleted)
            name += AddressMapView::tr(" (deleted)");
        return name;
    }

    QString permsText(const Vma& v)
    {
        return QString::fromStdString(v.perms.toString());
    }

} // namespace mapview

namespace {

    constexpr double kZoomStep = 1.25;
    constexpr int kPad = 8;
    constexpr int kOverviewWidth = 14;

    // Without a copy: `map ? map->vmas : std::vector<Vma>()` would copy 60,000 VMAs.
    const std::vector<Vma>& vmasOf(const std::shared_ptr<const MemoryMap>& map)
    {
        static const std::vector<Vma> none;
        return map ? map->vmas : none;
    }

} // namespace

using mapview::bytesText;
using mapview::permsText;
using mapview::vmaName;

AddressMapView::AddressMapView(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Address-space map"));
    rebuildScale(false);
}

AddressMapView::~AddressMapView() = default;

QSize AddressMapView::sizeHint() const
{
    return { 720, 800 };
}

QSize AddressMapView::minimumSizeHint() const
{
    return { 320, 240 };
}

void AddressMapView::setMemoryMap(std::shared_ptr<const MemoryMap> map)
{
    const bool sameProcess = m_map && map && m_map->pid == map->pid;
    // The view of a refreshed snapshot stays on the same addresses, not the same positions:
    // VMAs that appear or vanish below would otherwise shift everything.
    std::optional<std::uint64_t> centre;
    if (sameProcess && !m_scale.empty())
        centre = m_scale.addressAt(m_viewStart + viewLength() / 2);
    const int previousSelection = m_selected;
    m_map = std::move(map);
    if (!m_pagingExplicit)
        m_options.paging = detectPagingMode(vmasOf(m_map), std::nullopt);
    if (!sameProcess) {
        m_highlight.clear();
        m_highlightKinds.clear();
        m_selected = -1;
    }
    const double zoom = m_zoom;
    rebuildScale(false);
    if (sameProcess) {
        m_selected = -1;
        if (previousSelection >= 0 && m_map) {
            const AddressLookup found = lookupAddress(m_map->vmas, m_selectedStart, m_options.paging);
            if (found.kind == AddressLookup::InVma)
                m_selected = int(found.vmaIndex);
        }
        recomputeHighlight();
        m_zoom = std::clamp(zoom, 1.0, maxZoom());
        if (centre)
            m_viewStart = m_scale.positionOf(*centre) - viewLength() / 2;
        clampView();
    } else {
        zoomToFit();
    }
    update();
}

void AddressMapView::setPagingMode(PagingMode mode)
{
    m_pagingExplicit = true;
    if (mode == m_options.paging)
        return;
    m_options.paging = mode;
    rebuildScale(true);
}

void AddressMapView::clearPagingMode()
{
    m_pagingExplicit = false;
    const PagingMode detected = detectPagingMode(vmasOf(m_map), std::nullopt);
    if (detected != m_options.paging) {
        m_options.paging = detected;
        rebuildScale(true);
    }
}

void AddressMapView::setScaleMode(ScaleMode mode)
{
    if (mode == m_options.mode)
        return;
    m_options.mode = mode;
    rebuildScale(true);
    emit scaleModeChanged(mode);
}

void AddressMapView::setKernelExpanded(bool expanded)
{
    if (expanded == m_options.kernelExpanded)
        return;
    m_options.kernelExpanded = expanded;
    rebuildScale(true);
    emit kernelExpandedChanged(expanded);
}

void AddressMapView::setMarks(std::vector<Mark> marks)
{
    m_marks = std::move(marks);
    update();
}

void AddressMapView::setShowMarks(bool show)
{
    m_showMarks = show;
    update();
}

std::optional<double> AddressMapView::yOfAddress(std::uint64_t address) const
{
    if (!m_map || m_scale.empty())
        return std::nullopt;
    const Layout l = layoutFor(rect());
    const double y = yOfPosition(l, m_scale.positionOf(address));
    if (y < l.strip.top() || y > l.strip.bottom() + 1)
        return std::nullopt;
    return y;
}

std::vector<AddressMapView::PlacedMarkLabel> AddressMapView::placedMarkLabels() const
{
    return placeMarkLabels(layoutFor(rect()));
}

std::vector<AddressMapView::PlacedMarkLabel> AddressMapView::placeMarkLabels(const Layout& layout) const
{
    if (!m_showMarks || !m_map || m_scale.empty())
        return {};
    std::vector<std::pair<double, QString>> rows;
    for (const Mark& mark : m_marks) {
        const double y = yOfPosition(layout, m_scale.positionOf(mark.address));
        if (y >= layout.strip.top() && y <= layout.strip.bottom() + 1)
            rows.emplace_back(y, mark.label);
    }
    // Bottom (high y) to top, as the addresses rise; a label that would overlap the one below
    // joins it, so crowded marks (arg and env are a few bytes apart) stay readable. A joined
    // label wider than the strip is painted one name a line, stacked upwards.
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() > 0 ? font().pointSizeF() * 0.95 : 8.5);
    const QFontMetricsF metrics(mono);
    const double lineHeight = metrics.height();
    std::vector<PlacedMarkLabel> placed;
    for (const auto& [y, label] : rows) {
        if (!placed.empty() && placed.back().y - placed.back().lines * lineHeight - y < lineHeight) {
            PlacedMarkLabel& joined = placed.back();
            joined.text += QStringLiteral(", ") + label;
            joined.lines = metrics.horizontalAdvance(joined.text) > layout.strip.width() - 6
                ? int(joined.text.count(QStringLiteral(", "))) + 1
                : 1;
            continue;
        }
        placed.push_back({ label, y, 1 });
    }
    return placed;
}

void AddressMapView::setShowPssOverlay(bool show)
{
    m_showPss = show;
    update();
}

void AddressMapView::setShowLegend(bool show)
{
    m_showLegend = show;
    update();
}

// O(n) and about a millisecond for 60,000 VMAs: cheap enough for the GUI thread.
void AddressMapView::rebuildScale(bool keepView)
{
    // What the user looks at is the middle of the window: its centre address stays in the
    // centre and the addresses of its central half keep filling half of the strip, whatever
    // the new geometry does with the edges (a mode switch changes lengths a lot).
    std::optional<std::uint64_t> centre;
    std::optional<std::uint64_t> low;
    std::optional<std::uint64_t> high;
    if (keepView && !m_scale.empty() && m_zoom > 1.0001) {
        const double length = viewLength();
        centre = m_scale.addressAt(m_viewStart + length / 2);
        low = m_scale.addressAt(m_viewStart + length / 4);
        high = m_scale.addressAt(m_viewStart + length * 3 / 4);
    }
    m_scale = MapScale(vmasOf(m_map), m_options);
    m_zoom = 1.0;
    m_viewStart = 0;
    if (centre) {
        const double half = m_scale.positionOf(*high) - m_scale.positionOf(*low);
        const double length = std::max(2 * half, m_scale.totalLength() / maxZoom());
        m_zoom = std::clamp(m_scale.totalLength() / length, 1.0, maxZoom());
        m_viewStart = m_scale.positionOf(*centre) - viewLength() / 2;
    }
    clampView();
    update();
    emit viewChanged();
}

double AddressMapView::viewLength() const
{
    return m_scale.totalLength() / m_zoom;
}

double AddressMapView::maxZoom() const
{
    if (m_scale.empty())
        return 1.0;
    // Deep enough to see a single page as a tall block in either mode.
    const double smallestWindow = m_options.mode == ScaleMode::Linear ? 4096.0 / 8 : 1.0 / 16;
    return std::max(1.0, m_scale.totalLength() / smallestWindow);
}

void AddressMapView::clampView()
{
    m_zoom = std::clamp(m_zoom, 1.0, maxZoom());
    const double length = viewLength();
    m_viewStart = std::clamp(m_viewStart, 0.0, std::max(0.0, m_scale.totalLength() - length));
}

void AddressMapView::setView(double start, double zoom)
{
    m_zoom = zoom;
    m_viewStart = start;
    clampView();
    update();
    emit viewChanged();
}

void AddressMapView::zoomAround(double factor, double anchorPosition, double anchorFraction)
{
    const double zoom = std::clamp(m_zoom * factor, 1.0, maxZoom());
    const double length = m_scale.totalLength() / zoom;
    setView(anchorPosition - anchorFraction * length, zoom);
}

void AddressMapView::setZoom(double zoom)
{
    zoomAround(zoom / m_zoom, m_viewStart + viewLength() / 2, 0.5);
}

void AddressMapView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void AddressMapView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void AddressMapView::zoomToFit()
{
    setView(0, 1.0);
}

void AddressMapView::zoomToRange(std::uint64_t start, std::uint64_t end)
{
    if (m_scale.empty() || end <= start)
        return;
    const double a = m_scale.positionOf(start);
    const double b = m_scale.positionOf(end - 1);
    const std::size_t seg = m_scale.segmentOfAddress(end - 1);
    const double top = m_scale.segment(seg).last == end - 1 ? m_scale.segmentEnd(seg) : b;
    // The range takes two thirds of the strip: its neighbours show what surrounds it.
    const double length = std::max(top - a, 1e-9) * 1.5;
    const double zoom = std::clamp(m_scale.totalLength() / length, 1.0, maxZoom());
    setView((a + top) / 2 - m_scale.totalLength() / zoom / 2, zoom);
}

void AddressMapView::zoomToVma(int index)
{
    if (!m_map || index < 0 || std::size_t(index) >= m_map->vmas.size())
        return;
    const Vma& v = m_map->vmas[std::size_t(index)];
    zoomToRange(v.start, v.end);
}

void AddressMapView::centerOnAddress(std::uint64_t address)
{
    setView(m_scale.positionOf(address) - viewLength() / 2, m_zoom);
}

void AddressMapView::setChangedRegions(std::vector<std::pair<std::uint64_t, ChangeKind>> changes)
{
    std::sort(changes.begin(), changes.end());
    if (changes == m_changedRegions)
        return;
    m_changedRegions = std::move(changes);
    update();
}

void AddressMapView::setChangeLegend(std::vector<std::pair<ChangeKind, QString>> legend)
{
    m_changeLegend = std::move(legend);
    update();
}

ChangeKind AddressMapView::changeOfStart(std::uint64_t start) const
{
    const auto it = std::lower_bound(m_changedRegions.begin(), m_changedRegions.end(), start,
        [](const std::pair<std::uint64_t, ChangeKind>& change, std::uint64_t value) { return change.first < value; });
    return it != m_changedRegions.end() && it->first == start ? it->second : ChangeKind::None;
}

void AddressMapView::setSelectedVma(int index)
{
    if (!m_map || index < 0 || std::size_t(index) >= m_map->vmas.size())
        index = -1;
    m_selected = index;
    if (index >= 0) {
        const std::size_t seg = m_scale.segmentOfVma(std::size_t(index));
        m_selectedStart = m_map->vmas[std::size_t(index)].start;
        if (seg != MapScale::npos) {
            const double a = m_scale.segment(seg).position;
            const double b = m_scale.segmentEnd(seg);
            const double length = viewLength();
            if (a < m_viewStart || b > m_viewStart + length) {
                if (b - a <= length * 0.8)
                    setView((a + b) / 2 - length / 2, m_zoom);
                else
                    zoomToVma(index); // larger than the window: zoom out until it fits
            }
        }
    }
    update();
}

void AddressMapView::setHighlightedKinds(const std::vector<RegionKind>& kinds)
{
    m_highlightKinds = kinds;
    recomputeHighlight();
    update();
}

void AddressMapView::setHighlightedVmas(const std::vector<int>& indices)
{
    m_highlightKinds.clear();
    m_highlight.clear();
    if (m_map && !indices.empty()) {
        m_highlight.assign(m_map->vmas.size(), 0);
        for (const int i : indices)
            if (i >= 0 && std::size_t(i) < m_highlight.size())
                m_highlight[std::size_t(i)] = 1;
    }
    update();
}

void AddressMapView::clearHighlight()
{
    m_highlightKinds.clear();
    m_highlight.clear();
    update();
}

void AddressMapView::recomputeHighlight()
{
    if (m_highlightKinds.empty()) {
        // A filter by index does not survive a new snapshot: indices change.
        m_highlight.clear();
        return;
    }
    m_highlight.assign(m_map ? m_map->vmas.size() : 0, 0);
    for (std::size_t i = 0; i < m_highlight.size(); ++i)
        m_highlight[i] = std::find(m_highlightKinds.begin(), m_highlightKinds.end(), m_map->vmas[i].kind)
            != m_highlightKinds.end();
}

// ---------------------------------------------------------------------------------------
// Geometry

AddressMapView::Layout AddressMapView::layoutFor(const QRect& target) const
{
    Layout l;
    const QFontMetrics fm(font());
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() > 0 ? font().pointSizeF() * 0.95 : 8.5);
    const QFontMetrics fmMono(mono);
    const int lineHeight = fm.height() + 2;
    const QRect inner = target.adjusted(kPad, kPad, -kPad, -kPad);
    l.caption = QRect(inner.left(), inner.top(), inner.width(), lineHeight + 4);
    const int top = l.caption.bottom() + 1 + lineHeight / 2 + 4;
    const int bottom = inner.bottom() - lineHeight / 2;
    const int digits = m_options.paging == PagingMode::Bits32 ? 8 : 16;
    const int tickWidth = fmMono.horizontalAdvance(QStringLiteral("0x") + QString(digits, QLatin1Char('0'))) + 14;
    int right = inner.right();
    if (m_zoom > 1.0001) {
        l.overview = QRect(right - kOverviewWidth + 1, top, kOverviewWidth, bottom - top + 1);
        right -= kOverviewWidth + 10;
    }
    if (m_showLegend && inner.width() >= 760) {
        const int legendWidth = std::clamp(inner.width() / 6, 180, 240);
        l.legend = QRect(right - legendWidth + 1, top, legendWidth, bottom - top + 1);
        right -= legendWidth + 12;
    }
    l.ticks = QRect(inner.left(), top, tickWidth, bottom - top + 1);
    const int available = right - l.ticks.right();
    const int stripWidth = std::clamp(int(available * 0.34), 80, 280);
    l.strip = QRect(l.ticks.right() + 1, top, stripWidth, bottom - top + 1);
    l.labels = QRect(l.strip.right() + 1, top, std::max(0, right - l.strip.right()), bottom - top + 1);
    return l;
}

double AddressMapView::positionAtY(const Layout& layout, double y) const
{
    const double bottom = layout.strip.bottom() + 1;
    return m_viewStart + (bottom - y) * viewLength() / std::max(1, layout.strip.height());
}

double AddressMapView::yOfPosition(const Layout& layout, double position) const
{
    const double bottom = layout.strip.bottom() + 1;
    return bottom - (position - m_viewStart) / (viewLength() / std::max(1, layout.strip.height()));
}

std::size_t AddressMapView::segmentAtPoint(QPoint point) const
{
    const Layout l = layoutFor(rect());
    if (m_scale.empty() || point.y() < l.strip.top() || point.y() > l.strip.bottom())
        return MapScale::npos;
    if (point.x() < l.strip.left() - 4 || point.x() > l.strip.right() + 4)
        return MapScale::npos;
    return m_scale.segmentAt(positionAtY(l, point.y() + 0.5));
}

QRectF AddressMapView::vmaRect(int index) const
{
    if (index < 0)
        return {};
    const std::size_t seg = m_scale.segmentOfVma(std::size_t(index));
    if (seg == MapScale::npos)
        return {};
    const Layout l = layoutFor(rect());
    const double bottom = yOfPosition(l, m_scale.segment(seg).position);
    const double top = yOfPosition(l, m_scale.segmentEnd(seg));
    return QRectF(l.strip.left(), top, l.strip.width(), std::max(bottom - top, 1e-3));
}

int AddressMapView::vmaAt(QPoint point) const
{
    const std::size_t seg = segmentAtPoint(point);
    if (seg == MapScale::npos || m_scale.segment(seg).kind != MapSegment::Kind::Vma)
        return -1;
    return int(m_scale.segment(seg).index);
}

std::optional<std::uint64_t> AddressMapView::addressAt(QPoint point) const
{
    const std::size_t seg = segmentAtPoint(point);
    if (seg == MapScale::npos)
        return std::nullopt;
    return m_scale.addressAt(positionAtY(layoutFor(rect()), point.y() + 0.5));
}

// ---------------------------------------------------------------------------------------
// Tooltips

QString AddressMapView::toolTipForVma(int index) const
{
    if (!m_map || index < 0 || std::size_t(index) >= m_map->vmas.size())
        return {};
    const Vma& v = m_map->vmas[std::size_t(index)];
    const PagingMode mode = m_options.paging;
    auto hex = [&](std::uint64_t a) { return QString::fromStdString(hexAddress(a, mode)); };
    QString html = QStringLiteral("<b>%1</b><br/>").arg(vmaName(v).toHtmlEscaped());
    html += tr("%1 – %2 (%3)").arg(hex(v.start), hex(v.end), bytesText(v.size())) + QStringLiteral("<br/>");
    html += tr("permissions %1 · offset 0x%2 · device %3 · inode %4")
                .arg(permsText(v), QString::number(v.offset, 16), QString::fromStdString(v.device()))
                .arg(v.inode)
        + QStringLiteral("<br/>");
    if (!v.path.empty())
        html += tr("path: %1").arg(displayText(v.path).toHtmlEscaped())
            + (v.deleted ? tr(" (deleted: the file was unlinked)") : QString()) + QStringLiteral("<br/>");
    html += QStringLiteral("<b>%1</b>: %2<br/>")
                .arg(kindLabel(v.kind).toHtmlEscaped(),
                    QString::fromStdString(reasonText(m_map->vmas, std::size_t(index))).toHtmlEscaped());
    if (v.fields.has(SmapsKey::Rss)) {
        html += tr("Rss %1 · Pss %2 · Uss %3 · Swap %4")
                    .arg(sizeText(v.fields.get(SmapsKey::Rss)), sizeText(v.fields.get(SmapsKey::Pss)),
                        sizeText(v.fields.uss()), sizeText(v.fields.get(SmapsKey::Swap)))
            + QStringLiteral("<br/>");
        html += tr("dirty %1 (private %2, shared %3)")
                    .arg(sizeText(saturatingAdd(
                             v.fields.get(SmapsKey::Private_Dirty), v.fields.get(SmapsKey::Shared_Dirty))),
                        sizeText(v.fields.get(SmapsKey::Private_Dirty)), sizeText(v.fields.get(SmapsKey::Shared_Dirty)))
            + QStringLiteral("<br/>");
    } else {
        html += tr("no smaps counters (read from maps)") + QStringLiteral("<br/>");
    }
    if (!v.flags.empty()) {
        html += tr("VmFlags:");
        v.flags.forEach([&](std::string_view code) {
            html += QStringLiteral("<br/>&nbsp;&nbsp;<tt>%1</tt> %2")
                        .arg(QString::fromLatin1(code.data(), qsizetype(code.size())).toHtmlEscaped(),
                            QString::fromUtf8(vmFlagMeaning(code).data(), qsizetype(vmFlagMeaning(code).size()))
                                .toHtmlEscaped());
        });
    }
    return html;
}

QString AddressMapView::toolTipForSegment(std::size_t seg, QPoint point) const
{
    const MapSegment& s = m_scale.segment(seg);
    const PagingMode mode = m_options.paging;
    auto hex = [&](std::uint64_t a) { return QString::fromStdString(hexAddress(a, mode)); };
    QString html;
    switch (s.kind) {
    case MapSegment::Kind::Vma: {
        html = toolTipForVma(int(s.index));
        // Several VMAs may share the pixel row under the cursor: say so.
        const Layout l = layoutFor(rect());
        const std::size_t a = m_scale.segmentAt(positionAtY(l, point.y() + 1));
        const std::size_t b = m_scale.segmentAt(positionAtY(l, point.y()));
        if (b > a + 1)
            html = tr("<i>%1 blocks share this pixel row; zoom in to tell them apart.</i><br/>")
                       .arg(QLocale().toString(qulonglong(b - a + 1)))
                + html;
        break;
    }
    case MapSegment::Kind::Gap:
        html = tr("<b>unmapped</b><br/>between %1 and %2 (%3)<br/>no VMA: any access here faults (SIGSEGV)")
                   .arg(hex(s.start), hex(s.last + 1), bytesText(s.bytes()));
        break;
    case MapSegment::Kind::NonCanonical:
        html = tr("<b>non-canonical hole</b><br/>%1 – %2<br/>bits 63 down to the top implemented bit must all "
                  "be equal; these addresses cannot be mapped at all")
                   .arg(hex(s.start), hex(s.last));
        break;
    case MapSegment::Kind::Kernel:
        if (s.index == MapSegment::kNoIndex) {
            html = tr("<b>kernel space</b><br/>%1 – %2<br/>shared by all processes, not accessible from user "
                      "mode; double-click to show the documented layout")
                       .arg(hex(s.start), hex(s.last));
        } else {
            const KernelRegion& r = kernelRegions(mode)[s.index];
            html = tr("<b>kernel: %1</b><br/>%2 – %3 (%4)<br/>%5")
                       .arg(QString::fromStdString(r.name).toHtmlEscaped(), hex(r.start), hex(r.last),
                           bytesText(r.size()), QString::fromStdString(r.description).toHtmlEscaped());
            if (r.randomized)
                html += tr("<br/>KASLR moves this region at boot: the documented address is the default.");
            html += tr("<br/><i>Layout from Documentation/arch/x86/x86_64/mm.rst; not read from this machine.</i>");
        }
        break;
    }
    return html;
}

QString AddressMapView::toolTipAt(QPoint point) const
{
    const std::size_t seg = segmentAtPoint(point);
    if (seg == MapScale::npos)
        return {};
    return toolTipForSegment(seg, point);
}

// ---------------------------------------------------------------------------------------
// Painting entry points

QImage AddressMapView::renderToImage(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    renderMap(painter, QRect(QPoint(0, 0), size));
    return image;
}

void AddressMapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    renderMap(painter, rect());
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void AddressMapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    update();
}

void AddressMapView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
}

// ---------------------------------------------------------------------------------------
// Interaction

bool AddressMapView::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    case QEvent::NativeGesture: {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            gestureZoom(1.0 + gesture->value(), gesture->position());
            return true;
        }
        break;
    }
    case QEvent::Gesture:
        if (handleGesture(static_cast<QGestureEvent*>(event)))
            return true;
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

bool AddressMapView::handleGesture(QGestureEvent* event)
{
    auto* pinch = static_cast<QPinchGesture*>(event->gesture(Qt::PinchGesture));
    if (!pinch)
        return false;
    if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
        gestureZoom(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
    event->accept(pinch);
    return true;
}

void AddressMapView::gestureZoom(double factor, QPointF at)
{
    if (factor <= 0)
        return;
    const Layout l = layoutFor(rect());
    const double y = std::clamp(at.y(), double(l.strip.top()), double(l.strip.bottom() + 1));
    const double fraction = (l.strip.bottom() + 1 - y) / std::max(1, l.strip.height());
    zoomAround(factor, positionAtY(l, y), fraction);
}

void AddressMapView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        event->ignore();
        return;
    }
    const double steps = delta.y() / 120.0;
    if (event->modifiers() & Qt::ControlModifier) {
        // Zoom around the address under the cursor, which stays under the cursor.
        gestureZoom(std::pow(kZoomStep, steps), event->position());
    } else {
        // Plain wheel scrolls, as in every other scrolling view; up goes to higher addresses.
        setView(m_viewStart + steps * viewLength() * 0.1, m_zoom);
    }
    event->accept();
}

void AddressMapView::panOverview(QPoint point)
{
    const Layout l = layoutFor(rect());
    const double fraction = double(l.overview.bottom() + 1 - point.y()) / std::max(1, l.overview.height());
    setView(fraction * m_scale.totalLength() - viewLength() / 2, m_zoom);
}

void AddressMapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_pressPos = event->position().toPoint();
    m_pressViewStart = m_viewStart;
    m_dragging = false;
    const Layout l = layoutFor(rect());
    m_pressInOverview = l.overview.adjusted(-4, 0, 4, 0).contains(m_pressPos);
    if (m_pressInOverview)
        panOverview(m_pressPos);
    event->accept();
}

void AddressMapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (m_pressInOverview) {
            panOverview(pos);
            return;
        }
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const Layout l = layoutFor(rect());
            const double unitsPerPx = viewLength() / std::max(1, l.strip.height());
            setView(m_pressViewStart + (pos.y() - m_pressPos.y()) * unitsPerPx, m_zoom);
        }
        return;
    }
    if (const std::optional<std::uint64_t> address = addressAt(pos); address && *address != m_lastHovered) {
        m_lastHovered = *address;
        emit hoveredAddressChanged(quint64(*address));
    }
}

void AddressMapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    if (m_pressInOverview)
        return;
    const int index = vmaAt(event->position().toPoint());
    if (index >= 0) {
        setSelectedVma(index);
        emit vmaClicked(index);
    }
}

void AddressMapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const std::size_t seg = segmentAtPoint(event->position().toPoint());
    if (seg == MapScale::npos)
        return;
    const MapSegment s = m_scale.segment(seg);
    if (s.kind == MapSegment::Kind::Kernel && s.index == MapSegment::kNoIndex) {
        setKernelExpanded(true);
        zoomToRange(kernelSpaceStart(m_options.paging), addressSpaceLast(m_options.paging));
        return;
    }
    if (s.kind == MapSegment::Kind::Vma) {
        zoomToVma(int(s.index));
        emit vmaActivated(int(s.index));
        return;
    }
    zoomToRange(s.start, s.last == ~std::uint64_t(0) ? s.last : s.last + 1);
}

void AddressMapView::keyPressEvent(QKeyEvent* event)
{
    const double length = viewLength();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        zoomToFit();
        break;
    case Qt::Key_Up:
        setView(m_viewStart + length * 0.1, m_zoom);
        break;
    case Qt::Key_Down:
        setView(m_viewStart - length * 0.1, m_zoom);
        break;
    case Qt::Key_PageUp:
        setView(m_viewStart + length * 0.9, m_zoom);
        break;
    case Qt::Key_PageDown:
        setView(m_viewStart - length * 0.9, m_zoom);
        break;
    case Qt::Key_Home:
        setView(0, m_zoom);
        break;
    case Qt::Key_End:
        setView(m_scale.totalLength(), m_zoom);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0) {
            zoomToVma(m_selected);
            emit vmaActivated(m_selected);
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace vmscope
