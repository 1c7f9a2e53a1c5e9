// /proc/pressure/* (core/parse/PressureParser.h). Oracle: what it accepts is a percentage.
#include "FuzzInput.h"

#include "core/parse/PressureParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    auto pressure = parse::parsePressure(fuzz::bytesOf(data, size), "fuzz/pressure/memory");
    if (!pressure) {
        fuzz::keep(pressure.error().message());
        return 0;
    }
    for (const auto& line : { pressure->some, pressure->full }) {
        if (!line)
            continue;
        for (const double avg : { line->avg10, line->avg60, line->avg300 })
            if (!(avg >= 0 && avg <= 100))
                std::abort();
        fuzz::keep(line->totalUs);
    }
    return 0;
}
