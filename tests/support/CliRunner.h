#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// Runs the real vmscope-cli binary (VMSCOPE_CLI) for the tests of its contract.
namespace vmscope::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // For failure messages: the exit code and the start of stderr.
    QByteArray describe() const { return "exit " + QByteArray::number(exitCode) + "; stderr: " + err.left(400); }
};

// Waits for a started vmscope-cli and collects what it said.
inline CliRun finishedRun(QProcess& process)
{
    CliRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = "vmscope-cli did not finish normally: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(VMSCOPE_CLI), arguments);
    return finishedRun(process);
}

// The same with `input` on the binary's standard input, closed after it.
inline CliRun runCliWithInput(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(VMSCOPE_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    return finishedRun(process);
}

} // namespace vmscope::test
