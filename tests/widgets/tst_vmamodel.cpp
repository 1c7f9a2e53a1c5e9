// The VMA table: columns and values over fixtures, flat and grouped, merging refreshes in
// place with change highlights, and the sort/filter proxy.
#include "TestData.h"

#include "core/analysis/Classifier.h"
#include "core/io/ProcRootSource.h"
#include "core/read/ProcessReader.h"
#include "widgets/common/KindColors.h"
#include "widgets/process/VmaFilterProxy.h"
#include "widgets/process/VmaSortProxy.h"
#include "widgets/process/VmaTableModel.h"
#include "widgets/process/VmaTableSwitch.h"
#include "FixtureMaps.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QtTest>

using namespace vmscope;

namespace {
constexpr std::uint64_t kHeapStart = 0x55ac800c9000;
constexpr std::uint64_t kStackStart = 0x7ffe1de39000;
constexpr std::uint64_t kLibcTextStart = 0x7fdfc07b6000;
constexpr std::uint64_t kGuardStart = 0x7fdfbcf1a000; // ---p below a thread stack
constexpr std::uint64_t kNewStart = 0x600000000000; // in a gap of the zoo's map

std::size_t vmaIndexOf(const MemoryMap& map, std::uint64_t start)
{
    for (std::size_t i = 0; i < map.vmas.size(); ++i)
        if (map.vmas[i].start == start)
            return i;
    qFatal("no VMA at %llx", static_cast<unsigned long long>(start));
}

// The zoo one refresh later: the guard below a thread stack is unmapped, a 64 KiB anonymous
// mapping appears, the heap's Rss grows and the stack grows by a page.
std::shared_ptr<MemoryMap> zooRefreshed(const MemoryMap& before)
{
    auto map = std::make_shared<MemoryMap>(before);
    map->vmas.erase(map->vmas.begin() + static_cast<long>(vmaIndexOf(*map, kGuardStart)));
    Vma fresh;
    fresh.start = kNewStart;
    fresh.end = kNewStart + 0x10000;
    fresh.perms = Permissions { true, true, false, false };
    fresh.fields.set(SmapsKey::Size, 64);
    fresh.fields.set(SmapsKey::Rss, 4);
    fresh.fields.set(SmapsKey::Private_Dirty, 4);
    fresh.flags.add("rd");
    fresh.flags.add("wr");
    const auto pos = std::lower_bound(
        map->vmas.begin(), map->vmas.end(), kNewStart, [](const Vma& v, std::uint64_t s) { return v.start < s; });
    map->vmas.insert(pos, fresh);
    Vma& heap = map->vmas[vmaIndexOf(*map, kHeapStart)];
    heap.fields.set(SmapsKey::Rss, 96);
    Vma& stack = map->vmas[vmaIndexOf(*map, kStackStart)];
    stack.end += 0x1000;
    stack.fields.set(SmapsKey::Size, stack.fields.get(SmapsKey::Size) + 4);
    classifyRegions(map->vmas);
    return map;
}

QModelIndex groupRow(const QAbstractItemModel& model, const QString& path)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, VmaTableModel::Path);
        if (index.data().toString() == path)
            return index.siblingAtColumn(0);
    }
    return {};
}

QDateTime t0()
{
    return QDateTime(QDate(2025, 1, 2), QTime(10, 0, 0), Qt::UTC);
}
} // namespace

class TestVmaModel : public QObject {
    Q_OBJECT
private slots:
    void columnsAreStable();
    void zooValues();
    void bigProcessAndHeaders();
    void historicSmapsHasFewerKeys();
    void sortsByRssNumerically();
    void groupedByMapping();
    void mergeFlat();
    void mergeSignalsAreMinimal();
    void diffFromWorkerMergesTheSame();
    void mergeGrouped();
    void newExtraKeyAddsAColumn();
    void otherPidResets();
    void highlightsFadeAndExpire();
    void switchingModes();
    void filterByText_data();
    void filterByText();
    void filterByKind();
    void filterByVmaIndices();
    void filterGrouped();
    void largeMapMergesQuickly();
    void sortProxyOrdersAsTheFilterProxy_data();
    void sortProxyOrdersAsTheFilterProxy();
    void sortProxyFollowsMerges();
    void switchChoosesTheSource();
};

void TestVmaModel::columnsAreStable()
{
    VmaTableModel model;
    QCOMPARE(VmaTableModel::defaultColumns(),
        (QList<int> { VmaTableModel::Start, VmaTableModel::End, VmaTableModel::Size, VmaTableModel::Perms,
            VmaTableModel::Kind, VmaTableModel::Rss, VmaTableModel::Pss, VmaTableModel::Uss, VmaTableModel::Swap,
            VmaTableModel::Path }));
    QCOMPARE(VmaTableModel::smapsColumn(SmapsKey::Rss), int(VmaTableModel::Rss));
    QCOMPARE(model.columnCount(), VmaTableModel::FixedColumnCount + int(kSmapsKeyCount));
    QCOMPARE(model.columnKey(VmaTableModel::Rss), QStringLiteral("Rss"));
    QCOMPARE(model.columnKey(VmaTableModel::Uss), QStringLiteral("uss"));
    QCOMPARE(model.columnKey(VmaTableModel::smapsColumn(SmapsKey::ProtectionKey)), QStringLiteral("ProtectionKey"));
    QCOMPARE(model.columnOfKey(QStringLiteral("Pss_Dirty")), VmaTableModel::smapsColumn(SmapsKey::Pss_Dirty));
    QCOMPARE(model.columnOfKey(QStringLiteral("path")), int(VmaTableModel::Path));
    QCOMPARE(model.columnOfKey(QStringLiteral("nonsense")), -1);
    // Every column has a distinct key, so settings can name them.
    QSet<QString> keys;
    for (int c = 0; c < model.columnCount(); ++c)
        keys.insert(model.columnKey(c));
    QCOMPARE(keys.size(), model.columnCount());
}

