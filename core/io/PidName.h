#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

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

// A path below a process's folder ("9946/smaps"): a missing file there means the process is gone.
inline bool isPidScopedPath(std::string_view relativePath)
{
    const std::size_t slash = relativePath.find('/');
    return slash != std::string_view::npos && isPidName(relativePath.substr(0, slash));
}

// The process ids among the names of a proc root's top level, ascending.
inline std::vector<int> pidsAmong(const std::vector<std::string>& names)
{
    std::vector<int> pids;
    for (const std::string& name : names)
        if (isPidName(name))
            pids.push_back(std::stoi(name));
    std::sort(pids.begin(), pids.end());
    return pids;
}

} // namespace vmscope
