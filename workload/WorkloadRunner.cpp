#include "workload/WorkloadRunner.h"

#include "core/io/ProcRootSource.h"
#include "core/model/Saturating.h"
#include "core/parse/ParseUtil.h"
#include "core/read/ProcessTreeIo.h"
#include "workload/TransientMemoryCgroup.h"

#include <boost/process/args.hpp>
#include <boost/process/child.hpp>
#include <boost/process/env.hpp>
#include <boost/process/environment.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/extend.hpp>
#include <boost/process/io.hpp>
#include <boost/process/pipe.hpp>
#include <boost/process/start_dir.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace bp = boost::process;

namespace vmscope {

namespace {
    using Clock = std::chrono::steady_clock;

    // "foo" out of what the shell printed for a missing command: dash says
    // "/bin/sh: 1: foo: not found", bash "/bin/sh: line 1: foo: command not found".
    std::string missingCommandName(std::string_view stderrText, std::string_view commandLine)
    {
        for (std::string_view marker : { std::string_view(": command not found"), std::string_view(": not found") }) {
            const std::size_t at = stderrText.rfind(marker);
            if (at == std::string_view::npos)
                continue;
            const std::string_view before = stderrText.substr(0, at);
            const std::size_t start = before.rfind(": ");
            if (start != std::string_view::npos)
                return std::string(before.substr(start + 2));
        }
        std::string_view rest = commandLine;
        return std::string(parse::nextToken(rest));
    }

    std::string describeErrno(int value)
    {
        return std::strerror(value);
    }
} // namespace

struct WorkloadRunner::State {
    std::shared_ptr<const Source> source;
    std::function<void(OutputStream, std::string_view)> onOutput;
    std::function<void(const WorkloadResult&)> onFinished;

    mutable std::mutex mutex;
    std::condition_variable finishedCondition;
    bool active = false; // from start() until onFinished returned
    std::optional<int> pid;
    Clock::time_point started;
    std::optional<Clock::time_point> ended;
    std::optional<WorkloadResult> lastResult;
    std::atomic<bool> cancelRequested { false };
    std::uint64_t runCount = 0;
    int wakeFd = -1; // eventfd: cancel() wakes the supervisor
    std::mutex supervisorMutex; // one joiner at a time (wait() from two threads, start() after a run)
    std::thread supervisor;
    // The run's memory cgroup when the spec asked for a limit, and its last reading (a systemd
    // scope is gone with its last process, so its peak is what was seen while it ran).
    mutable std::mutex cgroupMutex;
    std::unique_ptr<TransientMemoryCgroup> cgroup;
    std::optional<MemoryCgroup> lastCgroupReading;

    std::optional<MemoryCgroup> readCgroup(int pid)
    {
        const std::lock_guard lock(cgroupMutex);
        if (!cgroup)
            return std::nullopt;
        cgroup->locate(pid);
        if (auto reading = cgroup->read(); reading && reading->limit.known())
            lastCgroupReading = std::move(reading);
        return lastCgroupReading;
    }
    void finishCgroup(WorkloadResult& result);

    void joinSupervisor()
    {
        const std::lock_guard lock(supervisorMutex);
        if (supervisor.joinable() && supervisor.get_id() != std::this_thread::get_id())
            supervisor.join();
    }

    // stderr is kept (bounded) to name a missing command.
    std::string stderrTail;

    void supervise(int pid, int outFd, int errFd, int wakeFd, std::string commandLine, std::string marker);
    void waitForExit(int pid, int pidFd, int wakeFd, const std::string& marker);
    static void reap(int pid, WorkloadResult& result);
    void drainOutput(std::thread& outReader, std::thread& errReader, std::atomic<bool>& stopReading);
    void finish(WorkloadResult& result, Clock::time_point endedAt, const std::string& commandLine);

