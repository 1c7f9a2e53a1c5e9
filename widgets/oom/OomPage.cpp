#include "widgets/oom/OomPage.h"

#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/common/LatestOnlyJob.h"
#include "widgets/common/WorkerPool.h"
#include "widgets/oom/OomExplanation.h"
#include "widgets/oom/OomPointsChart.h"
#include "widgets/oom/OomRankingFeed.h"
#include "widgets/oom/OomTableModel.h"

#include "core/read/MemoryCgroupReader.h"

#include "core/analysis/OomScoreAdjChange.h"

#include <cstring>

#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vmscope {
namespace {
    enum PolicyRow { AllocatingTask, PanicOnOom, DumpTasks, Overcommit, PolicyRowCount };
} // namespace

OomPage::OomPage(std::shared_ptr<const Source> source, std::shared_ptr<const KernelWriter> writer, QWidget* parent)
    : QWidget(parent)
    , m_feed(new OomRankingFeed(source, this))
    , m_model(new OomTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_writer(std::move(writer))
    , m_source(std::move(source))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OomTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Reading the OOM ranking…"), this);
    m_summary->setWhatsThis(explanationHtml(QStringLiteral("oom-score")));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createRankingPane());

    auto* right = new QSplitter(Qt::Vertical, splitter);
    auto* explanationBox = new QGroupBox(tr("Why this score"), right);
    auto* explanationLayout = new QVBoxLayout(explanationBox);
    m_explanation = new QLabel(tr("Select a process to see its score explained."), explanationBox);
    m_explanation->setObjectName(QStringLiteral("oomExplanation"));
    m_explanation->setWhatsThis(explanationHtml(QStringLiteral("oom-score")));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Scrolls rather than clips when the splitter leaves it less room than its text needs.
    auto* explanationScroll = new QScrollArea(explanationBox);
    explanationScroll->setWidgetResizable(true);
    explanationScroll->setFrameShape(QFrame::NoFrame);
    explanationScroll->setWidget(m_explanation);
    explanationLayout->addWidget(explanationScroll, 1);
    explanationLayout->addWidget(createAdjustRow(explanationBox));
    right->addWidget(explanationBox);

    auto* chartBox = new QGroupBox(tr("Points of the top %1 candidates").arg(OomPointsChart::kTopCount), right);
    auto* chartLayout = new QVBoxLayout(chartBox);
    m_chart = new OomPointsChart(chartBox);
    chartLayout->addWidget(m_chart);
    right->addWidget(chartBox);
    right->addWidget(createCgroupBox());
    right->addWidget(createPolicyBox());
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 1);
    right->setStretchFactor(2, 0);
    right->setStretchFactor(3, 0);
    right->setSizes({ 270, 290, 110, 120 });
    splitter->addWidget(right);
    // The ranking needs its nine columns; the explanation wraps.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 560, 680 });
    layout->addWidget(splitter, 1);

    connect(m_feed, &OomRankingFeed::rankingRead, this, &OomPage::showRanking);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OomPage::updateExplanation);
    auto open = [this](const QModelIndex& index) {
        if (!index.isValid())
            return;
        const QModelIndex first = index.siblingAtColumn(0);
        const int pid = first.data(OomTableModel::PidRole).toInt();
        const OomCandidate* candidate = m_model->candidateAt(m_model->rowOfPid(pid));
        emit openProcess(pid, candidate ? QString::fromStdString(candidate->name) : QString());
    };
    connect(m_table, &QTableView::doubleClicked, this, open);
    connect(m_table, &QTableView::activated, this, open);
    connect(m_chart, &OomPointsChart::barClicked, this, [this](int pid) {
        const int row = m_model->rowOfPid(pid);
        if (row < 0)
            return;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
}

OomPage::~OomPage() = default;

QWidget* OomPage::createCgroupBox()
{
    auto* box = new QGroupBox(tr("Memory cgroup of the selected process"), this);
    box->setToolTip(tr("A memory cgroup caps what its processes may use (v2 memory.max, v1 "
                       "memory.limit_in_bytes). When they reach the cap, the kernel reclaims inside the cgroup and "
                       "then the OOM killer chooses among the cgroup's processes only (constraint CONSTRAINT_MEMCG), "
                       "however much the rest of the machine has free."));
    auto* layout = new QVBoxLayout(box);
    m_cgroupLabel = new QLabel(box);
    m_cgroupLabel->setObjectName(QStringLiteral("oomCgroup"));
    m_cgroupLabel->setWordWrap(true);
    m_cgroupLabel->setTextFormat(Qt::PlainText);
    m_cgroupLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cgroupLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* scroll = new QScrollArea(box);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cgroupLabel);
    layout->addWidget(scroll);

    m_cgroupJob = std::make_unique<LatestOnlyJob<CgroupOfProcess>>(
        [this]() -> std::function<CgroupOfProcess()> {
            const int pid = selectedPid();
            if (pid < 0 || !m_sys)
                return {};
            return [proc = m_source, sys = m_sys, pid] {
                CgroupOfProcess reading;
                reading.pid = pid;
                auto cgroup = readMemoryCgroupOfProcess(*proc, *sys, pid);
                if (cgroup)
                    reading.cgroup = std::move(*cgroup);
                else
                    reading.problem = QString::fromStdString(cgroup.error().message());
                return reading;
            };
        },
        [this](CgroupOfProcess reading) { showCgroup(reading); });
    showCgroup({});
    return box;
}

