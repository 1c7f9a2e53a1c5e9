#include "widgets/process/ProcessBreakdownView.h"

#include "core/model/Saturating.h"
#include "core/read/ProcessReader.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/common/KindColors.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vmscope {
namespace {
    // Sizes on the value axes, in the binary steps the labels can say exactly ("2.0 MiB", not
    // a decimal 2000 KiB rounded to it).
    class KibTicker : public QCPAxisTicker {
    protected:
        double getTickStep(const QCPRange& range) override
        {
            const double wanted = range.size() / std::max(1, tickCount());
            double unit = 1;
            while (wanted >= unit * 1024)
                unit *= 1024;
            for (const double mantissa : { 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1024.0 })
                if (mantissa * unit >= wanted)
                    return mantissa * unit;
            return unit * 1024;
        }
        QString getTickLabel(double tick, const QLocale&, QChar, int) override
        {
            return sizeText(static_cast<std::uint64_t>(std::llround(std::max(0.0, tick))));
        }
    };

    QColor partColor(SmapsKey part)
    {
        switch (part) {
        case SmapsKey::Private_Clean:
            return QColor(0x8f, 0xb8, 0xde);
        case SmapsKey::Private_Dirty:
            return QColor(0x2f, 0x6e, 0xa5);
        case SmapsKey::Shared_Clean:
            return QColor(0xf7, 0xc2, 0x8b);
        case SmapsKey::Shared_Dirty:
            return QColor(0xd9, 0x73, 0x1a);
        case SmapsKey::Pss:
            return QColor(0x8e, 0x6b, 0xbf);
        case SmapsKey::Pss_Anon:
            return QColor(0x6a, 0x4c, 0x9c);
        case SmapsKey::Pss_File:
            return QColor(0xa5, 0x8f, 0xd0);
        case SmapsKey::Pss_Shmem:
            return QColor(0xd2, 0xc4, 0xec);
        case SmapsKey::SwapPss:
            return QColor(0x6f, 0x6f, 0x6f);
        case SmapsKey::Swap:
            return QColor(0xb4, 0xb4, 0xb4);
        default:
            return QColor(0x3a, 0x9d, 0x5d); // USS
        }
    }

    // Short enough for four legend columns in a narrow pane; the tooltips say it in full.
    QString legendName(SmapsKey part)
    {
        switch (part) {
        case SmapsKey::Private_Clean:
            return ProcessBreakdownView::tr("private clean");
        case SmapsKey::Private_Dirty:
            return ProcessBreakdownView::tr("private dirty");
        case SmapsKey::Shared_Clean:
            return ProcessBreakdownView::tr("shared clean");
        case SmapsKey::Shared_Dirty:
            return ProcessBreakdownView::tr("shared dirty");
        case SmapsKey::Pss_Anon:
            return ProcessBreakdownView::tr("PSS anon");
        case SmapsKey::Pss_File:
            return ProcessBreakdownView::tr("PSS file");
        case SmapsKey::Pss_Shmem:
            return ProcessBreakdownView::tr("PSS shmem");
        case SmapsKey::SwapPss:
            return ProcessBreakdownView::tr("SwapPss");
        default:
            return QString::fromLatin1(smapsKeyName(part).data());
        }
    }

    constexpr double kTotalsBarWidth = 0.62;
    constexpr int kLabelChars = 34;
    // The kind swatches left of the group rows, as a share of the widest bar.
    constexpr double kSwatchShare = 0.03;

    QString percent(std::uint64_t part, std::uint64_t whole)
    {
        if (whole == 0)
            return QStringLiteral("–");
        const QString share = shareText(part, whole, 1); // "overflow" for a saturated figure
        return shareOf(part, whole).state == Share::State::Ok ? share + QStringLiteral(" %") : share;
    }

    QString exactSize(std::uint64_t kib)
    {
        if (kib < 1024)
            return sizeText(kib);
        return ProcessBreakdownView::tr("%1 (%2 kB)").arg(sizeText(kib), QLocale().toString(qulonglong(kib)));
    }
} // namespace

ProcessBreakdownView::ProcessBreakdownView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setMargin(4);
    setWhatsThis(explanationHtml(
        tr("Where this process's memory goes, by kind of region or by mapping."), QStringLiteral("pss")));
    layout->addWidget(m_summary);
    layout->addLayout(createGroupingControls());

    createPlot();
    // A short pane scrolls rather than squeezing rows until their labels overlap.
    auto* scroller = new QScrollArea(this);
    scroller->setWidgetResizable(true);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroller->setWidget(m_plot);
    layout->addWidget(scroller, 1);

    m_footnote = new QLabel(this);
    m_footnote->setWordWrap(true);
    m_footnote->setTextFormat(Qt::PlainText);
    m_footnote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_footnote);

    connectControls();
    updateColors();
    rebuildChart();
    updateSummary();
}

