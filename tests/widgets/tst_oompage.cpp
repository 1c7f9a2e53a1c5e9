// The Out of memory page as a user meets it, over a fixture /proc of a 6.18 kernel (three
// processes: 10162 with oom_score 667 first, 9946 and 9950 at 666; 6171021 total pages): the
// ranking in the kernel's order with the first victim marked, the selected score explained with
// this machine's numbers, the top candidates' points as stacked bars, and a live refresh that
// merges without a reset.
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "core/read/OomRanking.h"
#include "widgets/oom/OomExplanation.h"
#include "widgets/oom/OomPage.h"
#include "widgets/oom/OomPointsChart.h"
#include "widgets/oom/OomRankingFeed.h"
#include "widgets/oom/OomTableModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>

#include <cerrno>
#include <mutex>
#include <unistd.h>
#include <QFont>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>
#include <qcustomplot.h>

using namespace vmscope;

namespace {
std::shared_ptr<const Source> liveSource()
{
    return std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
}

std::shared_ptr<const OomRanking> liveRanking()
{
    return std::make_shared<const OomRanking>(readOomRanking(*liveSource()));
}

QList<int> pidsInViewOrder(const OomPage& page)
{
    QList<int> pids;
    for (int row = 0; row < page.proxy()->rowCount(); ++row)
        pids << page.proxy()->index(row, 0).data(OomTableModel::PidRole).toInt();
    return pids;
}

// Records what the page writes and answers with a chosen errno, as the kernel would.
class FakeWriter final : public KernelWriter {
public:
    explicit FakeWriter(int answer = 0)
        : m_answer(answer)
    {
    }
    WriteOutcome writeVmSysctl(std::string_view, std::int64_t) const override { return { EPERM, "sys/vm" }; }
    WriteOutcome writeOomScoreAdj(int pid, int value) const override
    {
        const std::lock_guard lock(m_mutex);
        m_writes.push_back({ pid, value });
        return { m_answer, "/proc/" + std::to_string(pid) + "/oom_score_adj" };
    }
    QList<QPair<int, int>> writes() const
    {
        const std::lock_guard lock(m_mutex);
        return m_writes;
    }

private:
    int m_answer;
    mutable std::mutex m_mutex;
    mutable QList<QPair<int, int>> m_writes;
};

// The fixture's ranking as root without CAP_SYS_RESOURCE reads it (this project's machines).
std::shared_ptr<const OomRanking> rankingReadByRootWithoutCap()
{
    OomRanking ranking = readOomRanking(*liveSource());
    ranking.readerPrivileges = WriterPrivileges { 0, false };
    return std::make_shared<const OomRanking>(std::move(ranking));
}

QString applyAndWait(OomPage& page, int value)
{
    QSignalSpy finished(&page, &OomPage::adjustmentFinished);
    page.adjSpinBox()->setValue(value);
    page.adjApplyButton()->click();
    if (!finished.wait(5000))
        return QStringLiteral("<no outcome>");
    return finished.front().at(1).toString();
}

double barValue(QCPBars* bars, double key)
{
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        if (it->key == key)
            return it->value;
    return std::nan("");
}
} // namespace

class TestOomPage : public QObject {
    Q_OBJECT
private slots:
    void modelIsValidAndMerges();
    void feedDeliversWhileShown();
    void pageShowsRanking();
    void explanationHasTheNumbers();
    void chartStacksTheParts();
    void secondRankingMergesWithoutReset();
    void filterKeepsMatchingRows();
    void adjustNeedsAWriter();
    void adjustForecastsAndWrites();
    void adjustRefusalSaysWhy();
    void adjustLiveChildAgainstTheKernel();
    void doubleClickOpensTheProcess();
    void cgroupOfTheSelectedProcess_data();
    void cgroupOfTheSelectedProcess();
    void cgroupUnknownForACopiedProc();
};

