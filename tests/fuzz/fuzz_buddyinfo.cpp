#include "FuzzInput.h"

#include "core/analysis/Watermarks.h"
#include "core/parse/SystemParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    auto info = parse::parseBuddyInfo(fuzz::bytesOf(data, size), "fuzz/buddyinfo");
    if (!info) {
        fuzz::keep(info.error().message());
        return 0;
    }
    // freePages shifts counts by the order: the fuzzer controls both.
    for (const BuddyZone& zone : info->zones) {
        fuzz::keep(zone.freePages());
        fuzz::keep(largestFreeOrder(zone.freeBlocks));
    }
    return 0;
}
