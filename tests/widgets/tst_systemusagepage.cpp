// The system-wide page ("who is using my RAM?"): its models stay valid Qt models and merge in
// place, the treemap tiles its area in proportion to PSS, and the page as a user meets it:
// tables filled from a fixture /proc, unreadable processes named, a mapping scan that can be
// cancelled without leaving the page stuck.
#include "GatedSource.h"
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "core/read/SystemReader.h"
#include "widgets/usage/MappingUsageModel.h"
#include "widgets/usage/ProcessUsageModel.h"
#include "widgets/usage/SystemAreaModel.h"
#include "widgets/usage/SystemUsagePage.h"
#include "widgets/usage/TreemapLayout.h"
#include "widgets/usage/UsageTreemap.h"
#include "widgets/usage/UserUsageModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

#include <condition_variable>
#include <mutex>
#include <set>
#include <unistd.h>

using namespace vmscope;

namespace {
const QString kLive = QStringLiteral("live-6.18-x86_64");

std::shared_ptr<const Source> liveSource()
{
    return std::make_shared<const ProcRootSource>(test::procRoot(kLive));
}

ProcessSummary process(int pid, const char* name, const char* user, std::uint64_t pss)
{
    ProcessSummary p;
    p.pid = pid;
    p.name = name;
    p.user = user;
    p.commandLine = std::string("/usr/bin/") + name;
    p.totals.fields.set(SmapsKey::Rss, pss * 2);
    p.totals.fields.set(SmapsKey::Pss, pss);
    p.totals.fields.set(SmapsKey::Pss_Anon, pss * 3 / 4);
    p.totals.fields.set(SmapsKey::Pss_File, pss - pss * 3 / 4);
    p.totals.fields.set(SmapsKey::Pss_Shmem, 0);
    p.totals.fields.set(SmapsKey::Private_Dirty, pss / 2);
    return p;
}

// A fixture /proc whose files can be made unreadable, or held back until the test says so:
// what a live system does when a process belongs to someone else, or a big process is slow.
class ControlledSource final : public test::GatedSource {
public:
    using GatedSource::GatedSource;
    ~ControlledSource() override { open(); }

    void deny(std::string relativePath) { m_denied.insert(std::move(relativePath)); }
    void holdSmaps()
    {
        std::lock_guard lock(m_mutex);
        m_held = true;
    }
    void open()
    {
        {
            std::lock_guard lock(m_mutex);
            m_held = false;
        }
        m_changed.notify_all();
    }
    bool someoneWaits() const { return m_waiting.load() > 0; }

protected:
    std::optional<Error> gate(std::string_view relativePath) const override
    {
        if (m_denied.count(std::string(relativePath)))
            return Error::fromErrno(displayPath(relativePath), EACCES, true);
        if (relativePath.size() > 6 && relativePath.substr(relativePath.size() - 6) == "/smaps") {
            std::unique_lock lock(m_mutex);
            ++m_waiting;
            m_changed.wait(lock, [this] { return !m_held; });
            --m_waiting;
        }
        return std::nullopt;
    }

private:
    std::set<std::string> m_denied;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    mutable std::atomic<int> m_waiting { 0 };
    bool m_held = false;
};

double area(const QRectF& r)
{
    return r.width() * r.height();
}

std::vector<double> numbers(const QString& text)
{
    std::vector<double> values;
    for (const QString& part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        values.push_back(part.toDouble());
    return values;
}

// Every rectangle of `rects` inside `bounds`, none overlapping another, all together covering
// `bounds` exactly, and each as large as its share of the total (within a pixel).
void verifyTiling(const std::vector<QRectF>& rects, const std::vector<double>& values, const QRectF& bounds)
{
    QCOMPARE(rects.size(), values.size());
    double total = 0;
    for (double v : values)
        total += v > 0 ? v : 0;
    double covered = 0;
    for (std::size_t i = 0; i < rects.size(); ++i) {
        if (values[i] <= 0) {
            QVERIFY2(rects[i].isEmpty(), "a zero value gets no rectangle");
            continue;
        }
        const QRectF& r = rects[i];
        QVERIFY2(r.left() >= bounds.left() - 1e-6 && r.top() >= bounds.top() - 1e-6
                && r.right() <= bounds.right() + 1e-6 && r.bottom() <= bounds.bottom() + 1e-6,
            qPrintable(QStringLiteral("rectangle %1 leaves the bounds").arg(i)));
        const double expected = area(bounds) * values[i] / total;
        QVERIFY2(std::abs(area(r) - expected) <= 1.0,
            qPrintable(QStringLiteral("rectangle %1: area %2, expected %3").arg(i).arg(area(r)).arg(expected)));
        covered += area(r);
        for (std::size_t j = i + 1; j < rects.size(); ++j) {
            const QRectF overlap = r.intersected(rects[j]);
            QVERIFY2(overlap.isEmpty() || area(overlap) < 1e-6,
                qPrintable(QStringLiteral("rectangles %1 and %2 overlap").arg(i).arg(j)));
        }
    }
    QVERIFY(std::abs(covered - area(bounds)) < 1e-6 * area(bounds) + 1e-6);
}
} // namespace

class TestSystemUsagePage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void processModelFromFixture();
    void userModelFromFixture();
    void mappingModelFromFixture();
    void systemAreas_data();
    void systemAreas();
    void percentOfMemTotal();
    void mergeKeepsRowsAndSelection();
    void mergeSignalsAreMinimal();
    void treemapLayout_data();
    void treemapLayout();
    void treemapWidgetNestsAndDrillsDown();
    void pageFillsTables();
    void pageNamesUnreadableProcesses();
    void cancelledScanLeavesPageUsable();
    void doubleClickOpensProcess();
};

