#include "core/analysis/AddressSpaceLayout.h"

#include "core/parse/ParseUtil.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace vmscope {
namespace {

    constexpr std::uint64_t k4GiB = 0x100000000ull;
    constexpr std::uint64_t kLevel4UserLast = 0x00007fffffffffffull;
    constexpr std::uint64_t kLevel5UserLast = 0x00ffffffffffffffull;
    constexpr std::uint64_t kBits32UserLast = 0xbfffffffull;

    bool isVsyscall(const Vma& v)
    {
        return v.kind == RegionKind::Vsyscall || v.path == "[vsyscall]";
    }

    KernelRegion region(
        const char* name, std::uint64_t start, std::uint64_t last, const char* description, bool randomized = false)
    {
        return KernelRegion { name, start, last, description, randomized, false };
    }

    KernelRegion hole(std::uint64_t start, std::uint64_t last, const char* description = "unused hole")
    {
        return KernelRegion { "unused", start, last, description, false, true };
    }

    // The part of the map below vaddr_end that differs between 4- and 5-level paging.
    // Source: Documentation/arch/x86/x86_64/mm.rst as of Linux 6.18 (unchanged since the
    // LDT remap moved below the direct map in 4.20).
    void appendLevel4Lower(std::vector<KernelRegion>& out)
    {
        out.push_back(KernelRegion { "guard hole", 0xffff800000000000ull, 0xffff87ffffffffffull,
            "guard hole, also reserved for a hypervisor (8 TiB)", false, true });
        out.push_back(region("LDT remap", 0xffff880000000000ull, 0xffff887fffffffffull,
            "LDT remap for PTI: per-process descriptor tables user space may see (0.5 TiB)"));
        out.push_back(region("direct map", 0xffff888000000000ull, 0xffffc87fffffffffull,
            "direct mapping of all physical memory (page_offset_base, 64 TiB): kmalloc memory and "
            "page cache pages are reached through it",
            true));
        out.push_back(hole(0xffffc88000000000ull, 0xffffc8ffffffffffull));
        out.push_back(region("vmalloc/ioremap", 0xffffc90000000000ull, 0xffffe8ffffffffffull,
            "vmalloc/ioremap space (vmalloc_base, 32 TiB): virtually contiguous kernel allocations, "
            "device registers, kernel stacks",
            true));
        out.push_back(hole(0xffffe90000000000ull, 0xffffe9ffffffffffull));
        out.push_back(region("vmemmap", 0xffffea0000000000ull, 0xffffeaffffffffffull,
            "virtual memory map (vmemmap_base, 1 TiB): the struct page array, one entry per "
            "physical page",
            true));
        out.push_back(hole(0xffffeb0000000000ull, 0xffffebffffffffffull));
        out.push_back(region("KASAN shadow", 0xffffec0000000000ull, 0xfffffbffffffffffull,
            "KASAN shadow memory (16 TiB), used only by kernels built with KASAN"));
    }

    void appendLevel5Lower(std::vector<KernelRegion>& out)
    {
        out.push_back(KernelRegion { "guard hole", 0xff00000000000000ull, 0xff0fffffffffffffull,
            "guard hole, also reserved for a hypervisor (4 PiB)", false, true });
        out.push_back(region("LDT remap", 0xff10000000000000ull, 0xff10ffffffffffffull,
            "LDT remap for PTI: per-process descriptor tables user space may see (0.25 PiB)"));
        out.push_back(region("direct map", 0xff11000000000000ull, 0xff90ffffffffffffull,
            "direct mapping of all physical memory (page_offset_base, 32 PiB): kmalloc memory and "
            "page cache pages are reached through it",
            true));
        out.push_back(hole(0xff91000000000000ull, 0xff9fffffffffffffull));
        out.push_back(region("vmalloc/ioremap", 0xffa0000000000000ull, 0xffd1ffffffffffffull,
            "vmalloc/ioremap space (vmalloc_base, 12.5 PiB): virtually contiguous kernel allocations, "
            "device registers, kernel stacks",
            true));
        out.push_back(hole(0xffd2000000000000ull, 0xffd3ffffffffffffull));
        out.push_back(region("vmemmap", 0xffd4000000000000ull, 0xffd5ffffffffffffull,
            "virtual memory map (vmemmap_base, 0.5 PiB): the struct page array, one entry per "
            "physical page",
            true));
        out.push_back(hole(0xffd6000000000000ull, 0xffdeffffffffffffull));
        out.push_back(region("KASAN shadow", 0xffdf000000000000ull, 0xfffffbffffffffffull,
            "KASAN shadow memory (about 8 PiB), used only by kernels built with KASAN"));
    }

