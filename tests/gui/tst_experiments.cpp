// Issue 12 in the window: an experiment run through the real vmscope-demo on the live /proc.
// The step opens the scenario's process on the Process page, is marked on the Kernel page's
// timeline, and the table and the map light what the step changed (the heap malloc(8) made)
// until the next step; Space advances, as a lecturer presses it.
#include "app/gui/MainWindow.h"
#include "core/io/ProcRootSource.h"
#include "widgets/compare/SnapshotStore.h"
#include "widgets/experiments/ExperimentPanel.h"
#include "widgets/kernel/KernelPage.h"
#include "widgets/kernel/MemoryTimeline.h"
#include "widgets/process/AddressMapView.h"
#include "widgets/process/ProcessView.h"
#include "widgets/process/VmaTableModel.h"

#include <QApplication>
#include <QTabWidget>
#include <QtTest>

using namespace vmscope;

namespace {
// The [heap] region of a snapshot; 0 when there is none.
std::uint64_t heapStart(const MemoryMap& map)
{
    for (const Vma& vma : map.vmas)
        if (vma.path == "[heap]")
            return vma.start;
    return 0;
}

int experimentMarkers(const MemoryTimeline& timeline)
{
    int count = 0;
    for (std::size_t i = 0; i < timeline.markerCount(); ++i)
        count += timeline.markerKind(i) == MemoryTimeline::MarkerKind::ExperimentStep ? 1 : 0;
    return count;
}
} // namespace

class TestExperiments : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void mallocThresholdLightsTheHeap();
    void unknownExperimentIsRefused();
};

void TestExperiments::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QCoreApplication::setOrganizationName(QStringLiteral("vmscope-test"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestExperiments::mallocThresholdLightsTheHeap()
{
    MainWindow window(std::make_shared<const ProcRootSource>("/proc"));
    window.experimentPanel()->setProgram(QStringLiteral(VMSCOPE_DEMO));
    window.show();
    QVERIFY(window.openExperiment(QStringLiteral("malloc-threshold")));
    ExperimentPanel* panel = window.experimentPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->currentStep(), 1, 10000);
    const int subject = panel->shownPid();
    QVERIFY(subject > 0);
    // The scenario's process opens on the Process page.
    QCOMPARE(window.pages()->currentWidget(), window.processView());
    QTRY_COMPARE_WITH_TIMEOUT(window.processView()->pid(), subject, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->canAdvance(), 10000);

    // Space, as a lecturer presses it (the window must be active for its shortcuts).
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(panel->currentStep(), 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->canAdvance(), 10000);
    QCOMPARE(experimentMarkers(*window.kernelPage()->timeline()), 2);
    // Each step is kept as a snapshot of its processes, to compare (issue 13).
    QTRY_COMPARE_WITH_TIMEOUT(window.snapshots()->rowCount(), 2, 10000);
    for (const SnapshotStore::Entry& entry : window.snapshots()->entries()) {
        QCOMPARE(entry.origin, SnapshotStore::Origin::ExperimentStep);
        QVERIFY2(entry.name.startsWith(QStringLiteral("Step ")), qPrintable(entry.name));
        const auto pids = entry.source->listPids();
        QVERIFY(pids && std::find(pids->begin(), pids->end(), subject) != pids->end());
    }

    // The step made or grew the heap: the table and the map light it, and it stays lit.
    QTRY_VERIFY_WITH_TIMEOUT(window.processView()->hasSnapshot() && heapStart(*window.processView()->snapshot()) != 0
            && window.processView()->tableModel()->highlighter()->isPinned(),
        10000);
    const std::uint64_t heap = heapStart(*window.processView()->snapshot());
    QTRY_VERIFY_WITH_TIMEOUT(window.processView()->tableModel()->changeOfStart(heap).kind != ChangeKind::None, 10000);
    QVERIFY(window.processView()->mapView()->changeOfStart(heap) != ChangeKind::None);
    QTest::qWait(window.processView()->tableModel()->highlightDuration() + 500);
    QVERIFY(window.processView()->tableModel()->changeOfStart(heap).kind != ChangeKind::None); // no fading
    // vmscope-demo-subject has no heap before its first malloc: malloc(8) creates it, 132 KiB.
    const QString figures = panel->figuresText();
    QVERIFY2(
        figures.contains(QStringLiteral("(new in this step)")) && figures.contains(QStringLiteral("Size: 132 KiB")),
        qPrintable(figures));

    panel->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 10000);
    // The run's end returns the table to the usual fading highlights.
    QTRY_VERIFY(!window.processView()->tableModel()->highlighter()->isPinned());
}

void TestExperiments::unknownExperimentIsRefused()
{
    MainWindow window(std::make_shared<const ProcRootSource>("/proc"));
    QVERIFY(!window.openExperiment(QStringLiteral("no-such-scenario")));
    QVERIFY(!window.experimentPanel()->isRunning());
}

QTEST_MAIN(TestExperiments)
#include "tst_experiments.moc"