void TestSystemUsagePage::processModelFromFixture()
{
    ProcessUsageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProcRootSource source(test::procRoot(kLive));
    model.merge(readProcessListing(source).processes);
    QCOMPARE(model.rowCount(), 3);
    const int row = model.rowOfPid(9946);
    QVERIFY(row >= 0);
    auto value = [&](int column) { return model.index(row, column).data(UsageTableModel::SortRole).toULongLong(); };
    // The kernel's smaps_rollup of 9946: Pss 5943, Rss 12252, Private_Clean 16 + Private_Dirty 332.
    QCOMPARE(value(ProcessUsageModel::Pss), 5943ull);
    QCOMPARE(value(ProcessUsageModel::Rss), 12252ull);
    QCOMPARE(value(ProcessUsageModel::Uss), 348ull);
    QCOMPARE(value(ProcessUsageModel::Swap), 0ull);
    QCOMPARE(model.index(row, ProcessUsageModel::Uss).data().toString(), QStringLiteral("348 KiB"));
    QCOMPARE(model.index(row, ProcessUsageModel::User).data().toString(), QStringLiteral("root"));
    QVERIFY(model.index(row, ProcessUsageModel::Command).data().toString().contains(QStringLiteral("zoo")));
    QCOMPARE(model.index(row, 0).data(UsageTableModel::KeyRole).toInt(), 9946);
    for (int column :
        { ProcessUsageModel::Uss, ProcessUsageModel::Pss, ProcessUsageModel::Rss, ProcessUsageModel::Swap })
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestSystemUsagePage::userModelFromFixture()
{
    UserUsageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProcRootSource source(test::procRoot(kLive));
    model.merge(usageByUser(readProcessListing(source)));
    QCOMPARE(model.rowCount(), 1);
    const int row = model.rowOfUser(QStringLiteral("root"));
    QCOMPARE(row, 0);
    QCOMPARE(model.index(row, UserUsageModel::Count).data().toULongLong(), 3ull);
    // 5943 + 5444 + 27376 kB of PSS; USS 348 + 64 + 27012.
    QCOMPARE(model.index(row, UserUsageModel::Pss).data(UsageTableModel::SortRole).toULongLong(), 38763ull);
    QCOMPARE(model.index(row, UserUsageModel::Uss).data(UsageTableModel::SortRole).toULongLong(), 27424ull);

    // A second user appears and the first one's figures change: merged, never reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QPersistentModelIndex root(model.index(row, UserUsageModel::User));
    UserUsage alice;
    alice.user = "alice";
    alice.processCount = 2;
    alice.pss = 100;
    UserUsage rootUsage;
    rootUsage.user = "root";
    rootUsage.uid = 0;
    rootUsage.processCount = 4;
    rootUsage.pss = 5;
    model.merge({ rootUsage, alice });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(reset.count(), 0);
    QVERIFY(root.isValid());
    QCOMPARE(root.data().toString(), QStringLiteral("root"));
    QCOMPARE(model.index(root.row(), UserUsageModel::Count).data().toULongLong(), 4ull);
}

void TestSystemUsagePage::mappingModelFromFixture()
{
    MappingUsageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProcRootSource source(test::procRoot(kLive));
    const MappingScan scan = scanMappings(source, { 9946, 9950, 10162 });
    QVERIFY(!scan.cancelled);
    QVERIFY(!scan.mappings.empty());
    model.merge(scan.mappings);
    QCOMPARE(model.rowCount(), static_cast<int>(scan.mappings.size()));

    // Every row shows the scan's figures, and its average is PSS over the processes mapping it.
    bool sharedByTwo = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const MappingUsage* m = model.mappingAt(row);
        QVERIFY(m);
        QCOMPARE(model.index(row, MappingUsageModel::Pids).data().toULongLong(), qulonglong(m->pids.size()));
        QCOMPARE(model.index(row, MappingUsageModel::Pss).data(UsageTableModel::SortRole).toULongLong(), m->pss);
        QCOMPARE(model.index(row, MappingUsageModel::AveragePss).data(UsageTableModel::SortRole).toULongLong(),
            static_cast<qulonglong>(double(m->pss) / double(m->pids.size()) + 0.5));
        QVERIFY(model.index(row, MappingUsageModel::Pids)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString::number(m->pids.front())));
        sharedByTwo = sharedByTwo || m->pids == std::vector<int> { 9946, 9950 };
    }
    // zoo and its forked child map the same executable and libraries.
    QVERIFY(sharedByTwo);

    // Scanning again with the same figures changes nothing; one mapping going away removes one row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.merge(scan.mappings);
    QCOMPARE(changed.count(), 0);
    std::vector<MappingUsage> fewer = scan.mappings;
    fewer.erase(fewer.begin());
    model.merge(fewer);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), static_cast<int>(fewer.size()));
}

