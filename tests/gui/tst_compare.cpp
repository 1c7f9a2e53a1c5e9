// Compare any two moments (issue 13): the snapshot store shared by the windows, Take snapshot,
// Save capture, and the compare dialog over two snapshots of the fixture where the test edited
// the second (a region added, the heap grown, a process added, MemFree changed): the tables list
// exactly those, with core's deltas, and B's map marks them in their colours.
#include "TestData.h"

#include "app/gui/MainWindow.h"
#include "core/io/ProcRootSource.h"
#include "core/io/TarSource.h"
#include "core/read/ProcCapture.h"
#include "widgets/compare/CompareDialog.h"
#include "widgets/compare/CompareModels.h"
#include "widgets/compare/SnapshotStore.h"
#include "widgets/process/AddressMapView.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vmscope;

namespace {

constexpr int kAddedPid = 20000; // a copy of 10162 in B
constexpr std::uint64_t kHeapStart = 0x55ac800c9000;
constexpr std::uint64_t kNewStart = 0x600000000000;

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    if (at == std::string::npos)
        qFatal("fixture text not found: %s", from.c_str());
    return text.replace(at, from.size(), to);
}

// The fixture with the test's edits: 9946's heap grown by 132 kB (PSS +100 kB) and an 8 MiB
// anonymous region after it, its smaps_rollup PSS +100 kB, process 20000 (a copy of 10162), and
// MemFree 100000 kB lower.
class EditedSource final : public Source {
public:
    EditedSource()
        : m_root(test::procRoot(QStringLiteral("live-6.18-x86_64")))
    {
    }
    // Paths of process 20000 are 10162's.
    static std::string origin(std::string_view path)
    {
        if (path == "20000" || path.starts_with("20000/"))
            return "10162" + std::string(path.substr(5));
        return std::string(path);
    }
    Result<std::string> read(std::string_view path) const override
    {
        if (path == "meminfo") {
            auto bytes = m_root.read(path);
            return replaced(*bytes, "MemFree:        23162584 kB", "MemFree:        23062584 kB");
        }
        if (path == "9946/smaps") {
            std::string text = *m_root.read(path);
            const auto heap = text.find("55ac800c9000-55ac800ea000");
            const auto next = text.find('\n', text.find("VmFlags:", heap));
            std::string block = text.substr(heap, next + 1 - heap);
            std::string grown = replaced(block, "55ac800c9000-55ac800ea000", "55ac800c9000-55ac8010b000");
            grown = replaced(grown, "Pss:                  40 kB", "Pss:                 140 kB");
            std::string added = replaced(block, "55ac800c9000-55ac800ea000", "600000000000-600000800000");
            added = replaced(added, "[heap]", "");
            return text.replace(heap, block.size(), grown + added);
        }
        if (path == "9946/smaps_rollup")
            return replaced(*m_root.read(path), "Pss:                5943 kB", "Pss:                6043 kB");
        return m_root.read(origin(path));
    }
    Result<std::vector<int>> listPids() const override
    {
        auto pids = m_root.listPids();
        pids->push_back(kAddedPid);
        return pids;
    }
    Result<std::vector<std::string>> listDirectory(std::string_view path) const override
    {
        return m_root.listDirectory(origin(path));
    }
    std::optional<std::uint32_t> processOwner(int pid) const override
    {
        return m_root.processOwner(pid == kAddedPid ? 10162 : pid);
    }
    bool changesOverTime() const override { return false; }
    std::string describe() const override { return "edited fixture"; }
    std::string displayPath(std::string_view path) const override { return m_root.displayPath(path); }

private:
    ProcRootSource m_root;
};

std::shared_ptr<const Source> snapshotOf(const Source& source, const std::string& name)
{
    auto snapshot = captureToMemory(source, std::nullopt, name, "vmscope", "test");
    if (!snapshot)
        qFatal("%s", snapshot.error().message().c_str());
    return *snapshot;
}