void TestVmaModel::zooValues()
{
    VmaTableModel model;
    model.setAnimateHighlights(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto map = test::zooMap();
    model.setMemoryMap(map);
    QCOMPARE(model.rowCount(), 35);
    QCOMPARE(model.columnCount(), VmaTableModel::FirstExtraColumn);

    const QModelIndex heap = model.indexOfStart(kHeapStart);
    QVERIFY(heap.isValid());
    auto cell = [&](int column, int role = Qt::DisplayRole) { return heap.siblingAtColumn(column).data(role); };
    QCOMPARE(cell(VmaTableModel::Rss, VmaTableModel::SortRole).toULongLong(), 72ull);
    QCOMPARE(cell(VmaTableModel::Uss, VmaTableModel::SortRole).toULongLong(), 8ull);
    QCOMPARE(cell(VmaTableModel::Rss).toString(), QStringLiteral("72 KiB"));
    QCOMPARE(cell(VmaTableModel::Size).toString(), QStringLiteral("132 KiB"));
    QCOMPARE(cell(VmaTableModel::Start).toString(), QStringLiteral("0x55ac800c9000"));
    QCOMPARE(cell(VmaTableModel::End).toString(), QStringLiteral("0x55ac800ea000"));
    QCOMPARE(cell(VmaTableModel::Perms).toString(), QStringLiteral("rw-p"));
    QCOMPARE(cell(VmaTableModel::Path).toString(), QStringLiteral("[heap]"));
    QCOMPARE(cell(VmaTableModel::Kind).toString(), QStringLiteral("heap (brk)"));
    QCOMPARE(cell(VmaTableModel::Flags).toString(), QStringLiteral("rd wr mr mw me ac"));
    QCOMPARE(cell(VmaTableModel::smapsColumn(SmapsKey::THPeligible)).toString(), QStringLiteral("0"));
    QCOMPARE(cell(VmaTableModel::smapsColumn(SmapsKey::Pss_Dirty)).toString(), QStringLiteral("40 KiB"));
    // Keys this kernel does not print for a VMA (rollup-only Pss_Anon) stay empty, not 0.
    QVERIFY(!cell(VmaTableModel::smapsColumn(SmapsKey::Pss_Anon)).isValid());
    QCOMPARE(cell(VmaTableModel::Start, VmaTableModel::StartAddressRole).toULongLong(), kHeapStart);
    QCOMPARE(cell(VmaTableModel::Start, VmaTableModel::VmaIndexRole).toInt(), int(vmaIndexOf(*map, kHeapStart)));
    QCOMPARE(cell(VmaTableModel::Start, VmaTableModel::KindRole).toInt(), int(RegionKind::Heap));
    QVERIFY(!cell(VmaTableModel::Path, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!cell(VmaTableModel::Start, Qt::BackgroundRole).isValid()); // the first load highlights nothing
    QCOMPARE(cell(VmaTableModel::Kind, Qt::DecorationRole).value<QColor>(), kindColor(RegionKind::Heap));
    QVERIFY(!cell(VmaTableModel::Path, Qt::DecorationRole).isValid());
    QCOMPARE(model.vmaAt(heap), &map->vmas[vmaIndexOf(*map, kHeapStart)]);
    QCOMPARE(model.indexOfVma(int(vmaIndexOf(*map, kHeapStart))), heap);

    // A deleted file keeps its name and says so; the reason is a sentence.
    const QModelIndex deleted = model.indexOfStart(0x7fdfbdf54000);
    QCOMPARE(deleted.siblingAtColumn(VmaTableModel::Path).data().toString(),
        QStringLiteral("/srv/data/deleted.bin (deleted)"));
    const QModelIndex bss = model.indexOfStart(0x55ac7533f000);
    QVERIFY(bss.siblingAtColumn(VmaTableModel::Reason).data().toString().contains(QStringLiteral("zoo")));
    QCOMPARE(bss.siblingAtColumn(VmaTableModel::Kind).data(VmaTableModel::KindRole).toInt(), int(RegionKind::Bss));
    QVERIFY(!model.index(0, VmaTableModel::Start).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestVmaModel::bigProcessAndHeaders()
{
    VmaTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemoryMap(test::fixtureMap(QStringLiteral("live-6.18-x86_64"), 10162));
    QCOMPARE(model.rowCount(), 323);
    QCOMPARE(model.headerData(VmaTableModel::Rss, Qt::Horizontal).toString(), QStringLiteral("Rss"));
    QCOMPARE(model.headerData(VmaTableModel::Rss, Qt::Horizontal, Qt::ToolTipRole).toString(),
        QString::fromLatin1(smapsKeyExplanation("Rss").data()));
    QCOMPARE(model.headerData(VmaTableModel::Uss, Qt::Horizontal, Qt::ToolTipRole).toString(),
        QString::fromLatin1(smapsKeyExplanation("Uss").data()));
    for (int c = 0; c < model.columnCount(); ++c) {
        QVERIFY2(!model.headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
        QVERIFY2(
            !model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(), qPrintable(QString::number(c)));
    }
    // Every row answers every column without crashing; addresses ascend.
    quint64 previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int c = 0; c < model.columnCount(); ++c)
            model.index(row, c).data();
        const quint64 start = model.index(row, 0).data(VmaTableModel::StartAddressRole).toULongLong();
        QVERIFY(start > previous);
        previous = start;
    }
}

void TestVmaModel::historicSmapsHasFewerKeys()
{
    VmaTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemoryMap(test::fixtureMap(QStringLiteral("historic/2.6.27-smaps"), 2012));
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.siblingAtColumn(VmaTableModel::Rss).data(VmaTableModel::SortRole).toULongLong(), 12ull);
    QCOMPARE(first.siblingAtColumn(VmaTableModel::Uss).data(VmaTableModel::SortRole).toULongLong(), 0ull);
    QVERIFY(!first.siblingAtColumn(VmaTableModel::smapsColumn(SmapsKey::Anonymous)).data().isValid());
    QVERIFY(!first.siblingAtColumn(VmaTableModel::smapsColumn(SmapsKey::Pss_Dirty)).data().isValid());
    QCOMPARE(first.siblingAtColumn(VmaTableModel::Flags).data().toString(), QString());
    QCOMPARE(first.siblingAtColumn(VmaTableModel::Start).data().toString(), QStringLiteral("0x00110000"));
}

void TestVmaModel::sortsByRssNumerically()
{
    VmaTableModel model;
    VmaFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemoryMap(test::zooMap());
    proxy.sort(VmaTableModel::Rss, Qt::DescendingOrder);
    quint64 previous = std::numeric_limits<quint64>::max();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const quint64 rss = proxy.index(row, VmaTableModel::Rss).data(VmaTableModel::SortRole).toULongLong();
        QVERIFY2(rss <= previous, qPrintable(QString::number(row)));
        previous = rss;
    }
    // libc's text (808 KiB) beats "96 KiB"-style texts that would win a string sort.
    const quint64 top = proxy.index(0, VmaTableModel::Rss).data(VmaTableModel::SortRole).toULongLong();
    QVERIFY(top >= 808);
    proxy.sort(VmaTableModel::Start, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(VmaTableModel::StartAddressRole).toULongLong(), 0x55ac7533a000ull);
}

void TestVmaModel::groupedByMapping()
{
    VmaTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGrouped(true);
    model.setMemoryMap(test::zooMap());
    const QString libcPath = QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6");
    const QModelIndex libc = groupRow(model, libcPath);
    QVERIFY(libc.isValid());
    QVERIFY(model.isGroupRow(libc));
    QCOMPARE(model.rowCount(libc), 5);
    QCOMPARE(libc.siblingAtColumn(VmaTableModel::Rss).data(VmaTableModel::SortRole).toULongLong(), 1108ull);
    QCOMPARE(libc.siblingAtColumn(VmaTableModel::VmaCount).data(VmaTableModel::SortRole).toULongLong(), 5ull);
    QCOMPARE(libc.siblingAtColumn(VmaTableModel::Start).data().toString(), QStringLiteral("0x7fdfc0790000"));
    QCOMPARE(libc.siblingAtColumn(VmaTableModel::End).data().toString(), QStringLiteral("0x7fdfc0965000"));
    QVERIFY(!libc.siblingAtColumn(VmaTableModel::Kind).data().isValid()); // text, rodata, data mixed
    QVERIFY(!libc.data(VmaTableModel::VmaIndexRole).isValid());
    // Page sizes describe one VMA; they are not summed.
    QVERIFY(!libc.siblingAtColumn(VmaTableModel::smapsColumn(SmapsKey::KernelPageSize)).data().isValid());
    const QModelIndex text = model.index(1, VmaTableModel::Perms, libc);
    QCOMPARE(text.data().toString(), QStringLiteral("r-xp"));
    QCOMPARE(text.parent(), libc);
    QCOMPARE(model.indexOfStart(kLibcTextStart, VmaTableModel::Perms), text);
    QCOMPARE(model.rowCount(text), 0);

    // Unnamed memory is one group, like sumByMapping's "[anon]".
    const QModelIndex anon = groupRow(model, QStringLiteral("[anon]"));
    QVERIFY(anon.isValid());
    std::size_t anonCount = 0;
    for (const MappingTotals& m : sumByMapping(model.memoryMap()->vmas))
        if (m.mapping == "[anon]")
            anonCount = m.totals.vmaCount;
    QCOMPARE(model.rowCount(anon), int(anonCount));
    QCOMPARE(model.rowCount(), int(sumByMapping(model.memoryMap()->vmas).size()));
}

void TestVmaModel::mergeFlat()
{
    VmaTableModel model;
    model.setAnimateHighlights(false);
    model.setClock([] { return t0(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto before = test::zooMap();
    model.setMemoryMap(before);
    const QPersistentModelIndex libc(model.indexOfStart(kLibcTextStart, VmaTableModel::Path));
    const QPersistentModelIndex guard(model.indexOfStart(kGuardStart));
    const QPersistentModelIndex stack(model.indexOfStart(kStackStart, VmaTableModel::Size));
    QVERIFY(libc.isValid() && guard.isValid() && stack.isValid());
    const int libcRowBefore = libc.row();

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy vanishedSpy(&model, &VmaTableModel::recentlyVanishedChanged);
    const auto after = zooRefreshed(*before);
    model.setMemoryMap(after);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 35);
    QVERIFY(!guard.isValid());
    QVERIFY(libc.isValid());
    // One row above libc vanished, one appeared above it too: same row, new index into the map.
    QCOMPARE(libc.row(), libcRowBefore);
    QCOMPARE(libc.data().toString(), QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6"));
    QCOMPARE(libc.data(VmaTableModel::VmaIndexRole).toInt(), int(vmaIndexOf(*after, kLibcTextStart)));
    QCOMPARE(stack.data().toString(), QStringLiteral("136 KiB"));

    QCOMPARE(model.changeAt(model.indexOfStart(kNewStart).row()).kind, VmaTableModel::ChangeKind::Appeared);
    QCOMPARE(model.changeAt(model.indexOfStart(kNewStart).row()).time, t0());
    QCOMPARE(model.changeAt(stack.row()).kind, VmaTableModel::ChangeKind::Resized);
    QCOMPARE(model.changeAt(model.indexOfStart(kHeapStart).row()).kind, VmaTableModel::ChangeKind::RssChanged);
    QCOMPARE(model.changeAt(libc.row()).kind, VmaTableModel::ChangeKind::None);
    QVERIFY(model.indexOfStart(kHeapStart).data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(!libc.data(Qt::BackgroundRole).isValid());

    QCOMPARE(vanishedSpy.count(), 1);
    QCOMPARE(model.recentlyVanished().size(), std::size_t(1));
    const VmaTableModel::VanishedVma& gone = model.recentlyVanished().front();
    QCOMPARE(gone.start, kGuardStart);
    QCOMPARE(gone.end, kGuardStart + 0x1000);
    QCOMPARE(gone.path, QStringLiteral("[anon]"));
    QCOMPARE(gone.kind, RegionKind::Guard);
    QCOMPARE(gone.time, t0());

    // The vanished VMA comes back as it was: it appears, and the first refresh's state is whole again.
    model.setMemoryMap(before);
    QCOMPARE(model.rowCount(), 35);
    QCOMPARE(model.changeAt(model.indexOfStart(kGuardStart).row()).kind, VmaTableModel::ChangeKind::Appeared);
    QVERIFY(!model.indexOfStart(kNewStart).isValid());
    QCOMPARE(reset.count(), 0);
}

void TestVmaModel::mergeSignalsAreMinimal()
{
    VmaTableModel model;
    model.setAnimateHighlights(false);
    const auto before = test::zooMap();
    model.setMemoryMap(before);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    // The same figures in a new snapshot: nothing to say.
    model.setMemoryMap(std::make_shared<MemoryMap>(*before));
    QCOMPARE(changed.count() + inserted.count() + removed.count() + reset.count() + layout.count(), 0);

    // Two neighbouring VMAs change: one dataChanged covering both.
    auto twoChanged = std::make_shared<MemoryMap>(*before);
    twoChanged->vmas[3].fields.set(SmapsKey::Rss, 999);
    twoChanged->vmas[4].fields.set(SmapsKey::Pss, 999);
    model.setMemoryMap(twoChanged);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), model.columnCount() - 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().isEmpty());
    changed.clear();

    // One VMA vanishes: one removal. The rows after it only move in the map: VmaIndexRole
    // is re-read on memoryMapChanged, not announced row by row.
    QSignalSpy mapChanged(&model, &VmaTableModel::memoryMapChanged);
    auto oneGone = std::make_shared<MemoryMap>(*twoChanged);
    oneGone->vmas.erase(oneGone->vmas.begin() + 10);
    classifyRegions(oneGone->vmas);
    model.setMemoryMap(oneGone);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 10);
    QCOMPARE(removed.at(0).at(2).toInt(), 10);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(mapChanged.count(), 1);
    QCOMPARE(model.index(10, 0).data(VmaTableModel::VmaIndexRole).toInt(), 10);

    // Changes scattered all over come as one range, so a sorting proxy re-sorts once.
    auto scattered = std::make_shared<MemoryMap>(*oneGone);
    for (std::size_t i = 0; i < scattered->vmas.size(); i += 2)
        scattered->vmas[i].fields.set(SmapsKey::Rss, 12345);
    model.setMemoryMap(scattered);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 32);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
}

// ProcessView compares snapshots on its reader thread and hands the diff over: the merge must
// be the same as when the model compares itself, and a diff made against another snapshot
// must not be trusted.
void TestVmaModel::diffFromWorkerMergesTheSame()
{
    for (const bool grouped : { false, true }) {
        const auto before = test::zooMap();
        const auto after = zooRefreshed(*before);
        VmaTableModel own;
        VmaTableModel fed;
        VmaTableModel misfed;
        for (VmaTableModel* model : { &own, &fed, &misfed }) {
            model->setAnimateHighlights(false);
            model->setGrouped(grouped);
            model->setMemoryMap(before);
        }
        QSignalSpy ownChanged(&own, &QAbstractItemModel::dataChanged);
        QSignalSpy fedChanged(&fed, &QAbstractItemModel::dataChanged);
        QSignalSpy fedInserted(&fed, &QAbstractItemModel::rowsInserted);
        QSignalSpy fedRemoved(&fed, &QAbstractItemModel::rowsRemoved);

        const VmaTableModel::SnapshotDiff diff = diffSnapshots(before, after);
        QCOMPARE(diff.unchanged.size(), after->vmas.size());
        QCOMPARE(diff.vanished.size(), std::size_t(1)); // the guard
        QCOMPARE(before->vmas[diff.vanished.front()].start, kGuardStart);
        QCOMPARE(diff.changes.size(), std::size_t(3)); // new mapping, heap Rss, stack size
        QVERIFY(!diff.unchanged[vmaIndexOf(*after, kHeapStart)]);
        QVERIFY(!diff.unchanged[vmaIndexOf(*after, kNewStart)]);

        own.setMemoryMap(after);
        fed.setMemoryMap(after, diff);
        // A diff against a snapshot the model does not show (here: one that says nothing
        // changed) is ignored; the model compares itself.
        const VmaTableModel::SnapshotDiff stale = diffSnapshots(after, after);
        misfed.setMemoryMap(after, stale);

        QVERIFY(!fedInserted.isEmpty() || grouped);
        QVERIFY(!fedRemoved.isEmpty());
        QCOMPARE(fedChanged.count(), ownChanged.count());
        for (const VmaTableModel* model : { &fed, &misfed }) {
            QCOMPARE(model->rowCount(), own.rowCount());
            QCOMPARE(model->recentlyVanished().size(), own.recentlyVanished().size());
            for (const Vma& vma : after->vmas)
                QCOMPARE(model->changeOfStart(vma.start).kind, own.changeOfStart(vma.start).kind);
        }
        QCOMPARE(fed.changeOfStart(kHeapStart).kind, VmaTableModel::ChangeKind::RssChanged);
        QCOMPARE(misfed.changeOfStart(kNewStart).kind, VmaTableModel::ChangeKind::Appeared);
    }
}

void TestVmaModel::mergeGrouped()
{
    VmaTableModel model;
    model.setAnimateHighlights(false);
    model.setClock([] { return t0(); });
    model.setGrouped(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto before = test::zooMap();
    model.setMemoryMap(before);
    const int groupsBefore = model.rowCount();
    const QPersistentModelIndex libcText(model.indexOfStart(kLibcTextStart, VmaTableModel::Perms));
    const QPersistentModelIndex heapGroup(groupRow(model, QStringLiteral("[heap]")));
    const QModelIndex anon = groupRow(model, QStringLiteral("[anon]"));
    const int anonChildren = model.rowCount(anon);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setMemoryMap(zooRefreshed(*before));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), groupsBefore);
    QVERIFY(libcText.isValid());
    QCOMPARE(libcText.data().toString(), QStringLiteral("r-xp"));
    QVERIFY(heapGroup.isValid());
    QCOMPARE(
        QModelIndex(heapGroup).siblingAtColumn(VmaTableModel::Rss).data(VmaTableModel::SortRole).toULongLong(), 96ull);
    QCOMPARE(model.changeAt(heapGroup).kind, VmaTableModel::ChangeKind::RssChanged);
    QCOMPARE(model.changeAt(model.indexOfStart(kHeapStart)).kind, VmaTableModel::ChangeKind::RssChanged);
    // The guard left [anon] and the new mapping joined it.
    QCOMPARE(model.rowCount(groupRow(model, QStringLiteral("[anon]"))), anonChildren);
    QCOMPARE(model.changeAt(model.indexOfStart(kNewStart)).kind, VmaTableModel::ChangeKind::Appeared);
    QCOMPARE(model.recentlyVanished().size(), std::size_t(1));

    // A mapping that goes away takes its group with it.
    auto noLibc = std::make_shared<MemoryMap>(*model.memoryMap());
    std::erase_if(noLibc->vmas, [](const Vma& v) { return v.path.find("libc.so.6") != std::string::npos; });
    classifyRegions(noLibc->vmas);
    model.setMemoryMap(noLibc);
    QCOMPARE(model.rowCount(), groupsBefore - 1);
    QVERIFY(!libcText.isValid());
    QCOMPARE(model.recentlyVanished().size(), std::size_t(6));
    QCOMPARE(reset.count(), 0);
}

