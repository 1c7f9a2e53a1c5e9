#include "workload/TransientMemoryCgroup.h"

#include "core/io/ProcRootSource.h"
#include "core/read/MemoryCgroupReader.h"
#include "workload/ProgramLocation.h"
#include "workload/WorkloadPresets.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace vmscope {
namespace {

    const std::string kSysRoot = "/sys";

    // Writes `text` to a cgroup control file; 0 or the errno.
    int writeControl(const std::string& path, const std::string& text)
    {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            return errno;
        const ssize_t written = ::write(fd, text.data(), text.size());
        const int error = written < 0 ? errno : (static_cast<std::size_t>(written) == text.size() ? 0 : EIO);
        ::close(fd);
        return error;
    }

    bool exists(const std::string& path)
    {
        struct stat info { };
        return ::stat(path.c_str(), &info) == 0;
    }

    std::string errnoText(int error)
    {
        return std::strerror(error);
    }

    bool hasUserSessionBus()
    {
        if (const char* address = std::getenv("DBUS_SESSION_BUS_ADDRESS"); address && *address)
            return true;
        const char* runtime = std::getenv("XDG_RUNTIME_DIR");
        return runtime && *runtime && exists(std::string(runtime) + "/bus");
    }

} // namespace

TransientMemoryCgroup::~TransientMemoryCgroup()
{
    if (!m_removed)
        remove(std::chrono::milliseconds(500));
    if (m_procsFd >= 0)
        ::close(m_procsFd);
}

std::string TransientMemoryCgroup::describeMethod() const
{
    switch (m_method) {
    case TransientCgroupMethod::V2Directory:
        return "cgroup v2";
    case TransientCgroupMethod::V1Directory:
        return "cgroup v1";
    case TransientCgroupMethod::SystemdScope:
        return "systemd-run scope (cgroup v2)";
    }
    return {};
}

TransientMemoryCgroup::Created TransientMemoryCgroup::create(const TransientCgroupRequest& request)
{
    const ProcRootSource proc("/proc");
    const ProcRootSource sys(kSysRoot);
    const std::string name = "vmscope-run-" + request.id;
    std::vector<std::string> tried; // what was not possible, for the error sentence

    auto hierarchies = findMemoryHierarchies(proc, sys);
    if (!hierarchies)
        return { nullptr, "cannot tell where the memory controller is: " + hierarchies.error().message() };

    // A directory below a hierarchy's mount point; its limits written right away, before anything joins.
    auto makeDirectory = [&](const CgroupMount& mount) -> std::unique_ptr<TransientMemoryCgroup> {
        const bool v2 = mount.version == CgroupVersion::V2;
        const std::string mountDirectory = kSysRoot + "/" + MemoryHierarchies::sysDirectoryOf(mount);
        const std::string directory = mountDirectory + "/" + name;
        const std::string where = std::string(v2 ? "cgroup v2" : "cgroup v1") + " (" + mountDirectory + ")";
        if (::mkdir(directory.c_str(), 0755) != 0) {
            const int error = errno;
            tried.push_back("cannot make a cgroup below " + where + ": " + errnoText(error)
                + (error == EACCES || error == EPERM || error == EROFS ? " (needs root)" : ""));
            return nullptr;
        }
        std::unique_ptr<TransientMemoryCgroup> cgroup(new TransientMemoryCgroup);
        cgroup->m_method = v2 ? TransientCgroupMethod::V2Directory : TransientCgroupMethod::V1Directory;
        cgroup->m_version = mount.version;
        cgroup->m_request = request;
        cgroup->m_directory = directory;
        std::string root = mount.root == "/" ? std::string() : mount.root;
        cgroup->m_location = MemoryCgroupLocation { mount.version, root + "/" + name,
            MemoryHierarchies::sysDirectoryOf(mount) + "/" + name };
        auto fail = [&](const std::string& what, int error) {
            tried.push_back(what + " in " + directory + ": " + errnoText(error));
            cgroup->remove(std::chrono::milliseconds(0));
            return nullptr;
        };
        const std::string limitFile = directory + (v2 ? "/memory.max" : "/memory.limit_in_bytes");
        // v2: the parent hands the memory controller to its children only when its
        // cgroup.subtree_control lists it (cgroup-v2.rst, "Enabling and Disabling").
        if (v2 && !exists(limitFile))
            writeControl(mountDirectory + "/cgroup.subtree_control", "+memory");
        if (const int error = writeControl(limitFile, std::to_string(request.limitBytes)))
            return fail("cannot set " + std::string(v2 ? "memory.max" : "memory.limit_in_bytes"), error);
        if (v2) {
            // memory.swap.max is missing when swap accounting is off: then there is nothing to cap.
            const std::string swapFile = directory + "/memory.swap.max";
            if (exists(swapFile))
                if (const int error = writeControl(swapFile, std::to_string(request.swapBytes)))
                    return fail("cannot set memory.swap.max", error);
        } else {
            // memsw is memory PLUS swap, and may not be below the memory limit.
            const std::string memswFile = directory + "/memory.memsw.limit_in_bytes";
            if (exists(memswFile))
                if (const int error = writeControl(memswFile, std::to_string(request.limitBytes + request.swapBytes)))
                    return fail("cannot set memory.memsw.limit_in_bytes", error);
        }
        const std::string procs = directory + "/cgroup.procs";
        cgroup->m_procsFd = ::open(procs.c_str(), O_WRONLY | O_CLOEXEC);
        if (cgroup->m_procsFd < 0)
            return fail("cannot open cgroup.procs", errno);
        return cgroup;
    };

    if (hierarchies->v2) {
        if (auto cgroup = makeDirectory(*hierarchies->v2))
            return { std::move(cgroup), {} };
    } else if (hierarchies->v2WithoutMemory) {
        tried.push_back(
            "the cgroup v2 hierarchy (" + hierarchies->v2WithoutMemory->mountPoint + ") has no memory controller");
    } else {
        tried.push_back("there is no cgroup v2 hierarchy");
    }
    if (hierarchies->v1) {
        if (auto cgroup = makeDirectory(*hierarchies->v1))
            return { std::move(cgroup), {} };
    } else {
        tried.push_back("there is no cgroup v1 memory hierarchy");
    }
    // A normal user: systemd makes a scope in the user's delegated v2 subtree.
    const std::string systemdRun = findInPath("systemd-run");
    if (!hierarchies->v2)
        tried.push_back("systemd-run cannot limit memory without the v2 memory controller");
    else if (systemdRun.empty())
        tried.push_back("systemd-run is not installed");
    else if (!hasUserSessionBus())
        tried.push_back("there is no systemd user session for systemd-run --user");
    else {
        std::unique_ptr<TransientMemoryCgroup> cgroup(new TransientMemoryCgroup);
        cgroup->m_method = TransientCgroupMethod::SystemdScope;
        cgroup->m_version = CgroupVersion::V2;
        cgroup->m_request = request;
        cgroup->m_systemdRun = systemdRun;
        return { std::move(cgroup), {} };
    }
    std::string error = "no memory cgroup can be made for the run: ";
    for (std::size_t i = 0; i < tried.size(); ++i)
        error += (i ? "; " : "") + tried[i];
    error += ". Run it as root (sudo), or on a system with the cgroup v2 memory controller and a systemd user "
             "session, or without a memory limit";
    return { nullptr, error };
}