    void deliver(OutputStream stream, std::string_view chunk)
    {
        if (stream == OutputStream::StdErr) {
            const std::lock_guard lock(mutex);
            stderrTail.append(chunk);
            constexpr std::size_t kTail = 4096;
            if (stderrTail.size() > kTail)
                stderrTail.erase(0, stderrTail.size() - kTail);
        }
        if (onOutput)
            onOutput(stream, chunk);
    }
};

namespace {
    // Reads a pipe until end of file; after `stopReading` (the shell exited some time ago and a
    // background grandchild still holds the pipe) it gives up so onFinished is not held forever.
    void pumpPipe(int fd, const std::function<void(std::string_view)>& deliver, const std::atomic<bool>& stopReading)
    {
        char buffer[16384];
        while (!stopReading.load()) {
            pollfd pfd { fd, POLLIN, 0 };
            const int ready = ::poll(&pfd, 1, 100);
            if (ready < 0 && errno != EINTR)
                break;
            if (ready <= 0)
                continue;
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            deliver(std::string_view(buffer, static_cast<std::size_t>(n)));
        }
        ::close(fd);
    }
} // namespace

WorkloadRunner::WorkloadRunner(std::shared_ptr<const Source> source)
    : m_state(std::make_shared<State>())
{
    m_state->source = source ? std::move(source) : std::make_shared<ProcRootSource>("/proc");
}

WorkloadRunner::~WorkloadRunner()
{
    cancel();
    wait();
}

void WorkloadRunner::setOnOutput(std::function<void(OutputStream, std::string_view)> onOutput)
{
    m_state->onOutput = std::move(onOutput);
}

void WorkloadRunner::setOnFinished(std::function<void(const WorkloadResult&)> onFinished)
{
    m_state->onFinished = std::move(onFinished);
}

// The supervisor thread of one run: pumps the command's output, waits for the shell to exit
// (ending its process group on Cancel), collects the result and reports it.
void WorkloadRunner::State::supervise(
    int pid, int outFd, int errFd, int wakeFd, std::string commandLine, std::string marker)
{
    std::atomic<bool> stopReading { false };
    const std::function<void(std::string_view)> deliverOut
        = [this](std::string_view chunk) { deliver(OutputStream::StdOut, chunk); };
    const std::function<void(std::string_view)> deliverErr
        = [this](std::string_view chunk) { deliver(OutputStream::StdErr, chunk); };
    std::thread outReader([&] { pumpPipe(outFd, deliverOut, stopReading); });
    std::thread errReader([&] { pumpPipe(errFd, deliverErr, stopReading); });

    const int pidFd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
    waitForExit(pid, pidFd, wakeFd, marker);
    const Clock::time_point endedAt = Clock::now();
    WorkloadResult result;
    result.io = readProcessIo(*source, pid);
    // The shell is a zombie until reap(): its pid, the group's id, cannot be reused meanwhile.
    if (cancelRequested) {
        // Whatever it started and still runs goes too, inside the group and outside it.
        ::kill(-pid, SIGKILL);
        result.leftovers = killRunProcesses(pid, marker, std::chrono::milliseconds(1000));
    } else {
        result.leftovers = findRunProcesses(pid, marker);
    }
    reap(pid, result);
    if (pidFd >= 0)
        ::close(pidFd);
    finishCgroup(result);
    result.elapsedSeconds = std::chrono::duration<double>(endedAt - started).count();
    result.cancelled = cancelRequested.load();

    drainOutput(outReader, errReader, stopReading);
    finish(result, endedAt, commandLine);
}

// Returns when the shell has exited, left a zombie (WNOWAIT): its pid cannot be reused while we
// still signal its group, and its /proc/PID/io then holds the final totals of the whole tree.
void WorkloadRunner::State::waitForExit(int pid, int pidFd, int wakeFd, const std::string& marker)
{
    std::optional<Clock::time_point> killAt;
    for (;;) {
        siginfo_t info {};
        const int waited = ::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT);
        if (waited == 0 && info.si_pid == pid)
            return;
        if (waited < 0 && errno != EINTR)
            return;
        readCgroup(pid);
        if (cancelRequested && !killAt) {
            // The shell still lives: its descendants are found by PPid too, before it ends and
            // they re-parent. The group (the shell) is signalled first.
            signalRunProcesses(pid, marker, SIGTERM);
            killAt = Clock::now() + kCancelGrace;
        }
        if (killAt && Clock::now() >= *killAt)
            ::kill(-pid, SIGKILL);
        int timeoutMs = 200;
        if (killAt)
            timeoutMs = std::max<int>(1,
                static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(*killAt - Clock::now()).count())
                    + 1);
        pollfd fds[2] = { { pidFd, POLLIN, 0 }, { wakeFd, POLLIN, 0 } };
        // Without a pidfd (kernel < 5.3) this polls the eventfd only and checks every 50 ms.
        if (pidFd < 0)
            ::poll(&fds[1], 1, std::min(timeoutMs, 50));
        else
            ::poll(fds, 2, std::min(timeoutMs, 200));
        std::uint64_t drained = 0;
        [[maybe_unused]] const ssize_t ignored = ::read(wakeFd, &drained, sizeof drained);
    }
}