void OomPage::setSysSource(std::shared_ptr<const Source> sys)
{
    m_sys = std::move(sys);
    m_cgroupJob->invalidate();
    m_cgroupJob->request();
}

QString OomPage::cgroupText() const
{
    return m_cgroupLabel->text();
}

void OomPage::showCgroup(const CgroupOfProcess& reading)
{
    if (!m_sys) {
        m_cgroupLabel->setText(tr("Not known for a copied /proc: its cgroup files are not part of it."));
        return;
    }
    if (reading.pid < 0 || reading.pid != selectedPid()) {
        m_cgroupLabel->clear();
        return;
    }
    if (!reading.cgroup) {
        m_cgroupLabel->setText(tr("Not known: %1").arg(reading.problem));
        emit cgroupShown(reading.pid);
        return;
    }
    const MemoryCgroup& cgroup = *reading.cgroup;
    auto bytes = [](std::optional<std::uint64_t> value) { return value ? sizeText(*value / 1024) : tr("unknown"); };
    auto limit = [](const CgroupLimit& value) {
        if (value.isUnlimited())
            return tr("none");
        return value.hasBytes() ? sizeText(value.bytes / 1024) : tr("unknown");
    };
    QStringList lines;
    lines << tr("cgroup v%1 %2").arg(int(cgroup.location.version)).arg(QString::fromStdString(cgroup.location.path));
    lines << tr("Limit: %1 · usage: %2 · peak: %3")
                 .arg(limit(cgroup.limit), bytes(cgroup.usageBytes), bytes(cgroup.peakBytes));
    if (cgroup.swapLimitIncludesMemory && cgroup.swapLimit.known())
        lines << tr("Memory + swap limit (memsw): %1").arg(limit(cgroup.swapLimit));
    else if (cgroup.swapLimit.hasBytes() && cgroup.swapLimit.bytes == 0)
        lines << tr("Swap limit: 0 — nothing of it can be swapped out");
    else if (cgroup.swapLimit.known())
        lines << tr("Swap limit: %1").arg(limit(cgroup.swapLimit));
    lines << (cgroup.oomKills ? tr("OOM kills in this cgroup so far: %1").arg(*cgroup.oomKills)
                              : tr("OOM kills in this cgroup: not counted by this kernel (4.13 and later count them)"));
    if (cgroup.limit.hasBytes())
        lines << tr("When its processes reach %1, the OOM killer chooses among them only, however much the machine "
                    "has free.")
                     .arg(limit(cgroup.limit));
    else if (cgroup.limit.isUnlimited())
        lines << tr("No limit: only a shortage of the whole machine (or of a parent cgroup) brings the OOM killer "
                    "here.");
    for (const std::string& problem : cgroup.problems)
        lines << QString::fromStdString(problem);
    m_cgroupLabel->setText(lines.join(QLatin1Char('\n')));
    emit cgroupShown(reading.pid);
}

