#include "core/model/Vma.h"

#include <array>
#include <cstdio>

namespace vmscope {

std::string Permissions::toString() const
{
    return { read ? 'r' : '-', write ? 'w' : '-', exec ? 'x' : '-', shared ? 's' : 'p' };
}

std::string Vma::device() const
{
    std::array<char, 24> buffer {};
    std::snprintf(buffer.data(), buffer.size(), "%02x:%02x", devMajor, devMinor);
    return buffer.data();
}

} // namespace vmscope
