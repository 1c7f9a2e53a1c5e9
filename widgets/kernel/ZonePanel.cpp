#include "widgets/kernel/ZonePanel.h"

#include "widgets/common/LatestOnlyJob.h"

#include "core/io/Source.h"
#include "core/model/Saturating.h"
#include "core/read/RssVszRatio.h"
#include "core/read/SystemReader.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/kernel/CommitGauge.h"
#include "widgets/kernel/OvercommitControl.h"
#include "widgets/kernel/WatermarkGauge.h"
#include "widgets/kernel/ZoneCard.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <bit>
#include <unistd.h>

namespace vmscope {
namespace {
    // The sysctls change only when an administrator writes them: a few seconds old is fresh enough.
    constexpr qint64 kSysctlRefreshMs = 5000;
    constexpr int kCardMinWidth = 470;

    int hugePageOrder(const SystemSample& sample)
    {
        const std::uint64_t pageKiB = std::max<std::uint64_t>(1, sample.pageSize / 1024);
        const std::uint64_t hugeKiB = sample.memInfoValue("Hugepagesize").value_or(2048);
        const std::uint64_t pages = std::max<std::uint64_t>(1, hugeKiB / pageKiB);
        return std::bit_width(pages) - 1;
    }

    ZoneContext contextFor(const SystemSample& sample, const ZoneSample& zone, const std::optional<VmTuning>& tuning)
    {
        ZoneContext context;
        context.pageSize = sample.pageSize;
        context.seconds = sample.seconds;
        context.lowmemPages = lowmemManagedPages(sample.zones);
        context.hugePageOrder = hugePageOrder(sample);
        for (const ZoneSample& other : sample.zones)
            if (other.node == zone.node)
                context.nodeZoneNames.push_back(other.zone);
        context.tuning = tuning;
        return context;
    }
} // namespace

struct ZonePanel::Private {
    std::shared_ptr<const Source> source;
    SamplePtr latest;
    std::optional<VmTuning> tuning;
    QString sysctlProblem;
    QElapsedTimer sinceSysctlRead;

    QScrollArea* scroll = nullptr;
    QWidget* content = nullptr;
    CommitGauge* commit = nullptr;
    OvercommitControl* overcommit = nullptr;
    QLabel* rssVsz = nullptr;
    std::unique_ptr<LatestOnlyJob<RssVszRatio>> rssVszJob;
    QLabel* tuningLabel = nullptr;
    QLabel* problems = nullptr;
    QGridLayout* grid = nullptr;
    QLabel* emptyZones = nullptr;
    std::vector<ZoneCard*> cards; // zoneinfo order
    int columns = 0;
    std::unique_ptr<LatestOnlyJob<Result<VmSysctls>>> sysctlJob;

