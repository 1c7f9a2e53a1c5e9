#include "core/model/MemoryCgroup.h"

#include <algorithm>

namespace vmscope {

bool CgroupMembership::hasController(std::string_view name) const
{
    return std::find(controllers.begin(), controllers.end(), name) != controllers.end();
}

bool CgroupMount::hasOption(std::string_view name) const
{
    return std::find(superOptions.begin(), superOptions.end(), name) != superOptions.end();
}

} // namespace vmscope