void TestVmaModel::newExtraKeyAddsAColumn()
{
    VmaTableModel model;
    model.setAnimateHighlights(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto before = test::zooMap();
    model.setMemoryMap(before);
    QSignalSpy columns(&model, &QAbstractItemModel::columnsInserted);
    auto future = std::make_shared<MemoryMap>(*before);
    future->vmas[6].fields.addExtra(ExtraField { "Pss_Future", "12 kB", 12, true, true });
    model.setMemoryMap(future);
    QCOMPARE(columns.count(), 1);
    QCOMPARE(model.columnCount(), VmaTableModel::FirstExtraColumn + 1);
    QCOMPARE(model.columnKey(VmaTableModel::FirstExtraColumn), QStringLiteral("Pss_Future"));
    QCOMPARE(model.index(6, VmaTableModel::FirstExtraColumn).data().toString(), QStringLiteral("12 KiB"));
    QVERIFY(!model.index(5, VmaTableModel::FirstExtraColumn).data().isValid());
    QVERIFY(!model.headerData(VmaTableModel::FirstExtraColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    // The column stays while the process is shown, even when a refresh lacks the key.
    model.setMemoryMap(before);
    QCOMPARE(model.columnCount(), VmaTableModel::FirstExtraColumn + 1);
}

void TestVmaModel::otherPidResets()
{
    VmaTableModel model;
    model.setAnimateHighlights(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto before = test::zooMap();
    model.setMemoryMap(before);
    model.setMemoryMap(zooRefreshed(*before));
    QVERIFY(!model.recentlyVanished().empty());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMemoryMap(test::fixtureMap(QStringLiteral("live-6.18-x86_64"), 10162));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 323);
    QVERIFY(model.recentlyVanished().empty());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.changeAt(row).kind, VmaTableModel::ChangeKind::None);
    model.setMemoryMap(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestVmaModel::highlightsFadeAndExpire()
{
    VmaTableModel model;
    model.setAnimateHighlights(false);
    QDateTime now = t0();
    model.setClock([&now] { return now; });
    QCOMPARE(model.highlightDuration(), 3000);
    const auto before = test::zooMap();
    model.setMemoryMap(before);
    model.setMemoryMap(zooRefreshed(*before));
    const QModelIndex heap = model.indexOfStart(kHeapStart);
    const QColor fresh = heap.data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(fresh.isValid());
    QVERIFY(fresh.alphaF() > 0.3);
    // Each kind of change has its own colour.
    QVERIFY(model.indexOfStart(kNewStart).data(Qt::BackgroundRole).value<QColor>().rgb() != fresh.rgb());
    QVERIFY(model.indexOfStart(kStackStart).data(Qt::BackgroundRole).value<QColor>().rgb() != fresh.rgb());

    QSignalSpy changed(&model, &VmaTableModel::highlightsFaded);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    now = t0().addMSecs(1500);
    model.expireHighlights(now);
    const QColor half = heap.data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(half.isValid());
    QVERIFY(half.alphaF() < fresh.alphaF() * 0.75);
    QCOMPARE(model.changeAt(heap).kind, VmaTableModel::ChangeKind::RssChanged);
    QCOMPARE(changed.size(), 1);
    // Fading is a repaint of what is visible, not a change of every lit row (see highlightsFaded).
    QVERIFY(dataChanged.isEmpty());
    QCOMPARE(model.recentlyVanished().size(), std::size_t(1));

    changed.clear();
    now = t0().addMSecs(3000);
    model.expireHighlights(now);
    QVERIFY(!heap.data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.changeAt(heap).kind, VmaTableModel::ChangeKind::None);
    QCOMPARE(model.changeAt(model.indexOfStart(kNewStart)).kind, VmaTableModel::ChangeKind::None);
    QVERIFY(model.recentlyVanished().empty());
    QVERIFY(!changed.isEmpty()); // the last repaint, to clear the colour
    changed.clear();
    model.expireHighlights(now.addSecs(1));
    QVERIFY(changed.isEmpty());

    // A shorter duration applies to what is already lit.
    model.setMemoryMap(before);
    model.setHighlightDuration(500);
    now = now.addMSecs(600);
    QCOMPARE(model.changeAt(model.indexOfStart(kGuardStart)).kind, VmaTableModel::ChangeKind::None);
}

void TestVmaModel::switchingModes()
{
    VmaTableModel model;
    model.setAnimateHighlights(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemoryMap(test::zooMap());
    model.setGrouped(true);
    QVERIFY(model.rowCount() < 35);
    model.setGrouped(false);
    QCOMPARE(model.rowCount(), 35);
}

void TestVmaModel::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("library") << QStringLiteral("libc") << 5;
    QTest::newRow("case-insensitive") << QStringLiteral("LIBC.SO") << 5;
    QTest::newRow("kind label") << QStringLiteral("heap (brk)") << 1;
    QTest::newRow("perms") << QStringLiteral("r-xp") << 4; // zoo, libc, ld, vdso
    QTest::newRow("address inside libc text") << QStringLiteral("0x7fdfc07b6123") << 1;
    QTest::newRow("address without 0x") << QStringLiteral("7ffe1de39010") << 1;
    QTest::newRow("unmapped address") << QStringLiteral("0x1000") << 0;
    QTest::newRow("anon") << QStringLiteral("[anon]") << 9;
    QTest::newRow("deleted") << QStringLiteral("(deleted)") << 4;
    QTest::newRow("space in name") << QStringLiteral("with spaces") << 1;
    QTest::newRow("empty") << QString() << 35;
}

void TestVmaModel::filterByText()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    VmaTableModel model;
    VmaFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemoryMap(test::zooMap());
    proxy.setFilterText(text);
    QCOMPARE(proxy.rowCount(), rows);
}

void TestVmaModel::filterByKind()
{
    VmaTableModel model;
    VmaFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemoryMap(test::zooMap());
    proxy.setKindFilter({ RegionKind::Heap });
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(VmaTableModel::StartAddressRole).toULongLong(), kHeapStart);
    proxy.setKindFilter({ RegionKind::Heap, RegionKind::Stack });
    QCOMPARE(proxy.rowCount(), 2);
    // Filters combine: text within the chosen kinds.
    proxy.setFilterText(QStringLiteral("stack"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setKindFilter({});
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 35);
}

void TestVmaModel::filterByVmaIndices()
{
    VmaTableModel model;
    model.setAnimateHighlights(false);
    VmaFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto before = test::zooMap();
    model.setMemoryMap(before);
    const int heap = int(vmaIndexOf(*before, kHeapStart));
    const int stack = int(vmaIndexOf(*before, kStackStart));
    proxy.setVmaIndexFilter({ heap, stack });
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, 0).data(VmaTableModel::VmaIndexRole).toInt(), heap);
    // A refresh moves indices; the same VMAs stay shown.
    model.setMemoryMap(zooRefreshed(*before));
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(1, 0).data(VmaTableModel::StartAddressRole).toULongLong(), kStackStart);
    proxy.clearVmaIndexFilter();
    QCOMPARE(proxy.rowCount(), 35);
}

