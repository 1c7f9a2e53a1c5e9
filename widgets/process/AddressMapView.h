#pragma once

#include "core/analysis/AddressSpaceLayout.h"
#include "core/analysis/MapScale.h"
#include "core/analysis/SnapshotDiff.h"
#include "core/model/Vma.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QGestureEvent;

namespace vmscope {

// The whole address space of one process as a tall strip, low addresses at the bottom like
// the classic Linux diagrams: VMAs as blocks coloured by kind (resident part solid, the rest
// tinted, dirty hatched, swapped dotted), unmapped gaps as labelled breaks, kernel space above.
//
// Painting works at the resolution of the screen: VMAs smaller than a pixel row are merged
// into one row (dominant kind, summed residency), so a 60,000-VMA process costs what its
// pixel height costs plus one pass over the visible segments (MapScale, O(log n) lookups).
//
// Zoom is a factor over the fitted view (1 = everything), kept with the window position in
// MapScale units, so renderToImage() at any size shows the same part of the map.
// Wheel scrolls, Ctrl+wheel or a pinch zooms around the cursor, drag pans, double-click
// zooms to the block under the cursor; + - 0, arrows, Page Up/Down and Home/End work too.
class AddressMapView : public QWidget {
    Q_OBJECT
public:
    explicit AddressMapView(QWidget* parent = nullptr);
    ~AddressMapView() override;

    // A new snapshot. Of the same process, the view keeps zoom, scroll position and the
    // selection (followed by address); of another, it fits the whole map.
    void setMemoryMap(std::shared_ptr<const MemoryMap> map);
    const std::shared_ptr<const MemoryMap>& memoryMap() const { return m_map; }

    // Paging mode for the kernel half; detected from the map until set explicitly (e.g. from
    // the cpuinfo of the machine or the capture). clearPagingMode() returns to detection.
    void setPagingMode(PagingMode mode);
    void clearPagingMode();
    PagingMode pagingMode() const { return m_options.paging; }

    void setScaleMode(ScaleMode mode);
    ScaleMode scaleMode() const { return m_options.mode; }
    void setKernelExpanded(bool expanded);
    bool kernelExpanded() const { return m_options.kernelExpanded; }
    // Thin marks at the PSS and USS share of each block.
    void setShowPssOverlay(bool show);
    bool showPssOverlay() const { return m_showPss; }
    void setShowLegend(bool show);
    bool showLegend() const { return m_showLegend; }

    // Labelled marks at addresses (the layout of /proc/PID/stat: start_code, brk, ...): a thin
    // line across the strip and a short label, at the address's row in either scale and any
    // zoom. Marks closer than a label's height share one label. Kept across snapshots until set
    // again; an empty list removes them.
    struct Mark {
        std::uint64_t address = 0;
        QString label;
    };
    void setMarks(std::vector<Mark> marks);
    const std::vector<Mark>& marks() const { return m_marks; }
    void setShowMarks(bool show);
    bool showMarks() const { return m_showMarks; }
    // The row of `address` in widget coordinates; nullopt when it is outside the visible window
    // or there is no map.
    std::optional<double> yOfAddress(std::uint64_t address) const;
    // The labels as painted (joined where marks crowd), each with its widget y: for tests.
    struct PlacedMarkLabel {
        QString text;
        double y = 0; // the bottom of the label, at its mark's row
        int lines = 1; // more than one: the names stacked upwards, one a line
    };
    std::vector<PlacedMarkLabel> placedMarkLabels() const;

    // -1 for none. Highlights the block and scrolls it into view.
    // Regions to mark as changed (by start address; an experiment's step lights what it
    // changed): a frame in the change's colour on the block, the row's edge mark on small ones.
    void setChangedRegions(std::vector<std::pair<std::uint64_t, ChangeKind>> changes);
    ChangeKind changeOfStart(std::uint64_t start) const;
    // What the legend says of each change colour; empty: an experiment's step ("new since the
    // previous step", ...). The compare view names its moments' changes (added, grown, shrunk).
    void setChangeLegend(std::vector<std::pair<ChangeKind, QString>> legend);
    void setSelectedVma(int index);
    int selectedVma() const { return m_selected; }

