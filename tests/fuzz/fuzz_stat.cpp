// /proc/PID/stat: its head is read for every process on the machine when a workload is cancelled,
// the whole line for the process facts (core/model/ProcessFacts.h). Any process chooses its own
// name (spaces, parentheses, control bytes).
#include "FuzzInput.h"

#include "core/parse/ProcessParsers.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    const std::string_view bytes = fuzz::bytesOf(data, size);
    const auto head = parse::parseStatHead(bytes, "stat");
    if (head)
        fuzz::keep(head->pid + head->ppid + head->processGroup + head->state + static_cast<int>(head->name.size()));
    const auto stat = parse::parseStat(bytes, "stat");
    if (stat) {
        // Oracle: the full parser reads the same head, and every named field is one it kept.
        if (!head || stat->head.pid != head->pid || stat->head.name != head->name || stat->head.ppid != head->ppid)
            std::abort();
        if (stat->envEnd && stat->fields.size() < 49)
            std::abort();
        fuzz::keep(static_cast<int>(stat->fields.size()) + static_cast<int>(stat->layoutVisibility())
            + static_cast<int>(stat->minorFaults.value_or(0) & 1));
    }
    return 0;
}