void TestVmaModel::filterGrouped()
{
    VmaTableModel model;
    model.setGrouped(true);
    VmaFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemoryMap(test::zooMap());
    proxy.setFilterText(QStringLiteral("libc"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 5);
    // A group stays when any of its VMAs matches, and shows only those.
    proxy.setFilterText(QStringLiteral("r-xp"));
    QCOMPARE(proxy.rowCount(), 4);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.rowCount(proxy.index(row, 0)), 1);
    proxy.setFilterText({});
    proxy.setKindFilter({ RegionKind::Text });
    QCOMPARE(proxy.rowCount(), 3); // zoo, libc, ld.so; the vDSO is its own kind
    proxy.setKindFilter({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), model.rowCount(model.index(0, 0)));
    proxy.sort(VmaTableModel::Rss, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, VmaTableModel::Path).data().toString(), QStringLiteral("[anon]"));
}

void TestVmaModel::largeMapMergesQuickly()
{
    // vm.max_map_count's worth of VMAs (domain.md): a refresh must not stall the GUI thread.
    auto big = std::make_shared<MemoryMap>();
    big->pid = 4242;
    big->fromSmaps = true;
    const std::size_t count = 60000;
    for (std::size_t i = 0; i < count; ++i) {
        Vma v;
        v.start = 0x7f0000000000 + i * 0x2000;
        v.end = v.start + 0x1000;
        v.perms = Permissions { true, true, false, false };
        v.path = (i % 3) ? std::string() : "/lib/lib" + std::to_string(i % 200) + ".so";
        v.inode = v.path.empty() ? 0 : 1000 + i % 200;
        v.fields.set(SmapsKey::Size, 4);
        v.fields.set(SmapsKey::Rss, i % 2 ? 4 : 0);
        v.fields.set(SmapsKey::Private_Dirty, i % 2 ? 4 : 0);
        v.flags.add("rd");
        v.flags.add("wr");
        big->vmas.push_back(std::move(v));
    }
    classifyRegions(big->vmas);
    // 1% of the VMAs change Rss, 100 vanish near the start and 100 appear at the end.
    auto next = std::make_shared<MemoryMap>(*big);
    for (std::size_t i = 0; i < count; i += 100)
        next->vmas[i].fields.set(SmapsKey::Rss, 4000);
    next->vmas.erase(next->vmas.begin() + 10, next->vmas.begin() + 110);
    for (std::size_t i = 0; i < 100; ++i) {
        Vma v = next->vmas.back();
        v.start += 0x2000;
        v.end += 0x2000;
        next->vmas.push_back(v);
    }
    classifyRegions(next->vmas);

    for (const bool grouped : { false, true }) {
        VmaTableModel model;
        model.setAnimateHighlights(false);
        model.setGrouped(grouped);
        VmaFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(VmaTableModel::Rss, Qt::DescendingOrder);
        QElapsedTimer timer;
        timer.start();
        model.setMemoryMap(big);
        const qint64 load = timer.restart();
        model.setMemoryMap(next);
        const qint64 merge = timer.restart();
        model.expireHighlights(QDateTime::currentDateTimeUtc());
        const qint64 fade = timer.elapsed();
        qInfo("%s: load %lld ms, merge (through a sorting proxy) %lld ms, fade tick %lld ms",
            grouped ? "grouped" : "flat", load, merge, fade);
        QCOMPARE(model.recentlyVanished().size(), std::size_t(100));
        if (!grouped)
            QCOMPARE(model.rowCount(), int(count));
    }
}

