#include "core/model/RegionKind.h"

#include <array>

namespace vmscope {
namespace {
    struct KindNames {
        std::string_view name;
        std::string_view label;
    };
    constexpr std::array<KindNames, kRegionKindCount> kNames { {
        { "text", "code (text)" },
        { "rodata", "read-only data" },
        { "data", "initialised data" },
        { "bss", "bss (zeroed data)" },
        { "heap", "heap (brk)" },
        { "stack", "main stack" },
        { "thread_stack", "thread stack" },
        { "anon", "anonymous" },
        { "anon_named", "named anonymous" },
        { "file_shared", "file (shared)" },
        { "file_private", "file (private)" },
        { "shm_sysv", "SysV shared memory" },
        { "memfd", "memfd" },
        { "shared_anon", "shared anonymous" },
        { "guard", "guard / reserved" },
        { "vdso", "vDSO" },
        { "vvar", "vvar" },
        { "vsyscall", "vsyscall" },
        { "unknown", "unknown" },
    } };
} // namespace

std::string_view regionKindName(RegionKind kind)
{
    return kNames[static_cast<std::size_t>(kind)].name;
}

std::string_view regionKindLabel(RegionKind kind)
{
    return kNames[static_cast<std::size_t>(kind)].label;
}

std::optional<RegionKind> regionKindFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i].name == name)
            return static_cast<RegionKind>(i);
    return std::nullopt;
}

} // namespace vmscope
