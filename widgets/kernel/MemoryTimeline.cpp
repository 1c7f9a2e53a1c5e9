#include "widgets/kernel/MemoryTimeline.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/PlotStyle.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vmscope {

namespace {
    constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

    // The glossary term behind each series, for What's This.
    QString memorySeriesTerm(MemorySeries series)
    {
        switch (series) {
        case MemorySeries::MemFree:
            return QStringLiteral("memfree");
        case MemorySeries::MemAvailable:
            return QStringLiteral("memavailable");
        case MemorySeries::Cached:
            return QStringLiteral("page-cache");
        case MemorySeries::Buffers:
            return QStringLiteral("buffers");
        case MemorySeries::Dirty:
            return QStringLiteral("dirty");
        case MemorySeries::Writeback:
            return QStringLiteral("writeback");
        case MemorySeries::AnonPages:
            return QStringLiteral("anonymous");
        case MemorySeries::Shmem:
            return QStringLiteral("shmem");
        case MemorySeries::SReclaimable:
        case MemorySeries::SUnreclaim:
            return QStringLiteral("slab");
        case MemorySeries::SwapUsed:
            return QStringLiteral("swap");
        case MemorySeries::CommittedAS:
            return QStringLiteral("committed-as");
        case MemorySeries::CommitLimit:
            return QStringLiteral("commitlimit");
        case MemorySeries::PressureSome:
        case MemorySeries::PressureFull:
            return QStringLiteral("psi");
        }
        return {};
    }
    constexpr int kSeriesRole = Qt::UserRole + 1;
    constexpr int kMinRefreshMs = 150;
    const QString kUnitKey = QStringLiteral("kernelPage/timelineUnit");
    const QString kWindowKey = QStringLiteral("kernelPage/timelineWindowSeconds");
    const QString kPresetKey = QStringLiteral("kernelPage/timelinePreset");

    QColor markerColor(MemoryTimeline::MarkerKind kind)
    {
        switch (kind) {
        case MemoryTimeline::MarkerKind::RunStart:
            return QColor(0x2e, 0x7d, 0x32);
        case MemoryTimeline::MarkerKind::RunEnd:
            return QColor(0x15, 0x65, 0xc0);
        case MemoryTimeline::MarkerKind::DropCaches:
            return QColor(0x6a, 0x1b, 0x9a);
        case MemoryTimeline::MarkerKind::OomKill:
            return QColor(0xd3, 0x2f, 0x2f);
        case MemoryTimeline::MarkerKind::ExperimentStep:
            return QColor(0xef, 0x6c, 0x00);
        }
        return Qt::gray;
    }

    QString timeText(double seconds)
    {
        const auto total = static_cast<long long>(std::floor(seconds * 10 + 0.5));
        const long long tenths = total % 10;
        const long long secs = (total / 10) % 60;
        const long long minutes = (total / 600) % 60;
        const long long hours = total / 36000;
        if (hours > 0)
            return QStringLiteral("%1:%2:%3")
                .arg(hours)
                .arg(minutes, 2, 10, QLatin1Char('0'))
                .arg(secs, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1:%2.%3").arg(minutes).arg(secs, 2, 10, QLatin1Char('0')).arg(tenths);
    }
} // namespace

MemoryTimeline::MemoryTimeline(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createControls());
    createPlot();
    createOverlayItems();
    layout->addWidget(m_plot, 1);
    applyPalette();
    connectControls();
}