    ZoneCard* findCard(const ZoneSample& zone) const
    {
        const auto it = std::find_if(cards.begin(), cards.end(),
            [&](const ZoneCard* card) { return card->node() == zone.node && card->zone() == zone.zone; });
        return it == cards.end() ? nullptr : *it;
    }
};

ZonePanel::ZonePanel(std::shared_ptr<const Source> source, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->source = std::move(source);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    d->scroll = new QScrollArea(this);
    d->scroll->setWidgetResizable(true);
    d->scroll->setFrameShape(QFrame::NoFrame);
    // As needed, not off: a column narrower than its widest row (a large font) must not cut text.
    d->scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    outer->addWidget(d->scroll);

    d->content = new QWidget;
    auto* layout = new QVBoxLayout(d->content);

    auto* commitBox = new QGroupBox(tr("Commit (overcommit accounting)"), d->content);
    auto* commitLayout = new QVBoxLayout(commitBox);
    d->commit = new CommitGauge(commitBox);
    commitLayout->addWidget(d->commit);
    d->rssVsz = new QLabel(tr("RSS:VSZ …"), commitBox);
    d->rssVsz->setTextFormat(Qt::PlainText);
    d->rssVsz->setWordWrap(true); // a long line would widen the whole column past its viewport
    d->rssVsz->setToolTip(rssVszToolTip());
    commitLayout->addWidget(d->rssVsz);
    d->overcommit = new OvercommitControl(commitBox);
    // Writes only as root on this machine's own /proc, never into a capture or another machine.
    d->overcommit->setWritable(::geteuid() == 0 && d->source && d->source->describe() == "/proc");
    commitLayout->addWidget(d->overcommit);
    connect(d->overcommit, &OvercommitControl::tuningWritten, this, [this](const VmTuning& written) {
        if (d->tuning) {
            d->tuning->overcommitMemory = written.overcommitMemory;
            d->tuning->overcommitRatio = written.overcommitRatio;
            d->tuning->overcommitKbytes = written.overcommitKbytes;
        }
        d->commit->previewTuning(written);
        refreshTuningLabel();
        d->sinceSysctlRead.invalidate(); // read the kernel's values again with the next sample
    });
    layout->addWidget(commitBox);

    d->tuningLabel = new QLabel(d->content);
    d->tuningLabel->setWordWrap(true);
    d->tuningLabel->setTextFormat(Qt::PlainText);
    d->tuningLabel->setToolTip(
        tr("vm.min_free_kbytes: the free memory the kernel keeps for emergencies, split across the zones into their "
           "min watermarks.\nvm.watermark_scale_factor: the distance from min to low and from low to high, in "
           "ten-thousandths of the zone (default 10 = 0.1 %).\nvm.watermark_boost_factor: how far the watermarks are "
           "raised after a fragmentation event, in ten-thousandths of high (0 disables boosting).\n"
           "vm.lowmem_reserve_ratio: how much of each lower zone is protected from allocations that could use a "
           "higher one."));
    layout->addWidget(d->tuningLabel);

    d->problems = new QLabel(d->content);
    d->problems->setWordWrap(true);
    d->problems->setTextFormat(Qt::PlainText);
    d->problems->hide();
    layout->addWidget(d->problems);

    d->grid = new QGridLayout;
    d->grid->setSpacing(8);
    layout->addLayout(d->grid);

    d->emptyZones = new QLabel(d->content);
    d->emptyZones->setWordWrap(true);
    d->emptyZones->setTextFormat(Qt::PlainText);
    d->emptyZones->setToolTip(tr("Zones with no memory on this machine: the kernel lists every zone it was built "
                                 "with (Movable only holds memory when kernelcore=/movablecore= or hot-plugged "
                                 "memory asks for it; Device is for persistent and device memory)."));
    layout->addWidget(d->emptyZones);
    layout->addStretch();
    d->scroll->setWidget(d->content);
    d->scroll->viewport()->installEventFilter(this);

    // The worker holds its own reference to the source, so the panel may go away meanwhile.
    d->sysctlJob = std::make_unique<LatestOnlyJob<Result<VmSysctls>>>(
        [this] { return [source = d->source] { return readVmSysctls(*source); }; },
        [this](const Result<VmSysctls>& result) {
            if (result.ok()) {
                d->tuning = VmTuning::fromSysctls(*result);
                d->sysctlProblem.clear();
            } else {
                d->sysctlProblem
                    = tr("Could not read the vm sysctls: %1").arg(QString::fromStdString(result.error().message()));
            }
            applyTuning();
        });
    refreshTuningLabel();

    // Every process's statm: a few hundred small reads, so on a worker and only every few seconds.
    d->rssVszJob = std::make_unique<LatestOnlyJob<RssVszRatio>>(
        [this]() -> std::function<RssVszRatio()> {
            if (!d->source)
                return {};
            return [source = d->source] { return readRssVszRatio(*source); };
        },
        [this](const RssVszRatio& ratio) { showRssVsz(ratio); });
    auto* rssTimer = new QTimer(this);
    rssTimer->setInterval(kRssVszRefreshMs);
    connect(rssTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            d->rssVszJob->startIfIdle();
    });
    rssTimer->start();
    d->rssVszJob->startIfIdle();
}

ZonePanel::~ZonePanel() = default;

OvercommitControl* ZonePanel::overcommitControl() const
{
    return d->overcommit;
}

QString ZonePanel::rssVszText() const
{
    return d->rssVsz->text();
}