QWidget* OomPage::createRankingPane()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(pane);
    m_filter->setPlaceholderText(tr("Filter by PID, user or name"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(m_filter);

    m_table = new QTableView(pane);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OomTableModel::OomScore, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("Double-click a process (or press Enter) to open its memory map."));
    layout->addWidget(m_table);
    return pane;
}

QWidget* OomPage::createPolicyBox()
{
    auto* box = new QGroupBox(tr("Policy (/proc/sys/vm)"), this);
    auto* form = new QFormLayout(box);
    const QString names[PolicyRowCount] = { QStringLiteral("vm.oom_kill_allocating_task"),
        QStringLiteral("vm.panic_on_oom"), QStringLiteral("vm.oom_dump_tasks"), QStringLiteral("vm.overcommit_*") };
    const QString tips[PolicyRowCount] = {
        tr("0: the killer scans every task and kills the one with the most points. Non-zero: it kills the task "
           "whose allocation failed, without a scan (faster on machines with very many tasks)."),
        tr("0: an OOM kills a process. 1: the kernel panics instead, unless the shortage is confined to a cpuset, "
           "memory policy or memory cgroup. 2: it always panics."),
        tr("1: every OOM kill logs the table of candidates (pid, uid, rss, page tables, swap, oom_score_adj) to "
           "the kernel log. 0: only the victim is logged."),
        tr("0: heuristic overcommit, obvious overcommits refused. 1: every allocation succeeds; the OOM killer "
           "settles the bill. 2: strict, Committed_AS may not pass CommitLimit (swap + overcommit_ratio % of RAM, "
           "or overcommit_kbytes); malloc fails with ENOMEM instead."),
    };
    const char* const policyTerms[PolicyRowCount] = { "oom-killer", "oom-killer", "oom-killer", "overcommit" };
    for (int row = 0; row < PolicyRowCount; ++row) {
        auto* name = new QLabel(names[row], box);
        name->setToolTip(tips[row]);
        name->setWhatsThis(explanationHtml(tips[row], QString::fromLatin1(policyTerms[row])));
        auto* value = new QLabel(box);
        value->setWordWrap(true);
        value->setToolTip(tips[row]);
        value->setWhatsThis(name->whatsThis());
        m_policyLabels[row] = value;
        form->addRow(name, value);
    }
    return box;
}

void OomPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_feed->setActive(true);
}

void OomPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_feed->setActive(false);
}

void OomPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void OomPage::refreshNow()
{
    m_feed->refreshNow();
}

int OomPage::selectedPid() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(OomTableModel::PidRole).toInt() : -1;
}

void OomPage::showRanking(std::shared_ptr<const OomRanking> ranking)
{
    if (!ranking)
        return;
    const bool first = !m_ranking;
    m_ranking = std::move(ranking);
    m_model->merge(*m_ranking);
    if (first)
        m_table->resizeColumnsToContents();
    m_chart->setRanking(*m_ranking);

    QString summary
        = tr("%n process(es) ranked as the OOM killer sees them.", nullptr, int(m_ranking->candidates.size()));
    if (!m_ranking->unreadable.empty())
        summary += QLatin1Char(' ')
            + tr("%n could not be read (another user's; run as root to rank them too).", nullptr,
                int(m_ranking->unreadable.size()));
    m_summary->setText(summary);
    m_summary->setToolTip(OomExplanation::formulaText(*m_ranking));
    updatePolicy();

    if (first && m_proxy->rowCount() > 0 && !m_table->selectionModel()->currentIndex().isValid())
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateExplanation();
}

