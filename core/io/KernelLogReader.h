#pragma once

#include "core/Result.h"

#include <cstddef>
#include <memory>
#include <string>

namespace vmscope {

// The kernel's log buffer as /dev/kmsg gives it: one "prio,seq,usec,flags;text" record a line
// (with " KEY=value" dictionary lines), from the oldest record still held, for
// parse::parseOomReports. It never waits for new messages: the device is opened non-blocking
// and read until it says EAGAIN (or end of file, for a copy of the device in a regular file).
// Records overwritten while reading (EPIPE) are passed over. Reading needs root, CAP_SYSLOG, or
// kernel.dmesg_restrict=0: otherwise open() fails with EPERM, a PermissionDenied error. More
// than `maxBytes` (ReadLimits::maxKernelLogBytes) is an Io error.
Result<std::string> readKernelLog(const std::string& path, std::size_t maxBytes);

} // namespace vmscope
