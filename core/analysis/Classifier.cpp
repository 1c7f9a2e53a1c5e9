#include "core/analysis/Classifier.h"

#include <unordered_set>

namespace vmscope {
namespace {

    // Thread stacks are at least PTHREAD_STACK_MIN (16 KiB); smaller rw-p regions above a
    // ---p region are TLS blocks or allocator pages, not stacks.
    constexpr std::uint64_t kMinThreadStack = 16 * 1024;

    struct FileKey {
        std::uint64_t inode;
        std::uint32_t major;
        std::uint32_t minor;
        bool operator==(const FileKey&) const = default;
    };
    struct FileKeyHash {
        std::size_t operator()(const FileKey& k) const
        {
            return std::hash<std::uint64_t>()(k.inode * 1000003u ^ (std::uint64_t(k.major) << 32 | k.minor));
        }
    };
    FileKey fileKey(const Vma& v)
    {
        return { v.inode, v.devMajor, v.devMinor };
    }

    bool startsWith(std::string_view s, std::string_view prefix)
    {
        return s.substr(0, prefix.size()) == prefix;
    }

    bool isFileBacked(const Vma& v)
    {
        return !v.path.empty() && v.path.front() != '[' && v.inode != 0;
    }

    bool sameFile(const Vma& a, const Vma& b)
    {
        return isFileBacked(a) && isFileBacked(b) && fileKey(a) == fileKey(b);
    }

    void set(Vma& v, RegionKind kind, ReasonCode reason, std::uint32_t related = kNoRelatedVma)
    {
        v.kind = kind;
        v.reason = reason;
        v.relatedVma = related;
    }

