#include "widgets/oom/OomReportView.h"

#include "widgets/common/GuiFormat.h"
#include "widgets/common/PlotStyle.h"
#include "widgets/oom/OomCandidatesModel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace vmscope {

namespace {
    constexpr int kChartBars = 15;

    QString kbText(const std::optional<std::uint64_t>& kb)
    {
        if (!kb)
            return OomReportView::tr("not printed");
        return OomReportView::tr("%1 (%2 kB)").arg(sizeText(*kb), QLocale().toString(qulonglong(*kb)));
    }
    template <class T> QString numberText(const std::optional<T>& value)
    {
        return value ? QString::number(*value) : OomReportView::tr("not printed");
    }
    QString stringText(const std::optional<std::string>& value)
    {
        return value ? displayText(*value) : OomReportView::tr("not printed");
    }
    QString constraintMeaning(const std::string& constraint)
    {
        if (constraint == "CONSTRAINT_NONE")
            return OomReportView::tr("the whole machine ran out of memory");
        if (constraint == "CONSTRAINT_MEMCG")
            return OomReportView::tr("a memory cgroup reached its limit; the rest of the machine may have plenty");
        if (constraint == "CONSTRAINT_CPUSET")
            return OomReportView::tr("the cpuset's memory nodes are full");
        if (constraint == "CONSTRAINT_MEMORY_POLICY")
            return OomReportView::tr("the nodes of an mbind/set_mempolicy policy are full");
        return {};
    }
} // namespace