void TestSystemUsagePage::systemAreas_data()
{
    QTest::addColumn<int>("area");
    QTest::addColumn<int>("column");
    QTest::addColumn<qulonglong>("expected");
    // The fixture's meminfo: MemTotal 24684084, MemFree 23162584, AnonPages 18264, Mapped 11064,
    // Buffers 22864, Cached 1235804, SReclaimable 143228 (kB). No installed RAM given: MemTotal.
    QTest::newRow("firmware: none beyond MemTotal") << 0 << int(SystemAreaModel::Used) << 0ull;
    QTest::newRow("userspace = AnonPages + Mapped") << 3 << int(SystemAreaModel::Used) << 29328ull;
    QTest::newRow("userspace cache = Mapped") << 3 << int(SystemAreaModel::Cache) << 11064ull;
    QTest::newRow("userspace non-cache = AnonPages") << 3 << int(SystemAreaModel::NonCache) << 18264ull;
    QTest::newRow("kernel = MemTotal - MemFree - userspace") << 2 << int(SystemAreaModel::Used) << 1492172ull;
    QTest::newRow("kernel cache = Buffers + SReclaimable + Cached - Mapped")
        << 2 << int(SystemAreaModel::Cache) << 1390832ull;
    QTest::newRow("free = MemFree") << 4 << int(SystemAreaModel::Used) << 23162584ull;
}

void TestSystemUsagePage::systemAreas()
{
    QFETCH(int, area);
    QFETCH(int, column);
    QFETCH(qulonglong, expected);
    SystemAreaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProcRootSource source(test::procRoot(kLive));
    const auto memInfo = readMemInfo(source);
    QVERIFY(memInfo.ok());
    const auto areas = vmscope::systemAreas(*memInfo);
    QVERIFY(areas.ok());
    model.merge(*areas);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(area, column).data(UsageTableModel::SortRole).toULongLong(), expected);
    QVERIFY(!model.index(area, SystemAreaModel::Area).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.index(area, SystemAreaModel::Area).data().toString().isEmpty());
}