QString ZonePanel::rssVszToolTip() const
{
    return tr("Σ VmRSS / Σ VmSize over all processes: how much of the address space programs reserved is in RAM. "
              "It is far below 1 (often under 0.1) because programs reserve much more than they touch: thread "
              "stacks, malloc arenas, whole mapped libraries and files, sparse arrays. A page costs RAM only once "
              "touched (demand paging), and overcommit is the kernel lending against that gap: Committed_AS counts "
              "the writable part of the promise, RSS what was taken up.");
}

void ZonePanel::showRssVsz(const RssVszRatio& ratio)
{
    const auto value = ratio.ratio();
    if (!value) {
        d->rssVsz->setText(tr("RSS:VSZ: no process readable"));
        return;
    }
    QString text = tr("RSS:VSZ %1 (%2 resident of %3 virtual; processes: %4)")
                       .arg(QLocale().toString(*value, 'f', 3))
                       .arg(sizeText(ratio.residentPages * (d->latest ? d->latest->pageSize : 4096) / 1024))
                       .arg(sizeText(ratio.virtualPages * (d->latest ? d->latest->pageSize : 4096) / 1024))
                       .arg(qulonglong(ratio.processes));
    if (ratio.unreadable > 0)
        text += tr("; %n not readable", nullptr, int(ratio.unreadable));
    d->rssVsz->setText(text);
}

void ZonePanel::addSample(SamplePtr sample)
{
    if (!sample)
        return;
    d->latest = std::move(sample);
    const SystemSample& current = *d->latest;
    syncCards(current);
    for (const ZoneSample& zone : current.zones)
        if (ZoneCard* card = d->findCard(zone))
            card->addSample(zone, contextFor(current, zone, d->tuning));
    d->commit->setSample(current);
    refreshProblems();
    maybeReadSysctls();
}

void ZonePanel::setHistory(const std::vector<SamplePtr>& samples)
{
    for (ZoneCard* card : d->cards)
        card->clearHistory();
    if (samples.empty() || !samples.back())
        return;
    // Only what the gauges keep; the newest goes through addSample for the labels.
    const std::size_t first
        = samples.size() > WatermarkGauge::kHistoryLength ? samples.size() - WatermarkGauge::kHistoryLength : 0;
    syncCards(*samples.back());
    for (std::size_t i = first; i + 1 < samples.size(); ++i) {
        if (!samples[i])
            continue;
        for (const ZoneSample& zone : samples[i]->zones)
            if (ZoneCard* card = d->findCard(zone))
                card->addHistory(zone, contextFor(*samples[i], zone, d->tuning));
    }
    addSample(samples.back());
}

std::size_t ZonePanel::cardCount() const
{
    return d->cards.size();
}

ZoneCard* ZonePanel::card(std::size_t index) const
{
    return index < d->cards.size() ? d->cards[index] : nullptr;
}

CommitGauge* ZonePanel::commitGauge() const
{
    return d->commit;
}

QString ZonePanel::emptyZonesText() const
{
    return d->emptyZones->text();
}

