#include "core/analysis/VmSysctlWrites.h"

#include "core/io/KernelWriter.h"
#include "core/parse/ParseUtil.h"

#include <algorithm>
#include <cerrno>
#include <limits>

namespace vmscope {

const std::vector<WritableVmSysctl>& writableVmSysctls()
{
    constexpr std::int64_t kNoUpperBound = std::numeric_limits<std::int64_t>::max();
    static const std::vector<WritableVmSysctl> list {
        { "overcommit_memory", 0, 2, "0 heuristic overcommit, 1 always overcommit, 2 strict (CommitLimit)" },
        { "overcommit_ratio", 0, kNoUpperBound, "percent of RAM in CommitLimit when overcommit_memory is 2" },
        { "overcommit_kbytes", 0, kNoUpperBound, "kB of RAM in CommitLimit instead of overcommit_ratio (0: use the ratio)" },
        { "oom_kill_allocating_task", 0, 1, "1: kill the task that triggered the OOM instead of scanning for the worst" },
        { "panic_on_oom", 0, 2, "1: panic on a system-wide OOM, 2: on every OOM, 0: kill a task" },
        { "oom_dump_tasks", 0, 1, "1: log the task table with every OOM kill" },
        { "swappiness", 0, 200, "how readily anonymous memory is swapped rather than page cache dropped" },
        { "min_free_kbytes", 0, kNoUpperBound, "kB the kernel keeps free; sets the zones' min watermarks" },
        { "watermark_scale_factor", 1, 3000, "distance between the min, low and high watermarks, in 1/10000 of RAM" },
        { "watermark_boost_factor", 0, kNoUpperBound, "temporary watermark boost after fragmentation, in 1/10000" },
        { "vfs_cache_pressure", 0, kNoUpperBound, "how eagerly dentry and inode caches are reclaimed (100: fair)" },
        { "dirty_ratio", 0, 100, "percent of available memory that may be dirty before writers must write back" },
        { "dirty_background_ratio", 0, 100, "percent of available memory dirty before background writeback starts" },
    };
    return list;
}

std::variant<SysctlAssignment, std::string> parseSysctlAssignment(std::string_view text)
{
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos)
        return std::string("expected vm.NAME=VALUE, for example vm.overcommit_memory=2");
    std::string_view name = parse::trim(text.substr(0, equals));
    const std::string_view valueText = parse::trim(text.substr(equals + 1));
    constexpr std::string_view prefix = "vm.";
    if (name.substr(0, prefix.size()) == prefix)
        name.remove_prefix(prefix.size());
    const auto& list = writableVmSysctls();
    const auto it = std::find_if(list.begin(), list.end(), [&](const WritableVmSysctl& s) { return s.name == name; });
    if (it == list.end()) {
        std::string known;
        for (const WritableVmSysctl& s : list)
            known.append(known.empty() ? "" : ", ").append("vm.").append(s.name);
        return "vmscope changes only the vm sysctls it explains (" + known + "), not '" + std::string(name) + "'";
    }
    std::int64_t value = 0;
    if (valueText.empty() || parse::parseSigned(valueText, value) != parse::NumberError::None)
        return "vm." + std::string(name) + " takes a whole number, not '" + std::string(valueText) + "'";
    if (value < it->min || value > it->max) {
        const std::string range = it->max == std::numeric_limits<std::int64_t>::max()
            ? std::to_string(it->min) + " or more"
            : std::to_string(it->min) + " to " + std::to_string(it->max);
        return "vm." + std::string(name) + " takes " + range + ", not " + std::to_string(value);
    }
    return SysctlAssignment { std::string(name), value };
}

int writeVmSysctl(const std::string& procRoot, const SysctlAssignment& assignment)
{
    return writeVmSysctl(ProcRootWriter(procRoot), assignment);
}

int writeVmSysctl(const KernelWriter& writer, const SysctlAssignment& assignment)
{
    // Checked again here, so no caller can write a name or value the list does not allow.
    const auto checked = parseSysctlAssignment(assignment.name + "=" + std::to_string(assignment.value));
    if (!std::holds_alternative<SysctlAssignment>(checked))
        return EINVAL;
    return writer.writeVmSysctl(assignment.name, assignment.value).errorNumber;
}

std::string vmSysctlSetCommand(const SysctlAssignment& assignment)
{
    return "sudo vmscope-cli sysctl --set vm." + assignment.name + "=" + std::to_string(assignment.value);
}

} // namespace vmscope
