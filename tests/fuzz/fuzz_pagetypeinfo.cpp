#include "FuzzInput.h"

#include "core/parse/SystemParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    auto info = parse::parsePageTypeInfo(fuzz::bytesOf(data, size), "fuzz/pagetypeinfo");
    if (!info) {
        fuzz::keep(info.error().message());
        return 0;
    }
    fuzz::keep(info->free.size() + info->blocks.size() + info->mixedBlocks.size());
    return 0;
}