void TestOomPage::modelIsValidAndMerges()
{
    OomTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto ranking = liveRanking();
    QCOMPARE(ranking->candidates.size(), std::size_t(3));
    model.merge(*ranking);
    QCOMPARE(model.rowCount(), 3);
    const int victimRow = model.rowOfPid(10162);
    QVERIFY(victimRow >= 0);
    QVERIFY(model.index(victimRow, 0).data(OomTableModel::FirstVictimRole).toBool());
    QVERIFY(model.index(victimRow, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(victimRow, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("killed first")));
    QCOMPARE(model.index(victimRow, OomTableModel::OomScore).data(OomTableModel::SortRole).toLongLong(), 667);
    QCOMPARE(model.index(victimRow, OomTableModel::Points).data(OomTableModel::SortRole).toLongLong(), 7248);
    QCOMPARE(model.index(victimRow, OomTableModel::Rss).data(OomTableModel::SortRole).toULongLong(), 28844ull);
    QVERIFY(!model.index(model.rowOfPid(9946), 0).data(OomTableModel::FirstVictimRole).toBool());

    // An exempt process (oom_score_adj -1000): greyed, never the victim.
    OomRanking changed = *ranking;
    changed.candidates[0].oomScoreAdj = -1000;
    changed.candidates[0].badness.exempt = true;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    model.merge(changed);
    QCOMPARE(reset.count(), 0);
    QVERIFY(dataChanged.count() >= 1);
    const int exemptRow = model.rowOfPid(changed.candidates[0].pid);
    QVERIFY(model.index(exemptRow, 0).data(OomTableModel::ExemptRole).toBool());
    QVERIFY(model.index(exemptRow, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(exemptRow, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("-1000")));
    QVERIFY(!model.index(exemptRow, 0).data(OomTableModel::FirstVictimRole).toBool());
}

void TestOomPage::feedDeliversWhileShown()
{
    OomRankingFeed feed(liveSource());
    QSignalSpy read(&feed, &OomRankingFeed::rankingRead);
    feed.setActive(true);
    QVERIFY(read.wait(10000));
    QVERIFY(feed.latest());
    QCOMPARE(feed.latest()->candidates.front().pid, 10162);
    QVERIFY(feed.timerRunning()); // the next read in 2 s
    feed.setActive(false);
    QVERIFY(!feed.timerRunning()); // hidden: no more reads
}

void TestOomPage::pageShowsRanking()
{
    OomPage page(liveSource());
    page.resize(1400, 900);
    QSignalSpy read(page.feed(), &OomRankingFeed::rankingRead);
    page.show();
    QVERIFY(read.wait(10000));
    QCOMPARE(pidsInViewOrder(page), (QList<int> { 10162, 9946, 9950 }));
    const QModelIndex top = page.proxy()->index(0, OomTableModel::Name);
    QVERIFY(top.data(OomTableModel::FirstVictimRole).toBool());
    QVERIFY(top.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!top.data(Qt::DecorationRole).isNull());
    QCOMPARE(page.proxy()->index(0, OomTableModel::OomScore).data().toString(), QStringLiteral("667"));
    QCOMPARE(page.proxy()->index(1, OomTableModel::OomScore).data().toString(), QStringLiteral("666"));
    QCOMPARE(page.selectedPid(), 10162); // the first victim is selected on first load
    QVERIFY(page.policyText().contains(QStringLiteral("heuristic")) || page.policyText().contains(QStringLiteral("always"))
        || page.policyText().contains(QStringLiteral("strict")));
    QVERIFY2(page.policyText().contains(QStringLiteral("overcommit_ratio 50, overcommit_kbytes 0: only mode 2 uses them")),
        qPrintable(page.policyText()));
    page.hide();
    QVERIFY(!page.feed()->timerRunning());
}

void TestOomPage::explanationHasTheNumbers()
{
    OomPage page(liveSource());
    page.showRanking(liveRanking());
    QCOMPARE(page.selectedPid(), 10162);
    const QString text = page.explanationText();
    QVERIFY2(text.contains(QStringLiteral("points = 7211 (RSS) + 0 (swap) + 37 (page tables) + 0 (adj: 0 × 6171) = 7248 pages")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("oom_score = (1000 + 7248 × 1000 / 6171021) × 2 / 3 = 667")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("the kernel says 667")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("5.9")), qPrintable(text)); // which formula applies

    // The older eras are named too.
    OomRanking old = *liveRanking();
    old.scale = OomScoreScale::PerMille;
    QVERIFY(OomExplanation::formulaText(old).contains(QStringLiteral("2.6.36")));
    old.scale = OomScoreScale::Heuristic;
    QVERIFY(OomExplanation::formulaText(old).contains(QStringLiteral("cannot be recomputed")));
}

void TestOomPage::chartStacksTheParts()
{
    OomPage page(liveSource());
    const auto ranking = liveRanking();
    page.showRanking(ranking);
    OomPointsChart* chart = page.chart();
    QCOMPARE(chart->barCount(), 3);
    int barsSeries = 0;
    for (int i = 0; i < chart->plot()->plottableCount(); ++i)
        if (qobject_cast<QCPBars*>(chart->plot()->plottable(i)))
            ++barsSeries;
    QCOMPARE(barsSeries, 4);
    const double topKey = chart->keyOfBar(0);
    QCOMPARE(chart->pidOfBar(0), 10162);
    QCOMPARE(barValue(chart->bars(OomPointsChart::RssPart), topKey), 7211.0);
    QCOMPARE(barValue(chart->bars(OomPointsChart::SwapPart), topKey), 0.0);
    QCOMPARE(barValue(chart->bars(OomPointsChart::PageTablesPart), topKey), 37.0);
    QCOMPARE(barValue(chart->bars(OomPointsChart::AdjPart), topKey), 0.0);
    // Stacked: each part sits on the one before.
    QCOMPARE(chart->bars(OomPointsChart::SwapPart)->barBelow(), chart->bars(OomPointsChart::RssPart));
    QCOMPARE(chart->bars(OomPointsChart::AdjPart)->barBelow(), chart->bars(OomPointsChart::PageTablesPart));

    // A negative adj goes left of zero.
    OomRanking negative = *ranking;
    negative.candidates[0].badness.adjPoints = -500 * 6171;
    chart->setRanking(negative);
    QVERIFY(barValue(chart->bars(OomPointsChart::AdjPart), topKey) < 0);
    QVERIFY(chart->plot()->xAxis->range().lower < 0);
}

void TestOomPage::secondRankingMergesWithoutReset()
{
    OomPage page(liveSource());
    page.showRanking(liveRanking());
    // The user picks the second row.
    const QModelIndex second = page.proxy()->index(1, 0);
    const int pid = second.data(OomTableModel::PidRole).toInt();
    page.table()->selectionModel()->setCurrentIndex(
        second, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(page.selectedPid(), pid);

    OomRanking next = *liveRanking();
    next.candidates[2].rssKiB += 4096;
    next.candidates[2].badness.rssPages += 1024;
    next.candidates[2].badness.points += 1024;
    QSignalSpy reset(page.model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(page.model(), &QAbstractItemModel::dataChanged);
    page.showRanking(std::make_shared<const OomRanking>(std::move(next)));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(page.selectedPid(), pid); // selection kept
    QVERIFY(page.explanationText().contains(QString::number(pid)));
}

void TestOomPage::filterKeepsMatchingRows()
{
    OomPage page(liveSource());
    page.showRanking(liveRanking());
    page.filterEdit()->setText(QStringLiteral("qtplot"));
    QCOMPARE(pidsInViewOrder(page), QList<int> { 10162 });
    page.filterEdit()->clear();
    QCOMPARE(page.proxy()->rowCount(), 3);
}

void TestOomPage::adjustNeedsAWriter()
{
    OomPage page(liveSource());
    page.showRanking(liveRanking());
    QCOMPARE(page.selectedPid(), 10162);
    QVERIFY(!page.adjSpinBox()->isEnabled());
    QVERIFY(!page.adjApplyButton()->isEnabled());
    QVERIFY2(page.adjMessage().contains(QStringLiteral("copy of /proc")), qPrintable(page.adjMessage()));
}

void TestOomPage::adjustForecastsAndWrites()
{
    auto writer = std::make_shared<FakeWriter>();
    OomPage page(liveSource(), writer);
    page.showRanking(rankingReadByRootWithoutCap());
    QVERIFY(page.adjSpinBox()->isEnabled());
    QCOMPARE(page.adjSpinBox()->value(), 0); // the selected process's current value
    page.adjSpinBox()->setValue(-300);
    QVERIFY2(page.adjMessage().contains(QStringLiteral("without CAP_SYS_RESOURCE")), qPrintable(page.adjMessage()));
    QVERIFY2(page.adjMessage().contains(QStringLiteral("choom -p 10162 -n -300")), qPrintable(page.adjMessage()));
    page.adjSpinBox()->setValue(500);
    QVERIFY2(page.adjMessage().contains(QStringLiteral("Raising is always allowed")), qPrintable(page.adjMessage()));

    const QString outcome = applyAndWait(page, 500);
    QVERIFY2(outcome.contains(QStringLiteral("is now 500 (was 0)")), qPrintable(outcome));
    QCOMPARE(writer->writes(), (QList<QPair<int, int>> { { 10162, 500 } }));
    QCOMPARE(page.adjMessage(), outcome);
    QVERIFY(page.adjSpinBox()->isEnabled());
}

void TestOomPage::adjustRefusalSaysWhy()
{
    auto writer = std::make_shared<FakeWriter>(EACCES);
    OomPage page(liveSource(), writer);
    page.showRanking(rankingReadByRootWithoutCap());
    const QString outcome = applyAndWait(page, -500);
    QVERIFY2(outcome.contains(QStringLiteral("runs as root, but without CAP_SYS_RESOURCE")), qPrintable(outcome));
    QVERIFY2(outcome.contains(QString::fromLocal8Bit(std::strerror(EACCES))), qPrintable(outcome));
    QVERIFY2(outcome.contains(QStringLiteral("Raising it works")), qPrintable(outcome));
}

// The real kernel: a child of ours raised to 500, then lowered below its minimum. Lowering needs
// CAP_SYS_RESOURCE; where vmscope lacks it (this project's machines: even root), the kernel
// refuses with EACCES and the page must say exactly that.
void TestOomPage::adjustLiveChildAgainstTheKernel()
{
    const auto live = std::make_shared<const ProcRootSource>("/proc");
    const auto self = readOomRanking(*live).readerPrivileges;
    if (!self)
        QSKIP("/proc/self/status has no CapEff here");
    QProcess child;
    child.start(QStringLiteral("sleep"), { QStringLiteral("60") });
    QVERIFY(child.waitForStarted());
    const int pid = int(child.processId());
    const QString adjPath = QStringLiteral("/proc/%1/oom_score_adj").arg(pid);
    auto kernelValue = [&] {
        QFile file(adjPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : -9999;
    };

    OomPage page(live, std::make_shared<const ProcRootWriter>("/proc"));
    page.showRanking(std::make_shared<const OomRanking>(readOomRanking(*live)));
    const int row = page.model()->rowOfPid(pid);
    QVERIFY(row >= 0);
    page.table()->selectionModel()->setCurrentIndex(page.proxy()->mapFromSource(page.model()->index(row, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(page.selectedPid(), pid);

    QString outcome = applyAndWait(page, 500);
    QVERIFY2(outcome.contains(QStringLiteral("is now 500")), qPrintable(outcome));
    QCOMPARE(kernelValue(), 500);

    page.showRanking(std::make_shared<const OomRanking>(readOomRanking(*live)));
    outcome = applyAndWait(page, -100);
    if (self->capSysResource) {
        QVERIFY2(outcome.contains(QStringLiteral("is now -100")), qPrintable(outcome));
        QCOMPARE(kernelValue(), -100);
    } else if (self->root()) {
        QVERIFY2(outcome.contains(QStringLiteral("runs as root, but without CAP_SYS_RESOURCE")), qPrintable(outcome));
        QCOMPARE(kernelValue(), 500);
    } else {
        QVERIFY2(outcome.contains(QStringLiteral("needs CAP_SYS_RESOURCE")), qPrintable(outcome));
        QCOMPARE(kernelValue(), 500);
    }
    child.kill();
    child.waitForFinished();
}

void TestOomPage::doubleClickOpensTheProcess()
{
    OomPage page(liveSource());
    page.showRanking(liveRanking());
    QSignalSpy open(&page, &OomPage::openProcess);
    const QModelIndex second = page.proxy()->index(1, OomTableModel::OomScore);
    emit page.table()->doubleClicked(second);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.front().at(0).toInt(), second.data(OomTableModel::PidRole).toInt());
    QVERIFY(!open.front().at(1).toString().isEmpty());
}

// The fixtures' process 4242 sits in a 96 MiB cgroup that has seen one OOM kill: v1 (captured
// here) and v2 (written from cgroup-v2.rst). The ranking is the 6.18 one with 4242 in it.
void TestOomPage::cgroupOfTheSelectedProcess_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("v1") << QStringLiteral("cgroup-v1")
                        << QStringList { QStringLiteral("cgroup v1 /vmscope-fixture"), QStringLiteral("Limit: 96.0 MiB"),
                               QStringLiteral("Memory + swap limit (memsw)"), QStringLiteral("OOM kills in this cgroup so far: 1"),
                               QStringLiteral("chooses among them only") };
    QTest::newRow("v2") << QStringLiteral("cgroup-v2")
                        << QStringList { QStringLiteral("cgroup v2 /user.slice/user-1000.slice/user@1000.service/app.slice/vmscope-run-7.scope"),
                               QStringLiteral("Limit: 96.0 MiB · usage: 400 KiB · peak: 96.0 MiB"),
                               QStringLiteral("Swap limit: 0 — nothing of it can be swapped out"), QStringLiteral("OOM kills in this cgroup so far: 1") };
}

void TestOomPage::cgroupOfTheSelectedProcess()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, expected);
    const QString root = test::fixturePath(fixture);
    OomPage page(std::make_shared<const ProcRootSource>(QString(root + QStringLiteral("/proc")).toStdString()));
    page.setSysSource(std::make_shared<const ProcRootSource>(QString(root + QStringLiteral("/sys")).toStdString()));
    OomRanking ranking = *liveRanking();
    ranking.candidates.front().pid = 4242;
    QSignalSpy shown(&page, &OomPage::cgroupShown);
    page.showRanking(std::make_shared<const OomRanking>(std::move(ranking)));
    QCOMPARE(page.selectedPid(), 4242);
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.last().at(0).toInt(), 4242);
    for (const QString& line : expected)
        QVERIFY2(page.cgroupText().contains(line), qPrintable(page.cgroupText()));
}

void TestOomPage::cgroupUnknownForACopiedProc()
{
    OomPage page(liveSource());
    page.showRanking(liveRanking());
    QVERIFY2(page.cgroupText().contains(QStringLiteral("copied /proc")), qPrintable(page.cgroupText()));
}

QTEST_MAIN(TestOomPage)
#include "tst_oompage.moc"
