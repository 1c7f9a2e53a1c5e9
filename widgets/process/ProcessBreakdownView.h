#pragma once

#include "core/analysis/Breakdown.h"
#include "core/io/Source.h"

#include "widgets/common/LatestOnlyJob.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCPAxisRect;
class QCPBars;
class QCPItemRect;
class QCPTextElement;
class QCustomPlot;
class QHBoxLayout;
class QLabel;
class QMouseEvent;
class QToolButton;

namespace vmscope {

// Where one process's memory is: stacked bars of its resident memory split into private and
// shared, clean and dirty pages, with PSS, USS and swap beside them, for the whole process and
// by region kind or by mapping (the top 15, then "other"), under a summary in plain words.
// Hovering a segment shows its exact size and share; clicking it asks (filterChanged) to show
// only the regions that hold it. The grouping runs on a worker, one snapshot at a time.
class ProcessBreakdownView : public QWidget {
    Q_OBJECT
public:
    enum class Bar : std::uint8_t { Rss, Pss, Uss, Swap };
    // One piece of a bar. group -1 is the whole process (the upper chart). part names the
    // field the piece shows: an RSS part, Pss or a Pss_* part, Private_* (USS), Swap or SwapPss.
    struct Segment {
        int group = -1; // index into the current grouping's groups
        Bar bar = Bar::Rss;
        SmapsKey part = SmapsKey::Rss;
        bool operator==(const Segment&) const = default;
    };

    explicit ProcessBreakdownView(QWidget* parent = nullptr);
    ~ProcessBreakdownView() override;

    // Where smaps_rollup is read (for Pss_Anon/File/Shmem); without it those parts are left out.
    void setSource(std::shared_ptr<const Source> source);
    // A new snapshot. Of another process, any filter is dropped at once.
    void setMemoryMap(std::shared_ptr<const MemoryMap> map);
    // Null until the first snapshot has been grouped.
    const ProcessBreakdown* breakdown() const { return m_breakdown.get(); }

    void setGrouping(BreakdownGrouping grouping);
    BreakdownGrouping grouping() const { return m_grouping; }

    QString summaryText() const;
    // The segments drawn now, in drawing order.
    std::vector<Segment> segments() const;
    // Its size in kB, as the bar draws it.
    std::optional<std::uint64_t> segmentValue(const Segment& segment) const;
    // Centre of a drawn segment in the coordinates of plot(); nothing when it is not drawn.
    std::optional<QPoint> segmentCenter(const Segment& segment) const;
    QString toolTipFor(const Segment& segment) const;
    QCustomPlot* plot() const { return m_plot; }

    // What a click on the segment does.
    void activateSegment(const Segment& segment);
    void clearFilter();
    bool hasFilter() const { return m_filter.has_value(); }

signals:
    void breakdownChanged();
    void groupingChanged(vmscope::BreakdownGrouping grouping);
    // The regions (indices into the snapshot last given) to show, and a sentence naming them.
    // An empty list means: show everything again.
    void filterChanged(const QString& description, const std::vector<int>& vmaIndices);

protected:
    void changeEvent(QEvent* event) override;
    // Arrow keys walk the segments of the plot, Enter or Space clicks the current one.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct DrawnSegment {
        Segment segment;
        QCPAxisRect* rect = nullptr;
        double key = 0;
        double width = 0;
        double base = 0;
        double value = 0;
    };
    // A filter remembered by what it means, so a refresh can find the same regions again.
    struct Filter {
        BreakdownGrouping grouping = BreakdownGrouping::ByKind;
        bool wholeProcess = true;
        std::string groupName;
        bool otherGroup = false;
        Bar bar = Bar::Rss;
        SmapsKey part = SmapsKey::Rss;
    };

    void startGrouping();
    std::function<std::shared_ptr<const ProcessBreakdown>()> groupingWork();
    void groupingFinished(std::shared_ptr<const ProcessBreakdown> result);
    // The upper chart (the whole process) and the lower one (its groups), built anew per snapshot.
    struct TotalsChart {
        double rows = 0;
        std::vector<QCPBars*> legendBars;
    };
    struct GroupsChart {
        int slotCount = 3; // RSS, PSS, USS, and swap when any
        std::vector<QCPBars*> legendBars;
    };
    QHBoxLayout* createGroupingControls();
    void createPlot();
    void connectControls();
    void rebuildChart();
    TotalsChart addTotalsChart(const ProcessBreakdown& breakdown);
    GroupsChart addGroupsChart(const ProcessBreakdown& breakdown);
    void addKindSwatches(const std::vector<QColor>& colors, double widest);
    void setChartHeight(double totalRows, int legendEntries, int slotCount);
    QCPBars* newBars(QCPAxisRect* rect, SmapsKey colorOf, const QString& name, QCPBars* below);
    void addPart(QCPBars* bars, QCPAxisRect* rect, Segment segment, double key, double& base, std::uint64_t value);
    void updateSummary();
    void updateColors();
    void applyFilter();
    std::optional<Segment> segmentAt(QPointF position) const;
    const DrawnSegment* findDrawn(const Segment& segment) const;
    const BreakdownGroup* groupOf(const Segment& segment) const;
    std::vector<int> vmasOf(const Segment& segment) const;
    QString groupLabel(const BreakdownGroup& group, BreakdownGrouping grouping) const;
    QString segmentName(const Segment& segment) const;
    void plotMouseMove(QMouseEvent* event);
    void plotMousePress(QMouseEvent* event);
    void moveCurrent(int step);
    void showCurrent();

    std::shared_ptr<const Source> m_source;
    std::shared_ptr<const MemoryMap> m_latestMap;
    std::shared_ptr<const ProcessBreakdown> m_breakdown;
    BreakdownGrouping m_grouping = BreakdownGrouping::ByKind;
    std::optional<Filter> m_filter;
    std::vector<int> m_shownGroups; // indices of the groups with bars, top to bottom
    std::vector<DrawnSegment> m_drawn;
    std::optional<Segment> m_current; // the keyboard's segment
    QCPItemRect* m_focusFrame = nullptr;

    QLabel* m_summary = nullptr;
    QToolButton* m_byKind = nullptr;
    QToolButton* m_byMapping = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPAxisRect* m_totalsRect = nullptr;
    QCPAxisRect* m_groupsRect = nullptr;
    QCPTextElement* m_groupsTitle = nullptr;
    QLabel* m_footnote = nullptr;
    LatestOnlyJob<std::shared_ptr<const ProcessBreakdown>> m_job { [this] { return groupingWork(); },
        [this](std::shared_ptr<const ProcessBreakdown> result) { groupingFinished(std::move(result)); } };
};

} // namespace vmscope
