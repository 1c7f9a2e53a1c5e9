// The glossary and What's This: search, selection, links, and that every explanation the GUI
// gives (figures, columns, plot series) reaches a term that exists.
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GlossaryDialog.h"
#include "widgets/common/PlotStyle.h"
#include "widgets/kernel/KernelPage.h"
#include "widgets/kernel/MemoryTimeline.h"
#include "widgets/kernel/RunComparisonModel.h"
#include "widgets/kernel/VmstatRatesPlot.h"
#include "widgets/oom/OomCandidatesModel.h"
#include "widgets/oom/OomPage.h"
#include "widgets/oom/OomTableModel.h"
#include "widgets/process/ProcessView.h"
#include "widgets/process/VmaTableModel.h"
#include "widgets/processlist/ProcessTableModel.h"
#include "widgets/usage/MappingUsageModel.h"
#include "widgets/usage/ProcessUsageModel.h"
#include "widgets/usage/SystemAreaModel.h"
#include "widgets/usage/SystemUsagePage.h"
#include "widgets/usage/UserUsageModel.h"

#include <QListWidget>
#include <QSet>
#include <QTextBrowser>
#include <QWhatsThisClickedEvent>
#include <QtTest>

#include <qcustomplot.h>

#include <memory>

using namespace vmscope;

class TestGlossary : public QObject {
    Q_OBJECT
private slots:
    void hasTheIssuesTerms();
    void searchNarrowsByName();
    void searchFindsDefinitionWords();
    void searchIgnoresCaseAndAccents();
    void selectingShowsTheText();
    void linksNavigate();
    void whatsThisLinkOpensTheGlossary();
    void everyLinkedTermExists();
    void everyColumnHasWhatsThis();
    void plotSeriesHaveWhatsThis();
    void whatsThisAnswersForTheNearestSeries();

private:
    static void checkLinks(const QString& html, const QString& where);
};

void TestGlossary::checkLinks(const QString& html, const QString& where)
{
    for (const QString& id : linkedGlossaryIds(html))
        QVERIFY2(glossaryTerm(id), qPrintable(where + QStringLiteral(" links to missing term ") + id));
}

void TestGlossary::hasTheIssuesTerms()
{
    const char* const wanted[] = { "vma", "virtual-address-space", "rss", "pss", "uss", "vsz", "swap", "swappss",
        "anonymous", "file-backed", "shmem", "page", "huge-page", "page-cache", "dirty", "writeback", "clean",
        "reclaim", "kswapd", "watermark", "zone", "buddy-allocator", "fragmentation", "overcommit", "commitlimit",
        "committed-as", "oom-killer", "oom-score", "oom-score-adj", "memory-cgroup", "psi", "copy-on-write",
        "demand-paging", "page-fault", "zero-page", "heap", "mmap-threshold", "stack", "aslr", "smaps" };
    for (const char* id : wanted) {
        const GlossaryTerm* term = glossaryTerm(QString::fromLatin1(id));
        QVERIFY2(term, id);
        QVERIFY2(!termDefinition(*term).isEmpty(), id);
        QVERIFY2(QByteArray(term->source).size() > 0, id);
    }
}

void TestGlossary::searchNarrowsByName()
{
    GlossaryDialog dialog;
    const int all = int(glossaryTerms().size());
    QCOMPARE(dialog.visibleTermIds().size(), all);
    dialog.setSearchText(QStringLiteral("PSS"));
    const QStringList shown = dialog.visibleTermIds();
    QVERIFY(shown.contains(QStringLiteral("pss")));
    QVERIFY(shown.contains(QStringLiteral("swappss")));
    QVERIFY(shown.size() < all);
    QVERIFY(!shown.contains(QStringLiteral("zone")));
    // The text beside the list belongs to a shown term.
    QVERIFY(shown.contains(dialog.currentTermId()));
    dialog.setSearchText(QString());
    QCOMPARE(dialog.visibleTermIds().size(), all);
}

void TestGlossary::searchFindsDefinitionWords()
{
    GlossaryDialog dialog;
    // "woken" appears in the definitions of kswapd and the watermarks, in no name.
    dialog.setSearchText(QStringLiteral("woken"));
    const QStringList shown = dialog.visibleTermIds();
    QVERIFY(shown.contains(QStringLiteral("watermark")));
    QVERIFY(shown.contains(QStringLiteral("kswapd")));
    QVERIFY(!shown.contains(QStringLiteral("pss")));
    QCOMPARE(shown.indexOf(QStringLiteral("kswapd")), 0); // sorted ignoring case
    // Every word must match: "fork private" finds copy-on-write.
    dialog.setSearchText(QStringLiteral("fork private"));
    QVERIFY(dialog.visibleTermIds().contains(QStringLiteral("copy-on-write")));
    dialog.setSearchText(QStringLiteral("nothing-is-called-this"));
    QVERIFY(dialog.visibleTermIds().isEmpty());
    QVERIFY(dialog.currentTermId().isEmpty());
    QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("No term matches")));
}

