#pragma once

#include "core/io/Source.h"
#include "core/read/ProcessTreeIo.h"
#include "core/sampling/SystemSample.h"
#include "workload/WorkloadRunner.h"

#include "widgets/common/LatestOnlyJob.h"

#include <QStringDecoder>
#include <QWidget>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QSpinBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace vmscope {

class RunComparisonModel;

// Runs a workload while the timeline watches: tar a folder, read a file with dd, or any command
// line. Output streams into a capped log, elapsed time and the command's own disk reads tick
// live, Cancel ends it and its children, and every run lands in a comparison table (cold versus
// warm cache).
class WorkloadPanel : public QWidget {
    Q_OBJECT
public:
    // The Alloc presets run vmscope-alloc (app/alloc/main.cpp); StressNg is offered when stress-ng is installed.
    enum class Preset { Tar, DdRead, Command, AllocTouch, AllocUntouched, AllocReadTouch, AllocUntilKilled, StressNg };
    static bool isMemoryPreset(Preset preset);

    explicit WorkloadPanel(QWidget* parent = nullptr);
    ~WorkloadPanel() override;

    void setPreset(Preset preset);
    Preset preset() const;
    // The folder (tar), the file (dd) or the command line.
    void setTarget(const QString& target);
    QString target() const;

    // Starts the current preset; false (and the reason shown) when it cannot start.
    bool start();
    // "Run workload…": asks for the folder or file when none is set yet, then starts.
    void runFromUser();
    void runAgain();
    void cancel();
    bool running() const;

    // The memory limit of the next run (its own memory cgroup), or none. Memory presets start
    // with the safe default (core/analysis/RunMemoryLimit.h), the others without.
    void setMemoryLimitMiB(std::optional<int> mib);
    std::optional<int> memoryLimitMiB() const;
    int defaultMemoryLimitMiB() const { return m_defaultLimitMiB; }
    // Asked before a memory preset runs without a limit; true to go ahead. Default: a dialog.
    void setConfirmUncapped(std::function<bool(const QString& question)> confirm);

    // The newest sample, for Cached before and after each run.
    void setLatestSample(const SamplePtr& sample);

    RunComparisonModel* runs() const { return m_runs; }
    QString logText() const;
    QString statusText() const;
    QAction* runAction() const { return m_runAction; }

    static constexpr int kMaxLogLines = 5000;

signals:
    void runStarted(const QString& label);
    void runFinished(const QString& label, const vmscope::WorkloadResult& result);
    void runningChanged(bool running);

private:
    QGridLayout* createWorkloadChooser();
    QHBoxLayout* createButtons();
    QSplitter* createOutputAndRuns();
    // The runner calls back on its own threads.
    void connectRunner();
    struct PendingOutput {
        OutputStream stream;
        std::string bytes;
    };

    bool startSpec(const WorkloadSpec& spec);
    void finished(const WorkloadResult& result);
    void flushOutput();
    void tick();
    void ioRead(const std::optional<ProcessIo>& io);
    void updateControls();
    // A line of vmscope's own (the command, how it ended), set apart from the output.
    void appendLogLine(const QString& line, bool note);
    void presetChanged();
    void browse();
    void showStatus(const QString& text, bool problem);
    std::optional<WorkloadSpec> specFromControls();

    std::unique_ptr<WorkloadRunner> m_runner;
    std::shared_ptr<const Source> m_liveProc; // the workload runs here, whatever the page shows
    RunComparisonModel* m_runs = nullptr;

    QComboBox* m_presetBox = nullptr;
    QCheckBox* m_limitBox = nullptr;
    QSpinBox* m_limitMiB = nullptr;
    int m_defaultLimitMiB = 256;
    std::function<bool(const QString&)> m_confirmUncapped;
    QLineEdit* m_target = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_againButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QAction* m_runAction = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_ticker = nullptr;
    QTimer* m_flushTimer = nullptr;

    std::mutex m_outputMutex;
    std::vector<PendingOutput> m_pending; // filled on the runner's thread
    std::size_t m_pendingBytes = 0;
    std::size_t m_skippedBytes = 0;
    QStringDecoder m_stdoutDecoder { QStringDecoder::Utf8 };
    QStringDecoder m_stderrDecoder { QStringDecoder::Utf8 };

    std::optional<WorkloadSpec> m_lastSpec;
    QString m_currentLabel;
    int m_currentRunId = 0;
    int m_awaitingCachedAfterId = 0;
    std::chrono::system_clock::time_point m_finishedAt;
    SamplePtr m_latestSample;
    std::optional<ProcessIo> m_liveIo;
    bool m_running = false;
    int m_ioRootPid = 0;
    LatestOnlyJob<std::optional<ProcessIo>> m_ioJob {
        [this] { return [proc = m_liveProc, rootPid = m_ioRootPid] { return readProcessTreeIo(*proc, rootPid); }; },
        [this](const std::optional<ProcessIo>& io) { ioRead(io); }
    };
};

} // namespace vmscope
