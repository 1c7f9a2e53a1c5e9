#include "workload/WorkloadPresets.h"

#include "workload/ProgramLocation.h"

#include <algorithm>

namespace vmscope {

std::string shellQuote(std::string_view text)
{
    std::string quoted;
    quoted.reserve(text.size() + 2);
    quoted += '\'';
    for (char c : text) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    quoted += '\'';
    return quoted;
}

namespace {
    WorkloadSpec makeSpec(std::string label, std::string commandLine)
    {
        WorkloadSpec spec;
        spec.label = std::move(label);
        spec.commandLine = std::move(commandLine);
        return spec;
    }
} // namespace

WorkloadSpec tarPreset(const std::string& folder)
{
    // wc -c prints the archive's size, so the log shows how much tar read; -P keeps tar from
    // warning that it strips the leading / of an absolute folder.
    return makeSpec("tar " + folder, "tar -cPf - -- " + shellQuote(folder) + " | wc -c");
}

WorkloadSpec ddReadPreset(const std::string& file)
{
    return makeSpec("dd " + file, "dd if=" + shellQuote(file) + " of=/dev/null bs=1M status=progress");
}

WorkloadSpec commandPreset(const std::string& commandLine)
{
    return makeSpec(commandLine, commandLine);
}

namespace {
    WorkloadSpec allocPreset(const std::string& label, const std::string& arguments, std::string program)
    {
        if (program.empty())
            program = locateVmscopeProgram("vmscope-alloc");
        // exec: the allocator replaces the shell, so the run's process is the one the OOM killer
        // picks, and its end (SIGKILL) is the run's end.
        return makeSpec(
            label, "exec " + (program.empty() ? std::string("vmscope-alloc") : shellQuote(program)) + " " + arguments);
    }
} // namespace

WorkloadSpec allocTouchPreset(
    std::uint64_t mib, std::uint64_t stepMiB, std::uint64_t delayMs, const std::string& program)
{
    return allocPreset("vmscope-alloc touch " + std::to_string(mib) + " MiB",
        "touch " + std::to_string(mib) + " --step " + std::to_string(stepMiB) + " --delay " + std::to_string(delayMs),
        program);
}

WorkloadSpec allocUntouchedPreset(std::uint64_t mib, const std::string& program)
{
    return allocPreset(
        "vmscope-alloc untouched " + std::to_string(mib) + " MiB", "untouched " + std::to_string(mib), program);
}

std::uint64_t twiceRamMiB(std::uint64_t memTotalKiB)
{
    // Rounded up, so that it is never less than twice the RAM.
    return std::max<std::uint64_t>(1, (memTotalKiB * 2 + 1023) / 1024);
}

WorkloadSpec allocUntouchedTwiceRamPreset(const MemInfo& memInfo, const std::string& program)
{
    return allocUntouchedPreset(twiceRamMiB(memInfo.find("MemTotal").value_or(0)), program);
}

WorkloadSpec allocReadTouchPreset(std::uint64_t mib, const std::string& program)
{
    return allocPreset(
        "vmscope-alloc read-touch " + std::to_string(mib) + " MiB", "read-touch " + std::to_string(mib), program);
}

WorkloadSpec allocUntilKilledPreset(std::uint64_t stepMiB, std::uint64_t delayMs, const std::string& program)
{
    return allocPreset("vmscope-alloc until-killed",
        "until-killed --step " + std::to_string(stepMiB) + " --delay " + std::to_string(delayMs), program);
}

std::optional<WorkloadSpec> stressNgVmPreset(std::uint64_t mib)
{
    const std::string program = findInPath("stress-ng");
    if (program.empty())
        return std::nullopt;
    // --vm-keep: keep the memory instead of unmapping and mapping it again each round; a timeout
    // so that a run left alone ends.
    return makeSpec("stress-ng --vm 1 --vm-bytes " + std::to_string(mib) + "M",
        shellQuote(program) + " --vm 1 --vm-bytes " + std::to_string(mib) + "M --vm-keep --timeout 60s");
}

} // namespace vmscope
