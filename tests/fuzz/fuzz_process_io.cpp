// /proc/PID/io: a handful of "key: number" lines, read for every process of a workload's tree.
#include "FuzzInput.h"

#include "core/parse/ProcessIoParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    if (const auto io = parse::parseProcessIo(fuzz::bytesOf(data, size))) {
        ProcessIo sum = *io;
        sum.add(*io); // the tree sum adds counters the input controls: unsigned, so it wraps, never traps
        fuzz::keep(sum.rchar + sum.wchar + sum.readBytes + sum.writeBytes + sum.syscr + sum.syscw);
    }
    return 0;
}
