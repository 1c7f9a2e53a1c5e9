// parseMaps, then everything that consumes its result for display: the classifier's rules look
// at neighbours and relatedVma indices, which is where a malformed but accepted map would hurt.
#include "FuzzInput.h"

#include "core/analysis/Classifier.h"
#include "core/parse/MapsParser.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    auto vmas = parse::parseMaps(fuzz::bytesOf(data, size), "fuzz/maps");
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
        fuzz::keep((*vmas)[i].perms.toString());
        fuzz::keep((*vmas)[i].device());
    }
    return 0;
}
