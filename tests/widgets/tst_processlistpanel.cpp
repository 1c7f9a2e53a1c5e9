// The process list beside the process page, offscreen over a fixture /proc: rows from the shared
// listing feed, the filter, opening a process asked for by pid, a second listing merged in place
// (selection kept), and processes that cannot be read kept as rows that say so.
#include "GatedSource.h"
#include "TestData.h"

#include "widgets/common/ColumnChooser.h"
#include "widgets/processlist/ProcessListPanel.h"
#include "widgets/processlist/ProcessListingFeed.h"
#include "widgets/processlist/ProcessTableModel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

#include <atomic>
#include <set>

using namespace vmscope;

namespace {
const QString kLive = QStringLiteral("live-6.18-x86_64");

// The fixture, with files that can be refused (another user's process) and a pid that can be
// left out of the listing until the test lets it appear.
class FixtureSource final : public test::GatedSource {
public:
    using GatedSource::GatedSource;

    void deny(std::string relativePath) { m_denied.insert(std::move(relativePath)); }
    void hidePid(int pid) { m_hidden = pid; }
    Result<std::vector<int>> listPids() const override
    {
        auto pids = GatedSource::listPids();
        if (pids && m_hidden.load() > 0)
            std::erase(*pids, m_hidden.load());
        return pids;
    }

protected:
    std::optional<Error> gate(std::string_view relativePath) const override
    {
        if (m_denied.count(std::string(relativePath)))
            return Error::fromErrno(displayPath(relativePath), EACCES, true);
        return std::nullopt;
    }

private:
    std::set<std::string> m_denied;
    std::atomic<int> m_hidden { 0 };
};

int pidAt(const ProcessListPanel& panel, int proxyRow)
{
    return panel.proxy()->index(proxyRow, ProcessTableModel::Pid).data(ProcessTableModel::PidRole).toInt();
}
} // namespace

class TestProcessListPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rowsAppear();
    void filterMatchesNamePidAndCommand();
    void selectPidOpensTheProcess();
    void activatingARowOpensIt();
    void secondListingMergesAndKeepsSelection();
    void unreadableProcessesStayListed();
    void kernelThreadToggleReachesTheFeed();
    void oomColumnsShowTheKernelsFigures();
    void columnChoiceIsKeptByName();
};

void TestProcessListPanel::rowsAppear()
{
    auto source = std::make_shared<FixtureSource>(test::procRoot(kLive));
    ProcessListingFeed feed(source);
    ProcessListPanel panel(&feed);
    QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(800, 400);
    panel.show();
    QCOMPARE(panel.statusText(), QStringLiteral("Reading processes…"));
    QSignalSpy status(&panel, &ProcessListPanel::statusTextChanged);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 3, 30000);
    QCOMPARE(panel.proxy()->rowCount(), 3);
    QVERIFY(status.count() >= 1);
    QVERIFY2(panel.statusText().contains(QStringLiteral("Processes: 3")), qPrintable(panel.statusText()));
    // Sorted by PSS, largest first: qtplot.
    QCOMPARE(pidAt(panel, 0), 10162);
}

void TestProcessListPanel::filterMatchesNamePidAndCommand()
{
    auto source = std::make_shared<FixtureSource>(test::procRoot(kLive));
    ProcessListingFeed feed(source);
    ProcessListPanel panel(&feed);
    QAbstractItemModelTester proxyTester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 3, 30000);

    panel.filter()->setText(QStringLiteral("QTPLOT")); // case does not matter
    QCOMPARE(panel.proxy()->rowCount(), 1);
    QCOMPARE(pidAt(panel, 0), 10162);
    panel.filter()->setText(QStringLiteral("zoo"));
    QCOMPARE(panel.proxy()->rowCount(), 2);
    panel.filter()->setText(QStringLiteral("9950"));
    QCOMPARE(panel.proxy()->rowCount(), 1);
    QCOMPARE(pidAt(panel, 0), 9950);
    panel.filter()->setText(QStringLiteral("no such process"));
    QCOMPARE(panel.proxy()->rowCount(), 0);
    panel.filter()->clear();
    QCOMPARE(panel.proxy()->rowCount(), 3);
}

