// The workload runner against real processes (exit codes, signals, output order, Cancel of a
// whole process tree, /proc/PID/io), the presets' shell quoting, drop caches' messages, and the
// `vmscope-cli watch` contract run through the real binary.
#include "CliRunner.h"
#include "core/io/ProcRootSource.h"
#include "core/parse/ProcessIoParser.h"
#include "workload/DropCaches.h"
#include "workload/ProgramLocation.h"
#include "workload/WorkloadPresets.h"
#include "workload/WorkloadRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <csignal>
#include <mutex>
#include <sys/wait.h>
#include <unistd.h>

using namespace vmscope;
using vmscope::test::CliRun;
using vmscope::test::runCli;

namespace {

// Collects what a runner reports from its threads; waits are bounded only so that a broken
// build fails instead of hanging, never to assert on timing.
struct Collector {
    std::mutex mutex;
    std::condition_variable changed;
    QByteArray out;
    QByteArray err;
    std::optional<WorkloadResult> result;
    QByteArray outAtFinish; // what stdout held when onFinished ran
    int finishedCalls = 0;

    void attach(WorkloadRunner& runner)
    {
        runner.setOnOutput([this](OutputStream stream, std::string_view chunk) {
            const std::lock_guard lock(mutex);
            (stream == OutputStream::StdOut ? out : err).append(chunk.data(), static_cast<qsizetype>(chunk.size()));
            changed.notify_all();
        });
        runner.setOnFinished([this](const WorkloadResult& finished) {
            const std::lock_guard lock(mutex);
            result = finished;
            outAtFinish = out;
            ++finishedCalls;
            changed.notify_all();
        });
    }

    template <class Predicate> bool waitFor(Predicate done)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::seconds(60), [&] { return done(); });
    }
    QByteArray stdoutText()
    {
        const std::lock_guard lock(mutex);
        return out;
    }
};

WorkloadResult runToEnd(const std::string& commandLine, Collector& collector)
{
    WorkloadRunner runner;
    collector.attach(runner);
    std::string error;
    if (!runner.start(commandPreset(commandLine), &error)) {
        WorkloadResult failed;
        failed.error = "start failed: " + error;
        return failed;
    }
    runner.wait();
    return collector.result.value_or(WorkloadResult {});
}

// Gone, or a zombie nobody reaped yet (in a container the init process may not reap): either
// way it no longer runs.
bool processEnded(int pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) == "Z";
}

// Live processes (not zombies) whose command line is exactly `sleep ARGUMENT`: a unique argument
// finds the test's own sleeper whatever its parent, session or group became.
QList<int> sleepersWithArgument(const QByteArray& argument)
{
    QList<int> found;
    const QByteArray wanted = QByteArray("sleep") + '\0' + argument + '\0';
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const int pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll() == wanted && !processEnded(pid))
            found.append(pid);
    }
    return found;
}

// "77.123<test pid><n>": sleep takes any decimal fraction; unique per test process and call.
QByteArray uniqueSleepArgument()
{
    static int calls = 0;
    return "77.123" + QByteArray::number(::getpid()) + QByteArray::number(++calls);
}

QList<QJsonObject> jsonLines(const QByteArray& out, QString* problem)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            *problem = QStringLiteral("not a JSON object: ") + QString::fromUtf8(line.left(200));
            return {};
        }
        objects.append(document.object());
    }
    return objects;
}

} // namespace

class WorkloadTest : public QObject {
    Q_OBJECT
private slots:
    void exitStatus_data();
    void exitStatus();
    void outputArrivesInOrderOnBothStreams();
    void cancelEndsTheWholeTree_data();
    void cancelEndsTheWholeTree();
    void backgroundProcessDoesNotHoldTheResult_data();
    void backgroundProcessDoesNotHoldTheResult();
    void missingCommandIsNamed_data();
    void missingCommandIsNamed();
    void refusedStarts();
    void processIoIsRead();
    void parseProcessIoMatchesFixture();
    void shellQuoteSurvivesTheShell_data();
    void shellQuoteSurvivesTheShell();
    void presetsRun();
    void allocPresetsRun_data();
    void allocPresetsRun();
    void memoryLimitedRun_data();
    void memoryLimitedRun();
    void describeSaysHowItEnded();
    void dropCachesNeverFailsSilently();
    void dropCachesRunsOneNarrowCommand();
    void dropCachesSubcommandChecksItsArgument_data();
    void dropCachesSubcommandChecksItsArgument();
    void dropCachesSubcommandNeedsRoot();
    void cancelEndsSetsidChildren();
    void leftoversAfterANormalEndAreNamed();

    void watchJsonLines();
    void watchCsv();
    void watchDurationCancelsCommand();
    void watchInterruptEndsCleanly();
    void watchDurationEndsSetsidChildren();
    void watchUsageErrors_data();
    void watchUsageErrors();
};

void WorkloadTest::exitStatus_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode"); // -1: killed
    QTest::addColumn<int>("signal"); // 0: exited
    QTest::newRow("success") << "true" << 0 << 0;
    QTest::newRow("exit 3") << "exit 3" << 3 << 0;
    QTest::newRow("failing program") << "ls /nonexistent-vmscope-path 2>/dev/null" << 2 << 0;
    QTest::newRow("pipeline takes the last status") << "false | true" << 0 << 0;
    QTest::newRow("killed by SIGTERM") << "kill -TERM $$" << -1 << int(SIGTERM);
    QTest::newRow("killed by SIGKILL") << "kill -KILL $$" << -1 << int(SIGKILL);
}

