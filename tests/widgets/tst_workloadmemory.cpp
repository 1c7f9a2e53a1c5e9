// The Workload panel's memory side (issue 11): the vmscope-alloc presets with a memory limit that
// defaults to the safe fraction, the question before an uncapped run, and the run row's memory
// peak, OOM kill count and OOM wording. The live run (root only) OOM-kills vmscope-alloc in its
// cgroup from the panel.
#include "FixtureSample.h"
#include "core/analysis/RunMemoryLimit.h"
#include "core/io/ProcRootSource.h"
#include "core/read/SystemReader.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/kernel/RunComparisonModel.h"
#include "widgets/kernel/WorkloadPanel.h"
#include "workload/WorkloadPresets.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace vmscope;

class TestWorkloadMemory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("vmscope-test"));
        // The presets find vmscope-alloc next to the running program, else the shell finds it on PATH.
        qputenv("PATH", QByteArray(VMSCOPE_ALLOC_DIR ":") + qgetenv("PATH"));
    }

    void runRowShowsPeakAndOomKills()
    {
        RunComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int plain = model.addRun(QStringLiteral("true"), std::nullopt);
        WorkloadResult exited;
        exited.exitCode = 0;
        model.finishRun(plain, exited);
        QCOMPARE(model.index(0, RunComparisonModel::MemoryPeak).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, RunComparisonModel::OomKills).data().toString(), QStringLiteral("—"));

        const int killed = model.addRun(QStringLiteral("vmscope-alloc touch 300 MiB"), std::nullopt);
        WorkloadResult oom;
        oom.signal = SIGKILL;
        oom.oomKilled = true;
        oom.memoryCgroup = RunMemoryCgroup {};
        oom.memoryCgroup->limitBytes = 96ULL << 20;
        oom.memoryCgroup->peakBytes = 96ULL << 20;
        oom.memoryCgroup->oomKills = 1;
        model.finishRun(killed, oom);
        const int row = model.rowOfRun(killed);
        QCOMPARE(model.index(row, RunComparisonModel::MemoryPeak).data().toString(),
            QStringLiteral("%1 of %1").arg(sizeText(96 * 1024)));
        QCOMPARE(model.index(row, RunComparisonModel::OomKills).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(row, RunComparisonModel::Status).data().toString(),
            QStringLiteral("killed by the OOM killer: memory cgroup limit 96 MiB reached"));
        QCOMPARE(model.index(row, RunComparisonModel::OomKills).data(RunComparisonModel::SortRole).toULongLong(), 1ULL);
    }

    void memoryPresetsDefaultToTheSafeLimit()
    {
        WorkloadPanel panel;
        // The sampler's sample sets the default: the 6.18 fixture has MemAvailable 24,270,868 kB,
        // so a quarter is capped at 1 GiB.
        const SamplePtr sample = test::fixtureSample(QStringLiteral("live-6.18-x86_64"));
        QVERIFY(sample->memInfoValue("MemAvailable"));
        panel.setLatestSample(sample);
        const int expected = int(defaultRunMemoryLimitBytes(sample->memInfoValue("MemAvailable"), std::nullopt) >> 20);
        QCOMPARE(expected, 1024);
        QCOMPARE(panel.defaultMemoryLimitMiB(), expected);
        panel.setPreset(WorkloadPanel::Preset::AllocTouch);
        QCOMPARE(panel.memoryLimitMiB(), std::optional<int>(expected));
        // tar and dd run without: a limit would cap the page cache they are about.
        panel.setPreset(WorkloadPanel::Preset::Tar);
        QCOMPARE(panel.memoryLimitMiB(), std::nullopt);
        panel.setPreset(WorkloadPanel::Preset::AllocUntilKilled);
        QCOMPARE(panel.memoryLimitMiB(), std::optional<int>(expected));
        // "Never touch" offers twice the RAM: the overcommit demonstration (MemTotal 24,684,084 kB).
        QSettings().remove(QStringLiteral("workload/target%1").arg(int(WorkloadPanel::Preset::AllocUntouched)));
        panel.setPreset(WorkloadPanel::Preset::AllocUntouched);
        QCOMPARE(panel.target(), QString::number(twiceRamMiB(24684084)));
        QCOMPARE(panel.target(), QStringLiteral("48212"));
        // A limit the user chose stays when the next sample comes.
        panel.setMemoryLimitMiB(300);
        panel.setLatestSample(test::fixtureSample(QStringLiteral("live-6.18-x86_64"), 1));
        QCOMPARE(panel.memoryLimitMiB(), std::optional<int>(300));
    }

    void uncappedRunIsAskedFirst()
    {
        WorkloadPanel panel;
        QString asked;
        panel.setConfirmUncapped([&asked](const QString& question) {
            asked = question;
            return false;
        });
        panel.setPreset(WorkloadPanel::Preset::AllocTouch);
        panel.setTarget(QStringLiteral("8"));
        panel.setMemoryLimitMiB(std::nullopt);
        QVERIFY(!panel.start());
        QVERIFY2(asked.contains(QStringLiteral("without a memory limit")), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("OOM killer")));
        QVERIFY(!panel.running());
        // A bad size is refused before anything is asked.
        asked.clear();
        panel.setTarget(QStringLiteral("lots"));
        QVERIFY(!panel.start());
        QVERIFY(asked.isEmpty());
    }

    void oomKillFromThePanel()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: a memory cgroup directory can only be made as root");
        WorkloadPanel panel;
        QSignalSpy finished(&panel, &WorkloadPanel::runFinished);
        panel.setPreset(WorkloadPanel::Preset::AllocTouch);
        panel.setTarget(QStringLiteral("200"));
        panel.setMemoryLimitMiB(64);
        QVERIFY2(panel.start(), qPrintable(panel.statusText()));
        QVERIFY(finished.wait(20000));
        const auto result = finished.front().at(1).value<WorkloadResult>();
        QVERIFY2(result.oomKilled, qPrintable(panel.logText()));
        RunComparisonModel* runs = panel.runs();
        QCOMPARE(runs->index(0, RunComparisonModel::OomKills).data().toString(), QStringLiteral("1"));
        QCOMPARE(runs->index(0, RunComparisonModel::Status).data().toString(),
            QStringLiteral("killed by the OOM killer: memory cgroup limit 64 MiB reached"));
        QVERIFY(panel.statusText().contains(QStringLiteral("OOM killer")));
    }
};

QTEST_MAIN(TestWorkloadMemory)
#include "tst_workloadmemory.moc"