    // Dims every VMA outside the set (e.g. a chart segment); empty lists clear the filter.
    void setHighlightedKinds(const std::vector<RegionKind>& kinds);
    void setHighlightedVmas(const std::vector<int>& indices);
    void clearHighlight();

    double zoom() const { return m_zoom; }
    void setZoom(double zoom); // around the centre of the view
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToVma(int index);
    // The range [start, end) fills most of the strip.
    void zoomToRange(std::uint64_t start, std::uint64_t end);
    void centerOnAddress(std::uint64_t address);
    // The window shown, in MapScale units from the bottom.
    double viewStart() const { return m_viewStart; }
    double viewLength() const;
    const MapScale& scale() const { return m_scale; }

    // Painting for export (PNG, SVG, PDF): the same drawing into any painter.
    void renderMap(QPainter& painter, const QRect& target) const;
    QImage renderToImage(QSize size) const;

    // Geometry in widget coordinates, for hit tests, tests and the selection sync.
    QRectF vmaRect(int index) const;
    int vmaAt(QPoint point) const; // -1 when no VMA is there
    std::optional<std::uint64_t> addressAt(QPoint point) const;

    QString toolTipForVma(int index) const;
    QString toolTipAt(QPoint point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void vmaClicked(int index);
    void vmaActivated(int index);
    void hoveredAddressChanged(quint64 address);
    void scaleModeChanged(vmscope::ScaleMode mode);
    void kernelExpandedChanged(bool expanded);
    void viewChanged(); // zoom or scroll

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

public:
    // Where the parts of the drawing go inside a target rectangle (public for the painter).
    struct Layout {
        QRect caption;
        QRect ticks;
        QRect strip;
        QRect labels;
        QRect legend;
        QRect overview;
    };
    Layout layoutFor(const QRect& target) const;

private:
    struct Painter;
    friend struct Painter;

    void rebuildScale(bool keepView);
    void clampView();
    void setView(double start, double zoom);
    void zoomAround(double factor, double anchorPosition, double anchorFraction);
    void recomputeHighlight();
    double maxZoom() const;
    double positionAtY(const Layout& layout, double y) const;
    double yOfPosition(const Layout& layout, double position) const;
    std::vector<PlacedMarkLabel> placeMarkLabels(const Layout& layout) const;
    std::size_t segmentAtPoint(QPoint point) const;
    QString toolTipForSegment(std::size_t segment, QPoint point) const;
    void gestureZoom(double factor, QPointF at);
    bool handleGesture(QGestureEvent* event);
    void panOverview(QPoint point);

    std::shared_ptr<const MemoryMap> m_map;
    MapScaleOptions m_options;
    bool m_pagingExplicit = false;
    MapScale m_scale;
    double m_zoom = 1.0;
    double m_viewStart = 0.0;
    std::vector<std::pair<std::uint64_t, ChangeKind>> m_changedRegions; // ascending by start
    std::vector<std::pair<ChangeKind, QString>> m_changeLegend;
    int m_selected = -1;
    std::uint64_t m_selectedStart = 0;
    std::vector<std::uint8_t> m_highlight; // per VMA: 1 normal, 0 dimmed; empty = no filter
    std::vector<RegionKind> m_highlightKinds; // re-applied to each new snapshot
    bool m_showPss = false;
    bool m_showLegend = true;
    std::vector<Mark> m_marks;
    bool m_showMarks = true;

    // Interaction state.
    QPoint m_pressPos;
    double m_pressViewStart = 0.0;
    bool m_dragging = false;
    bool m_pressInOverview = false;
    bool m_pressed = false;
    std::uint64_t m_lastHovered = ~std::uint64_t(0);
};

} // namespace vmscope