void TestSystemUsagePage::percentOfMemTotal()
{
    ProcessUsageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge({ process(1, "a", "root", 250), process(2, "b", "root", 1000) });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    const int row = model.rowOfPid(1);
    QCOMPARE(model.index(row, ProcessUsageModel::Pss).data().toString(), QStringLiteral("250 KiB"));

    model.setPercentOf(1000, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(header.count(), 1);
    QCOMPARE(model.index(row, ProcessUsageModel::Pss).data().toString(), QLocale().toString(25.0, 'f', 2));
    QVERIFY(model.headerData(ProcessUsageModel::Pss, Qt::Horizontal).toString().contains(QLatin1Char('%')));
    // Sorting still uses kB, and the tooltip keeps the exact size.
    QCOMPARE(model.index(row, ProcessUsageModel::Pss).data(UsageTableModel::SortRole).toULongLong(), 250ull);
    QVERIFY(
        model.index(row, ProcessUsageModel::Pss).data(Qt::ToolTipRole).toString().contains(QStringLiteral("250 KiB")));

    // Without a total (meminfo unreadable) there is nothing to divide by: sizes stay.
    model.setPercentOf(0, true);
    QVERIFY(!model.showsPercent());
    QCOMPARE(model.index(row, ProcessUsageModel::Pss).data().toString(), QStringLiteral("250 KiB"));
}

void TestSystemUsagePage::mergeKeepsRowsAndSelection()
{
    ProcessUsageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(UsageTableModel::SortRole);
    proxy.sort(ProcessUsageModel::Pss, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);
    model.merge({ process(1, "init", "root", 100), process(5, "a", "alice", 200), process(9, "b", "bob", 300) });
    const QModelIndex b = proxy.mapFromSource(model.index(model.rowOfPid(9), 0));
    selection.select(b, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(b, QItemSelectionModel::NoUpdate);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // 5 exits, 3 and 12 start, 9 grows and 1 shrinks: the rows move under the sort.
    model.merge({ process(12, "d", "root", 1), process(1, "init", "root", 50), process(3, "c", "alice", 5000),
        process(9, "b", "bob", 900) });
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfPid(5), -1);
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.front().data(UsageTableModel::KeyRole).toInt(), 9);
    QCOMPARE(selection.currentIndex().data(UsageTableModel::KeyRole).toInt(), 9);
    QCOMPARE(proxy.index(0, 0).data(UsageTableModel::KeyRole).toInt(), 3); // re-sorted by PSS
}

void TestSystemUsagePage::mergeSignalsAreMinimal()
{
    ProcessUsageModel model;
    model.merge({ process(1, "a", "root", 1), process(2, "b", "root", 2), process(3, "c", "root", 3),
        process(4, "d", "root", 4) });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.merge({ process(1, "a", "root", 1), process(2, "b", "root", 20), process(3, "c", "root", 30),
        process(4, "d", "root", 4) });
    QCOMPARE(changed.count(), 1); // rows 1 and 2 in one range
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    model.merge({ process(1, "a", "root", 1), process(4, "d", "root", 4) });
    QCOMPARE(removed.count(), 1);
    model.merge({ process(1, "a", "root", 1), process(2, "x", "root", 1), process(3, "y", "root", 1),
        process(4, "d", "root", 4) });
    QCOMPARE(inserted.count(), 1);
}

void TestSystemUsagePage::treemapLayout_data()
{
    QTest::addColumn<QString>("values");
    QTest::addColumn<QRectF>("bounds");
    QTest::newRow("one") << QStringLiteral("42") << QRectF(0, 0, 300, 200);
    QTest::newRow("Bruls et al. example") << QStringLiteral("6 6 4 3 2 2 1") << QRectF(0, 0, 600, 400);
    QTest::newRow("sixteen equal in a square")
        << QStringLiteral("1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1") << QRectF(10, 20, 400, 400);
    QTest::newRow("unsorted with zeros") << QStringLiteral("3 0 10 1 0 7 2") << QRectF(5, 5, 640, 360);
    QTest::newRow("one giant, many tiny") << QStringLiteral("100000 1 1 1 1 1 2 3") << QRectF(0, 0, 800, 500);
    QTest::newRow("tall strip") << QStringLiteral("5 4 3 2 1") << QRectF(0, 0, 40, 900);
    QTest::newRow("kB of real processes")
        << QStringLiteral("27376 5943 5444 1200 880 412 96 12") << QRectF(2, 30, 731, 517);
}

