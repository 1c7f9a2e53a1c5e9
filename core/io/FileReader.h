#pragma once

#include "core/Result.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace vmscope {

// Reads a whole file. /proc files report size 0, so this reads until EOF with one growing
// buffer and large read() calls (never a syscall per line). `pidScoped` tells the error
// mapping that ENOENT means "the process is gone".
Result<std::string> readWholeFile(const std::string& path, bool pidScoped, const std::string& displayName);

// Reads a file on a separate thread and hands its bytes to `sink` on the calling thread in
// chunks, so the two overlap. Buffers are reused, so a 40 MB smaps never lives in memory at
// once. `sink` returning false stops the read.
std::optional<Error> streamWholeFile(const std::string& path, bool pidScoped, const std::string& displayName,
    const std::function<bool(std::string_view)>& sink);

} // namespace vmscope