// "Group: By kind | By mapping", and how a click narrows the map.
QHBoxLayout* ProcessBreakdownView::createGroupingControls()
{
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Group:"), this));
    m_byKind = new QToolButton(this);
    m_byKind->setText(tr("By k&ind"));
    m_byKind->setToolTip(tr("One row per kind of region: code, data, heap, stacks, anonymous memory, files … (Alt+I)"));
    m_byMapping = new QToolButton(this);
    m_byMapping->setText(tr("By m&apping"));
    m_byMapping->setToolTip(tr("One row per mapped file or pseudo-region ([heap], [anon] …): the %1 that hold the "
                               "most PSS, then the rest as “other” (Alt+A; Ctrl+M switches from anywhere)")
                                .arg(kTopMappings));
    auto* buttons = new QButtonGroup(this);
    for (QToolButton* button : { m_byKind, m_byMapping }) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        buttons->addButton(button);
        controls->addWidget(button);
    }
    m_byKind->setChecked(true);
    auto* hint = new QLabel(tr("Click a segment to show only its regions; Esc shows all."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    controls->addWidget(hint, 1);
    return controls;
}

// One plot with two axis rects sharing their left and right margins: the whole process above,
// its groups below, the legend at the bottom.
void ProcessBreakdownView::createPlot()
{
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumWidth(260);
    m_plot->legend->setIconSize(14, 10);
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->clear();
    auto* margins = new QCPMarginGroup(m_plot);
    auto* totalsTitle = new QCPTextElement(m_plot, tr("The whole process"));
    m_groupsTitle = new QCPTextElement(m_plot, QString());
    for (QCPTextElement* title : { totalsTitle, m_groupsTitle }) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }
    m_totalsRect = new QCPAxisRect(m_plot);
    m_groupsRect = new QCPAxisRect(m_plot);
    for (QCPAxisRect* rect : { m_totalsRect, m_groupsRect }) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        rect->setMinimumMargins(QMargins(0, 0, 30, 0)); // room for half of the last size label
        rect->axis(QCPAxis::atBottom)->setTicker(QSharedPointer<KibTicker>::create());
        rect->axis(QCPAxis::atLeft)->setRangeReversed(true); // the first row on top
        rect->axis(QCPAxis::atLeft)->grid()->setVisible(false);
        rect->axis(QCPAxis::atLeft)->setTickLength(0, 0);
        rect->axis(QCPAxis::atLeft)->setSubTicks(false);
    }
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->plotLayout()->addElement(0, 0, totalsTitle);
    m_plot->plotLayout()->addElement(1, 0, m_totalsRect);
    m_plot->plotLayout()->addElement(2, 0, m_groupsTitle);
    m_plot->plotLayout()->addElement(3, 0, m_groupsRect);
    m_plot->plotLayout()->addElement(4, 0, m_plot->legend);
    m_plot->plotLayout()->setRowSpacing(2);
    m_plot->setMouseTracking(true);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->installEventFilter(this);
    m_plot->setAccessibleName(tr("Memory breakdown chart"));
    m_plot->setToolTip(QString()); // tooltips come per segment
}

void ProcessBreakdownView::connectControls()
{
    connect(m_byKind, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setGrouping(BreakdownGrouping::ByKind);
    });
    connect(m_byMapping, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setGrouping(BreakdownGrouping::ByMapping);
    });
    // Tick and legend density follow the width, so a narrow pane does not overlap its labels.
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] {
        const int width = m_plot->width();
        for (QCPAxisRect* rect : { m_totalsRect, m_groupsRect })
            rect->axis(QCPAxis::atBottom)->ticker()->setTickCount(std::clamp(width / 100, 3, 6));
        const int wrap = width < 380 ? 2 : width < 520 ? 3 : 4;
        if (m_plot->legend->wrap() != wrap) {
            m_plot->legend->setWrap(wrap);
            m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        }
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, &ProcessBreakdownView::plotMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &ProcessBreakdownView::plotMousePress);
}

ProcessBreakdownView::~ProcessBreakdownView() = default;

void ProcessBreakdownView::setSource(std::shared_ptr<const Source> source)
{
    m_source = std::move(source);
}

void ProcessBreakdownView::setMemoryMap(std::shared_ptr<const MemoryMap> map)
{
    if (!map || (m_latestMap && map->pid != m_latestMap->pid)) {
        clearFilter();
        m_breakdown.reset(); // never show one process's bars under another's name
        rebuildChart();
        updateSummary();
    }
    m_latestMap = std::move(map);
    startGrouping();
}

void ProcessBreakdownView::startGrouping()
{
    // One grouping at a time; a newer snapshot meanwhile is grouped when it finishes, and the
    // older one's result is dropped.
    m_job.invalidate();
    m_job.request();
}

