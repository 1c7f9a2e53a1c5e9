#include "widgets/process/AddressMapView.h"

#include "core/analysis/Classifier.h"
#include "core/format/Units.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/common/KindColors.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <functional>

namespace vmscope {
namespace {

    // Segments thinner than this many pixels are merged into their pixel row.
    constexpr double kLodPixels = 1.5;
    constexpr double kZoomStep = 1.25;
    constexpr int kPad = 8;
    constexpr int kOverviewWidth = 14;
    constexpr int kLeaderWidth = 30;

    // Classes a pixel row can be dominated by: the region kinds, then the non-VMA segments.
    constexpr std::size_t kGapClass = kRegionKindCount;
    constexpr std::size_t kKernelClass = kRegionKindCount + 1;
    constexpr std::size_t kHoleClass = kRegionKindCount + 2;
    constexpr std::size_t kClassCount = kRegionKindCount + 3;

    QString bytesText(std::uint64_t bytes)
    {
        return QString::fromStdString(formatBytes(bytes));
    }

    QString bytesText(double bytes)
    {
        return bytesText(bytes >= 18446744073709551615.0 ? ~std::uint64_t(0) : std::uint64_t(bytes));
    }

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

    // Without a copy: `map ? map->vmas : std::vector<Vma>()` would copy 60,000 VMAs.
    const std::vector<Vma>& vmasOf(const std::shared_ptr<const MemoryMap>& map)
    {
        static const std::vector<Vma> none;
        return map ? map->vmas : none;
    }

    std::uint64_t fieldBytes(const Vma& v, SmapsKey key)
    {
        return v.fields.get(key) * 1024;
    }

} // namespace

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
                row.dirtyBytes
                    += double(fieldBytes(v, SmapsKey::Private_Dirty) + fieldBytes(v, SmapsKey::Shared_Dirty));
            }
            if (highlighted(s.index))
                row.highlighted += w;
            if (int(s.index) == view.m_selected)
                selectedY = (top + bottom) / 2;
            if (cluster.count == 0) {
                cluster.first = i;
                cluster.bottom = bottom;
            }
            cluster.last = i;
            cluster.top = top;
            cluster.count += 1;
            cluster.bytes += v.size();
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
            bytes += s.bytes();
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
    }
};

// ---------------------------------------------------------------------------------------

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
                    .arg(sizeText(v.fields.get(SmapsKey::Private_Dirty) + v.fields.get(SmapsKey::Shared_Dirty)),
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

void AddressMapView::renderMap(QPainter& painter, const QRect& target) const
{
    Painter(*this, painter, target).run();
}

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
