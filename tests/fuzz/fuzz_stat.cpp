// /proc/PID/stat's head: read for every process on the machine when a workload is cancelled, and
// any process chooses its own name (spaces, parentheses, control bytes).
#include "FuzzInput.h"

#include "core/parse/ProcessParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    if (const auto head = parse::parseStatHead(fuzz::bytesOf(data, size), "stat"))
        fuzz::keep(head->pid + head->ppid + head->processGroup + head->state + static_cast<int>(head->name.size()));
    return 0;
}
