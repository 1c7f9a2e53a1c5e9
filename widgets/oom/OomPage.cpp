#include "widgets/oom/OomPage.h"

#include "widgets/oom/OomExplanation.h"
#include "widgets/oom/OomPointsChart.h"
#include "widgets/oom/OomRankingFeed.h"
#include "widgets/oom/OomTableModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vmscope {
namespace {
    enum PolicyRow { AllocatingTask, PanicOnOom, DumpTasks, Overcommit, PolicyRowCount };
} // namespace

OomPage::OomPage(std::shared_ptr<const Source> source, QWidget* parent)
    : QWidget(parent)
    , m_feed(new OomRankingFeed(std::move(source), this))
    , m_model(new OomTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OomTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Reading the OOM ranking…"), this);
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
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Scrolls rather than clips when the splitter leaves it less room than its text needs.
    auto* explanationScroll = new QScrollArea(explanationBox);
    explanationScroll->setWidgetResizable(true);
    explanationScroll->setFrameShape(QFrame::NoFrame);
    explanationScroll->setWidget(m_explanation);
    explanationLayout->addWidget(explanationScroll);
    right->addWidget(explanationBox);

    auto* chartBox = new QGroupBox(tr("Points of the top %1 candidates").arg(OomPointsChart::kTopCount), right);
    auto* chartLayout = new QVBoxLayout(chartBox);
    m_chart = new OomPointsChart(chartBox);
    chartLayout->addWidget(m_chart);
    right->addWidget(chartBox);
    right->addWidget(createPolicyBox());
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 1);
    right->setStretchFactor(2, 0);
    right->setSizes({ 260, 420, 140 });
    splitter->addWidget(right);
    // The ranking needs its nine columns; the explanation wraps.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 560, 680 });
    layout->addWidget(splitter, 1);

    connect(m_feed, &OomRankingFeed::rankingRead, this, &OomPage::showRanking);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OomPage::updateExplanation);
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
    layout->addWidget(m_table);
    return pane;
}

QWidget* OomPage::createPolicyBox()
{
    auto* box = new QGroupBox(tr("Policy (/proc/sys/vm)"), this);
    auto* form = new QFormLayout(box);
    const QString names[PolicyRowCount] = { QStringLiteral("vm.oom_kill_allocating_task"),
        QStringLiteral("vm.panic_on_oom"), QStringLiteral("vm.oom_dump_tasks"), QStringLiteral("vm.overcommit_memory") };
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
    for (int row = 0; row < PolicyRowCount; ++row) {
        auto* name = new QLabel(names[row], box);
        name->setToolTip(tips[row]);
        auto* value = new QLabel(box);
        value->setWordWrap(true);
        value->setToolTip(tips[row]);
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

    QString summary = tr("%n process(es) ranked as the OOM killer sees them.", nullptr,
        int(m_ranking->candidates.size()));
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
        return;
    }
    const OomExplanation explanation = OomExplanation::explain(*candidate, *m_ranking);
    m_explanationPlain = explanation.plainText();
    m_explanation->setText(explanation.html());
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
                : v == 1 ? tr("panic, unless confined to a cpuset, policy or cgroup")
                         : tr("always panic"));
    }
    m_policyLabels[PanicOnOom]->setText(panic);
    m_policyLabels[DumpTasks]->setText(value(
        policy.oomDumpTasks, tr("only the victim is logged"), tr("the task table is logged with each kill")));
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
