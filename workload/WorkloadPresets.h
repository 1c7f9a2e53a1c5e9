#pragma once

#include "workload/WorkloadRunner.h"

#include <string>
#include <string_view>

namespace vmscope {

// `text` as one word for /bin/sh: single-quoted, with ' written as '\''.
std::string shellQuote(std::string_view text);

// Archives `folder` with GNU tar into a pipe counted by wc -c. The pipe matters: GNU tar does
// not read file data when the archive is /dev/null, so the page cache would not fill.
WorkloadSpec tarPreset(const std::string& folder);
// Reads `file` with dd into /dev/null (dd really reads; status=progress reports on stderr).
WorkloadSpec ddReadPreset(const std::string& file);
// Any command line, run with /bin/sh -c; the label is the command line itself.
WorkloadSpec commandPreset(const std::string& commandLine);

} // namespace vmscope
