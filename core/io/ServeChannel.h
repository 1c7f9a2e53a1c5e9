#pragma once

#include "core/Result.h"
#include "core/io/ReadLimits.h"
#include "core/io/ServeProtocol.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace vmscope {

struct ServeChannelOptions {
    // The longest wait for the next bytes of an answer (reset by every byte that arrives, so a
    // 40 MiB smaps is no problem): a stuck helper or network is an error, never a hang.
    std::chrono::milliseconds answerTimeout { 15000 };
    // One answer at most: the bound ProcRootSource puts on smaps and maps.
    std::size_t maxAnswerBytes = ReadLimits {}.maxStreamedFileBytes;
    // How messages name the command (commandLine()); empty: argv joined by spaces. ssh's last
    // argument for --host is a 2.6 KB script (core/io/RemoteServe.h): "ssh HOST" says enough.
    std::string commandForMessages {};
};

// A running `vmscope-cli serve`, or anything that speaks its protocol (core/io/ServeProtocol.h;
// the POSIX-shell fallback used over ssh), reached through pipes to a child process: `pkexec
// vmscope-cli serve`, `sudo -n vmscope-cli serve`, `ssh HOST vmscope-cli serve`. No globals, no
// reading of this process's own standard input: any thread (a GUI worker) may start and use one.
class ServeChannel {
public:
    // Starts argv (argv[0] looked up in PATH; no shell) with stdin/stdout pipes; the last 4 KiB
    // of its stderr are kept for error sentences (ssh's and sudo's messages).
    static Result<std::shared_ptr<ServeChannel>> start(std::vector<std::string> argv, ServeChannelOptions options = {});

    // Closes stdin (serve ends at end of input), waits briefly, then SIGTERM, SIGKILL, and reaps.
    ~ServeChannel();
    ServeChannel(const ServeChannel&) = delete;
    ServeChannel& operator=(const ServeChannel&) = delete;

    // Sends all request lines at once and reads their answers in order (one round trip);
    // thread-safe (exchanges take turns). Callers mark their reads (ScopedReadMark); a stuck
    // helper ends as an error after answerTimeout. A line that is not printable ASCII is not sent: EINVAL.
    // `ok LENGTH` + bytes -> the bytes; `error ENAME sentence` -> its Error (serveAnswerError).
    // A dead child, a timeout or a malformed answer -> an Io error for that and every later
    // answer of this channel, with the child's stderr in the sentence.
    std::vector<Result<std::string>> exchange(const std::vector<std::string>& requestLines) const;
    // The same with another timeout for this exchange: the first one, while pkexec asks for a password.
    std::vector<Result<std::string>> exchange(
        const std::vector<std::string>& requestLines, std::chrono::milliseconds answerTimeout) const;

    // The last 4 KiB the child wrote on its stderr (not escaped: escape before printing).
    std::string stderrText() const;
    // False once the child exited or the channel failed.
    bool alive() const;
    // The command, for messages: "sudo -n /usr/bin/vmscope-cli serve".
    const std::string& commandLine() const { return m_commandLine; }

private:
    ServeChannel(
        pid_t pid, int stdinFd, int stdoutFd, int stderrFd, std::string commandLine, ServeChannelOptions options);

    void appendStderr(std::string_view bytes) const;
    bool drainStderr(std::chrono::steady_clock::time_point until) const; // true at its end of file
    std::string exitDescription() const; // "exited with status 1", "" while running
    bool reapNow() const; // true once the child is reaped
    std::string failureSentence(std::string_view what, bool ended = false) const;

    const pid_t m_pid;
    const int m_stdin;
    const int m_stdout;
    const int m_stderr;
    const std::string m_commandLine;
    const ServeChannelOptions m_options;

    mutable std::mutex m_exchangeMutex; // one exchange at a time
    mutable std::optional<std::string> m_failure; // under m_exchangeMutex: why every answer fails
    mutable ServeAnswerReader m_reader; // under m_exchangeMutex
    mutable std::atomic<bool> m_failed { false }; // m_failure is set: alive() without waiting for an exchange

    mutable std::mutex m_stateMutex; // the stderr tail and the exit status
    mutable std::string m_stderrTail;
    mutable bool m_stderrClosed = false;
    mutable std::optional<int> m_waitStatus;
};

} // namespace vmscope