std::function<std::shared_ptr<const ProcessBreakdown>()> ProcessBreakdownView::groupingWork()
{
    return [map = m_latestMap, source = m_source] {
        std::optional<SmapsFields> rollup;
        if (map && source && map->pid > 0) {
            // A missing rollup (before 4.14) or a process gone since smaps was read only
            // leaves the Pss_* parts out.
            if (auto parsed = readSmapsRollup(*source, map->pid))
                rollup = std::move(parsed->fields);
        }
        return std::make_shared<const ProcessBreakdown>(computeBreakdown(map, std::move(rollup)));
    };
}

void ProcessBreakdownView::groupingFinished(std::shared_ptr<const ProcessBreakdown> result)
{
    if (!result || result->map != m_latestMap)
        return;
    m_breakdown = std::move(result);
    rebuildChart();
    updateSummary();
    applyFilter(); // the same meaning, the new snapshot's regions
    emit breakdownChanged();
}

void ProcessBreakdownView::setGrouping(BreakdownGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    (grouping == BreakdownGrouping::ByKind ? m_byKind : m_byMapping)->setChecked(true);
    rebuildChart();
    emit groupingChanged(grouping);
}

const BreakdownGroup* ProcessBreakdownView::groupOf(const Segment& segment) const
{
    if (!m_breakdown || segment.group < 0)
        return nullptr;
    const auto& groups = m_breakdown->groups(m_grouping);
    return std::size_t(segment.group) < groups.size() ? &groups[std::size_t(segment.group)] : nullptr;
}

QString ProcessBreakdownView::groupLabel(const BreakdownGroup& group, BreakdownGrouping grouping) const
{
    if (group.other)
        return tr("other (%n mapping(s))", nullptr, int(group.mappingCount));
    if (grouping == BreakdownGrouping::ByKind)
        return kindLabel(group.kind);
    const QString path = displayText(group.name);
    // A library reads best by its file name; /dev/zero, /memfd:… and /SYSV… only in full.
    const bool nameSays = path.startsWith(u'/') && !path.startsWith(QLatin1String("/dev/"))
        && !path.startsWith(QLatin1String("/memfd:")) && !path.startsWith(QLatin1String("/SYSV"));
    const QString label = nameSays ? path.section(u'/', -1) : path;
    return group.deleted ? tr("%1 (deleted)").arg(label) : label;
}

QString ProcessBreakdownView::segmentName(const Segment& segment) const
{
    switch (segment.bar) {
    case Bar::Uss:
        return tr("USS (private pages)");
    case Bar::Swap:
        if (segment.group < 0 && segment.part == SmapsKey::Swap)
            return tr("swap shared with other processes (Swap − SwapPss)");
        return segment.part == SmapsKey::SwapPss ? tr("its share of swap (SwapPss)") : tr("swap");
    case Bar::Pss:
        switch (segment.part) {
        case SmapsKey::Pss_Anon:
            return tr("PSS of anonymous memory (Pss_Anon)");
        case SmapsKey::Pss_File:
            return tr("PSS of file pages (Pss_File)");
        case SmapsKey::Pss_Shmem:
            return tr("PSS of shared memory (Pss_Shmem)");
        default:
            return tr("PSS (proportional share)");
        }
    case Bar::Rss:
        break;
    }
    switch (segment.part) {
    case SmapsKey::Private_Clean:
        return tr("private clean pages");
    case SmapsKey::Private_Dirty:
        return tr("private dirty pages");
    case SmapsKey::Shared_Clean:
        return tr("shared clean pages");
    case SmapsKey::Shared_Dirty:
        return tr("shared dirty pages");
    default:
        return tr("RSS");
    }
}

std::optional<std::uint64_t> ProcessBreakdownView::segmentValue(const Segment& segment) const
{
    const DrawnSegment* drawn = findDrawn(segment);
    if (!drawn)
        return std::nullopt;
    return static_cast<std::uint64_t>(std::llround(drawn->value));
}

const ProcessBreakdownView::DrawnSegment* ProcessBreakdownView::findDrawn(const Segment& segment) const
{
    const auto it
        = std::find_if(m_drawn.begin(), m_drawn.end(), [&](const DrawnSegment& d) { return d.segment == segment; });
    return it == m_drawn.end() ? nullptr : &*it;
}

std::vector<ProcessBreakdownView::Segment> ProcessBreakdownView::segments() const
{
    std::vector<Segment> result;
    for (const DrawnSegment& d : m_drawn)
        result.push_back(d.segment);
    return result;
}

std::optional<QPoint> ProcessBreakdownView::segmentCenter(const Segment& segment) const
{
    const DrawnSegment* d = findDrawn(segment);
    if (!d)
        return std::nullopt;
    const double y = d->rect->axis(QCPAxis::atLeft)->coordToPixel(d->key);
    const double x = d->rect->axis(QCPAxis::atBottom)->coordToPixel(d->base + d->value / 2);
    return QPoint(int(std::lround(x)), int(std::lround(y)));
}

