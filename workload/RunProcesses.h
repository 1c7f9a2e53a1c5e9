#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

// One process a workload started (pid and the kernel's 15-character name).
struct WorkloadProcess {
    int pid = 0;
    std::string name;
    int group = 0; // its process group
};

// The processes of one workload run, found in the live /proc without privileges: the descendants
// of `root` (PPid chains, while the shell lives) and every process whose environment holds
// `marker` ("VMSCOPE_RUN_ID=..."), which the runner puts into the command's environment and
// which `setsid` children and daemons that re-parented to init still carry. `root` itself and
// zombies (already ended) are left out. Another user's processes (sudo) cannot be read, so they
// are only found through the PPid chain. Each file is read with a bounded buffer.
std::vector<WorkloadProcess> findRunProcesses(int root, std::string_view marker);

// Sends `signal` to the process group `root` first, then once to every process findRunProcesses()
// found outside it. Found before anything is signalled, while the shell lives (its children are
// found by PPid too); the group first, so that the shell ends by the signal and not because a
// `wait` returned when a child outside the group died first.
void signalRunProcesses(int root, std::string_view marker, int signal);

// Ends the run's processes: each one found is stopped (SIGSTOP, so it cannot fork while the
// search goes on) until a search finds nothing new, then all are killed (SIGKILL). Returns those
// still there after waiting up to `wait` for them to end: the ones that could not be ended.
std::vector<WorkloadProcess> killRunProcesses(int root, std::string_view marker, std::chrono::milliseconds wait);

// "4242 sleep, 4250 sleep" for a message: the first ten, then "...".
std::string listProcesses(const std::vector<WorkloadProcess>& processes);

} // namespace vmscope