void TestSystemUsagePage::treemapLayout()
{
    QFETCH(QString, values);
    QFETCH(QRectF, bounds);
    const std::vector<double> v = numbers(values);
    const std::vector<QRectF> rects = squarifiedLayout(v, bounds);
    verifyTiling(rects, v, bounds);
    if (QTest::currentDataTag() == QByteArray("sixteen equal in a square")) {
        // Squarified: equal values in a square become squares, not slivers.
        for (const QRectF& r : rects)
            QVERIFY(std::abs(r.width() - r.height()) < 1e-6);
    }
}

void TestSystemUsagePage::treemapWidgetNestsAndDrillsDown()
{
    UsageTreemap treemap;
    treemap.resize(700, 500);
    treemap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&treemap));
    treemap.setProcesses({ process(1, "init", "root", 4000), process(20, "firefox", "alice", 90000),
        process(21, "thunderbird", "alice", 30000), process(30, "postgres", "bob", 20000),
        process(31, "idle", "bob", 0) });

    const auto& cells = treemap.cells();
    std::vector<double> userValues;
    std::vector<QRectF> userRects;
    for (const auto& cell : cells)
        if (cell.level == UsageTreemap::Level::User) {
            userValues.push_back(double(cell.pss));
            userRects.push_back(cell.rect);
        }
    QCOMPARE(userRects.size(), std::size_t(3));
    verifyTiling(userRects, userValues, treemap.mapArea());

    // Each process sits inside its user's block; a process without PSS gets no rectangle.
    QSet<int> pids;
    for (const auto& cell : cells) {
        if (cell.level != UsageTreemap::Level::Process)
            continue;
        pids.insert(cell.pid);
        const auto owner = std::find_if(cells.begin(), cells.end(),
            [&](const UsageTreemap::Cell& c) { return c.level == UsageTreemap::Level::User && c.user == cell.user; });
        QVERIFY(owner != cells.end());
        QVERIFY(owner->rect.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(cell.rect));
    }
    QCOMPARE(pids, (QSet<int> { 1, 20, 21, 30 }));

    // A click on a process selects it; a click on a user's title zooms into that user.
    QSignalSpy clicked(&treemap, &UsageTreemap::processClicked);
    const auto firefox = std::find_if(cells.begin(), cells.end(),
        [](const UsageTreemap::Cell& c) { return c.level == UsageTreemap::Level::Process && c.pid == 20; });
    QTest::mouseClick(&treemap, Qt::LeftButton, {}, firefox->rect.center().toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 20);
    QCOMPARE(treemap.selectedPid(), 20);

    const auto alice = std::find_if(cells.begin(), cells.end(), [](const UsageTreemap::Cell& c) {
        return c.level == UsageTreemap::Level::User && c.user == QLatin1String("alice");
    });
    QVERIFY(!alice->titleRect.isEmpty());
    QTest::mouseClick(&treemap, Qt::LeftButton, {}, alice->titleRect.center().toPoint());
    QCOMPARE(treemap.zoomedUser(), QStringLiteral("alice"));
    std::vector<double> zoomedValues;
    std::vector<QRectF> zoomedRects;
    for (const auto& cell : treemap.cells()) {
        QVERIFY(cell.level != UsageTreemap::Level::User);
        QCOMPARE(cell.user, QStringLiteral("alice"));
        if (cell.level == UsageTreemap::Level::Process) {
            zoomedValues.push_back(double(cell.pss));
            zoomedRects.push_back(cell.rect);
        }
    }
    verifyTiling(zoomedRects, zoomedValues, treemap.mapArea());
    QTest::keyClick(&treemap, Qt::Key_Backspace);
    QVERIFY(treemap.zoomedUser().isEmpty());
}

