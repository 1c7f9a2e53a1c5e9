#pragma once

#include "core/model/Saturating.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

// The smaps/smaps_rollup keys this version knows, in the order kernel 6.x prints them.
// Keys are matched exactly: "Pss" is not "Pss_Anon" (matching by prefix double-counts PSS).
enum class SmapsKey : std::uint8_t {
    Size,
    KernelPageSize,
    MMUPageSize,
    Rss,
    Pss,
    Pss_Dirty,
    Pss_Anon,
    Pss_File,
    Pss_Shmem,
    Shared_Clean,
    Shared_Dirty,
    Private_Clean,
    Private_Dirty,
    Referenced,
    Anonymous,
    KSM,
    LazyFree,
    AnonHugePages,
    ShmemPmdMapped,
    FilePmdMapped,
    Shared_Hugetlb,
    Private_Hugetlb,
    Swap,
    SwapPss,
    Locked,
    THPeligible, // no unit: 0 or 1
    ProtectionKey, // no unit
    Count
};

inline constexpr std::size_t kSmapsKeyCount = static_cast<std::size_t>(SmapsKey::Count);

std::string_view smapsKeyName(SmapsKey key);
std::optional<SmapsKey> smapsKeyFromName(std::string_view name);
// True for the keys printed with " kB"; THPeligible and ProtectionKey are plain numbers.
bool smapsKeyHasUnit(SmapsKey key);
// A one-line explanation of a field for tooltips and the details panel.
std::string_view smapsKeyExplanation(std::string_view name);

// A key the kernel printed that this version does not know (future kernels add keys).
struct ExtraField {
    std::string name;
    std::string text; // the value as printed, trimmed (kept when it is not a number)
    std::uint64_t value = 0;
    bool numeric = false;
    bool hasUnit = false;
};

// Every `Key: value` line of one smaps record, under the kernel's own names.
// Known keys live in a fixed array (no allocation per field); unknown ones in `extras`.
class SmapsFields {
public:
    bool has(SmapsKey key) const { return (m_present >> static_cast<unsigned>(key)) & 1u; }
    std::uint64_t get(SmapsKey key) const { return m_values[static_cast<std::size_t>(key)]; }
    std::optional<std::uint64_t> find(SmapsKey key) const
    {
        return has(key) ? std::optional<std::uint64_t>(get(key)) : std::nullopt;
    }
    std::optional<std::uint64_t> find(std::string_view name) const;
    void set(SmapsKey key, std::uint64_t value)
    {
        m_values[static_cast<std::size_t>(key)] = value;
        m_present |= 1u << static_cast<unsigned>(key);
    }
    void add(SmapsKey key, std::uint64_t value) { set(key, saturatingAdd(get(key), value)); }

    const std::vector<ExtraField>& extras() const { return m_extras; }
    void addExtra(ExtraField field) { m_extras.push_back(std::move(field)); }

    bool empty() const { return m_present == 0 && m_extras.empty(); }
    std::uint32_t presentMask() const { return m_present; }

    // USS as domain.md defines it: memory freed if the process exited.
    std::uint64_t uss() const { return saturatingAdd(get(SmapsKey::Private_Clean), get(SmapsKey::Private_Dirty)); }

    // Calls f(name, value, hasUnit) for every numeric field: known keys in kernel order, then extras.
    template <class F> void forEachNumeric(F&& f) const
    {
        for (std::size_t i = 0; i < kSmapsKeyCount; ++i) {
            const auto key = static_cast<SmapsKey>(i);
            if (has(key))
                f(smapsKeyName(key), get(key), smapsKeyHasUnit(key));
        }
        for (const ExtraField& e : m_extras)
            if (e.numeric)
                f(std::string_view(e.name), e.value, e.hasUnit);
    }

private:
    std::array<std::uint64_t, kSmapsKeyCount> m_values {};
    std::uint32_t m_present = 0;
    std::vector<ExtraField> m_extras;
};

static_assert(kSmapsKeyCount <= 32, "presence mask is 32 bits");

} // namespace vmscope
