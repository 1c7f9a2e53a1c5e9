// The Experiments panel and its run of vmscope-demo: the JSON lines read, stepping, the step's
// snapshot, the live figures compared with the previous step against the kernel's smaps, and
// the pinned highlights of what a step changed. A stand-in vmscope-demo (a shell script) points
// the steps at a mapping of this test's own process, so what moves is known exactly.
#include "core/analysis/RegionFigures.h"
#include "core/analysis/SnapshotDiff.h"
#include "core/teaching/Scenarios.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/experiments/ExperimentPanel.h"
#include "widgets/experiments/ExperimentRun.h"
#include "widgets/process/ChangeHighlighter.h"

#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/io/ProcRootSource.h"

#include <cstring>

#include <sys/mman.h>
#include <unistd.h>

using namespace vmscope;

namespace {
constexpr std::size_t kMappingBytes = 8u << 20;
constexpr std::size_t kTouchedBytes = 4u << 20;

// Steps of the stand-in: 1 and 2 point at FAKE_ADDRESS in FAKE_PID, then done. A line on stdin
// advances; end of input ends it (as vmscope-demo does).
const char* const kFakeDemo = R"(#!/bin/sh
step() {
    printf '{"step":%s,"title":"%s","pids":[%s],"expect":"%s","focus":[{"pid":%s,"address":"%s","label":"the buffer"}]}\n' \
        "$1" "$2" "$FAKE_PID" "$3" "$FAKE_PID" "$FAKE_ADDRESS"
}
step 1 start "nothing touched"
read line || exit 0
step 2 touch "4 MiB touched"
read line || exit 0
echo '{"done":true}'
)";

const char* const kFailingDemo = R"(#!/bin/sh
echo '{"error":"this scenario needs root"}'
echo 'vmscope-demo: this scenario needs root' >&2
exit 3
)";

