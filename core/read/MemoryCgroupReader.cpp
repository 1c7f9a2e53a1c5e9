#include "core/read/MemoryCgroupReader.h"

#include "core/parse/CgroupParsers.h"
#include "core/parse/SystemParsers.h"

#include <cerrno>

namespace vmscope {
namespace {

    constexpr std::string_view kSysPrefix = "/sys/";

    // The mount's path for a cgroup path of its hierarchy: the mount shows the hierarchy from
    // its root on, so "/a/b" under a mount of root "/a" is "<mount point>/b".
    std::optional<std::string> sysDirectoryFor(const CgroupMount& mount, std::string_view cgroupPath)
    {
        std::string_view root = mount.root;
        if (root == "/")
            root = {};
        if (cgroupPath.substr(0, root.size()) != root)
            return std::nullopt;
        std::string_view below = cgroupPath.substr(root.size());
        if (!below.empty() && below.front() != '/')
            return std::nullopt;
        std::string directory = MemoryHierarchies::sysDirectoryOf(mount);
        while (!below.empty() && below.front() == '/')
            below.remove_prefix(1);
        if (!below.empty()) {
            directory += '/';
            directory += below;
        }
        return directory;
    }

    bool isBelowSys(const CgroupMount& mount)
    {
        return mount.mountPoint.size() > kSysPrefix.size()
            && mount.mountPoint.substr(0, kSysPrefix.size()) == kSysPrefix;
    }

    std::string join(const std::string& directory, std::string_view file)
    {
        return directory + "/" + std::string(file);
    }

    // The bytes of a cgroup file; nullopt when it does not exist, a problem when it is unreadable.
    std::optional<std::string> readOptional(
        const Source& sys, const std::string& path, std::vector<std::string>& problems)
    {
        auto bytes = sys.read(path);
        if (bytes)
            return std::move(*bytes);
        if (!bytes.error().isMissingFile())
            problems.push_back(bytes.error().message());
        return std::nullopt;
    }

    template <class T, class Parse>
    std::optional<T> readParsed(const Source& sys, const std::string& directory, std::string_view file,
        std::vector<std::string>& problems, Parse parse)
    {
        const std::string path = join(directory, file);
        auto bytes = readOptional(sys, path, problems);
        if (!bytes)
            return std::nullopt;
        auto value = parse(*bytes, sys.displayPath(path));
        if (!value) {
            problems.push_back(value.error().message());
            return std::nullopt;
        }
        return std::move(*value);
    }

} // namespace

std::string MemoryHierarchies::sysDirectoryOf(const CgroupMount& mount)
{
    std::string directory = mount.mountPoint.substr(kSysPrefix.size());
    while (!directory.empty() && directory.back() == '/')
        directory.pop_back();
    return directory;
}

Result<MemoryHierarchies> findMemoryHierarchies(const Source& proc, const Source& sys)
{
    auto mountinfo = proc.read("self/mountinfo");
    if (!mountinfo)
        return mountinfo.error();
    auto mounts = parse::parseCgroupMounts(*mountinfo, proc.displayPath("self/mountinfo"));
    if (!mounts)
        return mounts.error();
    MemoryHierarchies found;
    for (const CgroupMount& mount : *mounts) {
        if (!isBelowSys(mount))
            continue;
        if (mount.version == CgroupVersion::V1) {
            if (!found.v1 && mount.hasOption("memory"))
                found.v1 = mount;
            continue;
        }
        if (found.v2 || found.v2WithoutMemory)
            continue;
        auto controllers = sys.read(join(MemoryHierarchies::sysDirectoryOf(mount), "cgroup.controllers"));
        bool hasMemory = false;
        if (controllers)
            for (const std::string& name : parse::parseCgroupControllers(*controllers))
                hasMemory = hasMemory || name == "memory";
        if (hasMemory)
            found.v2 = mount;
        else
            found.v2WithoutMemory = mount;
    }
    return found;
}

Result<MemoryCgroupLocation> locateMemoryCgroup(const Source& proc, const Source& sys, int pid)
{
    const std::string cgroupFile = std::to_string(pid) + "/cgroup";
    auto bytes = proc.read(cgroupFile);
    if (!bytes)
        return bytes.error();
    auto memberships = parse::parseProcCgroup(*bytes, proc.displayPath(cgroupFile));
    if (!memberships)
        return memberships.error();
    auto hierarchies = findMemoryHierarchies(proc, sys);
    if (!hierarchies)
        return hierarchies.error();
    // v2 first: where a machine has both, the memory controller can be bound to one only, and
    // the v2 root lists it in cgroup.controllers only when it is bound there.
    for (const CgroupMembership& m : *memberships) {
        if (m.isV2() && hierarchies->v2)
            if (auto directory = sysDirectoryFor(*hierarchies->v2, m.path))
                return MemoryCgroupLocation { CgroupVersion::V2, m.path, *directory };
    }
    for (const CgroupMembership& m : *memberships) {
        if (m.hasController("memory") && hierarchies->v1)
            if (auto directory = sysDirectoryFor(*hierarchies->v1, m.path))
                return MemoryCgroupLocation { CgroupVersion::V1, m.path, *directory };
    }
    return Error::io(proc.displayPath(cgroupFile), ENOENT,
        "names no memory cgroup that is mounted below /sys (no v1 \"memory\" hierarchy and no v2 hierarchy "
        "with the memory controller)");
}

MemoryCgroup readMemoryCgroup(const Source& sys, const MemoryCgroupLocation& location)
{
    MemoryCgroup cgroup;
    cgroup.location = location;
    const std::string& dir = location.sysDirectory;
    auto& problems = cgroup.problems;
    const auto number
        = [](std::string_view bytes, std::string_view name) { return parse::parseCgroupNumber(bytes, name); };
    const auto limit
        = [](std::string_view bytes, std::string_view name) { return parse::parseCgroupLimit(bytes, name); };
    const auto counters
        = [](std::string_view bytes, std::string_view name) { return parse::parseCounterLines(bytes, name); };
    const bool v2 = location.version == CgroupVersion::V2;
    cgroup.limit = readParsed<CgroupLimit>(sys, dir, v2 ? "memory.max" : "memory.limit_in_bytes", problems, limit)
                       .value_or(CgroupLimit {});
    cgroup.swapLimit
        = readParsed<CgroupLimit>(sys, dir, v2 ? "memory.swap.max" : "memory.memsw.limit_in_bytes", problems, limit)
              .value_or(CgroupLimit {});
    cgroup.swapLimitIncludesMemory = !v2;
    cgroup.usageBytes
        = readParsed<std::uint64_t>(sys, dir, v2 ? "memory.current" : "memory.usage_in_bytes", problems, number);
    cgroup.peakBytes
        = readParsed<std::uint64_t>(sys, dir, v2 ? "memory.peak" : "memory.max_usage_in_bytes", problems, number);
    if (auto events
        = readParsed<CounterList>(sys, dir, v2 ? "memory.events" : "memory.oom_control", problems, counters))
        cgroup.events = std::move(*events);
    cgroup.oomKills = findCounter(cgroup.events, "oom_kill");
    if (auto stat = readParsed<CounterList>(sys, dir, "memory.stat", problems, counters))
        cgroup.stat = std::move(*stat);
    return cgroup;
}

Result<MemoryCgroup> readMemoryCgroupOfProcess(const Source& proc, const Source& sys, int pid)
{
    auto location = locateMemoryCgroup(proc, sys, pid);
    if (!location)
        return location.error();
    return readMemoryCgroup(sys, *location);
}

} // namespace vmscope
