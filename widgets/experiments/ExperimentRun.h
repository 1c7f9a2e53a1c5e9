#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>

#include <cstdint>
#include <optional>

class QTimer;

namespace vmscope {

// A region a step points at: the one holding `address` in process `pid`.
struct ExperimentFocus {
    int pid = 0;
    std::uint64_t address = 0;
    QString label;
};

// One step as vmscope-demo --format json reports it, after doing its work.
struct ExperimentStepReport {
    int number = 0; // from 1
    QString title; // the catalogue's English title ("malloc(8)")
    QList<int> pids; // the processes to look at, the main one first
    QString expect; // what is now true in the kernel's figures
    QList<ExperimentFocus> focus;
    QJsonObject line; // the whole line, for a scenario's own facts (a signal, the break)
};

// The reading of one line of vmscope-demo's JSON output: a step, the end, an error, or nothing
// usable (then `problem` says why). Pure: tests feed it lines.
struct ExperimentLine {
    enum Kind { Step, Done, Error, Unusable };
    Kind kind = Unusable;
    ExperimentStepReport step;
    QString problem; // Error: the program's message; Unusable: what is wrong with the line
};
ExperimentLine parseExperimentLine(const QByteArray& line);

// One run of `vmscope-demo ID --format json`: the program does a step's work and reports it,
// then waits for a line on its standard input before the next one. next() sends that line;
// stop() closes its input (it then ends its children and exits), and terminates it if it does
// not. Its output is untrusted in size: a line longer than kMaxLineBytes ends the run.
class ExperimentRun : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;
    static constexpr int kStopGraceMs = 3000;

    explicit ExperimentRun(QObject* parent = nullptr);
    ~ExperimentRun() override;

    // Starts `program` (vmscope-demo) on scenario `id`. False with error() when there is no program;
    // one that cannot be started reports failed().
    bool start(const QString& program, const QString& id);
    // Asks for the next step; ignored while a step is still being done.
    void next();
    void stop();
    bool isRunning() const;
    // A step was reported and the program waits for next().
    bool isWaiting() const { return m_waiting; }
    const QList<ExperimentStepReport>& steps() const { return m_steps; }
    QString error() const { return m_error; }

signals:
    void stepReported(const vmscope::ExperimentStepReport& step);
    // After the last step ({"done":true}).
    void completed();
    // The program failed, or said why it cannot run the scenario; `message` is for a person.
    void failed(const QString& message);
    // The program has exited (after completed(), failed() or stop()).
    void ended();

private:
    void readOutput();
    void handleLine(const QByteArray& line);
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString& message);

    QProcess* m_process = nullptr;
    QTimer* m_stopTimer = nullptr;
    QByteArray m_pending;
    QByteArray m_stderr;
    QList<ExperimentStepReport> m_steps;
    QString m_error;
    bool m_waiting = false;
    bool m_completed = false;
    bool m_stopRequested = false; // stop() was called
    bool m_stopping = false; // terminate() was sent
};

} // namespace vmscope

Q_DECLARE_METATYPE(vmscope::ExperimentStepReport)
