#include "core/model/ProcessStatus.h"

namespace vmscope {

bool ProcessStatus::isKernelThread() const
{
    if (kthread)
        return *kthread;
    // Before the Kthread line (6.x) a kernel thread shows as a task without VmSize; so does a
    // zombie, whose memory is already gone, so the state must be checked first.
    if (state == 'Z' || state == 'X')
        return false;
    return !vmSize.has_value();
}

std::optional<std::string_view> ProcessStatus::line(std::string_view key) const
{
    for (const auto& [lineKey, value] : lines)
        if (lineKey == key)
            return std::string_view(value);
    return std::nullopt;
}

} // namespace vmscope