void WorkloadTest::exitStatus()
{
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(int, signal);
    Collector collector;
    const WorkloadResult result = runToEnd(command.toStdString(), collector);
    QCOMPARE(collector.finishedCalls, 1);
    QVERIFY2(result.error.empty(), result.error.c_str());
    QCOMPARE(result.exitCode, exitCode < 0 ? std::nullopt : std::optional<int>(exitCode));
    QCOMPARE(result.signal, signal == 0 ? std::nullopt : std::optional<int>(signal));
    QVERIFY(!result.cancelled);
    QVERIFY(result.elapsedSeconds > 0);
    QCOMPARE(result.succeeded(), exitCode == 0);
    // The shell's /proc/PID/io, read while it was a zombie: at least the dynamic loader's reads.
    QVERIFY(result.io.has_value());
    QVERIFY(result.io->rchar > 0);
}

void WorkloadTest::outputArrivesInOrderOnBothStreams()
{
    constexpr int kLines = 3000;
    Collector collector;
    const WorkloadResult result = runToEnd(
        "i=0; while [ $i -lt " + std::to_string(kLines) + " ]; do echo out$i; echo err$i >&2; i=$((i+1)); done",
        collector);
    QCOMPARE(result.exitCode, std::optional<int>(0));
    const QByteArrayList outLines = collector.out.trimmed().split('\n');
    const QByteArrayList errLines = collector.err.trimmed().split('\n');
    QCOMPARE(outLines.size(), kLines);
    QCOMPARE(errLines.size(), kLines);
    for (int i = 0; i < kLines; ++i) {
        QCOMPARE(outLines[i], "out" + QByteArray::number(i));
        QCOMPARE(errLines[i], "err" + QByteArray::number(i));
    }
    // onFinished comes after the last byte of output.
    QCOMPARE(collector.outAtFinish, collector.out);
}

void WorkloadTest::cancelEndsTheWholeTree_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("grandchild in the background") << "sleep 1000 & echo $!; wait";
    QTest::newRow("pipeline") << "sleep 1000 | cat & echo $!; wait";
    // Survives SIGTERM: the SIGKILL that follows once the shell has ended reaches it.
    QTest::newRow("grandchild ignoring SIGTERM") << "(trap '' TERM; exec sleep 1000) & echo $!; wait";
    // Leaves the process group (issue 10, finding 8): found by its parent while the shell lives.
    QTest::newRow("setsid child") << "setsid sleep 1000 & echo $!; wait";
    // Leaves the group and its parent (a daemon's double fork): found by the run's environment.
    QTest::newRow("setsid orphan") << "(setsid sleep 1000 & echo $!); sleep 1000";
    QTest::newRow("setsid orphan ignoring SIGTERM") << "(setsid sh -c 'trap \"\" TERM; exec sleep 1000' & echo $!); "
                                                       "sleep 1000";
}

void WorkloadTest::cancelEndsTheWholeTree()
{
    QFETCH(QString, command);
    WorkloadRunner runner;
    Collector collector;
    collector.attach(runner);
    std::string error;
    QVERIFY2(runner.start(commandPreset(command.toStdString()), &error), error.c_str());
    QVERIFY(runner.running());
    QVERIFY(runner.pid().has_value());
    QVERIFY(collector.waitFor([&] { return collector.out.contains('\n'); }));
    const int grandchild = collector.stdoutText().trimmed().toInt();
    QVERIFY(grandchild > 0);
    QVERIFY(!processEnded(grandchild));
    QVERIFY(runner.elapsedSeconds() > 0);

    runner.cancel();
    runner.wait();
    QVERIFY(!runner.running());
    QVERIFY(!runner.pid().has_value());
    QVERIFY(collector.result.has_value());
    QVERIFY(collector.result->cancelled);
    QVERIFY(!collector.result->succeeded());
    QCOMPARE(collector.result->signal, std::optional<int>(SIGTERM));
    QVERIFY(collector.result->error.empty());
    QTRY_VERIFY_WITH_TIMEOUT(processEnded(grandchild), 30000);
    QCOMPARE(runner.lastResult()->cancelled, true);
    QVERIFY(collector.result->leftovers.empty());
}

void WorkloadTest::cancelEndsSetsidChildren()
{
    // The reproduction of finding 8 through the runner (the GUI's Cancel): the sleeper is
    // found by its unique argument afterwards, whatever became of its parent.
    const QByteArray argument = uniqueSleepArgument();
    WorkloadRunner runner;
    Collector collector;
    collector.attach(runner);
    QVERIFY(runner.start(commandPreset("setsid sleep " + argument.toStdString() + " & echo started; sleep 30")));
    QVERIFY(collector.waitFor([&] { return collector.out.contains("started\n"); }));
    QTRY_VERIFY_WITH_TIMEOUT(sleepersWithArgument(argument).size() == 1, 30000);
    runner.cancel();
    runner.wait();
    QVERIFY(collector.result->cancelled);
    QVERIFY(collector.result->leftovers.empty());
    // Killed before the result was made: no waiting here.
    QVERIFY2(sleepersWithArgument(argument).isEmpty(), argument.constData());
}

