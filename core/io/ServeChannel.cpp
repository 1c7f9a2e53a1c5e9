#include "core/io/ServeChannel.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace vmscope {

namespace {

    constexpr std::size_t kStderrTailBytes = 4096;
    // How long the destructor gives the child after closing its input, and after SIGTERM.
    constexpr std::chrono::milliseconds kExitGrace { 1000 };
    // How long a failed exchange waits for the rest of the child's stderr (sudo's sentence).
    constexpr std::chrono::milliseconds kStderrGrace { 500 };

    void closeFd(int fd)
    {
        if (fd >= 0)
            ::close(fd);
    }

    struct Pipe {
        int read = -1;
        int write = -1;
        ~Pipe()
        {
            closeFd(read);
            closeFd(write);
        }
        int releaseRead() { return std::exchange(read, -1); }
        int releaseWrite() { return std::exchange(write, -1); }
    };

    // A write to a child that has gone raises SIGPIPE, which would end this whole program (the GUI):
    // blocked in this thread for the write, and a SIGPIPE the write raised is taken back. The
    // program's own disposition is left alone.
    class SigpipeGuard {
    public:
        SigpipeGuard()
        {
            sigset_t pipeOnly;
            sigemptyset(&pipeOnly);
            sigaddset(&pipeOnly, SIGPIPE);
            sigset_t pending;
            sigpending(&pending);
            m_wasPending = sigismember(&pending, SIGPIPE) == 1;
            pthread_sigmask(SIG_BLOCK, &pipeOnly, &m_previous);
        }
        ~SigpipeGuard()
        {
            if (!m_wasPending) {
                sigset_t pipeOnly;
                sigemptyset(&pipeOnly);
                sigaddset(&pipeOnly, SIGPIPE);
                const timespec zero {};
                while (sigtimedwait(&pipeOnly, nullptr, &zero) == SIGPIPE) { }
            }
            pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
        }
        SigpipeGuard(const SigpipeGuard&) = delete;
        SigpipeGuard& operator=(const SigpipeGuard&) = delete;

    private:
        sigset_t m_previous {};
        bool m_wasPending = false;
    };

    std::string joined(const std::vector<std::string>& argv)
    {
        std::string text;
        for (const std::string& word : argv)
            text.append(text.empty() ? "" : " ").append(word);
        return text;
    }

    // The path of a request line ("read /proc/1/smaps" -> "/proc/1/smaps"), for its error.
    std::string pathOf(const std::string& line)
    {
        const std::size_t space = line.find(' ');
        if (space == std::string::npos)
            return line;
        const std::size_t second = line.find(' ', space + 1);
        return line.substr(space + 1, second == std::string::npos ? std::string::npos : second - space - 1);
    }

    bool isRequestLine(const std::string& line)
    {
        return !line.empty() && std::all_of(line.begin(), line.end(), [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return byte >= 0x20 && byte < 0x7f;
        });
    }

