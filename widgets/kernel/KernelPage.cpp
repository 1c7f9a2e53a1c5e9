#include "widgets/kernel/KernelPage.h"

#include "core/sampling/Sampler.h"
#include "widgets/common/PlotStyle.h"
#include "widgets/kernel/FreeSummary.h"
#include "widgets/kernel/MemoryTimeline.h"
#include "widgets/kernel/OomKillFeed.h"
#include "widgets/kernel/RunComparisonModel.h"
#include "widgets/kernel/SamplerBridge.h"
#include "widgets/kernel/VmstatRatesPlot.h"
#include "widgets/kernel/WorkloadPanel.h"
#include "widgets/kernel/ZonePanel.h"
#include "widgets/oom/OomReportView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace vmscope {

namespace {
    constexpr double kDefaultIntervalSeconds = 0.5;
    constexpr int kTextRefreshMs = 250; // numbers that change faster cannot be read anyway
    const QString kIntervalKey = QStringLiteral("kernelPage/intervalSeconds");

    QString levelText(DropCachesLevel level)
    {
        switch (level) {
        case DropCachesLevel::PageCache:
            return KernelPage::tr("page cache");
        case DropCachesLevel::SlabObjects:
            return KernelPage::tr("dentries and inodes");
        case DropCachesLevel::Both:
            return KernelPage::tr("page cache, dentries and inodes");
        }
        return {};
    }
} // namespace

KernelPage::KernelPage(std::shared_ptr<const Source> source, QWidget* parent)
    : QWidget(parent)
    , m_source(std::move(source))
{
    m_sampler = new SamplerBridge(m_source, this);
    m_textRefresh = new RefreshThrottle(
        kTextRefreshMs, [this] { updateTexts(); }, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(createToolbar());
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    layout->addWidget(createColumns(), 1);

    // Space pauses the timeline wherever the focus is on this page (text fields keep their space).
    addAction(m_timeline->pauseAction());

    createWorkloadActions();
    connectSamplerAndWorkload();
    connectOomKills();

    setSamplingInterval(QSettings().value(kIntervalKey, kDefaultIntervalSeconds).toDouble());
    m_status->setText(tr("Starting the sampler on %1…").arg(QString::fromStdString(m_source->describe())));
    if (!m_source->changesOverTime())
        disableLiveOnlyControls();
    m_sampler->start();
}

void KernelPage::disableLiveOnlyControls()
{
    // A capture is sampled once: the sampler stops at its first sample (sampleArrived), and what
    // acts on this machine (a workload, dropping its caches) would not change what is shown.
    const QString why = tr("A capture does not change: there is nothing to sample again, run or drop here");
    m_intervalBox->setEnabled(false);
    m_intervalBox->setToolTip(why);
    for (QAction* action : m_dropActions) {
        action->setEnabled(false);
        action->setToolTip(why);
    }
    m_dropButton->setEnabled(false);
    m_dropButton->setToolTip(why);
    m_workload->setEnabled(false);
    m_workload->setToolTip(why);
    m_workload->runAction()->setEnabled(false);
}

QHBoxLayout* KernelPage::createToolbar()
{
    auto* bar = new QHBoxLayout;
    auto* intervalLabel = new QLabel(tr("Sampl&e every"), this);
    m_intervalBox = new QComboBox(this);
    for (const double seconds : { 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0 })
        m_intervalBox->addItem(tr("%1 s").arg(QLocale().toString(seconds)), seconds);
    m_intervalBox->setToolTip(tr("How often meminfo, zoneinfo, buddyinfo and vmstat are read. 0.1 s shows fast "
                                 "changes; 10 s keeps a long history in the same memory. Sampling runs on its own "
                                 "thread and costs well under 2 % of a core even at 0.1 s."));
    intervalLabel->setBuddy(m_intervalBox);
    bar->addWidget(intervalLabel);
    bar->addWidget(m_intervalBox);
    m_showRates = new QCheckBox(tr("vmstat &rates"), this);
    m_showRates->setToolTip(tr("Show page faults, reclaim scanning and swap traffic per second, computed from "
                               "/proc/vmstat between samples"));
    bar->addWidget(m_showRates);

    bar->addWidget(createDropCachesButton());
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The status can name several unreadable files: it must not widen the window; the tooltip has it whole.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_status, 1);
    return bar;
}