void WorkloadTest::leftoversAfterANormalEndAreNamed()
{
    // The command is done when its shell is: a background process it leaves runs on, named.
    const QByteArray argument = uniqueSleepArgument();
    Collector collector;
    const WorkloadResult result = runToEnd("setsid sleep " + argument.toStdString() + " & echo $! >&2", collector);
    QCOMPARE(result.exitCode, std::optional<int>(0));
    const int child = collector.err.trimmed().toInt();
    QVERIFY(child > 0);
    QCOMPARE(result.leftovers.size(), std::size_t(1));
    QCOMPARE(result.leftovers.front().pid, child);
    // The shell forks (still named sh), the child execs setsid, which execs sleep in the same
    // process: under load the shell may end before the child got past any of these steps.
    const QString name = QString::fromStdString(result.leftovers.front().name);
    QVERIFY2(name == QLatin1String("sleep") || name == QLatin1String("setsid") || name == QLatin1String("sh"),
        qPrintable(name));
    QCOMPARE(QString::fromStdString(listProcesses(result.leftovers)), QStringLiteral("%1 %2").arg(child).arg(name));
    QVERIFY(!processEnded(child));
    ::kill(child, SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(sleepersWithArgument(argument).isEmpty(), 30000);

    // A plain run leaves nothing.
    Collector plain;
    QVERIFY(runToEnd("true", plain).leftovers.empty());
}

void WorkloadTest::backgroundProcessDoesNotHoldTheResult_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("endsWithThePipe");
    QTest::newRow("quiet") << "sleep 300 & echo $! >&2" << false;
    // Writes without pause into stdout; once the runner stops reading, SIGPIPE ends it (the
    // runner gives the command default signal dispositions).
    QTest::newRow("flooding") << "(while :; do echo flood; done) & echo $! >&2" << true;
}

void WorkloadTest::backgroundProcessDoesNotHoldTheResult()
{
    // The shell exits at once; its background child keeps stdout open for much longer. The result
    // comes with the shell (after a short grace for the pipes), not with the child.
    QFETCH(QString, command);
    QFETCH(bool, endsWithThePipe);
    Collector collector;
    const WorkloadResult result = runToEnd(command.toStdString(), collector);
    QCOMPARE(result.exitCode, std::optional<int>(0));
    const int child = collector.err.trimmed().toInt();
    QVERIFY(child > 0);
    if (endsWithThePipe) {
        QTRY_VERIFY_WITH_TIMEOUT(processEnded(child), 30000);
    } else {
        QVERIFY(!processEnded(child));
        ::kill(child, SIGKILL);
    }
}

void WorkloadTest::missingCommandIsNamed_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("error");
    QTest::newRow("alone") << "vmscope-no-such-command"
                           << "command not found: vmscope-no-such-command";
    QTest::newRow("with arguments") << "vmscope-no-such-command --flag x"
                                    << "command not found: vmscope-no-such-command";
    QTest::newRow("later in a pipeline") << "echo x | vmscope-no-such-filter"
                                         << "command not found: vmscope-no-such-filter";
    QTest::newRow("a directory") << "/etc"
                                 << "command cannot be run (permission denied or not an "
                                    "executable): /etc";
}

void WorkloadTest::missingCommandIsNamed()
{
    QFETCH(QString, command);
    QFETCH(QString, error);
    Collector collector;
    const WorkloadResult result = runToEnd(command.toStdString(), collector);
    QCOMPARE(QString::fromStdString(result.error), error);
    QVERIFY(!result.succeeded());
    QVERIFY(result.exitCode == 127 || result.exitCode == 126);
}

void WorkloadTest::refusedStarts()
{
    WorkloadRunner runner;
    std::string error;
    QVERIFY(!runner.start({ "x", "true", "/nonexistent/vmscope-dir", std::nullopt, 0 }, &error));
    QCOMPARE(
        QString::fromStdString(error), QStringLiteral("working directory does not exist: /nonexistent/vmscope-dir"));
    QVERIFY(!runner.start(commandPreset(""), &error));
    QCOMPARE(QString::fromStdString(error), QStringLiteral("the command line is empty"));

    // One command at a time; the working directory is honoured.
    const QTemporaryDir dir;
    Collector collector;
    collector.attach(runner);
    QVERIFY(runner.start({ "pwd", "pwd; sleep 1000", dir.path().toStdString(), std::nullopt, 0 }, &error));
    QVERIFY(!runner.start(commandPreset("true"), &error));
    QCOMPARE(QString::fromStdString(error), QStringLiteral("a command is still running"));
    QVERIFY(collector.waitFor([&] { return collector.out.contains('\n'); }));
    QCOMPARE(collector.stdoutText().trimmed(), QDir(dir.path()).canonicalPath().toUtf8());
    runner.cancel();
    runner.wait();
    // And the runner can run again.
    Collector second;
    second.attach(runner);
    QVERIFY(runner.start(commandPreset("exit 5"), &error));
    runner.wait();
    QCOMPARE(runner.lastResult()->exitCode, std::optional<int>(5));
}

