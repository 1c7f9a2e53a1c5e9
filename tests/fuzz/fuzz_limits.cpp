// /proc/PID/limits (core/parse/ProcessParsers.h parseLimits): read for the process facts, from any
// source (a capture, a remote machine), so untrusted bytes.
#include "FuzzInput.h"

#include "core/parse/ProcessParsers.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    const auto limits = parse::parseLimits(fuzz::bytesOf(data, size), "limits");
    if (!limits)
        return 0;
    std::size_t total = 0;
    for (const ResourceLimit& row : limits->rows) {
        // Oracle: a row's name and units come from one line and never hold a line break.
        if (row.name.find('\n') != std::string::npos || row.units.find('\n') != std::string::npos)
            std::abort();
        if (limits->find(row.name) == nullptr)
            std::abort();
        total += row.name.size() + row.units.size() + (row.soft ? 1 : 0) + (row.hard ? 1 : 0);
    }
    fuzz::keep(static_cast<int>(total));
    return 0;
}