namespace {
QList<qulonglong> startsInOrder(const QAbstractItemModel& model)
{
    QList<qulonglong> starts;
    for (int row = 0; row < model.rowCount(); ++row)
        starts << model.index(row, 0).data(VmaTableModel::StartAddressRole).toULongLong();
    return starts;
}

// The order QSortFilterProxyModel gives the model as it is now (sorted from scratch: its
// dynamic re-sorting may place equal values elsewhere).
QList<qulonglong> referenceOrder(VmaTableModel& model, int column, Qt::SortOrder order)
{
    VmaFilterProxy reference;
    reference.setSourceModel(&model);
    reference.sort(column, order);
    return startsInOrder(reference);
}
} // namespace

// VmaSortProxy replaces QSortFilterProxyModel for the flat sorted table: same order, ties
// and empty values included, for numbers and texts.
void TestVmaModel::sortProxyOrdersAsTheFilterProxy_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        const char* suffix = order == Qt::AscendingOrder ? " ascending" : " descending";
        for (const int column : { int(VmaTableModel::Rss), int(VmaTableModel::Size), int(VmaTableModel::Path),
                 int(VmaTableModel::Perms), int(VmaTableModel::Kind), int(VmaTableModel::Uss),
                 int(VmaTableModel::Start), int(VmaTableModel::smapsColumn(SmapsKey::ProtectionKey)) })
            QTest::newRow(qPrintable(QString::number(column) + QLatin1String(suffix))) << column << order;
    }
}

