#include "FuzzInput.h"

#include "core/parse/SystemParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    auto info = parse::parseZoneInfo(fuzz::bytesOf(data, size), "fuzz/zoneinfo");
    if (!info) {
        fuzz::keep(info.error().message());
        return 0;
    }
    for (const Zone& zone : info->zones) {
        fuzz::keep(info->findZone(zone.node, zone.name));
        fuzz::keep(info->findNode(zone.node));
        fuzz::keep(zone.counter("nr_free_pages"));
    }
    return 0;
}
