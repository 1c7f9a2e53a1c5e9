#include "widgets/common/Explanations.h"

#include "core/model/SmapsFields.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace vmscope {
namespace {
    constexpr const char* kProc = "Documentation/filesystems/proc.rst";
    constexpr const char* kConcepts = "Documentation/admin-guide/mm/concepts.rst";
    constexpr const char* kSysctlVm = "Documentation/admin-guide/sysctl/vm.rst";
    constexpr const char* kOvercommit = "Documentation/mm/overcommit-accounting.rst";
    constexpr const char* kCgroupV1 = "Documentation/admin-guide/cgroup-v1/memory.rst";
    constexpr const char* kCgroupV2 = "Documentation/admin-guide/cgroup-v2.rst";
    constexpr const char* kPsi = "Documentation/accounting/psi.rst";
    constexpr const char* kThp = "Documentation/admin-guide/mm/transhuge.rst";
    constexpr const char* kOomKill = "mm/oom_kill.c";

    // Definitions paraphrase the kernel documentation named beside each; where core already
    // explains an smaps field the term takes that text (smapsKey).
    const std::array kTerms = std::to_array<GlossaryTerm>({
        { "vma", QT_TRANSLATE_NOOP("vmscope::Glossary", "VMA (virtual memory area)"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "A contiguous range of a process's virtual addresses with the same permissions and the same "
                "backing, a file or anonymous memory. Every line of /proc/PID/maps is one VMA."),
            "", kProc, "virtual-address-space smaps file-backed anonymous", "VMA|VMAs|Regions" },
        { "virtual-address-space", QT_TRANSLATE_NOOP("vmscope::Glossary", "Virtual address space"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The addresses a process can use. The kernel maps its pages to physical memory only when "
                "they are touched, so most of it is usually backed by nothing."),
            "", kConcepts, "vma vsz demand-paging aslr page" },
        { "page", QT_TRANSLATE_NOOP("vmscope::Glossary", "Page"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The unit in which the kernel manages memory: 4 KiB on x86_64. Virtual pages are mapped to "
                "physical page frames by the page tables."),
            "", kConcepts, "huge-page page-tables page-fault" },
        { "page-tables", QT_TRANSLATE_NOOP("vmscope::Glossary", "Page tables"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The kernel's tables that translate a process's virtual pages to physical frames. They take "
                "memory themselves (VmPTE), and the OOM killer counts them against the process."),
            "", kConcepts, "page oom-score", "Page Tables|Page tables|VmPTE" },
        { "rss", QT_TRANSLATE_NOOP("vmscope::Glossary", "RSS (resident set size)"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The memory of a process that is in RAM right now: every resident page it maps, a page shared "
                "with other processes counted in full for each of them."),
            QT_TRANSLATE_NOOP("vmscope::Glossary", "RSS = RssAnon + RssFile + RssShmem = Σ Rss over the VMAs"), kProc,
            "pss uss vsz swap", "RSS|Rss|VmRSS" },
        { "pss", QT_TRANSLATE_NOOP("vmscope::Glossary", "PSS (proportional set size)"), "",
            QT_TRANSLATE_NOOP("vmscope::Glossary", "PSS = Σ over resident pages of 1 / (processes mapping the page)"),
            kProc, "rss uss swappss", "PSS|Pss|Average PSS", "Pss" },
        { "uss", QT_TRANSLATE_NOOP("vmscope::Glossary", "USS (unique set size)"), "",
            QT_TRANSLATE_NOOP("vmscope::Glossary", "USS = Private_Clean + Private_Dirty"), kProc, "rss pss", "USS|Uss",
            "Uss" },
        { "vsz", QT_TRANSLATE_NOOP("vmscope::Glossary", "VSZ (virtual size)"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The size of all of a process's VMAs: address space reserved, not memory used. A large VSZ "
                "with a small RSS is normal."),
            QT_TRANSLATE_NOOP("vmscope::Glossary", "VSZ = VmSize = Σ Size over the VMAs"), kProc,
            "rss virtual-address-space overcommit", "VSZ|VmSize|Size" },
        { "swap", QT_TRANSLATE_NOOP("vmscope::Glossary", "Swap"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "A disk area (partition or file) where the kernel writes anonymous pages it reclaims, so that "
                "their RAM can be reused; touching such a page reads it back (a major fault)."),
            QT_TRANSLATE_NOOP("vmscope::Glossary", "Swap used = SwapTotal − SwapFree"), kProc,
            "swappss reclaim anonymous page-fault", "Swap|VmSwap|Swap used" },
        { "swappss", QT_TRANSLATE_NOOP("vmscope::Glossary", "SwapPss"), "",
            QT_TRANSLATE_NOOP("vmscope::Glossary", "SwapPss = Σ over swapped pages of 1 / (sharers)"), kProc,
            "swap pss", "SwapPss", "SwapPss" },
        { "anonymous", QT_TRANSLATE_NOOP("vmscope::Glossary", "Anonymous memory"), "", "", kConcepts,
            "file-backed swap copy-on-write shmem", "AnonPages|Anonymous", "Anonymous" },
        { "file-backed", QT_TRANSLATE_NOOP("vmscope::Glossary", "File-backed memory"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "Pages that hold the contents of a file (program code, libraries, mapped data). Clean ones "
                "can be dropped and read again from the file, so they never go to swap."),
            "", kConcepts, "page-cache anonymous dirty" },
        { "shmem", QT_TRANSLATE_NOOP("vmscope::Glossary", "Shared memory (shmem)"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "Memory in tmpfs, SysV and POSIX shared memory and shared anonymous mappings. It is counted "
                "in Cached but behaves like anonymous memory: it can only be reclaimed to swap."),
            "", kProc, "page-cache anonymous swap", "Shmem|RssShmem" },
        { "huge-page", QT_TRANSLATE_NOOP("vmscope::Glossary", "Huge page / THP"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "A page larger than the base page (2 MiB on x86_64), mapped by one page-table entry to save "
                "TLB entries. Transparent huge pages (THP) are used for anonymous memory without the program "
                "asking; hugetlbfs pages are reserved in advance."),
            "", kThp, "page page-tables", "AnonHugePages|HugePages" },
        { "page-cache", QT_TRANSLATE_NOOP("vmscope::Glossary", "Page cache"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "File data the kernel keeps in RAM after reading or writing it, so that the next access needs "
                "no disk. It is reclaimed when memory is needed; that is why free memory is usually small."),
            QT_TRANSLATE_NOOP("vmscope::Glossary", "buff/cache = Buffers + Cached + SReclaimable"), kProc,
            "dirty clean reclaim memavailable", "Cached|Cache|buff/cache" },
        { "memavailable", QT_TRANSLATE_NOOP("vmscope::Glossary", "MemAvailable"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The kernel's estimate of how much memory can be allocated without swapping: free memory "
                "plus the page cache and reclaimable slab it could drop, minus the watermarks."),
            "", kProc, "page-cache watermark", "MemAvailable|available" },
        { "dirty", QT_TRANSLATE_NOOP("vmscope::Glossary", "Dirty"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "A page changed in RAM and not yet written back to its file or to swap. It cannot be dropped "
                "until it has been written."),
            "", kProc, "writeback clean page-cache", "Dirty|Pss_Dirty|Private_Dirty|Shared_Dirty" },
        { "writeback", QT_TRANSLATE_NOOP("vmscope::Glossary", "Writeback"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "Dirty pages being written to disk right now. The flusher threads start it after "
                "vm.dirty_expire_centisecs or when dirty memory passes vm.dirty_background_ratio."),
            "", kSysctlVm, "dirty clean", "Writeback" },
        { "clean", QT_TRANSLATE_NOOP("vmscope::Glossary", "Clean"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "A page whose contents equal what is on disk (or a page never written). The kernel can drop "
                "it at once and read it again when needed."),
            "", kProc, "dirty reclaim", "Private_Clean|Shared_Clean" },
        { "reclaim", QT_TRANSLATE_NOOP("vmscope::Glossary", "Reclaim"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "Freeing pages that are in use: dropping clean page cache, writing dirty pages back, swapping "
                "anonymous pages out. kswapd does it in the background; an allocation that finds too little "
                "free memory does it itself (direct reclaim)."),
            "", kConcepts, "kswapd watermark swap page-cache", "direct scan|Reclaimable" },
        { "kswapd", QT_TRANSLATE_NOOP("vmscope::Glossary", "kswapd"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The kernel thread, one per NUMA node, that reclaims memory in the background. It is woken "
                "when a zone's free pages fall below the low watermark and sleeps again above high."),
            "", kSysctlVm, "watermark reclaim zone", "kswapd scan" },
        { "watermark", QT_TRANSLATE_NOOP("vmscope::Glossary", "Watermark (min, low, high)"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "Per-zone thresholds of free pages. Below low, kswapd is woken; below min, allocations must "
                "reclaim themselves (direct reclaim) and only critical ones may go further; kswapd stops at "
                "high."),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "min ≈ min_free_kbytes split by zone size; low = min + gap; high = min + 2 × gap, gap = "
                "max(min / 4, managed × watermark_scale_factor / 10000)"),
            kSysctlVm, "zone kswapd reclaim", "min|low|high|Watermarks" },
        { "zone", QT_TRANSLATE_NOOP("vmscope::Glossary", "Zone"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "A range of physical memory with its own free lists and watermarks: DMA (below 16 MiB), "
                "DMA32 (below 4 GiB), Normal, Movable. Allocations that need low addresses come from the low "
                "zones."),
            "", kConcepts, "watermark buddy-allocator", "Zone" },
        { "buddy-allocator", QT_TRANSLATE_NOOP("vmscope::Glossary", "Buddy allocator and order"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The kernel's page allocator keeps free memory in blocks of 2^order contiguous pages (order 0 "
                "to 10) and splits or merges buddies as needed. /proc/buddyinfo counts the free blocks per "
                "order."),
            QT_TRANSLATE_NOOP("vmscope::Glossary", "block size = 2^order × page size"), kProc,
            "fragmentation zone page", "Order" },
        { "fragmentation", QT_TRANSLATE_NOOP("vmscope::Glossary", "Fragmentation"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "Free memory scattered in small blocks: plenty of order-0 pages but no high-order block, so "
                "an allocation of contiguous pages fails or must wait for compaction."),
            "", kProc, "buddy-allocator huge-page" },
        { "overcommit", QT_TRANSLATE_NOOP("vmscope::Glossary", "Overcommit (modes)"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "Whether the kernel promises more memory than it has. vm.overcommit_memory 0: a heuristic "
                "refuses only obviously impossible requests; 1: always yes; 2: strict, no more than "
                "CommitLimit."),
            "", kOvercommit, "commitlimit committed-as demand-paging oom-killer", "overcommit_memory" },
        { "commitlimit", QT_TRANSLATE_NOOP("vmscope::Glossary", "CommitLimit"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The most memory the kernel promises in strict overcommit mode (2); in the other modes it is "
                "only shown."),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "CommitLimit = (MemTotal − hugetlb) × overcommit_ratio / 100 + SwapTotal (or "
                "overcommit_kbytes + SwapTotal)"),
            kOvercommit, "committed-as overcommit", "CommitLimit" },
        { "committed-as", QT_TRANSLATE_NOOP("vmscope::Glossary", "Committed_AS"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The memory promised to all processes: every private writable mapping, whether touched or "
                "not. In strict mode an allocation that would take it past CommitLimit fails."),
            "", kProc, "commitlimit overcommit", "Committed_AS|Committed" },
        { "oom-killer", QT_TRANSLATE_NOOP("vmscope::Glossary", "OOM killer"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "When memory cannot be found even after reclaim, the kernel (or a memory cgroup at its limit) "
                "kills the task with the highest badness to free its memory, and logs a report."),
            "", kOomKill, "oom-score oom-score-adj memory-cgroup overcommit", "OOM kills|oom_kill" },
        { "oom-score", QT_TRANSLATE_NOOP("vmscope::Glossary", "OOM score"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The OOM killer's badness of a task, printed in /proc/PID/oom_score: the highest is killed "
                "first. Points count the task's resident pages, swap entries and page tables."),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "points = RSS + swap entries + page tables (pages) + oom_score_adj × total pages / 1000; "
                "oom_score = (1000 + points × 1000 / total pages) × 2 / 3 (since 5.9)"),
            kOomKill, "oom-killer oom-score-adj rss page-tables", "OOM Score|OOM score|oom_score|Points" },
        { "oom-score-adj", QT_TRANSLATE_NOOP("vmscope::Glossary", "oom_score_adj"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "A per-process adjustment of the OOM score from −1000 (never kill) to +1000 (kill first). "
                "Lowering it below its minimum needs CAP_SYS_RESOURCE."),
            "", kProc, "oom-score oom-killer", "OOM Adj|adj|oom_score_adj" },
        { "memory-cgroup", QT_TRANSLATE_NOOP("vmscope::Glossary", "Memory cgroup"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "A group of processes whose memory is counted together and can be limited (memory.max in v2, "
                "memory.limit_in_bytes in v1). At the limit the group is reclaimed and, failing that, its own "
                "OOM killer runs."),
            "", kCgroupV2, "oom-killer psi", "Memory peak|cgroup" },
        { "psi", QT_TRANSLATE_NOOP("vmscope::Glossary", "PSI (pressure stall information)"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The share of time tasks were stalled waiting for memory: \"some\" when at least one task "
                "waited, \"full\" when all non-idle tasks did at once. /proc/pressure/memory gives 10, 60 and "
                "300 second averages."),
            "", kPsi, "reclaim memory-cgroup", "PSI some %|PSI full %|PSI" },
        { "copy-on-write", QT_TRANSLATE_NOOP("vmscope::Glossary", "Copy-on-write"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "After fork, or in a private file mapping, parent and child share pages read-only; the first "
                "write to a page makes a private copy for the writer. Shared_* turns into Private_Dirty."),
            "", kConcepts, "anonymous page-fault vma", "Perms" },
        { "demand-paging", QT_TRANSLATE_NOOP("vmscope::Glossary", "Demand paging"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "malloc and mmap reserve addresses only; a physical page is given when the address is first "
                "touched, by a page fault. RSS grows page by page as memory is used."),
            "", kConcepts, "page-fault zero-page overcommit vsz" },
        { "page-fault", QT_TRANSLATE_NOOP("vmscope::Glossary", "Page fault (minor, major)"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The trap taken when a process touches a page that is not mapped yet. A minor fault is served "
                "from RAM (a new zeroed page or one already in the page cache); a major fault has to read from "
                "disk or swap."),
            "", kConcepts, "demand-paging swap page-cache", "minor faults|major faults" },
        { "zero-page", QT_TRANSLATE_NOOP("vmscope::Glossary", "Zero page"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "One shared page full of zeros. Reading anonymous memory that was never written maps it "
                "instead of a new page; the first write replaces it by a private page."),
            "", "mm/memory.c", "demand-paging copy-on-write" },
        { "heap", QT_TRANSLATE_NOOP("vmscope::Glossary", "Program break / heap"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The [heap] area right after the program's data, grown and shrunk with brk(). malloc serves "
                "small allocations from it."),
            "", kProc, "mmap-threshold vma", "[heap]" },
        { "mmap-threshold", QT_TRANSLATE_NOOP("vmscope::Glossary", "mmap threshold"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "glibc malloc gives allocations at or above M_MMAP_THRESHOLD (128 KiB by default) their own "
                "anonymous mapping instead of a piece of the heap; free() returns them to the kernel at once."),
            "", "man 3 mallopt", "heap anonymous" },
        { "stack", QT_TRANSLATE_NOOP("vmscope::Glossary", "Stack and guard page"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "[stack] holds the main thread's calls and locals and grows down on demand; thread stacks are "
                "anonymous mappings. An inaccessible guard area (---p) below a stack turns an overflow into a "
                "fault instead of corruption."),
            "", kProc, "vma heap", "[stack]" },
        { "aslr", QT_TRANSLATE_NOOP("vmscope::Glossary", "ASLR"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "Address space layout randomisation: the stack, heap, mmap base and position-independent "
                "executables start at random addresses each run (kernel.randomize_va_space)."),
            "", "Documentation/admin-guide/sysctl/kernel.rst", "virtual-address-space" },
        { "smaps", QT_TRANSLATE_NOOP("vmscope::Glossary", "smaps and smaps_rollup"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "/proc/PID/smaps lists every VMA with its memory counters (Rss, Pss, Swap, ...); smaps_rollup "
                "sums them for the whole process and is much cheaper to read."),
            "", kProc, "vma rss pss uss" },
        { "slab", QT_TRANSLATE_NOOP("vmscope::Glossary", "Slab"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "The kernel's allocator for its own small objects (inodes, dentries, ...). SReclaimable can "
                "be freed under pressure, SUnreclaim cannot."),
            "", kProc, "reclaim page-cache", "SReclaimable|SUnreclaim|Slab" },
        { "buffers", QT_TRANSLATE_NOOP("vmscope::Glossary", "Buffers"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "Page cache of block devices read directly: file-system metadata such as superblocks and "
                "directories of some file systems."),
            "", kProc, "page-cache", "Buffers" },
        { "memfree", QT_TRANSLATE_NOOP("vmscope::Glossary", "MemFree"),
            QT_TRANSLATE_NOOP("vmscope::Glossary",
                "Memory nobody uses at all. Linux keeps it small on purpose, using spare RAM as page cache; "
                "MemAvailable is the better answer to how much is left."),
            "", kProc, "memavailable page-cache", "MemFree|free" },
        { "pid", QT_TRANSLATE_NOOP("vmscope::Glossary", "PID"),
            QT_TRANSLATE_NOOP(
                "vmscope::Glossary", "The process id: the number under which /proc/PID holds the process's files."),
            "", kProc, "smaps", "PID|PIDs" },
    });

    QString translated(const char* text)
    {
        return text && *text ? QCoreApplication::translate("vmscope::Glossary", text) : QString();
    }

    QString stripUnitSuffix(QString title)
    {
        title = title.trimmed();
        if (title.endsWith(QLatin1String(" %")))
            title.chop(2);
        return title;
    }
} // namespace

