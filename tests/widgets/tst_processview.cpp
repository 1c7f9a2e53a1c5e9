// The process view as a user meets it: one selection across map, table and details, and a
// process that exits during a refresh keeping its last snapshot under a banner.
#include "GatedSource.h"
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "core/read/ProcessReader.h"
#include "widgets/process/AddressMapView.h"
#include "widgets/process/ProcessSnapshotFeed.h"
#include "widgets/process/ProcessView.h"
#include "widgets/process/VmaFilterProxy.h"
#include "widgets/process/VmaTableModel.h"
#include "widgets/process/VmaTableSwitch.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QTreeView>
#include <QtTest>

#include <condition_variable>
#include <mutex>

using namespace vmscope;

class TestProcessView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void selectionIsSharedBetweenMapAndTable();
    void exitedProcessKeepsLastSnapshot();
    void unknownProcessSaysSo();
    void tableUsesTheProxyOnlyToSortOrFilter();
    void viewShowsWhatItsFeedPublishes();
    void feedDropsTheReadOfTheProcessBefore();
};

namespace {
std::shared_ptr<const ProcessSnapshot> fixtureSnapshot(const Source& source, int pid)
{
    auto snapshot = std::make_shared<ProcessSnapshot>();
    snapshot->pid = pid;
    auto map = readMemoryMap(source, pid, MapDetail::Smaps);
    if (!map)
        qFatal("fixture pid %d unreadable", pid);
    snapshot->totals = sumAll(map->vmas);
    snapshot->map = ProcessSnapshotFeed::share(std::move(*map));
    snapshot->time = QDateTime::currentDateTime();
    return snapshot;
}

// Holds every smaps read of one pid until the test opens the gate.
class HoldingSource final : public test::GatedSource {
public:
    HoldingSource(std::string root, std::string heldPath)
        : GatedSource(std::move(root))
        , m_held(std::move(heldPath))
    {
    }
    ~HoldingSource() override { open(); }
    void open()
    {
        {
            std::lock_guard lock(m_mutex);
            m_open = true;
        }
        m_changed.notify_all();
    }
    bool someoneWaits() const { return m_waiting.load() > 0; }

protected:
    std::optional<Error> gate(std::string_view relativePath) const override
    {
        if (relativePath == m_held) {
            std::unique_lock lock(m_mutex);
            ++m_waiting;
            m_changed.wait(lock, [this] { return m_open; });
            --m_waiting;
        }
        return std::nullopt;
    }

private:
    std::string m_held;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    mutable std::atomic<int> m_waiting { 0 };
    bool m_open = false;
};
} // namespace

// The view reads nothing itself: a feed that cannot read (no source) and fixture snapshots
// published through it drive it completely.
void TestProcessView::viewShowsWhatItsFeedPublishes()
{
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    ProcessSnapshotFeed feed(nullptr);
    ProcessView view(source, &feed);
    view.setRefreshInterval(0);
    view.showProcess(9946, QStringLiteral("zoo"));
    QCOMPARE(feed.pid(), 9946);
    QVERIFY(!feed.isReading());
    QVERIFY(!view.hasSnapshot());

    QSignalSpy changed(&view, &ProcessView::snapshotChanged);
    feed.publish(fixtureSnapshot(*source, 9946));
    QCOMPARE(changed.count(), 1);
    QVERIFY(view.hasSnapshot());
    QCOMPARE(view.snapshot()->vmas.size(), std::size_t(35));
    QCOMPARE(view.tableModel()->rowCount(), 35);
    QCOMPARE(view.mapView()->memoryMap(), view.snapshot());
    QVERIFY(view.bannerText().isEmpty());

    // A snapshot of another process is not this view's business.
    feed.publish(fixtureSnapshot(*source, 9950));
    view.showSnapshot(fixtureSnapshot(*source, 9950));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view.snapshot()->pid, 9946);

    // The process exits: the last snapshot stays under a banner.
    const auto shown = view.snapshot();
    auto gone = std::make_shared<ProcessSnapshot>();
    gone->pid = 9946;
    gone->error = Error::fromErrno("/proc/9946/smaps", ESRCH, true);
    feed.publish(gone);
    QVERIFY2(view.bannerText().contains(QStringLiteral("exited")), qPrintable(view.bannerText()));
    QCOMPARE(view.snapshot(), shown);
    QCOMPARE(view.tableModel()->rowCount(), 35);
}

