// Cgroup files (core/parse/CgroupParsers.h): /proc/PID/cgroup, the cgroup mounts of mountinfo,
// cgroup.controllers, the limit and number files and the "name value" files of a memory cgroup.
// Every parser gets the same bytes: each of these files is small and reached by every reader.
#include "FuzzInput.h"

#include "core/parse/CgroupParsers.h"
#include "core/parse/SystemParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    const std::string_view bytes = fuzz::bytesOf(data, size);
    if (const auto memberships = parse::parseProcCgroup(bytes, "cgroup")) {
        for (const CgroupMembership& m : *memberships) {
            // The path is what the reader joins below a mount point: it always starts at '/'.
            VMSCOPE_FUZZ_ORACLE(!m.path.empty() && m.path.front() == '/');
            for (const std::string& controller : m.controllers)
                VMSCOPE_FUZZ_ORACLE(!controller.empty() && controller.find(',') == std::string::npos);
        }
    }
    if (const auto mounts = parse::parseCgroupMounts(bytes, "mountinfo"))
        for (const CgroupMount& mount : *mounts)
            fuzz::keep(mount.mountPoint.size() + mount.root.size() + mount.superOptions.size());
    for (const std::string& name : parse::parseCgroupControllers(bytes))
        VMSCOPE_FUZZ_ORACLE(!name.empty() && name.find_first_of(" \t\n") == std::string::npos);
    if (const auto limit = parse::parseCgroupLimit(bytes, "memory.max")) {
        // A limit in bytes is below v1's "no limit"; at or above it the value is unlimited.
        VMSCOPE_FUZZ_ORACLE(!limit->hasBytes() || limit->bytes < kCgroupV1UnlimitedBytes);
    }
    if (const auto number = parse::parseCgroupNumber(bytes, "memory.current"))
        fuzz::keep(*number);
    if (const auto counters = parse::parseCounterLines(bytes, "memory.events"))
        fuzz::keep(findCounter(*counters, "oom_kill"));
    return 0;
}
