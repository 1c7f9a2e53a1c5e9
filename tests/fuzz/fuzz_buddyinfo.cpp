// /proc/buddyinfo: free blocks per order. The fuzzer controls both the counts and how many orders
// there are (77 made `buddy` compute 1 << 76 once), so the oracles hold the page arithmetic to an
// exact 128-bit reference: free pages are the sum of count << order, or saturated when that does
// not fit in 64 bits, and never a wrapped figure.
#include "FuzzInput.h"

#include "core/analysis/Watermarks.h"
#include "core/model/Saturating.h"
#include "core/parse/SystemParsers.h"

namespace {

using namespace vmscope;
using fuzz::Wide;

std::uint64_t referenceFreePages(const std::vector<std::uint64_t>& freeBlocks)
{
    Wide pages = 0;
    for (std::size_t order = 0; order < freeBlocks.size(); ++order) {
        if (freeBlocks[order] == 0)
            continue;
        // count << order needs order + 64 bits; past 64 it cannot fit, whatever the count.
        if (order >= 64)
            return kSaturated;
        pages += Wide(freeBlocks[order]) << order;
        if (pages > Wide(kSaturated))
            return kSaturated;
    }
    return std::uint64_t(pages);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto info = parse::parseBuddyInfo(fuzz::bytesOf(data, size), "fuzz/buddyinfo");
    if (!info) {
        fuzz::keep(info.error().message());
        return 0;
    }
    for (const BuddyZone& zone : info->zones) {
        VMSCOPE_FUZZ_ORACLE(zone.freePages() == referenceFreePages(zone.freeBlocks));
        const int largest = largestFreeOrder(zone.freeBlocks);
        VMSCOPE_FUZZ_ORACLE(largest < static_cast<int>(zone.freeBlocks.size()));
        if (largest >= 0) {
            VMSCOPE_FUZZ_ORACLE(zone.freeBlocks[static_cast<std::size_t>(largest)] != 0);
            // A block of 4 KiB pages at that order: 4 << order kB, 0 past the orders any kernel has.
            const std::uint64_t kib = blockKiB(largest, 4096);
            VMSCOPE_FUZZ_ORACLE(largest > 40 ? kib == 0 : kib == std::uint64_t(4) << largest);
        }
    }
    return 0;
}
