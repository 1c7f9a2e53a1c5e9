#include "widgets/experiments/ExperimentPanel.h"

#include "core/analysis/AddressSpaceLayout.h"
#include "core/analysis/RegionFigures.h"
#include "core/read/ProcessReader.h"
#include "core/teaching/Scenarios.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "workload/ProgramLocation.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <unistd.h>

namespace vmscope {
namespace {
    // Live figures follow the step's processes this often after the step's own snapshot.
    constexpr int kFollowIntervalMs = 1000;

    // The glossary terms each experiment is about, linked from its goal's What's This.
    QStringList scenarioTerms(std::string_view id)
    {
        static const std::pair<std::string_view, const char*> terms[] = {
            { "segments", "vma stack heap file-backed anonymous" },
            { "malloc-threshold", "heap mmap-threshold anonymous vma" },
            { "demand-paging", "demand-paging page-fault zero-page rss" },
            { "fork-cow", "copy-on-write pss dirty rss" },
            { "shared-library", "pss rss file-backed page-cache" },
            { "page-cache", "page-cache file-backed memavailable reclaim" },
            { "bad-faults", "page-fault vma virtual-address-space" },
            { "oom", "oom-killer memory-cgroup oom-score" },
            { "overcommit", "overcommit commitlimit committed-as vsz" },
        };
        for (const auto& [scenario, list] : terms)
            if (scenario == id)
                return QString::fromLatin1(list).split(QLatin1Char(' '));
        return {};
    }

    // "<p>lead</p><p>See also: RSS, PSS</p>" with each term a glossary link.
    QString whatsThisWithTerms(const QString& lead, const QStringList& ids)
    {
        return QStringLiteral("<p>%1</p>").arg(lead.toHtmlEscaped()) + seeAlsoHtml(ids);
    }

    QString scenarioText(const char* text)
    {
        return text ? QCoreApplication::translate("Scenario", text) : QString();
    }

    QString figureName(StepFigure figure)
    {
        switch (figure) {
        case StepFigure::Size:
            return ExperimentPanel::tr("Size");
        case StepFigure::Rss:
            return ExperimentPanel::tr("RSS");
        case StepFigure::Pss:
            return ExperimentPanel::tr("PSS");
        case StepFigure::SharedDirty:
            return ExperimentPanel::tr("Shared_Dirty");
        case StepFigure::PrivateDirty:
            return ExperimentPanel::tr("Private_Dirty");
        case StepFigure::Swap:
            return ExperimentPanel::tr("Swap");
        }
        return {};
    }