std::span<const GlossaryTerm> glossaryTerms()
{
    return kTerms;
}

const GlossaryTerm* glossaryTerm(const QString& id)
{
    for (const GlossaryTerm& term : kTerms)
        if (id == QLatin1String(term.id))
            return &term;
    return nullptr;
}

const GlossaryTerm* glossaryTermForTitle(const QString& title)
{
    const QString wanted = stripUnitSuffix(title);
    if (wanted.isEmpty())
        return nullptr;
    for (const GlossaryTerm& term : kTerms) {
        const QStringList aliases = QString::fromLatin1(term.aliases).split(u'|', Qt::SkipEmptyParts);
        for (const QString& alias : aliases)
            if (alias.compare(wanted, Qt::CaseInsensitive) == 0)
                return &term;
    }
    return nullptr;
}

QString termName(const GlossaryTerm& term)
{
    return translated(term.name);
}

QString termDefinition(const GlossaryTerm& term)
{
    if (*term.smapsKey)
        return QCoreApplication::translate("vmscope::SmapsFields", smapsKeyExplanation(term.smapsKey).data());
    return translated(term.definition);
}

QString termFormula(const GlossaryTerm& term)
{
    return translated(term.formula);
}

QStringList termSeeAlso(const GlossaryTerm& term)
{
    return QString::fromLatin1(term.seeAlso).split(u' ', Qt::SkipEmptyParts);
}