std::optional<ProcessBreakdownView::Segment> ProcessBreakdownView::segmentAt(QPointF position) const
{
    for (const DrawnSegment& d : m_drawn) {
        const QCPAxis* keys = d.rect->axis(QCPAxis::atLeft);
        const QCPAxis* values = d.rect->axis(QCPAxis::atBottom);
        const double top = keys->coordToPixel(d.key - d.width / 2);
        const double bottom = keys->coordToPixel(d.key + d.width / 2);
        const double left = values->coordToPixel(d.base);
        // A sliver of a few kB still gets a pixel to point at.
        const double right = std::max(left + 2, values->coordToPixel(d.base + d.value));
        if (position.x() >= left && position.x() <= right && position.y() >= std::min(top, bottom)
            && position.y() <= std::max(top, bottom))
            return d.segment;
    }
    return std::nullopt;
}

QString ProcessBreakdownView::toolTipFor(const Segment& segment) const
{
    const DrawnSegment* d = findDrawn(segment);
    if (!d || !m_breakdown)
        return {};
    const Totals& process = m_breakdown->total;
    const auto value = static_cast<std::uint64_t>(std::llround(d->value));
    const BreakdownGroup* group = groupOf(segment);
    QString text = QStringLiteral("<b>%1</b> — %2: %3<br/>")
                       .arg((group ? groupLabel(*group, m_grouping) : tr("the whole process")).toHtmlEscaped(),
                           segmentName(segment).toHtmlEscaped(), exactSize(value));
    switch (segment.bar) {
    case Bar::Rss:
    case Bar::Uss:
        text += tr("%1 of the process's RSS (%2)").arg(percent(value, process.rss()), sizeText(process.rss()));
        break;
    case Bar::Pss:
        text += tr("%1 of the process's PSS (%2)").arg(percent(value, process.pss()), sizeText(process.pss()));
        if (segment.group < 0 && segment.part != SmapsKey::Pss)
            text += QStringLiteral("<br/>")
                + tr("From smaps_rollup, read just after smaps. The kernel sums it before rounding to kB, so the "
                     "summed PSS can be up to 1 kB per region lower.");
        break;
    case Bar::Swap:
        text += tr("%1 of the process's swap (%2)").arg(percent(value, process.swap()), sizeText(process.swap()));
        break;
    }
    if (group) {
        const Totals& t = group->totals;
        text += QStringLiteral("<br/><br/>");
        if (!group->other && m_grouping == BreakdownGrouping::ByMapping)
            text += displayText(group->name).toHtmlEscaped() + QStringLiteral("<br/>");
        text += tr("This row: RSS %1 · PSS %2 · USS %3 · swap %4 · %n region(s), %5 mapped", nullptr, int(t.vmaCount))
                    .arg(sizeText(t.rss()), sizeText(t.pss()), sizeText(t.uss()), sizeText(t.swap()),
                        sizeText(t.size()));
        if (segment.bar == Bar::Uss)
            text += QStringLiteral("<br/>")
                + tr("USS = private clean %1 + private dirty %2: what exiting would free.")
                      .arg(sizeText(t.fields.get(SmapsKey::Private_Clean)),
                          sizeText(t.fields.get(SmapsKey::Private_Dirty)));
    }
    text += QStringLiteral("<br/><i>") + tr("Click to show only the regions holding it.") + QStringLiteral("</i>");
    return text;
}

QCPBars* ProcessBreakdownView::newBars(QCPAxisRect* rect, SmapsKey colorOf, const QString& name, QCPBars* below)
{
    auto* bars = new QCPBars(rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atBottom));
    bars->setName(name);
    bars->setPen(QPen(partColor(colorOf).darker(130), 0));
    bars->setBrush(partColor(colorOf));
    bars->setSelectable(QCP::stNone);
    if (below)
        bars->moveAbove(below);
    return bars;
}

// Every part gets data at every key of its chain (zeros included), so QCustomPlot stacks
// exactly as `base` says.
void ProcessBreakdownView::addPart(
    QCPBars* bars, QCPAxisRect* rect, Segment segment, double key, double& base, std::uint64_t value)
{
    bars->addData(key, double(value));
    if (value > 0)
        m_drawn.push_back(DrawnSegment { segment, rect, key, bars->width(), base, double(value) });
    base += double(value);
}