void TestGlossary::searchIgnoresCaseAndAccents()
{
    GlossaryDialog dialog;
    dialog.setSearchText(QStringLiteral("KSWAPD"));
    QVERIFY(dialog.visibleTermIds().contains(QStringLiteral("kswapd")));
    dialog.setSearchText(QStringLiteral("pagé cäche"));
    QVERIFY(dialog.visibleTermIds().contains(QStringLiteral("page-cache")));
}

void TestGlossary::selectingShowsTheText()
{
    GlossaryDialog dialog;
    QVERIFY(dialog.showTerm(QStringLiteral("commitlimit")));
    QCOMPARE(dialog.currentTermId(), QStringLiteral("commitlimit"));
    const QString text = dialog.browser()->toPlainText();
    const GlossaryTerm* term = glossaryTerm(QStringLiteral("commitlimit"));
    QVERIFY(text.contains(termName(*term)));
    QVERIFY(text.contains(termDefinition(*term)));
    QVERIFY(text.contains(QStringLiteral("overcommit_ratio"))); // the formula
    QVERIFY(text.contains(QStringLiteral("Documentation/mm/overcommit-accounting.rst")));
    // Selecting in the list shows that term.
    const QList<QListWidgetItem*> items
        = dialog.termList()->findItems(termName(*glossaryTerm(QStringLiteral("zone"))), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    dialog.termList()->setCurrentItem(items.first());
    QVERIFY(dialog.browser()->toPlainText().contains(termDefinition(*glossaryTerm(QStringLiteral("zone")))));
    // Terms whose text is core's smaps explanation show it.
    QVERIFY(dialog.showTerm(QStringLiteral("uss")));
    QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("Private_Clean + Private_Dirty")));
    QVERIFY(!dialog.showTerm(QStringLiteral("no-such-term")));
}

void TestGlossary::linksNavigate()
{
    GlossaryDialog dialog;
    dialog.setSearchText(QStringLiteral("pss"));
    QVERIFY(dialog.showTerm(QStringLiteral("pss")));
    QVERIFY(dialog.browser()->toHtml().contains(QStringLiteral("glossary:rss")));
    emit dialog.browser()->anchorClicked(QUrl(QStringLiteral("glossary:rss")));
    QCOMPARE(dialog.currentTermId(), QStringLiteral("rss"));
    QVERIFY(dialog.searchField()->text().isEmpty()); // a link leaves the search
    QVERIFY(dialog.browser()->toPlainText().contains(termDefinition(*glossaryTerm(QStringLiteral("rss")))));
}

void TestGlossary::whatsThisLinkOpensTheGlossary()
{
    QWidget window;
    auto* opener = new GlossaryOpener(&window);
    QLabel figure(&window);
    figure.setWhatsThis(explanationHtml(QStringLiteral("pss")));
    QWhatsThisClickedEvent click(glossaryLink(QStringLiteral("uss")));
    QCoreApplication::sendEvent(&figure, &click);
    QVERIFY(opener->dialog());
    QVERIFY(opener->dialog()->isVisible());
    QCOMPARE(opener->dialog()->currentTermId(), QStringLiteral("uss"));
    // Any other link is left alone.
    QWhatsThisClickedEvent other(QStringLiteral("https://kernel.org"));
    QCoreApplication::sendEvent(&figure, &other);
    QCOMPARE(opener->dialog()->currentTermId(), QStringLiteral("uss"));
}

void TestGlossary::everyLinkedTermExists()
{
    // The registry itself: see-also ids and every term's rendered explanation.
    for (const GlossaryTerm& term : glossaryTerms()) {
        const QString id = QString::fromLatin1(term.id);
        for (const QString& other : termSeeAlso(term))
            QVERIFY2(glossaryTerm(other), qPrintable(id + QStringLiteral(" sees also missing ") + other));
        checkLinks(explanationHtml(id), id);
    }
    // Every What's This of every page's widgets.
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    std::vector<std::unique_ptr<QWidget>> pages;
    pages.push_back(std::make_unique<KernelPage>(source));
    pages.push_back(std::make_unique<OomPage>(source, nullptr));
    pages.push_back(std::make_unique<SystemUsagePage>(source));
    pages.push_back(std::make_unique<ProcessView>(source));
    int explained = 0;
    for (const auto& page : pages) {
        for (const QWidget* widget : page->findChildren<QWidget*>()) {
            if (widget->whatsThis().isEmpty())
                continue;
            ++explained;
            checkLinks(widget->whatsThis(), QString::fromLatin1(widget->metaObject()->className()));
        }
    }
    QVERIFY(explained >= 20);
}

