// The process view as a user meets it: one selection across map, table and details, and a
// process that exits during a refresh keeping its last snapshot under a banner.
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "widgets/AddressMapView.h"
#include "widgets/ProcessView.h"
#include "widgets/VmaFilterProxy.h"
#include "widgets/VmaTableModel.h"

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
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(view.table()->model());
    QVERIFY(proxy);
    QCOMPARE(view.tableModel()->vmaIndexAt(proxy->mapToSource(current)), 6);
    QCOMPARE(view.mapView()->selectedVma(), 6);

    // And the reverse: choosing the libc text row selects its block on the map.
    const QModelIndex libcText = proxy->mapFromSource(view.tableModel()->indexOfVma(18));
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