// The cgroup's last figures into the result, then the cgroup removed (once its processes are gone).
void WorkloadRunner::State::finishCgroup(WorkloadResult& result)
{
    const std::lock_guard lock(cgroupMutex);
    if (!cgroup)
        return;
    if (auto reading = cgroup->read(); reading && reading->limit.known())
        lastCgroupReading = std::move(reading);
    RunMemoryCgroup summary;
    summary.version = cgroup->version();
    summary.method = cgroup->describeMethod();
    summary.directory = cgroup->directory();
    summary.limitBytes = cgroup->limitBytes();
    summary.swapBytes = cgroup->swapBytes();
    if (lastCgroupReading) {
        summary.peakBytes = lastCgroupReading->peakBytes;
        summary.oomKills = lastCgroupReading->oomKills.value_or(0);
    }
    summary.removed = cgroup->remove();
    summary.problem = cgroup->problem();
    // The cgroup was made for this run, so every OOM kill it counts is one of the run's processes.
    // The command was killed by SIGKILL: the shell itself, or (exit status 128 + 9, the shell's
    // way of saying so) the command it ran last.
    const bool killed = result.signal == SIGKILL || (!result.signal && result.exitCode == 128 + SIGKILL);
    result.oomKilled = killed && summary.oomKills > 0;
    result.memoryCgroup = std::move(summary);
    cgroup.reset();
    lastCgroupReading.reset();
}

// Reaps the shell: its exit status, and what it and every child it waited for read from disk.
void WorkloadRunner::State::reap(int pid, WorkloadResult& result)
{
    int status = 0;
    rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    // ru_inblock counts 512-byte blocks read by the shell and every child it waited for.
    result.blockInputs = saturatingMul(static_cast<std::uint64_t>(std::max(0L, usage.ru_inblock)), 512);
    if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        result.signal = WTERMSIG(status);
}

// Output still buffered in the pipes is delivered; a background process that keeps them open
// does not hold the result back for more than a second.
void WorkloadRunner::State::drainOutput(std::thread& outReader, std::thread& errReader, std::atomic<bool>& stopReading)
{
    bool readersDone = false;
    std::thread giveUp([&] {
        std::unique_lock lock(mutex);
        finishedCondition.wait_for(lock, std::chrono::seconds(1), [&] { return readersDone; });
        stopReading = true;
    });
    outReader.join();
    errReader.join();
    {
        const std::lock_guard lock(mutex);
        readersDone = true;
    }
    finishedCondition.notify_all();
    giveUp.join();
}

void WorkloadRunner::State::finish(WorkloadResult& result, Clock::time_point endedAt, const std::string& commandLine)
{
    {
        const std::lock_guard lock(mutex);
        if (!result.cancelled && result.exitCode == 127)
            result.error = "command not found: " + missingCommandName(stderrTail, commandLine);
        else if (!result.cancelled && result.exitCode == 126)
            result.error = "command cannot be run (permission denied or not an executable): "
                + missingCommandName(stderrTail, commandLine);
        ended = endedAt;
    }
    if (onFinished)
        onFinished(result);
    {
        const std::lock_guard lock(mutex);
        lastResult = result;
        active = false;
        pid.reset();
        ::close(wakeFd);
        wakeFd = -1;
    }
    finishedCondition.notify_all();
}

