#pragma once

#include "core/model/ProcessIo.h"

#include <optional>
#include <string_view>

namespace vmscope::parse {

// The bytes of /proc/PID/io; nullopt when a field is missing or not a number. Lines it does
// not know (cancelled_write_bytes) are skipped.
std::optional<ProcessIo> parseProcessIo(std::string_view bytes);

} // namespace vmscope::parse