void ZonePanel::syncCards(const SystemSample& sample)
{
    bool changed = false;
    // Drop cards of zones that are gone or emptied (memory hot-unplug), keep the others as they are.
    for (auto it = d->cards.begin(); it != d->cards.end();) {
        const auto zone = std::find_if(sample.zones.begin(), sample.zones.end(),
            [&](const ZoneSample& z) { return z.node == (*it)->node() && z.zone == (*it)->zone(); });
        if (zone == sample.zones.end() || !zone->populated()) {
            delete *it;
            it = d->cards.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    QStringList empty;
    std::size_t position = 0;
    for (const ZoneSample& zone : sample.zones) {
        if (!zone.populated()) {
            empty << tr("node %1 %2").arg(zone.node).arg(QString::fromStdString(zone.zone));
            continue;
        }
        if (!d->findCard(zone)) {
            auto* card = new ZoneCard(zone.node, zone.zone, d->content);
            d->cards.insert(d->cards.begin() + static_cast<std::ptrdiff_t>(std::min(position, d->cards.size())), card);
            changed = true;
        }
        ++position;
    }
    d->emptyZones->setText(
        empty.isEmpty() ? QString() : tr("Empty zones (no memory): %1").arg(empty.join(QStringLiteral(", "))));
    d->emptyZones->setVisible(!empty.isEmpty());
    if (changed)
        reflow(true);
}

void ZonePanel::reflow(bool force)
{
    const int available = d->scroll->viewport()->width();
    const int columns = std::clamp(available / kCardMinWidth, 1, std::max(1, static_cast<int>(d->cards.size())));
    if (!force && columns == d->columns)
        return;
    d->columns = columns;
    for (ZoneCard* card : d->cards)
        d->grid->removeWidget(card);
    for (std::size_t i = 0; i < d->cards.size(); ++i) {
        d->grid->addWidget(d->cards[i], static_cast<int>(i) / columns, static_cast<int>(i) % columns);
        d->cards[i]->show();
    }
    for (int column = 0; column < d->grid->columnCount(); ++column)
        d->grid->setColumnStretch(column, column < columns ? 1 : 0);
}

bool ZonePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == d->scroll->viewport() && event->type() == QEvent::Resize)
        reflow(false);
    return QWidget::eventFilter(watched, event);
}

void ZonePanel::maybeReadSysctls()
{
    if (!d->source || d->sysctlJob->isRunning())
        return;
    if (d->sinceSysctlRead.isValid() && d->sinceSysctlRead.elapsed() < kSysctlRefreshMs)
        return;
    d->sinceSysctlRead.start();
    d->sysctlJob->startIfIdle();
}

void ZonePanel::applyTuning()
{
    refreshTuningLabel();
    refreshProblems();
    d->commit->setTuning(d->tuning);
    d->overcommit->setTuning(d->tuning);
    if (!d->latest)
        return;
    d->commit->setSample(*d->latest);
    for (const ZoneSample& zone : d->latest->zones)
        if (ZoneCard* card = d->findCard(zone))
            card->setContext(contextFor(*d->latest, zone, d->tuning));
}

void ZonePanel::refreshTuningLabel()
{
    if (!d->tuning) {
        d->tuningLabel->setText(tr("Reading /proc/sys/vm …"));
        return;
    }
    const VmTuning& tuning = *d->tuning;
    QStringList parts;
    if (tuning.minFreeKbytes) {
        QString text = tr("vm.min_free_kbytes %1 kB").arg(static_cast<qlonglong>(*tuning.minFreeKbytes));
        if (d->latest) {
            const std::uint64_t lowmemKiB = pagesToKiB(lowmemManagedPages(d->latest->zones), d->latest->pageSize);
            text += tr(" (default for this machine %1 kB)")
                        .arg(static_cast<qulonglong>(defaultMinFreeKbytes(lowmemKiB)));
        }
        parts << text;
    }
    if (tuning.watermarkScaleFactor)
        parts << tr("watermark_scale_factor %1 (%2 % of a zone)")
                     .arg(static_cast<qlonglong>(*tuning.watermarkScaleFactor))
                     .arg(static_cast<double>(*tuning.watermarkScaleFactor) / 100.0, 0, 'g', 3);
    if (tuning.watermarkBoostFactor)
        parts << tr("watermark_boost_factor %1").arg(static_cast<qlonglong>(*tuning.watermarkBoostFactor));
    if (!tuning.lowmemReserveRatio.empty()) {
        QStringList ratios;
        for (std::int64_t ratio : tuning.lowmemReserveRatio)
            ratios << QString::number(ratio);
        parts << tr("lowmem_reserve_ratio %1").arg(ratios.join(u' '));
    }
    d->tuningLabel->setText(parts.join(QStringLiteral(" · ")));
}

void ZonePanel::refreshProblems()
{
    QStringList lines;
    if (!d->sysctlProblem.isEmpty())
        lines << d->sysctlProblem;
    if (d->latest)
        for (const std::string& problem : d->latest->problems)
            lines << QString::fromStdString(problem);
    d->problems->setText(lines.join(u'\n'));
    d->problems->setVisible(!lines.isEmpty());
}

} // namespace vmscope
