#pragma once

#include "core/model/RegionKind.h"
#include "core/model/SmapsFields.h"
#include "core/model/VmFlags.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vmscope {

struct Permissions {
    bool read = false;
    bool write = false;
    bool exec = false;
    bool shared = false; // 's' vs 'p' (private, copy-on-write)

    bool none() const { return !read && !write && !exec; }
    // The four characters as maps prints them, e.g. "r-xp".
    std::string toString() const;
    bool operator==(const Permissions&) const = default;
};

inline constexpr std::uint32_t kNoRelatedVma = 0xffffffffu;

// One line of /proc/PID/maps, or one record of smaps with its fields.
struct Vma {
    std::uint64_t start = 0;
    std::uint64_t end = 0;
    std::uint64_t offset = 0;
    std::uint64_t inode = 0;
    std::uint32_t devMajor = 0;
    std::uint32_t devMinor = 0;
    Permissions perms;
    bool deleted = false; // " (deleted)" was appended: the file was unlinked
    RegionKind kind = RegionKind::Unknown;
    ReasonCode reason = ReasonCode::PlainAnon;
    std::uint32_t relatedVma = kNoRelatedVma; // the neighbour the reason refers to
    // The path with " (deleted)" removed and "\012" turned back into '\n'; other bytes
    // are kept exactly as the kernel printed them (file names need not be UTF-8).
    std::string path;
    SmapsFields fields; // empty when read from maps
    VmFlags flags; // empty before kernel 3.8 or when read from maps

    std::uint64_t size() const { return end - start; }
    bool isAnonymous() const { return inode == 0 && path.empty(); }
    bool isPseudoPath() const { return !path.empty() && path.front() == '['; }
    // "fe:00" as maps prints it.
    std::string device() const;
};

// A process's address space as read at one moment.
struct MemoryMap {
    int pid = 0;
    std::vector<Vma> vmas; // ascending by start
    bool fromSmaps = false; // fields and flags present
};

} // namespace vmscope
