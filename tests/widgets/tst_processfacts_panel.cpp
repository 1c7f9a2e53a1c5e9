// The Facts side page (widgets/process/ProcessFactsPanel.h) and the layout marks of the map
// (AddressMapView::setMarks), offscreen, over the process-facts fixtures.
#include "FixtureMaps.h"
#include "core/analysis/ProcessFactsRules.h"
#include "core/read/ProcessFactsReader.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/process/AddressMapView.h"
#include "widgets/process/ProcessFactsPanel.h"
#include "widgets/process/ProcessSnapshotFeed.h"
#include "widgets/process/ProcessView.h"

#include <QApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace vmscope;

namespace {
constexpr int kPid = 21990; // tests/data/fixtures/process-facts (PROVENANCE.md)

std::shared_ptr<const ProcessFacts> fixtureFacts(const QString& folder, bool withMap)
{
    const ProcRootSource source(test::fixturePath(QStringLiteral("process-facts/") + folder).toStdString());
    const auto map = withMap ? test::fixtureMap(source, kPid, MapDetail::Maps) : nullptr;
    return std::make_shared<const ProcessFacts>(readProcessFacts(source, kPid, map.get()));
}
} // namespace

class TestProcessFactsPanel : public QObject {
    Q_OBJECT

private slots:
    void showsTheFixture()
    {
        ProcessFactsPanel panel;
        QSignalSpy changed(&panel, &ProcessFactsPanel::factsChanged);
        panel.showFacts(fixtureFacts(QStringLiteral("proc"), true));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.valueText(QStringLiteral("VmHWM")), sizeText(1848));
        QCOMPARE(panel.valueText(QStringLiteral("VmPTE")), sizeText(52));
        QCOMPARE(panel.valueText(QStringLiteral("start_code")), QStringLiteral("0x55b1183fd000"));
        QCOMPARE(panel.valueText(QStringLiteral("brk")), QStringLiteral("0x55b13afa0000"));
        QCOMPARE(panel.valueText(QStringLiteral("env_end")), QStringLiteral("0x7ffd9aa5bfea"));
        QVERIFY(panel.valueText(QStringLiteral("layout")).isEmpty());
        QVERIFY(panel.valueText(QStringLiteral("minor faults")).startsWith(QStringLiteral("76")));
        QVERIFY(!panel.valueText(QStringLiteral("minor faults")).contains(QStringLiteral("/s")));
        QVERIFY(panel.valueText(QStringLiteral("RLIMIT_STACK")).endsWith(QStringLiteral(" / unlimited")));
        QCOMPARE(panel.valueText(QStringLiteral("RLIMIT_AS")), QStringLiteral("unlimited / unlimited"));
        QCOMPARE(panel.valueText(QStringLiteral("ASLR")), QStringLiteral("2: full randomisation incl. heap/brk"));
        const QLocale locale;
        QCOMPARE(panel.valueText(QStringLiteral("VMAs")),
            QStringLiteral("44 of %1 (%2 %)").arg(locale.toString(65530), locale.toString(100.0 * 44 / 65530, 'f', 1)));
    }

    void hiddenAddresses()
    {
        ProcessFactsPanel panel;
        panel.showFacts(fixtureFacts(QStringLiteral("proc-unprivileged"), false));
        QCOMPARE(
            panel.valueText(QStringLiteral("layout")), QStringLiteral("hidden by the kernel (needs ptrace access)"));
        QVERIFY(panel.valueText(QStringLiteral("ASLR")).startsWith(QStringLiteral("unknown: ")));
        QVERIFY(panel.valueText(QStringLiteral("VMAs")).contains(QStringLiteral("vm.max_map_count unknown")));
    }

    // Two readings of the same process give the rate; a reading of another pid is dropped.
    void faultRate()
    {
        ProcessFactsPanel panel;
        auto first = std::make_shared<ProcessFacts>(*fixtureFacts(QStringLiteral("proc"), true));
        auto second = std::make_shared<ProcessFacts>(*first);
        auto stat = second->stat.value();
        stat.minorFaults = 276;
        second->stat = stat;
        second->readAt = first->readAt + std::chrono::seconds(2);
        panel.showFacts(first);
        panel.showFacts(second);
        QCOMPARE(panel.valueText(QStringLiteral("minor faults")),
            QStringLiteral("276 · %1 /s").arg(QLocale().toString(100.0, 'f', 1)));
        auto other = std::make_shared<ProcessFacts>(*first);
        other->pid = 4242;
        panel.showFacts(other);
        QCOMPARE(panel.facts(), std::shared_ptr<const ProcessFacts>(second));
    }

    // A mark lands on the row of its address: the bottom edge of the VMA starting there, in
    // both scales and zoomed in.
    void marksLandOnTheirRows()
    {
        const auto map = test::fixtureMap(QStringLiteral("process-facts"), kPid, MapDetail::Maps);
        AddressMapView view;
        view.resize(500, 900);
        view.setMemoryMap(map);
        const std::uint64_t heapStart = 0x55b13af3f000;
        const std::uint64_t textStart = 0x55b1183fd000; // start_code, the r-xp VMA of bash
        view.setMarks({ { heapStart, QStringLiteral("start_brk") }, { textStart, QStringLiteral("start_code") } });
        int heapIndex = -1;
        int textIndex = -1;
        for (std::size_t i = 0; i < map->vmas.size(); ++i) {
            if (map->vmas[i].start == heapStart)
                heapIndex = int(i);
            if (map->vmas[i].start == textStart)
                textIndex = int(i);
        }
        QVERIFY(heapIndex >= 0 && textIndex >= 0);
        for (const ScaleMode mode : { ScaleMode::Compressed, ScaleMode::Linear }) {
            view.setScaleMode(mode);
            view.zoomToFit();
            for (const int index : { heapIndex, textIndex }) {
                const QRectF rect = view.vmaRect(index);
                const auto y = view.yOfAddress(map->vmas[std::size_t(index)].start);
                QVERIFY(y.has_value());
                QVERIFY2(
                    qAbs(*y - rect.bottom()) < 0.5, qPrintable(QStringLiteral("%1 vs %2").arg(*y).arg(rect.bottom())));
            }
        }
        view.setScaleMode(ScaleMode::Compressed);
        view.zoomToVma(heapIndex);
        const auto y = view.yOfAddress(heapStart);
        QVERIFY(y.has_value());
        QVERIFY(qAbs(*y - view.vmaRect(heapIndex).bottom()) < 0.5);
        QVERIFY(!view.yOfAddress(0x7ffd9aa3b000)); // the stack is out of the zoomed window
        view.setShowMarks(false);
        QVERIFY(view.placedMarkLabels().empty());
    }

    // Marks closer than a line share one label; far apart they keep their own.
    void crowdedMarksJoin()
    {
        const auto map = test::fixtureMap(QStringLiteral("process-facts"), kPid, MapDetail::Maps);
        AddressMapView view;
        view.resize(500, 900);
        view.setMemoryMap(map);
        view.setMarks({ { 0x7ffd9aa5bb3a, QStringLiteral("arg") }, { 0x7ffd9aa5bb49, QStringLiteral("env") },
            { 0x55b1183fd000, QStringLiteral("start_code") } });
        const auto labels = view.placedMarkLabels();
        QCOMPARE(labels.size(), std::size_t(2));
        QCOMPARE(labels[0].text, QStringLiteral("start_code"));
        QCOMPARE(labels[1].text, QStringLiteral("arg, env"));
        QCOMPARE(labels[1].lines, 1);
        // Joined names wider than the strip stack, one a line.
        view.setMarks({ { 0x55b1183fd000, QStringLiteral("start_code") },
            { 0x55b1183fd010, QStringLiteral("end_code") }, { 0x55b1183fd020, QStringLiteral("start_data") } });
        const auto stacked = view.placedMarkLabels();
        QCOMPARE(stacked.size(), std::size_t(1));
        QCOMPARE(stacked[0].text, QStringLiteral("start_code, end_code, start_data"));
        QCOMPARE(stacked[0].lines, 3);
        QImage image = view.renderToImage(QSize(500, 900)); // paints the marks without trouble
        QVERIFY(!image.isNull());
    }

    // The view reads the facts on the read pool with each snapshot and marks the map.
    void processViewMarksTheMap()
    {
        auto source = std::make_shared<const ProcRootSource>(test::procRoot(QStringLiteral("process-facts")));
        ProcessSnapshotFeed feed(nullptr);
        ProcessView view(source, &feed);
        view.setRefreshInterval(0);
        view.showProcess(kPid, QStringLiteral("bash"));
        auto snapshot = std::make_shared<ProcessSnapshot>();
        snapshot->pid = kPid;
        snapshot->map = test::fixtureMap(*source, kPid, MapDetail::Maps);
        snapshot->time = QDateTime::currentDateTime();
        QSignalSpy changed(view.factsPanel(), &ProcessFactsPanel::factsChanged);
        feed.publish(snapshot);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QCOMPARE(view.factsPanel()->valueText(QStringLiteral("brk")), QStringLiteral("0x55b13afa0000"));
        std::vector<QString> labels;
        for (const auto& mark : view.mapView()->marks())
            labels.push_back(mark.label);
        QCOMPARE(labels,
            (std::vector<QString> { "start_code", "end_code", "start_data", "brk", "start_stack", "arg", "env" }));
        view.showProcess(4242, QStringLiteral("other"));
        QVERIFY(view.mapView()->marks().empty());
    }
};

QTEST_MAIN(TestProcessFactsPanel)
#include "tst_processfacts_panel.moc"