void TestGlossary::everyColumnHasWhatsThis()
{
    std::vector<std::unique_ptr<QAbstractItemModel>> models;
    models.push_back(std::make_unique<VmaTableModel>());
    models.push_back(std::make_unique<ProcessTableModel>());
    models.push_back(std::make_unique<ProcessUsageModel>());
    models.push_back(std::make_unique<UserUsageModel>());
    models.push_back(std::make_unique<MappingUsageModel>());
    models.push_back(std::make_unique<SystemAreaModel>());
    models.push_back(std::make_unique<RunComparisonModel>());
    models.push_back(std::make_unique<OomTableModel>());
    QStringList missing;
    for (const auto& model : models) {
        const QString name = QString::fromLatin1(model->metaObject()->className());
        QVERIFY(model->columnCount() > 0);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = model->headerData(column, Qt::Horizontal, Qt::WhatsThisRole).toString();
            const QString where = name + u' ' + model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            if (text.isEmpty())
                missing << where;
            checkLinks(text, where);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    // Column titles that name a term link to it.
    ProcessTableModel processes;
    QVERIFY(processes.headerData(ProcessTableModel::Pss, Qt::Horizontal, Qt::WhatsThisRole)
                .toString()
                .contains(QStringLiteral("glossary:pss")));
    OomTableModel oom;
    QVERIFY(oom.headerData(OomTableModel::OomScoreAdj, Qt::Horizontal, Qt::WhatsThisRole)
                .toString()
                .contains(QStringLiteral("glossary:oom-score-adj")));
}

void TestGlossary::plotSeriesHaveWhatsThis()
{
    MemoryTimeline timeline;
    auto* plot = timeline.findChild<QCustomPlot*>();
    QVERIFY(plot);
    QCOMPARE(plot->graphCount(), int(kMemorySeriesCount));
    for (int i = 0; i < plot->graphCount(); ++i) {
        const QString text = seriesWhatsThis(plot->graph(i));
        QVERIFY2(linkedGlossaryIds(text).size() >= 1, qPrintable(plot->graph(i)->name()));
        checkLinks(text, plot->graph(i)->name());
    }
    QVERIFY(
        seriesWhatsThis(plot->graph(int(MemorySeries::CommittedAS))).contains(QStringLiteral("glossary:committed-as")));

    VmstatRatesPlot rates;
    auto* ratesPlot = rates.findChild<QCustomPlot*>();
    QVERIFY(ratesPlot);
    for (int i = 0; i < ratesPlot->graphCount(); ++i)
        QVERIFY(!linkedGlossaryIds(seriesWhatsThis(ratesPlot->graph(i))).isEmpty());
    QVERIFY(seriesWhatsThis(ratesPlot->graph(2)).contains(QStringLiteral("glossary:kswapd")));
}

void TestGlossary::whatsThisAnswersForTheNearestSeries()
{
    QCustomPlot plot;
    plot.resize(400, 300);
    QCPGraph* low = plot.addGraph();
    QCPGraph* high = plot.addGraph();
    low->setData({ 0, 10 }, { 1, 1 });
    high->setData({ 0, 10 }, { 9, 9 });
    plot.xAxis->setRange(0, 10);
    plot.yAxis->setRange(0, 10);
    setSeriesWhatsThis(low, explanationHtml(QStringLiteral("dirty")));
    setSeriesWhatsThis(high, explanationHtml(QStringLiteral("writeback")));
    enableSeriesWhatsThis(&plot);
    plot.replot();
    const auto at = [&plot](double x, double y) {
        return QPoint(int(plot.xAxis->coordToPixel(x)), int(plot.yAxis->coordToPixel(y)));
    };
    QVERIFY(seriesWhatsThisAt(&plot, at(5, 2)).contains(QStringLiteral("glossary:dirty")));
    QVERIFY(seriesWhatsThisAt(&plot, at(5, 8)).contains(QStringLiteral("glossary:writeback")));
    // A hidden series is not explained.
    high->setVisible(false);
    QVERIFY(seriesWhatsThisAt(&plot, at(5, 8)).contains(QStringLiteral("glossary:dirty")));
    // The event itself is taken by the plot.
    QHelpEvent event(QEvent::WhatsThis, at(5, 2), plot.mapToGlobal(at(5, 2)));
    QVERIFY(QCoreApplication::sendEvent(&plot, &event));
}

QTEST_MAIN(TestGlossary)
#include "tst_glossary.moc"
