#pragma once

#include "core/Result.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope::parse {

// A tar archive (a capture: smem's smemcap, or a proc root packed by tar) as an index of its
// members. Bytes in, index out: no I/O. A capture is untrusted input, so the index holds only
// regular files and directories with normalized relative paths; everything else is refused
// member by member (skipped, with the reason recorded) so that the rest of the capture still
// opens. The archive as a whole fails only when it is not a tar at all (the first header's
// checksum does not match) or a later header is damaged (the next member cannot be found).
//
// Accepted: POSIX ustar, GNU ("ustar  ") and old v7 headers; checksums summed unsigned or signed
// (as tar accepts both); sizes in octal or base-256; the ustar prefix joined to the name; leading
// "./" and a leading "proc/" (a tar of a proc root) stripped; non-UTF-8 bytes in names kept as
// they are. Tolerated: missing end-of-archive blocks (the index ends with the data), a truncated
// last member (refused as "truncated"), zero-size members.
// Refused (skipped): absolute paths, ".." components, hard and symbolic links, character and
// block devices, FIFOs, GNU long names ('L'/'K'), pax headers, other types, members larger than
// TarLimits::maxMemberBytes; beyond TarLimits::maxMembers the index stops (a refusal says so).
struct TarLimits {
    std::size_t maxMemberBytes = 64 * 1024 * 1024;
    std::size_t maxMembers = 1000000;
};

enum class TarMemberType { File, Directory };

struct TarMember {
    std::uint64_t offset = 0; // of the member's data in the archive
    std::uint64_t size = 0; // 0 for a directory
    TarMemberType type = TarMemberType::File;
    std::uint32_t uid = 0;
    std::uint32_t mode = 0;
};

struct TarRefusal {
    std::string name; // as the header wrote it (may hold any bytes: escape before printing)
    std::string why;
};

struct TarIndex {
    std::map<std::string, TarMember, std::less<>> members; // normalized path → member; later ones win
    std::vector<TarRefusal> refused;
    bool endMarker = false; // the archive ended with a zero block (smemcap's do not)
    bool hadProcPrefix = false; // members were under "proc/"

    const TarMember* find(std::string_view path) const;
};

// True when `block` (the first 512 bytes of a file) is a tar header with a valid checksum.
bool looksLikeTar(std::string_view block);

// A member path as the index keys it: no leading "/" or "./", no "." components, no repeated or
// trailing "/". Returns false for an absolute path or one with a ".." component.
bool normalizeTarPath(std::string_view raw, std::string& out);

Result<TarIndex> parseTarArchive(std::string_view bytes, std::string_view displayName, TarLimits limits = {});

} // namespace vmscope::parse
