#include "core/teaching/Scenarios.h"

#include "core/Translatable.h"

namespace vmscope {

namespace {

    std::vector<Scenario> makeScenarios()
    {
        std::vector<Scenario> all;
        all.push_back({ "segments", VMSCOPE_TRANSLATABLE("Scenario", "Where a program's variables live"),
            VMSCOPE_TRANSLATABLE("Scenario",
                "A program's variables live in different regions of its address space: initialised globals in the "
                "data segment, zeroed ones in bss, constants in read-only data, locals on the stack, large "
                "allocations in their own mappings and each thread on a stack of its own. Find each one in the map."),
            false,
            {
                { VMSCOPE_TRANSLATABLE("Scenario", "globals and a constant"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The initialised global lies in the program's writable file mapping (data), the zeroed array "
                        "in "
                        "a writable mapping of the program or the anonymous one right after it (bss), the constant in "
                        "a read-only mapping of the program (rodata)."),
                    VMSCOPE_TRANSLATABLE(
                        "Scenario", "The program's own rows at the top of the region table, by their permissions.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "a 16 KiB local array"),
                    VMSCOPE_TRANSLATABLE("Scenario", "The local array lies in the [stack] region."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The [stack] row at the bottom of the region table.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "malloc(40 MiB)"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The 40 MiB block lies in an anonymous mapping of its own, at least 40 MiB large, not in the "
                        "[heap]."),
                    VMSCOPE_TRANSLATABLE("Scenario", "An anonymous row of about 40 MiB Size in the region table.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "a thread"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The thread's local variable lies in an anonymous writable mapping (its stack), with an "
                        "inaccessible guard page (---p) right below it."),
                    VMSCOPE_TRANSLATABLE(
                        "Scenario", "An anonymous rw-p row of about 8 MiB and the ---p row just below it.") },
            } });

        all.push_back({ "malloc-threshold", VMSCOPE_TRANSLATABLE("Scenario", "Small and large malloc"),
            VMSCOPE_TRANSLATABLE("Scenario",
                "malloc serves small requests from the heap, which it grows by moving the program break in steps of "
                "about 132 KiB, and gives each request of 128 KiB or more (the mmap threshold) its own anonymous "
                "mapping. mallopt changes that threshold."),
            false,
            {
                { VMSCOPE_TRANSLATABLE("Scenario", "start"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The program has not called malloc yet: there is no [heap] region, the program break is where "
                        "the kernel put it."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The region table: no [heap] row after the program's rows.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "malloc(8)"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The program break moved up by about 132 KiB: the [heap] appeared to hold the 8 bytes and "
                        "malloc's reserve."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The [heap] row's Size in the region table.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "malloc(4083)"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The break did not move: malloc took the bytes from the reserve already in the heap."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The [heap] row's Size, unchanged.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "malloc(3)"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The break did not move: malloc took the bytes from the reserve already in the heap."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The [heap] row's Size, unchanged.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "malloc(136168)"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The request is above the mmap threshold (128 KiB): it got an anonymous mapping of its own, "
                        "the heap is unchanged."),
                    VMSCOPE_TRANSLATABLE("Scenario", "A new anonymous row of about 136 KiB in the region table.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "malloc(200000)"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "Above the threshold again: a second anonymous mapping of its own, the heap is unchanged."),
                    VMSCOPE_TRANSLATABLE("Scenario", "A new anonymous row of about 196 KiB in the region table.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "mallopt(M_MMAP_THRESHOLD, 1 MiB)"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "No region changed: only malloc's rule did; requests up to 1 MiB now come from the heap."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The region table, unchanged.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "malloc(200000) again"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "Now below the threshold: the block lies in the [heap], which grew by at least 200000 bytes; "
                        "no new mapping."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The [heap] row's Size in the region table.") },
            } });

        all.push_back({ "demand-paging", VMSCOPE_TRANSLATABLE("Scenario", "Demand paging"),
            VMSCOPE_TRANSLATABLE("Scenario",
                "Mapping memory only reserves addresses: the kernel gives a page frame when a page is first "
                "written. Reading never-written anonymous memory maps the shared zero page, which costs nothing, so "
                "RSS grows with writes, not with the size of the mapping."),
            false,
            {
                { VMSCOPE_TRANSLATABLE("Scenario", "mmap 1 GiB"),
                    VMSCOPE_TRANSLATABLE("Scenario", "An anonymous mapping of 1 GiB Size with (almost) no Rss."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The 1 GiB anonymous row: Size against Rss.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "write 0-16 MiB"),
                    VMSCOPE_TRANSLATABLE(
                        "Scenario", "The mapping's Rss grew by about 16 MiB; its Size is still 1 GiB."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The 1 GiB anonymous row's Rss.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "write 16-32 MiB"),
                    VMSCOPE_TRANSLATABLE(
                        "Scenario", "The mapping's Rss grew by about 16 MiB; its Size is still 1 GiB."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The 1 GiB anonymous row's Rss.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "write 32-48 MiB"),
                    VMSCOPE_TRANSLATABLE(
                        "Scenario", "The mapping's Rss grew by about 16 MiB; its Size is still 1 GiB."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The 1 GiB anonymous row's Rss.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "write 48-64 MiB"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The mapping's Rss grew by about 16 MiB, to about 64 MiB; its Size is still 1 GiB."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The 1 GiB anonymous row's Rss.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "read 64-128 MiB (never written)"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "Rss did not grow: reading never-written pages mapped the shared zero page, which Rss does not "
                        "count."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The 1 GiB anonymous row's Rss, unchanged.") },
            } });

        all.push_back({ "fork-cow", VMSCOPE_TRANSLATABLE("Scenario", "fork and copy-on-write"),
            VMSCOPE_TRANSLATABLE("Scenario",
                "After fork, parent and child share every page until one of them writes it; only then does the "
                "kernel copy that page (copy-on-write). PSS divides a shared page's size among its users."),
            false,
            {
                { VMSCOPE_TRANSLATABLE("Scenario", "the parent writes 64 MiB"),
                    VMSCOPE_TRANSLATABLE("Scenario", "The parent's 64 MiB mapping is Private_Dirty, about 64 MiB."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The parent's 64 MiB anonymous row: Private_Dirty.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "fork"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "Parent and child share the 64 MiB: in both it is Shared_Dirty, and PSS is about half, 32 "
                        "MiB."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The same row in parent and child: Shared_Dirty and PSS.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "the child writes the first half"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The child's Private_Dirty grew by about 32 MiB (its copies) and the pages both share shrank "
                        "to about 32 MiB."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The child's row: Private_Dirty against Shared_Dirty.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "the child writes the rest"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "Nothing is shared any more: the mapping is about 64 MiB Private_Dirty in both processes."),
                    VMSCOPE_TRANSLATABLE("Scenario", "Both rows: Private_Dirty, PSS equal to Rss.") },
            } });

        all.push_back({ "shared-library", VMSCOPE_TRANSLATABLE("Scenario", "Shared libraries and PSS"),
            VMSCOPE_TRANSLATABLE("Scenario",
                "Every program that uses libc maps the same pages of its code. RSS counts them fully in each "
                "process; PSS divides each page among the processes that map it, so N copies cost each about 1/N."),
            false,
            {
                { VMSCOPE_TRANSLATABLE("Scenario", "one copy"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The copy's PSS for libc's code is at most its RSS (other programs may share the pages "
                        "already)."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The libc r-xp row of the process: Rss against Pss.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "N copies"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "Each copy's PSS for libc's code is about its RSS / N or less: the N copies (and other "
                        "programs) "
                        "share those pages."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The libc r-xp row in each copy: Pss against Rss.") },
            } });

        all.push_back({ "page-cache", VMSCOPE_TRANSLATABLE("Scenario", "The page cache"),
            VMSCOPE_TRANSLATABLE("Scenario",
                "File data passes through the page cache: read() fills it, and a later mapping of the same file uses "
                "the cached pages instead of reading again. The cache belongs to the kernel, not to the process."),
            false,
            {
                { VMSCOPE_TRANSLATABLE("Scenario", "create a 64 MiB file"),
                    VMSCOPE_TRANSLATABLE(
                        "Scenario", "The file's pages are in the page cache: writing went through it."),
                    VMSCOPE_TRANSLATABLE("Scenario", "Cached on the system page.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "posix_fadvise(DONTNEED)"),
                    VMSCOPE_TRANSLATABLE("Scenario", "The file's pages left the page cache."),
                    VMSCOPE_TRANSLATABLE("Scenario", "Cached on the system page dropped by about 64 MiB.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "read() the file"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The file is in the page cache again, but not in the process's RSS: read() copied it through a "
                        "small buffer."),
                    VMSCOPE_TRANSLATABLE("Scenario", "Cached on the system page, and the process's RSS.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "mmap the file and read it"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The file's mapping has about 64 MiB Rss, from the pages already cached: no new cache."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The file's row in the region table: Rss.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "munmap and posix_fadvise(DONTNEED)"),
                    VMSCOPE_TRANSLATABLE("Scenario", "The mapping is gone and the file's pages left the page cache."),
                    VMSCOPE_TRANSLATABLE("Scenario", "Cached on the system page.") },
            } });

        all.push_back({ "bad-faults", VMSCOPE_TRANSLATABLE("Scenario", "Bad memory accesses"),
            VMSCOPE_TRANSLATABLE("Scenario",
                "An access the address space does not allow ends in SIGSEGV. The signal's code tells why: "
                "SEGV_MAPERR when nothing is mapped at the address, SEGV_ACCERR when the mapping forbids the access."),
            false,
            {
                { VMSCOPE_TRANSLATABLE("Scenario", "read an unmapped address"),
                    VMSCOPE_TRANSLATABLE(
                        "Scenario", "The process died of SIGSEGV with code SEGV_MAPERR: nothing is mapped there."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The process list: the process is gone.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "write to its own code"),
                    VMSCOPE_TRANSLATABLE(
                        "Scenario", "The process died of SIGSEGV with code SEGV_ACCERR: the code is mapped, but r-xp."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The program's r-xp row held the address.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "read a kernel address"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "The process died of SIGSEGV with code SEGV_MAPERR: kernel memory is not in the process's "
                        "page tables."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The process list: the process is gone.") },
            } });

        all.push_back({ "oom", VMSCOPE_TRANSLATABLE("Scenario", "Out of memory in a memory cgroup"),
            VMSCOPE_TRANSLATABLE("Scenario",
                "A process that writes more memory than its memory cgroup allows is killed by the OOM killer with "
                "SIGKILL. The cgroup keeps the rest of the machine safe."),
            false,
            {
                { VMSCOPE_TRANSLATABLE("Scenario", "start in a 64 MiB memory cgroup"),
                    VMSCOPE_TRANSLATABLE("Scenario", "The process runs in a memory cgroup whose limit is 64 MiB."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The process's cgroup and its limit.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "write 32 MiB"),
                    VMSCOPE_TRANSLATABLE("Scenario", "RSS is about 32 MiB, below the limit: the process lives."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The process's RSS against the cgroup's limit.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "write 64 MiB more"),
                    VMSCOPE_TRANSLATABLE(
                        "Scenario", "The cgroup reached its limit: the OOM killer ended the process with SIGKILL."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The OOM kills on the timeline.") },
            } });

        all.push_back({ "overcommit", VMSCOPE_TRANSLATABLE("Scenario", "Overcommit"),
            VMSCOPE_TRANSLATABLE("Scenario",
                "Linux may promise more memory than it has. vm.overcommit_memory decides: 0 refuses only obvious "
                "overcommits, 1 refuses nothing, 2 refuses what exceeds the CommitLimit. Each step allocates 2 x RAM "
                "without touching it and sets the previous mode back right after."),
            true,
            {
                { VMSCOPE_TRANSLATABLE("Scenario", "mode 0: malloc(2 x RAM)"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "malloc returned NULL: 2 x RAM is more than RAM and swap together, an obvious overcommit."),
                    VMSCOPE_TRANSLATABLE("Scenario", "The process's VSZ, unchanged.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "mode 1: malloc(2 x RAM)"),
                    VMSCOPE_TRANSLATABLE("Scenario",
                        "malloc succeeded: VSZ grew by 2 x RAM, RSS did not, and Committed_AS rose above the "
                        "CommitLimit."),
                    VMSCOPE_TRANSLATABLE(
                        "Scenario", "The process's VSZ against its RSS; Committed_AS on the system page.") },
                { VMSCOPE_TRANSLATABLE("Scenario", "mode 2: malloc(2 x RAM)"),
                    VMSCOPE_TRANSLATABLE(
                        "Scenario", "malloc returned NULL: the allocation would exceed the CommitLimit."),
                    VMSCOPE_TRANSLATABLE("Scenario", "Committed_AS against CommitLimit on the system page.") },
            } });
        return all;
    }

} // namespace

const std::vector<Scenario>& teachingScenarios()
{
    static const std::vector<Scenario> scenarios = makeScenarios();
    return scenarios;
}

const Scenario* findScenario(std::string_view id)
{
    for (const Scenario& scenario : teachingScenarios())
        if (scenario.id == id)
            return &scenario;
    return nullptr;
}

} // namespace vmscope
