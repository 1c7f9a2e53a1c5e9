#pragma once

#include "core/model/Vma.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

// How much virtual address space a process has, which decides where user space ends and
// which kernel layout sits above it (Documentation/arch/x86/x86_64/mm.rst).
enum class PagingMode : std::uint8_t {
    Bits32, // i386: 3G/1G user/kernel split
    Level4, // x86_64 4-level paging: 47-bit user space (128 TiB)
    Level5, // x86_64 5-level paging (LA57): 56-bit user space (64 PiB)
};

std::string_view pagingModeName(PagingMode mode); // "32-bit", "4-level", "5-level"

// The "N bits virtual" of /proc/cpuinfo's "address sizes : 39 bits physical, 48 bits virtual"
// (first occurrence; every CPU prints the same). The kernel lowers it to 48 when it runs
// without 5-level paging on an LA57 CPU, so it tells the paging mode in use.
std::optional<int> parseVirtualAddressBits(std::string_view cpuinfoBytes);

// Paging mode of a process. A map whose mappings all lie below 4 GiB is a 32-bit process
// (a 64-bit one always has its stack near the top of user space); otherwise cpuinfo's
// virtual address bits decide when known (48 → 4-level, 57 → 5-level), else the highest
// user mapping: above 0x0000800000000000 (47 bits) only 5-level paging can put it.
PagingMode detectPagingMode(const std::vector<Vma>& vmas, std::optional<int> virtualAddressBits);

// Last byte of user space, first byte of kernel space, last byte of the address space.
std::uint64_t userSpaceLast(PagingMode mode);
std::uint64_t kernelSpaceStart(PagingMode mode);
std::uint64_t addressSpaceLast(PagingMode mode);
// Between user and kernel space on x86_64: addresses whose upper bits are not a sign
// extension of the top implemented bit fault. None on 32-bit.
bool hasNonCanonicalHole(PagingMode mode);

// One row of the kernel's documented virtual memory map. `last` is inclusive, as mm.rst
// prints it: the topmost region ends at 2^64, which no uint64 holds.
struct KernelRegion {
    std::string name; // short, for labels: "direct map", "vmalloc/ioremap"
    std::uint64_t start = 0;
    std::uint64_t last = 0;
    std::string description; // mm.rst's words, plus what the region is for
    bool randomized = false; // moved at boot by KASLR: the documented base is the default only
    bool hole = false; // "... unused hole" / guard hole: nothing is mapped there

    std::uint64_t size() const { return last - start + 1; }
};

// Kernel space as a sorted, gap-free tiling from kernelSpaceStart(mode) to
// addressSpaceLast(mode), holes included. The vector lives for the whole program.
const std::vector<KernelRegion>& kernelRegions(PagingMode mode);

struct AddressLookup {
    enum Kind {
        InVma, // vmaIndex holds it
        Unmapped, // user space between gapStart and gapEnd (exclusive), no VMA there
        Kernel, // region is the documented kernel region
        NonCanonical, // in the hole between user and kernel space
        OutOfRange, // above 4 GiB for a 32-bit process
    };
    Kind kind = Unmapped;
    std::size_t vmaIndex = 0;
    std::uint64_t gapStart = 0;
    std::uint64_t gapEnd = 0; // exclusive: the next VMA's start, or the end of user space
    const KernelRegion* region = nullptr;
};

// Which VMA, gap or kernel region holds `address`; binary search over the ascending VMAs.
// A VMA wins over the kernel layout ([vsyscall] lives in kernel space).
AddressLookup lookupAddress(const std::vector<Vma>& vmas, std::uint64_t address, PagingMode mode);

// An address as a person types or pastes it: "0x7fff5fc9b000", "7fff5fc9b000",
// "0x7fff_5fc9_b000", "7fff'5fc9'b000", surrounding blanks ignored. Hex only: addresses are
// hex everywhere in /proc. Nothing for empty input, other characters or more than 64 bits.
std::optional<std::uint64_t> parseAddress(std::string_view text);

// "0x55ac7533a000": 8 digits for 32-bit, 12 for 4-level user addresses, 16 otherwise, so a
// column of addresses lines up.
std::string hexAddress(std::uint64_t address, PagingMode mode);

} // namespace vmscope