    bool classifyPseudo(Vma& v)
    {
        const std::string_view p = v.path;
        if (p == "[heap]")
            set(v, RegionKind::Heap, ReasonCode::PseudoPath);
        else if (p == "[stack]")
            set(v, RegionKind::Stack, ReasonCode::PseudoPath);
        else if (startsWith(p, "[stack:"))
            set(v, RegionKind::ThreadStack, ReasonCode::StackOfThread);
        else if (p == "[vdso]")
            set(v, RegionKind::Vdso, ReasonCode::PseudoPath);
        else if (startsWith(p, "[vvar"))
            set(v, RegionKind::Vvar, ReasonCode::PseudoPath);
        else if (p == "[vsyscall]")
            set(v, RegionKind::Vsyscall, ReasonCode::PseudoPath);
        else if (startsWith(p, "[anon:"))
            set(v, RegionKind::AnonNamed, ReasonCode::NamedAnon);
        else if (startsWith(p, "[anon_shmem:"))
            set(v, RegionKind::SharedAnon, ReasonCode::NamedSharedAnon);
        else
            set(v, RegionKind::Unknown, ReasonCode::UnknownPseudo);
        return true;
    }

} // namespace

std::string_view baseName(std::string_view path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

void classifyRegions(std::vector<Vma>& vmas)
{
    // A file with an executable mapping is an ELF image (the program or a library); its other
    // private mappings are its rodata, RELRO and data segments.
    std::unordered_set<FileKey, FileKeyHash> images;
    for (const Vma& v : vmas)
        if (v.perms.exec && isFileBacked(v))
            images.insert(fileKey(v));
    auto isImage = [&](const Vma& v) { return isFileBacked(v) && images.count(fileKey(v)) > 0; };

    const std::size_t n = vmas.size();
    for (std::size_t i = 0; i < n; ++i) {
        Vma& v = vmas[i];
        const Vma* prev = i > 0 && vmas[i - 1].end == v.start ? &vmas[i - 1] : nullptr;
        const Vma* next = i + 1 < n && vmas[i + 1].start == v.end ? &vmas[i + 1] : nullptr;
        const auto prevIndex = static_cast<std::uint32_t>(i - 1);
        const auto nextIndex = static_cast<std::uint32_t>(i + 1);
        const std::string_view path = v.path;

        if (v.isPseudoPath()) {
            classifyPseudo(v);
        } else if (startsWith(path, "/memfd:")) {
            set(v, RegionKind::Memfd, ReasonCode::MemfdPath);
        } else if (startsWith(path, "/SYSV") && v.deleted) {
            set(v, RegionKind::ShmSysv, ReasonCode::SysvPath);
        } else if (path == "/dev/zero" && v.deleted) {
            // mmap(MAP_SHARED|MAP_ANONYMOUS) is backed by a shmem file the kernel names so.
            set(v, v.perms.shared ? RegionKind::SharedAnon : RegionKind::Anon, ReasonCode::DevZeroShared);
        } else if (v.perms.none()) {
            set(v, RegionKind::Guard, isImage(v) ? ReasonCode::NoAccessInsideFile : ReasonCode::NoAccess);
        } else if (path.empty()) {
            if (v.perms.shared) {
                set(v, RegionKind::SharedAnon, ReasonCode::AnonShared);
            } else if (v.perms.write && prev && isImage(*prev) && prev->perms.write && !prev->perms.shared) {
                set(v, RegionKind::Bss, ReasonCode::AfterData, prevIndex);
            } else if (v.perms.write && prev && prev->isAnonymous() && prev->perms.none()
                && v.size() >= kMinThreadStack) {
                set(v, RegionKind::ThreadStack, ReasonCode::GuardBelow, prevIndex);
            } else if (v.perms.write && next && next->isAnonymous() && next->perms.none()) {
                set(v, RegionKind::Anon, ReasonCode::ArenaReserveAbove, nextIndex);
            } else {
                set(v, RegionKind::Anon, ReasonCode::PlainAnon);
            }
        } else if (v.perms.shared) {
            set(v, RegionKind::FileShared, ReasonCode::FileSharedMapping);
        } else if (isImage(v)) {
            if (v.perms.exec)
                set(v, RegionKind::Text, ReasonCode::ElfExecutable);
            else if (v.perms.write)
                set(v, RegionKind::Data, ReasonCode::ElfWritable);
            else if (next && sameFile(*next, v) && next->perms.write)
                set(v, RegionKind::Rodata, ReasonCode::ElfRelro, nextIndex);
            else
                set(v, RegionKind::Rodata, ReasonCode::ElfReadOnly);
        } else if (isFileBacked(v) || !path.empty()) {
            set(v, RegionKind::FilePrivate, ReasonCode::FilePrivateOther);
        } else {
            set(v, RegionKind::Unknown, ReasonCode::UnknownPseudo);
        }
    }
}

void appendReason(std::string& out, const std::vector<Vma>& vmas, std::size_t index)
{
    const Vma& v = vmas[index];
    const char permsText[4]
        = { v.perms.read ? 'r' : '-', v.perms.write ? 'w' : '-', v.perms.exec ? 'x' : '-', v.perms.shared ? 's' : 'p' };
    const std::string_view perms(permsText, 4);
    const std::string_view file = baseName(v.path);
    const std::string_view path = v.path;
    const Vma* related = v.relatedVma < vmas.size() ? &vmas[v.relatedVma] : nullptr;
    // Appends without temporaries: a 60,000-VMA map asks for 60,000 reasons.
    auto add = [&out](auto... parts) { (out.append(std::string_view(parts)), ...); };
    switch (v.reason) {
    case ReasonCode::PseudoPath:
        add("the kernel labels it ", path);
        switch (v.kind) {
        case RegionKind::Heap:
            add(": the brk() heap, where malloc puts small allocations");
            break;
        case RegionKind::Stack:
            add(": the main thread's stack, growing down");
            break;
        case RegionKind::Vdso:
            add(": kernel code mapped into every process for fast system calls");
            break;
        case RegionKind::Vvar:
            add(": kernel data (clock) read by the vDSO");
            break;
        case RegionKind::Vsyscall:
            add(": the legacy fixed-address system-call page");
            break;
        default:
            break;
        }
        return;
    case ReasonCode::StackOfThread:
        add("the kernel labels it ", path, ": the stack of that thread (kernels 3.4 to 4.4)");
        return;
    case ReasonCode::NamedAnon:
        add("anonymous memory named by the program with prctl(PR_SET_VMA_ANON_NAME): ", path);
        return;
    case ReasonCode::NamedSharedAnon:
        add("shared anonymous memory named with prctl(PR_SET_VMA_ANON_NAME): ", path);
        return;
    case ReasonCode::MemfdPath:
        add("a memfd_create() file, mapped ", v.perms.shared ? "shared" : "private");
        return;
    case ReasonCode::SysvPath:
        add("a System V shared-memory segment (shmat); the kernel shows it as a deleted /SYSV file");
        return;
    case ReasonCode::DevZeroShared:
        add("mmap(MAP_ANONYMOUS|MAP_SHARED): backed by a shmem object the kernel names /dev/zero (deleted)");
        return;
    case ReasonCode::AnonShared:
        add("anonymous ", perms, " mapping: memory shared with forked children");
        return;
    case ReasonCode::NoAccess:
        add("no access (", perms, "): a guard page or reserved address space; touching it faults");
        return;
    case ReasonCode::NoAccessInsideFile:
        add("no access (", perms, ") inside ", file, ": an alignment gap between its segments");
        return;
    case ReasonCode::ElfExecutable:
        add(perms, " mapping of ", file, ", an executable image: its code (text)");
        return;
    case ReasonCode::ElfReadOnly:
        add(perms, " mapping of ", file, ": headers and read-only data (constants)");
        return;
    case ReasonCode::ElfRelro:
        add(perms, " mapping of ", file, " right below its data: RELRO, data made read-only after relocation");
        return;
    case ReasonCode::ElfWritable:
        add(perms, " mapping of ", file, ": its initialised data (copy-on-write)");
        return;
    case ReasonCode::FilePrivateOther:
        add("private (copy-on-write) mapping of ", path, ", which is not an executable image");
        return;
    case ReasonCode::FileSharedMapping:
        add("shared mapping of ", path, v.deleted ? " (deleted)" : "", ": writes reach the file");
        return;
    case ReasonCode::AfterData:
        add("anonymous ", perms, " right after the data segment of ",
            related ? baseName(related->path) : std::string_view("an image"), ": bss (zero-initialised globals)");
        return;
    case ReasonCode::GuardBelow:
        add("anonymous ", perms, " with a no-access guard right below it: a thread stack");
        return;
    case ReasonCode::ArenaReserveAbove:
        add("anonymous ", perms,
            " with no-access reserve right above it: a malloc arena (or other reservation) growing up");
        return;
    case ReasonCode::PlainAnon:
        add("anonymous ", perms, " mapping: mmap'd memory (malloc above 128 KiB, or the program's own mmap)");
        return;
    case ReasonCode::UnknownPseudo:
    case ReasonCode::Count:
        add("a region vmscope has no rule for");
        if (!path.empty())
            add(": ", path);
        return;
    }
}

std::string reasonText(const std::vector<Vma>& vmas, std::size_t index)
{
    std::string out;
    appendReason(out, vmas, index);
    return out;
}

} // namespace vmscope
