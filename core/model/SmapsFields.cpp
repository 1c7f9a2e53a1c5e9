#include "core/model/SmapsFields.h"

#include "core/Translatable.h"

#include <array>

namespace vmscope {
namespace {

    struct KeyInfo {
        std::string_view name;
        bool hasUnit;
        std::string_view explanation;
    };

    // Explanations paraphrase Documentation/filesystems/proc.rst, section "smaps".
    constexpr std::array<KeyInfo, kSmapsKeyCount> kKeys { {
        { "Size", true,
            VMSCOPE_TRANSLATABLE(
                "vmscope::SmapsFields", "Virtual size of the mapping: address space reserved, not memory used.") },
        { "KernelPageSize", true,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "Page size the kernel uses to back this mapping.") },
        { "MMUPageSize", true,
            VMSCOPE_TRANSLATABLE(
                "vmscope::SmapsFields", "Page size the MMU uses for this mapping (usually the kernel page size).") },
        { "Rss", true,
            VMSCOPE_TRANSLATABLE(
                "vmscope::SmapsFields", "Resident set: how much of the mapping is in RAM right now.") },
        { "Pss", true,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields",
                "Proportional set: resident pages, each divided by the number of processes mapping it.") },
        { "Pss_Dirty", true,
            VMSCOPE_TRANSLATABLE(
                "vmscope::SmapsFields", "The part of Pss that is dirty (modified since it was read in).") },
        { "Pss_Anon", true, VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "The part of Pss that is anonymous memory.") },
        { "Pss_File", true,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "The part of Pss that is file-backed page cache.") },
        { "Pss_Shmem", true,
            VMSCOPE_TRANSLATABLE(
                "vmscope::SmapsFields", "The part of Pss that is shared memory (tmpfs, SysV shm, shared anonymous).") },
        { "Shared_Clean", true,
            VMSCOPE_TRANSLATABLE(
                "vmscope::SmapsFields", "Resident, unmodified pages also mapped by other processes.") },
        { "Shared_Dirty", true,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "Resident, modified pages also mapped by other processes.") },
        { "Private_Clean", true,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "Resident, unmodified pages mapped only by this process.") },
        { "Private_Dirty", true,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "Resident, modified pages mapped only by this process.") },
        { "Referenced", true, VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "Pages marked as recently accessed.") },
        { "Anonymous", true,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields",
                "Pages that belong to no file (including copy-on-write copies of file pages).") },
        { "KSM", true, VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "Pages merged by kernel samepage merging.") },
        { "LazyFree", true,
            VMSCOPE_TRANSLATABLE(
                "vmscope::SmapsFields", "Pages marked MADV_FREE: the kernel may drop them instead of swapping them.") },
        { "AnonHugePages", true,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "Anonymous memory backed by transparent huge pages.") },
        { "ShmemPmdMapped", true,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "Shared memory mapped with huge pages.") },
        { "FilePmdMapped", true, VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "File pages mapped with huge pages.") },
        { "Shared_Hugetlb", true,
            VMSCOPE_TRANSLATABLE(
                "vmscope::SmapsFields", "hugetlbfs pages shared with other processes (not counted in Rss/Pss).") },
        { "Private_Hugetlb", true,
            VMSCOPE_TRANSLATABLE(
                "vmscope::SmapsFields", "hugetlbfs pages private to this process (not counted in Rss/Pss).") },
        { "Swap", true,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "Anonymous pages of this mapping that are swapped out.") },
        { "SwapPss", true,
            VMSCOPE_TRANSLATABLE(
                "vmscope::SmapsFields", "Swapped-out pages, each divided by the number of processes sharing it.") },
        { "Locked", true, VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "Pages locked in RAM (mlock).") },
        { "THPeligible", false,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "1 if the mapping may be backed by transparent huge pages.") },
        { "ProtectionKey", false,
            VMSCOPE_TRANSLATABLE("vmscope::SmapsFields", "The memory protection key of the mapping (pkeys).") },
    } };

} // namespace

std::string_view smapsKeyName(SmapsKey key)
{
    return kKeys[static_cast<std::size_t>(key)].name;
}

std::optional<SmapsKey> smapsKeyFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kKeys.size(); ++i)
        if (kKeys[i].name == name)
            return static_cast<SmapsKey>(i);
    return std::nullopt;
}

bool smapsKeyHasUnit(SmapsKey key)
{
    return kKeys[static_cast<std::size_t>(key)].hasUnit;
}

std::string_view smapsKeyExplanation(std::string_view name)
{
    if (name == "Uss")
        return VMSCOPE_TRANSLATABLE("vmscope::SmapsFields",
            "Unique set: Private_Clean + Private_Dirty, the memory freed if the process exited.");
    if (const auto key = smapsKeyFromName(name))
        return kKeys[static_cast<std::size_t>(*key)].explanation;
    return VMSCOPE_TRANSLATABLE(
        "vmscope::SmapsFields", "A field this version of vmscope does not know (printed by a newer kernel).");
}

std::optional<std::uint64_t> SmapsFields::find(std::string_view name) const
{
    if (const auto key = smapsKeyFromName(name))
        return find(*key);
    for (const ExtraField& e : m_extras)
        if (e.name == name && e.numeric)
            return e.value;
    return std::nullopt;
}

} // namespace vmscope