    QString changeText(const StepFigureChange& change)
    {
        const QString after = sizeText(change.afterKb);
        if (!change.beforeKb)
            return after;
        if (*change.beforeKb == change.afterKb)
            return ExperimentPanel::tr("%1 (unchanged)").arg(after);
        const bool grew = change.afterKb > *change.beforeKb;
        const std::uint64_t delta = grew ? change.afterKb - *change.beforeKb : *change.beforeKb - change.afterKb;
        return grew
            ? ExperimentPanel::tr("%1 → <b>%2</b> (+%3)").arg(sizeText(*change.beforeKb), after, sizeText(delta))
            : ExperimentPanel::tr("%1 → <b>%2</b> (−%3)").arg(sizeText(*change.beforeKb), after, sizeText(delta));
    }
} // namespace

ExperimentPanel::ExperimentPanel(std::shared_ptr<const Source> source, QWidget* parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_program(QString::fromStdString(locateVmscopeProgram("vmscope-demo")))
    , m_readTimer(new QTimer(this))
    , m_reads([this] { return readWork(); },
          [this](std::shared_ptr<const ExperimentMaps> maps) { mapsRead(std::move(maps)); })
{
    m_readTimer->setSingleShot(true);
    connect(m_readTimer, &QTimer::timeout, this, [this] { m_reads.request(); });
    buildUi();
    showScenario();
}

ExperimentPanel::~ExperimentPanel() = default;

void ExperimentPanel::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_scenarioBox = new QComboBox(this);
    m_scenarioBox->setObjectName(QStringLiteral("scenarioBox"));
    const bool root = geteuid() == 0;
    for (const Scenario& scenario : teachingScenarios()) {
        QString title = scenarioText(scenario.title);
        if (scenario.needsRoot && !root)
            title = tr("%1 (needs root)").arg(title);
        m_scenarioBox->addItem(title, QString::fromUtf8(scenario.id.data(), qsizetype(scenario.id.size())));
    }
    m_scenarioBox->setToolTip(tr("The course's experiments; each runs in vmscope-demo, step by step"));
    layout->addWidget(m_scenarioBox);
    connect(m_scenarioBox, &QComboBox::currentIndexChanged, this, [this] {
        stop();
        showScenario();
    });

    m_goal = new QLabel(this);
    m_goal->setWordWrap(true);
    m_goal->setTextFormat(Qt::PlainText);
    layout->addWidget(m_goal);

    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setFocusPolicy(Qt::NoFocus); // Space and → belong to Next while a run is on
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setMaximumHeight(m_steps->fontMetrics().height() * 9);
    layout->addWidget(m_steps);

    auto* stepBox = new QGroupBox(tr("This step"), this);
    auto* stepLayout = new QVBoxLayout(stepBox);
    m_expect = new QLabel(stepBox);
    m_expect->setWordWrap(true);
    m_expect->setTextFormat(Qt::PlainText);
    QFont bold = m_expect->font();
    bold.setBold(true);
    m_expect->setFont(bold);
    m_lookAt = new QLabel(stepBox);
    m_lookAt->setWordWrap(true);
    m_lookAt->setTextFormat(Qt::PlainText);
    m_figures = new QLabel(stepBox);
    m_figures->setObjectName(QStringLiteral("stepFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setWhatsThis(whatsThisWithTerms(
        tr("The regions this step points at, read from /proc/PID/smaps every second, against the same regions at "
           "the previous step's snapshot: Size is the region's virtual size, RSS what of it is in RAM, PSS that "
           "divided among the processes sharing each page, Shared_Dirty and Private_Dirty the written pages "
           "shared with other processes or this process's own."),
        { QStringLiteral("vma"), QStringLiteral("rss"), QStringLiteral("pss"), QStringLiteral("dirty"),
            QStringLiteral("copy-on-write") }));
    m_processes = new QLabel(stepBox);
    m_processes->setWordWrap(true);
    m_processes->setTextFormat(Qt::PlainText);
    stepLayout->addWidget(m_expect);
    stepLayout->addWidget(m_lookAt);
    stepLayout->addWidget(m_figures);
    stepLayout->addWidget(m_processes);
    stepLayout->addStretch(1); // the text reads from the top, the room stays below it
    layout->addWidget(stepBox, 1);

    auto* buttons = new QHBoxLayout;
    m_nextButton = new QPushButton(tr("Start"), this);
    m_nextButton->setToolTip(tr("Run the next step (Space or →)"));
    m_restartButton = new QPushButton(tr("Back to the start"), this);
    m_restartButton->setToolTip(tr("End this run and start the scenario again from its first step"));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setToolTip(tr("End the run and its processes"));
    m_switchButton = new QPushButton(tr("Other process"), this);
    m_switchButton->setToolTip(tr("Show the step's other process (F6): the child after a fork, another copy"));
    for (QPushButton* button : { m_nextButton, m_restartButton, m_stopButton, m_switchButton }) {
        button->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(button);
    }
    layout->addLayout(buttons);
    connect(m_nextButton, &QPushButton::clicked, this, &ExperimentPanel::next);
    connect(m_restartButton, &QPushButton::clicked, this, &ExperimentPanel::restart);
    connect(m_stopButton, &QPushButton::clicked, this, &ExperimentPanel::stop);
    connect(m_switchButton, &QPushButton::clicked, this, &ExperimentPanel::switchProcess);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("experimentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    updateButtons();
}

const Scenario* ExperimentPanel::scenario() const
{
    return findScenario(m_scenarioBox->currentData().toString().toStdString());
}

QString ExperimentPanel::scenarioId() const
{
    return m_scenarioBox->currentData().toString();
}

bool ExperimentPanel::chooseScenario(const QString& id)
{
    const int index = m_scenarioBox->findData(id);
    if (index < 0)
        return false;
    m_scenarioBox->setCurrentIndex(index); // stops a run and shows it (when it is another)
    return true;
}

void ExperimentPanel::showScenario()
{
    const Scenario* chosen = scenario();
    m_goal->setText(chosen ? scenarioText(chosen->goal) : QString());
    m_goal->setWhatsThis(chosen ? whatsThisWithTerms(m_goal->text(), scenarioTerms(chosen->id)) : QString());
    m_steps->setWhatsThis(chosen ? whatsThisWithTerms(tr("The experiment's steps: ✓ done, ▶ the current one. Each "
                                                         "is marked on the Kernel at work timeline."),
                              scenarioTerms(chosen->id))
                                 : QString());
    m_currentStep = 0;
    m_stepMaps.assign(1, {});
    m_latestMaps.clear();
    m_completed = false;
    m_expect->clear();
    m_lookAt->setText(tr("Start runs the first step; each step is explained here as it happens."));
    m_figures->clear();
    m_processes->clear();
    setStatus({}, false);
    updateStepList();
    updateButtons();
}

void ExperimentPanel::updateStepList()
{
    m_steps->clear();
    const Scenario* chosen = scenario();
    if (!chosen)
        return;
    int number = 0;
    for (const ScenarioStep& step : chosen->steps) {
        ++number;
        const QString mark = number < m_currentStep ? QStringLiteral("✓ ")
            : number == m_currentStep               ? QStringLiteral("▶ ")
                                                    : QStringLiteral("    ");
        auto* item = new QListWidgetItem(mark + tr("%1. %2").arg(number).arg(scenarioText(step.title)), m_steps);
        item->setToolTip(scenarioText(step.expect));
        if (number == m_currentStep) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            m_steps->scrollToItem(item);
        }
    }
}

void ExperimentPanel::start()
{
    stop();
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater(); // its destructor ends what is left of the program
        m_run = nullptr;
    }
    const Scenario* chosen = scenario();
    if (!chosen)
        return;
    showScenario();
    m_run = new ExperimentRun(this);
    connect(m_run, &ExperimentRun::stepReported, this, &ExperimentPanel::stepReported);
    connect(m_run, &ExperimentRun::failed, this, &ExperimentPanel::runFailed);
    connect(m_run, &ExperimentRun::completed, this, [this] {
        m_completed = true;
        setStatus(tr("Done: all %n step(s) ran. \"Back to the start\" runs it again.", nullptr, m_currentStep), false);
        updateStepList();
        updateButtons();
    });
    connect(m_run, &ExperimentRun::ended, this, [this] {
        m_readTimer->stop();
        updateButtons();
        emit runEnded();
    });
    if (!m_run->start(m_program, scenarioId())) {
        runFailed(m_run->error());
        return;
    }
    setStatus(tr("Running the first step…"), false);
    updateButtons();
}