void OomPage::updateExplanation()
{
    const int pid = selectedPid();
    const int row = pid >= 0 ? m_model->rowOfPid(pid) : -1;
    const OomCandidate* candidate = m_model->candidateAt(row);
    if (!candidate || !m_ranking) {
        m_explanationPlain.clear();
        m_explanation->setText(tr("Select a process to see its score explained."));
        showCgroup({});
        return;
    }
    const OomExplanation explanation = OomExplanation::explain(*candidate, *m_ranking);
    m_explanationPlain = explanation.plainText();
    m_explanation->setText(explanation.html());
    syncAdjustRow();
    m_cgroupJob->request(); // usage moves: read again with each ranking
}

QWidget* OomPage::createAdjustRow(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("oom_score_&adj:"), box);
    m_adjSpin = new QSpinBox(box);
    m_adjSpin->setRange(kOomScoreAdjMin, kOomScoreAdjMax);
    m_adjSpin->setSingleStep(100);
    m_adjSpin->setObjectName(QStringLiteral("oomScoreAdjSpin"));
    m_adjSpin->setToolTip(tr("Added to the process's points as a share of RAM + swap, in thousandths: −1000 "
                             "exempts it from the OOM killer, +1000 makes it the first victim, 500 adds half of "
                             "RAM + swap to its points."));
    label->setBuddy(m_adjSpin);
    m_adjApply = new QPushButton(tr("Set"), box);
    m_adjApply->setObjectName(QStringLiteral("oomScoreAdjApply"));
    m_adjApply->setToolTip(tr("Write the value to /proc/PID/oom_score_adj"));
    row->addWidget(label);
    row->addWidget(m_adjSpin);
    row->addWidget(m_adjApply);
    row->addStretch(1);
    layout->addLayout(row);
    m_adjMessage = new QLabel(box);
    m_adjMessage->setObjectName(QStringLiteral("oomScoreAdjMessage"));
    m_adjMessage->setWordWrap(true);
    m_adjMessage->setTextFormat(Qt::PlainText);
    m_adjMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_adjMessage);

    connect(m_adjSpin, &QSpinBox::valueChanged, this, &OomPage::forecastAdjustment);
    connect(m_adjSpin, &QSpinBox::editingFinished, this, [this] {
        if (m_adjSpin->hasFocus() && m_adjApply->isEnabled())
            applyAdjustment();
    });
    connect(m_adjApply, &QPushButton::clicked, this, &OomPage::applyAdjustment);
    syncAdjustRow();
    return box;
}

QString OomPage::adjMessage() const
{
    return m_adjMessage->text();
}

// Fills the spin box from the selected process when the selection moves to another process;
// a value the user is typing for the same process is kept across refreshes.
void OomPage::syncAdjustRow()
{
    const int pid = selectedPid();
    const OomCandidate* candidate = m_model->candidateAt(pid >= 0 ? m_model->rowOfPid(pid) : -1);
    const bool enabled = m_writer && candidate && !m_adjWriting;
    m_adjSpin->setEnabled(enabled);
    m_adjApply->setEnabled(enabled);
    if (!m_writer) {
        m_adjMessage->setText(tr("This view reads a copy of /proc: nothing here can be changed."));
        return;
    }
    if (!candidate) {
        m_adjPid = -1;
        m_adjMessage->clear();
        return;
    }
    if (pid != m_adjPid) {
        m_adjPid = pid;
        const QSignalBlocker blocker(m_adjSpin);
        m_adjSpin->setValue(candidate->oomScoreAdj);
        forecastAdjustment();
    }
}

