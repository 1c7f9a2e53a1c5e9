#include "widgets/experiments/ExperimentRun.h"

#include "core/analysis/AddressSpaceLayout.h"
#include "widgets/common/GuiFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace vmscope {
namespace {
    // Enough of the program's complaints to explain a failure, never an unbounded buffer.
    constexpr qsizetype kMaxStderrBytes = 16 * 1024;
} // namespace

ExperimentLine parseExperimentLine(const QByteArray& bytes)
{
    ExperimentLine result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.problem = QObject::tr("not a JSON object (%1)").arg(parseError.errorString());
        return result;
    }
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("done")).toBool()) {
        result.kind = ExperimentLine::Done;
        return result;
    }
    if (object.contains(QStringLiteral("error"))) {
        result.kind = ExperimentLine::Error;
        result.problem = object.value(QStringLiteral("error")).toString();
        return result;
    }
    const int number = object.value(QStringLiteral("step")).toInt(0);
    if (number <= 0) {
        result.problem = QObject::tr("no step number");
        return result;
    }
    ExperimentStepReport& step = result.step;
    step.number = number;
    step.title = object.value(QStringLiteral("title")).toString();
    step.expect = object.value(QStringLiteral("expect")).toString();
    for (const QJsonValue pid : object.value(QStringLiteral("pids")).toArray())
        if (pid.toInt(0) > 0)
            step.pids.append(pid.toInt());
    for (const QJsonValue value : object.value(QStringLiteral("focus")).toArray()) {
        const QJsonObject focus = value.toObject();
        const auto address = parseAddress(focus.value(QStringLiteral("address")).toString().toStdString());
        const int pid = focus.value(QStringLiteral("pid")).toInt(0);
        if (!address || pid <= 0)
            continue; // a focus vmscope cannot place is left out, the step still counts
        step.focus.append({ pid, *address, focus.value(QStringLiteral("label")).toString() });
    }
    step.line = object;
    result.kind = ExperimentLine::Step;
    return result;
}

ExperimentRun::ExperimentRun(QObject* parent)
    : QObject(parent)
    , m_process(new QProcess(this))
    , m_stopTimer(new QTimer(this))
{
    m_stopTimer->setSingleShot(true);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ExperimentRun::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > kMaxStderrBytes)
            m_stderr = m_stderr.right(kMaxStderrBytes);
    });
    connect(m_process, &QProcess::finished, this, &ExperimentRun::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("vmscope-demo could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_stopTimer, &QTimer::timeout, this, [this] {
        // It did not end when its input closed: first ask, then insist.
        if (m_process->state() == QProcess::NotRunning)
            return;
        if (!m_stopping) {
            m_stopping = true;
            m_process->terminate();
            m_stopTimer->start(kStopGraceMs);
        } else {
            m_process->kill();
        }
    });
}

ExperimentRun::~ExperimentRun()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    // Closing its input ends it with its children; QProcess's destructor kills what is left.
    disconnect(m_process, nullptr, this, nullptr);
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(500)) {
        m_process->terminate();
        if (!m_process->waitForFinished(500))
            m_process->kill();
    }
}

bool ExperimentRun::start(const QString& program, const QString& id)
{
    m_pending.clear();
    m_stderr.clear();
    m_steps.clear();
    m_error.clear();
    m_waiting = false;
    m_completed = false;
    m_stopping = false;
    m_stopRequested = false;
    m_process->setProgram(program);
    m_process->setArguments({ id, QStringLiteral("--format"), QStringLiteral("json") });
    if (program.isEmpty()) {
        m_error = tr("vmscope-demo was not found next to vmscope nor in its installed place; reinstall vmscope or "
                     "build the vmscope-demo target.");
        return false;
    }
    m_process->start(); // a failure to start arrives as errorOccurred(FailedToStart)
    return true;
}

void ExperimentRun::next()
{
    if (!m_waiting || m_process->state() != QProcess::Running)
        return;
    m_waiting = false;
    m_process->write("\n");
}

void ExperimentRun::stop()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_waiting = false;
    m_stopRequested = true;
    m_process->closeWriteChannel();
    m_stopTimer->start(kStopGraceMs);
}

bool ExperimentRun::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

void ExperimentRun::readOutput()
{
    m_pending += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        if (!line.trimmed().isEmpty())
            handleLine(line);
    }
    if (m_pending.size() > kMaxLineBytes) {
        m_pending.clear();
        fail(tr("vmscope-demo printed a line longer than %1 bytes; the run was stopped.").arg(kMaxLineBytes));
        stop();
    }
}

void ExperimentRun::handleLine(const QByteArray& bytes)
{
    ExperimentLine line = parseExperimentLine(bytes);
    switch (line.kind) {
    case ExperimentLine::Step:
        m_steps.append(line.step);
        m_waiting = true;
        emit stepReported(line.step);
        break;
    case ExperimentLine::Done:
        m_completed = true;
        m_waiting = false;
        emit completed();
        break;
    case ExperimentLine::Error:
        fail(line.problem);
        break;
    case ExperimentLine::Unusable:
        fail(tr("vmscope-demo printed a line vmscope cannot read: %1 (%2)")
                 .arg(line.problem, displayText(std::string_view(bytes.constData(), size_t(bytes.size())))));
        stop();
        break;
    }
}

void ExperimentRun::processFinished(int exitCode, QProcess::ExitStatus status)
{
    m_stopTimer->stop();
    m_waiting = false;
    // An ending asked for by stop() is no failure; any other before {"done":true} is.
    if (!m_completed && !m_stopRequested) {
        const QString said = QString::fromUtf8(m_stderr).trimmed();
        if (!said.isEmpty())
            fail(tr("vmscope-demo ended: %1").arg(displayText(said.toStdString())));
        else if (status != QProcess::NormalExit)
            fail(tr("vmscope-demo crashed."));
        else
            fail(tr("vmscope-demo ended before its last step (exit code %1).").arg(exitCode));
    }
    emit ended();
}

void ExperimentRun::fail(const QString& message)
{
    if (!m_error.isEmpty())
        return; // the first cause is the one to show
    m_error = message;
    emit failed(message);
}

} // namespace vmscope
