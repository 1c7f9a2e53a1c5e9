#include "FuzzInput.h"

#include "core/parse/SystemParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    auto stat = parse::parseVmStat(fuzz::bytesOf(data, size), "fuzz/vmstat");
    if (!stat) {
        fuzz::keep(stat.error().message());
        return 0;
    }
    fuzz::keep(stat->find("pgmajfault"));
    return 0;
}