void TestProcessView::feedDropsTheReadOfTheProcessBefore()
{
    auto source = std::make_shared<HoldingSource>(
        test::procRoot(QStringLiteral("live-6.18-x86_64")), std::string("10162/smaps"));
    ProcessSnapshotFeed feed(source);
    feed.setInterval(0);
    QSignalSpy read(&feed, &ProcessSnapshotFeed::snapshotRead);
    feed.setProcess(10162);
    QTRY_VERIFY_WITH_TIMEOUT(source->someoneWaits(), 10000);
    // Another process is chosen while the first one's smaps is still being read.
    feed.setProcess(9946);
    source->open();
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
    QTest::qWait(100);
    QCOMPARE(read.count(), 1);
    const auto snapshot = read.at(0).at(0).value<std::shared_ptr<const ProcessSnapshot>>();
    QVERIFY(snapshot);
    QCOMPARE(snapshot->pid, 9946);
    QVERIFY(snapshot->map);
    QCOMPARE(feed.last(), snapshot->map);

    // A second read of the same process comes with its difference from the first.
    feed.refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 2, 10000);
    const auto second = read.at(1).at(0).value<std::shared_ptr<const ProcessSnapshot>>();
    QCOMPARE(second->pid, 9946);
    QCOMPARE(second->diff.previous, snapshot->map);
    QVERIFY(second->diff.changes.empty()); // a fixture does not change
}

void TestProcessView::selectionIsSharedBetweenMapAndTable()
{
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    ProcessView view(source);
    view.resize(1400, 900);
    view.show();
    view.setRefreshInterval(0);
    view.showProcess(9946, QStringLiteral("zoo"));
    QTRY_VERIFY(view.hasSnapshot());
    QCOMPARE(view.snapshot()->vmas.size(), std::size_t(35));

    // A click on the map's block of [heap] (VMA 6) selects its row in the table.
    emit view.mapView()->vmaClicked(6);
    const QModelIndex current = view.table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(view.tableModel()->vmaIndexAt(view.tableIndexToModel(current)), 6);
    QCOMPARE(view.mapView()->selectedVma(), 6);

    // And the reverse: choosing the libc text row selects its block on the map.
    const QModelIndex libcText = view.modelIndexToTable(view.tableModel()->indexOfVma(18));
    QVERIFY(libcText.isValid());
    view.table()->setCurrentIndex(libcText);
    QCOMPARE(view.mapView()->selectedVma(), 18);

    // The map draws the selection where the table says the region is.
    const QRectF block = view.mapView()->vmaRect(18);
    QVERIFY(!block.isEmpty());
}

void TestProcessView::exitedProcessKeepsLastSnapshot()
{
    QProcess child;
    child.start(QStringLiteral("sleep"), { QStringLiteral("60") });
    QVERIFY(child.waitForStarted());
    const int pid = static_cast<int>(child.processId());

    auto source = std::make_shared<const ProcRootSource>("/proc");
    ProcessView view(source);
    view.setRefreshInterval(0);
    view.showProcess(pid, QStringLiteral("sleep"));
    QTRY_VERIFY_WITH_TIMEOUT(view.hasSnapshot(), 10000);
    const std::size_t regions = view.snapshot()->vmas.size();
    QVERIFY(regions > 5);
    QVERIFY(view.bannerText().isEmpty());

    child.kill();
    QVERIFY(child.waitForFinished());
    view.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!view.bannerText().isEmpty(), 10000);
    QVERIFY2(view.bannerText().contains(QStringLiteral("exited")), qPrintable(view.bannerText()));
    QVERIFY(view.bannerText().contains(QString::number(pid)));
    // The last snapshot stays on screen.
    QVERIFY(view.hasSnapshot());
    QCOMPARE(view.snapshot()->vmas.size(), regions);
    QCOMPARE(view.tableModel()->rowCount(), int(regions));
}

