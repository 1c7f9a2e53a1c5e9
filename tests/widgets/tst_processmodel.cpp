// The process list model: merges refreshes in place and stays a valid Qt model.
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "widgets/processlist/ProcessTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace vmscope;

namespace {
ProcessSummary process(int pid, const char* name, std::uint64_t rss)
{
    ProcessSummary p;
    p.pid = pid;
    p.name = name;
    p.user = "root";
    p.commandLine = std::string("/usr/bin/") + name;
    p.totals.fields.set(SmapsKey::Rss, rss);
    p.totals.fields.set(SmapsKey::Pss, rss / 2);
    p.totals.fields.set(SmapsKey::Private_Dirty, rss / 4);
    p.vmaCount = 10;
    return p;
}

ProcessListing listing(std::vector<ProcessSummary> processes)
{
    ProcessListing l;
    l.processes = std::move(processes);
    return l;
}
} // namespace

class TestProcessModel : public QObject {
    Q_OBJECT
private slots:
    void fixtureListing();
    void mergeKeepsRowsAndPersistentIndexes();
    void mergeSignalsAreMinimal();
    void unreadableAreKept();
    void sortsByNumbersNotText();
};

void TestProcessModel::fixtureListing()
{
    ProcessTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProcRootSource source(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    const ProcessListing l = readProcessListing(source);
    QCOMPARE(l.processes.size(), std::size_t(3));
    model.merge(l);
    QCOMPARE(model.rowCount(), 3);
    const int row = model.rowOfPid(9946);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ProcessTableModel::Name).data().toString(), QStringLiteral("zoo"));
    QCOMPARE(model.index(row, ProcessTableModel::Pss).data(ProcessTableModel::SortRole).toULongLong(), 5943ull);
    QCOMPARE(model.index(row, ProcessTableModel::Uss).data().toString(), QStringLiteral("348 KiB"));
    QCOMPARE(model.index(row, ProcessTableModel::Vmas).data().toULongLong(), 35ull);
    QVERIFY(!model.headerData(ProcessTableModel::Pss, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestProcessModel::mergeKeepsRowsAndPersistentIndexes()
{
    ProcessTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge(listing({ process(1, "init", 100), process(5, "a", 200), process(9, "b", 300) }));
    const QPersistentModelIndex b(model.index(model.rowOfPid(9), ProcessTableModel::Name));
    QCOMPARE(b.data().toString(), QStringLiteral("b"));

    // 5 exits, 3 and 12 start, 9 grows.
    model.merge(listing({ process(12, "d", 1), process(1, "init", 100), process(3, "c", 50), process(9, "b", 900) }));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(b.isValid());
    QCOMPARE(b.data().toString(), QStringLiteral("b"));
    QCOMPARE(model.index(b.row(), ProcessTableModel::Rss).data(ProcessTableModel::SortRole).toULongLong(), 900ull);
    QCOMPARE(model.rowOfPid(5), -1);
    QCOMPARE(model.rowOfPid(3), 1);
    QCOMPARE(model.rowOfPid(12), 3);

    model.merge(listing({}));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!b.isValid());
}

void TestProcessModel::mergeSignalsAreMinimal()
{
    ProcessTableModel model;
    model.merge(listing({ process(1, "a", 1), process(2, "b", 2), process(3, "c", 3), process(4, "d", 4) }));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // Nothing changed: no signal at all.
    model.merge(listing({ process(1, "a", 1), process(2, "b", 2), process(3, "c", 3), process(4, "d", 4) }));
    QCOMPARE(changed.count(), 0);

    // Two adjacent rows change: one contiguous dataChanged.
    model.merge(listing({ process(1, "a", 1), process(2, "b", 20), process(3, "c", 30), process(4, "d", 4) }));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);

    // Two adjacent processes exit: one removal of two rows.
    model.merge(listing({ process(1, "a", 1), process(4, "d", 4) }));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    model.merge(listing({ process(1, "a", 1), process(2, "x", 1), process(3, "y", 1), process(4, "d", 4) }));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestProcessModel::unreadableAreKept()
{
    ProcessTableModel model;
    ProcessListing l = listing({ process(1, "a", 1) });
    UnreadableProcess u;
    u.pid = 77;
    u.name = "sshd";
    u.user = "root";
    u.error = Error::fromErrno("/proc/77/smaps_rollup", EACCES, true);
    l.unreadable.push_back(u);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge(l);
    QCOMPARE(model.unreadableCount(), std::size_t(1));
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOfPid(77);
    QVERIFY(row >= 0);
    QVERIFY(!model.processAt(row));
    QCOMPARE(model.errorAt(row)->kind, ErrorKind::PermissionDenied);
    QVERIFY(!model.index(row, 0).data(ProcessTableModel::ReadableRole).toBool());
    // Greyed, named, and saying why where the command would be.
    QCOMPARE(model.index(row, ProcessTableModel::Name).data().toString(), QStringLiteral("sshd"));
    QVERIFY(model.index(row, ProcessTableModel::Name).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(row, ProcessTableModel::Command).data().toString().startsWith(QStringLiteral("not readable")));
    QVERIFY(model.index(row, ProcessTableModel::Name).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("permission denied")));
    QVERIFY(!model.index(row, ProcessTableModel::Rss).data().isValid());

    // It becomes readable (e.g. vmscope now runs as root): the same row turns normal.
    ProcessListing readable = listing({ process(1, "a", 1), process(77, "sshd", 5) });
    model.merge(readable);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.unreadableCount(), std::size_t(0));
    QVERIFY(model.processAt(model.rowOfPid(77)));
}

void TestProcessModel::sortsByNumbersNotText()
{
    ProcessTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ProcessTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // "900 KiB" sorts after "1.5 MiB" as text; as numbers it must come first.
    model.merge(listing({ process(1, "a", 900), process(2, "b", 1536), process(3, "c", 10) }));
    proxy.sort(ProcessTableModel::Rss, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ProcessTableModel::Pid).data().toInt(), 3);
    QCOMPARE(proxy.index(1, ProcessTableModel::Pid).data().toInt(), 1);
    QCOMPARE(proxy.index(2, ProcessTableModel::Pid).data().toInt(), 2);
}

QTEST_MAIN(TestProcessModel)
#include "tst_processmodel.moc"
