#include "core/analysis/OomScoreAdjChange.h"

#include "core/analysis/OomBadness.h"

#include <cerrno>
#include <charconv>

namespace vmscope {

std::optional<WriterPrivileges> writerPrivilegesFromStatus(const ProcessStatus& status)
{
    const auto capEff = status.line("CapEff");
    if (!capEff)
        return std::nullopt;
    std::uint64_t mask = 0;
    const char* begin = capEff->data();
    const char* end = begin + capEff->size();
    const auto [rest, error] = std::from_chars(begin, end, mask, 16);
    if (error != std::errc {} || rest != end || !status.line("Uid"))
        return std::nullopt;
    WriterPrivileges privileges;
    privileges.effectiveUid = status.uid[1];
    privileges.capSysResource = (mask >> kCapSysResourceBit) & 1U;
    return privileges;
}

OomAdjChange predictOomAdjChange(
    std::optional<std::uint32_t> processOwner, int current, int requested, const WriterPrivileges& writer)
{
    if (!writer.root() && processOwner != writer.effectiveUid)
        return OomAdjChange::NeedsRoot;
    if (requested >= current || writer.capSysResource)
        return OomAdjChange::Allowed;
    return writer.root() ? OomAdjChange::NeedsCapSysResource : OomAdjChange::MayBeRefused;
}

OomAdjRefusal classifyOomAdjRefusal(int errorNumber, std::optional<std::uint32_t> processOwner, int current,
    int requested, const WriterPrivileges& writer)
{
    if (errorNumber == EINVAL && (requested < kOomScoreAdjMin || requested > kOomScoreAdjMax))
        return OomAdjRefusal::OutOfRange;
    if (errorNumber == ESRCH || errorNumber == ENOENT)
        return OomAdjRefusal::ProcessGone;
    if (errorNumber == EACCES || errorNumber == EPERM) {
        if (!writer.root() && processOwner != writer.effectiveUid)
            return OomAdjRefusal::OtherUsersProcess;
        if (requested < current)
            return writer.root() ? OomAdjRefusal::RootLacksCapSysResource
                                 : OomAdjRefusal::LoweringNeedsCapSysResource;
    }
    return OomAdjRefusal::Other;
}

std::string oomAdjCommand(int pid, int value, const WriterPrivileges& writer)
{
    return std::string(writer.root() ? "" : "sudo ") + "choom -p " + std::to_string(pid) + " -n "
        + std::to_string(value);
}

} // namespace vmscope
