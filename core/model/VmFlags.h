#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

// The two-letter VmFlags codes of smaps (fs/proc/task_mmu.c, show_smap_vma_flags).
// Known codes are a bit set in table order; codes a newer kernel adds are kept raw.
struct VmFlagInfo {
    std::string_view code;
    std::string_view meaning;
};

// Every code this version knows, in the order the kernel prints them.
const std::vector<VmFlagInfo>& knownVmFlags();
std::optional<unsigned> vmFlagIndex(std::string_view code);
// "unknown flag" for codes newer than this table.
std::string_view vmFlagMeaning(std::string_view code);

class VmFlags {
public:
    void add(std::string_view code);
    bool has(std::string_view code) const;
    bool empty() const { return m_known == 0 && m_unknown.empty(); }
    const std::vector<std::string>& unknownCodes() const { return m_unknown; }

    // All codes: known ones in kernel order, then unknown ones as printed.
    template <class F> void forEach(F&& f) const
    {
        const auto& table = knownVmFlags();
        for (unsigned i = 0; i < table.size(); ++i)
            if ((m_known >> i) & 1u)
                f(table[i].code);
        for (const std::string& code : m_unknown)
            f(std::string_view(code));
    }
    std::vector<std::string> codes() const;

private:
    std::uint64_t m_known = 0;
    std::vector<std::string> m_unknown;
};

} // namespace vmscope
