#pragma once

#include "core/io/Source.h"
#include "core/model/MemoryCgroup.h"
#include "core/model/ProcessIo.h"
#include "workload/RunProcesses.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

struct WorkloadSpec {
    std::string label; // what the user sees in the runs table ("tar /home/me/src")
    std::string commandLine; // run with /bin/sh -c
    std::string workingDirectory; // empty: the current directory
    // Runs the command in a memory cgroup of its own with this limit (workload/TransientMemoryCgroup.h):
    // the OOM killer then ends it, not something else on the machine. core/analysis/RunMemoryLimit.h
    // has the default. Empty: no cgroup, no limit.
    std::optional<std::uint64_t> memoryLimitBytes;
    std::uint64_t memorySwapBytes = 0; // swap the run may use besides the limit
};

// The memory cgroup a run was limited by, read as the run ended.
struct RunMemoryCgroup {
    CgroupVersion version = CgroupVersion::V1;
    std::string method; // "cgroup v1", "cgroup v2", "systemd-run scope (cgroup v2)"
    std::string directory; // /sys/fs/cgroup/memory/vmscope-run-…
    std::uint64_t limitBytes = 0;
    std::uint64_t swapBytes = 0;
    std::optional<std::uint64_t> peakBytes; // memory.peak / memory.max_usage_in_bytes
    std::uint64_t oomKills = 0; // processes of the run the OOM killer killed (its oom_kill count)
    bool removed = false; // the cgroup is gone again
    std::string problem; // why it was not removed
};

struct WorkloadResult {
    std::optional<int> exitCode; // when the command exited
    std::optional<int> signal; // when it was killed by a signal
    bool cancelled = false; // cancel() ended it
    double elapsedSeconds = 0;
    // The last /proc/PID/io reading before the command's shell exited (the shell's own counters
    // include its waited-for children). Empty when /proc/PID/io was not readable.
    std::optional<ProcessIo> io;
    // Bytes read from disk by the whole process tree (wait4's ru_inblock, which counts 512-byte
    // blocks, times 512): the cold-versus-warm-cache figure. 0 when everything came from the page cache.
    std::uint64_t blockInputs = 0;
    // Why the command did not run as asked, for a person: "command not found: foo",
    // "working directory does not exist: /x", "cannot start /bin/sh: ...". Empty when it ran.
    std::string error;
    // Processes the command started that still ran when the result was made. After a normal end:
    // what it left running in the background (left alone: the command is done when its shell is).
    // After Cancel: the ones that could not be ended. Found through the PPid chain and the run's
    // VMSCOPE_RUN_ID environment variable, so `setsid` children and daemons are found too; a
    // process that both left the tree and cleared its environment is not.
    std::vector<WorkloadProcess> leftovers;
    // When the spec asked for a memory limit.
    std::optional<RunMemoryCgroup> memoryCgroup;
    // The command was killed by SIGKILL (the shell, or its last command: exit status 137) and its
    // memory cgroup's oom_kill count rose: the OOM killer ended it because the limit was reached.
    bool oomKilled = false;

    bool succeeded() const { return error.empty() && !cancelled && exitCode == 0; }
    // How it ended, for a person, in one place for the CLI and the GUI (workload/WorkloadResultText.cpp):
    // "exit code 0", "killed by signal 15", "killed by the OOM killer: memory cgroup limit 96 MiB
    // reached", "cancelled, killed by signal 15". `translate` (context "WorkloadResult") looks up
    // each text marked VMSCOPE_TRANSLATABLE there; without it the text is English.
    using Translate = std::function<std::string(const char* context, const char* text)>;
    std::string describe(const Translate& translate = {}) const;
};

enum class OutputStream { StdOut, StdErr };

// Runs one shell command line at a time, with its output streamed live, its I/O counters
// readable while it runs, and a Cancel that ends it and everything it started.
// Callbacks run on the runner's threads, never on the caller's; a GUI re-posts them. A callback
// must not call wait() or destroy the runner (it would wait for itself).
class WorkloadRunner {
public:
    // /proc/PID/io is read through `source` (nullptr: the live /proc).
    explicit WorkloadRunner(std::shared_ptr<const Source> source = nullptr);
    ~WorkloadRunner(); // cancels a running command and waits for it
    WorkloadRunner(const WorkloadRunner&) = delete;
    WorkloadRunner& operator=(const WorkloadRunner&) = delete;

    // Output in chunks as the command writes it, each stream in order. Set before start().
    void setOnOutput(std::function<void(OutputStream, std::string_view)> onOutput);
    // Called once per start(), after the output was delivered completely.
    void setOnFinished(std::function<void(const WorkloadResult&)> onFinished);

    // Starts the command; false with `error` filled when it could not be started (a command is
    // still running, the working directory does not exist, fork failed). Then onFinished is not called.
    bool start(const WorkloadSpec& spec, std::string* error = nullptr);
    // SIGTERM to the command's process group and every process of the run (also those that left
    // the group, like `setsid` children), SIGKILL after kCancelGrace or once the shell has ended:
    // ends it and everything it started.
    void cancel();
    // Blocks until the command ended and onFinished returned (immediately when none runs).
    void wait();
    bool running() const;
    std::optional<int> pid() const;
    // /proc/PID/io of the command's shell (core/read/ProcessTreeIo.h readProcessIo).
    std::optional<ProcessIo> currentIo() const;
    // The run's memory cgroup now (usage, peak, oom_kill count), while it runs with a limit.
    std::optional<MemoryCgroup> currentMemoryCgroup() const;
    double elapsedSeconds() const;
    // The result of the last finished run (nullopt before the first one ended).
    std::optional<WorkloadResult> lastResult() const;

    static constexpr std::chrono::milliseconds kCancelGrace { 2000 };
    // The environment variable that marks a run's processes (its value is unique per run).
    static constexpr std::string_view kRunIdVariable = "VMSCOPE_RUN_ID";

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace vmscope