// The column left of the plot: which series, the unit, the time window, pause.
QVBoxLayout* MemoryTimeline::createControls()
{
    auto* side = new QVBoxLayout;
    side->setSpacing(4);
    auto* presetLabel = new QLabel(tr("&Show"), this);
    m_presetBox = new QComboBox(this);
    m_presetBox->addItem(tr("Memory"), int(SeriesPreset::Memory));
    m_presetBox->addItem(tr("Page cache"), int(SeriesPreset::PageCache));
    m_presetBox->addItem(tr("Commit and OOM"), int(SeriesPreset::CommitAndOom));
    m_presetBox->addItem(tr("Pressure (PSI)"), int(SeriesPreset::Pressure));
    m_presetBox->setToolTip(tr("Tick a set of series at once. \"Commit and OOM\" shows Committed_AS against "
                               "CommitLimit with MemAvailable, anonymous memory, swap and memory pressure: what to "
                               "watch when a program allocates until the OOM killer ends it (red markers)."));
    presetLabel->setBuddy(m_presetBox);
    side->addWidget(presetLabel);
    side->addWidget(m_presetBox);
    auto* seriesLabel = new QLabel(tr("Series"), this);
    side->addWidget(seriesLabel);
    m_seriesList = new QListWidget(this);
    m_seriesList->setToolTip(tr("Tick the series to draw. Hover a name for what the kernel counts there."));
    m_seriesList->setUniformItemSizes(true);
    for (const MemorySeries series : kAllMemorySeries) {
        const MemorySeriesInfo& info = memorySeriesInfo(series);
        QPixmap swatch(12, 12);
        swatch.fill(info.color);
        auto* item = new QListWidgetItem(QIcon(swatch), info.label, m_seriesList);
        item->setToolTip(info.toolTip);
        item->setData(kSeriesRole, static_cast<int>(series));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(info.shownByDefault ? Qt::Checked : Qt::Unchecked);
    }
    m_seriesList->setMaximumWidth(m_seriesList->sizeHintForColumn(0) + 40);
    // Room for most series; the list scrolls for the rest (the presets find them).
    m_seriesList->setMinimumHeight(m_seriesList->sizeHintForRow(0) * 8 + 8);
    seriesLabel->setBuddy(m_seriesList);
    side->addWidget(m_seriesList, 1);

    auto* unitLabel = new QLabel(tr("&Unit"), this);
    m_unitBox = new QComboBox(this);
    m_unitBox->addItem(tr("MiB"), static_cast<int>(MemoryUnit::MiB));
    m_unitBox->addItem(tr("GiB"), static_cast<int>(MemoryUnit::GiB));
    m_unitBox->addItem(tr("pages"), static_cast<int>(MemoryUnit::Pages));
    m_unitBox->setToolTip(tr("MiB and GiB are 1024² and 1024³ bytes; pages are the kernel's unit (the page "
                             "size of this system, usually 4 KiB), as zoneinfo and vmstat count."));
    unitLabel->setBuddy(m_unitBox);
    side->addWidget(unitLabel);
    side->addWidget(m_unitBox);

    auto* windowLabel = new QLabel(tr("&Time window"), this);
    m_windowBox = new QComboBox(this);
    m_windowBox->addItem(tr("1 minute"), 60.0);
    m_windowBox->addItem(tr("5 minutes"), 300.0);
    m_windowBox->addItem(tr("15 minutes"), 900.0);
    m_windowBox->addItem(tr("1 hour"), 3600.0);
    m_windowBox->addItem(tr("All"), 0.0);
    m_windowBox->setCurrentIndex(1);
    m_windowBox->setToolTip(tr("How much time the timeline shows, ending at the newest sample. \"All\" shows "
                               "every sample held (up to %L1).")
                                .arg(kMaxSamples));
    windowLabel->setBuddy(m_windowBox);
    side->addWidget(windowLabel);
    side->addWidget(m_windowBox);

    m_pauseAction = new QAction(tr("Pause"), this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_pauseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pauseAction->setToolTip(tr("Pause the timeline (Space): it stops scrolling so you can read it, drag it "
                                 "and zoom with the wheel. Sampling goes on; resume jumps back to now."));
    addAction(m_pauseAction);
    m_pauseButton = new QToolButton(this);
    m_pauseButton->setDefaultAction(m_pauseAction);
    m_pauseButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pauseButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    side->addWidget(m_pauseButton);
    return side;
}

// The plot with one graph per series (hidden until ticked), refreshed at most every kMinRefreshMs.
void MemoryTimeline::createPlot()
{
    m_refresh = new RefreshThrottle(
        kMinRefreshMs,
        [this] {
            if (m_paused || !isVisible())
                return; // showEvent and resume catch up
            followNewest();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        },
        this);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(400, 220);
    enableSeriesWhatsThis(m_plot);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_plot->setNoAntialiasingOnDrag(true);
    useSamplerTimeAxis(m_plot);
    m_plot->xAxis->setLabel(tr("time since sampling started (h:mm:ss)"));
    m_plot->yAxis->setLabel(memoryUnitName(m_unit));
    m_plot->yAxis->setNumberFormat(QStringLiteral("gb"));
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->yAxis2->setLabel(tr("PSI (% of time)"));
    m_plot->yAxis2->setRange(0, 10);
    for (const MemorySeries series : kAllMemorySeries) {
        const MemorySeriesInfo& info = memorySeriesInfo(series);
        QCPGraph* graph = m_plot->addGraph(m_plot->xAxis, info.percent ? m_plot->yAxis2 : m_plot->yAxis);
        graph->setName(info.label);
        setSeriesWhatsThis(graph, explanationHtml(info.toolTip, memorySeriesTerm(series)));
        graph->setPen(QPen(info.color, 2, info.percent ? Qt::DotLine : Qt::SolidLine));
        graph->setVisible(info.shownByDefault);
        graph->setAdaptiveSampling(true);
        m_graphs[static_cast<std::size_t>(series)] = graph;
    }
}

void MemoryTimeline::createOverlayItems()
{
    // The crosshair and its values stay above the event markers added later (QCustomPlot's own
    // top layer, "overlay").
    m_crosshair = new QCPItemStraightLine(m_plot);
    m_crosshair->setLayer(QStringLiteral("overlay"));
    m_crosshair->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    m_crosshair->setVisible(false);
    m_crosshair->setSelectable(false);
    m_crosshairText = new QCPItemText(m_plot);
    m_crosshairText->setLayer(QStringLiteral("overlay"));
    m_crosshairText->position->setType(QCPItemPosition::ptAbsolute);
    m_crosshairText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_crosshairText->setTextAlignment(Qt::AlignLeft);
    m_crosshairText->setPadding(QMargins(6, 4, 6, 4));
    m_crosshairText->setVisible(false);
    m_crosshairText->setClipToAxisRect(false);
    m_pausedText = new QCPItemText(m_plot);
    m_pausedText->setLayer(QStringLiteral("overlay"));
    m_pausedText->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_pausedText->position->setCoords(0.99, 0.02);
    m_pausedText->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_pausedText->setText(tr("Paused — Space resumes; drag and wheel move and zoom"));
    m_pausedText->setPadding(QMargins(8, 3, 8, 3));
    m_pausedText->setVisible(false);
}

void MemoryTimeline::connectControls()
{
    connect(m_seriesList, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const auto series = static_cast<MemorySeries>(item->data(kSeriesRole).toInt());
        const bool visible = item->checkState() == Qt::Checked;
        if (seriesVisible(series) == visible)
            return;
        m_graphs[static_cast<std::size_t>(series)]->setVisible(visible);
        rescaleValues();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(m_unitBox, &QComboBox::currentIndexChanged, this, [this] {
        setUnit(static_cast<MemoryUnit>(m_unitBox->currentData().toInt()));
        QSettings().setValue(kUnitKey, m_unitBox->currentData());
    });
    connect(m_windowBox, &QComboBox::currentIndexChanged, this, [this] {
        setWindowSeconds(m_windowBox->currentData().toDouble());
        QSettings().setValue(kWindowKey, m_windowSeconds);
    });
    setUnit(static_cast<MemoryUnit>(QSettings().value(kUnitKey, static_cast<int>(m_unit)).toInt()));
    setWindowSeconds(QSettings().value(kWindowKey, m_windowSeconds).toDouble());
    connect(m_presetBox, &QComboBox::activated, this, [this] {
        applyPreset(static_cast<SeriesPreset>(m_presetBox->currentData().toInt()));
        QSettings().setValue(kPresetKey, m_presetBox->currentData());
    });
    const QVariant preset = QSettings().value(kPresetKey);
    if (preset.isValid() && m_presetBox->findData(preset.toInt()) >= 0)
        applyPreset(static_cast<SeriesPreset>(preset.toInt()));
    connect(m_pauseAction, &QAction::toggled, this, &MemoryTimeline::setPaused);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        showCrosshairAt(m_plot->xAxis->pixelToCoord(event->position().x()));
        const auto marker = markerAt(event->position());
        if (marker && !m_markers[*marker].toolTip.isEmpty())
            QToolTip::showText(event->globalPosition().toPoint(), m_markers[*marker].toolTip, m_plot);
        m_plot->setCursor(
            marker && m_markers[*marker].kind == MarkerKind::OomKill ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (event->button() != Qt::LeftButton)
            return;
        if (const auto marker = markerAt(event->position()))
            emit markerClicked(*marker);
    });
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& range) {
        if (m_paused)
            rescaleValues();
        emit timeRangeChanged(range.lower, range.upper);
    });
}

