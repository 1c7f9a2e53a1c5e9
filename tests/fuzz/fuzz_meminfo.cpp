#include "FuzzInput.h"

#include "core/parse/SystemParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    auto info = parse::parseMemInfo(fuzz::bytesOf(data, size), "fuzz/meminfo");
    if (!info) {
        fuzz::keep(info.error().message());
        return 0;
    }
    fuzz::keep(info->find("MemAvailable"));
    fuzz::keep(info->find("HugePages_Total"));
    return 0;
}
