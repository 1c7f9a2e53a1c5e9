// parseSmaps, the classifier and every aggregation the GUI and CLI run over its result: the
// sums see the counters the fuzzer controls (64-bit values near overflow, unknown keys).
#include "FuzzInput.h"

#include "core/analysis/Aggregator.h"
#include "core/analysis/Classifier.h"
#include "core/parse/MapsParser.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    auto vmas = parse::parseSmaps(fuzz::bytesOf(data, size), "fuzz/smaps");
    if (!vmas) {
        fuzz::keep(vmas.error().message());
        return 0;
    }
    classifyRegions(*vmas);
    std::string reasons;
    for (std::size_t i = 0; i < vmas->size(); ++i) {
        reasons.clear();
        appendReason(reasons, *vmas, i);
        fuzz::keep(reasons);
        fuzz::keep((*vmas)[i].flags.codes());
    }
    const Totals all = sumAll(*vmas);
    fuzz::keep(all.uss());
    const auto byKind = sumByKind(*vmas);
    fuzz::keep(byKind);
    const auto byMapping = sumByMapping(*vmas);
    fuzz::keep(byMapping.size());
    return 0;
}
