#pragma once

#include "core/model/Vma.h"

#include <array>
#include <string>
#include <vector>

namespace vmscope {

// Whether a smaps key can be summed over VMAs. Page sizes, THPeligible and ProtectionKey
// describe a VMA; adding them up means nothing.
bool isAdditive(SmapsKey key);

// Sums of the additive smaps fields over a set of VMAs, plus how many VMAs went in.
struct Totals {
    SmapsFields fields;
    std::size_t vmaCount = 0;

    void add(const Vma& vma);
    void add(const SmapsFields& other);
    std::uint64_t size() const { return fields.get(SmapsKey::Size); }
    std::uint64_t rss() const { return fields.get(SmapsKey::Rss); }
    std::uint64_t pss() const { return fields.get(SmapsKey::Pss); }
    std::uint64_t uss() const { return fields.uss(); }
    std::uint64_t swap() const { return fields.get(SmapsKey::Swap); }
};

// Totals over every VMA. Size is always filled (from the address range) even from maps.
Totals sumAll(const std::vector<Vma>& vmas);

std::array<Totals, kRegionKindCount> sumByKind(const std::vector<Vma>& vmas);

// One row per mapped object: a file path, a pseudo path, or "[anon]" for unnamed memory.
struct MappingTotals {
    std::string mapping;
    bool deleted = false;
    Totals totals;
};
// Sorted by Pss (then Rss, then name), largest first.
std::vector<MappingTotals> sumByMapping(const std::vector<Vma>& vmas);

} // namespace vmscope