bool WorkloadRunner::start(const WorkloadSpec& spec, std::string* error)
{
    auto fail = [error](std::string message) {
        if (error)
            *error = std::move(message);
        return false;
    };
    {
        const std::lock_guard lock(m_state->mutex);
        if (m_state->active)
            return fail("a command is still running");
    }
    // The previous run's supervisor has finished (active is false); collect its thread.
    m_state->joinSupervisor();
    if (spec.commandLine.empty())
        return fail("the command line is empty");
    std::error_code fsError;
    if (!spec.workingDirectory.empty() && !std::filesystem::is_directory(spec.workingDirectory, fsError))
        return fail("working directory does not exist: " + spec.workingDirectory);

    const int wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (wakeFd < 0)
        return fail("cannot start the command: " + describeErrno(errno));

    // A value no other run has: this process, a count, and the clock. Every process the command
    // starts inherits it, also those that leave the process group (setsid), so Cancel finds them.
    std::uint64_t runNumber = 0;
    {
        const std::lock_guard lock(m_state->mutex);
        runNumber = ++m_state->runCount;
    }
    const std::string runId = std::to_string(::getpid()) + "-" + std::to_string(runNumber) + "-"
        + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
    std::unique_ptr<TransientMemoryCgroup> cgroup;
    if (spec.memoryLimitBytes) {
        TransientCgroupRequest request;
        request.limitBytes = *spec.memoryLimitBytes;
        request.swapBytes = spec.memorySwapBytes;
        request.id = runId;
        auto created = TransientMemoryCgroup::create(request);
        if (!created.cgroup) {
            ::close(wakeFd);
            return fail(created.error);
        }
        cgroup = std::move(created.cgroup);
    }
    // The child joins the cgroup between fork and exec: the command's first page is charged to it.
    const int procsFd = cgroup ? cgroup->procsFd() : -1;
    const std::string shellCommand = cgroup ? cgroup->wrapCommand(spec.commandLine) : spec.commandLine;
    bp::pipe outPipe;
    bp::pipe errPipe;
    std::error_code launchError;
    // Its own process group, so Cancel reaches every process the command starts (a pipeline's
    // members, tar's gzip) with one killpg, and a terminal's Ctrl+C does not. Signal masks and
    // ignored signals survive exec: the caller may block SIGINT (vmscope-cli watch) or ignore
    // SIGPIPE, and the command must start with the defaults (`yes | head` needs SIGPIPE).
    auto childSetup = bp::extend::on_exec_setup = [procsFd](auto& exec) {
        if (!TransientMemoryCgroup::joinFromChild(procsFd)) {
            exec.set_error(std::error_code(errno, std::system_category()), "cannot join the run's memory cgroup");
            ::_exit(127);
        }
        ::setpgid(0, 0);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        for (int signalNumber : { SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP })
            ::signal(signalNumber, SIG_DFL);
    };
    const std::string directory
        = spec.workingDirectory.empty() ? std::filesystem::current_path(fsError).string() : spec.workingDirectory;
    bp::environment environment = boost::this_process::environment();
    environment[std::string(kRunIdVariable)] = runId;
    const std::string marker = std::string(kRunIdVariable) + "=" + runId;
    const Clock::time_point started = Clock::now();
    bp::child child(bp::exe = "/bin/sh", bp::args = { std::string("-c"), shellCommand }, bp::std_out > outPipe,
        bp::std_err > errPipe, bp::std_in < bp::null, bp::start_dir = directory, bp::env = environment, childSetup,
        launchError);
    if (launchError) {
        ::close(wakeFd);
        return fail((procsFd >= 0 ? "cannot start /bin/sh in the run's memory cgroup: " : "cannot start /bin/sh: ")
            + launchError.message());
    }
    const int pid = child.id();
    // Waited for by State::waitForExit and reaped by State::reap (for ru_inblock); Boost must not
    // reap or kill it.
    child.detach();

    const int outFd = outPipe.native_source();
    const int errFd = errPipe.native_source();
    outPipe.assign_source(-1);
    errPipe.assign_source(-1);

    {
        const std::lock_guard lock(m_state->mutex);
        m_state->active = true;
        m_state->pid = pid;
        m_state->started = started;
        m_state->ended.reset();
        m_state->stderrTail.clear();
        m_state->cancelRequested = false;
        m_state->wakeFd = wakeFd;
    }
    {
        const std::lock_guard lock(m_state->cgroupMutex);
        m_state->cgroup = std::move(cgroup);
        m_state->lastCgroupReading.reset();
    }

    const std::lock_guard supervisorLock(m_state->supervisorMutex);
    m_state->supervisor
        = std::thread([state = m_state, pid, outFd, errFd, wakeFd, commandLine = spec.commandLine, marker] {
              state->supervise(pid, outFd, errFd, wakeFd, commandLine, marker);
          });
    return true;
}

void WorkloadRunner::cancel()
{
    const std::lock_guard lock(m_state->mutex);
    if (!m_state->active)
        return;
    m_state->cancelRequested = true;
    const std::uint64_t one = 1;
    if (m_state->wakeFd >= 0) [[maybe_unused]]
        const ssize_t ignored = ::write(m_state->wakeFd, &one, sizeof one);
}

void WorkloadRunner::wait()
{
    {
        std::unique_lock lock(m_state->mutex);
        m_state->finishedCondition.wait(lock, [this] { return !m_state->active; });
    }
    m_state->joinSupervisor();
}

bool WorkloadRunner::running() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->active;
}

std::optional<int> WorkloadRunner::pid() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->pid;
}

std::optional<ProcessIo> WorkloadRunner::currentIo() const
{
    const auto processId = pid();
    if (!processId)
        return std::nullopt;
    return readProcessIo(*m_state->source, *processId);
}

std::optional<MemoryCgroup> WorkloadRunner::currentMemoryCgroup() const
{
    const auto processId = pid();
    if (!processId)
        return std::nullopt;
    return m_state->readCgroup(*processId);
}

double WorkloadRunner::elapsedSeconds() const
{
    const std::lock_guard lock(m_state->mutex);
    if (!m_state->pid && !m_state->ended)
        return 0;
    const Clock::time_point end = m_state->ended.value_or(Clock::now());
    return std::chrono::duration<double>(end - m_state->started).count();
}

std::optional<WorkloadResult> WorkloadRunner::lastResult() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->lastResult;
}

} // namespace vmscope
