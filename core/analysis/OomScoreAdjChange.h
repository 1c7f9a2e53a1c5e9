#pragma once

#include "core/model/ProcessStatus.h"

#include <cstdint>
#include <optional>
#include <string>

namespace vmscope {

// What the writer of /proc/PID/oom_score_adj may do (fs/proc/base.c, __set_oom_adj):
//  - opening the file for writing needs its owner (the process's user) or root;
//  - a value below the task's oom_score_adj_min needs CAP_SYS_RESOURCE, else EACCES. That minimum
//    is 0 for an ordinary task and becomes the value a CAP_SYS_RESOURCE writer last wrote; the
//    kernel never shows it, but it is never above the current value. So raising is always allowed
//    and lowering may be refused.
// Even root can lack CAP_SYS_RESOURCE (containers drop it; this project's machines do): then
// lowering fails with EACCES for root too.
struct WriterPrivileges {
    std::uint32_t effectiveUid = 0;
    bool capSysResource = false;

    bool root() const { return effectiveUid == 0; }
};

// From the writer's own /proc/self/status (Uid, CapEff). Absent when CapEff is missing or unreadable.
std::optional<WriterPrivileges> writerPrivilegesFromStatus(const ProcessStatus& status);

// The bit of CAP_SYS_RESOURCE in CapEff (include/uapi/linux/capability.h).
inline constexpr int kCapSysResourceBit = 24;

enum class OomAdjChange {
    Allowed, // raising one's own process's value (or root raising any)
    MayBeRefused, // lowering without CAP_SYS_RESOURCE: allowed down to the hidden minimum only
    NeedsCapSysResource, // root without CAP_SYS_RESOURCE lowering: same rule as any user
    NeedsRoot, // another user's process
};

// The verdict before writing, for the page to say what will happen.
OomAdjChange predictOomAdjChange(
    std::optional<std::uint32_t> processOwner, int current, int requested, const WriterPrivileges& writer);

// Why a write was refused, from its errno and the situation.
enum class OomAdjRefusal {
    OutOfRange, // EINVAL: outside -1000..1000
    ProcessGone, // ESRCH/ENOENT
    OtherUsersProcess, // EACCES/EPERM opening another user's file without root
    LoweringNeedsCapSysResource, // EACCES lowering, not root
    RootLacksCapSysResource, // EACCES lowering as root without CAP_SYS_RESOURCE
    Other, // anything else: show strerror
};
OomAdjRefusal classifyOomAdjRefusal(int errorNumber, std::optional<std::uint32_t> processOwner, int current,
    int requested, const WriterPrivileges& writer);

// The command that does it from a terminal (util-linux choom), with sudo when the writer is not
// root: "sudo choom -p 1234 -n -500".
std::string oomAdjCommand(int pid, int value, const WriterPrivileges& writer);

} // namespace vmscope
