// parseSmaps, the classifier and every aggregation the GUI and CLI run over its result: the
// sums see the counters the fuzzer controls (64-bit values near overflow, unknown keys).
// Oracles: every total is the exact sum of its records, or saturated when that does not fit in
// 64 bits; the totals by kind and by mapping add up to the same figures; USS is Private_Clean +
// Private_Dirty, saturating.
#include "FuzzInput.h"

#include "core/analysis/Aggregator.h"
#include "core/analysis/Classifier.h"
#include "core/model/Saturating.h"
#include "core/parse/MapsParser.h"

#include <algorithm>
#include <string>

namespace {

using namespace vmscope;
using fuzz::Wide;

// The exact sum of one field over the VMAs, as Totals::add defines it: Size from the range when
// the record has no Size line (maps), every other additive key as printed.
std::uint64_t referenceSum(const std::vector<Vma>& vmas, SmapsKey key)
{
    Wide sum = 0;
    for (const Vma& vma : vmas) {
        if (key == SmapsKey::Size && !vma.fields.has(SmapsKey::Size))
            sum += vma.size() / 1024;
        else if (vma.fields.has(key))
            sum += vma.fields.get(key);
    }
    return fuzz::saturatedFrom(sum);
}

void checkTotals(const std::vector<Vma>& vmas, const Totals& all, const std::vector<const Totals*>& parts)
{
    VMSCOPE_FUZZ_ORACLE(all.vmaCount == vmas.size());
    std::size_t partCount = 0;
    for (const Totals* part : parts)
        partCount += part->vmaCount;
    VMSCOPE_FUZZ_ORACLE(partCount == vmas.size());
    for (std::size_t i = 0; i < kSmapsKeyCount; ++i) {
        const auto key = static_cast<SmapsKey>(i);
        if (!isAdditive(key))
            continue;
        VMSCOPE_FUZZ_ORACLE(all.fields.get(key) == referenceSum(vmas, key));
        // Saturating sums of saturating sums: the same figure as the one sum.
        std::uint64_t ofParts = 0;
        for (const Totals* part : parts)
            addSaturating(ofParts, part->fields.get(key));
        VMSCOPE_FUZZ_ORACLE(ofParts == all.fields.get(key));
    }
    VMSCOPE_FUZZ_ORACLE(all.uss()
        == fuzz::saturatedFrom(
            Wide(all.fields.get(SmapsKey::Private_Clean)) + all.fields.get(SmapsKey::Private_Dirty)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
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
    const auto byKind = sumByKind(*vmas);
    std::vector<const Totals*> kinds;
    for (const Totals& kind : byKind)
        kinds.push_back(&kind);
    checkTotals(*vmas, all, kinds);

    const auto byMapping = sumByMapping(*vmas);
    std::vector<const Totals*> mappings;
    for (const MappingTotals& mapping : byMapping)
        mappings.push_back(&mapping.totals);
    checkTotals(*vmas, all, mappings);
    // Largest PSS first, as the tables show them.
    VMSCOPE_FUZZ_ORACLE(std::is_sorted(byMapping.begin(), byMapping.end(),
        [](const MappingTotals& a, const MappingTotals& b) { return a.totals.pss() > b.totals.pss(); }));
    return 0;
}