void ProcessBreakdownView::rebuildChart()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_focusFrame = nullptr;
    m_drawn.clear();
    m_shownGroups.clear();
    m_groupsTitle->setText(m_grouping == BreakdownGrouping::ByKind
            ? tr("By kind of region")
            : tr("By mapping (the %1 with the most PSS, then the rest)").arg(kTopMappings));

    const bool ready = m_breakdown && m_breakdown->map && m_breakdown->map->fromSmaps;
    if (!ready) {
        m_totalsRect->axis(QCPAxis::atLeft)->setTicker(QSharedPointer<QCPAxisTickerText>::create());
        m_groupsRect->axis(QCPAxis::atLeft)->setTicker(QSharedPointer<QCPAxisTickerText>::create());
        m_plot->legend->clearItems();
        m_plot->replot();
        return;
    }

    const ProcessBreakdown& breakdown = *m_breakdown;
    TotalsChart totals = addTotalsChart(breakdown);
    const GroupsChart groups = addGroupsChart(breakdown);
    setChartHeight(totals.rows, int(totals.legendBars.size()), groups.slotCount);

    m_plot->legend->clearItems();
    totals.legendBars.insert(totals.legendBars.end(), groups.legendBars.begin(), groups.legendBars.end());
    for (QCPBars* bars : totals.legendBars)
        bars->addToLegend();
    if (m_current && !findDrawn(*m_current))
        m_current.reset();
    showCurrent();
    updateColors();
}

// The whole process, in the upper chart: one row per measure (RSS in its parts, PSS, USS, swap).
ProcessBreakdownView::TotalsChart ProcessBreakdownView::addTotalsChart(const ProcessBreakdown& breakdown)
{
    const Totals& total = breakdown.total;
    const bool pssParts = breakdown.rollup && breakdown.rollup->has(SmapsKey::Pss_Anon);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    TotalsChart chart;

    std::array<QCPBars*, 4> rss {};
    for (std::size_t i = 0; i < kRssParts.size(); ++i)
        rss[i] = newBars(m_totalsRect, kRssParts[i], legendName(kRssParts[i]), i ? rss[i - 1] : nullptr);
    chart.legendBars.assign(rss.begin(), rss.end());
    double row = 0;
    double base = 0;
    double pssPartsSum = 0;
    for (std::size_t i = 0; i < kRssParts.size(); ++i) {
        rss[i]->setWidth(kTotalsBarWidth);
        addPart(rss[i], m_totalsRect, { -1, Bar::Rss, kRssParts[i] }, row, base, total.fields.get(kRssParts[i]));
    }
    ticker->addTick(row, tr("RSS"));

    row += 1;
    base = 0;
    if (pssParts) {
        QCPBars* below = nullptr;
        for (const SmapsKey part : kPssParts) {
            QCPBars* bars = newBars(m_totalsRect, part, legendName(part), below);
            bars->setWidth(kTotalsBarWidth);
            addPart(bars, m_totalsRect, { -1, Bar::Pss, part }, row, base, breakdown.rollup->get(part));
            chart.legendBars.push_back(bars);
            below = bars;
            pssPartsSum += double(breakdown.rollup->get(part));
        }
    } else {
        QCPBars* bars = newBars(m_totalsRect, SmapsKey::Pss, tr("PSS"), nullptr);
        bars->setWidth(kTotalsBarWidth);
        addPart(bars, m_totalsRect, { -1, Bar::Pss, SmapsKey::Pss }, row, base, total.pss());
    }
    ticker->addTick(row, tr("PSS"));

    row += 1;
    base = 0;
    QCPBars* uss = newBars(m_totalsRect, SmapsKey::Count, tr("USS"), nullptr);
    uss->setWidth(kTotalsBarWidth);
    addPart(uss, m_totalsRect, { -1, Bar::Uss, SmapsKey::Count }, row, base, total.uss());
    ticker->addTick(row, tr("USS"));

    if (total.swap() > 0) {
        row += 1;
        base = 0;
        QCPBars* swapPss = newBars(m_totalsRect, SmapsKey::SwapPss, legendName(SmapsKey::SwapPss), nullptr);
        QCPBars* swapRest = newBars(m_totalsRect, SmapsKey::Swap, tr("swap of others"), swapPss);
        const std::uint64_t share = std::min(total.fields.get(SmapsKey::SwapPss), total.swap());
        for (QCPBars* bars : { swapPss, swapRest })
            bars->setWidth(kTotalsBarWidth);
        addPart(swapPss, m_totalsRect, { -1, Bar::Swap, SmapsKey::SwapPss }, row, base, share);
        addPart(swapRest, m_totalsRect, { -1, Bar::Swap, SmapsKey::Swap }, row, base, total.swap() - share);
        ticker->addTick(row, tr("Swap"));
        chart.legendBars.push_back(swapPss);
    }
    QCPAxis* keys = m_totalsRect->axis(QCPAxis::atLeft);
    keys->setTicker(ticker);
    keys->setRange(-0.5, row + 0.5);
    m_totalsRect->axis(QCPAxis::atBottom)
        ->setRange(0,
            std::max<double>({ 4.0, double(total.rss()), double(total.pss()), double(total.swap()), pssPartsSum })
                * 1.04);
    chart.rows = row + 1;
    return chart;
}