template <class Model> const typename Model::Row* rowOf(const Model& model, auto predicate)
{
    for (const auto& row : model.rows())
        if (predicate(row))
            return &row;
    return nullptr;
}

} // namespace

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void storeIsAListModelAndBounded()
    {
        SnapshotStore store;
        QAbstractItemModelTester tester(&store, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ProcRootSource root(test::procRoot(QStringLiteral("live-6.18-x86_64")));
        auto snapshot = snapshotOf(root, "one");
        auto capture = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
        store.add(QStringLiteral("capture"), SnapshotStore::Origin::OpenedCapture, capture);
        for (std::size_t i = 0; i < SnapshotStore::kMaxSnapshots + 5; ++i)
            store.add(QStringLiteral("Snapshot %1").arg(i), SnapshotStore::Origin::Manual, snapshot);
        // The oldest snapshots went; the capture stays while its window is open.
        QCOMPARE(store.rowCount(), int(SnapshotStore::kMaxSnapshots) + 1);
        QCOMPARE(store.entries().front().name, QStringLiteral("capture"));
        QCOMPARE(store.entries()[1].name, QStringLiteral("Snapshot 5"));
        QVERIFY(store.data(store.index(1)).toString().startsWith(QStringLiteral("Snapshot 5 — ")));
        store.removeSource(capture.get());
        QCOMPARE(store.rowCount(), int(SnapshotStore::kMaxSnapshots));
        store.remove(store.entries().front().id);
        QCOMPARE(store.entries().front().name, QStringLiteral("Snapshot 6"));

        // A byte budget: the oldest snapshots go until the rest fit, but the last two stay.
        const auto* tar = dynamic_cast<const TarSource*>(snapshot.get());
        QVERIFY(tar && tar->sizeBytes() > 0);
        QCOMPARE(store.snapshotBytes(), store.entries().size() * tar->sizeBytes());
        store.setByteBudget(3 * tar->sizeBytes());
        store.add(QStringLiteral("newest"), SnapshotStore::Origin::ExperimentStep, snapshot);
        QCOMPARE(store.rowCount(), 3);
        QCOMPARE(store.entries().back().name, QStringLiteral("newest"));
        store.setByteBudget(1);
        store.add(QStringLiteral("last"), SnapshotStore::Origin::Manual, snapshot);
        QCOMPARE(store.rowCount(), 2);
        QCOMPARE(store.entries().front().name, QStringLiteral("newest"));
    }

    void compareTwoSnapshots()
    {
        const ProcRootSource root(test::procRoot(QStringLiteral("live-6.18-x86_64")));
        const EditedSource edited;
        auto store = std::make_shared<SnapshotStore>();
        const auto a = store->add(QStringLiteral("A"), SnapshotStore::Origin::Manual, snapshotOf(root, "A"));
        const auto b = store->add(QStringLiteral("B"), SnapshotStore::Origin::Manual, snapshotOf(edited, "B"));
        CompareDialog dialog(store, nullptr, 9946);
        QAbstractItemModelTester t1(dialog.processModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(dialog.memInfoModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(dialog.regionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy compared(&dialog, &CompareDialog::compared);
        dialog.choose(a, b);
        QVERIFY(compared.wait(30000));

        // System: process 20000 appeared, 9946's PSS grew by 100 kB; nothing else moved.
        const auto& processes = dialog.processModel()->rows();
        QCOMPARE(processes.size(), std::size_t(2));
        const auto* appeared = rowOf(*dialog.processModel(), [](const auto& r) { return r.pid == kAddedPid; });
        QVERIFY(appeared);
        QCOMPARE(appeared->kind, ProcessDiffModel::Kind::Appeared);
        QVERIFY(appeared->pss > 0);
        const auto* changed = rowOf(*dialog.processModel(), [](const auto& r) { return r.pid == 9946; });
        QVERIFY(changed);
        QCOMPARE(changed->kind, ProcessDiffModel::Kind::Changed);
        QCOMPARE(changed->pss, std::int64_t(100));
        QCOMPARE(changed->rss, std::int64_t(0));
        // meminfo: only MemFree, 100000 kB less.
        const auto& memInfo = dialog.memInfoModel()->rows();
        QCOMPARE(memInfo.size(), std::size_t(1));
        QCOMPARE(memInfo.front().key, std::string("MemFree"));
        QCOMPARE(*memInfo.front().delta(), std::int64_t(-100000));
        const QModelIndex delta = dialog.memInfoModel()->index(0, MemInfoDiffModel::Delta);
        QCOMPARE(delta.data(compare::kDeltaRole).toLongLong(), -100000);
        QVERIFY(delta.data().toString().startsWith(QStringLiteral("\u2212")));

        // Process 9946: the new region added (8 MiB), the heap grown; both marked on B's map.
        const auto& regions = dialog.regionModel()->rows();
        QCOMPARE(regions.size(), std::size_t(2));
        const auto* added = rowOf(*dialog.regionModel(), [](const auto& r) { return r.start == kNewStart; });
        QVERIFY(added);
        QCOMPARE(added->kind, ChangeKind::Appeared);
        QCOMPARE(added->size, std::int64_t(8192));
        const auto* heap = rowOf(*dialog.regionModel(), [](const auto& r) { return r.start == kHeapStart; });
        QVERIFY(heap);
        QCOMPARE(heap->kind, ChangeKind::Grown);
        QCOMPARE(heap->size, std::int64_t(132));
        QCOMPARE(heap->pss, std::int64_t(100));
        QCOMPARE(dialog.map()->changeOfStart(kNewStart), ChangeKind::Appeared);
        QCOMPARE(dialog.map()->changeOfStart(kHeapStart), ChangeKind::Grown);
        QVERIFY(dialog.map()->memoryMap());
        const auto& vmas = dialog.map()->memoryMap()->vmas;
        QVERIFY(std::any_of(vmas.begin(), vmas.end(), [](const Vma& v) { return v.start == kNewStart; }));

        // The other way round: the region removed (not on B's map), the heap shrunk; merged into
        // the same models (the testers check the signals).
        compared.clear();
        dialog.choose(b, a);
        QVERIFY(compared.wait(30000));
        const auto* removed = rowOf(*dialog.regionModel(), [](const auto& r) { return r.start == kNewStart; });
        QVERIFY(removed);
        QCOMPARE(removed->kind, ChangeKind::None);
        QCOMPARE(removed->size, std::int64_t(-8192));
        QCOMPARE(RegionDiffModel::kindText(removed->kind), QStringLiteral("removed"));
        QCOMPARE(dialog.map()->changeOfStart(kNewStart), ChangeKind::None);
        QCOMPARE(dialog.map()->changeOfStart(kHeapStart), ChangeKind::Shrunk);
        const auto* exited = rowOf(*dialog.processModel(), [](const auto& r) { return r.pid == kAddedPid; });
        QVERIFY(exited);
        QCOMPARE(exited->kind, ProcessDiffModel::Kind::Exited);
    }

    void windowTakesSnapshotsAndSavesCaptures()
    {
        auto source = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("live-6.18-x86_64")));
        MainWindow window(source);
        QVERIFY(window.snapshots());
        const int before = window.snapshots()->rowCount();
        QSignalSpy taken(&window, &MainWindow::snapshotTaken);
        window.takeSnapshot(QStringLiteral("Before"));
        QVERIFY(taken.wait(30000));
        QCOMPARE(taken.front().at(1).toString(), QString());
        QCOMPARE(window.snapshots()->rowCount(), before + 1);
        const auto& entry = window.snapshots()->entries().back();
        QCOMPARE(entry.name, QStringLiteral("Before"));
        QCOMPARE(entry.origin, SnapshotStore::Origin::Manual);
        QCOMPARE(*entry.source->listPids(), *source->listPids());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.tar.zst"));
        QSignalSpy saved(&window, &MainWindow::captureSaved);
        window.saveCapture(path, false);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.front().at(1).toString(), QString());
        auto reopened = openSource(path.toStdString());
        QVERIFY(reopened);
        QCOMPARE(*(*reopened)->listPids(), *source->listPids());
        QVERIFY(*(*reopened)->read("meminfo") == *source->read("meminfo"));
        auto* tar = dynamic_cast<const TarSource*>(reopened->get());
        QVERIFY(tar);
        QVERIFY(tar->readArchiveMember("vmscope.json")->find("\"tool\":\"vmscope\"") != std::string::npos);
        // Not overwritten unless the file dialog asked.
        saved.clear();
        window.saveCapture(path, false);
        QVERIFY(saved.wait(30000));
        QVERIFY(!saved.front().at(1).toString().isEmpty());

        // An opened capture is a moment while its window is open; closing it removes it.
        {
            MainWindow captureWindow(*reopened, nullptr, window.snapshots());
            QCOMPARE(window.snapshots()->entries().back().origin, SnapshotStore::Origin::OpenedCapture);
            QCOMPARE(window.snapshots()->rowCount(), before + 2);
            // A capture window saves the capture it shows.
            const QString again = dir.filePath(QStringLiteral("again.tar.gz"));
            QSignalSpy savedAgain(&captureWindow, &MainWindow::captureSaved);
            captureWindow.saveCapture(again, false);
            QVERIFY(savedAgain.wait(30000));
            QCOMPARE(savedAgain.front().at(1).toString(), QString());
            auto copy = openSource(again.toStdString());
            QVERIFY(copy);
            QCOMPARE(*(*copy)->listPids(), *source->listPids());
            QVERIFY(*(*copy)->read("9946/smaps") == *source->read("9946/smaps"));
        }
        QCOMPARE(window.snapshots()->rowCount(), before + 1);

        // The compare dialog offers live now and the snapshot, and compares them.
        CompareDialog* dialog = window.openCompare();
        QVERIFY(dialog);
        QSignalSpy compared(dialog, &CompareDialog::compared);
        QVERIFY(compared.wait(30000));
        QVERIFY(dialog->processModel()->rows().empty()); // the fixture does not change
        QVERIFY(dialog->memInfoModel()->rows().empty());
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
