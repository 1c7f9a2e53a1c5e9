#pragma once

#include <string>
#include <string_view>

namespace vmscope {

// A path or name made safe to show: control characters and bytes that are not valid
// UTF-8 become \n, \t, \xNN escapes, so a hostile file name cannot break a table or a
// terminal, while valid UTF-8 (accents, CJK) stays as it is.
std::string escapeForDisplay(std::string_view bytes);

} // namespace vmscope
