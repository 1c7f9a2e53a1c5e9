#include "core/model/ProcessFacts.h"

namespace vmscope {

std::optional<std::string_view> ProcessStat::field(int number) const
{
    // fields[0] is field 3, the state.
    if (number < 3 || static_cast<std::size_t>(number - 3) >= fields.size())
        return std::nullopt;
    return fields[static_cast<std::size_t>(number - 3)];
}

LayoutVisibility ProcessStat::layoutVisibility() const
{
    // do_task_stat: start_code and end_code are "mm ? (permitted ? value : 1) : 0", start_stack
    // and the 3.3+ addresses "mm && permitted ? value : 0". No real text starts at page 0 or 1.
    const std::uint64_t code = startCode.value_or(0);
    if (code > 1)
        return LayoutVisibility::Shown;
    return code == 1 ? LayoutVisibility::HiddenByKernel : LayoutVisibility::NoAddressSpace;
}

const ResourceLimit* ProcessLimits::find(std::string_view name) const
{
    for (const ResourceLimit& row : rows)
        if (row.name == name)
            return &row;
    return nullptr;
}

} // namespace vmscope
