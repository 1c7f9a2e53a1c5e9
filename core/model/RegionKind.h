#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace vmscope {

// What a person calls a region (domain.md, "Region kinds").
enum class RegionKind : std::uint8_t {
    Text,
    Rodata,
    Data,
    Bss,
    Heap,
    Stack,
    ThreadStack,
    Anon,
    AnonNamed,
    FileShared,
    FilePrivate,
    ShmSysv,
    Memfd,
    SharedAnon,
    Guard,
    Vdso,
    Vvar,
    Vsyscall,
    Unknown,
    Count
};

inline constexpr std::size_t kRegionKindCount = static_cast<std::size_t>(RegionKind::Count);

// Stable machine name used by the CLI and JSON ("thread_stack", "file_shared", ...).
std::string_view regionKindName(RegionKind kind);
std::optional<RegionKind> regionKindFromName(std::string_view name);
// Human label ("thread stack", "file (shared)").
std::string_view regionKindLabel(RegionKind kind);

// Which rule made the classification; the text is built from it and the neighbouring
// VMA it names, so a 60,000-VMA map does not hold 60,000 reason strings.
enum class ReasonCode : std::uint8_t {
    PseudoPath, // [heap], [stack], [vdso], ...
    StackOfThread, // [stack:TID] (kernels 3.4 to 4.4)
    NamedAnon, // [anon:NAME]
    NamedSharedAnon, // [anon_shmem:NAME]
    MemfdPath,
    SysvPath,
    DevZeroShared,
    AnonShared, // anonymous with 's' perms
    NoAccess, // ---p/---s: reserved or guard
    NoAccessInsideFile, // ---p inside a library's mapping (alignment gap)
    ElfExecutable, // r-x (or --x) private of an ELF image
    ElfReadOnly, // r-- private of an ELF image
    ElfRelro, // r-- private right before the image's rw-p data: RELRO
    ElfWritable, // rw-p private of an ELF image
    FilePrivateOther, // private mapping of a file that is not an executable image
    FileSharedMapping,
    AfterData, // anonymous rw-p right after an image's data: bss
    GuardBelow, // anonymous rw-p with a ---p guard right below: a thread stack
    ArenaReserveAbove, // anonymous rw-p with ---p reserve above: malloc arena
    PlainAnon,
    UnknownPseudo,
    Count
};

} // namespace vmscope