void ExperimentPanel::next()
{
    if (!m_run || !m_run->isRunning()) {
        if (!m_completed || m_currentStep == 0)
            start();
        return;
    }
    if (!canAdvance())
        return;
    m_run->next();
    setStatus(tr("Running step %1…").arg(m_currentStep + 1), false);
    updateButtons();
}

void ExperimentPanel::restart()
{
    start();
}

void ExperimentPanel::stop()
{
    m_readTimer->stop();
    if (m_run && m_run->isRunning()) {
        m_run->stop();
        setStatus(tr("Stopped. Its processes end with it."), false);
    }
    updateButtons();
}

bool ExperimentPanel::isRunning() const
{
    return m_run && m_run->isRunning();
}

bool ExperimentPanel::canAdvance() const
{
    // The step's own snapshot must be read first: it is what the next step is compared with.
    return isRunning() && m_run->isWaiting() && m_currentStep < int(m_stepMaps.size())
        && !m_stepMaps[std::size_t(m_currentStep)].empty();
}

void ExperimentPanel::stepReported(const ExperimentStepReport& step)
{
    m_currentStep = step.number;
    m_stepMaps.resize(std::size_t(step.number) + 1);
    m_stepMaps[std::size_t(step.number)].clear();
    m_latestMaps.clear();
    m_shownPid = step.pids.value(0);
    m_readTimer->stop();
    m_reads.invalidate(); // a read of the previous step's processes is not this step's snapshot
    m_reads.request();

    const Scenario* chosen = scenario();
    const ScenarioStep* known
        = chosen && step.number <= int(chosen->steps.size()) ? &chosen->steps[std::size_t(step.number - 1)] : nullptr;
    m_expect->setText(known ? scenarioText(known->expect) : step.expect);
    m_lookAt->setText(known && known->lookAt ? tr("Look at: %1").arg(scenarioText(known->lookAt)) : QString());
    const QString total = chosen ? QString::number(chosen->steps.size()) : QStringLiteral("?");
    setStatus(tr("Step %1 of %2 done. Space or → for the next.").arg(step.number).arg(total), false);
    updateStepList();
    updateFigures();
    updateButtons();
    emit stepReached(step.number, known ? scenarioText(known->title) : step.title, m_expect->text(), step.pids);
    if (m_shownPid > 0)
        emit showProcess(m_shownPid, stepMap(step.number - 1, m_shownPid));
}