    // "Identical layout to the 47-bit one from here on" (mm.rst): the top 4 TiB.
    void appendCommonUpper(std::vector<KernelRegion>& out)
    {
        out.push_back(hole(0xfffffc0000000000ull, 0xfffffdffffffffffull, "unused hole (vaddr_end for KASLR)"));
        out.push_back(region("cpu_entry_area", 0xfffffe0000000000ull, 0xfffffe7fffffffffull,
            "cpu_entry_area mapping: per-CPU entry stacks and GDT, visible with page-table isolation"));
        out.push_back(hole(0xfffffe8000000000ull, 0xfffffeffffffffffull));
        out.push_back(region("%esp fixup stacks", 0xffffff0000000000ull, 0xffffff7fffffffffull,
            "%esp fixup stacks (espfix64): returning to 16-bit segments"));
        out.push_back(hole(0xffffff8000000000ull, 0xffffffeeffffffffull));
        out.push_back(region("EFI", 0xffffffef00000000ull, 0xfffffffeffffffffull,
            "EFI region mapping space (64 GiB): runtime services, mapped only during EFI calls"));
        out.push_back(hole(0xffffffff00000000ull, 0xffffffff7fffffffull));
        out.push_back(region("kernel text", 0xffffffff80000000ull, 0xffffffff9fffffffull,
            "kernel text mapping, mapped to physical address 0 (512 MiB); KASLR moves the image "
            "inside it",
            true));
        out.push_back(region("modules", 0xffffffffa0000000ull, 0xfffffffffeffffffull,
            "module mapping space (1520 MiB); KASLR offsets where modules load", true));
        out.push_back(region("fixmap", 0xffffffffff000000ull, 0xffffffffff5fffffull,
            "kernel-internal fixmap range, variable size and offset (starts near -11 MiB)"));
        out.push_back(region("vsyscall", 0xffffffffff600000ull, 0xffffffffff600fffull,
            "legacy vsyscall ABI page (4 KiB), the one kernel address user space may call"));
        out.push_back(hole(0xffffffffff601000ull, 0xffffffffffffffffull,
            "unused hole (STACKLEAK poison ffffffffffff4111 points here)"));
    }

    std::vector<KernelRegion> makeLevel4()
    {
        std::vector<KernelRegion> out;
        appendLevel4Lower(out);
        appendCommonUpper(out);
        return out;
    }

    std::vector<KernelRegion> makeLevel5()
    {
        std::vector<KernelRegion> out;
        appendLevel5Lower(out);
        appendCommonUpper(out);
        return out;
    }

    // i386 with the default CONFIG_VMSPLIT_3G: PAGE_OFFSET 0xc0000000. The lowmem/vmalloc
    // boundary moves with RAM size and the vmalloc= parameter; 896 MiB is the classic value.
    std::vector<KernelRegion> makeBits32()
    {
        std::vector<KernelRegion> out;
        out.push_back(region("lowmem direct map", 0xc0000000ull, 0xf7ffffffull,
            "kernel space from PAGE_OFFSET (3G/1G split): direct mapping of the first 896 MiB of "
            "physical memory (lowmem); the boundary moves with RAM size and vmalloc="));
        out.push_back(region("vmalloc, pkmap, fixmap", 0xf8000000ull, 0xffffffffull,
            "vmalloc/ioremap space, persistent kmap (highmem) and fixmap: the top 128 MiB"));
        return out;
    }