std::string TransientMemoryCgroup::wrapCommand(const std::string& commandLine) const
{
    if (m_method != TransientCgroupMethod::SystemdScope)
        return commandLine;
    // exec: systemd-run moves itself into the new scope and then execs the shell, so the
    // command's first instruction already runs under the limit.
    return "exec " + shellQuote(m_systemdRun) + " --user --scope --quiet --collect --unit="
        + shellQuote("vmscope-run-" + m_request.id) + " -p MemoryMax=" + std::to_string(m_request.limitBytes)
        + " -p MemorySwapMax=" + std::to_string(m_request.swapBytes) + " -- /bin/sh -c " + shellQuote(commandLine);
}

bool TransientMemoryCgroup::joinFromChild(int procsFd)
{
    if (procsFd < 0)
        return true;
    // No allocation, no stdio: between fork and exec only async-signal-safe calls.
    char digits[24];
    char* end = digits + sizeof digits;
    char* at = end;
    for (long pid = ::getpid(); pid > 0 || at == end; pid /= 10)
        *--at = static_cast<char>('0' + pid % 10);
    return ::write(procsFd, at, static_cast<std::size_t>(end - at)) == end - at;
}

void TransientMemoryCgroup::locate(int pid)
{
    if (m_location)
        return;
    const ProcRootSource proc("/proc");
    const ProcRootSource sys(kSysRoot);
    auto location = locateMemoryCgroup(proc, sys, pid);
    // Before systemd-run has moved itself, the process is still in the caller's cgroup.
    if (!location || location->path.find("vmscope-run-" + m_request.id) == std::string::npos)
        return;
    m_location = *location;
    m_directory = kSysRoot + "/" + location->sysDirectory;
}

std::optional<MemoryCgroup> TransientMemoryCgroup::read() const
{
    if (!m_location)
        return std::nullopt;
    return readMemoryCgroup(ProcRootSource(kSysRoot), *m_location);
}

bool TransientMemoryCgroup::remove(std::chrono::milliseconds wait)
{
    if (m_removed)
        return true;
    if (m_method == TransientCgroupMethod::SystemdScope) {
        // systemd removes the scope once its last process exited (--collect: also after a failure).
        m_removed = true;
        return true;
    }
    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        if (::rmdir(m_directory.c_str()) == 0 || errno == ENOENT) {
            m_removed = true;
            m_problem.clear();
            return true;
        }
        const int error = errno;
        if (error != EBUSY || std::chrono::steady_clock::now() >= deadline) {
            m_problem = "the memory cgroup " + m_directory + " was left in place: "
                + (error == EBUSY ? std::string("processes of the run still use it") : errnoText(error));
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

} // namespace vmscope