void TestProcessListPanel::selectPidOpensTheProcess()
{
    auto source = std::make_shared<FixtureSource>(test::procRoot(kLive));
    ProcessListingFeed feed(source);
    ProcessListPanel panel(&feed);
    QSignalSpy open(&panel, &ProcessListPanel::openProcess);
    QSignalSpy message(&panel, &ProcessListPanel::message);
    // Asked for before the list has it (vmscope --pid): opened when the first listing arrives.
    panel.selectPid(9950);
    QCOMPARE(open.count(), 0);
    QCOMPARE(message.count(), 0); // not "no such process" before the list was read
    QTRY_COMPARE_WITH_TIMEOUT(open.count(), 1, 30000);
    QCOMPARE(open.at(0).at(0).toInt(), 9950);
    QCOMPARE(open.at(0).at(1).toString(), QStringLiteral("zoo"));
    const QModelIndex current = panel.table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(pidAt(panel, current.row()), 9950);

    // By name (vmscope --name): the filter shows it too.
    panel.selectName(QStringLiteral("qtplot"));
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toInt(), 10162);
    QCOMPARE(panel.filter()->text(), QStringLiteral("qtplot"));

    // A pid the list does not have is said so, and nothing opens.
    panel.selectPid(4242);
    QCOMPARE(open.count(), 2);
    QCOMPARE(message.count(), 1);
    QVERIFY(message.at(0).at(0).toString().contains(QStringLiteral("4242")));
}

void TestProcessListPanel::activatingARowOpensIt()
{
    auto source = std::make_shared<FixtureSource>(test::procRoot(kLive));
    ProcessListingFeed feed(source);
    ProcessListPanel panel(&feed);
    panel.resize(800, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 3, 30000);
    QSignalSpy open(&panel, &ProcessListPanel::openProcess);
    QTableView* table = panel.table();
    const QRect cell = table->visualRect(panel.proxy()->index(1, ProcessTableModel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toInt(), pidAt(panel, 1));
}

void TestProcessListPanel::secondListingMergesAndKeepsSelection()
{
    auto source = std::make_shared<FixtureSource>(test::procRoot(kLive));
    source->hidePid(9950);
    ProcessListingFeed feed(source);
    feed.setInterval(0); // this test asks for each listing
    ProcessListPanel panel(&feed);
    QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 2, 30000);
    panel.selectPid(9946);
    QCOMPARE(pidAt(panel, panel.table()->currentIndex().row()), 9946);

    QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(panel.model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy read(&feed, &ProcessListingFeed::listingRead);
    source->hidePid(0);
    feed.refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 30000);
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    // The selection stayed on its process, wherever its row went.
    const QModelIndex current = panel.table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(pidAt(panel, current.row()), 9946);
    QCOMPARE(panel.table()->selectionModel()->selectedRows().size(), 1);
    QVERIFY2(panel.statusText().contains(QStringLiteral("Processes: 3")), qPrintable(panel.statusText()));
}

void TestProcessListPanel::unreadableProcessesStayListed()
{
    auto source = std::make_shared<FixtureSource>(test::procRoot(kLive));
    source->deny("10162/smaps_rollup");
    source->deny("10162/smaps");
    ProcessListingFeed feed(source);
    ProcessListPanel panel(&feed);
    QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 3, 30000);
    const int row = panel.model()->rowOfPid(10162);
    QVERIFY(row >= 0);
    QCOMPARE(panel.model()->index(row, 0).data(ProcessTableModel::ReadableRole).toBool(), false);
    QCOMPARE(panel.model()->index(row, ProcessTableModel::Name).data().toString(), QStringLiteral("qtplot"));
    QVERIFY(panel.model()->errorAt(row) != nullptr);
    QVERIFY2(panel.statusText().contains(QStringLiteral("Processes: 2")), qPrintable(panel.statusText()));
    QVERIFY2(panel.statusText().contains(QStringLiteral("not readable: 1")), qPrintable(panel.statusText()));
}