    bool isBlank(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

} // namespace

std::string_view pagingModeName(PagingMode mode)
{
    switch (mode) {
    case PagingMode::Bits32:
        return "32-bit";
    case PagingMode::Level4:
        return "4-level";
    case PagingMode::Level5:
        return "5-level";
    }
    return "4-level";
}

std::optional<int> parseVirtualAddressBits(std::string_view bytes)
{
    constexpr std::string_view key = "address sizes";
    constexpr std::string_view unit = " bits virtual";
    const std::size_t at = bytes.find(key);
    if (at == std::string_view::npos)
        return std::nullopt;
    std::string_view line = bytes.substr(at);
    line = line.substr(0, line.find('\n'));
    const std::size_t u = line.find(unit);
    if (u == std::string_view::npos)
        return std::nullopt;
    // The number right before " bits virtual".
    std::size_t begin = u;
    while (begin > 0 && line[begin - 1] >= '0' && line[begin - 1] <= '9')
        --begin;
    int bits = 0;
    const auto [ptr, ec] = std::from_chars(line.data() + begin, line.data() + u, bits);
    if (ec != std::errc() || ptr != line.data() + u || bits <= 0 || bits > 64)
        return std::nullopt;
    return bits;
}

PagingMode detectPagingMode(const std::vector<Vma>& vmas, std::optional<int> virtualAddressBits)
{
    if (!vmas.empty()) {
        const bool allLow = std::all_of(vmas.begin(), vmas.end(), [](const Vma& v) { return v.end <= k4GiB; });
        if (allLow)
            return PagingMode::Bits32;
    }
    if (virtualAddressBits) {
        if (*virtualAddressBits >= 57)
            return PagingMode::Level5;
        if (*virtualAddressBits >= 48)
            return PagingMode::Level4;
    }
    for (const Vma& v : vmas) {
        // Kernel-half addresses ([vsyscall], or anything sign-extended) say nothing about
        // how far user space reaches.
        if (isVsyscall(v) || v.start >= 0xff00000000000000ull)
            continue;
        if (v.end > kLevel4UserLast + 1)
            return PagingMode::Level5;
    }
    return PagingMode::Level4;
}

std::uint64_t userSpaceLast(PagingMode mode)
{
    switch (mode) {
    case PagingMode::Bits32:
        return kBits32UserLast;
    case PagingMode::Level4:
        return kLevel4UserLast;
    case PagingMode::Level5:
        return kLevel5UserLast;
    }
    return kLevel4UserLast;
}

std::uint64_t kernelSpaceStart(PagingMode mode)
{
    switch (mode) {
    case PagingMode::Bits32:
        return kBits32UserLast + 1;
    case PagingMode::Level4:
        return 0xffff800000000000ull;
    case PagingMode::Level5:
        return 0xff00000000000000ull;
    }
    return 0xffff800000000000ull;
}

std::uint64_t addressSpaceLast(PagingMode mode)
{
    return mode == PagingMode::Bits32 ? k4GiB - 1 : ~std::uint64_t(0);
}

bool hasNonCanonicalHole(PagingMode mode)
{
    return mode != PagingMode::Bits32;
}

const std::vector<KernelRegion>& kernelRegions(PagingMode mode)
{
    static const std::vector<KernelRegion> bits32 = makeBits32();
    static const std::vector<KernelRegion> level4 = makeLevel4();
    static const std::vector<KernelRegion> level5 = makeLevel5();
    switch (mode) {
    case PagingMode::Bits32:
        return bits32;
    case PagingMode::Level4:
        return level4;
    case PagingMode::Level5:
        return level5;
    }
    return level4;
}

AddressLookup lookupAddress(const std::vector<Vma>& vmas, std::uint64_t address, PagingMode mode)
{
    AddressLookup result;
    // First VMA ending above the address; it holds the address if it starts at or below it.
    const auto it
        = std::upper_bound(vmas.begin(), vmas.end(), address, [](std::uint64_t a, const Vma& v) { return a < v.end; });
    if (it != vmas.end() && it->start <= address) {
        result.kind = AddressLookup::InVma;
        result.vmaIndex = static_cast<std::size_t>(it - vmas.begin());
        return result;
    }
    if (address > addressSpaceLast(mode)) {
        result.kind = AddressLookup::OutOfRange;
        return result;
    }
    const std::uint64_t userLast = userSpaceLast(mode);
    if (address <= userLast) {
        result.kind = AddressLookup::Unmapped;
        result.gapStart = it == vmas.begin() ? 0 : std::prev(it)->end;
        result.gapEnd = (it == vmas.end() || it->start > userLast) ? userLast + 1 : it->start;
        return result;
    }
    if (address < kernelSpaceStart(mode)) {
        result.kind = AddressLookup::NonCanonical;
        return result;
    }
    const std::vector<KernelRegion>& regions = kernelRegions(mode);
    const auto r = std::upper_bound(
        regions.begin(), regions.end(), address, [](std::uint64_t a, const KernelRegion& k) { return a < k.start; });
    result.kind = AddressLookup::Kernel;
    if (r != regions.begin() && address <= std::prev(r)->last)
        result.region = &*std::prev(r);
    return result;
}

std::optional<std::uint64_t> parseAddress(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text.remove_prefix(2);
    std::uint64_t value = 0;
    int significant = 0;
    bool anyDigit = false;
    char previous = '\0';
    for (const char c : text) {
        if (c == '_' || c == '\'') {
            // A separator sits between digits, never first, last or doubled.
            if (!anyDigit || previous == '_' || previous == '\'')
                return std::nullopt;
            previous = c;
            continue;
        }
        const int digit = parse::hexDigitValue(c);
        if (digit < 0)
            return std::nullopt;
        anyDigit = true;
        previous = c;
        if (significant == 0 && digit == 0)
            continue; // leading zeros do not count towards the 16 digits
        if (++significant > 16)
            return std::nullopt;
        value = value << 4 | static_cast<std::uint64_t>(digit);
    }
    if (!anyDigit || previous == '_' || previous == '\'')
        return std::nullopt;
    return value;
}

std::string hexAddress(std::uint64_t address, PagingMode mode)
{
    int digits = 16;
    if (address <= userSpaceLast(mode)) {
        switch (mode) {
        case PagingMode::Bits32:
            digits = 8;
            break;
        case PagingMode::Level4:
            digits = 12;
            break;
        case PagingMode::Level5:
            digits = 14;
            break;
        }
    } else if (mode == PagingMode::Bits32 && address < k4GiB) {
        digits = 8;
    }
    std::array<char, 24> buffer {};
    std::snprintf(buffer.data(), buffer.size(), "0x%0*llx", digits, static_cast<unsigned long long>(address));
    return buffer.data();
}

} // namespace vmscope