// Says before the write what the kernel will do with the value (fs/proc/base.c rules in core).
void OomPage::forecastAdjustment()
{
    const int pid = selectedPid();
    const OomCandidate* candidate = m_model->candidateAt(pid >= 0 ? m_model->rowOfPid(pid) : -1);
    if (!candidate || !m_writer || !m_ranking || m_adjWriting)
        return;
    const int requested = m_adjSpin->value();
    if (requested == candidate->oomScoreAdj) {
        m_adjMessage->setText(tr("Current value. Raise it to make the process a likelier victim, lower it to "
                                 "protect it; −1000 exempts it."));
        return;
    }
    if (!m_ranking->readerPrivileges) {
        m_adjMessage->clear();
        return;
    }
    const WriterPrivileges& writer = *m_ranking->readerPrivileges;
    const QString command = QString::fromStdString(oomAdjCommand(pid, requested, writer));
    switch (predictOomAdjChange(candidate->uid, candidate->oomScoreAdj, requested, writer)) {
    case OomAdjChange::Allowed:
        m_adjMessage->setText(requested > candidate->oomScoreAdj
                ? tr("Raising is always allowed for the process's owner.")
                : tr("Allowed: vmscope has CAP_SYS_RESOURCE."));
        break;
    case OomAdjChange::MayBeRefused:
        m_adjMessage->setText(tr("Lowering is allowed down to the process's minimum only (0, unless a privileged "
                                 "process set it); below that needs CAP_SYS_RESOURCE. If refused, run: %1")
                                  .arg(command));
        break;
    case OomAdjChange::NeedsCapSysResource:
        m_adjMessage->setText(tr("vmscope runs as root but without CAP_SYS_RESOURCE: the kernel will refuse to "
                                 "lower the value below the process's minimum (EACCES), as it would for %1.")
                                  .arg(command));
        break;
    case OomAdjChange::NeedsRoot:
        m_adjMessage->setText(tr("Another user's process (%1): only root may change it. In a terminal: %2")
                                  .arg(QString::fromStdString(candidate->user), command));
        break;
    }
}

void OomPage::applyAdjustment()
{
    const int pid = selectedPid();
    const OomCandidate* candidate = m_model->candidateAt(pid >= 0 ? m_model->rowOfPid(pid) : -1);
    if (!candidate || !m_writer || m_adjWriting)
        return;
    const int requested = m_adjSpin->value();
    const int before = candidate->oomScoreAdj;
    const QString name = QString::fromStdString(candidate->name);
    const std::optional<std::uint32_t> owner = candidate->uid;
    m_adjWriting = true;
    m_adjSpin->setEnabled(false);
    m_adjApply->setEnabled(false);
    m_adjMessage->setText(tr("Writing %1 to /proc/%2/oom_score_adj…").arg(requested).arg(pid));
    // A write to /proc returns at once, but it is a system call all the same: never on the GUI thread.
    auto* watcher = new QFutureWatcher<WriteOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        m_adjWriting = false;
        showAdjustmentOutcome(pid, name, owner, before, requested, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        readPool(), [writer = m_writer, pid, requested] { return writer->writeOomScoreAdj(pid, requested); }));
}