void TestProcessListPanel::kernelThreadToggleReachesTheFeed()
{
    auto source = std::make_shared<FixtureSource>(test::procRoot(kLive));
    ProcessListingFeed feed(source);
    ProcessListPanel panel(&feed);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 3, 30000);
    QVERIFY(!panel.showKernelThreads());
    QSignalSpy read(&feed, &ProcessListingFeed::listingRead);
    panel.setShowKernelThreads(true);
    QVERIFY(feed.includeKernelThreads());
    QVERIFY(panel.showKernelThreads());
    // The feed reads again at once with the new choice.
    QTRY_VERIFY_WITH_TIMEOUT(read.count() >= 1, 30000);
    QCOMPARE(panel.model()->rowCount(), 3); // the fixture has no kernel threads
}

QTEST_MAIN(TestProcessListPanel)
#include "tst_processlistpanel.moc"

// The OOM pair is shown by default with the kernel's own figures; VSZ, peak RSS and page tables
// come from status and sort by number.
void TestProcessListPanel::oomColumnsShowTheKernelsFigures()
{
    QSettings().remove(QStringLiteral("processList/columns"));
    auto source = std::make_shared<FixtureSource>(test::procRoot(kLive));
    ProcessListingFeed feed(source);
    ProcessListPanel panel(&feed);
    QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 3, 30000);
    const int row = panel.model()->rowOfPid(10162);
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return panel.model()->index(row, column).data(role); };
    // From the fixture's 10162/oom_score, oom_score_adj and status (VmSize 83872, VmHWM 28964, VmPTE 148 kB).
    QCOMPARE(cell(ProcessTableModel::OomScore).toInt(), 667);
    QCOMPARE(cell(ProcessTableModel::OomScoreAdj).toInt(), 0);
    QCOMPARE(cell(ProcessTableModel::PageTables, ProcessTableModel::SortRole).toULongLong(), 148ULL);
    QCOMPARE(cell(ProcessTableModel::PeakRss, ProcessTableModel::SortRole).toULongLong(), 28964ULL);
    QCOMPARE(cell(ProcessTableModel::Vsz, ProcessTableModel::SortRole).toULongLong(), 83872ULL);
    QVERIFY(!panel.model()->headerData(ProcessTableModel::OomScore, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    const QHeaderView* header = panel.table()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(ProcessTableModel::OomScore));
    QVERIFY(!header->isSectionHidden(ProcessTableModel::OomScoreAdj));
    QVERIFY(header->isSectionHidden(ProcessTableModel::Vsz));
    QVERIFY(header->isSectionHidden(ProcessTableModel::PeakRss));
    // Command stays the last shown, stretched column.
    int lastShown = -1;
    for (int visual = 0; visual < header->count(); ++visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            lastShown = header->logicalIndex(visual);
    QCOMPARE(lastShown, int(ProcessTableModel::Command));
}

// Shown columns are kept by key in the settings, so a second panel (a restart) shows the same.
void TestProcessListPanel::columnChoiceIsKeptByName()
{
    QSettings().remove(QStringLiteral("processList/columns"));
    auto source = std::make_shared<FixtureSource>(test::procRoot(kLive));
    ProcessListingFeed feed(source);
    {
        ProcessListPanel panel(&feed);
        panel.columns()->setColumnVisible(ProcessTableModel::PeakRss, true);
        panel.columns()->setColumnVisible(ProcessTableModel::Vmas, false);
        QVERIFY(!panel.table()->horizontalHeader()->isSectionHidden(ProcessTableModel::PeakRss));
    }
    QVERIFY(QSettings().value(QStringLiteral("processList/columns")).toStringList().contains(QStringLiteral("peak_rss")));
    ProcessListPanel again(&feed);
    const QHeaderView* header = again.table()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(ProcessTableModel::PeakRss));
    QVERIFY(header->isSectionHidden(ProcessTableModel::Vmas));
    again.columns()->resetToDefaults();
    QVERIFY(header->isSectionHidden(ProcessTableModel::PeakRss));
    QVERIFY(!header->isSectionHidden(ProcessTableModel::Vmas));
}
