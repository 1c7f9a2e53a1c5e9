#include "core/model/VmFlags.h"

#include <array>

namespace vmscope {

// Documentation/filesystems/proc.rst ("VmFlags") and fs/proc/task_mmu.c; codes that
// older kernels printed (dw, nl, mp) are kept so historic captures decode too.
const std::vector<VmFlagInfo>& knownVmFlags()
{
    static const std::vector<VmFlagInfo> table {
        { "rd", "readable" },
        { "wr", "writeable" },
        { "ex", "executable" },
        { "sh", "shared" },
        { "mr", "may read" },
        { "mw", "may write" },
        { "me", "may execute" },
        { "ms", "may share" },
        { "gd", "stack segment grows down" },
        { "pf", "pure PFN range (no struct page behind it)" },
        { "dw", "disabled write to the mapped file (before 5.x)" },
        { "lo", "pages are locked in memory (mlock)" },
        { "io", "memory-mapped I/O area" },
        { "sr", "sequential read advice provided (MADV_SEQUENTIAL)" },
        { "rr", "random read advice provided (MADV_RANDOM)" },
        { "dc", "do not copy the area on fork (MADV_DONTFORK)" },
        { "de", "do not expand the area on remapping" },
        { "lf", "lock pages on fault (mlock2 MLOCK_ONFAULT)" },
        { "ac", "area is accountable (counts toward Committed_AS)" },
        { "nr", "swap space is not reserved for the area (MAP_NORESERVE)" },
        { "ht", "area uses huge TLB pages (hugetlbfs)" },
        { "sf", "synchronous page faults (MAP_SYNC)" },
        { "nl", "non-linear mapping (removed in 4.0)" },
        { "ar", "architecture-specific flag" },
        { "wf", "wipe on fork (MADV_WIPEONFORK)" },
        { "dd", "not included in core dumps (MADV_DONTDUMP)" },
        { "bt", "arm64 BTI guarded page" },
        { "sd", "soft-dirty flag" },
        { "mm", "mixed map area" },
        { "hg", "huge page advice (MADV_HUGEPAGE)" },
        { "nh", "no-huge page advice (MADV_NOHUGEPAGE)" },
        { "mg", "mergeable advice (MADV_MERGEABLE, KSM)" },
        { "um", "userfaultfd missing-page tracking" },
        { "uw", "userfaultfd write-protect tracking" },
        { "ui", "userfaultfd minor-fault tracking" },
        { "mp", "MPX bounds tables (removed)" },
        { "mt", "arm64 MTE allocation tags enabled" },
        { "ss", "shadow stack page" },
        { "sl", "sealed (mseal)" },
        { "dp", "droppable under memory pressure (MAP_DROPPABLE)" },
        { "gu", "guard regions installed (MADV_GUARD_INSTALL)" },
    };
    return table;
}

std::optional<unsigned> vmFlagIndex(std::string_view code)
{
    // Every VMA of a 60,000-VMA smaps has half a dozen codes: a table indexed by the two
    // letters answers each in one load instead of a search.
    static const std::array<std::int8_t, 26 * 26> indexByLetters = [] {
        std::array<std::int8_t, 26 * 26> table {};
        table.fill(-1);
        const auto& flags = knownVmFlags();
        for (unsigned i = 0; i < flags.size(); ++i)
            table[static_cast<std::size_t>((flags[i].code[0] - 'a') * 26 + (flags[i].code[1] - 'a'))]
                = static_cast<std::int8_t>(i);
        return table;
    }();
    if (code.size() != 2 || code[0] < 'a' || code[0] > 'z' || code[1] < 'a' || code[1] > 'z')
        return std::nullopt;
    const std::int8_t index = indexByLetters[static_cast<std::size_t>((code[0] - 'a') * 26 + (code[1] - 'a'))];
    if (index < 0)
        return std::nullopt;
    return static_cast<unsigned>(index);
}

std::string_view vmFlagMeaning(std::string_view code)
{
    if (const auto index = vmFlagIndex(code))
        return knownVmFlags()[*index].meaning;
    return "unknown flag (newer than this version of vmscope)";
}

void VmFlags::add(std::string_view code)
{
    if (const auto index = vmFlagIndex(code)) {
        m_known |= std::uint64_t(1) << *index;
        return;
    }
    m_unknown.emplace_back(code);
}

bool VmFlags::has(std::string_view code) const
{
    if (const auto index = vmFlagIndex(code))
        return (m_known >> *index) & 1u;
    for (const std::string& c : m_unknown)
        if (c == code)
            return true;
    return false;
}

std::vector<std::string> VmFlags::codes() const
{
    std::vector<std::string> out;
    forEach([&](std::string_view code) { out.emplace_back(code); });
    return out;
}

} // namespace vmscope