void TestVmaModel::sortProxyOrdersAsTheFilterProxy()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    VmaTableModel model;
    model.setAnimateHighlights(false);
    model.setMemoryMap(test::zooMap());
    VmaSortProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column, order);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 35);
    QCOMPARE(startsInOrder(proxy), referenceOrder(model, column, order));
    QCOMPARE(proxy.headerData(VmaTableModel::Rss, Qt::Horizontal).toString(), QStringLiteral("Rss"));
}

// A refresh re-sorts once, as a layout change that keeps persistent indexes (the selection)
// on their VMAs; inserted and removed rows are rows of the proxy too.
void TestVmaModel::sortProxyFollowsMerges()
{
    VmaTableModel model;
    model.setAnimateHighlights(false);
    const auto before = test::zooMap();
    model.setMemoryMap(before);
    VmaSortProxy proxy;
    proxy.sort(VmaTableModel::Rss, Qt::DescendingOrder);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QPersistentModelIndex heap;
    QPersistentModelIndex libc;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const auto start = proxy.index(row, 0).data(VmaTableModel::StartAddressRole).toULongLong();
        if (start == kHeapStart)
            heap = proxy.index(row, VmaTableModel::Rss);
        if (start == kLibcTextStart)
            libc = proxy.index(row, VmaTableModel::Path);
    }
    QVERIFY(heap.isValid() && libc.isValid());
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);

    model.setMemoryMap(zooRefreshed(*before)); // the heap's Rss grows to 96 KiB
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(proxy.rowCount(), 35);
    QCOMPARE(startsInOrder(proxy), referenceOrder(model, VmaTableModel::Rss, Qt::DescendingOrder));
    QCOMPARE(heap.data(VmaTableModel::StartAddressRole).toULongLong(), kHeapStart);
    QCOMPARE(heap.data(VmaTableModel::SortRole).toULongLong(), 96ull);
    QCOMPARE(heap.column(), int(VmaTableModel::Rss));
    QCOMPARE(libc.data(VmaTableModel::StartAddressRole).toULongLong(), kLibcTextStart);
    QCOMPARE(proxy.mapToSource(heap), model.indexOfStart(kHeapStart, VmaTableModel::Rss));
    QCOMPARE(proxy.mapFromSource(model.indexOfStart(kNewStart)).data(VmaTableModel::StartAddressRole).toULongLong(),
        kNewStart);

    // The same snapshot again: nothing moves, nothing is announced.
    model.setMemoryMap(std::make_shared<MemoryMap>(*model.memoryMap()));
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(changed.count(), 1);

    // Back to the first snapshot, then another order.
    model.setMemoryMap(before);
    QCOMPARE(startsInOrder(proxy), referenceOrder(model, VmaTableModel::Rss, Qt::DescendingOrder));
    proxy.sort(VmaTableModel::Path, Qt::AscendingOrder);
    QCOMPARE(startsInOrder(proxy), referenceOrder(model, VmaTableModel::Path, Qt::AscendingOrder));
    QCOMPARE(libc.data(VmaTableModel::StartAddressRole).toULongLong(), kLibcTextStart);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