void OomPage::showAdjustmentOutcome(int pid, const QString& name, std::optional<std::uint32_t> owner, int before,
    int requested, const WriteOutcome& outcome)
{
    QString message;
    if (outcome.ok()) {
        message = tr("oom_score_adj of %1 (PID %2) is now %3 (was %4).").arg(name).arg(pid).arg(requested).arg(before);
    } else {
        const WriterPrivileges writer
            = m_ranking && m_ranking->readerPrivileges ? *m_ranking->readerPrivileges : WriterPrivileges { 1, false };
        const QString command = QString::fromStdString(oomAdjCommand(pid, requested, writer));
        const QString reason = QString::fromLocal8Bit(std::strerror(outcome.errorNumber));
        switch (classifyOomAdjRefusal(outcome.errorNumber, owner, before, requested, writer)) {
        case OomAdjRefusal::OutOfRange:
            message = tr("The kernel accepts −1000 to 1000 only.");
            break;
        case OomAdjRefusal::ProcessGone:
            message = tr("%1 (PID %2) has exited.").arg(name).arg(pid);
            break;
        case OomAdjRefusal::OtherUsersProcess:
            message = tr("Refused (%1): %2 belongs to another user, and only root may change its oom_score_adj. "
                         "In a terminal: %3")
                          .arg(reason, name, command);
            break;
        case OomAdjRefusal::LoweringNeedsCapSysResource:
            message = tr("Refused (%1): lowering oom_score_adj below the process's minimum needs CAP_SYS_RESOURCE. "
                         "Raising it works; to lower it, run: %2")
                          .arg(reason, command);
            break;
        case OomAdjRefusal::RootLacksCapSysResource:
            message = tr("Refused (%1): vmscope runs as root, but without CAP_SYS_RESOURCE (this machine or "
                         "container withholds it: CapEff in /proc/self/status lacks bit 24). Lowering "
                         "oom_score_adj below the process's minimum needs that capability even for root, so %2 "
                         "fails the same way here. Raising it works.")
                          .arg(reason, command);
            break;
        case OomAdjRefusal::Other:
            message = tr("Cannot write %1: %2").arg(QString::fromStdString(outcome.path), reason);
            break;
        }
    }
    m_adjMessage->setText(message);
    m_adjPid = -1; // refill from the next ranking
    syncAdjustRow();
    m_adjMessage->setText(message);
    if (outcome.ok())
        m_feed->refreshNow();
    emit adjustmentFinished(outcome.ok(), message);
}

void OomPage::updatePolicy()
{
    const OomPolicy& policy = m_ranking->policy;
    auto unreadable = [this] { return tr("not readable"); };
    auto value = [&](const std::optional<std::int64_t>& v, const QString& zero, const QString& other) {
        if (!v)
            return unreadable();
        return tr("%1 — %2").arg(*v).arg(*v == 0 ? zero : other);
    };
    m_policyLabels[AllocatingTask]->setText(value(policy.oomKillAllocatingTask,
        tr("scan all tasks, kill the one with the most points"), tr("kill the task that asked for memory")));
    QString panic = unreadable();
    if (policy.panicOnOom) {
        const std::int64_t v = *policy.panicOnOom;
        panic = tr("%1 — %2").arg(v).arg(v == 0 ? tr("kill a process")
                : v == 1                        ? tr("panic, unless confined to a cpuset, policy or cgroup")
                                                : tr("always panic"));
    }
    m_policyLabels[PanicOnOom]->setText(panic);
    m_policyLabels[DumpTasks]->setText(
        value(policy.oomDumpTasks, tr("only the victim is logged"), tr("the task table is logged with each kill")));
    QString overcommit = unreadable();
    if (policy.overcommitMemory) {
        const std::int64_t v = *policy.overcommitMemory;
        if (v == 0)
            overcommit = tr("0 — heuristic: obvious overcommits refused");
        else if (v == 1)
            overcommit = tr("1 — always: every allocation succeeds");
        else if (policy.overcommitKbytes && *policy.overcommitKbytes > 0)
            overcommit = tr("2 — strict: CommitLimit = swap + %1 kB").arg(*policy.overcommitKbytes);
        else
            overcommit = tr("2 — strict: CommitLimit = swap + %1 % of RAM").arg(policy.overcommitRatio.value_or(50));
        if (v != 2 && (policy.overcommitRatio || policy.overcommitKbytes))
            overcommit += QLatin1Char('\n')
                + tr("(overcommit_ratio %1, overcommit_kbytes %2: only mode 2 uses them)")
                      .arg(policy.overcommitRatio ? QString::number(*policy.overcommitRatio) : tr("not readable"),
                          policy.overcommitKbytes ? QString::number(*policy.overcommitKbytes) : tr("not readable"));
    }
    m_policyLabels[Overcommit]->setText(overcommit);
}

QString OomPage::policyText() const
{
    QStringList lines;
    for (QLabel* label : m_policyLabels)
        lines << label->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace vmscope
