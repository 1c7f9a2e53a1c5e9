#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

namespace vmscope {

// Qt-side wrappers of core/format: sizes and raw /proc bytes as display strings.
QString sizeText(std::uint64_t kib);
// Bytes from /proc (paths, command lines) for display: UTF-8 where valid, escapes elsewhere.
QString displayText(std::string_view bytes);

} // namespace vmscope
