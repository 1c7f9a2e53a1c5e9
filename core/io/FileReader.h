#pragma once

#include "core/Result.h"

#include <string>

namespace vmscope {

// Reads a whole file. /proc files report size 0, so this reads until EOF with one growing
// buffer and large read() calls (never a syscall per line). `pidScoped` tells the error
// mapping that ENOENT means "the process is gone".
Result<std::string> readWholeFile(const std::string& path, bool pidScoped, const std::string& displayName);

} // namespace vmscope