void TestSystemUsagePage::pageFillsTables()
{
    SystemUsagePage page(liveSource());
    page.resize(1400, 800);
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(page.processModel()->rowCount(), 3, 30000);
    QCOMPARE(page.userModel()->rowCount(), 1);
    QCOMPARE(page.systemModel()->rowCount(), 5);
    QVERIFY(page.bannerText().isEmpty()); // every fixture process is readable
    // A fixture folder is another machine: its installed RAM is not read from this one's /sys.
    QVERIFY(page.systemStatus().contains(QStringLiteral("MemTotal")));
    QCOMPARE(page.treemap()->cells().empty(), false);

    // The percentage toggle reaches every table.
    page.setShowPercent(true);
    QVERIFY(page.processModel()->showsPercent());
    QVERIFY(page.systemModel()->showsPercent());
    page.setShowPercent(false);

    QCOMPARE(page.mappingModel()->rowCount(), 0);
    page.showView(SystemUsagePage::ByMapping);
    page.startMappingScan();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanningMappings(), 30000);
    QTRY_VERIFY(page.mappingModel()->rowCount() > 0);
    QVERIFY2(page.mappingScanStatus().contains(QStringLiteral("3 process(es)")), qPrintable(page.mappingScanStatus()));
}

void TestSystemUsagePage::pageNamesUnreadableProcesses()
{
    auto source = std::make_shared<ControlledSource>(test::procRoot(kLive));
    source->deny("10162/smaps_rollup");
    source->deny("10162/smaps");
    SystemUsagePage page(source);
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(page.processModel()->rowCount(), 2, 30000);
    QTRY_VERIFY(!page.bannerText().isEmpty());
    const QString banner = page.bannerText();
    // Root is told that even root cannot read it; anybody else is told how to see it all.
    QVERIFY2(banner.contains(::geteuid() == 0 ? QStringLiteral("1 process(es) could not be read")
                                              : QStringLiteral("1 process(es) of other users")),
        qPrintable(banner));
    QVERIFY2(
        banner.contains(::geteuid() == 0 ? QStringLiteral("Even root") : QStringLiteral("sudo")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("qtplot")), qPrintable(banner));
    QCOMPARE(page.processModel()->rowOfPid(10162), -1);
}

void TestSystemUsagePage::cancelledScanLeavesPageUsable()
{
    auto source = std::make_shared<ControlledSource>(test::procRoot(kLive));
    SystemUsagePage page(source);
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(page.processModel()->rowCount(), 3, 30000);
    page.showView(SystemUsagePage::ByMapping);

    // The scan stops in the middle of reading a process's smaps, as on a busy machine.
    source->holdSmaps();
    page.startMappingScan();
    QTRY_VERIFY_WITH_TIMEOUT(source->someoneWaits(), 30000);
    QVERIFY(page.isScanningMappings());
    // The page keeps working while the scan's worker is stuck: the GUI thread never waits for it.
    QSignalSpy refreshed(&page, &SystemUsagePage::refreshed);
    page.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 30000);
    QVERIFY(page.isScanningMappings());
    page.cancelMappingScan();
    QVERIFY(page.mappingScanStatus().contains(QStringLiteral("Cancelling")));
    source->open();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanningMappings(), 30000);
    QVERIFY2(page.mappingScanStatus().contains(QStringLiteral("cancelled")), qPrintable(page.mappingScanStatus()));
    QCOMPARE(page.mappingModel()->rowCount(), 0);

    // And it scans again, to the end this time.
    page.startMappingScan();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanningMappings(), 30000);
    QVERIFY(page.mappingModel()->rowCount() > 0);
    QVERIFY(!page.mappingScanStatus().contains(QStringLiteral("cancelled")));
}

void TestSystemUsagePage::doubleClickOpensProcess()
{
    SystemUsagePage page(liveSource());
    page.resize(1400, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE_WITH_TIMEOUT(page.processModel()->rowCount(), 3, 30000);
    QSignalSpy open(&page, &SystemUsagePage::openProcess);
    QTableView* table = page.processTable();
    const QModelIndex first = table->model()->index(0, 0);
    const QRect cell = table->visualRect(first);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.count(), 1);
    // Sorted by PSS, largest first: qtplot (27376 kB).
    QCOMPARE(open.at(0).at(0).toInt(), 10162);
    // Selecting the row marks the process in the treemap too.
    QCOMPARE(page.treemap()->selectedPid(), 10162);
}

QTEST_MAIN(TestSystemUsagePage)
#include "tst_systemusagepage.moc"
