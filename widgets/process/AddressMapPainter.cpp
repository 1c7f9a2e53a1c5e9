// The address-space map's painting: one pass per pixel row (level of detail), labels placed
// without overlap, the kernel half, the overview strip and the legend. Kept apart from the view's
// interaction (zoom, selection, tooltips) in AddressMapView.cpp; it reads the view's state as a
// friend and draws into any QPainter (screen, PNG, SVG, PDF).
#include "widgets/process/AddressMapView.h"

#include "core/analysis/Classifier.h"
#include "core/format/Units.h"
#include "core/model/Saturating.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/common/KindColors.h"
#include "widgets/process/AddressMapText.h"
#include "widgets/process/ChangeHighlighter.h"

#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <functional>

namespace vmscope {
namespace {

    // Segments thinner than this many pixels are merged into their pixel row.
    constexpr double kLodPixels = 1.5;
    constexpr int kLeaderWidth = 30;

    // Classes a pixel row can be dominated by: the region kinds, then the non-VMA segments.
    constexpr std::size_t kGapClass = kRegionKindCount;
    constexpr std::size_t kKernelClass = kRegionKindCount + 1;
    constexpr std::size_t kHoleClass = kRegionKindCount + 2;
    constexpr std::size_t kClassCount = kRegionKindCount + 3;

    QColor mix(const QColor& a, const QColor& b, double t)
    {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
            float(a.blueF() * (1 - t) + b.blueF() * t));
    }

    struct Theme {
        QColor background;
        QColor text;
        QColor dimText;
        QColor line;
        QColor breakFill;
        QColor kernelFill;
        QColor kernelText;
        QColor selection;
        QColor swap;
        bool dark = false;
        double tint = 0.6; // how far the not-resident part fades towards the background

        explicit Theme(const QPalette& palette)
        {
            background = palette.color(QPalette::Base);
            text = palette.color(QPalette::Text);
            dark = background.lightness() < 128;
            dimText = mix(text, background, 0.45);
            line = mix(text, background, 0.65);
            breakFill = mix(text, background, dark ? 0.9 : 0.94);
            kernelFill = dark ? QColor(0x3b, 0x45, 0x55) : QColor(0xdc, 0xe3, 0xec);
            kernelText = dark ? QColor(0xc8, 0xd2, 0xe0) : QColor(0x33, 0x44, 0x5a);
            selection = palette.color(QPalette::Highlight);
            swap = dark ? QColor(0xe0, 0x70, 0xff) : QColor(0x8a, 0x1f, 0xa8);
            tint = dark ? 0.55 : 0.62;
        }

        QColor faded(const QColor& c) const { return mix(c, background, tint); }
        QColor dimmed(const QColor& c) const { return mix(c, background, 0.8); }
    };

    std::uint64_t fieldBytes(const Vma& v, SmapsKey key)
    {
        return kibToBytes(v.fields.get(key));
    }

} // namespace

using mapview::bytesText;
using mapview::permsText;
using mapview::vmaName;

// ---------------------------------------------------------------------------------------
// Painting

struct AddressMapView::Painter {
    struct Label {
        double top;
        double bottom;
        double priority;
        enum Type { VmaBlock, Cluster, Break, Boundary, Kernel } type;
        std::size_t segment; // VmaBlock, Break: the segment; Cluster: the first segment
        std::size_t lastSegment; // Cluster only
        std::size_t count; // Cluster: VMAs merged
        std::size_t dominant; // Cluster: class
        double y = 0; // placed text centre
    };
    struct Tick {
        double y;
        std::uint64_t address;
    };
    // Pixel rows of VMAs too small to draw one by one.
    struct Row {
        int y = 0;
        std::array<double, kClassCount> weight {};
        double vmaWeight = 0;
        double highlighted = 0;
        double sizeBytes = 0;
        double rssBytes = 0;
        double dirtyBytes = 0;
        bool known = false; // some VMA with smaps fields
        std::size_t count = 0;
        ChangeKind change = ChangeKind::None; // the strongest change marked among its VMAs
    };
    struct Cluster {
        double top = 0;
        double bottom = 0;
        std::size_t first = 0;
        std::size_t last = 0;
        std::size_t count = 0;
        std::uint64_t bytes = 0;
        std::array<double, kClassCount> weight {};
    };

    const AddressMapView& view;
    QPainter& p;
    const Layout L;
    const Theme t;
    const MapScale& scale;
    const std::vector<Vma>* vmas;
    QFont font;
    QFont mono;
    QFont bold;
    QFont italic;
    QFontMetricsF fm;
    QFontMetricsF fmMono;
    double lh;
    double stripTop;
    double stripBottom;
    double unitsPerPx;
    double viewStart;
    double viewEnd;
    std::vector<Label> labels;
    std::vector<Tick> edgeTicks;
    Row row;
    Cluster cluster;
    double selectedY = -1;