MemoryTimeline::~MemoryTimeline() = default;

void MemoryTimeline::addSample(const SamplePtr& sample)
{
    if (!sample)
        return;
    if (!m_times.empty() && sample->seconds < m_times.back())
        return; // the sampler's clock only moves forward; an older sample is a stale delivery
    appendPoint(*sample);
    trimOldest();
    showLonePointAsDot();
    if (!m_paused)
        m_refresh->request();
}

void MemoryTimeline::showLonePointAsDot()
{
    // A line needs two points: a capture's single sample (or the first live one) is drawn as a
    // dot, so the figures are on the plot and not only in the summary.
    const bool lone = m_times.size() < 2;
    if (lone == m_drawingDots)
        return;
    m_drawingDots = lone;
    for (QCPGraph* graph : m_graphs)
        graph->setScatterStyle(lone ? QCPScatterStyle(QCPScatterStyle::ssDisc, 7) : QCPScatterStyle());
}

void MemoryTimeline::setHistory(const std::vector<SamplePtr>& samples)
{
    m_times.clear();
    m_wallTimes.clear();
    for (auto& values : m_kib)
        values.clear();
    for (const SamplePtr& sample : samples)
        if (sample && (m_times.empty() || sample->seconds >= m_times.back()))
            appendPoint(*sample);
    trimOldest();
    rebuildGraphs();
    showLonePointAsDot();
    followNewest();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MemoryTimeline::appendPoint(const SystemSample& sample)
{
    m_pageSize = sample.pageSize;
    m_times.push_back(sample.seconds);
    m_wallTimes.push_back(sample.wallTime);
    for (const MemorySeries series : kAllMemorySeries) {
        const auto index = static_cast<std::size_t>(series);
        const auto raw = memorySeriesValue(sample, series);
        const double value = raw ? *raw : kNoValue;
        m_kib[index].push_back(value);
        m_graphs[index]->addData(sample.seconds, raw ? shownValue(series, value) : kNoValue);
    }
}

void MemoryTimeline::trimOldest()
{
    if (m_times.size() <= kMaxSamples)
        return;
    const std::size_t drop = m_times.size() - kMaxSamples + kMaxSamples / 10;
    const double keepFrom = m_times[drop];
    m_times.erase(m_times.begin(), m_times.begin() + std::ptrdiff_t(drop));
    m_wallTimes.erase(m_wallTimes.begin(), m_wallTimes.begin() + std::ptrdiff_t(drop));
    for (std::size_t i = 0; i < kMemorySeriesCount; ++i) {
        m_kib[i].erase(m_kib[i].begin(), m_kib[i].begin() + std::ptrdiff_t(drop));
        m_graphs[i]->data()->removeBefore(keepFrom);
    }
}

void MemoryTimeline::rebuildGraphs()
{
    for (std::size_t i = 0; i < kMemorySeriesCount; ++i) {
        QVector<QCPGraphData> points;
        points.reserve(qsizetype(m_times.size()));
        for (std::size_t row = 0; row < m_times.size(); ++row) {
            const double raw = m_kib[i][row];
            points.append(
                QCPGraphData(m_times[row], std::isnan(raw) ? kNoValue : shownValue(kAllMemorySeries[i], raw)));
        }
        m_graphs[i]->data()->set(points, true);
    }
}

void MemoryTimeline::followNewest()
{
    if (m_times.empty())
        return;
    // Until the window is full the lines grow from the left edge, as on a chart recorder.
    const double first = m_times.front();
    const double newest = m_times.back();
    double lower = first;
    double upper = std::max(newest, first + 1);
    if (m_windowSeconds > 0) {
        lower = std::max(first, newest - m_windowSeconds);
        upper = lower + m_windowSeconds;
    }
    m_plot->xAxis->setRange(lower, upper);
    rescaleValues();
}

double MemoryTimeline::shownValue(MemorySeries series, double raw) const
{
    return memorySeriesInfo(series).percent ? raw : kibToUnit(raw, m_unit, m_pageSize);
}

void MemoryTimeline::rescaleValues()
{
    double upper = 0;
    double upperPercent = 0;
    bool anyPercent = false;
    const QCPRange keys = m_plot->xAxis->range();
    for (const MemorySeries series : kAllMemorySeries) {
        QCPGraph* graph = m_graphs[static_cast<std::size_t>(series)];
        if (!graph->visible())
            continue;
        const bool percent = memorySeriesInfo(series).percent;
        anyPercent = anyPercent || percent;
        bool found = false;
        const QCPRange values = graph->getValueRange(found, QCP::sdBoth, keys);
        if (found)
            (percent ? upperPercent : upper) = std::max(percent ? upperPercent : upper, values.upper);
    }
    m_plot->yAxis->setRange(0, upper > 0 ? upper * 1.06 : 1);
    // PSI is mostly 0: a fixed floor of 10 % keeps a flat line at the bottom, not a full-height jitter.
    m_plot->yAxis2->setVisible(anyPercent);
    m_plot->yAxis2->setRange(0, std::min(100.0, std::max(10.0, upperPercent * 1.15)));
}

std::size_t MemoryTimeline::addMarker(double seconds, const QString& label, MarkerKind kind, const QString& toolTip)
{
    const QColor color = markerColor(kind);
    Marker marker { seconds, label, kind, toolTip, new QCPItemStraightLine(m_plot), new QCPItemText(m_plot) };
    marker.line->point1->setCoords(seconds, 0);
    marker.line->point2->setCoords(seconds, 1);
    const Qt::PenStyle style = kind == MarkerKind::DropCaches ? Qt::DashDotLine
        : kind == MarkerKind::OomKill                         ? Qt::SolidLine
                                                              : Qt::DashLine;
    marker.line->setPen(QPen(color, kind == MarkerKind::OomKill ? 2.5 : 1.5, style));
    marker.line->setSelectable(false);
    marker.text->position->setTypeX(QCPItemPosition::ptPlotCoords);
    marker.text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    // Labels of close events (a short run's start and end) would overlap: stagger them down.
    marker.text->position->setCoords(seconds, 0.02 + 0.3 * double(m_markers.size() % 3));
    marker.text->setRotation(-90);
    marker.text->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    marker.text->setText(label);
    marker.text->setColor(color);
    marker.text->setPadding(QMargins(2, 2, 2, 2));
    marker.text->setSelectable(false);
    // The label sits on its line: a backing keeps the line from striking it through.
    QColor backing = palette().color(QPalette::Base);
    backing.setAlpha(225);
    marker.text->setBrush(backing);
    if (kind == MarkerKind::OomKill) {
        QFont bold = marker.text->font();
        bold.setBold(true);
        marker.text->setFont(bold);
    }
    m_markers.push_back(marker);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    return m_markers.size() - 1;
}

void MemoryTimeline::setMarkerText(std::size_t index, const QString& label, const QString& toolTip)
{
    if (index >= m_markers.size())
        return;
    Marker& marker = m_markers[index];
    marker.label = label;
    marker.toolTip = toolTip;
    marker.text->setText(label);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString MemoryTimeline::markerLabel(std::size_t index) const
{
    return index < m_markers.size() ? m_markers[index].label : QString();
}

QString MemoryTimeline::markerToolTip(std::size_t index) const
{
    return index < m_markers.size() ? m_markers[index].toolTip : QString();
}

MemoryTimeline::MarkerKind MemoryTimeline::markerKind(std::size_t index) const
{
    return index < m_markers.size() ? m_markers[index].kind : MarkerKind::RunStart;
}

std::optional<std::size_t> MemoryTimeline::markerAt(const QPointF& plotPosition) const
{
    constexpr double kGrabPixels = 5;
    if (!m_plot->axisRect()->rect().contains(plotPosition.toPoint()))
        return std::nullopt;
    std::optional<std::size_t> best;
    double bestDistance = kGrabPixels + 1;
    // The newest marker wins among close ones, and an OOM kill over the rest.
    for (std::size_t i = m_markers.size(); i-- > 0;) {
        const double distance = std::abs(m_plot->xAxis->coordToPixel(m_markers[i].seconds) - plotPosition.x());
        const bool oom = m_markers[i].kind == MarkerKind::OomKill;
        const bool bestIsOom = best && m_markers[*best].kind == MarkerKind::OomKill;
        if (distance <= kGrabPixels && (distance < bestDistance - 1 || (oom && !bestIsOom))) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void MemoryTimeline::applyPreset(SeriesPreset preset)
{
    const std::vector<MemorySeries> shown = presetSeries(preset);
    for (const MemorySeries series : kAllMemorySeries)
        setSeriesVisible(series, std::find(shown.begin(), shown.end(), series) != shown.end());
    const int index = m_presetBox->findData(int(preset));
    if (index >= 0 && index != m_presetBox->currentIndex())
        m_presetBox->setCurrentIndex(index);
}

void MemoryTimeline::setUnit(MemoryUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    const int index = m_unitBox->findData(static_cast<int>(unit));
    if (index != m_unitBox->currentIndex())
        m_unitBox->setCurrentIndex(index);
    m_plot->yAxis->setLabel(memoryUnitName(unit));
    rebuildGraphs();
    rescaleValues();
    if (m_crosshair->visible())
        showCrosshairAt(m_crosshair->point1->coords().x());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MemoryTimeline::setWindowSeconds(double seconds)
{
    m_windowSeconds = std::max(0.0, seconds);
    const int index = m_windowBox->findData(m_windowSeconds);
    if (index >= 0 && index != m_windowBox->currentIndex())
        m_windowBox->setCurrentIndex(index);
    followNewest();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MemoryTimeline::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("Resume") : tr("Pause"));
    m_plot->setInteractions(paused ? QCP::iRangeDrag | QCP::iRangeZoom : QCP::Interactions());
    m_pausedText->setVisible(paused);
    if (!paused)
        followNewest();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit pausedChanged(paused);
}

void MemoryTimeline::setSeriesVisible(MemorySeries series, bool visible)
{
    for (int row = 0; row < m_seriesList->count(); ++row) {
        QListWidgetItem* item = m_seriesList->item(row);
        if (item->data(kSeriesRole).toInt() == static_cast<int>(series))
            item->setCheckState(visible ? Qt::Checked : Qt::Unchecked); // itemChanged does the rest
    }
}

bool MemoryTimeline::seriesVisible(MemorySeries series) const
{
    return m_graphs[static_cast<std::size_t>(series)]->visible();
}

std::optional<std::size_t> MemoryTimeline::indexAtOrBefore(double seconds) const
{
    const auto after = std::upper_bound(m_times.begin(), m_times.end(), seconds);
    if (after == m_times.begin())
        return std::nullopt;
    return static_cast<std::size_t>(after - m_times.begin() - 1);
}

std::optional<double> MemoryTimeline::valueAt(MemorySeries series, double seconds) const
{
    const auto row = indexAtOrBefore(seconds);
    if (!row)
        return std::nullopt;
    const double raw = m_kib[static_cast<std::size_t>(series)][*row];
    if (std::isnan(raw))
        return std::nullopt;
    return shownValue(series, raw);
}

std::optional<double> MemoryTimeline::latestValue(MemorySeries series) const
{
    if (m_times.empty())
        return std::nullopt;
    return valueAt(series, m_times.back());
}

QString MemoryTimeline::showCrosshairAt(double seconds)
{
    const auto row = indexAtOrBefore(seconds);
    if (!row) {
        hideCrosshair();
        return {};
    }
    const double at = m_times[*row];
    QStringList lines;
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(m_wallTimes[*row].time_since_epoch()).count());
    // Samples made without a clock (fixtures, tests) have the epoch: only the sampler's time then.
    lines << (wall.toSecsSinceEpoch() > 0
            ? tr("at %1 (%2)").arg(timeText(at), QLocale().toString(wall.time(), QStringLiteral("HH:mm:ss")))
            : tr("at %1").arg(timeText(at)));
    for (const MemorySeries series : kAllMemorySeries) {
        if (!seriesVisible(series))
            continue;
        const auto value = valueAt(series, at);
        const MemorySeriesInfo& info = memorySeriesInfo(series);
        const QString shown = !value ? tr("not in this kernel")
            : info.percent           ? tr("%1 % of the last 10 s").arg(QLocale().toString(*value, 'f', 2))
                                     : formatInUnit(*value, m_unit);
        lines << QStringLiteral("%1: %2").arg(info.label, shown);
    }
    // The events that happened since the previous sample belong to this one.
    const double previous = *row > 0 ? m_times[*row - 1] : -std::numeric_limits<double>::infinity();
    for (const Marker& marker : m_markers)
        if (marker.seconds > previous && marker.seconds <= at)
            lines << QStringLiteral("▶ %1").arg(marker.label);
    const QString text = lines.join(QLatin1Char('\n'));

    m_crosshair->point1->setCoords(at, 0);
    m_crosshair->point2->setCoords(at, 1);
    m_crosshair->setVisible(true);
    m_crosshairText->setText(text);
    const QRect area = m_plot->axisRect()->rect();
    const double x = m_plot->xAxis->coordToPixel(at);
    const int textWidth = QFontMetrics(m_crosshairText->font()).boundingRect(QRect(0, 0, 1000, 1000), 0, text).width();
    const bool flip = x + 14 + textWidth + 12 > area.right();
    m_crosshairText->setPositionAlignment((flip ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    m_crosshairText->position->setCoords(flip ? x - 10 : x + 10, area.top() + 8);
    m_crosshairText->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    return text;
}

void MemoryTimeline::hideCrosshair()
{
    if (!m_crosshair->visible())
        return;
    m_crosshair->setVisible(false);
    m_crosshairText->setVisible(false);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MemoryTimeline::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_paused)
        followNewest();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool MemoryTimeline::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        hideCrosshair();
    return QWidget::eventFilter(watched, event);
}

void MemoryTimeline::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void MemoryTimeline::applyPalette()
{
    // Follows the palette so the plot stays readable in a dark theme.
    if (!m_plot)
        return;
    const QPalette pal = palette();
    applyPlotPalette(m_plot, pal);
    QColor box = pal.color(QPalette::ToolTipBase);
    box.setAlpha(235);
    m_crosshairText->setBrush(box);
    m_crosshairText->setColor(pal.color(QPalette::ToolTipText));
    m_crosshairText->setPen(QPen(pal.color(QPalette::Mid)));
    m_pausedText->setBrush(box);
    m_pausedText->setColor(pal.color(QPalette::ToolTipText));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace vmscope