void WorkloadTest::processIoIsRead()
{
    // head's reads count in the shell's /proc/PID/io once the shell has reaped it.
    constexpr std::uint64_t kBytes = 5'000'000;
    WorkloadRunner runner;
    Collector collector;
    collector.attach(runner);
    QVERIFY(runner.start(
        commandPreset("head -c " + std::to_string(kBytes) + " /dev/zero > /dev/null; echo read; sleep 1000")));
    QVERIFY(collector.waitFor([&] { return collector.out.contains("read\n"); }));
    const auto io = runner.currentIo();
    QVERIFY(io.has_value());
    QVERIFY2(io->rchar >= kBytes, std::to_string(io->rchar).c_str());
    // The kernel's own file, read directly, agrees (the shell sleeps: its counters stand still).
    QFile file(QStringLiteral("/proc/%1/io").arg(*runner.pid()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto direct = parse::parseProcessIo(file.readAll().toStdString());
    QVERIFY(direct.has_value());
    QCOMPARE(direct->rchar, io->rchar);
    QCOMPARE(direct->syscr, io->syscr);
    runner.cancel();
    runner.wait();
    QVERIFY(collector.result->io.has_value());
    QVERIFY(collector.result->io->rchar >= kBytes);
    QVERIFY(!runner.currentIo().has_value());
}

void WorkloadTest::parseProcessIoMatchesFixture()
{
    const ProcRootSource source(VMSCOPE_FIXTURES "/live-6.18-x86_64/proc");
    const auto bytes = source.read("9946/io");
    QVERIFY(bytes.ok());
    const auto io = parse::parseProcessIo(*bytes);
    QVERIFY(io.has_value());
    // The same numbers, read line by line from the file.
    QMap<QByteArray, quint64> expected;
    for (const QByteArray& line : QByteArray::fromStdString(*bytes).split('\n')) {
        const QByteArrayList words = line.simplified().split(' ');
        if (words.size() == 2)
            expected.insert(words[0].chopped(1), words[1].toULongLong());
    }
    QCOMPARE(io->rchar, expected.value("rchar"));
    QCOMPARE(io->wchar, expected.value("wchar"));
    QCOMPARE(io->syscr, expected.value("syscr"));
    QCOMPARE(io->syscw, expected.value("syscw"));
    QCOMPARE(io->readBytes, expected.value("read_bytes"));
    QCOMPARE(io->writeBytes, expected.value("write_bytes"));
    QVERIFY(!parse::parseProcessIo("rchar: 1\nwchar: x\n").has_value());
    QVERIFY(!parse::parseProcessIo("").has_value());
}

void WorkloadTest::shellQuoteSurvivesTheShell_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("plain") << QByteArray("/home/me/src");
    QTest::newRow("spaces") << QByteArray("My Documents/a  b");
    QTest::newRow("single quote") << QByteArray("it's");
    QTest::newRow("only quotes") << QByteArray("'''");
    QTest::newRow("shell syntax") << QByteArray("$HOME `id` $(id) \"x\" ; | & > < * ? [a] ~ \\ !");
    QTest::newRow("newline and tab") << QByteArray("a\nb\tc");
    QTest::newRow("leading dash") << QByteArray("-rf");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("utf-8") << QByteArray("Bücher/日本");
}

void WorkloadTest::shellQuoteSurvivesTheShell()
{
    QFETCH(QByteArray, text);
    Collector collector;
    const WorkloadResult result = runToEnd("printf %s " + shellQuote(text.toStdString()), collector);
    QCOMPARE(result.exitCode, std::optional<int>(0));
    QCOMPARE(collector.out, text);
}

void WorkloadTest::presetsRun()
{
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/it's a folder");
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
    QFile file(folder + QStringLiteral("/sub/data"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QByteArray(300000, 'v')) == 300000);
    file.close();

    // tar into a pipe: the archive holds the file data, so its size exceeds the data.
    Collector tar;
    const WorkloadSpec tarSpec = tarPreset(folder.toStdString());
    QVERIFY(QString::fromStdString(tarSpec.label).contains(folder));
    const WorkloadResult tarResult = runToEnd(tarSpec.commandLine, tar);
    QVERIFY2(tarResult.succeeded(), tar.err.constData());
    QVERIFY2(tar.out.trimmed().toULongLong() > 300000, tar.out.constData());
    QVERIFY2(tar.err.isEmpty(), tar.err.constData());
    QVERIFY(tarResult.io.has_value());
    QVERIFY(tarResult.io->rchar >= 300000);

    Collector dd;
    const WorkloadResult ddResult
        = runToEnd(ddReadPreset(QString(folder + QStringLiteral("/sub/data")).toStdString()).commandLine, dd);
    QVERIFY2(ddResult.succeeded(), dd.err.constData());
    QVERIFY2(dd.err.contains("300000 bytes"), dd.err.constData());

    const WorkloadSpec command = commandPreset("echo hi");
    QCOMPARE(QString::fromStdString(command.label), QStringLiteral("echo hi"));
    QCOMPARE(QString::fromStdString(command.commandLine), QStringLiteral("echo hi"));
}

// vmscope-alloc's modes through their presets: what each prints, and what it does to RSS.
void WorkloadTest::allocPresetsRun_data()
{
    const std::string alloc = VMSCOPE_ALLOC;
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("lastLine");
    QTest::addColumn<qulonglong>("maxRssKiB"); // 0: not checked
    QTest::addColumn<qulonglong>("minRssKiB");
    QTest::newRow("touch: RSS grows with what is written")
        << QString::fromStdString(allocTouchPreset(24, 8, 0, alloc).commandLine) << 0
        << QStringLiteral("written 24 MiB of 24 MiB") << qulonglong(0) << qulonglong(24 * 1024);
    QTest::newRow("untouched: VSZ without RSS")
        << QString::fromStdString(allocUntouchedPreset(256, alloc).commandLine) << 0
        << QStringLiteral("malloc of 256 MiB succeeded, nothing written") << qulonglong(16 * 1024) << qulonglong(0);
    QTest::newRow("read-touch: the zero page, RSS stays low")
        << QString::fromStdString(allocReadTouchPreset(256, alloc).commandLine) << 0
        << QStringLiteral("read 256 MiB of 256 MiB") << qulonglong(16 * 1024) << qulonglong(0);
    QTest::newRow("usage error") << QString::fromStdString(alloc + " touch lots") << 1 << QString() << qulonglong(0)
                                 << qulonglong(0);
}

void WorkloadTest::allocPresetsRun()
{
    QFETCH(QString, commandLine);
    QFETCH(int, exitCode);
    QFETCH(QString, lastLine);
    QFETCH(qulonglong, maxRssKiB);
    QFETCH(qulonglong, minRssKiB);
    Collector collector;
    const WorkloadResult result = runToEnd(commandLine.toStdString(), collector);
    QCOMPARE(result.exitCode, std::optional<int>(exitCode));
    const QString out = QString::fromUtf8(collector.out);
    QVERIFY2(out.startsWith(QStringLiteral("vmscope-alloc ")) || exitCode != 0, qPrintable(out));
    if (!lastLine.isEmpty())
        QVERIFY2(out.contains(lastLine), qPrintable(out));
    // "VmRSS 2788 kB" on the last line: the process's own figure at the end.
    const qsizetype at = out.lastIndexOf(QStringLiteral("VmRSS "));
    if (maxRssKiB || minRssKiB) {
        QVERIFY2(at >= 0, qPrintable(out));
        const qulonglong rss = out.mid(at + 6).section(u' ', 0, 0).toULongLong();
        if (maxRssKiB)
            QVERIFY2(rss <= maxRssKiB, qPrintable(out));
        QVERIFY2(rss >= minRssKiB, qPrintable(out));
    }
    // stress-ng is offered exactly when the shell would find it.
    QCOMPARE(stressNgVmPreset(64).has_value(), !findInPath("stress-ng").empty());
}

// A run in a memory cgroup of its own: within the limit it ends normally with its peak read; beyond
// it the OOM killer ends it and the result says so. Either way the cgroup is gone afterwards.
void WorkloadTest::memoryLimitedRun_data()
{
    QTest::addColumn<int>("touchMiB");
    QTest::addColumn<bool>("oomKilled");
    QTest::newRow("within 64 MiB") << 16 << false;
    QTest::newRow("200 MiB in 64 MiB") << 200 << true;
}

void WorkloadTest::memoryLimitedRun()
{
    QFETCH(int, touchMiB);
    QFETCH(bool, oomKilled);
    constexpr std::uint64_t kLimit = 64ULL << 20;
    WorkloadSpec spec = allocTouchPreset(std::uint64_t(touchMiB), 8, 0, VMSCOPE_ALLOC);
    spec.memoryLimitBytes = kLimit;
    WorkloadRunner runner;
    Collector collector;
    collector.attach(runner);
    std::string error;
    if (!runner.start(spec, &error)) {
        QVERIFY2(::geteuid() != 0, error.c_str()); // root can always make one on this project's machines
        QSKIP(qPrintable(QStringLiteral("no memory cgroup here: ") + QString::fromStdString(error)));
    }
    runner.wait();
    const WorkloadResult result = *runner.lastResult();
    QVERIFY(result.memoryCgroup.has_value());
    const RunMemoryCgroup& cgroup = *result.memoryCgroup;
    QCOMPARE(cgroup.limitBytes, kLimit);
    QVERIFY2(cgroup.removed, cgroup.problem.c_str());
    QVERIFY(!QFileInfo::exists(QString::fromStdString(cgroup.directory)));
    QVERIFY2(result.oomKilled == oomKilled,
        qPrintable(QString::fromStdString(result.describe()) + QStringLiteral(" oom_kills ")
            + QString::number(cgroup.oomKills) + u' ' + QString::fromUtf8(collector.out + collector.err)));
    QVERIFY(cgroup.peakBytes.has_value());
    if (oomKilled) {
        QCOMPARE(result.signal, std::optional<int>(SIGKILL)); // exec: the allocator was the run's process
        QCOMPARE(cgroup.oomKills, std::uint64_t(1));
        QVERIFY(*cgroup.peakBytes >= kLimit - (4ULL << 20)); // it reached the limit
        QCOMPARE(QString::fromStdString(result.describe()),
            QStringLiteral("killed by the OOM killer: memory cgroup limit 64 MiB reached"));
    } else {
        QVERIFY2(result.succeeded(), collector.out.constData());
        QCOMPARE(cgroup.oomKills, std::uint64_t(0));
        QVERIFY(*cgroup.peakBytes >= std::uint64_t(touchMiB) << 20);
        QVERIFY(*cgroup.peakBytes < kLimit);
        QCOMPARE(QString::fromStdString(result.describe()), QStringLiteral("exit code 0"));
    }
}

void WorkloadTest::describeSaysHowItEnded()
{
    WorkloadResult result;
    result.exitCode = 3;
    QCOMPARE(result.describe(), std::string("exit code 3"));
    result = {};
    result.cancelled = true;
    result.signal = 15;
    QCOMPARE(result.describe(), std::string("cancelled, killed by signal 15"));
    result = {};
    result.signal = 9; // SIGKILL from someone else: the cgroup counted no OOM kill
    result.memoryCgroup = RunMemoryCgroup {};
    result.memoryCgroup->limitBytes = 96ULL << 20;
    QCOMPARE(result.describe(), std::string("killed by signal 9"));
    result.memoryCgroup->oomKills = 1;
    result.oomKilled = true;
    QCOMPARE(result.describe(), std::string("killed by the OOM killer: memory cgroup limit 96 MiB reached"));
    // The shell lived on; one of its processes (not the last command) did not.
    result.oomKilled = false;
    result.signal.reset();
    result.exitCode = 0;
    QCOMPARE(result.describe(),
        std::string("exit code 0, the OOM killer killed 1 of its processes: memory cgroup limit 96 MiB reached"));
    result = {};
    result.exitCode = 127;
    result.error = "command not found: frobnicate";
    QCOMPARE(result.describe(), std::string("command not found: frobnicate"));
    // The GUI's translation is asked for every text.
    result = {};
    result.exitCode = 0;
    QCOMPARE(result.describe([](const char* context, const char* text) { return std::string(context) + ":" + text; }),
        std::string("WorkloadResult:exit code 0"));
}

void WorkloadTest::dropCachesNeverFailsSilently()
{
    QCOMPARE(QString::fromStdString(dropCachesCommand(DropCachesLevel::Both, "/opt/vm/bin/vmscope-cli")),
        QStringLiteral("sudo /opt/vm/bin/vmscope-cli drop-caches 3"));
    QCOMPARE(QString::fromStdString(dropCachesCommand(DropCachesLevel::PageCache, "/opt/vm/bin/vmscope-cli")),
        QStringLiteral("sudo /opt/vm/bin/vmscope-cli drop-caches 1"));
    const DropCachesOutcome outcome = dropCaches(DropCachesLevel::SlabObjects);
    QVERIFY(!outcome.message.empty());
    if (outcome.done) {
        QVERIFY(!outcome.method.empty());
        if (::geteuid() == 0)
            QCOMPARE(QString::fromStdString(outcome.method), QStringLiteral("as root"));
    } else {
        // Not done: the sentence hands the user the exact command.
        QVERIFY(outcome.method.empty());
        QVERIFY2(outcome.message.find(dropCachesCommand(DropCachesLevel::SlabObjects)) != std::string::npos,
            outcome.message.c_str());
    }
    qInfo("drop caches: %s", outcome.message.c_str());
}

void WorkloadTest::dropCachesRunsOneNarrowCommand()
{
    // Finding 10: fixed helper paths, the CLI's one narrow subcommand, no shell.
    const std::string cli = "/usr/local/bin/vmscope-cli";
    QCOMPARE(dropCachesArgv(DropCachesHelper::Pkexec, cli, DropCachesLevel::Both),
        (std::vector<std::string> { "/usr/bin/pkexec", cli, "drop-caches", "3" }));
    QCOMPARE(dropCachesArgv(DropCachesHelper::Sudo, cli, DropCachesLevel::PageCache),
        (std::vector<std::string> { "/usr/bin/sudo", "-n", cli, "drop-caches", "1" }));
    QCOMPARE(dropCachesArgv(DropCachesHelper::Sudo, cli, DropCachesLevel::SlabObjects).back(), std::string("2"));
    QCOMPARE(QString::fromStdString(dropCachesSudoersRule(DropCachesLevel::Both, "alice", cli)),
        QStringLiteral("alice ALL=(root) NOPASSWD: /usr/local/bin/vmscope-cli drop-caches 3"));
    QCOMPARE(parseDropCachesLevel("1"), std::optional(DropCachesLevel::PageCache));
    QCOMPARE(parseDropCachesLevel("2"), std::optional(DropCachesLevel::SlabObjects));
    QCOMPARE(parseDropCachesLevel("3"), std::optional(DropCachesLevel::Both));
    for (const char* bad : { "", "0", "4", "03", "3 ", " 3", "3\n", "+3", "-1", "3x", "three", "1;sh" })
        QVERIFY2(!parseDropCachesLevel(bad).has_value(), bad);
    // Located next to the running program or in the installed bin directory; the test program
    // lives in neither, so it finds the installed one or none.
    const std::string located = locateVmscopeCli();
    QVERIFY2(located.empty() || located.front() == '/', located.c_str());

    if (::geteuid() != 0)
        return;
    // The message a user without root gets, from a child that is nobody.
    int fds[2];
    QVERIFY(::pipe(fds) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        ::unsetenv("DISPLAY");
        ::unsetenv("WAYLAND_DISPLAY");
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(3);
        const DropCachesOutcome outcome = dropCaches(DropCachesLevel::Both, VMSCOPE_CLI);
        [[maybe_unused]] const ssize_t written = ::write(fds[1], outcome.message.data(), outcome.message.size());
        ::_exit(outcome.done ? 1 : 0);
    }
    ::close(fds[1]);
    QByteArray message;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        message.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    QVERIFY(::waitpid(child, &status, 0) == child);
    QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, message.constData());
    QVERIFY2(message.contains("Run it yourself: sudo " VMSCOPE_CLI " drop-caches 3"), message.constData());
    QVERIFY2(message.contains("nobody ALL=(root) NOPASSWD: " VMSCOPE_CLI " drop-caches 3")
            || message.contains("ALL=(root) NOPASSWD: " VMSCOPE_CLI " drop-caches 3"),
        message.constData());
    QVERIFY2(!message.contains("sh -c"), message.constData());
    qInfo("drop caches as nobody: %s", message.constData());
}

