#include "core/analysis/Aggregator.h"

#include <algorithm>
#include <unordered_map>

namespace vmscope {

bool isAdditive(SmapsKey key)
{
    switch (key) {
    case SmapsKey::KernelPageSize:
    case SmapsKey::MMUPageSize:
    case SmapsKey::THPeligible:
    case SmapsKey::ProtectionKey:
    case SmapsKey::Count:
        return false;
    default:
        return true;
    }
}

void Totals::add(const SmapsFields& other)
{
    const std::uint32_t present = other.presentMask();
    for (std::size_t i = 0; i < kSmapsKeyCount; ++i) {
        const auto key = static_cast<SmapsKey>(i);
        if (((present >> i) & 1u) && isAdditive(key))
            fields.add(key, other.get(key));
    }
}

void Totals::add(const Vma& vma)
{
    ++vmaCount;
    if (vma.fields.has(SmapsKey::Size)) {
        add(vma.fields);
        return;
    }
    // maps carries no fields: the size still follows from the range.
    fields.add(SmapsKey::Size, vma.size() / 1024);
    add(vma.fields);
}

Totals sumAll(const std::vector<Vma>& vmas)
{
    Totals totals;
    for (const Vma& v : vmas)
        totals.add(v);
    return totals;
}

std::array<Totals, kRegionKindCount> sumByKind(const std::vector<Vma>& vmas)
{
    std::array<Totals, kRegionKindCount> byKind;
    for (const Vma& v : vmas)
        byKind[static_cast<std::size_t>(v.kind)].add(v);
    return byKind;
}

std::vector<MappingTotals> sumByMapping(const std::vector<Vma>& vmas)
{
    std::vector<MappingTotals> rows;
    std::unordered_map<std::string, std::size_t> indexByName;
    for (const Vma& v : vmas) {
        const std::string name = v.path.empty() ? std::string("[anon]") : v.path;
        auto [it, inserted] = indexByName.try_emplace(name, rows.size());
        if (inserted)
            rows.push_back(MappingTotals { name, v.deleted, {} });
        rows[it->second].totals.add(v);
    }
    std::sort(rows.begin(), rows.end(), [](const MappingTotals& a, const MappingTotals& b) {
        if (a.totals.pss() != b.totals.pss())
            return a.totals.pss() > b.totals.pss();
        if (a.totals.rss() != b.totals.rss())
            return a.totals.rss() > b.totals.rss();
        return a.mapping < b.mapping;
    });
    return rows;
}

} // namespace vmscope
