#include "core/model/VmFlags.h"

#include "core/Translatable.h"

#include <array>

namespace vmscope {

// Documentation/filesystems/proc.rst ("VmFlags") and fs/proc/task_mmu.c; codes that
// older kernels printed (dw, nl, mp) are kept so historic captures decode too.
const std::vector<VmFlagInfo>& knownVmFlags()
{
    static const std::vector<VmFlagInfo> table {
        { "rd", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "readable") },
        { "wr", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "writeable") },
        { "ex", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "executable") },
        { "sh", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "shared") },
        { "mr", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "may read") },
        { "mw", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "may write") },
        { "me", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "may execute") },
        { "ms", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "may share") },
        { "gd", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "stack segment grows down") },
        { "pf", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "pure PFN range (no struct page behind it)") },
        { "dw", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "disabled write to the mapped file (before 5.x)") },
        { "lo", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "pages are locked in memory (mlock)") },
        { "io", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "memory-mapped I/O area") },
        { "sr", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "sequential read advice provided (MADV_SEQUENTIAL)") },
        { "rr", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "random read advice provided (MADV_RANDOM)") },
        { "dc", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "do not copy the area on fork (MADV_DONTFORK)") },
        { "de", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "do not expand the area on remapping") },
        { "lf", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "lock pages on fault (mlock2 MLOCK_ONFAULT)") },
        { "ac", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "area is accountable (counts toward Committed_AS)") },
        { "nr", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "swap space is not reserved for the area (MAP_NORESERVE)") },
        { "ht", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "area uses huge TLB pages (hugetlbfs)") },
        { "sf", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "synchronous page faults (MAP_SYNC)") },
        { "nl", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "non-linear mapping (removed in 4.0)") },
        { "ar", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "architecture-specific flag") },
        { "wf", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "wipe on fork (MADV_WIPEONFORK)") },
        { "dd", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "not included in core dumps (MADV_DONTDUMP)") },
        { "bt", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "arm64 BTI guarded page") },
        { "sd", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "soft-dirty flag") },
        { "mm", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "mixed map area") },
        { "hg", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "huge page advice (MADV_HUGEPAGE)") },
        { "nh", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "no-huge page advice (MADV_NOHUGEPAGE)") },
        { "mg", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "mergeable advice (MADV_MERGEABLE, KSM)") },
        { "um", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "userfaultfd missing-page tracking") },
        { "uw", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "userfaultfd write-protect tracking") },
        { "ui", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "userfaultfd minor-fault tracking") },
        { "mp", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "MPX bounds tables (removed)") },
        { "mt", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "arm64 MTE allocation tags enabled") },
        { "ss", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "shadow stack page") },
        { "sl", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "sealed (mseal)") },
        { "dp", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "droppable under memory pressure (MAP_DROPPABLE)") },
        { "gu", VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "guard regions installed (MADV_GUARD_INSTALL)") },
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
    return VMSCOPE_TRANSLATABLE("vmscope::VmFlags", "unknown flag (newer than this version of vmscope)");
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