void WorkloadTest::dropCachesSubcommandChecksItsArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("none") << QStringList { "drop-caches" };
    QTest::newRow("zero") << QStringList { "drop-caches", "0" };
    QTest::newRow("four") << QStringList { "drop-caches", "4" };
    QTest::newRow("leading zero") << QStringList { "drop-caches", "03" };
    QTest::newRow("space") << QStringList { "drop-caches", "3 " };
    QTest::newRow("negative") << QStringList { "drop-caches", "-1" };
    QTest::newRow("word") << QStringList { "drop-caches", "all" };
    QTest::newRow("shell") << QStringList { "drop-caches", "3; id" };
    QTest::newRow("two") << QStringList { "drop-caches", "1", "2" };
}

void WorkloadTest::dropCachesSubcommandChecksItsArgument()
{
    // Checked before anything else, as root too: nothing is synced or written.
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("drop-caches takes exactly one of 1 (page cache), 2 (slab objects), 3 (both)"),
        run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void WorkloadTest::dropCachesSubcommandNeedsRoot()
{
    // Without root it says what to run, and never escalates by itself (no pkexec, no sudo).
    QStringList program;
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("setpriv (util-linux) not installed");
        program = { setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups") };
    }
    program << QStringLiteral(VMSCOPE_CLI) << QStringLiteral("drop-caches") << QStringLiteral("3");
    QProcess cli;
    cli.start(program.takeFirst(), program);
    QVERIFY(cli.waitForFinished(30000));
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY2(cli.exitCode() == 2, err.constData());
    QVERIFY2(err.contains("needs root"), err.constData());
    const QByteArray command
        = "sudo " + QFileInfo(QStringLiteral(VMSCOPE_CLI)).canonicalFilePath().toUtf8() + " drop-caches 3";
    QVERIFY2(err.contains(command), err.constData());
}

void WorkloadTest::watchJsonLines()
{
    const CliRun run = runCli({ "--format", "json", "watch", "--interval", "0.1", "--run",
        "echo to-stdout; echo to-stderr >&2; sleep 0.3; exit 3" });
    // 0: sampling worked, whatever the command's exit code.
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The command's own output goes to stderr, stdout stays JSON Lines.
    QVERIFY(run.err.contains("to-stdout\n"));
    QVERIFY(run.err.contains("to-stderr\n"));
    QString problem;
    const QList<QJsonObject> lines = jsonLines(run.out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    int samples = 0;
    int samplesAfterEnd = 0;
    qsizetype startIndex = -1;
    qsizetype endIndex = -1;
    double lastT = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject& line = lines[i];
        QVERIFY(line.value(QLatin1String("t")).isDouble());
        const double t = line.value(QLatin1String("t")).toDouble();
        QVERIFY2(t >= lastT, "t never goes back");
        lastT = t;
        const QString event = line.value(QLatin1String("event")).toString();
        if (event == QLatin1String("run_start")) {
            startIndex = i;
            QCOMPARE(line.value(QLatin1String("command")).toString(),
                QStringLiteral("echo to-stdout; echo to-stderr >&2; sleep 0.3; exit 3"));
        } else if (event == QLatin1String("run_end")) {
            endIndex = i;
            QCOMPARE(line.value(QLatin1String("exit_code")).toInt(-1), 3);
            QVERIFY(line.value(QLatin1String("elapsed")).toDouble() >= 0.3);
        } else if (event == QLatin1String("oom_kill")) {
            // A kill anywhere on the machine is told, and ctest runs tests that provoke them
            // (tst_memcg_oom, tst_workloadmemory) beside this one.
            QVERIFY(line.value(QLatin1String("source")).isString());
        } else {
            QVERIFY2(event.isEmpty(), qPrintable(event));
            ++samples;
            if (endIndex >= 0)
                ++samplesAfterEnd;
            const QJsonObject meminfo = line.value(QLatin1String("meminfo")).toObject();
            QVERIFY(meminfo.value(QLatin1String("MemTotal")).toDouble() > 0);
            QVERIFY(meminfo.contains(QLatin1String("Cached")));
            const QJsonArray zones = line.value(QLatin1String("zones")).toArray();
            QVERIFY(!zones.isEmpty());
            for (const QJsonValue& zone : zones) {
                const QJsonObject z = zone.toObject();
                for (const char* key : { "node", "zone", "free", "min", "low", "high", "free_blocks" })
                    QVERIFY2(z.contains(QLatin1String(key)), key);
            }
            QVERIFY(line.value(QLatin1String("vmstat")).toObject().contains(QLatin1String("pgfault")));
        }
    }
    // A sample before the command starts (Cached before), the two events in order, and a second
    // of samples after the end (at 0.1 s, several).
    QVERIFY(startIndex > 0);
    QVERIFY(endIndex > startIndex);
    QVERIFY(samples >= 5);
    QVERIFY2(samplesAfterEnd >= 5, qPrintable(QString::number(samplesAfterEnd)));
}

void WorkloadTest::watchCsv()
{
    const CliRun run = runCli({ "--format", "csv", "watch", "--interval", "0.1", "--run", "exit 7" });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArrayList rows = run.out.trimmed().split('\n');
    QVERIFY(rows.size() >= 5);
    QVERIFY2(rows.front().startsWith("t,MemTotal,MemFree,"), rows.front().constData());
    QVERIFY(rows.front().endsWith(",events"));
    QVERIFY(rows.front().contains(",node0_Normal_free,node0_Normal_min,node0_Normal_low,node0_Normal_high,")
        || rows.front().contains(",node0_DMA32_free,"));
    const qsizetype columns = rows.front().count(',');
    QByteArray events;
    for (const QByteArray& row : rows) {
        QCOMPARE(row.count(','), columns);
        events += row.mid(row.lastIndexOf(',') + 1) + ' ';
    }
    QVERIFY2(events.contains("run_start"), events.constData());
    QVERIFY2(events.contains("run_end:7"), events.constData());
}

void WorkloadTest::watchDurationCancelsCommand()
{
    const CliRun run
        = runCli({ "--format", "json", "watch", "--interval", "0.2", "--duration", "1", "--run", "sleep 1000" });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("--duration ended before the command"), run.err.constData());
    QString problem;
    const QList<QJsonObject> lines = jsonLines(run.out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!lines.isEmpty());
    const QJsonObject last = lines.last();
    QCOMPARE(last.value(QLatin1String("event")).toString(), QStringLiteral("run_end"));
    QVERIFY(last.value(QLatin1String("cancelled")).toBool());
    QVERIFY(last.value(QLatin1String("exit_code")).isNull());
    QCOMPARE(last.value(QLatin1String("signal")).toInt(), int(SIGTERM));

    // Without --run, --duration alone bounds the watch.
    const CliRun plain = runCli({ "watch", "--interval", "0.1", "--duration", "0.5" });
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    QVERIFY(plain.out.count('\n') >= 2);
    QVERIFY(plain.out.contains(" s  free "));
}

