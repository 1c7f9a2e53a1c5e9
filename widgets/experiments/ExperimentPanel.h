#pragma once

#include "core/io/Source.h"
#include "core/model/Vma.h"
#include "widgets/common/LatestOnlyJob.h"
#include "widgets/experiments/ExperimentRun.h"

#include <QWidget>

#include <map>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace vmscope {

struct Scenario;

// The maps of a step's processes read at one moment (a pid that could not be read is absent).
struct ExperimentMaps {
    int step = 0;
    std::map<int, std::shared_ptr<const MemoryMap>> maps;
};

// The Experiments side panel: pick one of the course's scenarios, read its goal and steps, and
// run it through vmscope-demo one step at a time. For the current step it says what is now true
// and where to look, with the live figures of the regions the step points at, compared with the
// previous step ("RSS 16.0 MiB → 32.0 MiB"). Each step's processes are read on vmscope's read
// pool when the step is reported (the step's snapshot) and every second after; the window opens
// the main process, marks the step on the timeline and lights what changed since the previous
// step from the signals below.
class ExperimentPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentPanel(std::shared_ptr<const Source> source, QWidget* parent = nullptr);
    ~ExperimentPanel() override;

    // The vmscope-demo to run; by default the one next to vmscope (workload/ProgramLocation).
    void setProgram(const QString& program) { m_program = program; }
    QString program() const { return m_program; }
    // Picks a scenario by id (false for an unknown one); stops a run of another.
    bool chooseScenario(const QString& id);
    QString scenarioId() const;

    void start();
    // The next step (starts the run when none is under way); ignored while a step is in work or
    // its snapshot not yet read.
    void next();
    // Stops the run and starts the scenario again from its first step.
    void restart();
    void stop();
    // The next of the step's processes (fork-cow: parent, child).
    void switchProcess();

    bool isRunning() const;
    bool canAdvance() const;
    int currentStep() const { return m_currentStep; }
    int shownPid() const { return m_shownPid; }
    const ExperimentRun* run() const { return m_run; }
    // The snapshot of each step's processes (index: step number; [0] is empty).
    const std::vector<std::map<int, std::shared_ptr<const MemoryMap>>>& stepMaps() const { return m_stepMaps; }
    // What the panel shows about the current step and its figures, as plain text (tests).
    QString stepText() const;
    QString figuresText() const;
    QString statusText() const;
    QListWidget* stepList() const { return m_steps; }

signals:
    // Show this process (the step's main one, or the one switched to), with the snapshot of the
    // previous step to compare it with (null: nothing to compare with).
    void showProcess(int pid, std::shared_ptr<const vmscope::MemoryMap> previousStep);
    // A step was reported: mark it on the timeline (and keep a snapshot of its processes).
    void stepReached(int number, const QString& title, const QString& expect, const QList<int>& pids);
    // Running or not, or able to advance: the window's actions follow.
    void stateChanged();
    // The run ended (done, stopped or failed): the window stops comparing with a step.
    void runEnded();

private:
    void buildUi();
    void showScenario();
    void stepReported(const ExperimentStepReport& step);
    void runFailed(const QString& message);
    void mapsRead(std::shared_ptr<const ExperimentMaps> maps);
    void updateStepList();
    void updateFigures();
    void updateButtons();
    void setStatus(const QString& text, bool problem);
    const Scenario* scenario() const;
    std::shared_ptr<const MemoryMap> stepMap(int step, int pid) const;
    LatestOnlyJob<std::shared_ptr<const ExperimentMaps>>::Work readWork();

    std::shared_ptr<const Source> m_source;
    QString m_program;
    ExperimentRun* m_run = nullptr;
    int m_currentStep = 0;
    int m_shownPid = 0;
    bool m_completed = false;
    std::vector<std::map<int, std::shared_ptr<const MemoryMap>>> m_stepMaps;
    std::map<int, std::shared_ptr<const MemoryMap>> m_latestMaps;
    QTimer* m_readTimer = nullptr;
    LatestOnlyJob<std::shared_ptr<const ExperimentMaps>> m_reads;

    QComboBox* m_scenarioBox = nullptr;
    QLabel* m_goal = nullptr;
    QListWidget* m_steps = nullptr;
    QLabel* m_expect = nullptr;
    QLabel* m_lookAt = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_processes = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_restartButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_switchButton = nullptr;
};

} // namespace vmscope