void ExperimentPanel::runFailed(const QString& message)
{
    m_readTimer->stop();
    setStatus(message, true);
    updateButtons();
}

void ExperimentPanel::switchProcess()
{
    if (!m_run || m_run->steps().isEmpty())
        return;
    const QList<int>& pids = m_run->steps().back().pids;
    if (pids.size() < 2)
        return;
    const qsizetype at = pids.indexOf(m_shownPid);
    m_shownPid = pids.value((at + 1) % pids.size());
    updateFigures();
    emit showProcess(m_shownPid, stepMap(m_currentStep - 1, m_shownPid));
}

std::shared_ptr<const MemoryMap> ExperimentPanel::stepMap(int step, int pid) const
{
    if (step <= 0 || step >= int(m_stepMaps.size()))
        return nullptr;
    const auto& maps = m_stepMaps[std::size_t(step)];
    const auto it = maps.find(pid);
    return it == maps.end() ? nullptr : it->second;
}

LatestOnlyJob<std::shared_ptr<const ExperimentMaps>>::Work ExperimentPanel::readWork()
{
    if (!m_run || m_run->steps().isEmpty() || !m_source)
        return {};
    return [source = m_source, pids = m_run->steps().back().pids, step = m_currentStep] {
        auto read = std::make_shared<ExperimentMaps>();
        read->step = step;
        for (const int pid : pids) {
            auto map = readMemoryMap(*source, pid, MapDetail::Smaps);
            if (map) // a process that died (bad-faults' children do) is simply not there
                read->maps.emplace(pid, std::make_shared<const MemoryMap>(std::move(*map)));
        }
        return std::shared_ptr<const ExperimentMaps>(std::move(read));
    };
}

void ExperimentPanel::mapsRead(std::shared_ptr<const ExperimentMaps> read)
{
    if (!read || read->step != m_currentStep)
        return;
    m_latestMaps = read->maps;
    auto& snapshot = m_stepMaps[std::size_t(m_currentStep)];
    if (snapshot.empty()) {
        snapshot = read->maps;
        // A step whose processes are all gone still counts as read: an empty map stands in.
        if (snapshot.empty())
            snapshot.emplace(0, nullptr);
        updateButtons();
    }
    updateFigures();
    if (isRunning())
        m_readTimer->start(kFollowIntervalMs);
}