// The groups, in the lower chart: per group a slot each for RSS in its parts, PSS, USS and swap.
ProcessBreakdownView::GroupsChart ProcessBreakdownView::addGroupsChart(const ProcessBreakdown& breakdown)
{
    const auto& groups = breakdown.groups(m_grouping);
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (groups[i].holdsMemory())
            m_shownGroups.push_back(int(i));
    const bool anySwap = breakdown.total.swap() > 0;
    GroupsChart chart;
    chart.slotCount = anySwap ? 4 : 3;
    const double slotWidth = 0.84 / chart.slotCount;
    std::array<QCPBars*, 4> rss {};
    for (std::size_t i = 0; i < kRssParts.size(); ++i) {
        rss[i] = newBars(m_groupsRect, kRssParts[i], QString(), i ? rss[i - 1] : nullptr);
        rss[i]->setWidth(slotWidth * 0.9);
    }
    QCPBars* pss = newBars(m_groupsRect, SmapsKey::Pss, tr("PSS"), nullptr);
    QCPBars* uss = newBars(m_groupsRect, SmapsKey::Count, tr("USS"), nullptr);
    QCPBars* swap = anySwap ? newBars(m_groupsRect, SmapsKey::Swap, tr("swap"), nullptr) : nullptr;
    for (QCPBars* bars : { pss, uss, swap })
        if (bars)
            bars->setWidth(slotWidth * 0.9);

    QCPAxis* keys = m_groupsRect->axis(QCPAxis::atLeft);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double widest = 4;
    const QFontMetrics metrics(keys->tickLabelFont());
    std::vector<QColor> swatchColors;
    for (std::size_t r = 0; r < m_shownGroups.size(); ++r) {
        const int g = m_shownGroups[r];
        const Totals& t = groups[std::size_t(g)].totals;
        const double center = double(r);
        auto slotKey = [&](int slot) { return center - 0.42 + slotWidth * (slot + 0.5); };
        double base = 0;
        for (std::size_t i = 0; i < kRssParts.size(); ++i)
            addPart(rss[i], m_groupsRect, { g, Bar::Rss, kRssParts[i] }, slotKey(0), base, t.fields.get(kRssParts[i]));
        base = 0;
        addPart(pss, m_groupsRect, { g, Bar::Pss, SmapsKey::Pss }, slotKey(1), base, t.pss());
        base = 0;
        addPart(uss, m_groupsRect, { g, Bar::Uss, SmapsKey::Count }, slotKey(2), base, t.uss());
        if (swap) {
            base = 0;
            addPart(swap, m_groupsRect, { g, Bar::Swap, SmapsKey::Swap }, slotKey(3), base, t.swap());
        }
        widest = std::max({ widest, double(t.rss()), double(t.pss()), double(t.swap()) });
        const QString label = groupLabel(groups[std::size_t(g)], m_grouping);
        ticker->addTick(center, metrics.elidedText(label, Qt::ElideMiddle, metrics.averageCharWidth() * kLabelChars));
        swatchColors.push_back(kindColor(groups[std::size_t(g)].kind));
    }
    addKindSwatches(swatchColors, widest);
    keys->setTicker(ticker);
    keys->setRange(-0.5, std::max<double>(0, double(m_shownGroups.size()) - 0.5));
    m_groupsRect->axis(QCPAxis::atBottom)->setRange(-kSwatchShare * widest, widest * 1.04);

    chart.legendBars = { pss, uss };
    if (swap)
        chart.legendBars.push_back(swap);
    return chart;
}

// The kind's colour left of each row ties it to the map and the table: a bar of its own,
// below zero, so it needs no pixel geometry and follows every resize.
void ProcessBreakdownView::addKindSwatches(const std::vector<QColor>& colors, double widest)
{
    const double swatchWidth = widest * kSwatchShare;
    for (std::size_t r = 0; r < colors.size(); ++r) {
        auto* swatch = new QCPBars(m_groupsRect->axis(QCPAxis::atLeft), m_groupsRect->axis(QCPAxis::atBottom));
        swatch->setWidth(0.9);
        swatch->setBaseValue(-swatchWidth);
        swatch->setPen(Qt::NoPen);
        swatch->setBrush(colors[r]);
        swatch->setSelectable(QCP::stNone);
        swatch->addData(double(r), swatchWidth * 0.75); // from the base, up to just short of zero
    }
}