QToolButton* KernelPage::createDropCachesButton()
{
    auto* dropButton = m_dropButton = new QToolButton(this);
    dropButton->setText(tr("&Drop caches"));
    dropButton->setPopupMode(QToolButton::InstantPopup);
    dropButton->setToolTip(tr("sync, then write 1, 2 or 3 to /proc/sys/vm/drop_caches: the page cache, the "
                              "dentry and inode caches, or both are emptied (as root, through pkexec or sudo -n, "
                              "or you get the command to run)"));
    auto* dropMenu = new QMenu(dropButton);
    const std::array<DropCachesLevel, 3> levels { DropCachesLevel::PageCache, DropCachesLevel::SlabObjects,
        DropCachesLevel::Both };
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const DropCachesLevel level = levels[i];
        auto* action = new QAction(tr("sync; echo %1: drop the %2").arg(int(level)).arg(levelText(level)), this);
        action->setToolTip(QString::fromStdString(dropCachesCommand(level)));
        connect(action, &QAction::triggered, this, [this, level] { dropCaches(level); });
        dropMenu->addAction(action);
        m_dropActions[i] = action;
    }
    m_dropActions[2]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    dropButton->setMenu(dropMenu);
    return dropButton;
}

QSplitter* KernelPage::createColumns()
{
    auto* columns = new QSplitter(Qt::Horizontal, this);
    auto* left = new QSplitter(Qt::Vertical, columns);
    auto* top = new QWidget(left);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_timeline = new MemoryTimeline(top);
    topLayout->addWidget(m_timeline, 1);
    m_freeSummary = new FreeSummary(top);
    topLayout->addWidget(m_freeSummary);
    m_rates = new VmstatRatesPlot(left);
    m_rates->setVisible(false);
    m_workload = new WorkloadPanel(left);
    left->addWidget(top);
    left->addWidget(m_rates);
    left->addWidget(m_workload);
    left->setStretchFactor(0, 5);
    left->setStretchFactor(1, 2);
    left->setStretchFactor(2, 3);
    left->setChildrenCollapsible(false);

    auto* zoneScroll = new QScrollArea(columns);
    zoneScroll->setWidgetResizable(true);
    zoneScroll->setFrameShape(QFrame::NoFrame);
    m_zones = new ZonePanel(m_source, zoneScroll);
    zoneScroll->setWidget(m_zones);
    columns->addWidget(left);
    columns->addWidget(zoneScroll);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    return columns;
}

