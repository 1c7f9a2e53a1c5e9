#pragma once

#include <csignal>
#include <pthread.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace vmscope::cli {

// Ctrl+C and SIGTERM arrive on a signalfd, read by the printing loop: no handler runs on an
// arbitrary thread, and the loop can stop in order (watch: cancel the command and the sampler;
// capture: end the series after the current sample, with a valid archive).
class StopSignals {
public:
    StopSignals()
    {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGINT);
        sigaddset(&m_set, SIGTERM);
        sigaddset(&m_set, SIGHUP);
        // Blocked before any thread starts, so every thread inherits the mask.
        ::pthread_sigmask(SIG_BLOCK, &m_set, &m_previousMask);
        m_fd = ::signalfd(-1, &m_set, SFD_CLOEXEC | SFD_NONBLOCK);
        // A closed stdout is seen as a failed write, not as a fatal signal.
        m_previousPipe = ::signal(SIGPIPE, SIG_IGN);
    }
    ~StopSignals()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        ::signal(SIGPIPE, m_previousPipe);
        ::pthread_sigmask(SIG_SETMASK, &m_previousMask, nullptr);
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    int fd() const { return m_fd; }
    bool received()
    {
        signalfd_siginfo info {};
        return ::read(m_fd, &info, sizeof info) == static_cast<ssize_t>(sizeof info);
    }

private:
    sigset_t m_set {};
    sigset_t m_previousMask {};
    int m_fd = -1;
    void (*m_previousPipe)(int) = SIG_DFL;
};

} // namespace vmscope::cli
