#pragma once

#include "core/model/Saturating.h"

#include <cstdint>

namespace vmscope {

// /proc/PID/io (Documentation/filesystems/proc.rst, "io"): rchar/wchar count every
// read()/write(), read_bytes/write_bytes what went to or came from the block layer.
struct ProcessIo {
    std::uint64_t rchar = 0;
    std::uint64_t wchar = 0;
    std::uint64_t readBytes = 0;
    std::uint64_t writeBytes = 0;
    std::uint64_t syscr = 0;
    std::uint64_t syscw = 0;

    void add(const ProcessIo& other)
    {
        // Counters of a process tree: a hostile or corrupt io file must not wrap the sum.
        addSaturating(rchar, other.rchar);
        addSaturating(wchar, other.wchar);
        addSaturating(readBytes, other.readBytes);
        addSaturating(writeBytes, other.writeBytes);
        addSaturating(syscr, other.syscr);
        addSaturating(syscw, other.syscw);
    }
};

} // namespace vmscope
