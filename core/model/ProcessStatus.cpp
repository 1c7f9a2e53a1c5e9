#include "core/model/ProcessStatus.h"

namespace vmscope {

bool ProcessStatus::isKernelThread() const
{
    if (kthread)
        return *kthread;
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