// The switch attaches what the order and the filters need, in the right order, through its
// setters, and shows the same rows the filter proxy would.
void TestVmaModel::switchChoosesTheSource()
{
    VmaTableModel model;
    model.setAnimateHighlights(false);
    VmaFilterProxy filter;
    VmaTableSwitch tableSwitch(&model, &filter);
    QAbstractItemModelTester tester(&tableSwitch, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto before = test::zooMap();
    model.setMemoryMap(before);
    QVERIFY(tableSwitch.showsModelDirectly());
    QVERIFY(!filter.sourceModel());

    tableSwitch.sort(VmaTableModel::Rss, Qt::DescendingOrder);
    QVERIFY(tableSwitch.showsSortProxy());
    QVERIFY(!filter.sourceModel());
    const QModelIndex heapRow = tableSwitch.fromModel(model.indexOfStart(kHeapStart));
    QCOMPARE(tableSwitch.toModel(heapRow), model.indexOfStart(kHeapStart));
    // The selection stays on its VMA through a refresh that moves it (the heap's Rss grows).
    QItemSelectionModel selection(&tableSwitch);
    selection.setCurrentIndex(heapRow, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    model.setMemoryMap(zooRefreshed(*before));
    QCOMPARE(tableSwitch.toModel(selection.currentIndex()), model.indexOfStart(kHeapStart));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().front().data(VmaTableModel::StartAddressRole).toULongLong(), kHeapStart);
    for (int row = 1; row < tableSwitch.rowCount(); ++row)
        QVERIFY(tableSwitch.index(row - 1, VmaTableModel::Rss).data(VmaTableModel::SortRole).toULongLong()
            >= tableSwitch.index(row, VmaTableModel::Rss).data(VmaTableModel::SortRole).toULongLong());

    // A filter needs the filter proxy, sorted as the switch is.
    tableSwitch.setFilterText(QStringLiteral("libc"));
    QVERIFY(!tableSwitch.showsModelDirectly() && !tableSwitch.showsSortProxy());
    QCOMPARE(filter.sortColumn(), int(VmaTableModel::Rss));
    QCOMPARE(tableSwitch.rowCount(), 5);
    tableSwitch.setFilterText({});
    QVERIFY(tableSwitch.showsSortProxy());

    tableSwitch.setKindFilter({ RegionKind::Heap });
    QCOMPARE(tableSwitch.rowCount(), 1);
    tableSwitch.setKindFilter({});
    const auto shown = model.memoryMap();
    tableSwitch.setVmaIndexFilter({ int(vmaIndexOf(*shown, kHeapStart)), int(vmaIndexOf(*shown, kStackStart)) });
    QCOMPARE(tableSwitch.rowCount(), 2);
    tableSwitch.setVmaIndexFilter({});

    // Grouped, the filter proxy sorts the groups; flat again, the model's order needs none.
    tableSwitch.setGrouped(true);
    QVERIFY(model.isGrouped());
    QVERIFY(!tableSwitch.showsModelDirectly() && !tableSwitch.showsSortProxy());
    tableSwitch.setGrouped(false);
    QVERIFY(tableSwitch.showsSortProxy());
    tableSwitch.sort(VmaTableModel::Start, Qt::AscendingOrder);
    QVERIFY(tableSwitch.showsModelDirectly());
    QVERIFY(!filter.sourceModel());
    QCOMPARE(tableSwitch.rowCount(), 35);
}

QTEST_MAIN(TestVmaModel)
#include "tst_vmamodel.moc"
