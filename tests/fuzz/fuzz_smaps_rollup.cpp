#include "FuzzInput.h"

#include "core/analysis/Aggregator.h"
#include "core/parse/MapsParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    auto rollup = parse::parseSmapsRollup(fuzz::bytesOf(data, size), "fuzz/smaps_rollup");
    if (!rollup) {
        fuzz::keep(rollup.error().message());
        return 0;
    }
    // readProcessSummary adds the rollup's fields to Totals; do the same.
    Totals totals;
    totals.add(rollup->fields);
    fuzz::keep(totals.uss());
    fuzz::keep(rollup->fields.find("Pss_Anon"));
    return 0;
}
