// The process view as a user meets it: one selection across map, table and details, and a
// process that exits during a refresh keeping its last snapshot under a banner.
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "widgets/process/AddressMapView.h"
#include "widgets/process/ProcessView.h"
#include "widgets/process/VmaFilterProxy.h"
#include "widgets/process/VmaTableModel.h"
#include "widgets/process/VmaTableSwitch.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QTreeView>
#include <QtTest>

using namespace vmscope;

class TestProcessView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void selectionIsSharedBetweenMapAndTable();
    void exitedProcessKeepsLastSnapshot();
    void unknownProcessSaysSo();
    void tableUsesTheProxyOnlyToSortOrFilter();
};

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