void KernelPage::createWorkloadActions()
{
    m_runAgainAction = new QAction(tr("Run &again"), this);
    m_runAgainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_runAgainAction->setToolTip(tr("Run the last workload once more (warm cache)"));
    m_runAgainAction->setEnabled(false);
    connect(m_runAgainAction, &QAction::triggered, this, [this] {
        bringToFront();
        m_workload->runAgain();
    });
    m_cancelAction = new QAction(tr("&Cancel workload"), this);
    m_cancelAction->setToolTip(tr("End the running workload and everything it started"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, m_workload, &WorkloadPanel::cancel);
    connect(m_workload->runAction(), &QAction::triggered, this, &KernelPage::bringToFront);
    connect(m_workload, &WorkloadPanel::runningChanged, this, [this](bool running) {
        m_cancelAction->setEnabled(running);
        m_runAgainAction->setEnabled(!running);
    });
}

void KernelPage::connectSamplerAndWorkload()
{
    connect(m_sampler, &SamplerBridge::sampleArrived, this, &KernelPage::sampleArrived);
    connect(m_sampler, &SamplerBridge::samplingFailed, this, [this](const QString& message) {
        m_lastProblem = message;
        showBanner(tr("Sampling failed: %1").arg(message.toHtmlEscaped()), true);
    });
    connect(m_showRates, &QCheckBox::toggled, m_rates, &QWidget::setVisible);
    connect(m_timeline, &MemoryTimeline::timeRangeChanged, m_rates, &VmstatRatesPlot::setTimeRange);
    connect(m_intervalBox, &QComboBox::currentIndexChanged, this, [this] {
        const double seconds = m_intervalBox->currentData().toDouble();
        QSettings().setValue(kIntervalKey, seconds);
        m_sampler->setInterval(std::chrono::milliseconds(std::lround(seconds * 1000)));
    });
    connect(m_workload, &WorkloadPanel::runStarted, this, [this](const QString& label) {
        const double at = m_sampler->recordEvent(kEventRunStart, label.toStdString());
        m_timeline->addMarker(at, tr("start: %1").arg(label), MemoryTimeline::MarkerKind::RunStart);
    });
    connect(m_workload, &WorkloadPanel::runFinished, this, [this](const QString& label, const WorkloadResult& result) {
        const double at = m_sampler->recordEvent(kEventRunEnd, label.toStdString(), result.exitCode);
        const int row = m_workload->runs()->rowCount() - 1;
        const QString how = m_workload->runs()->index(row, RunComparisonModel::Status).data().toString();
        m_timeline->addMarker(at, tr("end: %1 (%2)").arg(label, how), MemoryTimeline::MarkerKind::RunEnd);
    });
}

void KernelPage::connectOomKills()
{
    // This machine's kernel log says nothing about a capture's kills (and a capture holds no log).
    m_oomKills = new OomKillFeed(m_source->changesOverTime() ? "/dev/kmsg" : "", std::nullopt, this);
    connect(m_oomKills, &OomKillFeed::eventAdded, this, [this](int id) {
        const OomKillFeed::Event* event = m_oomKills->event(id);
        m_sampler->recordEventAt(event->seconds, kEventOomKill, std::to_string(event->kills));
        m_oomMarkers[id] = m_timeline->addMarker(event->seconds, m_oomKills->label(*event),
            MemoryTimeline::MarkerKind::OomKill, m_oomKills->toolTip(*event));
    });
    auto refreshMarker = [this](int id) {
        const OomKillFeed::Event* event = m_oomKills->event(id);
        const auto marker = m_oomMarkers.find(id);
        if (event && marker != m_oomMarkers.end())
            m_timeline->setMarkerText(marker->second, m_oomKills->label(*event), m_oomKills->toolTip(*event));
    };
    connect(m_oomKills, &OomKillFeed::eventChanged, this, refreshMarker);
    connect(m_oomKills, &OomKillFeed::logStateChanged, this, [this, refreshMarker] {
        for (const auto& [id, marker] : m_oomMarkers)
            refreshMarker(id);
    });
    connect(m_timeline, &MemoryTimeline::markerClicked, this, [this](std::size_t marker) {
        for (const auto& [id, index] : m_oomMarkers)
            if (index == marker)
                openOomReport(id);
    });
}

QWidget* KernelPage::openOomReport(int eventId)
{
    const OomKillFeed::Event* event = m_oomKills->event(eventId);
    if (!event)
        return nullptr;
    if (event->reports.empty()) {
        showBanner(
            m_oomKills->toolTip(*event).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), false);
        return nullptr;
    }
    if (QWidget* open = m_oomWindows[eventId]) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("OOM report: %1").arg(m_oomKills->label(*event)));
    auto* layout = new QVBoxLayout(dialog);
    auto* tabs = new QTabWidget(dialog);
    tabs->setDocumentMode(true);
    for (const auto& report : event->reports) {
        auto* view = new OomReportView(tabs);
        view->setReport(report);
        tabs->addTab(view,
            report->victim && report->victim->name ? QString::fromStdString(*report->victim->name) : tr("report"));
    }
    tabs->tabBar()->setVisible(event->reports.size() > 1);
    layout->addWidget(tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(1280, 780);
    dialog->show();
    m_oomWindows[eventId] = dialog;
    return dialog;
}

KernelPage::~KernelPage()
{
    m_sampler->stop(); // bounded: a sample stuck in a read is left to end by itself
}

void KernelPage::setSamplingInterval(double seconds)
{
    int best = 0;
    for (int i = 0; i < m_intervalBox->count(); ++i)
        if (std::abs(m_intervalBox->itemData(i).toDouble() - seconds)
            < std::abs(m_intervalBox->itemData(best).toDouble() - seconds))
            best = i;
    if (m_intervalBox->currentIndex() != best)
        m_intervalBox->setCurrentIndex(best); // applies it through currentIndexChanged
    else
        m_sampler->setInterval(std::chrono::milliseconds(std::lround(m_intervalBox->itemData(best).toDouble() * 1000)));
}