    Painter(const AddressMapView& v, QPainter& painter, const QRect& target)
        : view(v)
        , p(painter)
        , L(v.layoutFor(target))
        , t(v.palette())
        , scale(v.m_scale)
        , vmas(v.m_map ? &v.m_map->vmas : nullptr)
        , font(v.font())
        , mono(QFontDatabase::systemFont(QFontDatabase::FixedFont))
        , fm(font)
        , fmMono(mono)
    {
        mono.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.95 : 8.5);
        fmMono = QFontMetricsF(mono);
        bold = font;
        bold.setWeight(QFont::DemiBold);
        italic = font;
        italic.setItalic(true);
        lh = fm.height() + 2;
        stripTop = L.strip.top();
        stripBottom = L.strip.bottom() + 1;
        unitsPerPx = v.viewLength() / std::max(1.0, stripBottom - stripTop);
        viewStart = v.m_viewStart;
        viewEnd = viewStart + v.viewLength();
    }

    double yOf(double position) const { return stripBottom - (position - viewStart) / unitsPerPx; }

    const Vma& vmaOf(const MapSegment& s) const { return (*vmas)[s.index]; }
    bool highlighted(std::size_t vmaIndex) const
    {
        return view.m_highlight.empty() || (vmaIndex < view.m_highlight.size() && view.m_highlight[vmaIndex]);
    }

    void run()
    {
        p.save();
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        p.fillRect(L.caption.united(L.strip).united(L.labels).united(L.ticks), t.background);
        paintCaption();
        if (!scale.empty() && L.strip.height() > 4) {
            p.save();
            p.setClipRect(L.strip.adjusted(-2, 0, 2, 0));
            paintSegments();
            paintBoundary();
            paintSelectionMarker();
            paintMarks();
            p.restore();
            paintTicks();
            paintLabels();
            paintOverview();
        }
        paintLegend();
        p.restore();
    }

    void paintCaption()
    {
        if (L.caption.height() <= 0)
            return;
        QString text;
        if (!view.m_map) {
            text = AddressMapView::tr("No process selected");
        } else {
            const QString mode = view.m_options.mode == ScaleMode::Compressed
                ? AddressMapView::tr("compressed scale: block length grows with log₂(size), gaps collapsed")
                : AddressMapView::tr("linear scale: true addresses, 1 pixel ≈ %1")
                      .arg(bytesText(std::max(1.0, unitsPerPx)));
            const QString paging = view.m_options.paging == PagingMode::Bits32
                ? AddressMapView::tr("32-bit, 3G/1G split")
                : view.m_options.paging == PagingMode::Level5 ? AddressMapView::tr("5-level paging, 56-bit user space")
                                                              : AddressMapView::tr("4-level paging, 47-bit user space");
            text = AddressMapView::tr("pid %1 · %n VMA(s) · %2 · %3", nullptr, int(view.m_map->vmas.size()))
                       .arg(view.m_map->pid)
                       .arg(mode, paging);
            if (view.m_zoom > 1.0001)
                text += AddressMapView::tr(" · zoom %1×").arg(QLocale().toString(view.m_zoom, 'g', 3));
        }
        p.setFont(font);
        p.setPen(t.dimText);
        p.drawText(L.caption, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, L.caption.width()));
    }

    // One pass over the visible segments: big ones are drawn as they come, small ones go
    // into the current pixel row, which is drawn when the next row starts.
    void paintSegments()
    {
        const std::size_t first = scale.segmentAt(viewStart);
        const std::size_t last = scale.segmentAt(viewEnd);
        row.y = INT_MIN;
        for (std::size_t i = first; i <= last && i < scale.size(); ++i) {
            const MapSegment& s = scale.segment(i);
            double bottom = yOf(s.position);
            double top = yOf(scale.segmentEnd(i));
            bottom = std::min(bottom, stripBottom);
            top = std::max(top, stripTop);
            if (bottom <= top)
                continue;
            if (bottom - top < kLodPixels) {
                addSmall(i, top, bottom);
                continue;
            }
            flushRow();
            flushCluster();
            paintSegment(i, top, bottom);
        }
        flushRow();
        flushCluster();
    }

    std::size_t classOf(const MapSegment& s) const
    {
        switch (s.kind) {
        case MapSegment::Kind::Vma:
            return static_cast<std::size_t>(vmaOf(s).kind);
        case MapSegment::Kind::Gap:
            return kGapClass;
        case MapSegment::Kind::Kernel:
            return kKernelClass;
        case MapSegment::Kind::NonCanonical:
            return kHoleClass;
        }
        return kGapClass;
    }

    void addSmall(std::size_t i, double top, double bottom)
    {
        const int y = int(std::floor((top + bottom) / 2));
        if (y != row.y) {
            flushRow();
            row.y = y;
        }
        const MapSegment& s = scale.segment(i);
        const double w = bottom - top;
        const std::size_t c = classOf(s);
        row.weight[c] += w;
        if (s.kind == MapSegment::Kind::Vma) {
            const Vma& v = vmaOf(s);
            row.vmaWeight += w;
            row.count += 1;
            row.sizeBytes += double(v.size());
            if (v.fields.has(SmapsKey::Rss)) {
                row.known = true;
                row.rssBytes += double(fieldBytes(v, SmapsKey::Rss));
                row.dirtyBytes += double(
                    saturatingAdd(fieldBytes(v, SmapsKey::Private_Dirty), fieldBytes(v, SmapsKey::Shared_Dirty)));
            }
            if (highlighted(s.index))
                row.highlighted += w;
            // Appeared outranks Resized outranks RssChanged (the enum's order, reversed).
            const ChangeKind change = view.changeOfStart(v.start);
            if (change != ChangeKind::None && (row.change == ChangeKind::None || change < row.change))
                row.change = change;
            if (int(s.index) == view.m_selected)
                selectedY = (top + bottom) / 2;
            if (cluster.count == 0) {
                cluster.first = i;
                cluster.bottom = bottom;
            }
            cluster.last = i;
            cluster.top = top;
            cluster.count += 1;
            addSaturating(cluster.bytes, v.size());
            cluster.weight[c] += w;
        }
    }

    static std::size_t dominant(const std::array<double, kClassCount>& weight, std::size_t end)
    {
        return std::size_t(std::max_element(weight.begin(), weight.begin() + long(end)) - weight.begin());
    }

    void flushRow()
    {
        if (row.y == INT_MIN)
            return;
        const QRect r(L.strip.left(), row.y, L.strip.width(), 1);
        if (row.vmaWeight > 0) {
            QColor c = kindColor(RegionKind(dominant(row.weight, kRegionKindCount)));
            if (row.highlighted < row.vmaWeight * 0.5)
                c = t.dimmed(c);
            if (row.known && row.sizeBytes > 0) {
                p.fillRect(r, t.faded(c));
                const int rw = int(std::lround(L.strip.width() * std::min(1.0, row.rssBytes / row.sizeBytes)));
                p.fillRect(QRect(r.left(), r.top(), rw, 1), c);
                const int dw = int(std::lround(L.strip.width() * std::min(1.0, row.dirtyBytes / row.sizeBytes)));
                if (dw > 0)
                    p.fillRect(QRect(r.left(), r.top(), std::min(dw, 3), 1), c.darker(170));
            } else {
                p.fillRect(r, c);
            }
            // A solid edge mark: a lone sub-pixel VMA in a light colour stays visible.
            p.fillRect(QRect(r.left() - 3, r.top(), 5, 1), c);
            if (row.change != ChangeKind::None)
                p.fillRect(QRect(r.left() - 7, r.top(), 5, 1), ChangeHighlighter::baseColor(row.change));
        } else {
            const std::size_t d = dominant(row.weight, kClassCount);
            if (d == kKernelClass)
                p.fillRect(r, t.kernelFill);
            else
                p.fillRect(r, t.breakFill);
        }
        row = Row();
        row.y = INT_MIN;
    }

    void flushCluster()
    {
        // A run of sub-pixel VMAs is labelled as one: its size in rows ranks it.
        if (cluster.count == 1)
            labels.push_back({ cluster.top - 0.5, cluster.bottom + 0.5, 1e6, Label::VmaBlock, cluster.first,
                cluster.first, 1, 0, 0.0 });
        else if (cluster.count >= 2)
            labels.push_back(
                { cluster.top - 0.5, cluster.bottom + 0.5, cluster.bottom - cluster.top + 1e6 + 1, Label::Cluster,
                    cluster.first, cluster.last, cluster.count, dominant(cluster.weight, kRegionKindCount), 0.0 });
        if (cluster.count > 0 && cluster.bottom - cluster.top >= 2) {
            edgeTicks.push_back({ cluster.bottom, scale.segment(cluster.first).start });
            edgeTicks.push_back({ cluster.top, scale.segment(cluster.last).last + 1 });
        }
        cluster = Cluster();
    }

    void paintSegment(std::size_t i, double top, double bottom)
    {
        const MapSegment& s = scale.segment(i);
        const QRect r(L.strip.left(), int(std::lround(top)), L.strip.width(),
            std::max(1, int(std::lround(bottom)) - int(std::lround(top))));
        if (yOf(s.position) <= stripBottom)
            edgeTicks.push_back({ yOf(s.position), s.start });
        if (i + 1 == scale.size() && yOf(scale.segmentEnd(i)) >= stripTop)
            edgeTicks.push_back({ yOf(scale.segmentEnd(i)), s.last });
        switch (s.kind) {
        case MapSegment::Kind::Vma:
            paintBlock(s, r);
            labels.push_back({ top, bottom, bottom - top + 1e6, Label::VmaBlock, i, i, 1, 0, 0.0 });
            break;
        case MapSegment::Kind::Gap:
            if (s.fixedLength)
                paintBreak(r, AddressMapView::tr("%1 unmapped").arg(bytesText(s.bytes())), i, false);
            else
                paintLinearGap(r, s, i);
            break;
        case MapSegment::Kind::NonCanonical:
            paintBreak(
                r, AddressMapView::tr("non-canonical hole · %1 · no valid address").arg(bytesText(s.span())), i, true);
            break;
        case MapSegment::Kind::Kernel:
            paintKernel(r, s, i);
            break;
        }
    }

    void paintBlock(const MapSegment& s, const QRect& r)
    {
        const Vma& v = vmaOf(s);
        QColor c = kindColor(v.kind);
        if (!highlighted(s.index))
            c = t.dimmed(c);
        const double size = double(v.size());
        const int w = r.width();
        if (v.kind == RegionKind::Guard) {
            // No access: never resident. Hatched so a reservation does not read as memory.
            p.fillRect(r, t.faded(c));
            p.fillRect(r, QBrush(c.darker(120), Qt::FDiagPattern));
        } else if (v.fields.has(SmapsKey::Rss) && size > 0) {
            p.fillRect(r, t.faded(c));
            const double rss = double(fieldBytes(v, SmapsKey::Rss));
            const int rw = int(std::lround(w * std::min(1.0, rss / size)));
            if (rw > 0)
                p.fillRect(QRect(r.left(), r.top(), rw, r.height()), c);
            const double dirty = double(fieldBytes(v, SmapsKey::Private_Dirty) + fieldBytes(v, SmapsKey::Shared_Dirty));
            const int dw = int(std::lround(w * std::min(1.0, dirty / size)));
            if (dw > 0)
                p.fillRect(QRect(r.left(), r.top(), dw, r.height()), QBrush(c.darker(175), Qt::BDiagPattern));
            const double swap = double(fieldBytes(v, SmapsKey::Swap));
            const int sw = std::min(w - rw, int(std::lround(w * std::min(1.0, swap / size))));
            if (sw > 0)
                p.fillRect(QRect(r.left() + rw, r.top(), sw, r.height()), QBrush(t.swap, Qt::Dense4Pattern));
            if (view.m_showPss && r.height() >= 3) {
                const double pss = double(fieldBytes(v, SmapsKey::Pss));
                const double uss = double(v.fields.uss()) * 1024;
                p.setPen(QPen(t.text, 2));
                const int px = r.left() + int(std::lround(w * std::min(1.0, pss / size)));
                p.drawLine(px, r.top(), px, r.bottom());
                p.setPen(QPen(t.text, 1, Qt::DotLine));
                const int ux = r.left() + int(std::lround(w * std::min(1.0, uss / size)));
                p.drawLine(ux, r.top(), ux, r.bottom());
            }
        } else {
            p.fillRect(r, c); // maps only: no residency known
        }
        if (r.height() >= 4) {
            p.setPen(t.dark ? mix(c, t.background, 0.45) : c.darker(150));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
        if (const ChangeKind change = view.changeOfStart(v.start); change != ChangeKind::None) {
            // Changed since an experiment's previous step: a frame in the table's colour for
            // the change, and a tab left of the strip so a thin block shows it too.
            const QColor mark = ChangeHighlighter::baseColor(change);
            p.fillRect(QRect(r.left() - 7, r.top(), 5, r.height()), mark);
            if (r.height() >= 6) {
                p.setPen(QPen(mark, 2, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(2, 2, -3, -3));
            }
        }
        if (int(s.index) == view.m_selected) {
            selectedY = r.center().y();
            p.setPen(QPen(t.selection, 3));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(1, 1, -2, -2));
        }
    }

    void zigzag(double y, double left, double right, double amplitude)
    {
        QPainterPath path;
        const double period = 8;
        path.moveTo(left, y);
        bool up = true;
        for (double x = left + period / 2; x < right + period / 2; x += period / 2) {
            path.lineTo(std::min(x, right), y + (up ? -amplitude : amplitude));
            up = !up;
        }
        p.drawPath(path);
    }

    void paintBreak(const QRect& r, const QString& text, std::size_t segment, bool strong)
    {
        p.fillRect(r, t.breakFill);
        if (r.height() >= 5) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(strong ? t.dimText : t.line, strong ? 1.4 : 1.0));
            p.setBrush(Qt::NoBrush);
            const double amplitude = std::min(2.5, r.height() / 5.0);
            zigzag(r.top() + amplitude, r.left() - 2, r.right() + 2, amplitude);
            zigzag(r.bottom() - amplitude + 1, r.left() - 2, r.right() + 2, amplitude);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
        if (r.height() >= fm.height() + 4 && fm.horizontalAdvance(text) <= r.width() - 8) {
            p.setFont(italic);
            p.setPen(t.dimText);
            p.drawText(r, Qt::AlignCenter, text);
        } else if (r.height() >= 2) {
            labels.push_back({ double(r.top()), double(r.bottom() + 1), double(r.height()), Label::Break, segment,
                segment, 0, 0, 0.0 });
        }
    }

    void paintLinearGap(const QRect& r, const MapSegment& s, std::size_t)
    {
        // Empty space is the point of linear mode: only faint rails mark the strip.
        p.setPen(QPen(t.line, 1, Qt::DotLine));
        p.drawLine(r.left(), r.top(), r.left(), r.bottom());
        p.drawLine(r.right(), r.top(), r.right(), r.bottom());
        if (r.height() >= 3 * lh) {
            p.setFont(italic);
            p.setPen(t.dimText);
            const double visibleTop = std::max(double(r.top()), stripTop);
            const double visibleBottom = std::min(double(r.bottom()), stripBottom);
            const QRectF textRect(r.left(), visibleTop, r.width(), visibleBottom - visibleTop);
            p.drawText(textRect, Qt::AlignCenter, AddressMapView::tr("%1 unmapped").arg(bytesText(s.bytes())));
        }
    }

    void paintKernel(const QRect& r, const MapSegment& s, std::size_t segment)
    {
        const KernelRegion* region
            = s.index == MapSegment::kNoIndex ? nullptr : &kernelRegions(view.m_options.paging)[s.index];
        if (region && region->hole) {
            paintBreak(r, AddressMapView::tr("%1 · %2").arg(QString::fromStdString(region->name), bytesText(s.span())),
                segment, false);
            return;
        }
        p.fillRect(r, t.kernelFill);
        if (!region)
            p.fillRect(r, QBrush(mix(t.kernelFill, t.kernelText, 0.18), Qt::BDiagPattern));
        if (r.height() >= 4) {
            p.setPen(mix(t.kernelFill, t.kernelText, 0.35));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
        QString text;
        if (region) {
            text = AddressMapView::tr("%1 · %2").arg(QString::fromStdString(region->name), bytesText(region->size()));
            if (region->randomized)
                text += AddressMapView::tr(" · KASLR");
        } else {
            text = AddressMapView::tr("kernel space · %1").arg(bytesText(s.span()));
        }
        if (r.height() >= fm.height() + 2) {
            p.setFont(font);
            p.setPen(t.kernelText);
            p.drawText(r.adjusted(6, 0, -6, 0), Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, r.width() - 12));
        } else if (r.height() >= 2) {
            labels.push_back({ double(r.top()), double(r.bottom() + 1), double(r.height()) + 2e5, Label::Kernel,
                segment, segment, 0, 0, 0.0 });
        }
    }

    void paintBoundary()
    {
        const double y = yOf(scale.userEnd());
        if (y < stripTop || y > stripBottom || scale.userEnd() >= scale.totalLength())
            return;
        p.setPen(QPen(t.dimText, 1, Qt::DashLine));
        p.drawLine(QPointF(L.strip.left() - 4, y), QPointF(L.strip.right() + 4, y));
        labels.push_back({ y - 1, y + 1, 5e6, Label::Boundary, 0, 0, 0, 0, 0.0 });
    }

    void paintSelectionMarker()
    {
        if (view.m_selected < 0 || selectedY < 0)
            return;
        // A thin VMA stays findable: an arrow at the strip's left edge points at it.
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(t.selection);
        const double x = L.strip.left();
        const QPointF arrow[] = { { x + 1, selectedY }, { x + 9, selectedY - 5 }, { x + 9, selectedY + 5 } };
        p.drawPolygon(arrow, 3);
        p.setPen(QPen(t.selection, 1));
        p.drawLine(QPointF(x, selectedY), QPointF(L.strip.right(), selectedY));
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    // The layout marks (AddressMapView::setMarks): a dashed line across the strip, the label at
    // the strip's right edge on a plate, so it reads over any colour of block.
    void paintMarks()
    {
        if (!view.m_showMarks || view.m_marks.empty())
            return;
        const QColor ink = t.dark ? QColor(0xff, 0xd0, 0x60) : QColor(0x9a, 0x2a, 0x00);
        p.setPen(QPen(ink, 1, Qt::DashLine));
        for (const Mark& mark : view.m_marks) {
            const double y = yOf(scale.positionOf(mark.address));
            if (y >= stripTop && y <= stripBottom)
                p.drawLine(QPointF(L.strip.left(), y), QPointF(L.strip.right(), y));
        }
        p.setFont(mono);
        const double plateHeight = fmMono.height();
        for (const PlacedMarkLabel& label : view.placeMarkLabels(L)) {
            // Joined labels that do not fit the strip stack upwards, one name a line.
            const QStringList lines
                = label.lines > 1 ? label.text.split(QStringLiteral(", ")) : QStringList { label.text };
            // Kept inside the strip: the marks near the top (arg, env) stack down from its edge.
            double bottom = std::max(label.y, stripTop + lines.size() * plateHeight);
            for (const QString& line : lines) {
                const QString text = fmMono.elidedText(line, Qt::ElideRight, L.strip.width() - 6);
                const double width = fmMono.horizontalAdvance(text) + 6;
                const QRectF plate(L.strip.right() - width, bottom - plateHeight, width, plateHeight);
                QColor back = t.background;
                back.setAlphaF(0.85);
                p.fillRect(plate, back);
                p.setPen(ink);
                p.drawText(plate, Qt::AlignCenter, text);
                bottom -= plateHeight;
            }
        }
    }

    // Address ticks: every visible segment edge that has room, then round addresses in the
    // space left, so tall blocks and linear gaps still show where they are.
    void paintTicks()
    {
        std::vector<Tick> placed;
        const double spacing = fmMono.height() + 2;
        auto fits = [&](double y) {
            if (y < stripTop - 1 || y > stripBottom + 1)
                return false;
            for (const Tick& tick : placed)
                if (std::abs(tick.y - y) < spacing)
                    return false;
            return true;
        };
        std::sort(edgeTicks.begin(), edgeTicks.end(), [](const Tick& a, const Tick& b) { return a.y > b.y; });
        // Never more candidates than rows: a 60,000-block zoom has thousands of edges.
        const std::size_t rows = std::size_t((stripBottom - stripTop) / spacing) + 1;
        const std::size_t stride = std::max<std::size_t>(1, edgeTicks.size() / (rows * 4));
        for (std::size_t k = 0; k < edgeTicks.size(); k += stride)
            if (fits(edgeTicks[k].y))
                placed.push_back(edgeTicks[k]);
        const double fillStep = spacing * 4;
        for (double y = stripBottom - spacing; y > stripTop + spacing / 2; y -= fillStep) {
            const double pos = viewStart + (stripBottom - y) * unitsPerPx;
            const std::size_t seg = scale.segmentAt(pos);
            const MapSegment& s = scale.segment(seg);
            if (s.fixedLength)
                continue;
            std::uint64_t address = scale.addressAt(pos);
            // Round to a step that reads well: in linear mode the bytes per four rows, rounded
            // up to a power of two; in compressed mode a page.
            double stepBytes = 4096;
            if (view.m_options.mode == ScaleMode::Linear)
                stepBytes = std::max(4096.0, std::exp2(std::ceil(std::log2(fillStep * unitsPerPx))));
            const std::uint64_t step = stepBytes >= 9.2e18 ? (1ull << 63) : std::uint64_t(stepBytes);
            address -= address % step;
            if (address < s.start)
                continue;
            const double ty = yOf(scale.positionIn(seg, address));
            if (fits(ty))
                placed.push_back({ ty, address });
        }
        p.setFont(mono);
        const double textRight = L.strip.left() - 8;
        for (const Tick& tick : placed) {
            p.setPen(t.line);
            p.drawLine(QPointF(L.strip.left() - 6, tick.y), QPointF(L.strip.left() - 1, tick.y));
            p.setPen(t.dimText);
            const QString text = QString::fromStdString(hexAddress(tick.address, view.m_options.paging));
            const QRectF box(L.ticks.left(), tick.y - fmMono.height() / 2, textRight - L.ticks.left(), fmMono.height());
            p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
        }
    }

    QString clusterText(const Label& l, QString& secondary) const
    {
        const QString kind = kindLabel(RegionKind(l.dominant));
        std::uint64_t bytes = 0;
        // Up to three names tell what the run is; the scan is bounded so a label never costs
        // a pass over 60,000 VMAs.
        QStringList names;
        QStringList others;
        std::size_t scanned = 0;
        for (std::size_t i = l.segment; i <= l.lastSegment; ++i) {
            const MapSegment& s = scale.segment(i);
            if (s.kind != MapSegment::Kind::Vma)
                continue;
            addSaturating(bytes, s.bytes());
            if (++scanned > 4000)
                continue;
            const Vma& v = vmaOf(s);
            if (v.path.empty())
                continue;
            // Code and [heap]/[stack] name a run better than the data files around them.
            const bool telling
                = v.kind == RegionKind::Text || v.kind == RegionKind::Heap || v.kind == RegionKind::Stack;
            QStringList& list = telling ? names : others;
            const QString name = vmaName(v);
            if (list.size() < 3 && !list.contains(name))
                list.push_back(name);
        }
        for (const QString& name : std::as_const(others))
            if (names.size() < 3 && !names.contains(name))
                names.push_back(name);
        secondary = AddressMapView::tr("%1 VMAs · %2 · mostly %3")
                        .arg(QLocale().toString(qulonglong(l.count)), bytesText(bytes), kind);
        if (names.isEmpty())
            return AddressMapView::tr("%1 VMAs").arg(QLocale().toString(qulonglong(l.count)));
        return names.join(QStringLiteral(", ")) + (names.size() >= 3 ? QStringLiteral(", …") : QString());
    }

    void labelText(const Label& l, QString& primary, QString& secondary, bool& isItalic) const
    {
        isItalic = false;
        switch (l.type) {
        case Label::VmaBlock: {
            const MapSegment& s = scale.segment(l.segment);
            const Vma& v = vmaOf(s);
            primary = vmaName(v);
            secondary = permsText(v) + QStringLiteral("  ") + bytesText(v.size());
            if (!v.path.empty())
                secondary += QStringLiteral(" · ") + kindLabel(v.kind);
            if (v.fields.has(SmapsKey::Rss))
                secondary += AddressMapView::tr(" · Rss %1").arg(sizeText(v.fields.get(SmapsKey::Rss)));
            break;
        }
        case Label::Cluster:
            primary = clusterText(l, secondary);
            break;
        case Label::Break: {
            const MapSegment& s = scale.segment(l.segment);
            primary.clear();
            isItalic = true;
            if (s.kind == MapSegment::Kind::NonCanonical)
                secondary = AddressMapView::tr("non-canonical hole · %1").arg(bytesText(s.span()));
            else if (s.kind == MapSegment::Kind::Kernel)
                secondary = AddressMapView::tr("kernel: unused · %1").arg(bytesText(s.span()));
            else
                secondary = AddressMapView::tr("%1 unmapped").arg(bytesText(s.bytes()));
            break;
        }
        case Label::Kernel: {
            const MapSegment& s = scale.segment(l.segment);
            if (s.index == MapSegment::kNoIndex) {
                primary = AddressMapView::tr("kernel space");
                secondary = AddressMapView::tr("double-click to expand");
            } else {
                const KernelRegion& r = kernelRegions(view.m_options.paging)[s.index];
                primary = QString::fromStdString(r.name);
                secondary = bytesText(r.size());
                if (r.randomized)
                    secondary += AddressMapView::tr(" · randomized (KASLR)");
            }
            break;
        }
        case Label::Boundary:
            primary.clear();
            isItalic = true;
            secondary = view.m_options.paging == PagingMode::Bits32
                ? AddressMapView::tr("3G/1G split: user space below, kernel above 0xc0000000")
                : AddressMapView::tr("end of user space (%1)")
                      .arg(QString::fromStdString(
                          hexAddress(userSpaceLast(view.m_options.paging), view.m_options.paging)));
            break;
        }
    }

    // Labels right of the strip, one per line, pushed apart where blocks are thinner than a
    // line of text and tied to their block by a leader line.
    void paintLabels()
    {
        if (labels.empty() || L.labels.width() < kLeaderWidth + 40)
            return;
        const double top = stripTop;
        const double bottom = stripBottom;
        const std::size_t capacity = std::size_t(std::max(0.0, (bottom - top) / lh));
        if (labels.size() > capacity) {
            std::nth_element(labels.begin(), labels.begin() + long(capacity), labels.end(),
                [](const Label& a, const Label& b) { return a.priority > b.priority; });
            labels.resize(capacity);
        }
        std::sort(labels.begin(), labels.end(),
            [](const Label& a, const Label& b) { return a.top + a.bottom < b.top + b.bottom; });
        double previous = top + lh / 2 - lh;
        for (Label& l : labels) {
            l.y = std::max((l.top + l.bottom) / 2, previous + lh);
            previous = l.y;
        }
        double limit = bottom - lh / 2;
        for (auto it = labels.rbegin(); it != labels.rend(); ++it) {
            it->y = std::min(it->y, limit);
            limit = it->y - lh;
        }
        const double textX = L.labels.left() + kLeaderWidth;
        const double textWidth = L.labels.right() - textX;
        p.setRenderHint(QPainter::Antialiasing, true);
        for (const Label& l : labels) {
            QString primary;
            QString secondary;
            bool isItalic = false;
            labelText(l, primary, secondary, isItalic);
            const double anchor = std::clamp(l.y, l.top + 0.5, std::max(l.top + 0.5, l.bottom - 0.5));
            p.setPen(QPen(t.line, 1));
            QPainterPath leader;
            leader.moveTo(L.strip.right() + 3, anchor);
            leader.lineTo(L.strip.right() + 9, anchor);
            leader.lineTo(textX - 8, l.y);
            leader.lineTo(textX - 3, l.y);
            p.setBrush(Qt::NoBrush);
            p.drawPath(leader);
            if (l.type == Label::VmaBlock || l.type == Label::Cluster) {
                const QColor swatch = l.type == Label::Cluster ? kindColor(RegionKind(l.dominant))
                                                               : kindColor(vmaOf(scale.segment(l.segment)).kind);
                p.setPen(Qt::NoPen);
                p.setBrush(swatch);
                p.drawEllipse(QPointF(textX - 3, l.y), 2.5, 2.5);
            }
            const QRectF line(textX + 2, l.y - lh / 2, textWidth - 2, lh);
            double x = line.left();
            if (!primary.isEmpty()) {
                p.setFont(bold);
                p.setPen(t.text);
                const QFontMetricsF fb(bold);
                const QString shown = fb.elidedText(primary, Qt::ElideMiddle, line.width() * 0.6);
                p.drawText(QRectF(x, line.top(), line.width(), lh), Qt::AlignLeft | Qt::AlignVCenter, shown);
                x += fb.horizontalAdvance(shown) + fm.horizontalAdvance(QLatin1Char(' ')) * 1.5;
            }
            if (!secondary.isEmpty() && x < line.right() - 20) {
                p.setFont(isItalic ? italic : font);
                p.setPen(t.dimText);
                const QFontMetricsF fs(isItalic ? italic : font);
                p.drawText(QRectF(x, line.top(), line.right() - x, lh), Qt::AlignLeft | Qt::AlignVCenter,
                    fs.elidedText(secondary, Qt::ElideRight, line.right() - x));
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    // The whole map squeezed into a thin column, with the window shown: where am I.
    void paintOverview()
    {
        if (L.overview.width() <= 0)
            return;
        const QRect o = L.overview;
        const int height = o.height();
        const double unitsPerRow = scale.totalLength() / height;
        std::vector<std::array<float, kClassCount>> rows(std::size_t(height), std::array<float, kClassCount> {});
        for (std::size_t i = 0; i < scale.size(); ++i) {
            const MapSegment& s = scale.segment(i);
            const double a = s.position / unitsPerRow;
            const double b = scale.segmentEnd(i) / unitsPerRow;
            const std::size_t c = classOf(s);
            for (int r = std::max(0, int(a)); r < std::min(height, int(std::ceil(b))); ++r)
                rows[std::size_t(r)][c] += float(std::min(b, r + 1.0) - std::max(a, double(r)));
        }
        for (int r = 0; r < height; ++r) {
            const auto& w = rows[std::size_t(r)];
            const auto vmaEnd = w.begin() + long(kRegionKindCount);
            const auto best = std::max_element(w.begin(), vmaEnd);
            QColor c;
            if (*best > 0.05f)
                c = kindColor(RegionKind(best - w.begin()));
            else if (w[kKernelClass] > w[kGapClass] && w[kKernelClass] > w[kHoleClass])
                c = t.kernelFill;
            else
                c = t.breakFill;
            p.fillRect(QRect(o.left(), o.bottom() - r, o.width(), 1), c);
        }
        const double wTop = o.bottom() + 1 - viewEnd / unitsPerRow;
        const double wBottom = o.bottom() + 1 - viewStart / unitsPerRow;
        QRectF window(o.left() - 2, wTop, o.width() + 4, std::max(3.0, wBottom - wTop));
        p.setRenderHint(QPainter::Antialiasing, true);
        QColor fill = t.selection;
        fill.setAlphaF(0.25f);
        p.setBrush(fill);
        p.setPen(QPen(t.selection, 1.5));
        p.drawRect(window);
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    void swatchRow(double& y, const QColor& base, const std::function<void(const QRectF&)>& draw, const QString& text)
    {
        const QRectF sw(L.legend.left(), y + (lh - 10) / 2, 22, 10);
        p.fillRect(sw, base);
        draw(sw);
        p.setPen(t.text);
        p.setFont(font);
        p.drawText(QRectF(sw.right() + 6, y, L.legend.right() - sw.right() - 6, lh), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(text, Qt::ElideRight, L.legend.right() - sw.right() - 6));
        y += lh;
    }

    void paintLegend()
    {
        if (L.legend.width() <= 0)
            return;
        double y = L.legend.top();
        p.setFont(bold);
        p.setPen(t.text);
        p.drawText(QRectF(L.legend.left(), y, L.legend.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
            AddressMapView::tr("Region kinds"));
        y += lh;
        std::array<std::size_t, kRegionKindCount> counts {};
        if (vmas)
            for (const Vma& v : *vmas)
                counts[std::size_t(v.kind)] += 1;
        for (std::size_t k = 0; k < kRegionKindCount && y + lh < L.legend.bottom(); ++k) {
            if (!counts[k])
                continue;
            const QColor c = kindColor(RegionKind(k));
            swatchRow(
                y, c, [](const QRectF&) {},
                AddressMapView::tr("%1 (%2)").arg(kindLabel(RegionKind(k)), QLocale().toString(qulonglong(counts[k]))));
        }
        y += lh / 2;
        if (y + lh >= L.legend.bottom())
            return;
        p.setFont(bold);
        p.setPen(t.text);
        p.drawText(QRectF(L.legend.left(), y, L.legend.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
            AddressMapView::tr("Inside a block"));
        y += lh;
        const QColor sample = kindColor(RegionKind::Anon);
        const std::function<void(const QRectF&)> none = [](const QRectF&) {};
        struct Entry {
            QColor base;
            std::function<void(const QRectF&)> draw;
            QString text;
        };
        const Entry entries[] = {
            { sample, none, AddressMapView::tr("resident (Rss), from the left") },
            { t.faded(sample), none, AddressMapView::tr("mapped, not resident") },
            { sample, [&](const QRectF& r) { p.fillRect(r, QBrush(sample.darker(175), Qt::BDiagPattern)); },
                AddressMapView::tr("dirty (hatched)") },
            { t.faded(sample), [&](const QRectF& r) { p.fillRect(r, QBrush(t.swap, Qt::Dense4Pattern)); },
                AddressMapView::tr("swapped out") },
            { t.breakFill,
                [&](const QRectF& r) {
                    p.setPen(t.line);
                    p.setRenderHint(QPainter::Antialiasing, true);
                    zigzag(r.center().y(), r.left(), r.right(), 2);
                    p.setRenderHint(QPainter::Antialiasing, false);
                },
                AddressMapView::tr("unmapped gap (break)") },
            { t.kernelFill, none, AddressMapView::tr("kernel space (mm.rst)") },
        };
        for (const Entry& e : entries) {
            if (y + lh >= L.legend.bottom())
                return;
            swatchRow(y, e.base, e.draw, e.text);
        }
        if (view.m_showPss && y + lh < L.legend.bottom())
            swatchRow(
                y, t.background,
                [&](const QRectF& r) {
                    p.setPen(QPen(t.text, 2));
                    p.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
                },
                AddressMapView::tr("PSS share (USS dotted)"));
        if (view.m_changedRegions.empty())
            return;
        const std::vector<std::pair<ChangeKind, QString>> stepChanges = {
            { ChangeKind::Appeared, AddressMapView::tr("new since the previous step") },
            { ChangeKind::Resized, AddressMapView::tr("resized since the previous step") },
            { ChangeKind::RssChanged, AddressMapView::tr("RSS moved since the previous step") },
            { ChangeKind::SharingChanged, AddressMapView::tr("pages changed hands (private/shared, PSS)") },
        };
        for (const auto& [kind, text] : view.m_changeLegend.empty() ? stepChanges : view.m_changeLegend)
            if (y + lh < L.legend.bottom())
                swatchRow(y, ChangeHighlighter::baseColor(kind), none, text);
    }
};

void AddressMapView::renderMap(QPainter& painter, const QRect& target) const
{
    Painter(*this, painter, target).run();
}

} // namespace vmscope
