#pragma once

#include <algorithm>
#include <string_view>

namespace vmscope {

// The kernel names a process's folder in canonical decimal: no sign, no padding, no
// leading zero. "000000001", "+1" or "1 " in a proc root are not pid 1 (and would make
// two folders read as the same process).
inline bool isPidName(std::string_view name)
{
    if (name.empty() || name.size() > 9 || name.front() == '0')
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace vmscope