QString writeScript(const QTemporaryDir& dir, const QString& name, const char* text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// The Rss line of the smaps record of the mapping that starts at `start`, straight from the kernel.
qint64 kernelRssKb(std::uintptr_t start)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = QByteArray::number(qulonglong(start), 16) + '-';
    bool inRecord = false;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        // A record starts with "start-end perms …"; its fields are "Key: value kB".
        if (line.left(line.indexOf(' ')).contains('-'))
            inRecord = line.startsWith(header);
        else if (inRecord && line.startsWith("Rss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

MemoryMap mapOf(std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges, std::uint64_t rssKb)
{
    MemoryMap map;
    map.pid = 42;
    map.fromSmaps = true;
    for (const auto& [start, end] : ranges) {
        Vma vma;
        vma.start = start;
        vma.end = end;
        vma.fields.set(SmapsKey::Size, (end - start) / 1024);
        vma.fields.set(SmapsKey::Rss, rssKb);
        vma.fields.set(SmapsKey::Pss, rssKb);
        map.vmas.push_back(vma);
    }
    return map;
}
} // namespace

class TestExperimentPanel : public QObject {
    Q_OBJECT
private slots:
    void parseLines_data();
    void parseLines();
    void regionFigures();
    void pinnedHighlightsDoNotFade();
    void stepsThroughAFakeRun();
    void reportsAFailingRun();
    void everyScenarioIsOffered();
};

void TestExperimentPanel::parseLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("pids");
    QTest::addColumn<int>("focus");
    QTest::newRow("step") << QByteArray(
        R"json({"step":2,"title":"malloc(8)","pids":[10,11],"expect":"x","focus":[{"pid":10,"address":"0x5555","label":"heap"}]})json")
                          << int(ExperimentLine::Step) << 2 << 2 << 1;
    QTest::newRow("unplaceable focus left out")
        << QByteArray(R"({"step":1,"title":"t","pids":[10],"focus":[{"pid":10,"address":"zz"},{"address":"0x1"}]})")
        << int(ExperimentLine::Step) << 1 << 1 << 0;
    QTest::newRow("bad pids dropped") << QByteArray(R"({"step":1,"pids":[0,-3,"x",7]})") << int(ExperimentLine::Step)
                                      << 1 << 1 << 0;
    QTest::newRow("done") << QByteArray(R"({"done":true})") << int(ExperimentLine::Done) << 0 << 0 << 0;
    QTest::newRow("error") << QByteArray(R"({"error":"needs root"})") << int(ExperimentLine::Error) << 0 << 0 << 0;
    QTest::newRow("no step number") << QByteArray(R"({"title":"x"})") << int(ExperimentLine::Unusable) << 0 << 0 << 0;
    QTest::newRow("step 0") << QByteArray(R"({"step":0})") << int(ExperimentLine::Unusable) << 0 << 0 << 0;
    QTest::newRow("not JSON") << QByteArray("step 1: malloc(8)") << int(ExperimentLine::Unusable) << 0 << 0 << 0;
    QTest::newRow("array") << QByteArray("[1,2]") << int(ExperimentLine::Unusable) << 0 << 0 << 0;
}

void TestExperimentPanel::parseLines()
{
    QFETCH(QByteArray, line);
    QFETCH(int, kind);
    const ExperimentLine parsed = parseExperimentLine(line);
    QCOMPARE(int(parsed.kind), kind);
    if (parsed.kind == ExperimentLine::Step) {
        QTEST(parsed.step.number, "step");
        QTEST(int(parsed.step.pids.size()), "pids");
        QTEST(int(parsed.step.focus.size()), "focus");
    }
    if (parsed.kind == ExperimentLine::Unusable || parsed.kind == ExperimentLine::Error)
        QVERIFY(!parsed.problem.isEmpty());
}

void TestExperimentPanel::regionFigures()
{
    const MemoryMap before = mapOf({ { 0x1000, 0x3000 }, { 0x10000, 0x20000 } }, 4);
    const MemoryMap after = mapOf({ { 0x1000, 0x5000 }, { 0x10000, 0x20000 } }, 12);
    QVERIFY(!regionFiguresAt(before, 0x0fff));
    QVERIFY(!regionFiguresAt(before, 0x3000)); // the end is exclusive
    QVERIFY(!regionFiguresAt(before, 0x9000)); // a gap
    const auto grown = regionFiguresAt(after, 0x4fff);
    QVERIFY(grown);
    QCOMPARE(grown->start, 0x1000u);
    QCOMPARE(grown->sizeKb, 16u);
    const auto changes = stepFigureChanges(regionFiguresAt(before, 0x1000), *grown);
    QCOMPARE(changes.size(), 3u); // Size, RSS, PSS; no dirty or swap anywhere
    QCOMPARE(*changes[0].beforeKb, 8u);
    QCOMPARE(changes[0].afterKb, 16u);
    QVERIFY(changes[1].changed());
    const auto appeared = stepFigureChanges(std::nullopt, *grown);
    QVERIFY(!appeared[0].beforeKb);
    QVERIFY(appeared[0].changed());
    RegionFigures dirty = *grown;
    dirty.privateDirtyKb = 8;
    QCOMPARE(stepFigureChanges(grown, dirty).size(), 4u); // Private_Dirty joins when either side has any
}

void TestExperimentPanel::pinnedHighlightsDoNotFade()
{
    ChangeHighlighter highlighter;
    highlighter.setAnimate(false);
    QDateTime now = QDateTime::fromMSecsSinceEpoch(1'000'000, Qt::UTC);
    highlighter.setClock([&now] { return now; });
    auto before = std::make_shared<const MemoryMap>(mapOf({ { 0x1000, 0x3000 }, { 0x8000, 0x9000 } }, 4));
    auto after = std::make_shared<const MemoryMap>(mapOf({ { 0x1000, 0x5000 }, { 0x10000, 0x11000 } }, 4));
    highlighter.pin(diffSnapshots(before, after));
    QVERIFY(highlighter.isPinned());
    QCOMPARE(highlighter.changeOfStart(0x1000).kind, ChangeKind::Resized);
    QCOMPARE(highlighter.changeOfStart(0x10000).kind, ChangeKind::Appeared);
    QCOMPARE(highlighter.recentlyVanished().size(), 1u);
    now = now.addSecs(600); // far past the fade
    highlighter.expire(now);
    QCOMPARE(highlighter.changeOfStart(0x1000).kind, ChangeKind::Resized);
    QVERIFY(highlighter.color(highlighter.changeOfStart(0x1000), now).isValid());
    // A refresh's own diff does not replace what the step lit.
    highlighter.apply(diffSnapshots(after, after));
    QCOMPARE(highlighter.changeOfStart(0x10000).kind, ChangeKind::Appeared);
    highlighter.unpin();
    QVERIFY(!highlighter.isPinned());
    QCOMPARE(highlighter.changeOfStart(0x1000).kind, ChangeKind::None);
    QVERIFY(highlighter.recentlyVanished().empty());
}

void TestExperimentPanel::stepsThroughAFakeRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Between two inaccessible pages: a writable anonymous neighbour would merge with the mapping
    // into one VMA, and its own pages (a malloc arena's, freed at any time) would move its RSS.
    const std::size_t page = std::size_t(sysconf(_SC_PAGESIZE));
    void* reservation = mmap(nullptr, kMappingBytes + 2 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    QVERIFY(reservation != MAP_FAILED);
    void* mapping = static_cast<char*>(reservation) + page;
    QCOMPARE(mprotect(mapping, kMappingBytes, PROT_READ | PROT_WRITE), 0);
    const auto address = reinterpret_cast<std::uintptr_t>(mapping);
    qputenv("FAKE_PID", QByteArray::number(getpid()));
    qputenv("FAKE_ADDRESS", "0x" + QByteArray::number(qulonglong(address), 16));

    ExperimentPanel panel(std::make_shared<const ProcRootSource>("/proc"));
    panel.setProgram(writeScript(dir, QStringLiteral("fake-demo"), kFakeDemo));
    QVERIFY(panel.chooseScenario(
        QString::fromUtf8(teachingScenarios().front().id.data(), qsizetype(teachingScenarios().front().id.size()))));
    QSignalSpy reached(&panel, &ExperimentPanel::stepReached);
    QSignalSpy shown(&panel, &ExperimentPanel::showProcess);
    QSignalSpy ended(&panel, &ExperimentPanel::runEnded);

    panel.next(); // not running: starts the run
    QTRY_COMPARE(reached.size(), 1);
    QCOMPARE(panel.currentStep(), 1);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).toInt(), int(getpid()));
    QVERIFY(!shown.at(0).at(1).value<std::shared_ptr<const MemoryMap>>()); // nothing before step 1
    QTRY_VERIFY(panel.canAdvance()); // step 1's snapshot is read
    QVERIFY(panel.figuresText().contains(QStringLiteral("the buffer")));
    QVERIFY(panel.stepList()->item(0)->text().startsWith(QStringLiteral("▶")));

    // What the kernel will count once the pages are written: step 2 must show it against step 1.
    std::memset(mapping, 1, kTouchedBytes);
    panel.next();
    QVERIFY(!panel.canAdvance()); // step 2 is in work
    QTRY_COMPARE(reached.size(), 2);
    QCOMPARE(reached.at(1).at(0).toInt(), 2);
    QCOMPARE(shown.size(), 2);
    const auto previous = shown.at(1).at(1).value<std::shared_ptr<const MemoryMap>>();
    QVERIFY(previous); // step 1's snapshot, to light what step 2 changed
    const auto before = regionFiguresAt(*previous, address);
    QVERIFY(before);
    QCOMPARE(before->start, std::uint64_t(address)); // the mapping alone, not merged with a neighbour
    QCOMPARE(before->rssKb, 0u); // nothing written yet
    QTRY_VERIFY(panel.canAdvance());
    // The kernel's own figure, read straight from smaps: the written pages are resident.
    const qint64 kernelRss = kernelRssKb(address);
    QVERIFY2(kernelRss >= qint64(before->rssKb + kTouchedBytes / 1024),
        qPrintable(QStringLiteral("RSS %1 kB now, %2 kB at step 1").arg(kernelRss).arg(before->rssKb)));
    QTRY_VERIFY2(
        panel.figuresText().contains(sizeText(before->rssKb) + QStringLiteral(" → ")), qPrintable(panel.figuresText()));
    QCOMPARE(panel.stepMaps().size(), 3u);

    panel.next();
    QTRY_VERIFY(!panel.isRunning());
    QTRY_COMPARE(ended.size(), 1);
    QVERIFY2(panel.statusText().startsWith(QStringLiteral("Done")), qPrintable(panel.statusText()));
    munmap(reservation, kMappingBytes + 2 * page);
}