void ExperimentPanel::updateFigures()
{
    if (!m_run || m_run->steps().isEmpty()) {
        m_figures->clear();
        m_processes->clear();
        return;
    }
    const ExperimentStepReport& step = m_run->steps().back();
    QStringList blocks;
    for (const ExperimentFocus& focus : step.focus) {
        QString block = QStringLiteral("<b>%1</b>").arg(focus.label.toHtmlEscaped());
        if (step.pids.size() > 1)
            block += tr(" · PID %1").arg(focus.pid);
        const auto latest = m_latestMaps.find(focus.pid);
        std::optional<RegionFigures> after;
        if (latest != m_latestMaps.end() && latest->second)
            after = regionFiguresAt(*latest->second, focus.address);
        std::optional<RegionFigures> before;
        if (const auto previous = stepMap(m_currentStep - 1, focus.pid))
            before = regionFiguresAt(*previous, focus.address);
        if (latest == m_latestMaps.end()) {
            block += QStringLiteral("<br>") + tr("not read yet, or the process has ended");
        } else if (!after) {
            block += QStringLiteral("<br>")
                + tr("no region holds %1 now")
                      .arg(QString::fromStdString(hexAddress(focus.address, PagingMode::Level4)));
        } else {
            block += QStringLiteral(" <span style='font-family:monospace'>%1–%2</span>")
                         .arg(QString::fromStdString(hexAddress(after->start, PagingMode::Level4)),
                             QString::fromStdString(hexAddress(after->end, PagingMode::Level4)));
            if (!before && m_currentStep > 1)
                block += QStringLiteral(" ") + tr("(new in this step)");
            for (const StepFigureChange& change : stepFigureChanges(before, *after))
                block += QStringLiteral("<br>&nbsp;&nbsp;%1: %2").arg(figureName(change.figure), changeText(change));
        }
        blocks.append(block);
    }
    const QJsonObject signal = step.line.value(QStringLiteral("signal")).toObject();
    if (!signal.isEmpty())
        blocks.append(tr("<b>Signal</b> %1 (%2) at %3 in PID %4")
                          .arg(signal.value(QStringLiteral("signo")).toInt())
                          .arg(signal.value(QStringLiteral("code")).toString().toHtmlEscaped(),
                              signal.value(QStringLiteral("address")).toString().toHtmlEscaped())
                          .arg(signal.value(QStringLiteral("pid")).toInt()));
    m_figures->setText(blocks.join(QStringLiteral("<br><br>")));

    QStringList pids;
    for (const int pid : step.pids)
        pids.append(pid == m_shownPid ? tr("%1 (shown)").arg(pid) : QString::number(pid));
    m_processes->setText(pids.isEmpty() ? QString() : tr("Processes: %1").arg(pids.join(QStringLiteral(", "))));
}

void ExperimentPanel::updateButtons()
{
    const bool running = isRunning();
    m_nextButton->setText(running ? tr("Next step") : tr("Start"));
    m_nextButton->setEnabled(running ? canAdvance() : scenario() != nullptr && !m_completed);
    m_restartButton->setEnabled(running || m_completed || m_currentStep > 0);
    m_stopButton->setEnabled(running);
    m_switchButton->setEnabled(running && m_run && !m_run->steps().isEmpty() && m_run->steps().back().pids.size() > 1);
    emit stateChanged();
}

void ExperimentPanel::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b71c1c; }") : QString());
}

QString ExperimentPanel::stepText() const
{
    return m_expect->text() + QLatin1Char('\n') + m_lookAt->text();
}

QString ExperimentPanel::figuresText() const
{
    QTextDocument document;
    document.setHtml(m_figures->text());
    return document.toPlainText();
}

QString ExperimentPanel::statusText() const
{
    return m_status->text();
}

} // namespace vmscope
