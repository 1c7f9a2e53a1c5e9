#include "workload/RunProcesses.h"

#include "core/format/DisplayText.h"
#include "core/parse/ProcessParsers.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <map>
#include <set>
#include <thread>
#include <unistd.h>

namespace vmscope {

namespace {
    using ProcEntry = StatHead;

    int openProcFile(int pid, const char* file)
    {
        const std::string path = "/proc/" + std::to_string(pid) + "/" + file;
        return ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    }

    // /proc/PID/stat's head (pid, name, state, parent, group), parsed by core like any /proc file.
    bool readStat(int pid, ProcEntry& entry)
    {
        const int fd = openProcFile(pid, "stat");
        if (fd < 0)
            return false;
        char buffer[1024]; // the head fits well inside; the rest of the line is not needed
        ssize_t n = 0;
        do
            n = ::read(fd, buffer, sizeof buffer);
        while (n < 0 && errno == EINTR);
        ::close(fd);
        if (n <= 0)
            return false;
        auto head = parse::parseStatHead(std::string_view(buffer, static_cast<std::size_t>(n)), "stat");
        if (!head || head->pid != pid)
            return false;
        entry = std::move(*head);
        return true;
    }

    enum class EnvironMatch { Holds, DoesNotHold, Empty };

    // Whether /proc/PID/environ holds `marker` as a whole entry. Read in chunks (an environment
    // is bounded by the kernel's argument limit), keeping the tail that may start a match. Empty:
    // nothing could be read, which a process in the middle of execve() shows for a moment (its
    // new stack's environment is not set up yet).
    EnvironMatch environHolds(int pid, std::string_view marker)
    {
        const int fd = openProcFile(pid, "environ");
        if (fd < 0)
            return EnvironMatch::DoesNotHold;
        // Entries end with NUL; the leading NUL lets the first entry match like the others.
        std::string window(1, '\0');
        std::string needle(1, '\0');
        needle.append(marker);
        needle.push_back('\0');
        char buffer[16384];
        bool found = false;
        bool readAny = false;
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            readAny = true;
            window.append(buffer, static_cast<std::size_t>(n));
            if (window.find(needle) != std::string::npos) {
                found = true;
                break;
            }
            if (window.size() >= needle.size())
                window.erase(0, window.size() - (needle.size() - 1));
        }
        ::close(fd);
        if (found)
            return EnvironMatch::Holds;
        return readAny ? EnvironMatch::DoesNotHold : EnvironMatch::Empty;
    }

    // Kernel threads (children of kthreadd, pid 2, or parentless) and zombies have no
    // environment at all: an empty read of theirs means nothing.
    bool hasNoEnvironment(int pid, const ProcEntry& process)
    {
        return pid == 2 || process.ppid == 2 || process.ppid == 0 || process.state == 'Z' || process.state == 'X';
    }

    std::map<int, ProcEntry> liveProcesses()
    {
        std::map<int, ProcEntry> processes;
        DIR* dir = ::opendir("/proc");
        if (!dir)
            return processes;
        while (const dirent* entry = ::readdir(dir)) {
            const char* name = entry->d_name;
            if (name[0] < '1' || name[0] > '9' || std::strlen(name) > 9)
                continue;
            if (!std::all_of(name, name + std::strlen(name), [](char c) { return c >= '0' && c <= '9'; }))
                continue;
            const int pid = std::stoi(name);
            ProcEntry process;
            if (readStat(pid, process))
                processes.emplace(pid, std::move(process));
        }
        ::closedir(dir);
        return processes;
    }
} // namespace

std::vector<WorkloadProcess> findRunProcesses(int root, std::string_view marker)
{
    const std::map<int, ProcEntry> processes = liveProcesses();
    std::multimap<int, int> children; // ppid -> pid
    for (const auto& [pid, process] : processes)
        children.emplace(process.ppid, pid);
    std::set<int> found;
    std::vector<int> pending { root };
    while (!pending.empty()) {
        const int parent = pending.back();
        pending.pop_back();
        const auto [first, last] = children.equal_range(parent);
        for (auto it = first; it != last; ++it)
            if (found.insert(it->second).second)
                pending.push_back(it->second);
    }
    const int self = static_cast<int>(::getpid());
    std::vector<int> unsure; // empty environ: perhaps caught inside execve()
    for (const auto& [pid, process] : processes) {
        if (pid == self || found.count(pid))
            continue;
        const EnvironMatch match = environHolds(pid, marker);
        if (match == EnvironMatch::Holds)
            found.insert(pid);
        else if (match == EnvironMatch::Empty && !hasNoEnvironment(pid, process))
            unsure.push_back(pid);
    }
    // A run's child that the shell left as it exec'd (sh -> setsid -> sleep) reads empty for a
    // moment under load; ask again a few times before calling it someone else's.
    for (int round = 0; round < 5 && !unsure.empty(); ++round) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::vector<int> still;
        for (const int pid : unsure) {
            const EnvironMatch match = environHolds(pid, marker);
            if (match == EnvironMatch::Holds)
                found.insert(pid);
            else if (match == EnvironMatch::Empty)
                still.push_back(pid);
        }
        unsure = std::move(still);
    }

    std::vector<WorkloadProcess> result;
    for (const int pid : found) {
        const auto it = processes.find(pid);
        if (pid == root || pid == self || it == processes.end() || it->second.state == 'Z' || it->second.state == 'X')
            continue;
        result.push_back({ pid, it->second.name, it->second.processGroup });
    }
    return result;
}

void signalRunProcesses(int root, std::string_view marker, int signal)
{
    const std::vector<WorkloadProcess> found = findRunProcesses(root, marker);
    ::kill(-root, signal);
    // The group has had it once; twice would interrupt a trap's cleanup.
    for (const WorkloadProcess& process : found)
        if (process.group != root)
            ::kill(process.pid, signal);
}

std::vector<WorkloadProcess> killRunProcesses(int root, std::string_view marker, std::chrono::milliseconds wait)
{
    // A process forking in a loop could outrun one search; stopped processes cannot fork, so
    // after a few rounds a search finds nothing new.
    std::set<int> stopped;
    for (int round = 0; round < 64; ++round) {
        bool fresh = false;
        for (const WorkloadProcess& process : findRunProcesses(root, marker)) {
            if (stopped.insert(process.pid).second) {
                ::kill(process.pid, SIGSTOP);
                fresh = true;
            }
        }
        if (!fresh)
            break;
    }
    for (const int pid : stopped)
        ::kill(pid, SIGKILL);
    const auto deadline = std::chrono::steady_clock::now() + wait;
    std::vector<WorkloadProcess> left = findRunProcesses(root, marker);
    while (!left.empty() && std::chrono::steady_clock::now() < deadline) {
        for (const WorkloadProcess& process : left)
            ::kill(process.pid, SIGKILL);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        left = findRunProcesses(root, marker);
    }
    return left;
}

std::string listProcesses(const std::vector<WorkloadProcess>& processes)
{
    std::string text;
    constexpr std::size_t kNamed = 10;
    for (std::size_t i = 0; i < processes.size() && i < kNamed; ++i) {
        if (i > 0)
            text += ", ";
        text += std::to_string(processes[i].pid) + " ";
        // Any process names itself: the one escaping rule keeps its bytes off the terminal and the log.
        appendEscapedForDisplay(text, processes[i].name);
    }
    if (processes.size() > kNamed)
        text += ", ...";
    return text;
}

} // namespace vmscope
