#pragma once

#include <string>
#include <string_view>

namespace vmscope {

// A path or name made safe to show: control characters (0x00-0x1f, 0x7f, and the C1 range
// U+0080-U+009F that some terminals obey), a backslash, and bytes that are not valid UTF-8
// become \n, \t, \\, \xNN escapes, so a hostile file name or command line cannot break a
// table or send escape sequences to a terminal, while valid UTF-8 (accents, CJK) stays as
// it is. Every text and CSV cell the CLI prints goes through this one function (TextTable).
std::string escapeForDisplay(std::string_view bytes);
void appendEscapedForDisplay(std::string& out, std::string_view bytes);

// True when escapeForDisplay would return the bytes unchanged (the common case: plain ASCII).
bool isPlainForDisplay(std::string_view bytes);

} // namespace vmscope