// Row heights: the whole process gets as much room per row as a group; the plot asks for the
// height its rows, the legend and the titles need, so the scroll area scrolls instead of squeezing.
void ProcessBreakdownView::setChartHeight(double totalRows, int legendEntries, int slotCount)
{
    const double groupRows = double(m_shownGroups.size());
    m_plot->plotLayout()->setRowStretchFactors(
        { 0.001, totalRows, 0.001, std::max(1.0, groupRows * (slotCount / 2.5)), 0.001 });
    const int textHeight = QFontMetrics(m_groupsRect->axis(QCPAxis::atLeft)->tickLabelFont()).height();
    const int legendRows = (legendEntries + 3) / 3;
    m_plot->setMinimumHeight(int(totalRows * (textHeight + 6) + groupRows * (slotCount * 7 + 4)
        + legendRows * (textHeight + 4) + 6 * textHeight));
}

void ProcessBreakdownView::updateSummary()
{
    m_footnote->clear();
    if (!m_latestMap) {
        m_summary->setText(tr("Choose a process to see where its memory is."));
        return;
    }
    if (!m_breakdown) {
        m_summary->setText(tr("Adding up the regions…"));
        return;
    }
    const ProcessBreakdown& b = *m_breakdown;
    if (!b.map->fromSmaps) {
        m_summary->setText(tr("Only the list of regions could be read (maps, not smaps): there are no sizes in RAM "
                              "to break down."));
        return;
    }
    if (b.map->vmas.empty()) {
        m_summary->setText(tr("This process maps no memory of its own (a kernel thread, or a zombie)."));
        return;
    }
    m_summary->setText(summaryText());

    QStringList notes;
    QStringList idle;
    for (const BreakdownGroup& group : b.groups(m_grouping))
        if (!group.holdsMemory())
            idle << tr("%1 (%n region(s), %2 mapped)", nullptr, int(group.totals.vmaCount))
                        .arg(groupLabel(group, m_grouping), sizeText(group.totals.size()));
    if (!idle.isEmpty())
        notes << tr("Not drawn, as nothing of it is in RAM or swap: %1.").arg(idle.join(QStringLiteral(", ")));
    // With the parts, the PSS bar's tooltip says where they come from.
    if (!b.rollup || !b.rollup->has(SmapsKey::Pss_Anon))
        notes << tr("This kernel gives no Pss_Anon/Pss_File/Pss_Shmem (smaps_rollup, Linux 5.x), so PSS is one bar.");
    m_footnote->setText(notes.join(u'\n'));
}

QString ProcessBreakdownView::summaryText() const
{
    if (!m_breakdown || !m_breakdown->map || !m_breakdown->map->fromSmaps || m_breakdown->map->vmas.empty())
        return m_summary->text();
    const Totals& t = m_breakdown->total;
    const std::uint64_t shared
        = saturatingAdd(t.fields.get(SmapsKey::Shared_Clean), t.fields.get(SmapsKey::Shared_Dirty));
    QStringList sentences;
    sentences << tr("This process maps %1 of address space, of which %2 is in RAM (RSS).")
                     .arg(sizeText(t.size()), sizeText(t.rss()));
    if (shared > 0)
        // smaps says a page is shared, not with how many: the count is not claimed.
        sentences << tr("%1 of that is also mapped by other processes; counting each shared page split among "
                        "the processes that map it, its proportional share (PSS) is %2.")
                         .arg(sizeText(shared), sizeText(t.pss()));
    else
        sentences << tr("None of it is shared with other processes, so its PSS equals its RSS.");
    sentences << tr("If it exited, about %1 (its USS, the private pages) would be freed.").arg(sizeText(t.uss()));
    if (t.swap() > 0)
        sentences << tr("Another %1 is swapped out.").arg(sizeText(t.swap()));
    return sentences.join(u' ');
}

void ProcessBreakdownView::activateSegment(const Segment& segment)
{
    const BreakdownGroup* group = groupOf(segment);
    if (segment.group >= 0 && !group)
        return;
    Filter filter;
    filter.grouping = m_grouping;
    filter.wholeProcess = !group;
    filter.groupName = group ? group->name : std::string();
    filter.otherGroup = group && group->other;
    filter.bar = segment.bar;
    filter.part = segment.part;
    m_filter = filter;
    applyFilter();
}

void ProcessBreakdownView::clearFilter()
{
    if (!m_filter)
        return;
    m_filter.reset();
    emit filterChanged(QString(), {});
}