OomReportView::OomReportView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_headline->setFont(big);
    layout->addWidget(m_headline);

    auto* groups = new QHBoxLayout;
    groups->addWidget(createGroup(tr("Victim"), m_victimForm), 1);
    addField(m_victimForm, QStringLiteral("victim.name"), tr("Process"), tr("The process the OOM killer ended"));
    addField(m_victimForm, QStringLiteral("victim.pid"), tr("PID"), {});
    addField(m_victimForm, QStringLiteral("victim.uid"), tr("UID"), tr("The user it ran as"));
    addField(m_victimForm, QStringLiteral("victim.total_vm"), tr("total-vm"),
        tr("Its virtual size: address space reserved, mostly never touched (compare with the RSS)"));
    addField(m_victimForm, QStringLiteral("victim.anon_rss"), tr("anon-rss"),
        tr("Anonymous resident memory (heap, stacks, malloc): freed by the kill"));
    addField(m_victimForm, QStringLiteral("victim.file_rss"), tr("file-rss"),
        tr("Resident file pages: page cache, stays cached after the kill"));
    addField(m_victimForm, QStringLiteral("victim.shmem_rss"), tr("shmem-rss"),
        tr("Resident shared memory and tmpfs pages: freed only when nothing else maps them"));
    addField(m_victimForm, QStringLiteral("victim.pgtables"), tr("pgtables"), tr("Its page tables"));
    addField(m_victimForm, QStringLiteral("victim.oom_score_adj"), tr("oom_score_adj"),
        tr("-1000 never kill … +1000 prefer: adds adj × total pages / 1000 to the badness"));

    groups->addWidget(createGroup(tr("Trigger"), m_triggerForm), 1);
    addField(m_triggerForm, QStringLiteral("trigger.name"), tr("Process"),
        tr("The task whose allocation failed (\"invoked oom-killer\"): often, not always, the victim"));
    addField(m_triggerForm, QStringLiteral("trigger.pid"), tr("PID"), {});
    addField(m_triggerForm, QStringLiteral("trigger.gfp_mask"), tr("gfp_mask"),
        tr("The allocation's flags: GFP_KERNEL, GFP_HIGHUSER_MOVABLE (a page fault of a program) …"));
    addField(m_triggerForm, QStringLiteral("trigger.order"), tr("order"),
        tr("The allocation was 2^order contiguous pages: 0 is one page; a high order can fail from "
           "fragmentation with plenty free"));
    addField(m_triggerForm, QStringLiteral("trigger.oom_score_adj"), tr("oom_score_adj"), {});

    groups->addWidget(createGroup(tr("Constraint"), m_constraintForm), 1);
    addField(m_constraintForm, QStringLiteral("constraint"), tr("Constraint"),
        tr("Where memory ran out (oom-kill: line, 4.19+)"));
    addField(m_constraintForm, QStringLiteral("memcg"), tr("Memory cgroup"),
        tr("The cgroup whose limit was hit (oom_memcg), or the victim's"));
    addField(m_constraintForm, QStringLiteral("memcg.usage"), tr("Usage / limit"),
        tr("The cgroup's \"memory: usage …kB, limit …kB\" line"));
    addField(m_constraintForm, QStringLiteral("nodemask"), tr("nodemask"), {});
    addField(m_constraintForm, QStringLiteral("reaped"), tr("Reaped"),
        tr("oom_reaper (4.6+) freed the victim's anonymous memory at once, without waiting for it to exit"));
    layout->addLayout(groups);

    m_tabs = new QTabWidget(this);
    auto* split = new QSplitter(Qt::Horizontal, m_tabs);
    m_model = new OomCandidatesModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(OomCandidatesModel::kSortRole);
    m_table = new QTableView(split);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the model's order: rss, largest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("The tasks the kernel weighed (vm.oom_dump_tasks), values in pages as it printed "
                           "them. The victim is highlighted. Click a header to sort."));
    m_chart = new QCustomPlot(split);
    m_chart->setMinimumWidth(260);
    m_chart->xAxis->ticker()->setTickCount(3); // room for "15000" under a narrow chart
    m_chart->xAxis->setLabel(tr("rss (pages)"));
    m_chart->yAxis->grid()->setVisible(false);
    m_chart->setToolTip(tr("Resident pages of the largest candidates: rss is most of the OOM badness "
                           "(plus swap entries and page tables, and oom_score_adj). The victim in red."));
    m_bars = new QCPBars(m_chart->yAxis, m_chart->xAxis);
    m_bars->setWidth(0.7);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(0x3d, 0x7e, 0xc9));
    m_bars->setName(tr("candidates"));
    m_victimBar = new QCPBars(m_chart->yAxis, m_chart->xAxis);
    m_victimBar->setWidth(0.7);
    m_victimBar->setPen(Qt::NoPen);
    m_victimBar->setBrush(QColor(0xd3, 0x2f, 0x2f));
    m_victimBar->setName(tr("victim"));
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_tabs->addTab(split, tr("&Candidates"));

    auto* logTab = new QWidget(m_tabs);
    auto* logLayout = new QVBoxLayout(logTab);
    m_traceToggle = new QToolButton(logTab);
    m_traceToggle->setCheckable(true);
    m_traceToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_traceToggle->setArrowType(Qt::RightArrow);
    m_traceToggle->setAutoRaise(true);
    m_traceToggle->setToolTip(tr("The kernel stack of the failed allocation: which code path asked for memory "
                                 "(a page fault, a kernel buffer). Folded: rarely needed to understand a kill."));
    m_trace = new QPlainTextEdit(logTab);
    m_trace->setReadOnly(true);
    m_trace->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_trace->setVisible(false);
    connect(m_traceToggle, &QToolButton::toggled, this, [this](bool open) {
        m_trace->setVisible(open);
        m_traceToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    auto* rawLabel = new QLabel(tr("The report as the kernel logged it:"), logTab);
    m_raw = new QPlainTextEdit(logTab);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_trace->setFont(fixed);
    m_raw->setFont(fixed);
    logLayout->addWidget(m_traceToggle);
    logLayout->addWidget(m_trace, 1);
    logLayout->addWidget(rawLabel);
    logLayout->addWidget(m_raw, 2);
    m_tabs->addTab(logTab, tr("Kernel &log"));
    layout->addWidget(m_tabs, 1);

    applyPalette();
    setReport(nullptr);
}

OomReportView::~OomReportView() = default;

QGroupBox* OomReportView::createGroup(const QString& title, QFormLayout*& form)
{
    auto* box = new QGroupBox(title, this);
    form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return box;
}

void OomReportView::addField(QFormLayout* form, const QString& key, const QString& label, const QString& toolTip)
{
    auto* value = new QLabel(this);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    auto* name = new QLabel(label, this);
    if (!toolTip.isEmpty()) {
        value->setToolTip(toolTip);
        name->setToolTip(toolTip);
    }
    form->addRow(name, value);
    m_fields.insert(key, value);
}

void OomReportView::setField(const QString& key, const QString& text)
{
    if (QLabel* label = m_fields.value(key))
        label->setText(text);
}

QString OomReportView::fieldText(const QString& key) const
{
    const QLabel* label = m_fields.value(key);
    return label ? label->text() : QString();
}

QString OomReportView::headline() const
{
    return m_headline->text();
}

void OomReportView::setReport(std::shared_ptr<const OomReport> report)
{
    m_report = std::move(report);
    m_model->setReport(m_report);
    const QString none = tr("not printed");
    if (!m_report) {
        m_headline->setText(tr("No OOM report."));
        for (QLabel* label : std::as_const(m_fields))
            label->setText(none);
        m_trace->clear();
        m_raw->clear();
        m_traceToggle->setText(tr("Call trace"));
        fillChart();
        return;
    }
    const OomReport& r = *m_report;
    const OomVictim victim = r.victim.value_or(OomVictim {});
    m_headline->setText(r.victim
            ? tr("%1 killed %2 (PID %3)%4")
                  .arg(victim.context ? displayText(*victim.context) : tr("Out of memory"),
                      stringText(victim.name), numberText(victim.pid),
                      r.uptimeSeconds ? tr(" at %1 s after boot").arg(QLocale().toString(*r.uptimeSeconds, 'f', 1))
                                      : QString())
            : tr("OOM report without a victim line (cut short, or nothing could be killed)"));
    setField(QStringLiteral("victim.name"), stringText(victim.name));
    setField(QStringLiteral("victim.pid"), numberText(victim.pid));
    setField(QStringLiteral("victim.uid"), numberText(victim.uid));
    setField(QStringLiteral("victim.total_vm"), kbText(victim.totalVmKb));
    setField(QStringLiteral("victim.anon_rss"), kbText(victim.anonRssKb));
    setField(QStringLiteral("victim.file_rss"), kbText(victim.fileRssKb));
    setField(QStringLiteral("victim.shmem_rss"), kbText(victim.shmemRssKb));
    setField(QStringLiteral("victim.pgtables"), kbText(victim.pgtablesKb));
    setField(QStringLiteral("victim.oom_score_adj"), numberText(victim.oomScoreAdj));

    setField(QStringLiteral("trigger.name"), stringText(r.trigger.name));
    setField(QStringLiteral("trigger.pid"), numberText(r.trigger.pid));
    setField(QStringLiteral("trigger.gfp_mask"), stringText(r.trigger.gfpMask));
    QString orderText = none;
    if (const auto order = r.trigger.order)
        orderText = *order == 0 ? tr("0 (a single page)")
            : *order > 0 && *order <= 20
            ? tr("%1 (%2 contiguous pages)").arg(*order).arg(QLocale().toString(1 << *order))
            : QString::number(*order);
    setField(QStringLiteral("trigger.order"), orderText);
    setField(QStringLiteral("trigger.oom_score_adj"), numberText(r.trigger.oomScoreAdj));

    QString constraint = stringText(r.summary.constraint);
    if (r.summary.constraint) {
        const QString meaning = constraintMeaning(*r.summary.constraint);
        if (!meaning.isEmpty())
            constraint += QStringLiteral(": ") + meaning;
    }
    setField(QStringLiteral("constraint"), constraint);
    setField(QStringLiteral("memcg"), stringText(r.memcgName()));
    if (const OomMemcgCounter* memory = r.memcg.counter("memory"))
        setField(QStringLiteral("memcg.usage"),
            tr("%1 of %2 (failcnt %3)")
                .arg(memory->usageKb ? sizeText(*memory->usageKb) : none,
                    memory->limitKb ? sizeText(*memory->limitKb) : none, numberText(memory->failcnt)));
    else
        setField(QStringLiteral("memcg.usage"), tr("not printed (a system-wide OOM prints Mem-Info instead)"));
    setField(QStringLiteral("nodemask"), stringText(r.summary.nodemask));
    setField(QStringLiteral("reaped"),
        r.reaped ? tr("yes, now anon-rss %1").arg(r.reaped->anonRssKb ? sizeText(*r.reaped->anonRssKb) : none)
                 : tr("no reaper line"));

    QStringList trace;
    for (const std::string& line : r.callTrace)
        trace << displayText(line);
    m_trace->setPlainText(trace.join(QLatin1Char('\n')));
    m_traceToggle->setText(tr("Call trace (lines: %1)").arg(r.callTrace.size()));
    m_traceToggle->setEnabled(!r.callTrace.empty());
    QStringList raw;
    for (const std::string& line : r.lines)
        raw << displayText(line);
    m_raw->setPlainText(raw.join(QLatin1Char('\n')));
    m_table->resizeColumnsToContents();
    if (m_model->victimRow() >= 0)
        m_table->scrollTo(m_table->model()->index(m_model->victimRow(), 0));
    fillChart();
}

void OomReportView::fillChart()
{
    QVector<double> keys, values, victimKeys, victimValues;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int rssColumn = m_report ? int(m_report->tasks.columnIndex("rss").value_or(std::size_t(-1))) : -1;
    const int nameColumn = m_model->columnCount() - 1;
    const int count = rssColumn < 0 ? 0 : std::min(kChartBars, m_model->rowCount());
    double highest = 0;
    for (int row = 0; row < count; ++row) {
        const double rss = m_model->index(row, rssColumn).data(OomCandidatesModel::kSortRole).toDouble();
        const double key = double(count - row); // the largest at the top
        const QString pid = m_report->tasks.columnIndex("pid")
            ? m_model->index(row, int(*m_report->tasks.columnIndex("pid"))).data().toString()
            : QString();
        ticker->addTick(key, tr("%1 (%2)").arg(m_model->index(row, nameColumn).data().toString(), pid));
        (row == m_model->victimRow() ? victimKeys : keys) << key;
        (row == m_model->victimRow() ? victimValues : values) << rss;
        highest = std::max(highest, rss);
    }
    m_bars->setData(keys, values);
    m_victimBar->setData(victimKeys, victimValues);
    m_chart->yAxis->setTicker(ticker);
    m_chart->yAxis->setRange(0.4, std::max(6.0, double(count) + 0.6));
    m_chart->xAxis->setRange(0, std::max(1.0, highest * 1.08));
    m_chart->replot(QCustomPlot::rpQueuedReplot);
}

void OomReportView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void OomReportView::applyPalette()
{
    if (!m_chart)
        return;
    applyPlotPalette(m_chart, palette());
    m_chart->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace vmscope