void TestProcessView::unknownProcessSaysSo()
{
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    ProcessView view(source);
    view.setRefreshInterval(0);
    view.showProcess(4242, QStringLiteral("ghost"));
    QTRY_VERIFY(!view.bannerText().isEmpty());
    QVERIFY(!view.hasSnapshot());
    QVERIFY2(view.bannerText().contains(QStringLiteral("exited")), qPrintable(view.bannerText()));
}

QTEST_MAIN(TestProcessView)
#include "tst_processview.moc"

// The table shows the model itself while its order is the model's own and nothing is filtered
// (a refresh then costs no proxy work); sorting, filtering or grouping goes through the proxy.
// Switching keeps the selection, the column widths and the hidden columns.
void TestProcessView::tableUsesTheProxyOnlyToSortOrFilter()
{
    auto source = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    ProcessView view(source);
    view.resize(1400, 900);
    view.show();
    view.setRefreshInterval(0);
    view.showProcess(9946, QStringLiteral("zoo"));
    QTRY_VERIFY(view.hasSnapshot());
    QAbstractItemModelTester tester(view.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    VmaTableSwitch* tableSwitch = view.tableSwitch();
    QVERIFY(tableSwitch->showsModelDirectly());
    QCOMPARE(view.table()->model()->rowCount(), 35);

    emit view.mapView()->vmaClicked(6); // [heap]
    QHeaderView* header = view.table()->header();
    header->resizeSection(VmaTableModel::Perms, 77);
    header->hideSection(VmaTableModel::Inode);
    auto selectedVma
        = [&] { return view.tableModel()->vmaIndexAt(view.tableIndexToModel(view.table()->currentIndex())); };
    QCOMPARE(selectedVma(), 6);

    // Sorting by Rss, descending: the proxy sorts, the selection stays on [heap].
    view.table()->sortByColumn(VmaTableModel::Rss, Qt::DescendingOrder);
    QVERIFY(!tableSwitch->showsModelDirectly());
    QCOMPARE(selectedVma(), 6);
    QCOMPARE(header->sectionSize(VmaTableModel::Perms), 77);
    QVERIFY(header->isSectionHidden(VmaTableModel::Inode));
    const QAbstractItemModel* shown = view.table()->model();
    for (int row = 1; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row - 1, VmaTableModel::Rss).data(VmaTableModel::SortRole).toULongLong()
            >= shown->index(row, VmaTableModel::Rss).data(VmaTableModel::SortRole).toULongLong());

    // Back to the model's order, then a text filter: the proxy filters.
    view.table()->sortByColumn(VmaTableModel::Start, Qt::AscendingOrder);
    QVERIFY(tableSwitch->showsModelDirectly());
    QCOMPARE(header->sortIndicatorSection(), int(VmaTableModel::Start));
    const auto filters = view.findChildren<QLineEdit*>();
    QLineEdit* tableFilter = nullptr;
    for (QLineEdit* edit : filters)
        if (edit->placeholderText().contains(QStringLiteral("Filter regions")))
            tableFilter = edit;
    QVERIFY(tableFilter);
    tableFilter->setText(QStringLiteral("libc"));
    QVERIFY(!tableSwitch->showsModelDirectly());
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < 35);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, VmaTableModel::Path).data().toString().contains(QStringLiteral("libc")));
    tableFilter->clear();
    QVERIFY(tableSwitch->showsModelDirectly());
    QCOMPARE(shown->rowCount(), 35);
    QCOMPARE(selectedVma(), 6);
    QCOMPARE(header->sectionSize(VmaTableModel::Perms), 77);
    QVERIFY(header->isSectionHidden(VmaTableModel::Inode));

    // A refresh while the model is shown directly merges into the same table.
    QSignalSpy refreshed(&view, &ProcessView::snapshotChanged);
    view.refreshNow();
    QTRY_COMPARE(refreshed.count(), 1);
    QVERIFY(tableSwitch->showsModelDirectly());
    QCOMPARE(selectedVma(), 6);
}