QString glossaryLink(const QString& id)
{
    return QStringLiteral("glossary:") + id;
}

QString glossaryIdOfLink(const QString& href)
{
    static const QLatin1String scheme("glossary:");
    return href.startsWith(scheme) ? href.mid(scheme.size()) : QString();
}

QString glossaryEntryHtml(const GlossaryTerm& term)
{
    QString html = QStringLiteral("<p>%1</p>").arg(termDefinition(term).toHtmlEscaped());
    if (const QString formula = termFormula(term); !formula.isEmpty())
        html += QStringLiteral("<p><code>%1</code></p>").arg(formula.toHtmlEscaped());
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(QCoreApplication::translate("vmscope::Glossary", "Source: %1")
                         .arg(QString::fromLatin1(term.source).toHtmlEscaped()));
    html += seeAlsoHtml(termSeeAlso(term));
    return html;
}

QString seeAlsoHtml(const QStringList& termIds)
{
    QStringList links;
    for (const QString& id : termIds)
        if (const GlossaryTerm* other = glossaryTerm(id))
            links << QStringLiteral("<a href=\"%1\">%2</a>").arg(glossaryLink(id), termName(*other).toHtmlEscaped());
    if (links.isEmpty())
        return {};
    return QStringLiteral("<p>%1</p>")
        .arg(QCoreApplication::translate("vmscope::Glossary", "See also: %1").arg(links.join(QStringLiteral(", "))));
}

QString explanationHtml(const QString& termId)
{
    return explanationHtml(QString(), termId);
}

QString explanationHtml(const QString& lead, const QString& termId)
{
    QString html;
    if (!lead.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(lead.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    if (const GlossaryTerm* term = glossaryTerm(termId)) {
        html += QStringLiteral("<p><b><a href=\"%1\">%2</a></b></p>")
                    .arg(glossaryLink(termId), termName(*term).toHtmlEscaped());
        html += glossaryEntryHtml(*term);
    }
    return html;
}

QString columnWhatsThis(const QAbstractItemModel* model, int section)
{
    const QString title = model->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
    const QString toolTip = model->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString();
    const GlossaryTerm* term = glossaryTermForTitle(title);
    if (toolTip.isEmpty() && !term)
        return {};
    const QString lead = toolTip.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(title, toolTip);
    return explanationHtml(lead, term ? QString::fromLatin1(term->id) : QString());
}

QStringList linkedGlossaryIds(const QString& html)
{
    static const QRegularExpression link(QStringLiteral("href=\"glossary:([^\"]+)\""));
    QStringList ids;
    for (auto it = link.globalMatch(html); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

} // namespace vmscope