void KernelPage::sampleArrived(const SamplePtr& sample)
{
    if (!m_source->changesOverTime())
        m_sampler->stop();
    m_latestSample = sample;
    m_timeline->addSample(sample);
    m_oomKills->addSample(sample);
    m_rates->addSample(sample);
    m_workload->setLatestSample(sample);
    m_zones->addSample(sample);
    m_textRefresh->request();
}

void KernelPage::updateTexts()
{
    const SamplePtr& sample = m_latestSample;
    if (!sample)
        return;
    m_freeSummary->setSample(sample);

    QString text = m_source->changesOverTime()
        ? tr("Sampling %1 every %2 s · %L3 samples")
              .arg(QString::fromStdString(m_source->describe()),
                  QLocale().toString(double(m_sampler->interval().count()) / 1000.0))
              .arg(qulonglong(m_sampler->samplesTaken()))
        : tr("%1 as captured (one sample: nothing is sampled again)").arg(QString::fromStdString(m_source->describe()));
    if (!sample->problems.empty()) {
        QStringList problems;
        for (const std::string& problem : sample->problems)
            problems << QString::fromStdString(problem);
        text += tr(" · not read: %1").arg(problems.join(QStringLiteral("; ")));
    }
    m_status->setText(text);
    m_status->setToolTip(text);
}

void KernelPage::populateWorkloadMenu(QMenu* menu)
{
    menu->addAction(m_workload->runAction());
    menu->addAction(m_runAgainAction);
    menu->addAction(m_cancelAction);
    menu->addSeparator();
    QMenu* drop = menu->addMenu(tr("&Drop caches"));
    drop->setToolTipsVisible(true);
    for (QAction* action : m_dropActions)
        drop->addAction(action);
    menu->setToolTipsVisible(true);
}

void KernelPage::dropCaches(DropCachesLevel level)
{
    bringToFront();
    if (m_dropJob.isRunning()) {
        showBanner(tr("Still dropping caches: waiting for the last request to finish."), false);
        return;
    }
    m_droppingLevel = level;
    for (QAction* action : m_dropActions)
        action->setEnabled(false);
    showBanner(tr("sync, then dropping the %1… (this waits for dirty data to reach the disk, and for a password "
                  "if pkexec asks for one)")
                   .arg(levelText(level)),
        false);
    // sync can take seconds and pkexec waits for the user: never on the GUI thread.
    m_dropJob.startIfIdle();
}

void KernelPage::markExperimentStep(const QString& label, const QString& toolTip)
{
    const double at = m_sampler->recordEvent(kEventExperimentStep, label.toStdString());
    m_timeline->addMarker(at, label, MemoryTimeline::MarkerKind::ExperimentStep, toolTip);
}

void KernelPage::dropCachesFinished(const DropCachesOutcome& outcome)
{
    for (QAction* action : m_dropActions)
        action->setEnabled(true);
    const QString message = QString::fromStdString(outcome.message);
    if (outcome.done) {
        const QString method = QString::fromStdString(outcome.method);
        const double at
            = m_sampler->recordEvent(kEventDropCaches, "drop_caches " + std::to_string(int(m_droppingLevel)));
        m_timeline->addMarker(
            at, tr("drop caches %1").arg(int(m_droppingLevel)), MemoryTimeline::MarkerKind::DropCaches);
        showBanner(tr("Dropped the %1 (%2).").arg(levelText(m_droppingLevel), method.toHtmlEscaped()), false);
        m_banner->setToolTip(message);
    } else {
        showBanner(tr("<b>Caches not dropped.</b> %1<br>Run it yourself: <code>%2</code>")
                       .arg(message.toHtmlEscaped(),
                           QString::fromStdString(dropCachesCommand(m_droppingLevel)).toHtmlEscaped()),
            true);
    }
}

void KernelPage::showBanner(const QString& html, bool problem)
{
    m_banner->setText(html);
    m_banner->setStyleSheet(problem ? QStringLiteral("QLabel { color: #c62828; }") : QString());
    m_banner->setVisible(true);
}

QString KernelPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void KernelPage::bringToFront()
{
    for (QWidget* ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(ancestor)) {
            tabs->setCurrentWidget(this);
            return;
        }
    }
}

} // namespace vmscope