void TestExperimentPanel::reportsAFailingRun()
{
    QTemporaryDir dir;
    ExperimentPanel panel(std::make_shared<const ProcRootSource>("/proc"));
    panel.setProgram(writeScript(dir, QStringLiteral("failing-demo"), kFailingDemo));
    QSignalSpy ended(&panel, &ExperimentPanel::runEnded);
    panel.start();
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(panel.statusText(), QStringLiteral("this scenario needs root"));
    QCOMPARE(panel.currentStep(), 0);

    panel.setProgram(dir.filePath(QStringLiteral("no-such-demo")));
    panel.start();
    QTRY_VERIFY(panel.statusText().contains(QStringLiteral("could not be started")));
    QVERIFY(!panel.isRunning());
}

void TestExperimentPanel::everyScenarioIsOffered()
{
    ExperimentPanel panel(std::make_shared<const ProcRootSource>("/proc"));
    for (const Scenario& scenario : teachingScenarios()) {
        const QString id = QString::fromUtf8(scenario.id.data(), qsizetype(scenario.id.size()));
        QVERIFY2(panel.chooseScenario(id), qPrintable(id));
        QCOMPARE(panel.stepList()->count(), int(scenario.steps.size()));
        // Its What's This links the glossary's terms for the experiment, every one of them known.
        const QStringList linked = linkedGlossaryIds(panel.stepList()->whatsThis());
        QVERIFY2(!linked.isEmpty(), qPrintable(id));
        for (const QString& term : linked)
            QVERIFY2(glossaryTerm(term), qPrintable(id + QStringLiteral(": ") + term));
    }
    QVERIFY(!panel.chooseScenario(QStringLiteral("no-such-scenario")));
}

QTEST_MAIN(TestExperimentPanel)
#include "tst_experimentpanel.moc"