    int millisecondsUntil(std::chrono::steady_clock::time_point deadline)
    {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        return static_cast<int>(std::clamp<std::chrono::milliseconds::rep>(left.count(), 0, 60'000));
    }

    std::string durationText(std::chrono::milliseconds duration)
    {
        if (duration.count() % 1000 == 0)
            return std::to_string(duration.count() / 1000) + " s";
        return std::to_string(duration.count()) + " ms";
    }

} // namespace

Result<std::shared_ptr<ServeChannel>> ServeChannel::start(std::vector<std::string> argv, ServeChannelOptions options)
{
    const std::string commandLine = options.commandForMessages.empty() ? joined(argv) : options.commandForMessages;
    if (argv.empty() || argv.front().empty())
        return Error::io("vmscope-cli serve", EINVAL, "cannot be started: no command given");
    Pipe in, out, err;
    int fds[2];
    for (Pipe* pipe : { &in, &out, &err }) {
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return Error::io(commandLine, errno, std::string("cannot be started: ") + std::strerror(errno));
        pipe->read = fds[0];
        pipe->write = fds[1];
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.read, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.write, STDERR_FILENO);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    // Nothing else of this program (the GUI's sockets and files) reaches a helper that may run as root.
    posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
#endif
    // The child starts with the default signal dispositions and mask, whatever this program set
    // (the CLI's watch ignores SIGPIPE; a GUI thread may block signals).
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int signalNumber : { SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP, SIGCHLD })
        sigaddset(&defaults, signalNumber);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

    std::vector<char*> words;
    for (std::string& word : argv)
        words.push_back(word.data());
    words.push_back(nullptr);
    pid_t pid = -1;
    const int spawned = ::posix_spawnp(&pid, words.front(), &actions, &attributes, words.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0)
        return Error::io(argv.front(), spawned, std::string("cannot be started: ") + std::strerror(spawned));
    for (int fd : { in.write, out.read, err.read })
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return std::shared_ptr<ServeChannel>(
        new ServeChannel(pid, in.releaseWrite(), out.releaseRead(), err.releaseRead(), commandLine, options));
}

ServeChannel::ServeChannel(
    pid_t pid, int stdinFd, int stdoutFd, int stderrFd, std::string commandLine, ServeChannelOptions options)
    : m_pid(pid)
    , m_stdin(stdinFd)
    , m_stdout(stdoutFd)
    , m_stderr(stderrFd)
    , m_commandLine(std::move(commandLine))
    , m_options(options)
    , m_reader(options.maxAnswerBytes)
{
}

ServeChannel::~ServeChannel()
{
    // End of input ends serve; closing its output too makes a child still writing fail at once.
    closeFd(m_stdin);
    closeFd(m_stdout);
    closeFd(m_stderr);
    const auto waitFor = [this](std::chrono::milliseconds grace) {
        const auto deadline = std::chrono::steady_clock::now() + grace;
        while (!reapNow()) {
            if (std::chrono::steady_clock::now() >= deadline)
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return true;
    };
    if (waitFor(kExitGrace))
        return;
    ::kill(m_pid, SIGTERM);
    if (waitFor(kExitGrace))
        return;
    // A child that runs as root through pkexec cannot be signalled by this user (EPERM); it ends
    // at its next read or write on the closed pipes. It is not waited for without end.
    ::kill(m_pid, SIGKILL);
    waitFor(kExitGrace);
}

bool ServeChannel::reapNow() const
{
    std::lock_guard lock(m_stateMutex);
    if (m_waitStatus)
        return true;
    int status = 0;
    pid_t done;
    do
        done = ::waitpid(m_pid, &status, WNOHANG);
    while (done < 0 && errno == EINTR);
    if (done == m_pid || (done < 0 && errno == ECHILD)) {
        m_waitStatus = done == m_pid ? status : 0;
        return true;
    }
    return false;
}

std::string ServeChannel::exitDescription() const
{
    if (!reapNow())
        return {};
    std::lock_guard lock(m_stateMutex);
    const int status = *m_waitStatus;
    if (WIFEXITED(status))
        return "exited with status " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) {
        if (const char* name = ::sigabbrev_np(WTERMSIG(status)))
            return std::string("was killed by SIG") + name;
        return "was killed by signal " + std::to_string(WTERMSIG(status));
    }
    return "ended";
}

void ServeChannel::appendStderr(std::string_view bytes) const
{
    std::lock_guard lock(m_stateMutex);
    m_stderrTail.append(bytes);
    if (m_stderrTail.size() > kStderrTailBytes)
        m_stderrTail.erase(0, m_stderrTail.size() - kStderrTailBytes);
}

std::string ServeChannel::stderrText() const
{
    std::lock_guard lock(m_stateMutex);
    return m_stderrTail;
}

bool ServeChannel::alive() const
{
    return !m_failed && !reapNow();
}

bool ServeChannel::drainStderr(std::chrono::steady_clock::time_point until) const
{
    char buffer[4096];
    while (!m_stderrClosed) {
        pollfd fd { m_stderr, POLLIN, 0 };
        const int ready = ::poll(&fd, 1, millisecondsUntil(until));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return false;
        const ssize_t got = ::read(m_stderr, buffer, sizeof buffer);
        if (got > 0)
            appendStderr({ buffer, static_cast<std::size_t>(got) });
        else if (got == 0 || (errno != EAGAIN && errno != EINTR))
            m_stderrClosed = true;
    }
    return true;
}

std::string ServeChannel::failureSentence(std::string_view what, bool ended) const
{
    std::string sentence = "could not be read: " + m_commandLine + " " + std::string(what);
    const auto grace = std::chrono::steady_clock::now() + kStderrGrace;
    drainStderr(grace);
    // Its output closed: it is exiting, and its status says how (sudo's 1, ssh's 255).
    while (ended && !reapNow() && std::chrono::steady_clock::now() < grace)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    const std::string exit = exitDescription();
    if (!exit.empty())
        sentence += " (it " + exit + ")";
    std::string tail = stderrText();
    while (!tail.empty() && (tail.back() == '\n' || tail.back() == '\r' || tail.back() == ' '))
        tail.pop_back();
    if (!tail.empty())
        sentence += ": " + tail;
    return sentence;
}

std::vector<Result<std::string>> ServeChannel::exchange(const std::vector<std::string>& requestLines) const
{
    return exchange(requestLines, m_options.answerTimeout);
}

std::vector<Result<std::string>> ServeChannel::exchange(
    const std::vector<std::string>& requestLines, std::chrono::milliseconds answerTimeout) const
{
    std::lock_guard lock(m_exchangeMutex);
    std::vector<std::optional<Result<std::string>>> answers(requestLines.size());
    std::vector<std::size_t> sent; // indices of the lines sent, in order
    std::string payload;
    for (std::size_t i = 0; i < requestLines.size(); ++i) {
        if (!isRequestLine(requestLines[i])) {
            answers[i] = Error::io(pathOf(requestLines[i]), EINVAL,
                "cannot be requested from vmscope-cli serve: a request is printable ASCII on one line");
            continue;
        }
        sent.push_back(i);
        payload.append(requestLines[i]).push_back('\n');
    }
    std::size_t answered = 0;
    const auto failRest = [&](std::string why) {
        if (!m_failure)
            m_failure = std::move(why);
        m_failed = true;
    };
    if (!m_failure && m_reader.hasAnswer())
        failRest(failureSentence("answered more than it was asked"));
    {
        const SigpipeGuard sigpipe;
        std::size_t written = 0;
        auto deadline = std::chrono::steady_clock::now() + answerTimeout;
        char buffer[65536];
        while (!m_failure && answered < sent.size()) {
            pollfd fds[3] = { { m_stdout, POLLIN, 0 }, { m_stderrClosed ? -1 : m_stderr, POLLIN, 0 },
                { written < payload.size() ? m_stdin : -1, POLLOUT, 0 } };
            const int ready = ::poll(fds, 3, millisecondsUntil(deadline));
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready < 0) {
                failRest(failureSentence(std::string("could not be waited for: ") + std::strerror(errno)));
                break;
            }
            if (ready == 0) {
                if (std::chrono::steady_clock::now() < deadline)
                    continue;
                failRest(failureSentence("did not answer within " + durationText(answerTimeout)));
                break;
            }
            if (fds[0].revents != 0) {
                const ssize_t got = ::read(m_stdout, buffer, sizeof buffer);
                if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) {
                    failRest(failureSentence(
                        m_reader.midAnswer() ? "ended in the middle of an answer" : "ended before it answered", true));
                    break;
                }
                if (got > 0) {
                    deadline = std::chrono::steady_clock::now() + answerTimeout;
                    if (!m_reader.feed({ buffer, static_cast<std::size_t>(got) })) {
                        failRest(failureSentence("gave a malformed answer (" + m_reader.failure() + ")"));
                        break;
                    }
                }
            }
            if (fds[1].revents != 0) {
                const ssize_t got = ::read(m_stderr, buffer, sizeof buffer);
                if (got > 0)
                    appendStderr({ buffer, static_cast<std::size_t>(got) });
                else if (got == 0 || (errno != EAGAIN && errno != EINTR))
                    m_stderrClosed = true;
            }
            if (!m_failure && fds[2].revents != 0) {
                const ssize_t put = ::write(m_stdin, payload.data() + written, payload.size() - written);
                if (put > 0) {
                    written += static_cast<std::size_t>(put);
                    deadline = std::chrono::steady_clock::now() + answerTimeout;
                } else if (put < 0 && errno != EAGAIN && errno != EINTR) {
                    failRest(failureSentence("stopped reading its requests", true));
                    break;
                }
            }
            while (m_reader.hasAnswer() && answered < sent.size()) {
                ServeAnswer answer = m_reader.take();
                const std::size_t index = sent[answered++];
                if (answer.ok)
                    answers[index] = std::move(answer.bytes);
                else
                    answers[index] = serveAnswerError(pathOf(requestLines[index]), answer.errorNumber, answer.sentence);
            }
        }
    }
    std::vector<Result<std::string>> results;
    results.reserve(answers.size());
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (answers[i])
            results.push_back(std::move(*answers[i]));
        else
            results.push_back(Error::io(pathOf(requestLines[i]), EIO, *m_failure));
    }
    return results;
}

} // namespace vmscope
