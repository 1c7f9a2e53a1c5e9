<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AslrMode</name>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="139"/>
        <source>no randomisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="141"/>
        <source>conservative: stack, mmap base, VDSO and shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="143"/>
        <source>full randomisation incl. heap/brk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="145"/>
        <source>unknown mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDescription</name>
    <message>
        <location filename="../app/gui/CaptureDescription.cpp" line="37"/>
        <source>vmscope.json is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CaptureDescription.cpp" line="66"/>
        <source>Capture of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CaptureDescription.cpp" line="68"/>
        <source>Capture of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CaptureDescription.cpp" line="69"/>
        <source>Capture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CaptureDescription.cpp" line="76"/>
        <source>kernel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/CaptureDescription.cpp" line="78"/>
        <source>taken by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/CaptureDescription.cpp" line="80"/>
        <source>%n samples (the last one is shown)</source>
        <translation>
            <numerusform>%n sample (it is shown)</numerusform>
            <numerusform>%n samples (the last one is shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/CaptureDescription.cpp" line="83"/>
        <source>%n file(s) could not be read when it was taken</source>
        <translation>
            <numerusform>%n file could not be read when it was taken</numerusform>
            <numerusform>%n files could not be read when it was taken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/CaptureDescription.cpp" line="89"/>
        <source>Figures are as they were then: nothing refreshes, and nothing here acts on a running system. File ▸ Open capture opens another; the live system stays in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutAddress</name>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="47"/>
        <source>The address above which program text can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="49"/>
        <source>The address below which program text can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="51"/>
        <source>The address above which initialized and uninitialized (BSS) data are placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="54"/>
        <source>The address below which initialized and uninitialized (BSS) data are placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="57"/>
        <source>The address above which the heap can be expanded with brk(2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="59"/>
        <source>The current program break, the end of the heap that brk(2) grows (the end of the [heap] mapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="63"/>
        <source>The address of the start (bottom) of the stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="65"/>
        <source>The address above which the program&apos;s command-line arguments (argv) are placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="68"/>
        <source>The address below which the program&apos;s command-line arguments (argv) are placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="71"/>
        <source>The address above which the program&apos;s environment is placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="73"/>
        <source>The address below which the program&apos;s environment is placed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryLimit</name>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="120"/>
        <source>The maximum size of the process&apos;s virtual memory (address space); mmap and brk fail beyond it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="123"/>
        <source>The maximum size of the data segment and, since 4.7, of private writable mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="126"/>
        <source>The maximum size of the process stack; beyond it the process gets SIGSEGV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="129"/>
        <source>The maximum number of bytes of memory that may be locked into RAM (mlock).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OomExplanation</name>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="17"/>
        <source>an unknown kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="19"/>
        <source>kernel %1.%2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="26"/>
        <source>On %1 (5.9 and later) oom_score = (1000 + points × 1000 / total pages) × 2 / 3, from 0 to 2000: an ordinary small process reads 666, one with oom_score_adj +1000 about 1332.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="30"/>
        <source>On %1 (2.6.36 to 5.8) oom_score = points × 1000 / total pages, at least 1: the process&apos;s share of RAM + swap in thousandths (0 to 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="34"/>
        <source>On %1 (before 2.6.36) oom_score is the old heuristic of size, CPU time, age and nice, scaled by oom_adj; it cannot be recomputed from /proc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="44"/>
        <source>%1 (PID %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="47"/>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="50"/>
        <source>points = %1 (RSS) + %2 (swap) + %3 (page tables) + %4 (adj: %5 × %6) = %7 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="54"/>
        <source>the kernel says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="55"/>
        <source>the kernel&apos;s oom_score could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="58"/>
        <source>oom_score = 0: never chosen (oom_score_adj -1000 / init) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="60"/>
        <source>oom_score cannot be recomputed on this kernel — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="62"/>
        <source>oom_score = (1000 + %1 × 1000 / %2) × 2 / 3 = %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="65"/>
        <source>oom_score = %1 × 1000 / %2 = %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="68"/>
        <source>Total pages = RAM + swap = %1 pages of %2 KiB; RSS, swap and page tables are the process&apos;s VmRSS, VmSwap and VmPTE in pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="73"/>
        <source>The kernel&apos;s figure differs: oom_badness reads the RSS counters without adding up their per-CPU parts (cheap, but a few dozen pages off on 6.2 and later), while status adds them up (6.16 and later); or the process changed between the two reads. Near a boundary of the integer division that moves the score by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomExplanation.cpp" line="79"/>
        <source>This process has the most points: a global OOM kill now would choose it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OomReportView</name>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="40"/>
        <source>not printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/experiments/ExperimentRun.cpp" line="22"/>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentRun.cpp" line="37"/>
        <source>no step number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleFigures</name>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="22"/>
        <source>MemFree: RAM nobody uses at all, not even the page cache. Low is normal: unused RAM is wasted RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="27"/>
        <source>MemAvailable: the kernel&apos;s estimate of what can still be allocated without swapping (free memory plus the cache and slab it can drop). This is the number to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="31"/>
        <source>Cached: the page cache (file data kept in RAM after a read or write) plus shmem/tmpfs. It grows while files are read and is given back when programs need the memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="36"/>
        <source>Buffers: block-device metadata cached in RAM (superblocks, directories of some file systems). Usually small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="40"/>
        <source>Dirty: file data changed in RAM and not yet written to disk. sync writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="42"/>
        <source>Writeback: dirty data being written to disk right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="45"/>
        <source>AnonPages: memory of programs not backed by a file (heaps, stacks, malloc). It can only be freed by the program or pushed to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="50"/>
        <source>Shmem: shared memory and tmpfs files (counted inside Cached, yet it cannot be dropped like the page cache).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="55"/>
        <source>SReclaimable: kernel slab caches that can be freed under pressure (dentries, inodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="59"/>
        <source>SUnreclaim: kernel slab objects in use that cannot be reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="61"/>
        <source>Swap used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="62"/>
        <source>Swap used: SwapTotal − SwapFree, pages pushed out to the swap device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="65"/>
        <source>Committed_AS: the memory promised to processes (private writable mappings), touched or not. Under vm.overcommit_memory = 2 an allocation that would take it above CommitLimit fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="70"/>
        <source>CommitLimit: swap + (RAM − huge pages) × vm.overcommit_ratio / 100 (or vm.overcommit_kbytes). Enforced only in strict mode (vm.overcommit_memory = 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="73"/>
        <source>PSI some %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="74"/>
        <source>Pressure stall information, /proc/pressure/memory &quot;some&quot; avg10: the share of the last 10 s in which at least one task waited for memory (reclaim, refaults, swap-in). Right axis, percent. Absent on kernels without PSI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="79"/>
        <source>PSI full %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="80"/>
        <source>Pressure stall information &quot;full&quot; avg10: the share of the last 10 s in which every runnable task waited for memory at once: time the machine did no work at all. Right axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="218"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="220"/>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/SampleFigures.cpp" line="222"/>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="12"/>
        <source>Where a program&apos;s variables live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="13"/>
        <source>A program&apos;s variables live in different regions of its address space: initialised globals in the data segment, zeroed ones in bss, constants in read-only data, locals on the stack, large allocations in their own mappings and each thread on a stack of its own. Find each one in the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="19"/>
        <source>globals and a constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="20"/>
        <source>The initialised global lies in the program&apos;s writable file mapping (data), the zeroed array in a writable mapping of the program or the anonymous one right after it (bss), the constant in a read-only mapping of the program (rodata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="25"/>
        <source>The program&apos;s own rows at the top of the region table, by their permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="27"/>
        <source>a 16 KiB local array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="28"/>
        <source>The local array lies in the [stack] region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="29"/>
        <source>The [stack] row at the bottom of the region table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="30"/>
        <source>malloc(40 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="31"/>
        <source>The 40 MiB block lies in an anonymous mapping of its own, at least 40 MiB large, not in the [heap].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="34"/>
        <source>An anonymous row of about 40 MiB Size in the region table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="35"/>
        <source>a thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="36"/>
        <source>The thread&apos;s local variable lies in an anonymous writable mapping (its stack), with an inaccessible guard page (---p) right below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="39"/>
        <source>An anonymous rw-p row of about 8 MiB and the ---p row just below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="43"/>
        <source>Small and large malloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="44"/>
        <source>malloc serves small requests from the heap, which it grows by moving the program break in steps of about 132 KiB, and gives each request of 128 KiB or more (the mmap threshold) its own anonymous mapping. mallopt changes that threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="50"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="51"/>
        <source>The program has not called malloc yet: there is no [heap] region, the program break is where the kernel put it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="54"/>
        <source>The region table: no [heap] row after the program&apos;s rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="55"/>
        <source>malloc(8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="56"/>
        <source>The program break moved up by about 132 KiB: the [heap] appeared to hold the 8 bytes and malloc&apos;s reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="59"/>
        <location filename="../core/teaching/Scenarios.cpp" line="85"/>
        <source>The [heap] row&apos;s Size in the region table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="60"/>
        <source>malloc(4083)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="61"/>
        <location filename="../core/teaching/Scenarios.cpp" line="65"/>
        <source>The break did not move: malloc took the bytes from the reserve already in the heap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="63"/>
        <location filename="../core/teaching/Scenarios.cpp" line="67"/>
        <source>The [heap] row&apos;s Size, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="64"/>
        <source>malloc(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="68"/>
        <source>malloc(136168)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="69"/>
        <source>The request is above the mmap threshold (128 KiB): it got an anonymous mapping of its own, the heap is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="72"/>
        <source>A new anonymous row of about 136 KiB in the region table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="73"/>
        <source>malloc(200000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="74"/>
        <source>Above the threshold again: a second anonymous mapping of its own, the heap is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="76"/>
        <source>A new anonymous row of about 196 KiB in the region table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="77"/>
        <source>mallopt(M_MMAP_THRESHOLD, 1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="78"/>
        <source>No region changed: only malloc&apos;s rule did; requests up to 1 MiB now come from the heap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="80"/>
        <source>The region table, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="81"/>
        <source>malloc(200000) again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="82"/>
        <source>Now below the threshold: the block lies in the [heap], which grew by at least 200000 bytes; no new mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="88"/>
        <source>Demand paging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="89"/>
        <source>Mapping memory only reserves addresses: the kernel gives a page frame when a page is first written. Reading never-written anonymous memory maps the shared zero page, which costs nothing, so RSS grows with writes, not with the size of the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="95"/>
        <source>mmap 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="96"/>
        <source>An anonymous mapping of 1 GiB Size with (almost) no Rss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="97"/>
        <source>The 1 GiB anonymous row: Size against Rss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="98"/>
        <source>write 0-16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="99"/>
        <location filename="../core/teaching/Scenarios.cpp" line="103"/>
        <location filename="../core/teaching/Scenarios.cpp" line="107"/>
        <source>The mapping&apos;s Rss grew by about 16 MiB; its Size is still 1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="101"/>
        <location filename="../core/teaching/Scenarios.cpp" line="105"/>
        <location filename="../core/teaching/Scenarios.cpp" line="109"/>
        <location filename="../core/teaching/Scenarios.cpp" line="113"/>
        <source>The 1 GiB anonymous row&apos;s Rss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="102"/>
        <source>write 16-32 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="106"/>
        <source>write 32-48 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="110"/>
        <source>write 48-64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="111"/>
        <source>The mapping&apos;s Rss grew by about 16 MiB, to about 64 MiB; its Size is still 1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="114"/>
        <source>read 64-128 MiB (never written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="115"/>
        <source>Rss did not grow: reading never-written pages mapped the shared zero page, which Rss does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="118"/>
        <source>The 1 GiB anonymous row&apos;s Rss, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="121"/>
        <source>fork and copy-on-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="122"/>
        <source>After fork, parent and child share every page until one of them writes it; only then does the kernel copy that page (copy-on-write). PSS divides a shared page&apos;s size among its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="127"/>
        <source>the parent writes 64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="128"/>
        <source>The parent&apos;s 64 MiB mapping is Private_Dirty, about 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="129"/>
        <source>The parent&apos;s 64 MiB anonymous row: Private_Dirty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="130"/>
        <source>fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="131"/>
        <source>Parent and child share the 64 MiB: in both it is Shared_Dirty, and PSS is about half, 32 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="134"/>
        <source>The same row in parent and child: Shared_Dirty and PSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="135"/>
        <source>the child writes the first half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="136"/>
        <source>The child&apos;s Private_Dirty grew by about 32 MiB (its copies) and the pages both share shrank to about 32 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="139"/>
        <source>The child&apos;s row: Private_Dirty against Shared_Dirty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="140"/>
        <source>the child writes the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="141"/>
        <source>Nothing is shared any more: the mapping is about 64 MiB Private_Dirty in both processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="143"/>
        <source>Both rows: Private_Dirty, PSS equal to Rss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="146"/>
        <source>Shared libraries and PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="147"/>
        <source>Every program that uses libc maps the same pages of its code. RSS counts them fully in each process; PSS divides each page among the processes that map it, so N copies cost each about 1/N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="152"/>
        <source>one copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="153"/>
        <source>The copy&apos;s PSS for libc&apos;s code is at most its RSS (other programs may share the pages already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="156"/>
        <source>The libc r-xp row of the process: Rss against Pss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="157"/>
        <source>N copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="158"/>
        <source>Each copy&apos;s PSS for libc&apos;s code is about its RSS / N or less: the N copies (and other programs) share those pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="162"/>
        <source>The libc r-xp row in each copy: Pss against Rss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="165"/>
        <source>The page cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="166"/>
        <source>File data passes through the page cache: read() fills it, and a later mapping of the same file uses the cached pages instead of reading again. The cache belongs to the kernel, not to the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="171"/>
        <source>create a 64 MiB file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="172"/>
        <source>The file&apos;s pages are in the page cache: writing went through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="174"/>
        <location filename="../core/teaching/Scenarios.cpp" line="189"/>
        <source>Cached on the system page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="175"/>
        <source>posix_fadvise(DONTNEED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="176"/>
        <source>The file&apos;s pages left the page cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="177"/>
        <source>Cached on the system page dropped by about 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="178"/>
        <source>read() the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="179"/>
        <source>The file is in the page cache again, but not in the process&apos;s RSS: read() copied it through a small buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="182"/>
        <source>Cached on the system page, and the process&apos;s RSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="183"/>
        <source>mmap the file and read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="184"/>
        <source>The file&apos;s mapping has about 64 MiB Rss, from the pages already cached: no new cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="186"/>
        <source>The file&apos;s row in the region table: Rss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="187"/>
        <source>munmap and posix_fadvise(DONTNEED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="188"/>
        <source>The mapping is gone and the file&apos;s pages left the page cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="192"/>
        <source>Bad memory accesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="193"/>
        <source>An access the address space does not allow ends in SIGSEGV. The signal&apos;s code tells why: SEGV_MAPERR when nothing is mapped at the address, SEGV_ACCERR when the mapping forbids the access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="198"/>
        <source>read an unmapped address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="199"/>
        <source>The process died of SIGSEGV with code SEGV_MAPERR: nothing is mapped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="201"/>
        <location filename="../core/teaching/Scenarios.cpp" line="210"/>
        <source>The process list: the process is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="202"/>
        <source>write to its own code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="203"/>
        <source>The process died of SIGSEGV with code SEGV_ACCERR: the code is mapped, but r-xp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="205"/>
        <source>The program&apos;s r-xp row held the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="206"/>
        <source>read a kernel address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="207"/>
        <source>The process died of SIGSEGV with code SEGV_MAPERR: kernel memory is not in the process&apos;s page tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="213"/>
        <source>Out of memory in a memory cgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="214"/>
        <source>A process that writes more memory than its memory cgroup allows is killed by the OOM killer with SIGKILL. The cgroup keeps the rest of the machine safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="219"/>
        <source>start in a 64 MiB memory cgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="220"/>
        <source>The process runs in a memory cgroup whose limit is 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="221"/>
        <source>The process&apos;s cgroup and its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="222"/>
        <source>write 32 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="223"/>
        <source>RSS is about 32 MiB, below the limit: the process lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="224"/>
        <source>The process&apos;s RSS against the cgroup&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="225"/>
        <source>write 64 MiB more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="226"/>
        <source>The cgroup reached its limit: the OOM killer ended the process with SIGKILL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="228"/>
        <source>The OOM kills on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="231"/>
        <source>Overcommit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="232"/>
        <source>Linux may promise more memory than it has. vm.overcommit_memory decides: 0 refuses only obvious overcommits, 1 refuses nothing, 2 refuses what exceeds the CommitLimit. Each step allocates 2 x RAM without touching it and sets the previous mode back right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="238"/>
        <source>mode 0: malloc(2 x RAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="239"/>
        <source>malloc returned NULL: 2 x RAM is more than RAM and swap together, an obvious overcommit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="241"/>
        <source>The process&apos;s VSZ, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="242"/>
        <source>mode 1: malloc(2 x RAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="243"/>
        <source>malloc succeeded: VSZ grew by 2 x RAM, RSS did not, and Committed_AS rose above the CommitLimit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="246"/>
        <source>The process&apos;s VSZ against its RSS; Committed_AS on the system page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="248"/>
        <source>mode 2: malloc(2 x RAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="249"/>
        <source>malloc returned NULL: the allocation would exceed the CommitLimit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/teaching/Scenarios.cpp" line="251"/>
        <source>Committed_AS against CommitLimit on the system page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCounter</name>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="97"/>
        <source>Peak virtual memory size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="99"/>
        <source>Peak resident set size (&quot;high water mark&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="101"/>
        <source>Size of private data segments (heap and other private writable mappings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="103"/>
        <source>Size of the stack segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="105"/>
        <source>Size of the text segment (the executable&apos;s code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="106"/>
        <source>Size of shared library code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="107"/>
        <source>Size of the page table entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="109"/>
        <source>Swapped-out virtual memory size by anonymous private pages (shmem swap not included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/ProcessFactsRules.cpp" line="111"/>
        <source>Locked memory size (see mlock(2)).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadResult</name>
    <message>
        <location filename="../workload/WorkloadResultText.cpp" line="32"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workload/WorkloadResultText.cpp" line="36"/>
        <source>killed by the OOM killer: memory cgroup limit %1 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workload/WorkloadResultText.cpp" line="40"/>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workload/WorkloadResultText.cpp" line="42"/>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workload/WorkloadResultText.cpp" line="45"/>
        <source>the OOM killer killed %1 of its processes: memory cgroup limit %2 reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="83"/>
        <source>See where a Linux process&apos;s memory goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="96"/>
        <source>Open the process with this &lt;pid&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>Open the Experiments panel on scenario &lt;id&gt; and run its first step (vmscope-demo --list names them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="108"/>
        <source>Open the first process with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <location filename="../app/gui/main.cpp" line="128"/>
        <source>vmscope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Connecting to %1 over ssh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>vmscope: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="87"/>
        <source>Read &lt;dir&gt; instead of /proc (a capture or fixture directory, or a tar capture, plain, .gz or .zst, as vmscope-cli capture or smemcap writes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="92"/>
        <source>Read the machine &lt;[user@]host&gt; over ssh: your keys, agent and ~/.ssh/config; vmscope never asks for passwords. There vmscope-cli serve answers when installed, else sh and cat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="116"/>
        <source>vmscope: --host and --proc-root exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="145"/>
        <source>vmscope: no experiment called &quot;%1&quot; (vmscope-demo --list names them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::AddressMapView</name>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="49"/>
        <source> (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="217"/>
        <source>No process selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="220"/>
        <source>compressed scale: block length grows with log₂(size), gaps collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="221"/>
        <source>linear scale: true addresses, 1 pixel ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="224"/>
        <source>32-bit, 3G/1G split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="225"/>
        <source>5-level paging, 56-bit user space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="226"/>
        <source>4-level paging, 47-bit user space</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/AddressMapPainter.cpp" line="227"/>
        <source>pid %1 · %n VMA(s) · %2 · %3</source>
        <translation>
            <numerusform>pid %1 · %n VMA · %2 · %3</numerusform>
            <numerusform>pid %1 · %n VMAs · %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="231"/>
        <source> · zoom %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="394"/>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="518"/>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="736"/>
        <source>%1 unmapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="400"/>
        <source>non-canonical hole · %1 · no valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="527"/>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="541"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="543"/>
        <source> · KASLR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="545"/>
        <source>kernel space · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="702"/>
        <source>%1 VMAs · %2 · mostly %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="705"/>
        <source>%1 VMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="721"/>
        <source> · Rss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="732"/>
        <source>non-canonical hole · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="734"/>
        <source>kernel: unused · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="742"/>
        <source>kernel space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="743"/>
        <source>double-click to expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="749"/>
        <source> · randomized (KASLR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="757"/>
        <source>3G/1G split: user space below, kernel above 0xc0000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="758"/>
        <source>end of user space (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="898"/>
        <source>Region kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="910"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="918"/>
        <source>Inside a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="928"/>
        <source>resident (Rss), from the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="929"/>
        <source>mapped, not resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="931"/>
        <source>dirty (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="933"/>
        <source>swapped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="941"/>
        <source>unmapped gap (break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="942"/>
        <source>kernel space (mm.rst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="956"/>
        <source>PSS share (USS dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="960"/>
        <source>new since the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="961"/>
        <source>resized since the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="962"/>
        <source>RSS moved since the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="963"/>
        <source>pages changed hands (private/shared, PSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="87"/>
        <source>Address-space map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="545"/>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="546"/>
        <source>permissions %1 · offset 0x%2 · device %3 · inode %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="551"/>
        <source>path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="552"/>
        <source> (deleted: the file was unlinked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="557"/>
        <source>Rss %1 · Pss %2 · Uss %3 · Swap %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="561"/>
        <source>dirty %1 (private %2, shared %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="567"/>
        <source>no smaps counters (read from maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="570"/>
        <source>VmFlags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="595"/>
        <source>&lt;i&gt;%1 blocks share this pixel row; zoom in to tell them apart.&lt;/i&gt;&lt;br/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="601"/>
        <source>&lt;b&gt;unmapped&lt;/b&gt;&lt;br/&gt;between %1 and %2 (%3)&lt;br/&gt;no VMA: any access here faults (SIGSEGV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="605"/>
        <source>&lt;b&gt;non-canonical hole&lt;/b&gt;&lt;br/&gt;%1 – %2&lt;br/&gt;bits 63 down to the top implemented bit must all be equal; these addresses cannot be mapped at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="611"/>
        <source>&lt;b&gt;kernel space&lt;/b&gt;&lt;br/&gt;%1 – %2&lt;br/&gt;shared by all processes, not accessible from user mode; double-click to show the documented layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="616"/>
        <source>&lt;b&gt;kernel: %1&lt;/b&gt;&lt;br/&gt;%2 – %3 (%4)&lt;br/&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="620"/>
        <source>&lt;br/&gt;KASLR moves this region at boot: the documented address is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="621"/>
        <source>&lt;br/&gt;&lt;i&gt;Layout from Documentation/arch/x86/x86_64/mm.rst; not read from this machine.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::BreakdownFilterChip</name>
    <message>
        <location filename="../widgets/process/BreakdownFilterChip.cpp" line="24"/>
        <source>Show every region again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/BreakdownFilterChip.cpp" line="25"/>
        <source>Show every region again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::BuddyHistogram</name>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="87"/>
        <source>No buddyinfo line for this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="90"/>
        <source>No free block at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="92"/>
        <source>Largest free block: %1 (order %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="99"/>
        <source> · %1 % of free memory in blocks of %2 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="104"/>
        <source> · fragmented: no block for a huge page without compaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="146"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="177"/>
        <source>%1k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="192"/>
        <source>&lt;b&gt;Buddy allocator free lists&lt;/b&gt; (/proc/buddyinfo)&lt;br&gt;Each bar is the share of this zone&apos;s free memory held in free blocks of 2&lt;sup&gt;order&lt;/sup&gt; contiguous pages; the number on the bar counts the blocks. Plenty at order 0 and nothing at the high orders means fragmentation: a large contiguous allocation (a huge page, a DMA buffer) then needs compaction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="198"/>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;Order %1&lt;/b&gt;: blocks of %2&lt;br&gt;%3 free blocks = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="204"/>
        <source>&lt;br&gt;&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="207"/>
        <source> or more (the kernel stops counting at 100000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="211"/>
        <source>&lt;br&gt;&lt;br&gt;The split by migrate type comes from /proc/pagetypeinfo, which only root can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ColumnChooser</name>
    <message>
        <location filename="../widgets/common/ColumnChooser.cpp" line="133"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/ColumnChooser.cpp" line="157"/>
        <source>Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::CommitGauge</name>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="93"/>
        <source>Committed_AS is the memory promised to processes (private writable mappings and the like), whether or not it was touched yet: malloc succeeding does not mean the pages exist, they are given on first touch.
CommitLimit (the line) = (MemTotal − huge pages) × vm.overcommit_ratio / 100 + SwapTotal, or vm.overcommit_kbytes + SwapTotal when that is set. Only vm.overcommit_memory = 2 enforces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="143"/>
        <source>Commit: this kernel&apos;s meminfo has no Committed_AS/CommitLimit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="145"/>
        <source>Committed %1 of %2 CommitLimit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="148"/>
        <source>Committed %1 of %2 CommitLimit (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="156"/>
        <source>Overcommit mode unknown (/proc/sys/vm/overcommit_memory not read yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="159"/>
        <source>vm.overcommit_memory = 0 (heuristic, the default): only allocations that obviously cannot be met (more than RAM + swap) are refused; CommitLimit is not enforced, so Committed_AS may exceed it, and a real shortage is met by reclaim and, last, the OOM killer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="163"/>
        <source>vm.overcommit_memory = 1 (always): every allocation succeeds whatever its size; CommitLimit is for information only, and a real shortage is met by the OOM killer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="166"/>
        <source>vm.overcommit_memory = 2 (strict): an allocation that would push Committed_AS above CommitLimit fails (malloc returns NULL, mmap ENOMEM) instead of overcommitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="169"/>
        <source> The limit comes from vm.overcommit_kbytes = %1 kB plus swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="172"/>
        <source> The limit is %1 % of RAM (vm.overcommit_ratio) plus swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="177"/>
        <source>vm.overcommit_memory = %1: a mode this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="187"/>
        <source> (The sysctls give a limit of %1; the kernel reports %2: a sysctl changed since, or memory was hot-plugged.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::CompareDialog</name>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="56"/>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="58"/>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="69"/>
        <source>Process %1 is in neither moment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="75"/>
        <source>Process %1 is not in A: every region is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="77"/>
        <source>Process %1 is not in B: every region is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="98"/>
        <source>Compare snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="108"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="110"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="111"/>
        <source>&amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="115"/>
        <source>&amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="119"/>
        <source>&amp;Process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="142"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="155"/>
        <source>added in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="156"/>
        <source>grew from A to B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="157"/>
        <source>shrank from A to B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="166"/>
        <source>removed (in A only: listed, not on B&apos;s map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="175"/>
        <source>B&apos;s address space; regions added since A, grown and shrunk are framed in their colours (removed regions are listed in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="182"/>
        <source>P&amp;rocess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="214"/>
        <source>Live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="257"/>
        <source>Choose two moments: take snapshots (Ctrl+Shift+S), open captures or run an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="260"/>
        <source>Comparing %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/compare/CompareDialog.cpp" line="271"/>
        <source>A: %1 → B: %2 — %n process(es) appeared, </source>
        <translation>
            <numerusform>A: %1 → B: %2 — %n process appeared, </numerusform>
            <numerusform>A: %1 → B: %2 — %n processes appeared, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/compare/CompareDialog.cpp" line="273"/>
        <source>%n exited, </source>
        <translation>
            <numerusform>%n exited, </numerusform>
            <numerusform>%n exited, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/compare/CompareDialog.cpp" line="273"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="281"/>
        <source>Choose a process to compare its regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareDialog.cpp" line="285"/>
        <source>Process %1: %2 region(s) added, %3 removed, %4 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ExperimentPanel</name>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="66"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="68"/>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="70"/>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="72"/>
        <source>Shared_Dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="74"/>
        <source>Private_Dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="76"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="87"/>
        <source>%1 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="91"/>
        <source>%1 → &lt;b&gt;%2&lt;/b&gt; (+%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="92"/>
        <source>%1 → &lt;b&gt;%2&lt;/b&gt; (−%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="121"/>
        <source>%1 (needs root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="124"/>
        <source>The course&apos;s experiments; each runs in vmscope-demo, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="143"/>
        <source>This step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="160"/>
        <source>The regions this step points at, read from /proc/PID/smaps every second, against the same regions at the previous step&apos;s snapshot: Size is the region&apos;s virtual size, RSS what of it is in RAM, PSS that divided among the processes sharing each page, Shared_Dirty and Private_Dirty the written pages shared with other processes or this process&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="177"/>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="486"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="178"/>
        <source>Run the next step (Space or →)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="179"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="180"/>
        <source>End this run and start the scenario again from its first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="181"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="182"/>
        <source>End the run and its processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="183"/>
        <source>Other process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="184"/>
        <source>Show the step&apos;s other process (F6): the child after a fork, another copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="227"/>
        <source>The experiment&apos;s steps: ✓ done, ▶ the current one. Each is marked on the Kernel at work timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="236"/>
        <source>Start runs the first step; each step is explained here as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="256"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="284"/>
        <source>Done: all %n step(s) ran. &quot;Back to the start&quot; runs it again.</source>
        <translation>
            <numerusform>Done: the %n step ran. &quot;Back to the start&quot; runs it again.</numerusform>
            <numerusform>Done: all %n steps ran. &quot;Back to the start&quot; runs it again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="297"/>
        <source>Running the first step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="311"/>
        <source>Running step %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="325"/>
        <source>Stopped. Its processes end with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="357"/>
        <source>Look at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="359"/>
        <source>Step %1 of %2 done. Space or → for the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="443"/>
        <source> · PID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="452"/>
        <source>not read yet, or the process has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="455"/>
        <source>no region holds %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="462"/>
        <source>(new in this step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="470"/>
        <source>&lt;b&gt;Signal&lt;/b&gt; %1 (%2) at %3 in PID %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="479"/>
        <source>%1 (shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="480"/>
        <source>Processes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentPanel.cpp" line="486"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ExperimentRun</name>
    <message>
        <location filename="../widgets/experiments/ExperimentRun.cpp" line="75"/>
        <source>vmscope-demo could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentRun.cpp" line="118"/>
        <source>vmscope-demo was not found next to vmscope nor in its installed place; reinstall vmscope or build the vmscope-demo target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentRun.cpp" line="161"/>
        <source>vmscope-demo printed a line longer than %1 bytes; the run was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentRun.cpp" line="184"/>
        <source>vmscope-demo printed a line vmscope cannot read: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentRun.cpp" line="199"/>
        <source>vmscope-demo ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentRun.cpp" line="201"/>
        <source>vmscope-demo crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/experiments/ExperimentRun.cpp" line="203"/>
        <source>vmscope-demo ended before its last step (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::FreeSummary</name>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="27"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="27"/>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="27"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="27"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="28"/>
        <source>buff/cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="28"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="30"/>
        <source>MemTotal: the RAM the kernel manages (installed RAM minus firmware and the kernel image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="31"/>
        <source>used = MemTotal − MemFree − Buffers − Cached − SReclaimable: memory programs and the kernel hold and cannot simply drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="33"/>
        <source>MemFree: not used for anything. A small number here is normal and good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="34"/>
        <source>Shmem: shared memory and tmpfs (part of buff/cache, but it cannot be dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="35"/>
        <source>Buffers + Cached + SReclaimable: file data and kernel caches kept in RAM because it was free. The kernel gives it back as soon as programs need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="37"/>
        <source>MemAvailable: the kernel&apos;s estimate of what new programs can get without swapping. The honest answer to &quot;how much RAM is left&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="44"/>
        <source>The Mem: and Swap: rows of free(1), from /proc/meminfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="45"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="46"/>
        <source>As free -m shows it: MiB, rounded down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="56"/>
        <source>Mem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="56"/>
        <source>Swap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="75"/>
        <source>&lt;b&gt;Linux did not eat your RAM.&lt;/b&gt; &lt;i&gt;used&lt;/i&gt; is what programs and the kernel really hold. &lt;i&gt;buff/cache&lt;/i&gt; is file data kept in otherwise idle RAM to make the next read fast; the kernel hands it back the moment a program needs it. &lt;i&gt;available&lt;/i&gt; is what you can still start programs in without swapping — watch that one, not &lt;i&gt;free&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="90"/>
        <source>This kernel has no MemAvailable (before 3.14): free + buff/cache is shown, an optimistic guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="96"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::Glossary</name>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="26"/>
        <source>VMA (virtual memory area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="27"/>
        <source>A contiguous range of a process&apos;s virtual addresses with the same permissions and the same backing, a file or anonymous memory. Every line of /proc/PID/maps is one VMA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="31"/>
        <source>Virtual address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="32"/>
        <source>The addresses a process can use. The kernel maps its pages to physical memory only when they are touched, so most of it is usually backed by nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="36"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="37"/>
        <source>The unit in which the kernel manages memory: 4 KiB on x86_64. Virtual pages are mapped to physical page frames by the page tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="41"/>
        <source>Page tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="42"/>
        <source>The kernel&apos;s tables that translate a process&apos;s virtual pages to physical frames. They take memory themselves (VmPTE), and the OOM killer counts them against the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="46"/>
        <source>RSS (resident set size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="47"/>
        <source>The memory of a process that is in RAM right now: every resident page it maps, a page shared with other processes counted in full for each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="50"/>
        <source>RSS = RssAnon + RssFile + RssShmem = Σ Rss over the VMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="52"/>
        <source>PSS (proportional set size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="53"/>
        <source>PSS = Σ over resident pages of 1 / (processes mapping the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="55"/>
        <source>USS (unique set size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="56"/>
        <source>USS = Private_Clean + Private_Dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="58"/>
        <source>VSZ (virtual size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="59"/>
        <source>The size of all of a process&apos;s VMAs: address space reserved, not memory used. A large VSZ with a small RSS is normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="62"/>
        <source>VSZ = VmSize = Σ Size over the VMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="64"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="65"/>
        <source>A disk area (partition or file) where the kernel writes anonymous pages it reclaims, so that their RAM can be reused; touching such a page reads it back (a major fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="68"/>
        <source>Swap used = SwapTotal − SwapFree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="70"/>
        <source>SwapPss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="71"/>
        <source>SwapPss = Σ over swapped pages of 1 / (sharers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="73"/>
        <source>Anonymous memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="75"/>
        <source>File-backed memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="76"/>
        <source>Pages that hold the contents of a file (program code, libraries, mapped data). Clean ones can be dropped and read again from the file, so they never go to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="80"/>
        <source>Shared memory (shmem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="81"/>
        <source>Memory in tmpfs, SysV and POSIX shared memory and shared anonymous mappings. It is counted in Cached but behaves like anonymous memory: it can only be reclaimed to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="85"/>
        <source>Huge page / THP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="86"/>
        <source>A page larger than the base page (2 MiB on x86_64), mapped by one page-table entry to save TLB entries. Transparent huge pages (THP) are used for anonymous memory without the program asking; hugetlbfs pages are reserved in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="91"/>
        <source>Page cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="92"/>
        <source>File data the kernel keeps in RAM after reading or writing it, so that the next access needs no disk. It is reclaimed when memory is needed; that is why free memory is usually small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="95"/>
        <source>buff/cache = Buffers + Cached + SReclaimable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="97"/>
        <source>MemAvailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="98"/>
        <source>The kernel&apos;s estimate of how much memory can be allocated without swapping: free memory plus the page cache and reclaimable slab it could drop, minus the watermarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="102"/>
        <source>Dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="103"/>
        <source>A page changed in RAM and not yet written back to its file or to swap. It cannot be dropped until it has been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="107"/>
        <source>Writeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="108"/>
        <source>Dirty pages being written to disk right now. The flusher threads start it after vm.dirty_expire_centisecs or when dirty memory passes vm.dirty_background_ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="112"/>
        <source>Clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="113"/>
        <source>A page whose contents equal what is on disk (or a page never written). The kernel can drop it at once and read it again when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="117"/>
        <source>Reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="118"/>
        <source>Freeing pages that are in use: dropping clean page cache, writing dirty pages back, swapping anonymous pages out. kswapd does it in the background; an allocation that finds too little free memory does it itself (direct reclaim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="123"/>
        <source>kswapd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="124"/>
        <source>The kernel thread, one per NUMA node, that reclaims memory in the background. It is woken when a zone&apos;s free pages fall below the low watermark and sleeps again above high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="128"/>
        <source>Watermark (min, low, high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="129"/>
        <source>Per-zone thresholds of free pages. Below low, kswapd is woken; below min, allocations must reclaim themselves (direct reclaim) and only critical ones may go further; kswapd stops at high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="133"/>
        <source>min ≈ min_free_kbytes split by zone size; low = min + gap; high = min + 2 × gap, gap = max(min / 4, managed × watermark_scale_factor / 10000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="137"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="138"/>
        <source>A range of physical memory with its own free lists and watermarks: DMA (below 16 MiB), DMA32 (below 4 GiB), Normal, Movable. Allocations that need low addresses come from the low zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="143"/>
        <source>Buddy allocator and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="144"/>
        <source>The kernel&apos;s page allocator keeps free memory in blocks of 2^order contiguous pages (order 0 to 10) and splits or merges buddies as needed. /proc/buddyinfo counts the free blocks per order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="148"/>
        <source>block size = 2^order × page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="150"/>
        <source>Fragmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="151"/>
        <source>Free memory scattered in small blocks: plenty of order-0 pages but no high-order block, so an allocation of contiguous pages fails or must wait for compaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="155"/>
        <source>Overcommit (modes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="156"/>
        <source>Whether the kernel promises more memory than it has. vm.overcommit_memory 0: a heuristic refuses only obviously impossible requests; 1: always yes; 2: strict, no more than CommitLimit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="161"/>
        <source>CommitLimit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="162"/>
        <source>The most memory the kernel promises in strict overcommit mode (2); in the other modes it is only shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="165"/>
        <source>CommitLimit = (MemTotal − hugetlb) × overcommit_ratio / 100 + SwapTotal (or overcommit_kbytes + SwapTotal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="169"/>
        <source>Committed_AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="170"/>
        <source>The memory promised to all processes: every private writable mapping, whether touched or not. In strict mode an allocation that would take it past CommitLimit fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="174"/>
        <source>OOM killer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="175"/>
        <source>When memory cannot be found even after reclaim, the kernel (or a memory cgroup at its limit) kills the task with the highest badness to free its memory, and logs a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="179"/>
        <source>OOM score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="180"/>
        <source>The OOM killer&apos;s badness of a task, printed in /proc/PID/oom_score: the highest is killed first. Points count the task&apos;s resident pages, swap entries and page tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="183"/>
        <source>points = RSS + swap entries + page tables (pages) + oom_score_adj × total pages / 1000; oom_score = (1000 + points × 1000 / total pages) × 2 / 3 (since 5.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="187"/>
        <source>oom_score_adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="188"/>
        <source>A per-process adjustment of the OOM score from −1000 (never kill) to +1000 (kill first). Lowering it below its minimum needs CAP_SYS_RESOURCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="192"/>
        <source>Memory cgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="193"/>
        <source>A group of processes whose memory is counted together and can be limited (memory.max in v2, memory.limit_in_bytes in v1). At the limit the group is reclaimed and, failing that, its own OOM killer runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="198"/>
        <source>PSI (pressure stall information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="199"/>
        <source>The share of time tasks were stalled waiting for memory: &quot;some&quot; when at least one task waited, &quot;full&quot; when all non-idle tasks did at once. /proc/pressure/memory gives 10, 60 and 300 second averages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="204"/>
        <source>Copy-on-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="205"/>
        <source>After fork, or in a private file mapping, parent and child share pages read-only; the first write to a page makes a private copy for the writer. Shared_* turns into Private_Dirty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="209"/>
        <source>Demand paging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="210"/>
        <source>malloc and mmap reserve addresses only; a physical page is given when the address is first touched, by a page fault. RSS grows page by page as memory is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="214"/>
        <source>Page fault (minor, major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="215"/>
        <source>The trap taken when a process touches a page that is not mapped yet. A minor fault is served from RAM (a new zeroed page or one already in the page cache); a major fault has to read from disk or swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="220"/>
        <source>Zero page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="221"/>
        <source>One shared page full of zeros. Reading anonymous memory that was never written maps it instead of a new page; the first write replaces it by a private page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="225"/>
        <source>Program break / heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="226"/>
        <source>The [heap] area right after the program&apos;s data, grown and shrunk with brk(). malloc serves small allocations from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="230"/>
        <source>mmap threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="231"/>
        <source>glibc malloc gives allocations at or above M_MMAP_THRESHOLD (128 KiB by default) their own anonymous mapping instead of a piece of the heap; free() returns them to the kernel at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="235"/>
        <source>Stack and guard page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="236"/>
        <source>[stack] holds the main thread&apos;s calls and locals and grows down on demand; thread stacks are anonymous mappings. An inaccessible guard area (---p) below a stack turns an overflow into a fault instead of corruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="241"/>
        <source>ASLR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="242"/>
        <source>Address space layout randomisation: the stack, heap, mmap base and position-independent executables start at random addresses each run (kernel.randomize_va_space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="246"/>
        <source>smaps and smaps_rollup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="247"/>
        <source>/proc/PID/smaps lists every VMA with its memory counters (Rss, Pss, Swap, ...); smaps_rollup sums them for the whole process and is much cheaper to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="251"/>
        <source>Slab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="252"/>
        <source>The kernel&apos;s allocator for its own small objects (inodes, dentries, ...). SReclaimable can be freed under pressure, SUnreclaim cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="256"/>
        <source>Buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="257"/>
        <source>Page cache of block devices read directly: file-system metadata such as superblocks and directories of some file systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="261"/>
        <source>MemFree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="262"/>
        <source>Memory nobody uses at all. Linux keeps it small on purpose, using spare RAM as page cache; MemAvailable is the better answer to how much is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="266"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="267"/>
        <source>The process id: the number under which /proc/PID holds the process&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="352"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/Explanations.cpp" line="367"/>
        <source>See also: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::GlossaryDialog</name>
    <message>
        <location filename="../widgets/common/GlossaryDialog.cpp" line="43"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/GlossaryDialog.cpp" line="45"/>
        <source>Search terms and definitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/GlossaryDialog.cpp" line="47"/>
        <source>Filters as you type, in the names and the definitions of the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/GlossaryDialog.cpp" line="144"/>
        <source>No term matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::GuiFormat</name>
    <message>
        <location filename="../widgets/common/GuiFormat.cpp" line="30"/>
        <source>overflow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::KernelPage</name>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="45"/>
        <source>page cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="47"/>
        <source>dentries and inodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="49"/>
        <source>page cache, dentries and inodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="92"/>
        <source>A capture does not change: there is nothing to sample again, run or drop here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="109"/>
        <source>Sampl&amp;e every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="112"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="113"/>
        <source>How often meminfo, zoneinfo, buddyinfo and vmstat are read. 0.1 s shows fast changes; 10 s keeps a long history in the same memory. Sampling runs on its own thread and costs well under 2 % of a core even at 0.1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="119"/>
        <source>vmstat &amp;rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="120"/>
        <source>Show page faults, reclaim scanning and swap traffic per second, computed from /proc/vmstat between samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="136"/>
        <location filename="../widgets/kernel/KernelPage.cpp" line="364"/>
        <source>&amp;Drop caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="138"/>
        <source>sync, then write 1, 2 or 3 to /proc/sys/vm/drop_caches: the page cache, the dentry and inode caches, or both are emptied (as root, through pkexec or sudo -n, or you get the command to run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="146"/>
        <source>sync; echo %1: drop the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="193"/>
        <source>Run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="195"/>
        <source>Run the last workload once more (warm cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="201"/>
        <source>&amp;Cancel workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="202"/>
        <source>End the running workload and everything it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="217"/>
        <source>Sampling failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="228"/>
        <source>start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="234"/>
        <source>end: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="82"/>
        <source>Starting the sampler on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="283"/>
        <source>OOM report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="291"/>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="343"/>
        <source>Sampling %1 every %2 s · %L3 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="347"/>
        <source>%1 as captured (one sample: nothing is sampled again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="352"/>
        <source> · not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="375"/>
        <source>Still dropping caches: waiting for the last request to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="381"/>
        <source>sync, then dropping the %1… (this waits for dirty data to reach the disk, and for a password if pkexec asks for one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="405"/>
        <source>drop caches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="406"/>
        <source>Dropped the %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="409"/>
        <source>&lt;b&gt;Caches not dropped.&lt;/b&gt; %1&lt;br&gt;Run it yourself: &lt;code&gt;%2&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <location filename="../app/gui/MainWindow.cpp" line="151"/>
        <source>vmscope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>A capture does not change: there is nothing to read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="143"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: figures as captured; nothing refreshes, and nothing here acts on a running system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="166"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="178"/>
        <source>%1 is not a capture: it has neither a meminfo nor process folders (open a vmscope or smemcap tar, or a folder laid out like /proc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="194"/>
        <source>Opening capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="203"/>
        <source>Opening %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="206"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="219"/>
        <source>Cannot open capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="275"/>
        <source>Starting vmscope-cli serve as root (pkexec asks for the administrator&apos;s password; else sudo -n)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="284"/>
        <source>Cannot read as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="286"/>
        <source>vmscope starts vmscope-cli serve as root through pkexec (the polkit action org.vmscope.serve) or sudo -n (a sudoers rule for exactly that command); the README shows both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="335"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="369"/>
        <source>&amp;Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="370"/>
        <source>One process&apos;s address space: the map drawn to scale, its regions and their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="372"/>
        <source>&amp;Kernel at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="373"/>
        <source>The kernel&apos;s memory live: page cache timeline, free summary, vmstat rates, zone watermarks, buddy lists, and a workload runner to watch them move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="375"/>
        <source>&amp;Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="379"/>
        <source>&amp;System memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="380"/>
        <source>Who is using my RAM: every process, user and mapped file by USS, PSS, RSS and swap, a treemap of PSS, and where the physical memory is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="397"/>
        <source>Out of &amp;memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="398"/>
        <source>Who the OOM killer would choose first and why: processes ranked by oom_score, the score explained from its parts with this kernel&apos;s formula, and the vm.* policy around the killer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="408"/>
        <source>Last OOM kill&apos;s &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="409"/>
        <source>The kernel&apos;s report of the last OOM kill since vmscope started (marked red on the Kernel at work timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="426"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>E&amp;xperiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="448"/>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="450"/>
        <source>&amp;Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="452"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="454"/>
        <source>&amp;Other process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="456"/>
        <source>Between the processes of a step: parent and child after a fork, the copies of a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="459"/>
        <source>Experiment &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="477"/>
        <source>step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="482"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="527"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="528"/>
        <source>&amp;Open capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="530"/>
        <source>Open capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="530"/>
        <source>Captures (*.tar *.tar.gz *.tgz *.tar.zst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="535"/>
        <source>Open a capture in a new window: vmscope-cli capture&apos;s .tar, .tar.gz or .tar.zst, or the tar smemcap writes. You can also drop a capture onto the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="537"/>
        <source>Open capture &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="538"/>
        <source>Open a folder laid out like /proc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="543"/>
        <source>Open an unpacked capture or a copy of /proc in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="544"/>
        <source>&amp;Save capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="546"/>
        <source>Write what this window shows to a .tar, .tar.gz or .tar.zst that vmscope and vmscope-cli open again: every process&apos;s maps, smaps and status and the system&apos;s memory files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="549"/>
        <source>Take snaps&amp;hot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="551"/>
        <source>Keep this moment in memory to compare it with another (Compare snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="552"/>
        <source>&amp;Compare snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="554"/>
        <source>Two moments compared: processes appeared, exited and grown, meminfo&apos;s changes, and a process&apos;s regions added, removed, grown and shrunk on its map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="557"/>
        <source>Export &amp;map as PNG, SVG or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="560"/>
        <source>Export &amp;table as CSV (all columns)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="562"/>
        <source>Export start,end,name CSV (&amp;procmap style)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="565"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="579"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="581"/>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="584"/>
        <source>Read /proc again now (the list also refreshes every 2 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="585"/>
        <source>&amp;Go to address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="587"/>
        <source>Filter &amp;regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="600"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="602"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="604"/>
        <source>Zoom to &amp;fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="606"/>
        <source>&amp;Linear scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="609"/>
        <source>Switch between true addresses and the compressed view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="615"/>
        <source>Show &amp;PSS/USS overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="619"/>
        <source>Show &amp;kernel space in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="623"/>
        <source>Show layout &amp;marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="626"/>
        <source>Mark start_code, end_code, start_data, brk, start_stack, arg and env on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="628"/>
        <source>Memory breakdown by &amp;mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="631"/>
        <source>Show where the process&apos;s memory goes, one row per mapped file instead of per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="642"/>
        <source>Show &amp;kernel threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="645"/>
        <source>Kernel threads have no user address space; they are hidden by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="652"/>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="783"/>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="783"/>
        <source>Name of the snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="784"/>
        <source>Snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="786"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="796"/>
        <source>Taking snapshot “%1”: %2 of %3 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="808"/>
        <source>Snapshot “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="814"/>
        <source>Snapshot “%1” taken (Ctrl+Shift+C compares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="840"/>
        <location filename="../app/gui/MainWindow.cpp" line="854"/>
        <source>Save capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="840"/>
        <source>Captures (*.tar.zst *.tar.gz *.tar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="848"/>
        <source>A capture is being saved already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="853"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="853"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="890"/>
        <source>Saving %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="521"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="668"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="673"/>
        <source>&amp;Glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="675"/>
        <source>Every term vmscope uses, searchable: RSS, PSS, page cache, watermarks, OOM score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="677"/>
        <source>&amp;About vmscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="678"/>
        <source>About vmscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="679"/>
        <source>&lt;b&gt;vmscope %1&lt;/b&gt;&lt;p&gt;See where a Linux process&apos;s memory goes: its address space, RSS, PSS and USS, read from /proc.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="733"/>
        <source>Export the address-space map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="735"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="739"/>
        <location filename="../app/gui/MainWindow.cpp" line="755"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="741"/>
        <location filename="../app/gui/MainWindow.cpp" line="757"/>
        <location filename="../app/gui/MainWindow.cpp" line="877"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="747"/>
        <source>Export start,end,name CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="747"/>
        <source>Export the region table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="751"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::MappingUsageModel</name>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="36"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="51"/>
        <source>The mapped file, or a pseudo name: [heap], [stack], [anon] for unnamed anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="52"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="55"/>
        <source>How many processes map it (hover a row for their PIDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="58"/>
        <source>PIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="86"/>
        <source>Mapped by PID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="88"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vmscope::MemInfoDiffModel</name>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="181"/>
        <source>—</source>
        <comment>meminfo key missing on this side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="194"/>
        <source>—</source>
        <comment>no delta: one side lacks the key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="210"/>
        <source>meminfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="212"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="214"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="216"/>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::MemoryTimeline</name>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="121"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="123"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="124"/>
        <source>Page cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="125"/>
        <source>Commit and OOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="126"/>
        <source>Pressure (PSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="127"/>
        <source>Tick a set of series at once. &quot;Commit and OOM&quot; shows Committed_AS against CommitLimit with MemAvailable, anonymous memory, swap and memory pressure: what to watch when a program allocates until the OOM killer ends it (red markers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="133"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="136"/>
        <source>Tick the series to draw. Hover a name for what the kernel counts there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="154"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="156"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="157"/>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="158"/>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="159"/>
        <source>MiB and GiB are 1024² and 1024³ bytes; pages are the kernel&apos;s unit (the page size of this system, usually 4 KiB), as zoneinfo and vmstat count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="165"/>
        <source>&amp;Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="167"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="168"/>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="169"/>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="170"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="171"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="173"/>
        <source>How much time the timeline shows, ending at the newest sample. &quot;All&quot; shows every sample held (up to %L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="180"/>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="563"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="184"/>
        <source>Pause the timeline (Space): it stops scrolling so you can read it, drag it and zoom with the wheel. Sampling goes on; resume jumps back to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="214"/>
        <source>time since sampling started (h:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="219"/>
        <source>PSI (% of time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="255"/>
        <source>Paused — Space resumes; drag and wheel move and zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="563"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="625"/>
        <source>at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="626"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="632"/>
        <source>not in this kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="633"/>
        <source>%1 % of the last 10 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::OomCandidatesModel</name>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="18"/>
        <source>Process ID (of the thread group leader on 4.x+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="20"/>
        <source>User ID the process runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="22"/>
        <source>Thread group ID: the process the thread belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="24"/>
        <source>Virtual size in pages (VmSize): reserved, not necessarily used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="26"/>
        <source>Resident pages (anon + file + shmem): the main part of the badness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="28"/>
        <source>Resident pages of this kind (6.x splits rss so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="30"/>
        <source>Page-table pages (older kernels): counted into the badness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="32"/>
        <source>Page tables in bytes (4.15+): counted into the badness as pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="34"/>
        <source>Pages of the process in swap: counted into the badness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="36"/>
        <source>-1000 never kill … +1000 prefer; adds adj × total pages / 1000 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="38"/>
        <source>The command (comm, 15 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="111"/>
        <source>The victim: the OOM killer chose this process (highest badness)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::OomKillFeed</name>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="104"/>
        <source>The kernel&apos;s OOM report is in its log (/dev/kmsg), which needs root (or CAP_SYSLOG), or kernel.dmesg_restrict=0 (sudo sysctl -w kernel.dmesg_restrict=0). vmstat oom_kill counted the kill; vmscope-cli oom-report reads a saved log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="107"/>
        <source>The kernel log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="157"/>
        <source>%n OOM kills</source>
        <translation>
            <numerusform>%n OOM kill</numerusform>
            <numerusform>%n OOM kills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="158"/>
        <source>%n OOM kills: %1</source>
        <translation>
            <numerusform>%n OOM kill: %1</numerusform>
            <numerusform>%n OOM kills: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="159"/>
        <source>OOM kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="159"/>
        <source>OOM kill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="164"/>
        <source>vmstat oom_kill went up by %n: the kernel&apos;s OOM killer ended a process.</source>
        <translation>
            <numerusform>vmstat oom_kill went up by %n: the kernel&apos;s OOM killer ended a process.</numerusform>
            <numerusform>vmstat oom_kill went up by %n: the kernel&apos;s OOM killer ended processes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="170"/>
        <source>Killed %1 (PID %2), anon-rss %3 kB; constraint %4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="171"/>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="172"/>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="173"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="175"/>
        <source>not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="176"/>
        <source>, memory cgroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="179"/>
        <source>Click the marker for the whole report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="184"/>
        <source>No report for it in the kernel log: the kernel rate-limits OOM reports, and the log may have been overwritten or cleared (dmesg -C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="187"/>
        <source>Reading the kernel&apos;s report from /dev/kmsg…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::OomPage</name>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="54"/>
        <source>Reading the OOM ranking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="64"/>
        <source>Why this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="66"/>
        <location filename="../widgets/oom/OomPage.cpp" line="347"/>
        <source>Select a process to see its score explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="82"/>
        <source>Points of the top %1 candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="128"/>
        <source>Memory cgroup of the selected process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="129"/>
        <source>A memory cgroup caps what its processes may use (v2 memory.max, v1 memory.limit_in_bytes). When they reach the cap, the kernel reclaims inside the cgroup and then the OOM killer chooses among the cgroup&apos;s processes only (constraint CONSTRAINT_MEMCG), however much the rest of the machine has free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="182"/>
        <source>Not known for a copied /proc: its cgroup files are not part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="190"/>
        <source>Not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="195"/>
        <location filename="../widgets/oom/OomPage.cpp" line="199"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="198"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="202"/>
        <source>cgroup v%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="203"/>
        <source>Limit: %1 · usage: %2 · peak: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="206"/>
        <source>Memory + swap limit (memsw): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="208"/>
        <source>Swap limit: 0 — nothing of it can be swapped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="210"/>
        <source>Swap limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="211"/>
        <source>OOM kills in this cgroup so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="212"/>
        <source>OOM kills in this cgroup: not counted by this kernel (4.13 and later count them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="214"/>
        <source>When its processes reach %1, the OOM killer chooses among them only, however much the machine has free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="218"/>
        <source>No limit: only a shortage of the whole machine (or of a parent cgroup) brings the OOM killer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="232"/>
        <source>Filter by PID, user or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="247"/>
        <source>Double-click a process (or press Enter) to open its memory map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="254"/>
        <source>Policy (/proc/sys/vm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="259"/>
        <source>0: the killer scans every task and kills the one with the most points. Non-zero: it kills the task whose allocation failed, without a scan (faster on machines with very many tasks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="261"/>
        <source>0: an OOM kills a process. 1: the kernel panics instead, unless the shortage is confined to a cpuset, memory policy or memory cgroup. 2: it always panics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="263"/>
        <source>1: every OOM kill logs the table of candidates (pid, uid, rss, page tables, swap, oom_score_adj) to the kernel log. 0: only the victim is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="265"/>
        <source>0: heuristic overcommit, obvious overcommits refused. 1: every allocation succeeds; the OOM killer settles the bill. 2: strict, Committed_AS may not pass CommitLimit (swap + overcommit_ratio % of RAM, or overcommit_kbytes); malloc fails with ENOMEM instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/oom/OomPage.cpp" line="325"/>
        <source>%n process(es) ranked as the OOM killer sees them.</source>
        <translation>
            <numerusform>%n process ranked as the OOM killer sees it.</numerusform>
            <numerusform>%n processes ranked as the OOM killer sees them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/oom/OomPage.cpp" line="328"/>
        <source>%n could not be read (another user&apos;s; run as root to rank them too).</source>
        <translation>
            <numerusform>%n could not be read (another user&apos;s; run as root to rank it too).</numerusform>
            <numerusform>%n could not be read (other users&apos;; run as root to rank them too).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="364"/>
        <source>oom_score_&amp;adj:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="369"/>
        <source>Added to the process&apos;s points as a share of RAM + swap, in thousandths: −1000 exempts it from the OOM killer, +1000 makes it the first victim, 500 adds half of RAM + swap to its points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="373"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="375"/>
        <source>Write the value to /proc/PID/oom_score_adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="413"/>
        <source>This view reads a copy of /proc: nothing here can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="438"/>
        <source>Current value. Raise it to make the process a likelier victim, lower it to protect it; −1000 exempts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="451"/>
        <source>Raising is always allowed for the process&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="452"/>
        <source>Allowed: vmscope has CAP_SYS_RESOURCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="455"/>
        <source>Lowering is allowed down to the process&apos;s minimum only (0, unless a privileged process set it); below that needs CAP_SYS_RESOURCE. If refused, run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="460"/>
        <source>vmscope runs as root but without CAP_SYS_RESOURCE: the kernel will refuse to lower the value below the process&apos;s minimum (EACCES), as it would for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="465"/>
        <source>Another user&apos;s process (%1): only root may change it. In a terminal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="484"/>
        <source>Writing %1 to /proc/%2/oom_score_adj…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="501"/>
        <source>oom_score_adj of %1 (PID %2) is now %3 (was %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="509"/>
        <source>The kernel accepts −1000 to 1000 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="512"/>
        <source>%1 (PID %2) has exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="515"/>
        <source>Refused (%1): %2 belongs to another user, and only root may change its oom_score_adj. In a terminal: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="520"/>
        <source>Refused (%1): lowering oom_score_adj below the process&apos;s minimum needs CAP_SYS_RESOURCE. Raising it works; to lower it, run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="525"/>
        <source>Refused (%1): vmscope runs as root, but without CAP_SYS_RESOURCE (this machine or container withholds it: CapEff in /proc/self/status lacks bit 24). Lowering oom_score_adj below the process&apos;s minimum needs that capability even for root, so %2 fails the same way here. Raising it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="532"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="548"/>
        <location filename="../widgets/oom/OomPage.cpp" line="580"/>
        <location filename="../widgets/oom/OomPage.cpp" line="581"/>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="552"/>
        <location filename="../widgets/oom/OomPage.cpp" line="559"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="555"/>
        <source>scan all tasks, kill the one with the most points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="555"/>
        <source>kill the task that asked for memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="559"/>
        <source>kill a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="560"/>
        <source>panic, unless confined to a cpuset, policy or cgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="561"/>
        <source>always panic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="565"/>
        <source>only the victim is logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="565"/>
        <source>the task table is logged with each kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="570"/>
        <source>0 — heuristic: obvious overcommits refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="572"/>
        <source>1 — always: every allocation succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="574"/>
        <source>2 — strict: CommitLimit = swap + %1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="576"/>
        <source>2 — strict: CommitLimit = swap + %1 % of RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="579"/>
        <source>(overcommit_ratio %1, overcommit_kbytes %2: only mode 2 uses them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::OomPointsChart</name>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="46"/>
        <source>points (pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="49"/>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="49"/>
        <source>swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="49"/>
        <source>page tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="49"/>
        <source>oom_score_adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="119"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="129"/>
        <source>%1 (PID %2): %3 points = %4 RSS + %5 swap + %6 page tables + %7 adj</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::OomReportView</name>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="35"/>
        <location filename="../widgets/oom/OomReportView.cpp" line="44"/>
        <location filename="../widgets/oom/OomReportView.cpp" line="232"/>
        <source>not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="36"/>
        <source>%1 (%2 kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="49"/>
        <source>the whole machine ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="51"/>
        <source>a memory cgroup reached its limit; the rest of the machine may have plenty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="53"/>
        <source>the cpuset&apos;s memory nodes are full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="55"/>
        <source>the nodes of an mbind/set_mempolicy policy are full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="74"/>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="75"/>
        <location filename="../widgets/oom/OomReportView.cpp" line="91"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="75"/>
        <source>The process the OOM killer ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="76"/>
        <location filename="../widgets/oom/OomReportView.cpp" line="93"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="77"/>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="77"/>
        <source>The user it ran as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="78"/>
        <source>total-vm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="79"/>
        <source>Its virtual size: address space reserved, mostly never touched (compare with the RSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="80"/>
        <source>anon-rss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="81"/>
        <source>Anonymous resident memory (heap, stacks, malloc): freed by the kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="82"/>
        <source>file-rss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="83"/>
        <source>Resident file pages: page cache, stays cached after the kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="84"/>
        <source>shmem-rss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="85"/>
        <source>Resident shared memory and tmpfs pages: freed only when nothing else maps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="86"/>
        <source>pgtables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="86"/>
        <source>Its page tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="87"/>
        <location filename="../widgets/oom/OomReportView.cpp" line="99"/>
        <source>oom_score_adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="88"/>
        <source>-1000 never kill … +1000 prefer: adds adj × total pages / 1000 to the badness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="90"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="92"/>
        <source>The task whose allocation failed (&quot;invoked oom-killer&quot;): often, not always, the victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="94"/>
        <source>gfp_mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="95"/>
        <source>The allocation&apos;s flags: GFP_KERNEL, GFP_HIGHUSER_MOVABLE (a page fault of a program) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="96"/>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="97"/>
        <source>The allocation was 2^order contiguous pages: 0 is one page; a high order can fail from fragmentation with plenty free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="101"/>
        <location filename="../widgets/oom/OomReportView.cpp" line="102"/>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="103"/>
        <source>Where memory ran out (oom-kill: line, 4.19+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="104"/>
        <source>Memory cgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="105"/>
        <source>The cgroup whose limit was hit (oom_memcg), or the victim&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="106"/>
        <source>Usage / limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="107"/>
        <source>The cgroup&apos;s &quot;memory: usage …kB, limit …kB&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="108"/>
        <source>nodemask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="109"/>
        <source>Reaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="110"/>
        <source>oom_reaper (4.6+) freed the victim&apos;s anonymous memory at once, without waiting for it to exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="126"/>
        <source>The tasks the kernel weighed (vm.oom_dump_tasks), values in pages as it printed them. The victim is highlighted. Click a header to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="131"/>
        <source>rss (pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="133"/>
        <source>Resident pages of the largest candidates: rss is most of the OOM badness (plus swap entries and page tables, and oom_score_adj). The victim in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="139"/>
        <source>candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="144"/>
        <source>victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="149"/>
        <source>&amp;Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="158"/>
        <source>The kernel stack of the failed allocation: which code path asked for memory (a page fault, a kernel buffer). Folded: rarely needed to understand a kill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="168"/>
        <source>The report as the kernel logged it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="179"/>
        <source>Kernel &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="234"/>
        <source>No OOM report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="239"/>
        <source>Call trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="246"/>
        <source>%1 killed %2 (PID %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="247"/>
        <source>Out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="249"/>
        <source> at %1 s after boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="251"/>
        <source>OOM report without a victim line (cut short, or nothing could be killed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="267"/>
        <source>0 (a single page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="269"/>
        <source>%1 (%2 contiguous pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="284"/>
        <source>%1 of %2 (failcnt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="288"/>
        <source>not printed (a system-wide OOM prints Mem-Info instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="291"/>
        <source>yes, now anon-rss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="292"/>
        <source>no reaper line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="298"/>
        <source>Call trace (lines: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomReportView.cpp" line="324"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::OomTableModel</name>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="52"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="54"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="58"/>
        <source>OOM score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="60"/>
        <source>adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="62"/>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="64"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="66"/>
        <source>Page tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="68"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="74"/>
        <source>The process&apos;s real user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="76"/>
        <source>The process name (comm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="78"/>
        <source>/proc/PID/oom_score as the kernel printed it: the highest is killed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="80"/>
        <source>oom_score_adj: -1000 never kills this process, +1000 makes it the first choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="82"/>
        <source>Resident set (VmRSS): counted in pages by the OOM killer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="84"/>
        <source>Swap entries (VmSwap): counted like resident pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="86"/>
        <source>Page tables (VmPTE): kernel memory spent on this process, counted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="88"/>
        <source>The badness in pages: RSS + swap + page tables + oom_score_adj × total pages / 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="124"/>
        <source>Would be killed first if memory ran out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="126"/>
        <source>Never chosen (oom_score_adj -1000 / init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="153"/>
        <source>%1 — never chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="160"/>
        <source>≈%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::OvercommitControl</name>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="26"/>
        <source>0 heuristic (default): refuses only allocations that obviously cannot be met (more than RAM + swap); everything else is promised and the OOM killer settles a real shortage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="29"/>
        <source>1 always: every allocation succeeds whatever its size (sparse arrays, some scientific codes); the OOM killer settles a real shortage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="32"/>
        <source>2 strict: an allocation fails (malloc returns NULL, mmap ENOMEM) once Committed_AS would pass CommitLimit = swap + RAM × overcommit_ratio % (or swap + overcommit_kbytes). Programs that reserve much and touch little then fail early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="46"/>
        <source>&amp;Overcommit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="48"/>
        <source>0 heuristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="48"/>
        <source>1 always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="48"/>
        <source>2 strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="54"/>
        <source>&amp;ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="57"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="58"/>
        <source>vm.overcommit_ratio: the share of RAM (minus huge pages) in CommitLimit, plus swap. Default 50. Writing it sets overcommit_kbytes to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="61"/>
        <source>or &amp;kbytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="64"/>
        <source> kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="65"/>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="66"/>
        <source>vm.overcommit_kbytes: a fixed amount instead of the ratio (0: use the ratio). Writing it sets overcommit_ratio to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="69"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="70"/>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="71"/>
        <source>Put back the values found before vmscope changed them (also done when vmscope exits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="121"/>
        <source>Changing the overcommit mode needs root. Run, for example:
%1
%2
%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="123"/>
        <source>(vmscope itself runs as an ordinary user.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="127"/>
        <source>vm.overcommit_memory. Hover the choices for what each does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="128"/>
        <source>Write the chosen values to /proc/sys/vm (vmscope puts the old ones back when it exits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="131"/>
        <source>As root: changes go to /proc/sys/vm; Restore, or quitting vmscope, puts the values found before back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="133"/>
        <source>Read-only: needs root (hover for the command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="174"/>
        <source>Could not write vm.%1 = %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="179"/>
        <source> (needs root: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="226"/>
        <source>Written. Restore (or quitting vmscope) puts back overcommit_memory %1, ratio %2 %, kbytes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="231"/>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="256"/>
        <source>Restored the values found before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::PresentationMode</name>
    <message>
        <location filename="../widgets/common/PresentationMode.cpp" line="21"/>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/PresentationMode.cpp" line="26"/>
        <source>Large fonts and lines, high contrast and full screen, for a projector (F11)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessBreakdownView</name>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="82"/>
        <source>private clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="84"/>
        <source>private dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="86"/>
        <source>shared clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="88"/>
        <source>shared dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="90"/>
        <source>PSS anon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="92"/>
        <source>PSS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="94"/>
        <source>PSS shmem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="96"/>
        <source>SwapPss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="119"/>
        <source>%1 (%2 kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="135"/>
        <source>Where this process&apos;s memory goes, by kind of region or by mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="164"/>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="166"/>
        <source>By k&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="167"/>
        <source>One row per kind of region: code, data, heap, stacks, anonymous memory, files … (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="169"/>
        <source>By m&amp;apping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="170"/>
        <source>One row per mapped file or pseudo-region ([heap], [anon] …): the %1 that hold the most PSS, then the rest as “other” (Alt+A; Ctrl+M switches from anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="181"/>
        <source>Click a segment to show only its regions; Esc shows all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="199"/>
        <source>The whole process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="229"/>
        <source>Memory breakdown chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="331"/>
        <source>other (%n mapping(s))</source>
        <translation>
            <numerusform>other (%n mapping)</numerusform>
            <numerusform>other (%n mappings)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="339"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="346"/>
        <source>USS (private pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="349"/>
        <source>swap shared with other processes (Swap − SwapPss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="350"/>
        <source>its share of swap (SwapPss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="350"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="621"/>
        <source>swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="354"/>
        <source>PSS of anonymous memory (Pss_Anon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="356"/>
        <source>PSS of file pages (Pss_File)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="358"/>
        <source>PSS of shared memory (Pss_Shmem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="360"/>
        <source>PSS (proportional share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="367"/>
        <source>private clean pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="369"/>
        <source>private dirty pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="371"/>
        <source>shared clean pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="373"/>
        <source>shared dirty pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="375"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="551"/>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="438"/>
        <source>the whole process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="443"/>
        <source>%1 of the process&apos;s RSS (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="446"/>
        <source>%1 of the process&apos;s PSS (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="449"/>
        <source>From smaps_rollup, read just after smaps. The kernel sums it before rounding to kB, so the summed PSS can be up to 1 kB per region lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="453"/>
        <source>%1 of the process&apos;s swap (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="461"/>
        <source>This row: RSS %1 · PSS %2 · USS %3 · swap %4 · %n region(s), %5 mapped</source>
        <translation>
            <numerusform>This row: RSS %1 · PSS %2 · USS %3 · swap %4 · %n region, %5 mapped</numerusform>
            <numerusform>This row: RSS %1 · PSS %2 · USS %3 · swap %4 · %n regions, %5 mapped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="466"/>
        <source>USS = private clean %1 + private dirty %2: what exiting would free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="470"/>
        <source>Click to show only the regions holding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="505"/>
        <source>By kind of region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="506"/>
        <source>By mapping (the %1 with the most PSS, then the rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="566"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="570"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="619"/>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="574"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="577"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="620"/>
        <source>USS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="583"/>
        <source>swap of others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="589"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="696"/>
        <source>Choose a process to see where its memory is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="700"/>
        <source>Adding up the regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="705"/>
        <source>Only the list of regions could be read (maps, not smaps): there are no sizes in RAM to break down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="710"/>
        <source>This process maps no memory of its own (a kernel thread, or a zombie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="719"/>
        <source>%1 (%n region(s), %2 mapped)</source>
        <translation>
            <numerusform>%1 (%n region, %2 mapped)</numerusform>
            <numerusform>%1 (%n regions, %2 mapped)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="722"/>
        <source>Not drawn, as nothing of it is in RAM or swap: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="725"/>
        <source>This kernel gives no Pss_Anon/Pss_File/Pss_Shmem (smaps_rollup, Linux 5.x), so PSS is one bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="737"/>
        <source>This process maps %1 of address space, of which %2 is in RAM (RSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="741"/>
        <source>%1 of that is also mapped by other processes; counting each shared page split among the processes that map it, its proportional share (PSS) is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="745"/>
        <source>None of it is shared with other processes, so its PSS equals its RSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="746"/>
        <source>If it exited, about %1 (its USS, the private pages) would be freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="748"/>
        <source>Another %1 is swapped out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="814"/>
        <source>Showing only the regions with %1 (%n region(s))</source>
        <translation>
            <numerusform>Showing only the regions with %1 (%n region)</numerusform>
            <numerusform>Showing only the regions with %1 (%n regions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="816"/>
        <source>Showing only regions of the other mappings with %1 (%n region(s))</source>
        <translation>
            <numerusform>Showing only regions of the other mappings with %1 (%n region)</numerusform>
            <numerusform>Showing only regions of the other mappings with %1 (%n regions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="819"/>
        <source>Showing only %1 regions with %2 (%n region(s))</source>
        <translation>
            <numerusform>Showing only %1 regions with %2 (%n region)</numerusform>
            <numerusform>Showing only %1 regions with %2 (%n regions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="821"/>
        <source>Showing only regions of %1 with %2 (%n region(s))</source>
        <translation>
            <numerusform>Showing only regions of %1 with %2 (%n region)</numerusform>
            <numerusform>Showing only regions of %1 with %2 (%n regions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessDiffModel</name>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="92"/>
        <source>appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="92"/>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="92"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="123"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="125"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="127"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="129"/>
        <source>RSS Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="131"/>
        <source>PSS Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="133"/>
        <source>USS Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="135"/>
        <source>Swap Δ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessFactsPanel</name>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="27"/>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="34"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="72"/>
        <source>Memory (/proc/PID/status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="78"/>
        <source>Layout (/proc/PID/stat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="101"/>
        <source>Show on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="102"/>
        <source>Scroll the map to %1 and select the region that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="115"/>
        <source>Page faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="116"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="117"/>
        <source>The number of minor faults the process has made which have not required loading a memory page from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="119"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="120"/>
        <source>The number of major faults the process has made which have required loading a memory page from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="122"/>
        <source>Limits (/proc/PID/limits, soft / hard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="128"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="129"/>
        <source>ASLR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="130"/>
        <source>kernel.randomize_va_space: which parts of the address space the kernel places at random addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="131"/>
        <source>VMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="132"/>
        <source>The process&apos;s memory mappings against vm.max_map_count, the most a process may have; mmap fails with ENOMEM at the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="202"/>
        <source>hidden by the kernel (needs ptrace access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="204"/>
        <source>none: the process has no address space (a kernel thread, or it exited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="211"/>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="240"/>
        <source>not printed by this kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="233"/>
        <source>not printed (no address space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="243"/>
        <source> · %1 /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="262"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="264"/>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="270"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="277"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="279"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="281"/>
        <source> (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessFactsPanel.cpp" line="283"/>
        <source> (vm.max_map_count %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessListPanel</name>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="34"/>
        <source>Reading processes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="45"/>
        <source>Filter by name, PID, user or command (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="47"/>
        <source>Shows only the processes whose name, PID, user or command line contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="67"/>
        <source>Double-click or press Enter to open a process&apos;s memory map. Right-click the header to choose columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="88"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="91"/>
        <source>Read as &amp;administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="92"/>
        <source>Open a window that reads every process through vmscope-cli serve as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="93"/>
        <source>This process is not readable as you: open a window that reads it through vmscope-cli serve as root (pkexec asks for the administrator&apos;s password, or a sudoers rule allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="134"/>
        <source>Processes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="136"/>
        <source>not readable: %1 (greyed; hover for the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="138"/>
        <source>kernel threads hidden: %1 (Ctrl+K shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="176"/>
        <source>No process with PID %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessTableModel</name>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="30"/>
        <source>not readable even as root (another namespace, or a security module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="31"/>
        <source>not readable: another user&apos;s process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="31"/>
        <source>not readable: owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="33"/>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="35"/>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="88"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="90"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="94"/>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="96"/>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="98"/>
        <source>USS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="100"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="102"/>
        <source>VMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="104"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="106"/>
        <source>VSZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="108"/>
        <source>Peak RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="110"/>
        <source>Page Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="112"/>
        <source>OOM Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="114"/>
        <source>OOM Adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="120"/>
        <source>The process&apos;s real user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="122"/>
        <source>The process name (comm: the executable&apos;s name, at most 15 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="124"/>
        <source>The command line (the process name when it has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="126"/>
        <source>Resident set: pages of this process in RAM, shared ones counted in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="128"/>
        <source>Proportional set: each resident page divided by the number of processes mapping it. PSS of all processes adds up to the memory they really use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="131"/>
        <source>Unique set (Private_Clean + Private_Dirty): what would be freed if the process exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="133"/>
        <source>Anonymous pages of this process that are swapped out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="135"/>
        <source>Number of virtual memory areas (lines of /proc/PID/maps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="137"/>
        <source>Virtual size (VmSize): all address space reserved, touched or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="139"/>
        <source>Peak resident set (VmHWM): the most RAM this process has held at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="141"/>
        <source>Page tables (VmPTE): kernel memory spent mapping this process; the OOM killer counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="143"/>
        <source>oom_score: the kernel&apos;s badness of this process. When memory runs out, the highest score is killed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="146"/>
        <source>oom_score_adj: -1000 never kills this process, +1000 makes it the first choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessUsageModel</name>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="70"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="73"/>
        <source>The process&apos;s real user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="74"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="77"/>
        <source>The command line (the process name when it has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="78"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="107"/>
        <source>%1 (PID %2)
%3
Double-click to open its address space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessView</name>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="70"/>
        <source>Choose a process in the list (double-click it or press Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="85"/>
        <source>The address space drawn to scale: every VMA in the colour of its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="116"/>
        <source>Compressed scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="117"/>
        <source>Linear scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="118"/>
        <source>Compressed: every region visible and unmapped gaps collapsed into labelled breaks.
Linear: true addresses, to see how sparse the address space is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="123"/>
        <source>Refresh: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="123"/>
        <source>Refresh: 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="124"/>
        <source>Refresh: 2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="124"/>
        <source>Refresh: 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="126"/>
        <source>How often to read /proc/PID/smaps again. Each read walks the process&apos;s page tables, so a huge process pauses briefly while it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="131"/>
        <source>Go to address… (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="133"/>
        <source>Type an address (0x7ffd…, with or without 0x) to find the region that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="150"/>
        <source>Read as &amp;administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="151"/>
        <source>Open a window that reads this process (and every other) through vmscope-cli serve as root: pkexec asks for the administrator&apos;s password, or a sudoers rule allows it. This window stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="170"/>
        <source>Filter regions by path, kind, permissions or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="174"/>
        <source>Group by mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="176"/>
        <source>One row per file (or [heap], [anon] …) with its regions as children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="205"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="206"/>
        <source>Every region in a table, and the details of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="209"/>
        <source>Where the memory goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="211"/>
        <source>RSS split into private and shared pages, with PSS, USS and swap, by kind of region or by mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="214"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="216"/>
        <source>Status counters, the layout addresses of /proc/PID/stat (marked on the map), page faults, limits, ASLR and the VMA count against vm.max_map_count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="363"/>
        <source>%1 (PID %2) — reading its memory map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="377"/>
        <source>A capture does not change: each process is read once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="394"/>
        <source>Process %1 (%2) exited at %3. Showing the last snapshot, taken at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="400"/>
        <source>Process %1 (%2) exited before its memory map could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="401"/>
        <source>%1 (PID %2) — gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="403"/>
        <location filename="../widgets/process/ProcessView.cpp" line="407"/>
        <source>Cannot read process %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="404"/>
        <source>%1 (PID %2) — not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="471"/>
        <source>%1 (PID %2) — %3 regions · VSZ %4 · RSS %5 · PSS %6 · USS %7 · swap %8 · read %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="516"/>
        <source>The selected region is hidden by the table&apos;s filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="559"/>
        <source>“%1” is not an address (hexadecimal, e.g. 0x7ffd12345000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="563"/>
        <source>No memory map to look in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="571"/>
        <source>%1 is in %2–%3 (%4, %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="574"/>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="580"/>
        <source>%1 is unmapped (between %2 and %3, a gap of %4): touching it would fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="586"/>
        <source>%1 is kernel space: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="592"/>
        <source>%1 is non-canonical: the CPU faults on any use of it (the hole between user and kernel space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="598"/>
        <source>%1 lies above 4 GiB, outside this 32-bit address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="606"/>
        <location filename="../widgets/process/ProcessView.cpp" line="643"/>
        <source>There is no memory map to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="611"/>
        <location filename="../widgets/process/ProcessView.cpp" line="622"/>
        <location filename="../widgets/process/ProcessView.cpp" line="633"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="619"/>
        <location filename="../widgets/process/ProcessView.cpp" line="630"/>
        <source>Address space of %1 (PID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="637"/>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="655"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::RegionDiffModel</name>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="251"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="253"/>
        <source>grown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="255"/>
        <source>shrunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="257"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="295"/>
        <source>[anon]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="315"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="317"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="319"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="321"/>
        <source>Perms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="323"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="325"/>
        <source>Size Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="327"/>
        <source>RSS Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="329"/>
        <source>PSS Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/CompareModels.cpp" line="331"/>
        <source>Swap Δ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::RegionKind</name>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="35"/>
        <source>code (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="36"/>
        <source>read-only data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="37"/>
        <source>initialised data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="38"/>
        <source>bss (zeroed data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="39"/>
        <source>heap (brk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="40"/>
        <source>main stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="41"/>
        <source>thread stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="42"/>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="43"/>
        <source>named anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="44"/>
        <source>file (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="45"/>
        <source>file (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="46"/>
        <source>SysV shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="47"/>
        <source>memfd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="48"/>
        <source>shared anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="49"/>
        <source>guard / reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="50"/>
        <source>vDSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="51"/>
        <source>vvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="52"/>
        <source>vsyscall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/KindColors.cpp" line="53"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::RemoteServe</name>
    <message>
        <location filename="../core/io/RemoteServe.cpp" line="102"/>
        <source>vmscope-cli serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RemoteServe.cpp" line="103"/>
        <source>shell and cat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::RunComparisonModel</name>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="118"/>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="123"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="125"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="131"/>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="133"/>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="134"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="162"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="164"/>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="166"/>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="175"/>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="178"/>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="185"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="180"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="182"/>
        <source>? of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="218"/>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="238"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="240"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="242"/>
        <source>Cached before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="244"/>
        <source>Cached after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="246"/>
        <source>Cache growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="248"/>
        <source>Read from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="250"/>
        <source>Memory peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="252"/>
        <source>OOM kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="254"/>
        <source>Exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="259"/>
        <source>The workload, as started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="261"/>
        <source>Wall-clock time from start to exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="263"/>
        <source>meminfo Cached (the page cache) at the sample taken when the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="265"/>
        <source>meminfo Cached at the first sample after the run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="267"/>
        <source>How much the page cache grew during the run: roughly the file data read for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="270"/>
        <source>Bytes the run&apos;s processes read from the block device (not from the page cache): large on a cold cache, near zero on a warm one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="273"/>
        <source>The most the run&apos;s memory cgroup held at once, of its limit (runs with a memory limit only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="275"/>
        <source>Processes of the run the OOM killer killed because its memory cgroup reached the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="277"/>
        <source>How the command ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::SmapsFields</name>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="19"/>
        <source>Virtual size of the mapping: address space reserved, not memory used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="22"/>
        <source>Page size the kernel uses to back this mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="24"/>
        <source>Page size the MMU uses for this mapping (usually the kernel page size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="27"/>
        <source>Resident set: how much of the mapping is in RAM right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="30"/>
        <source>Proportional set: resident pages, each divided by the number of processes mapping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="33"/>
        <source>The part of Pss that is dirty (modified since it was read in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="35"/>
        <source>The part of Pss that is anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="37"/>
        <source>The part of Pss that is file-backed page cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="39"/>
        <source>The part of Pss that is shared memory (tmpfs, SysV shm, shared anonymous).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="42"/>
        <source>Resident, unmodified pages also mapped by other processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="45"/>
        <source>Resident, modified pages also mapped by other processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="47"/>
        <source>Resident, unmodified pages mapped only by this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="49"/>
        <source>Resident, modified pages mapped only by this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="50"/>
        <source>Pages marked as recently accessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="52"/>
        <source>Pages that belong to no file (including copy-on-write copies of file pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="54"/>
        <source>Pages merged by kernel samepage merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="56"/>
        <source>Pages marked MADV_FREE: the kernel may drop them instead of swapping them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="59"/>
        <source>Anonymous memory backed by transparent huge pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="61"/>
        <source>Shared memory mapped with huge pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="62"/>
        <source>File pages mapped with huge pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="64"/>
        <source>hugetlbfs pages shared with other processes (not counted in Rss/Pss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="67"/>
        <source>hugetlbfs pages private to this process (not counted in Rss/Pss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="70"/>
        <source>Anonymous pages of this mapping that are swapped out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="72"/>
        <source>Swapped-out pages, each divided by the number of processes sharing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="74"/>
        <source>Pages locked in RAM (mlock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="76"/>
        <source>1 if the mapping may be backed by transparent huge pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="78"/>
        <source>The memory protection key of the mapping (pkeys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="104"/>
        <source>Unique set: Private_Clean + Private_Dirty, the memory freed if the process exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/SmapsFields.cpp" line="108"/>
        <source>A field this version of vmscope does not know (printed by a newer kernel).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::SnapshotStore</name>
    <message>
        <location filename="../widgets/compare/SnapshotStore.cpp" line="91"/>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/SnapshotStore.cpp" line="93"/>
        <source>experiment step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/SnapshotStore.cpp" line="95"/>
        <source>capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/SnapshotStore.cpp" line="102"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/SnapshotStore.cpp" line="120"/>
        <source>%1, taken %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::SshTransport</name>
    <message>
        <location filename="../core/analysis/SshTransport.cpp" line="63"/>
        <source>the host key of %1 is unknown or changed: connect once with ssh %1 in a terminal to check and accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/SshTransport.cpp" line="67"/>
        <source>ssh could not log in to %1: no key or agent identity was accepted (vmscope never asks for passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/SshTransport.cpp" line="71"/>
        <source>ssh could not find the address of %1: check the name, ~/.ssh/config and the name service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/SshTransport.cpp" line="74"/>
        <source>%1 refused the connection: no ssh server listens on that port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/SshTransport.cpp" line="77"/>
        <source>%1 cannot be reached: there is no route to it or it did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/SshTransport.cpp" line="80"/>
        <source>%1 closed the connection before vmscope could log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/SshTransport.cpp" line="85"/>
        <source>ssh could not connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::StuckReadMonitor</name>
    <message numerus="yes">
        <location filename="../widgets/common/StuckReadMonitor.cpp" line="40"/>
        <source>Reading %1 has taken %2 s (and %n more read(s) are waiting too)</source>
        <translation>
            <numerusform>Reading %1 has taken %2 s (and %n more read is waiting too)</numerusform>
            <numerusform>Reading %1 has taken %2 s (and %n more reads are waiting too)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/common/StuckReadMonitor.cpp" line="43"/>
        <source>Reading %1 has taken %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/StuckReadMonitor.cpp" line="45"/>
        <source>These reads have not returned. Their file system may be hung (NFS, FUSE), or the process they belong to holds its memory lock. vmscope keeps working; only what needs these files waits, and nothing waits for them when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/StuckReadMonitor.cpp" line="49"/>
        <source>%1: %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::SystemAreaModel</name>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="21"/>
        <source>Firmware and hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="23"/>
        <source>Kernel image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="25"/>
        <source>Kernel dynamic memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="27"/>
        <source>Userspace memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="29"/>
        <source>Free memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="38"/>
        <source>RAM the kernel never manages: reserved by the firmware (BIOS/UEFI), devices and the kernel&apos;s own early allocations: the installed RAM minus MemTotal and the kernel image. The installed RAM comes from the memory blocks in /sys, or from the setting beside the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="42"/>
        <source>The kernel&apos;s code and static data, from /proc/iomem (Kernel code, rodata, data, bss). Only root can read the addresses there; otherwise it stays 0, as with smem without -K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="45"/>
        <source>What the kernel allocated for itself and for caches: MemTotal − MemFree − userspace memory.
Cache: Buffers + SReclaimable + (Cached − Mapped), page cache and slab it can drop under pressure.
Non-cache: slab that cannot be reclaimed, page tables, kernel stacks, vmalloc, driver buffers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="50"/>
        <source>Pages mapped into processes: AnonPages + Mapped.
Cache: Mapped, file pages the kernel can drop and read back.
Non-cache: anonymous memory (heap, stacks, malloc), which can only go to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="54"/>
        <source>MemFree: pages nobody uses. Counted as cache because it is available at once; MemAvailable in /proc/meminfo adds what can be reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="73"/>
        <source>Where the physical memory is, computed from /proc/meminfo as smem -w does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="75"/>
        <source>All memory in this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="77"/>
        <source>The part the kernel can reclaim when memory runs short (page cache, reclaimable slab, free pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="80"/>
        <source>The part that stays until its owner frees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="88"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="90"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="93"/>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="96"/>
        <source>Non-cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="101"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::SystemUsagePage</name>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="152"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="155"/>
        <source>Read every process&apos;s smaps_rollup and /proc/meminfo again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="157"/>
        <source>&amp;Every 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="158"/>
        <source>Refresh the process, user and system figures every 5 seconds while this page is shown. The mapping scan is not repeated: it reads every process&apos;s full smaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="161"/>
        <source>% of Mem&amp;Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="162"/>
        <source>Show sizes as a percentage of MemTotal (the RAM the kernel manages) instead of KiB/MiB/GiB; the system table uses the installed RAM. Hover a cell for the exact size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="166"/>
        <source>Filter by PID, user, command or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="168"/>
        <source>Shows only the rows that contain this text, in every table and in the treemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="170"/>
        <source>Reading processes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="189"/>
        <source>By pro&amp;cess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="191"/>
        <source>Every readable process with its swap, USS, PSS and RSS, and a treemap of PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="192"/>
        <source>By &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="193"/>
        <source>The processes of each user added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="194"/>
        <source>By &amp;mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="195"/>
        <source>Every mapped file summed over all processes: who pays for libc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="196"/>
        <source>S&amp;ystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="197"/>
        <source>Where the physical memory is: firmware, kernel, userspace, free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="244"/>
        <source>Double-click or press Enter to open a process&apos;s address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="249"/>
        <source>Every process as a rectangle sized by its PSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="274"/>
        <source>Double-click a user to see their processes in the treemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="278"/>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="337"/>
        <source>USS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="279"/>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="338"/>
        <source>Shared part of PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="280"/>
        <source>PSS − USS: this user&apos;s share of pages mapped by several processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="307"/>
        <source>Sc&amp;an all mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="308"/>
        <source>Read the full smaps of every process and add up each mapping over all of them. This walks every process&apos;s page tables, so it takes a while on a busy system; the processes it reads pause briefly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="313"/>
        <source>%v of %m processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="314"/>
        <source>Processes whose smaps has been read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="317"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="318"/>
        <source>Stop the scan; the table keeps the result of the last complete scan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="322"/>
        <source>Not scanned yet: press “Scan all mappings”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="337"/>
        <source>Pages of the mapping that only one process maps (private to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="339"/>
        <source>PSS − USS: the shares of pages mapped by several processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="340"/>
        <source>Scan all mappings to see who pays for what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="368"/>
        <source>&amp;Installed RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="372"/>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="373"/>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="374"/>
        <source>The RAM installed in the machine, as smem -R takes it. Leave at “detect” to count the memory blocks in /sys/devices/system/memory (or to use MemTotal when they cannot be read). Remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="394"/>
        <source>Non-cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="395"/>
        <source>Stays until its owner frees it (or, for anonymous memory, goes to swap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="396"/>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="396"/>
        <source>The kernel can reclaim it when memory runs short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="543"/>
        <source>%n process(es), read at %1</source>
        <translation>
            <numerusform>%n process, read at %1</numerusform>
            <numerusform>%n processes, read at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="546"/>
        <source> · %n exited while being read</source>
        <translation>
            <numerusform> · %n exited while being read</numerusform>
            <numerusform> · %n exited while being read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="549"/>
        <source>Kernel threads (no user memory) are not listed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="568"/>
        <source>PID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="571"/>
        <source>%1 (PID %2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="578"/>
        <source>%n process(es) of other users are not included: </source>
        <translation>
            <numerusform>%n process of other users is not included: </numerusform>
            <numerusform>%n processes of other users are not included: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="579"/>
        <source>%n process(es) could not be read and are not included: </source>
        <translation>
            <numerusform>%n process could not be read and is not included: </numerusform>
            <numerusform>%n processes could not be read and are not included: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="582"/>
        <source>, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="586"/>
        <source>Even root cannot read them (another PID namespace, or a security module); hover for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="589"/>
        <source>Their memory is missing from every total here. Run vmscope with sudo (sudo vmscope), or sudo vmscope-cli system --by process, to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="603"/>
        <source>Cannot read the system figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="611"/>
        <source>the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="616"/>
        <source>The installed RAM (%1) cannot be less than MemTotal; MemTotal is used. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="619"/>
        <source>MemTotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="626"/>
        <source>Cannot compute the system figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="635"/>
        <source>Installed RAM %1 (%2) · MemTotal %3 · kernel image: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="700"/>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="723"/>
        <source>%1, mapped by %n process(es)</source>
        <translation>
            <numerusform>%1, mapped by %n process</numerusform>
            <numerusform>%1, mapped by %n processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="772"/>
        <source>Reading the smaps of %n process(es)…</source>
        <translation>
            <numerusform>Reading the smaps of %n process…</numerusform>
            <numerusform>Reading the smaps of %n processes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="818"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="837"/>
        <source>Scan cancelled at %1 after %2 of %3 processes; the table shows the previous scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="841"/>
        <source>Scan cancelled at %1 after %2 of %3 processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="853"/>
        <source>%n mapping(s) in %1 process(es), scanned at %2 in %3 s</source>
        <translation>
            <numerusform>%n mapping in %1 process(es), scanned at %2 in %3 s</numerusform>
            <numerusform>%n mappings in %1 process(es), scanned at %2 in %3 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="858"/>
        <source> · %n not readable (hover)</source>
        <translation>
            <numerusform> · %n not readable (hover)</numerusform>
            <numerusform> · %n not readable (hover)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="860"/>
        <source> · %n exited meanwhile</source>
        <translation>
            <numerusform> · %n exited meanwhile</numerusform>
            <numerusform> · %n exited meanwhile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="864"/>
        <source>PID %1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="868"/>
        <source>Scan again to update: the figures are not refreshed automatically.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::UsageBarChart</name>
    <message>
        <location filename="../widgets/usage/UsageBarChart.cpp" line="26"/>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageBarChart.cpp" line="28"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageBarChart.cpp" line="29"/>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageBarChart.cpp" line="103"/>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageBarChart.cpp" line="109"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageBarChart.cpp" line="115"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::UsageTableModel</name>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="44"/>
        <source>USS, unique set size (Private_Clean + Private_Dirty): memory only this process uses, freed if it exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="47"/>
        <source>PSS, proportional set size: each resident page divided by the number of processes mapping it. The PSS of all processes adds up to the memory they really use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="50"/>
        <source>RSS, resident set size: pages in RAM, shared ones counted in full for every process that maps them, so RSS summed over processes overstates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="53"/>
        <source>Swap: anonymous pages that were moved out of RAM to swap space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="55"/>
        <source>Average PSS: the mapping&apos;s PSS divided by the number of processes that map it, what one of them pays for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="66"/>
        <source>Shown as a percentage of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="76"/>
        <source>USS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="79"/>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="82"/>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="85"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="88"/>
        <source>Average PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="91"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="106"/>
        <source>%1 (%2 kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTableModel.cpp" line="109"/>
        <source>%1, %2 % of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::UsageTreemap</name>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="76"/>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="78"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="80"/>
        <source>shmem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="84"/>
        <source>not split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="91"/>
        <source>anonymous (Pss_Anon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="93"/>
        <source>file-backed (Pss_File)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="95"/>
        <source>shared memory (Pss_Shmem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="99"/>
        <source>not split by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/UsageTreemap.cpp" line="274"/>
        <source>All users: PSS %1 in %n process(es). Click a user&apos;s title to zoom in.</source>
        <translation>
            <numerusform>All users: PSS %1 in %n process. Click a user&apos;s title to zoom in.</numerusform>
            <numerusform>All users: PSS %1 in %n processes. Click a user&apos;s title to zoom in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/UsageTreemap.cpp" line="276"/>
        <source>‹ All users  ›  %1: PSS %2 in %n process(es). Click here or press Backspace to zoom out.</source>
        <translation>
            <numerusform>‹ All users  ›  %1: PSS %2 in %n process. Click here or press Backspace to zoom out.</numerusform>
            <numerusform>‹ All users  ›  %1: PSS %2 in %n processes. Click here or press Backspace to zoom out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="285"/>
        <source>Reading processes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="285"/>
        <source>No process uses any memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="306"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="377"/>
        <source>Click to show all users again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="382"/>
        <source>%1: PSS %2
Click the title to zoom into this user&apos;s processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="390"/>
        <source>%1 (PID %2), user %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="393"/>
        <source>PSS %1 · USS %2 · RSS %3 · swap %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="400"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UsageTreemap.cpp" line="404"/>
        <source>Click to select it in the table, double-click to open its address space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::UserUsageModel</name>
    <message>
        <location filename="../widgets/usage/UserUsageModel.cpp" line="39"/>
        <source>The user the processes run as (their real uid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UserUsageModel.cpp" line="40"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UserUsageModel.cpp" line="43"/>
        <source>Readable processes of this user (the ones that could not be read are named in the banner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UserUsageModel.cpp" line="46"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UserUsageModel.cpp" line="65"/>
        <source>uid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::VmFlags</name>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="14"/>
        <source>readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="15"/>
        <source>writeable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="16"/>
        <source>executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="17"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="18"/>
        <source>may read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="19"/>
        <source>may write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="20"/>
        <source>may execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="21"/>
        <source>may share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="22"/>
        <source>stack segment grows down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="23"/>
        <source>pure PFN range (no struct page behind it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="24"/>
        <source>disabled write to the mapped file (before 5.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="25"/>
        <source>pages are locked in memory (mlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="26"/>
        <source>memory-mapped I/O area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="27"/>
        <source>sequential read advice provided (MADV_SEQUENTIAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="28"/>
        <source>random read advice provided (MADV_RANDOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="29"/>
        <source>do not copy the area on fork (MADV_DONTFORK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="30"/>
        <source>do not expand the area on remapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="31"/>
        <source>lock pages on fault (mlock2 MLOCK_ONFAULT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="32"/>
        <source>area is accountable (counts toward Committed_AS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="33"/>
        <source>swap space is not reserved for the area (MAP_NORESERVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="34"/>
        <source>area uses huge TLB pages (hugetlbfs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="35"/>
        <source>synchronous page faults (MAP_SYNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="36"/>
        <source>non-linear mapping (removed in 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="37"/>
        <source>architecture-specific flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="38"/>
        <source>wipe on fork (MADV_WIPEONFORK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="39"/>
        <source>not included in core dumps (MADV_DONTDUMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="40"/>
        <source>arm64 BTI guarded page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="41"/>
        <source>soft-dirty flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="42"/>
        <source>mixed map area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="43"/>
        <source>huge page advice (MADV_HUGEPAGE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="44"/>
        <source>no-huge page advice (MADV_NOHUGEPAGE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="45"/>
        <source>mergeable advice (MADV_MERGEABLE, KSM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="46"/>
        <source>userfaultfd missing-page tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="47"/>
        <source>userfaultfd write-protect tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="48"/>
        <source>userfaultfd minor-fault tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="49"/>
        <source>MPX bounds tables (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="50"/>
        <source>arm64 MTE allocation tags enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="51"/>
        <source>shadow stack page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="52"/>
        <source>sealed (mseal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="53"/>
        <source>droppable under memory pressure (MAP_DROPPABLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="54"/>
        <source>guard regions installed (MADV_GUARD_INSTALL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/VmFlags.cpp" line="84"/>
        <source>unknown flag (newer than this version of vmscope)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::VmaDetailsPanel</name>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="46"/>
        <source>%1 (%2 kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="53"/>
        <source>readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="55"/>
        <source>writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="57"/>
        <source>executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="59"/>
        <source>no access (guard or reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="60"/>
        <source>shared: writes are seen by other mappings of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="61"/>
        <source>private: copy-on-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="76"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="76"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="76"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="83"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="88"/>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="107"/>
        <source>No area selected. Select a row of the table or a block of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="142"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="143"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="154"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="155"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="155"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="156"/>
        <source>Virtual addresses from start up to (not including) end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="157"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="158"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="159"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="160"/>
        <source>Where in the file the mapping starts (a file offset, not an address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="161"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="162"/>
        <source>Major:minor number of the device holding the file; 00:00 for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="163"/>
        <source>Inode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="164"/>
        <source>Inode of the mapped file on that device; 0 for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="165"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="165"/>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="201"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="166"/>
        <source>The file was deleted after it was mapped; the mapping keeps its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="167"/>
        <source>Anonymous memory: it belongs to no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="168"/>
        <source>The mapped file, or a pseudo path the kernel gives special areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="169"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="169"/>
        <source>What the area is, inferred from maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="171"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="171"/>
        <source>Why vmscope gave the area this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="173"/>
        <source>Memory (smaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="175"/>
        <source>(not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="176"/>
        <source>Read from maps, which has no per-area counters; smaps has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="196"/>
        <source>Uss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="199"/>
        <source>VmFlags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="202"/>
        <source>Read from maps, which has no flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="203"/>
        <source>This kernel does not print VmFlags (they appeared in 3.8).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::VmaTableModel</name>
    <message>
        <location filename="../widgets/process/ChangeHighlighter.cpp" line="108"/>
        <location filename="../widgets/process/VmaTableModel.cpp" line="614"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="99"/>
        <source>More smaps Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/VmaTableModel.cpp" line="715"/>
        <source>%1: %n VMA(s)</source>
        <translation>
            <numerusform>%1: %n VMA</numerusform>
            <numerusform>%1: %n VMAs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="778"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="778"/>
        <source>First address of the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="780"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="780"/>
        <source>First address after the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="782"/>
        <source>Perms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="783"/>
        <source>Read, write, execute; p = private (copy-on-write), s = shared with other mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="785"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="785"/>
        <source>Offset in the file where the mapping starts (not an address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="787"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="787"/>
        <source>Major:minor number of the device holding the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="789"/>
        <source>Inode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="789"/>
        <source>Inode of the mapped file; 0 for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="791"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="791"/>
        <source>What the area is (code, heap, stack, ...), inferred from maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="793"/>
        <source>Uss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="795"/>
        <source>VmFlags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="795"/>
        <source>Kernel flags of the area (smaps VmFlags), decoded in the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="797"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="797"/>
        <source>Mapped file or pseudo path; empty for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="799"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="799"/>
        <source>Why the area was given its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="801"/>
        <source>VMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="801"/>
        <source>Number of areas (lines of maps) in the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="806"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::VmstatRatesPlot</name>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="55"/>
        <source>Rates from /proc/vmstat, per second, from the difference between two samples.
Minor fault: a page was mapped without disk I/O (first touch, page already cached).
Major fault: the task waited for the disk (file data not cached, or swapped out).
kswapd scan: pages looked at by background reclaim (free memory fell below the low watermark).
Direct scan: pages looked at by tasks that had to reclaim themselves before allocating (below min): that is where stalls come from.
Swap in/out: pages read from / written to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="77"/>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="94"/>
        <source>minor faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="95"/>
        <source>major faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="96"/>
        <source>kswapd scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="97"/>
        <source>direct scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="98"/>
        <source>swap in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="99"/>
        <source>swap out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="105"/>
        <source>%1 per second, from /proc/vmstat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="113"/>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="159"/>
        <source>Rates appear after the second sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="162"/>
        <source>Page faults/s: minor %1, major %2  ·  pages scanned/s: kswapd %3, direct %4  ·  swap pages/s: in %5, out %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::WatermarkGauge</name>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="23"/>
        <source>%1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="37"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="39"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="41"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="44"/>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="153"/>
        <source>promo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="75"/>
        <source>comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="77"/>
        <source>between low and high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="79"/>
        <source>kswapd woken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="81"/>
        <source>direct reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="90"/>
        <source>Free pages are above the high watermark: kswapd sleeps and allocations take pages without reclaiming anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="93"/>
        <source>Between low and high: if kswapd was woken it keeps reclaiming in the background until free is above high again; allocations are not slowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="96"/>
        <source>Below low: allocations wake kswapd, which reclaims page cache and swaps in the background; allocations still succeed without waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="99"/>
        <source>Below min: an allocating task must reclaim (or compact) memory itself before it gets a page, the stall users feel. Only atomic allocations and reclaim itself may dip under min; if reclaim fails the OOM killer is next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="176"/>
        <source>This kernel prints no watermarks for the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="306"/>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="308"/>
        <source>bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="314"/>
        <source>−%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="316"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="319"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="326"/>
        <source>&lt;b&gt;How the watermarks are set&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="331"/>
        <source>vm.min_free_kbytes = %1 kB is the sum of all zones&apos; min watermarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="333"/>
        <source>Its default for this machine is sqrt(%1 kB of low memory × 16) = %2 kB (clamped to 128 kB … 256 MiB; 64 MiB before Linux 5.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="338"/>
        <source>The value differs from the default: set with sysctl, or raised by khugepaged so that transparent huge pages can be formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="342"/>
        <source>This zone&apos;s min is its share by managed pages: %1 × %2 / %3 pages = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="350"/>
        <source>The kernel&apos;s figure (%1) differs: it computed the watermarks when they were last set, and the managed pages changed since (memory hot-plug or a balloon driver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="355"/>
        <source>low = min + max(min / 4, managed × watermark_scale_factor / 10000) and high = low + the same distance; with watermark_scale_factor = %1 the distance is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="361"/>
        <source>vm.min_free_kbytes (default sqrt(low memory in kB × 16), 128 kB … 256 MiB) is split across the zones by size into their min watermarks; watermark_scale_factor sets the distance from min to low and from low to high. (/proc/sys/vm was not read yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="366"/>
        <source>boost = %1: after an allocation had to fall back to another migrate type (fragmentation), the watermarks are raised by watermark_boost_factor so kswapd reclaims and compacts more; the boost is dropped when kswapd is done. The shown watermarks include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="371"/>
        <source>boost = 0: no fragmentation event raised the watermarks just now (watermark_boost_factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="378"/>
        <source>&lt;i&gt;Axis: below high each band has a fixed height (linear inside it), because the distance between two watermarks can be a few percent of min and would vanish on a linear axis; above high the axis is logarithmic up to the zone&apos;s managed size (%1), because free memory is often a hundred times the high watermark.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="399"/>
        <source>Below min, allocations reclaim directly (the allocating task waits); only atomic allocations and reclaim itself may use the pages under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="402"/>
        <source>When free falls to low, allocations wake kswapd, which reclaims in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="404"/>
        <source>kswapd reclaims until free is above high, then sleeps again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="406"/>
        <source>With NUMA memory tiering, kswapd reclaims up to promo so that hot pages can be promoted from slower memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="408"/>
        <source>&lt;b&gt;%1 watermark: %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="423"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="429"/>
        <source>&lt;br&gt;&lt;br&gt;%1 s ago: free %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="434"/>
        <source>&lt;br&gt;&lt;br&gt;Free now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::WorkloadPanel</name>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="64"/>
        <source>Run without a memory limit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="98"/>
        <source>Work&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="100"/>
        <source>tar a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="101"/>
        <source>read a file with dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="102"/>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="104"/>
        <source>GNU tar archives the folder into a pipe (tar -cf - | wc -c): every file&apos;s data is read, so the page cache fills. (With /dev/null as the archive tar would skip reading the data.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="107"/>
        <source>dd reads the file in 1 MiB blocks into /dev/null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="108"/>
        <source>Any command line, run with /bin/sh -c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="109"/>
        <source>allocate and write memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="110"/>
        <source>allocate memory, never touch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="111"/>
        <source>read never-written memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="112"/>
        <source>write memory until killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="114"/>
        <source>vmscope-alloc touch: allocates the size in steps of 16 MiB and writes every page, so RSS grows with VSZ; beyond the memory limit the OOM killer ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="118"/>
        <source>vmscope-alloc untouched: malloc without writing: VSZ grows, RSS does not. With vm.overcommit_memory=2 the malloc itself fails (Cannot allocate memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="122"/>
        <source>vmscope-alloc read-touch: reads every page of memory never written; each read maps the shared zero page, so RSS stays low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="126"/>
        <source>vmscope-alloc until-killed: writes memory step by step (the size is the step) until the OOM killer ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="130"/>
        <source>stress-ng --vm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="132"/>
        <source>stress-ng --vm 1 --vm-bytes SIZE: one worker that keeps writing the size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="134"/>
        <source>What to run while the timeline watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="138"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="143"/>
        <source>Limit &amp;memory to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="144"/>
        <source>Run the workload in a memory cgroup of its own with this limit and no swap: the OOM killer then ends the workload, not other programs. Needs root or a systemd user session with the cgroup v2 memory controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="149"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="151"/>
        <source>The limit; the default is a quarter of MemAvailable, at most 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="165"/>
        <source>&amp;Run workload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="167"/>
        <source>Start the workload (Ctrl+R); asks for the folder or file if none is chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="168"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="170"/>
        <source>Run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="171"/>
        <source>Run the last workload once more: the second run of a tar usually finds its files in the page cache and finishes much faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="173"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="174"/>
        <source>End the workload and every process it started (SIGTERM, then SIGKILL after two seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="176"/>
        <source>Choose a workload and press Run (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="193"/>
        <source>The workload&apos;s output (stdout, and stderr in red) appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="194"/>
        <source>Output of the running workload; the last %L1 lines are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="202"/>
        <source>Every run side by side: run the same tar twice to see the cold versus warm cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="294"/>
        <source>Folder to archive, e.g. /usr/share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="295"/>
        <source>The folder tar reads; Browse… picks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="298"/>
        <source>File to read, e.g. a large video or disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="299"/>
        <source>The file dd reads; Browse… picks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="302"/>
        <source>Command line, e.g. find / -xdev -type f | wc -l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="303"/>
        <source>Run with /bin/sh -c; Enter starts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="309"/>
        <source>Size in MiB, e.g. 300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="310"/>
        <source>How much memory, in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="313"/>
        <source>Step in MiB (16 when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="314"/>
        <source>How much memory each step writes, in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="323"/>
        <source>Size in MiB, e.g. %1 (2 × RAM: fails under overcommit 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="333"/>
        <source>Folder for tar to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="335"/>
        <source>File for dd to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="346"/>
        <source>Choose the folder tar should read (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="347"/>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="356"/>
        <source>Choose the file dd should read (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="357"/>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="365"/>
        <source>Type a command line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="378"/>
        <source>Type a size in MiB, 1 to 1048576.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="394"/>
        <source>stress-ng is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="405"/>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="428"/>
        <source>A workload is still running: cancel it or wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="414"/>
        <source>%1 runs without a memory limit. When the machine runs short of memory, the kernel&apos;s OOM killer may end other programs instead of it: your editor, your browser, the desktop. Run it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="418"/>
        <source>Not started: set a memory limit to run it safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="434"/>
        <source>Type a command line and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="462"/>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="472"/>
        <source>$ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="486"/>
        <source>Cancelling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="506"/>
        <source>[%1 after %2 s]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="511"/>
        <source>[%n process(es) the workload started could not be ended: %1]</source>
        <translation>
            <numerusform>[%n process the workload started could not be ended: %1]</numerusform>
            <numerusform>[%n processes the workload started could not be ended: %1]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="512"/>
        <source>[the workload left %n process(es) running: %1]</source>
        <translation>
            <numerusform>[the workload left %n process running: %1]</numerusform>
            <numerusform>[the workload left %n processes running: %1]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="516"/>
        <source>%1: %2 after %3 s%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="518"/>
        <source>, %1 read from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="554"/>
        <source>%1 — running for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="556"/>
        <source> · read from disk %1 · read() total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WorkloadPanel.cpp" line="603"/>
        <source>
[… %L1 bytes of output skipped: it came faster than it can be shown …]
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ZoneCard</name>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="19"/>
        <source>Node %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="59"/>
        <source>free: pages on the zone&apos;s free lists.
managed: pages the page allocator manages (present minus memory reserved at boot, e.g. for the kernel image and struct pages).
present: physical pages in the zone.
spanned: the zone&apos;s page-frame range, holes included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="69"/>
        <source>Lowmem protection (protection: in /proc/zoneinfo, the kernel&apos;s lowmem_reserve): an allocation that could have used a higher zone may take pages from this one only while its free pages stay above the watermark plus this reserve. It keeps the small low zones, which some devices need for DMA, from being filled by ordinary allocations. Set by vm.lowmem_reserve_ratio: reserve = managed pages of the higher zones / ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="116"/>
        <source>no watermarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="128"/>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="132"/>
        <source>Lowmem protection: none (no higher zone falls back to this one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="135"/>
        <source>%1 from %2 allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="136"/>
        <source>Lowmem protection: keeps back %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="152"/>
        <source>free %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="154"/>
        <source>managed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="156"/>
        <source>present %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="158"/>
        <source>watermarks boosted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="164"/>
        <source>&lt;small&gt;Split by migrate type: needs /proc/pagetypeinfo (root only).&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ZonePanel</name>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="104"/>
        <source>Commit (overcommit accounting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="108"/>
        <source>RSS:VSZ …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="133"/>
        <source>vm.min_free_kbytes: the free memory the kernel keeps for emergencies, split across the zones into their min watermarks.
vm.watermark_scale_factor: the distance from min to low and from low to high, in ten-thousandths of the zone (default 10 = 0.1 %).
vm.watermark_boost_factor: how far the watermarks are raised after a fragmentation event, in ten-thousandths of high (0 disables boosting).
vm.lowmem_reserve_ratio: how much of each lower zone is protected from allocations that could use a higher one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="154"/>
        <source>Zones with no memory on this machine: the kernel lists every zone it was built with (Movable only holds memory when kernelcore=/movablecore= or hot-plugged memory asks for it; Device is for persistent and device memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="171"/>
        <source>Could not read the vm sysctls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="209"/>
        <source>Σ VmRSS / Σ VmSize over all processes: how much of the address space programs reserved is in RAM. It is far below 1 (often under 0.1) because programs reserve much more than they touch: thread stacks, malloc arenas, whole mapped libraries and files, sparse arrays. A page costs RAM only once touched (demand paging), and overcommit is the kernel lending against that gap: Committed_AS counts the writable part of the promise, RSS what was taken up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="220"/>
        <source>RSS:VSZ: no process readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="223"/>
        <source>RSS:VSZ %1 (%2 resident of %3 virtual; processes: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kernel/ZonePanel.cpp" line="229"/>
        <source>; %n not readable</source>
        <translation>
            <numerusform>; %n not readable</numerusform>
            <numerusform>; %n not readable</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="307"/>
        <source>node %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="318"/>
        <source>Empty zones (no memory): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="375"/>
        <source>Reading /proc/sys/vm …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="381"/>
        <source>vm.min_free_kbytes %1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="384"/>
        <source> (default for this machine %1 kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="390"/>
        <source>watermark_scale_factor %1 (%2 % of a zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="394"/>
        <source>watermark_boost_factor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="399"/>
        <source>lowmem_reserve_ratio %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
