#pragma once

#include "core/model/MemoryCgroup.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace vmscope {

// How a run's memory cgroup was made.
enum class TransientCgroupMethod {
    V2Directory, // a directory vmscope-run-<id> below the v2 hierarchy (memory.max, memory.swap.max)
    V1Directory, // the same below the v1 memory hierarchy (memory.limit_in_bytes, memory.memsw.*)
    SystemdScope, // systemd-run --user --scope -p MemoryMax= -p MemorySwapMax=: systemd makes it
};

struct TransientCgroupRequest {
    std::uint64_t limitBytes = 0; // memory.max / memory.limit_in_bytes
    // Swap the run may use besides: 0 keeps it out of swap, so a limit really ends in an OOM kill
    // instead of a slow swap storm. v2 memory.swap.max; v1 memsw = limit + swap.
    std::uint64_t swapBytes = 0;
    std::string id; // part of the name: vmscope-run-<id>
};

// A memory cgroup that exists for one run: made before the command starts, removed after it.
// The command joins it before it execs (joinFromChild, between fork and exec), so not one page
// of it is charged elsewhere. Not thread-safe; the runner owns it.
class TransientMemoryCgroup {
public:
    struct Created;
    // Makes the cgroup: under the v2 hierarchy when it has the memory controller and this user may
    // write there, else under the v1 memory hierarchy, else through systemd-run --user when a user
    // session and v2's memory controller are there. On failure `error` says what is missing and
    // what to do.
    static Created create(const TransientCgroupRequest& request);
    ~TransientMemoryCgroup(); // removes it (remove() with a short wait)
    TransientMemoryCgroup(const TransientMemoryCgroup&) = delete;
    TransientMemoryCgroup& operator=(const TransientMemoryCgroup&) = delete;

    TransientCgroupMethod method() const { return m_method; }
    CgroupVersion version() const { return m_version; }
    std::uint64_t limitBytes() const { return m_request.limitBytes; }
    std::uint64_t swapBytes() const { return m_request.swapBytes; }
    // The directory as a person finds it: /sys/fs/cgroup/memory/vmscope-run-…; for a systemd scope
    // empty until locate() found it.
    const std::string& directory() const { return m_directory; }
    // "cgroup v1", "cgroup v2", "systemd-run scope (cgroup v2)"
    std::string describeMethod() const;

    // The command line that runs `commandLine` inside the cgroup: itself for a directory, wrapped
    // in systemd-run for a scope.
    std::string wrapCommand(const std::string& commandLine) const;
    // The file descriptor of cgroup.procs, open for writing (-1 for a scope): the child writes its
    // pid into it between fork and exec. Async-signal-safe; returns false (errno set) on failure.
    int procsFd() const { return m_procsFd; }
    static bool joinFromChild(int procsFd);
    // A scope is known only once its process runs: finds it through /proc/PID/cgroup.
    void locate(int pid);

    // The cgroup's memory files now (every figure unknown once it is gone).
    std::optional<MemoryCgroup> read() const;
    // rmdir once its processes are gone, retried until `wait` passed (an OOM-killed task takes a
    // moment to exit). True when it is gone; otherwise `problem` says why.
    bool remove(std::chrono::milliseconds wait = std::chrono::milliseconds(2000));
    bool removed() const { return m_removed; }
    const std::string& problem() const { return m_problem; }

private:
    TransientMemoryCgroup() = default;
    TransientCgroupMethod m_method = TransientCgroupMethod::V2Directory;
    CgroupVersion m_version = CgroupVersion::V2;
    TransientCgroupRequest m_request;
    std::string m_directory; // absolute
    std::optional<MemoryCgroupLocation> m_location;
    int m_procsFd = -1;
    bool m_removed = false;
    std::string m_problem;
    std::string m_systemdRun; // the systemd-run binary for a scope
};

struct TransientMemoryCgroup::Created {
    std::unique_ptr<TransientMemoryCgroup> cgroup;
    std::string error; // when cgroup is null
};

} // namespace vmscope