void ProcessBreakdownView::applyFilter()
{
    if (!m_filter || !m_breakdown || !m_breakdown->map)
        return;
    const Filter& f = *m_filter;
    const MemoryMap& map = *m_breakdown->map;
    const BreakdownGroup* group = nullptr;
    if (!f.wholeProcess) {
        const auto& groups = m_breakdown->groups(f.grouping);
        const auto it = std::find_if(groups.begin(), groups.end(),
            [&](const BreakdownGroup& g) { return g.other == f.otherGroup && g.name == f.groupName; });
        group = it == groups.end() ? nullptr : &*it;
        if (!group) {
            clearFilter(); // that kind or mapping is gone from the new snapshot
            return;
        }
    }
    std::vector<int> all;
    if (!group) {
        all.resize(map.vmas.size());
        std::iota(all.begin(), all.end(), 0);
    }
    const std::vector<int>& candidates = group ? group->vmaIndices : all;
    std::vector<int> vmas;
    if (f.bar == Bar::Uss)
        vmas = vmasWithPrivatePages(map, candidates);
    else
        vmas = vmasHolding(map, candidates, f.part);
    if (vmas.empty()) {
        clearFilter();
        return;
    }

    const Segment shown { group ? 0 : -1, f.bar, f.part };
    QString what = segmentName(shown);
    QString description;
    const int count = int(vmas.size());
    if (!group)
        description = tr("Showing only the regions with %1 (%n region(s))", nullptr, count).arg(what);
    else if (group->other)
        description = tr("Showing only regions of the other mappings with %1 (%n region(s))", nullptr, count).arg(what);
    else if (f.grouping == BreakdownGrouping::ByKind)
        description
            = tr("Showing only %1 regions with %2 (%n region(s))", nullptr, count).arg(kindLabel(group->kind), what);
    else
        description = tr("Showing only regions of %1 with %2 (%n region(s))", nullptr, count)
                          .arg(displayText(group->name), what);
    emit filterChanged(description, vmas);
}

void ProcessBreakdownView::plotMouseMove(QMouseEvent* event)
{
    const std::optional<Segment> segment = segmentAt(event->position());
    m_plot->setCursor(segment ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (segment)
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(*segment), m_plot);
    else
        QToolTip::hideText();
}

void ProcessBreakdownView::plotMousePress(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const std::optional<Segment> segment = segmentAt(event->position()))
        activateSegment(*segment);
}

bool ProcessBreakdownView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        showCurrent();
        m_plot->replot();
    }
    if (watched != m_plot || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        moveCurrent(1);
        return true;
    case Qt::Key_Up:
    case Qt::Key_Left:
        moveCurrent(-1);
        return true;
    case Qt::Key_Home:
        m_current.reset();
        moveCurrent(1);
        return true;
    case Qt::Key_End:
        m_current.reset();
        moveCurrent(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current)
            activateSegment(*m_current);
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void ProcessBreakdownView::moveCurrent(int step)
{
    if (m_drawn.empty())
        return;
    const int count = int(m_drawn.size());
    int index = step > 0 ? 0 : count - 1;
    if (m_current) {
        const auto it = std::find_if(
            m_drawn.begin(), m_drawn.end(), [&](const DrawnSegment& d) { return d.segment == *m_current; });
        if (it != m_drawn.end())
            index = std::clamp(int(it - m_drawn.begin()) + step, 0, count - 1);
    }
    m_current = m_drawn[std::size_t(index)].segment;
    showCurrent();
    m_plot->replot();
    if (const std::optional<QPoint> center = segmentCenter(*m_current))
        QToolTip::showText(m_plot->mapToGlobal(*center), toolTipFor(*m_current), m_plot);
}

void ProcessBreakdownView::showCurrent()
{
    const DrawnSegment* d = m_current ? findDrawn(*m_current) : nullptr;
    if (!d || !m_plot->hasFocus()) {
        if (m_focusFrame)
            m_focusFrame->setVisible(false);
        return;
    }
    if (!m_focusFrame) {
        m_focusFrame = new QCPItemRect(m_plot);
        m_focusFrame->setSelectable(false);
        m_focusFrame->setBrush(Qt::NoBrush);
    }
    m_focusFrame->setPen(QPen(palette().color(QPalette::Text), 2));
    m_focusFrame->setClipAxisRect(d->rect);
    for (QCPItemPosition* corner : { m_focusFrame->topLeft, m_focusFrame->bottomRight }) {
        corner->setAxisRect(d->rect);
        corner->setAxes(d->rect->axis(QCPAxis::atBottom), d->rect->axis(QCPAxis::atLeft));
    }
    m_focusFrame->topLeft->setCoords(d->base, d->key - d->width / 2);
    m_focusFrame->bottomRight->setCoords(d->base + d->value, d->key + d->width / 2);
    m_focusFrame->setVisible(true);
}

void ProcessBreakdownView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void ProcessBreakdownView::updateColors()
{
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::Text);
    m_plot->setBackground(pal.brush(QPalette::Base));
    for (QCPAxisRect* rect : { m_totalsRect, m_groupsRect }) {
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(text));
            axis->setTickPen(QPen(text));
            axis->setSubTickPen(QPen(text));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(pal.color(QPalette::Mid), 0, Qt::DotLine));
        }
    }
    for (int i = 0; i < m_plot->plotLayout()->elementCount(); ++i)
        if (auto* title = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->elementAt(i)))
            title->setTextColor(text);
    m_plot->legend->setBrush(pal.brush(QPalette::Base));
    m_plot->legend->setTextColor(text);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->replot();
}

} // namespace vmscope