void WorkloadTest::watchInterruptEndsCleanly()
{
    QProcess process;
    process.start(QStringLiteral(VMSCOPE_CLI),
        { "--format", "json", "watch", "--interval", "0.1", "--run", "sleep 1000 & echo $! >&2; wait" });
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput(), err += process.readAllStandardError(),
                                 out.contains("run_start") && err.contains('\n')),
        30000);
    const int sleeper = err.trimmed().toInt();
    QVERIFY(sleeper > 0);
    QVERIFY(::kill(static_cast<pid_t>(process.processId()), SIGINT) == 0);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    out += process.readAllStandardOutput();
    QString problem;
    const QList<QJsonObject> lines = jsonLines(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(lines.last().value(QLatin1String("event")).toString(), QStringLiteral("run_end"));
    QVERIFY(lines.last().value(QLatin1String("cancelled")).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(processEnded(sleeper), 30000);
}

void WorkloadTest::watchDurationEndsSetsidChildren()
{
    // Finding 8 as reported: --duration ends the watch while the command runs; the setsid
    // child, outside the command's process group, goes too.
    const QByteArray argument = uniqueSleepArgument();
    const CliRun run = runCli({ "--format", "json", "watch", "--interval", "0.2", "--duration", "2", "--run",
        QStringLiteral("setsid sleep %1 & sleep 30").arg(QString::fromLatin1(argument)) });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("--duration ended before the command"), run.err.constData());
    QVERIFY2(!run.err.contains("could not be ended"), run.err.constData());
    QVERIFY2(sleepersWithArgument(argument).isEmpty(), argument.constData());

    // Ended by itself, the command's leftover is named on stderr and in run_end, and runs on.
    const QByteArray leftover = uniqueSleepArgument();
    const CliRun normal = runCli({ "--format", "json", "watch", "--interval", "0.2", "--run",
        QStringLiteral("setsid sleep %1 &").arg(QString::fromLatin1(leftover)) });
    QVERIFY2(normal.exitCode == 0, normal.err.constData());
    const QList<int> running = sleepersWithArgument(leftover);
    for (const int pid : running)
        ::kill(pid, SIGKILL);
    QCOMPARE(running.size(), 1);
    const QByteArray named = "the command left 1 process running: " + QByteArray::number(running.front()) + ' ';
    QVERIFY2(normal.err.contains(named), normal.err.constData());
    QString problem;
    const QList<QJsonObject> lines = jsonLines(normal.out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    bool inRunEnd = false;
    for (const QJsonObject& line : lines)
        if (line.value(QLatin1String("event")).toString() == QLatin1String("run_end"))
            inRunEnd = line.value(QLatin1String("leftover_pids")).toArray() == QJsonArray { running.front() };
    QVERIFY(inRunEnd);
}

void WorkloadTest::watchUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("interval too short") << QStringList { "watch", "--interval", "0.01" }
                                        << "--interval takes seconds from 0.1 to 10, not '0.01'";
    QTest::newRow("interval too long") << QStringList { "watch", "--interval=11" }
                                       << "--interval takes seconds from 0.1 to 10, not '11'";
    QTest::newRow("interval not a number")
        << QStringList { "watch", "--interval", "fast" } << "--interval takes seconds from 0.1 to 10, not 'fast'";
    QTest::newRow("duration zero") << QStringList { "watch", "--duration", "0" }
                                   << "--duration takes a positive number of seconds, not '0'";
    QTest::newRow("run without command") << QStringList { "watch", "--run" } << "--run needs a value";
    QTest::newRow("run empty") << QStringList { "watch", "--run", "" } << "--run needs a command line";
    QTest::newRow("unknown argument") << QStringList { "watch", "extra" } << "unknown argument 'extra'";
    QTest::newRow("memory-max without run") << QStringList { "watch", "--memory-max", "96M" }
                                            << "--memory-max limits the command of --run, and there is none";
    QTest::newRow("memory-max not a size") << QStringList { "watch", "--memory-max", "lots", "--run", "true" }
                                           << "--memory-max takes a size from 1M to 4P such as 96M or 1G, not 'lots'";
    QTest::newRow("memory-max below 1 MiB") << QStringList { "watch", "--memory-max=512", "--run", "true" }
                                            << "--memory-max takes a size from 1M to 4P such as 96M or 1G, not '512'";
}

void WorkloadTest::watchUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(WorkloadTest)
#include "tst_workload.moc"
