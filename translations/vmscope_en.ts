<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>See where a Linux process&apos;s memory goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Read &lt;dir&gt; instead of /proc (a capture or fixture directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Open the process with this &lt;pid&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Open the first process with this name.</source>
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
        <location filename="../widgets/process/AddressMapPainter.cpp" line="214"/>
        <source>No process selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="217"/>
        <source>compressed scale: block length grows with log₂(size), gaps collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="218"/>
        <source>linear scale: true addresses, 1 pixel ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="221"/>
        <source>32-bit, 3G/1G split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="222"/>
        <source>5-level paging, 56-bit user space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="223"/>
        <source>4-level paging, 47-bit user space</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/AddressMapPainter.cpp" line="224"/>
        <source>pid %1 · %n VMA(s) · %2 · %3</source>
        <translation>
            <numerusform>pid %1 · %n VMA · %2 · %3</numerusform>
            <numerusform>pid %1 · %n VMAs · %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="228"/>
        <source> · zoom %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="385"/>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="498"/>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="681"/>
        <source>%1 unmapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="391"/>
        <source>non-canonical hole · %1 · no valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="507"/>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="521"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="523"/>
        <source> · KASLR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="525"/>
        <source>kernel space · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="647"/>
        <source>%1 VMAs · %2 · mostly %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="650"/>
        <source>%1 VMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="666"/>
        <source> · Rss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="677"/>
        <source>non-canonical hole · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="679"/>
        <source>kernel: unused · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="687"/>
        <source>kernel space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="688"/>
        <source>double-click to expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="694"/>
        <source> · randomized (KASLR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="702"/>
        <source>3G/1G split: user space below, kernel above 0xc0000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="703"/>
        <source>end of user space (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="843"/>
        <source>Region kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="855"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="863"/>
        <source>Inside a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="873"/>
        <source>resident (Rss), from the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="874"/>
        <source>mapped, not resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="876"/>
        <source>dirty (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="878"/>
        <source>swapped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="886"/>
        <source>unmapped gap (break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="887"/>
        <source>kernel space (mm.rst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapPainter.cpp" line="901"/>
        <source>PSS share (USS dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="87"/>
        <source>Address-space map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="462"/>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="463"/>
        <source>permissions %1 · offset 0x%2 · device %3 · inode %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="468"/>
        <source>path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="469"/>
        <source> (deleted: the file was unlinked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="474"/>
        <source>Rss %1 · Pss %2 · Uss %3 · Swap %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="478"/>
        <source>dirty %1 (private %2, shared %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="483"/>
        <source>no smaps counters (read from maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="486"/>
        <source>VmFlags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="511"/>
        <source>&lt;i&gt;%1 blocks share this pixel row; zoom in to tell them apart.&lt;/i&gt;&lt;br/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="517"/>
        <source>&lt;b&gt;unmapped&lt;/b&gt;&lt;br/&gt;between %1 and %2 (%3)&lt;br/&gt;no VMA: any access here faults (SIGSEGV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="521"/>
        <source>&lt;b&gt;non-canonical hole&lt;/b&gt;&lt;br/&gt;%1 – %2&lt;br/&gt;bits 63 down to the top implemented bit must all be equal; these addresses cannot be mapped at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="527"/>
        <source>&lt;b&gt;kernel space&lt;/b&gt;&lt;br/&gt;%1 – %2&lt;br/&gt;shared by all processes, not accessible from user mode; double-click to show the documented layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="532"/>
        <source>&lt;b&gt;kernel: %1&lt;/b&gt;&lt;br/&gt;%2 – %3 (%4)&lt;br/&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="536"/>
        <source>&lt;br/&gt;KASLR moves this region at boot: the documented address is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/AddressMapView.cpp" line="537"/>
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
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="85"/>
        <source>No buddyinfo line for this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="88"/>
        <source>No free block at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="90"/>
        <source>Largest free block: %1 (order %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="97"/>
        <source> · %1 % of free memory in blocks of %2 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="102"/>
        <source> · fragmented: no block for a huge page without compaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="144"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="175"/>
        <source>%1k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="190"/>
        <source>&lt;b&gt;Buddy allocator free lists&lt;/b&gt; (/proc/buddyinfo)&lt;br&gt;Each bar is the share of this zone&apos;s free memory held in free blocks of 2&lt;sup&gt;order&lt;/sup&gt; contiguous pages; the number on the bar counts the blocks. Plenty at order 0 and nothing at the high orders means fragmentation: a large contiguous allocation (a huge page, a DMA buffer) then needs compaction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="196"/>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;Order %1&lt;/b&gt;: blocks of %2&lt;br&gt;%3 free blocks = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="202"/>
        <source>&lt;br&gt;&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="205"/>
        <source> or more (the kernel stops counting at 100000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/BuddyHistogram.cpp" line="209"/>
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
        <location filename="../widgets/kernel/CommitGauge.cpp" line="91"/>
        <source>Committed_AS is the memory promised to processes (private writable mappings and the like), whether or not it was touched yet: malloc succeeding does not mean the pages exist, they are given on first touch.
CommitLimit (the line) = (MemTotal − huge pages) × vm.overcommit_ratio / 100 + SwapTotal, or vm.overcommit_kbytes + SwapTotal when that is set. Only vm.overcommit_memory = 2 enforces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="141"/>
        <source>Commit: this kernel&apos;s meminfo has no Committed_AS/CommitLimit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="143"/>
        <source>Committed %1 of %2 CommitLimit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="146"/>
        <source>Committed %1 of %2 CommitLimit (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="154"/>
        <source>Overcommit mode unknown (/proc/sys/vm/overcommit_memory not read yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="157"/>
        <source>vm.overcommit_memory = 0 (heuristic, the default): only allocations that obviously cannot be met (more than RAM + swap) are refused; CommitLimit is not enforced, so Committed_AS may exceed it, and a real shortage is met by reclaim and, last, the OOM killer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="161"/>
        <source>vm.overcommit_memory = 1 (always): every allocation succeeds whatever its size; CommitLimit is for information only, and a real shortage is met by the OOM killer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="164"/>
        <source>vm.overcommit_memory = 2 (strict): an allocation that would push Committed_AS above CommitLimit fails (malloc returns NULL, mmap ENOMEM) instead of overcommitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="167"/>
        <source> The limit comes from vm.overcommit_kbytes = %1 kB plus swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="170"/>
        <source> The limit is %1 % of RAM (vm.overcommit_ratio) plus swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="175"/>
        <source>vm.overcommit_memory = %1: a mode this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/CommitGauge.cpp" line="185"/>
        <source> (The sysctls give a limit of %1; the kernel reports %2: a sysctl changed since, or memory was hot-plugged.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::FreeSummary</name>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="25"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="25"/>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="25"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="25"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="26"/>
        <source>buff/cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="26"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="28"/>
        <source>MemTotal: the RAM the kernel manages (installed RAM minus firmware and the kernel image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="29"/>
        <source>used = MemTotal − MemFree − Buffers − Cached − SReclaimable: memory programs and the kernel hold and cannot simply drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="31"/>
        <source>MemFree: not used for anything. A small number here is normal and good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="32"/>
        <source>Shmem: shared memory and tmpfs (part of buff/cache, but it cannot be dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="33"/>
        <source>Buffers + Cached + SReclaimable: file data and kernel caches kept in RAM because it was free. The kernel gives it back as soon as programs need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="35"/>
        <source>MemAvailable: the kernel&apos;s estimate of what new programs can get without swapping. The honest answer to &quot;how much RAM is left&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="38"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="39"/>
        <source>As free -m shows it: MiB, rounded down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="47"/>
        <source>Mem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="47"/>
        <source>Swap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="64"/>
        <source>&lt;b&gt;Linux did not eat your RAM.&lt;/b&gt; &lt;i&gt;used&lt;/i&gt; is what programs and the kernel really hold. &lt;i&gt;buff/cache&lt;/i&gt; is file data kept in otherwise idle RAM to make the next read fast; the kernel hands it back the moment a program needs it. &lt;i&gt;available&lt;/i&gt; is what you can still start programs in without swapping — watch that one, not &lt;i&gt;free&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="79"/>
        <source>This kernel has no MemAvailable (before 3.14): free + buff/cache is shown, an optimistic guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/FreeSummary.cpp" line="85"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::GuiFormat</name>
    <message>
        <location filename="../widgets/common/GuiFormat.cpp" line="23"/>
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
        <location filename="../widgets/kernel/KernelPage.cpp" line="89"/>
        <source>Sampl&amp;e every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="92"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="93"/>
        <source>How often meminfo, zoneinfo, buddyinfo and vmstat are read. 0.1 s shows fast changes; 10 s keeps a long history in the same memory. Sampling runs on its own thread and costs well under 2 % of a core even at 0.1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="99"/>
        <source>vmstat &amp;rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="100"/>
        <source>Show page faults, reclaim scanning and swap traffic per second, computed from /proc/vmstat between samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="114"/>
        <location filename="../widgets/kernel/KernelPage.cpp" line="336"/>
        <source>&amp;Drop caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="116"/>
        <source>sync, then write 1, 2 or 3 to /proc/sys/vm/drop_caches: the page cache, the dentry and inode caches, or both are emptied (as root, through pkexec or sudo -n, or you get the command to run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="124"/>
        <source>sync; echo %1: drop the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="171"/>
        <source>Run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="173"/>
        <source>Run the last workload once more (warm cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="179"/>
        <source>&amp;Cancel workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="180"/>
        <source>End the running workload and everything it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="195"/>
        <source>Sampling failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="206"/>
        <source>start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="212"/>
        <source>end: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="82"/>
        <source>Starting the sampler on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="260"/>
        <source>OOM report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="268"/>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="317"/>
        <source>Sampling %1 every %2 s · %L3 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="325"/>
        <source> · not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="347"/>
        <source>Still dropping caches: waiting for the last request to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="353"/>
        <source>sync, then dropping the %1… (this waits for dirty data to reach the disk, and for a password if pkexec asks for one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="371"/>
        <source>drop caches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="372"/>
        <source>Dropped the %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/KernelPage.cpp" line="375"/>
        <source>&lt;b&gt;Caches not dropped.&lt;/b&gt; %1&lt;br&gt;Run it yourself: &lt;code&gt;%2&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="43"/>
        <source>vmscope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>&amp;Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="111"/>
        <source>One process&apos;s address space: the map drawn to scale, its regions and their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="113"/>
        <source>&amp;Kernel at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114"/>
        <source>The kernel&apos;s memory live: page cache timeline, free summary, vmstat rates, zone watermarks, buddy lists, and a workload runner to watch them move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="116"/>
        <source>&amp;Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="120"/>
        <source>&amp;System memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="121"/>
        <source>Who is using my RAM: every process, user and mapped file by USS, PSS, RSS and swap, a treemap of PSS, and where the physical memory is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="135"/>
        <source>Out of &amp;memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="136"/>
        <source>Who the OOM killer would choose first and why: processes ranked by oom_score, the score explained from its parts with this kernel&apos;s formula, and the vm.* policy around the killer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="146"/>
        <source>Last OOM kill&apos;s &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>The kernel&apos;s report of the last OOM kill since vmscope started (marked red on the Kernel at work timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="185"/>
        <source>Export &amp;map as PNG, SVG or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="188"/>
        <source>Export &amp;table as CSV (all columns)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>Export start,end,name CSV (&amp;procmap style)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="193"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="207"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="209"/>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="212"/>
        <source>Read /proc again now (the list also refreshes every 2 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="213"/>
        <source>&amp;Go to address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="215"/>
        <source>Filter &amp;regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="225"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="227"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="229"/>
        <source>Zoom to &amp;fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="231"/>
        <source>&amp;Linear scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="234"/>
        <source>Switch between true addresses and the compressed view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="240"/>
        <source>Show &amp;PSS/USS overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="244"/>
        <source>Show &amp;kernel space in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="248"/>
        <source>Memory breakdown by &amp;mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="251"/>
        <source>Show where the process&apos;s memory goes, one row per mapped file instead of per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="262"/>
        <source>Show &amp;kernel threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="265"/>
        <source>Kernel threads have no user address space; they are hidden by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="272"/>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="178"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="288"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="289"/>
        <source>&amp;About vmscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="290"/>
        <source>About vmscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="291"/>
        <source>&lt;b&gt;vmscope %1&lt;/b&gt;&lt;p&gt;See where a Linux process&apos;s memory goes: its address space, RSS, PSS and USS, read from /proc.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="345"/>
        <source>Export the address-space map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="347"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="351"/>
        <location filename="../app/gui/MainWindow.cpp" line="367"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="353"/>
        <location filename="../app/gui/MainWindow.cpp" line="369"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="359"/>
        <source>Export start,end,name CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="359"/>
        <source>Export the region table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="363"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::MappingUsageModel</name>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="35"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="47"/>
        <source>The mapped file, or a pseudo name: [heap], [stack], [anon] for unnamed anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="48"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="51"/>
        <source>How many processes map it (hover a row for their PIDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="54"/>
        <source>PIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="82"/>
        <source>Mapped by PID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="84"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vmscope::MemoryTimeline</name>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="82"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="84"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="85"/>
        <source>Page cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="86"/>
        <source>Commit and OOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="87"/>
        <source>Pressure (PSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="88"/>
        <source>Tick a set of series at once. &quot;Commit and OOM&quot; shows Committed_AS against CommitLimit with MemAvailable, anonymous memory, swap and memory pressure: what to watch when a program allocates until the OOM killer ends it (red markers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="94"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="97"/>
        <source>Tick the series to draw. Hover a name for what the kernel counts there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="115"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="117"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="118"/>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="119"/>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="120"/>
        <source>MiB and GiB are 1024² and 1024³ bytes; pages are the kernel&apos;s unit (the page size of this system, usually 4 KiB), as zoneinfo and vmstat count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="126"/>
        <source>&amp;Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="128"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="129"/>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="130"/>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="131"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="132"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="134"/>
        <source>How much time the timeline shows, ending at the newest sample. &quot;All&quot; shows every sample held (up to %L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="141"/>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="508"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="145"/>
        <source>Pause the timeline (Space): it stops scrolling so you can read it, drag it and zoom with the wheel. Sampling goes on; resume jumps back to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="174"/>
        <source>time since sampling started (h:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="179"/>
        <source>PSI (% of time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="214"/>
        <source>Paused — Space resumes; drag and wheel move and zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="508"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="570"/>
        <source>at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="571"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="577"/>
        <source>not in this kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/MemoryTimeline.cpp" line="578"/>
        <source>%1 % of the last 10 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::OomCandidatesModel</name>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="17"/>
        <source>Process ID (of the thread group leader on 4.x+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="19"/>
        <source>User ID the process runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="21"/>
        <source>Thread group ID: the process the thread belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="23"/>
        <source>Virtual size in pages (VmSize): reserved, not necessarily used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="25"/>
        <source>Resident pages (anon + file + shmem): the main part of the badness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="27"/>
        <source>Resident pages of this kind (6.x splits rss so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="29"/>
        <source>Page-table pages (older kernels): counted into the badness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="31"/>
        <source>Page tables in bytes (4.15+): counted into the badness as pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="33"/>
        <source>Pages of the process in swap: counted into the badness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="35"/>
        <source>-1000 never kill … +1000 prefer; adds adj × total pages / 1000 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="37"/>
        <source>The command (comm, 15 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomCandidatesModel.cpp" line="110"/>
        <source>The victim: the OOM killer chose this process (highest badness)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::OomKillFeed</name>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="109"/>
        <source>The kernel&apos;s OOM report is in its log (/dev/kmsg), which needs root (or CAP_SYSLOG), or kernel.dmesg_restrict=0 (sudo sysctl -w kernel.dmesg_restrict=0). vmstat oom_kill counted the kill; vmscope-cli oom-report reads a saved log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="112"/>
        <source>The kernel log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="162"/>
        <source>%n OOM kills</source>
        <translation>
            <numerusform>%n OOM kill</numerusform>
            <numerusform>%n OOM kills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="163"/>
        <source>%n OOM kills: %1</source>
        <translation>
            <numerusform>%n OOM kill: %1</numerusform>
            <numerusform>%n OOM kills: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="164"/>
        <source>OOM kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="164"/>
        <source>OOM kill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="169"/>
        <source>vmstat oom_kill went up by %n: the kernel&apos;s OOM killer ended a process.</source>
        <translation>
            <numerusform>vmstat oom_kill went up by %n: the kernel&apos;s OOM killer ended a process.</numerusform>
            <numerusform>vmstat oom_kill went up by %n: the kernel&apos;s OOM killer ended processes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="175"/>
        <source>Killed %1 (PID %2), anon-rss %3 kB; constraint %4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="176"/>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="177"/>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="178"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="180"/>
        <source>not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="181"/>
        <source>, memory cgroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="184"/>
        <source>Click the marker for the whole report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="189"/>
        <source>No report for it in the kernel log: the kernel rate-limits OOM reports, and the log may have been overwritten or cleared (dmesg -C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OomKillFeed.cpp" line="192"/>
        <source>Reading the kernel&apos;s report from /dev/kmsg…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::OomPage</name>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="53"/>
        <source>Reading the OOM ranking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="62"/>
        <source>Why this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="64"/>
        <location filename="../widgets/oom/OomPage.cpp" line="345"/>
        <source>Select a process to see its score explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="79"/>
        <source>Points of the top %1 candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="125"/>
        <source>Memory cgroup of the selected process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="126"/>
        <source>A memory cgroup caps what its processes may use (v2 memory.max, v1 memory.limit_in_bytes). When they reach the cap, the kernel reclaims inside the cgroup and then the OOM killer chooses among the cgroup&apos;s processes only (constraint CONSTRAINT_MEMCG), however much the rest of the machine has free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="179"/>
        <source>Not known for a copied /proc: its cgroup files are not part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="187"/>
        <source>Not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="193"/>
        <location filename="../widgets/oom/OomPage.cpp" line="198"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="197"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="201"/>
        <source>cgroup v%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="204"/>
        <source>Limit: %1 · usage: %2 · peak: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="207"/>
        <source>Memory + swap limit (memsw): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="209"/>
        <source>Swap limit: 0 — nothing of it can be swapped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="211"/>
        <source>Swap limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="212"/>
        <source>OOM kills in this cgroup so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="213"/>
        <source>OOM kills in this cgroup: not counted by this kernel (4.13 and later count them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="215"/>
        <source>When its processes reach %1, the OOM killer chooses among them only, however much the machine has free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="219"/>
        <source>No limit: only a shortage of the whole machine (or of a parent cgroup) brings the OOM killer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="233"/>
        <source>Filter by PID, user or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="248"/>
        <source>Double-click a process (or press Enter) to open its memory map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="255"/>
        <source>Policy (/proc/sys/vm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="260"/>
        <source>0: the killer scans every task and kills the one with the most points. Non-zero: it kills the task whose allocation failed, without a scan (faster on machines with very many tasks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="262"/>
        <source>0: an OOM kills a process. 1: the kernel panics instead, unless the shortage is confined to a cpuset, memory policy or memory cgroup. 2: it always panics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="264"/>
        <source>1: every OOM kill logs the table of candidates (pid, uid, rss, page tables, swap, oom_score_adj) to the kernel log. 0: only the victim is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="266"/>
        <source>0: heuristic overcommit, obvious overcommits refused. 1: every allocation succeeds; the OOM killer settles the bill. 2: strict, Committed_AS may not pass CommitLimit (swap + overcommit_ratio % of RAM, or overcommit_kbytes); malloc fails with ENOMEM instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/oom/OomPage.cpp" line="322"/>
        <source>%n process(es) ranked as the OOM killer sees them.</source>
        <translation>
            <numerusform>%n process ranked as the OOM killer sees it.</numerusform>
            <numerusform>%n processes ranked as the OOM killer sees them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/oom/OomPage.cpp" line="326"/>
        <source>%n could not be read (another user&apos;s; run as root to rank them too).</source>
        <translation>
            <numerusform>%n could not be read (another user&apos;s; run as root to rank it too).</numerusform>
            <numerusform>%n could not be read (other users&apos;; run as root to rank them too).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="362"/>
        <source>oom_score_&amp;adj:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="367"/>
        <source>Added to the process&apos;s points as a share of RAM + swap, in thousandths: −1000 exempts it from the OOM killer, +1000 makes it the first victim, 500 adds half of RAM + swap to its points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="371"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="373"/>
        <source>Write the value to /proc/PID/oom_score_adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="411"/>
        <source>This view reads a copy of /proc: nothing here can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="436"/>
        <source>Current value. Raise it to make the process a likelier victim, lower it to protect it; −1000 exempts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="449"/>
        <source>Raising is always allowed for the process&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="450"/>
        <source>Allowed: vmscope has CAP_SYS_RESOURCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="453"/>
        <source>Lowering is allowed down to the process&apos;s minimum only (0, unless a privileged process set it); below that needs CAP_SYS_RESOURCE. If refused, run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="458"/>
        <source>vmscope runs as root but without CAP_SYS_RESOURCE: the kernel will refuse to lower the value below the process&apos;s minimum (EACCES), as it would for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="463"/>
        <source>Another user&apos;s process (%1): only root may change it. In a terminal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="482"/>
        <source>Writing %1 to /proc/%2/oom_score_adj…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="499"/>
        <source>oom_score_adj of %1 (PID %2) is now %3 (was %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="507"/>
        <source>The kernel accepts −1000 to 1000 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="510"/>
        <source>%1 (PID %2) has exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="513"/>
        <source>Refused (%1): %2 belongs to another user, and only root may change its oom_score_adj. In a terminal: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="518"/>
        <source>Refused (%1): lowering oom_score_adj below the process&apos;s minimum needs CAP_SYS_RESOURCE. Raising it works; to lower it, run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="523"/>
        <source>Refused (%1): vmscope runs as root, but without CAP_SYS_RESOURCE (this machine or container withholds it: CapEff in /proc/self/status lacks bit 24). Lowering oom_score_adj below the process&apos;s minimum needs that capability even for root, so %2 fails the same way here. Raising it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="530"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="546"/>
        <location filename="../widgets/oom/OomPage.cpp" line="578"/>
        <location filename="../widgets/oom/OomPage.cpp" line="579"/>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="550"/>
        <location filename="../widgets/oom/OomPage.cpp" line="557"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="553"/>
        <source>scan all tasks, kill the one with the most points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="553"/>
        <source>kill the task that asked for memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="557"/>
        <source>kill a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="558"/>
        <source>panic, unless confined to a cpuset, policy or cgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="559"/>
        <source>always panic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="563"/>
        <source>only the victim is logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="563"/>
        <source>the task table is logged with each kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="568"/>
        <source>0 — heuristic: obvious overcommits refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="570"/>
        <source>1 — always: every allocation succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="572"/>
        <source>2 — strict: CommitLimit = swap + %1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="574"/>
        <source>2 — strict: CommitLimit = swap + %1 % of RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPage.cpp" line="577"/>
        <source>(overcommit_ratio %1, overcommit_kbytes %2: only mode 2 uses them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::OomPointsChart</name>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="45"/>
        <source>points (pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="48"/>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="48"/>
        <source>swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="48"/>
        <source>page tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="48"/>
        <source>oom_score_adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="114"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomPointsChart.cpp" line="124"/>
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
        <location filename="../widgets/oom/OomTableModel.cpp" line="48"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="50"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="52"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="54"/>
        <source>OOM score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="56"/>
        <source>adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="58"/>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="60"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="62"/>
        <source>Page tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="64"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="70"/>
        <source>/proc/PID/oom_score as the kernel printed it: the highest is killed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="72"/>
        <source>oom_score_adj: -1000 never kills this process, +1000 makes it the first choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="74"/>
        <source>Resident set (VmRSS): counted in pages by the OOM killer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="76"/>
        <source>Swap entries (VmSwap): counted like resident pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="78"/>
        <source>Page tables (VmPTE): kernel memory spent on this process, counted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="80"/>
        <source>The badness in pages: RSS + swap + page tables + oom_score_adj × total pages / 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="116"/>
        <source>Would be killed first if memory ran out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="118"/>
        <source>Never chosen (oom_score_adj -1000 / init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="145"/>
        <source>%1 — never chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/oom/OomTableModel.cpp" line="152"/>
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
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="119"/>
        <source>Changing the overcommit mode needs root. Run, for example:
%1
%2
%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="121"/>
        <source>(vmscope itself runs as an ordinary user.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="125"/>
        <source>vm.overcommit_memory. Hover the choices for what each does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="126"/>
        <source>Write the chosen values to /proc/sys/vm (vmscope puts the old ones back when it exits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="129"/>
        <source>As root: changes go to /proc/sys/vm; Restore, or quitting vmscope, puts the values found before back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="131"/>
        <source>Read-only: needs root (hover for the command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="172"/>
        <source>Could not write vm.%1 = %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="177"/>
        <source> (needs root: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="224"/>
        <source>Written. Restore (or quitting vmscope) puts back overcommit_memory %1, ratio %2 %, kbytes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="229"/>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/OvercommitControl.cpp" line="254"/>
        <source>Restored the values found before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessBreakdownView</name>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="81"/>
        <source>private clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="83"/>
        <source>private dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="85"/>
        <source>shared clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="87"/>
        <source>shared dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="89"/>
        <source>PSS anon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="91"/>
        <source>PSS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="93"/>
        <source>PSS shmem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="95"/>
        <source>SwapPss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="118"/>
        <source>%1 (%2 kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="161"/>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="163"/>
        <source>By k&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="164"/>
        <source>One row per kind of region: code, data, heap, stacks, anonymous memory, files … (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="166"/>
        <source>By m&amp;apping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="167"/>
        <source>One row per mapped file or pseudo-region ([heap], [anon] …): the %1 that hold the most PSS, then the rest as “other” (Alt+A; Ctrl+M switches from anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="178"/>
        <source>Click a segment to show only its regions; Esc shows all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="196"/>
        <source>The whole process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="226"/>
        <source>Memory breakdown chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="328"/>
        <source>other (%n mapping(s))</source>
        <translation>
            <numerusform>other (%n mapping)</numerusform>
            <numerusform>other (%n mappings)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="336"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="343"/>
        <source>USS (private pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="346"/>
        <source>swap shared with other processes (Swap − SwapPss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="347"/>
        <source>its share of swap (SwapPss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="347"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="618"/>
        <source>swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="351"/>
        <source>PSS of anonymous memory (Pss_Anon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="353"/>
        <source>PSS of file pages (Pss_File)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="355"/>
        <source>PSS of shared memory (Pss_Shmem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="357"/>
        <source>PSS (proportional share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="364"/>
        <source>private clean pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="366"/>
        <source>private dirty pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="368"/>
        <source>shared clean pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="370"/>
        <source>shared dirty pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="372"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="548"/>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="435"/>
        <source>the whole process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="440"/>
        <source>%1 of the process&apos;s RSS (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="443"/>
        <source>%1 of the process&apos;s PSS (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="446"/>
        <source>From smaps_rollup, read just after smaps. The kernel sums it before rounding to kB, so the summed PSS can be up to 1 kB per region lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="450"/>
        <source>%1 of the process&apos;s swap (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="458"/>
        <source>This row: RSS %1 · PSS %2 · USS %3 · swap %4 · %n region(s), %5 mapped</source>
        <translation>
            <numerusform>This row: RSS %1 · PSS %2 · USS %3 · swap %4 · %n region, %5 mapped</numerusform>
            <numerusform>This row: RSS %1 · PSS %2 · USS %3 · swap %4 · %n regions, %5 mapped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="463"/>
        <source>USS = private clean %1 + private dirty %2: what exiting would free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="467"/>
        <source>Click to show only the regions holding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="502"/>
        <source>By kind of region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="503"/>
        <source>By mapping (the %1 with the most PSS, then the rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="563"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="567"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="616"/>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="571"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="574"/>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="617"/>
        <source>USS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="580"/>
        <source>swap of others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="586"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="693"/>
        <source>Choose a process to see where its memory is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="697"/>
        <source>Adding up the regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="702"/>
        <source>Only the list of regions could be read (maps, not smaps): there are no sizes in RAM to break down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="707"/>
        <source>This process maps no memory of its own (a kernel thread, or a zombie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="716"/>
        <source>%1 (%n region(s), %2 mapped)</source>
        <translation>
            <numerusform>%1 (%n region, %2 mapped)</numerusform>
            <numerusform>%1 (%n regions, %2 mapped)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="719"/>
        <source>Not drawn, as nothing of it is in RAM or swap: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="722"/>
        <source>This kernel gives no Pss_Anon/Pss_File/Pss_Shmem (smaps_rollup, Linux 5.x), so PSS is one bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="734"/>
        <source>This process maps %1 of address space, of which %2 is in RAM (RSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="738"/>
        <source>%1 of that is also mapped by other processes; counting each shared page split among the processes that map it, its proportional share (PSS) is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="742"/>
        <source>None of it is shared with other processes, so its PSS equals its RSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="743"/>
        <source>If it exited, about %1 (its USS, the private pages) would be freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="745"/>
        <source>Another %1 is swapped out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="811"/>
        <source>Showing only the regions with %1 (%n region(s))</source>
        <translation>
            <numerusform>Showing only the regions with %1 (%n region)</numerusform>
            <numerusform>Showing only the regions with %1 (%n regions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="813"/>
        <source>Showing only regions of the other mappings with %1 (%n region(s))</source>
        <translation>
            <numerusform>Showing only regions of the other mappings with %1 (%n region)</numerusform>
            <numerusform>Showing only regions of the other mappings with %1 (%n regions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="816"/>
        <source>Showing only %1 regions with %2 (%n region(s))</source>
        <translation>
            <numerusform>Showing only %1 regions with %2 (%n region)</numerusform>
            <numerusform>Showing only %1 regions with %2 (%n regions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/ProcessBreakdownView.cpp" line="818"/>
        <source>Showing only regions of %1 with %2 (%n region(s))</source>
        <translation>
            <numerusform>Showing only regions of %1 with %2 (%n region)</numerusform>
            <numerusform>Showing only regions of %1 with %2 (%n regions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessListPanel</name>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="33"/>
        <source>Reading processes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="44"/>
        <source>Filter by name, PID, user or command (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="46"/>
        <source>Shows only the processes whose name, PID, user or command line contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="66"/>
        <source>Double-click or press Enter to open a process&apos;s memory map. Right-click the header to choose columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="106"/>
        <source>Processes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="108"/>
        <source>not readable: %1 (greyed; hover for the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="110"/>
        <source>kernel threads hidden: %1 (Ctrl+K shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessListPanel.cpp" line="148"/>
        <source>No process with PID %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessTableModel</name>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="29"/>
        <source>not readable even as root (another namespace, or a security module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="30"/>
        <source>not readable: another user&apos;s process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="30"/>
        <source>not readable: owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="32"/>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="34"/>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="84"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="86"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="88"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="90"/>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="92"/>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="94"/>
        <source>USS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="96"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="98"/>
        <source>VMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="100"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="102"/>
        <source>VSZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="104"/>
        <source>Peak RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="106"/>
        <source>Page Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="108"/>
        <source>OOM Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="110"/>
        <source>OOM Adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="116"/>
        <source>Resident set: pages of this process in RAM, shared ones counted in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="118"/>
        <source>Proportional set: each resident page divided by the number of processes mapping it. PSS of all processes adds up to the memory they really use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="121"/>
        <source>Unique set (Private_Clean + Private_Dirty): what would be freed if the process exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="123"/>
        <source>Anonymous pages of this process that are swapped out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="125"/>
        <source>Number of virtual memory areas (lines of /proc/PID/maps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="127"/>
        <source>Virtual size (VmSize): all address space reserved, touched or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="129"/>
        <source>Peak resident set (VmHWM): the most RAM this process has held at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="131"/>
        <source>Page tables (VmPTE): kernel memory spent mapping this process; the OOM killer counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="133"/>
        <source>oom_score: the kernel&apos;s badness of this process. When memory runs out, the highest score is killed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/processlist/ProcessTableModel.cpp" line="136"/>
        <source>oom_score_adj: -1000 never kills this process, +1000 makes it the first choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessUsageModel</name>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="66"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="69"/>
        <source>The process&apos;s real user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="70"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="73"/>
        <source>The command line (the process name when it has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="74"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/ProcessUsageModel.cpp" line="103"/>
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
        <location filename="../widgets/process/ProcessView.cpp" line="112"/>
        <source>Compressed scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="113"/>
        <source>Linear scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="114"/>
        <source>Compressed: every region visible and unmapped gaps collapsed into labelled breaks.
Linear: true addresses, to see how sparse the address space is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="119"/>
        <source>Refresh: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="119"/>
        <source>Refresh: 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="120"/>
        <source>Refresh: 2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="120"/>
        <source>Refresh: 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="122"/>
        <source>How often to read /proc/PID/smaps again. Each read walks the process&apos;s page tables, so a huge process pauses briefly while it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="127"/>
        <source>Go to address… (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="129"/>
        <source>Type an address (0x7ffd…, with or without 0x) to find the region that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="155"/>
        <source>Filter regions by path, kind, permissions or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="159"/>
        <source>Group by mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="161"/>
        <source>One row per file (or [heap], [anon] …) with its regions as children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="190"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="191"/>
        <source>Every region in a table, and the details of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="194"/>
        <source>Where the memory goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="196"/>
        <source>RSS split into private and shared pages, with PSS, USS and swap, by kind of region or by mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="313"/>
        <source>%1 (PID %2) — reading its memory map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="335"/>
        <source>Process %1 (%2) exited at %3. Showing the last snapshot, taken at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="341"/>
        <source>Process %1 (%2) exited before its memory map could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="342"/>
        <source>%1 (PID %2) — gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="344"/>
        <location filename="../widgets/process/ProcessView.cpp" line="347"/>
        <source>Cannot read process %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="345"/>
        <source>%1 (PID %2) — not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="392"/>
        <source>%1 (PID %2) — %3 regions · VSZ %4 · RSS %5 · PSS %6 · USS %7 · swap %8 · read %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="435"/>
        <source>The selected region is hidden by the table&apos;s filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="478"/>
        <source>“%1” is not an address (hexadecimal, e.g. 0x7ffd12345000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="482"/>
        <source>No memory map to look in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="490"/>
        <source>%1 is in %2–%3 (%4, %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="493"/>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="499"/>
        <source>%1 is unmapped (between %2 and %3, a gap of %4): touching it would fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="505"/>
        <source>%1 is kernel space: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="511"/>
        <source>%1 is non-canonical: the CPU faults on any use of it (the hole between user and kernel space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="516"/>
        <source>%1 lies above 4 GiB, outside this 32-bit address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="524"/>
        <location filename="../widgets/process/ProcessView.cpp" line="561"/>
        <source>There is no memory map to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="529"/>
        <location filename="../widgets/process/ProcessView.cpp" line="540"/>
        <location filename="../widgets/process/ProcessView.cpp" line="551"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="537"/>
        <location filename="../widgets/process/ProcessView.cpp" line="548"/>
        <source>Address space of %1 (PID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="555"/>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/ProcessView.cpp" line="573"/>
        <source>Could not write %1: %2</source>
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
    <name>vmscope::RunComparisonModel</name>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="117"/>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="122"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="124"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="130"/>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="132"/>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="133"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="161"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="163"/>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="165"/>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="174"/>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="177"/>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="184"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="179"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="181"/>
        <source>? of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="217"/>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="234"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="236"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="238"/>
        <source>Cached before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="240"/>
        <source>Cached after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="242"/>
        <source>Cache growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="244"/>
        <source>Read from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="246"/>
        <source>Memory peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="248"/>
        <source>OOM kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="250"/>
        <source>Exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="255"/>
        <source>The workload, as started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="257"/>
        <source>Wall-clock time from start to exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="259"/>
        <source>meminfo Cached (the page cache) at the sample taken when the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="261"/>
        <source>meminfo Cached at the first sample after the run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="263"/>
        <source>How much the page cache grew during the run: roughly the file data read for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="266"/>
        <source>Bytes the run&apos;s processes read from the block device (not from the page cache): large on a cold cache, near zero on a warm one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="269"/>
        <source>The most the run&apos;s memory cgroup held at once, of its limit (runs with a memory limit only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="271"/>
        <source>Processes of the run the OOM killer killed because its memory cgroup reached the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/RunComparisonModel.cpp" line="273"/>
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
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="19"/>
        <source>Firmware and hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="21"/>
        <source>Kernel image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="23"/>
        <source>Kernel dynamic memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="25"/>
        <source>Userspace memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="27"/>
        <source>Free memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="36"/>
        <source>RAM the kernel never manages: reserved by the firmware (BIOS/UEFI), devices and the kernel&apos;s own early allocations: the installed RAM minus MemTotal and the kernel image. The installed RAM comes from the memory blocks in /sys, or from the setting beside the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="40"/>
        <source>The kernel&apos;s code and static data, from /proc/iomem (Kernel code, rodata, data, bss). Only root can read the addresses there; otherwise it stays 0, as with smem without -K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="43"/>
        <source>What the kernel allocated for itself and for caches: MemTotal − MemFree − userspace memory.
Cache: Buffers + SReclaimable + (Cached − Mapped), page cache and slab it can drop under pressure.
Non-cache: slab that cannot be reclaimed, page tables, kernel stacks, vmalloc, driver buffers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="48"/>
        <source>Pages mapped into processes: AnonPages + Mapped.
Cache: Mapped, file pages the kernel can drop and read back.
Non-cache: anonymous memory (heap, stacks, malloc), which can only go to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="52"/>
        <source>MemFree: pages nobody uses. Counted as cache because it is available at once; MemAvailable in /proc/meminfo adds what can be reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="68"/>
        <source>Where the physical memory is, computed from /proc/meminfo as smem -w does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="70"/>
        <source>All memory in this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="72"/>
        <source>The part the kernel can reclaim when memory runs short (page cache, reclaimable slab, free pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="75"/>
        <source>The part that stays until its owner frees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="83"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="85"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="88"/>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="91"/>
        <source>Non-cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemAreaModel.cpp" line="96"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::SystemUsagePage</name>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="151"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="154"/>
        <source>Read every process&apos;s smaps_rollup and /proc/meminfo again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="156"/>
        <source>&amp;Every 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="157"/>
        <source>Refresh the process, user and system figures every 5 seconds while this page is shown. The mapping scan is not repeated: it reads every process&apos;s full smaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="160"/>
        <source>% of Mem&amp;Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="161"/>
        <source>Show sizes as a percentage of MemTotal (the RAM the kernel manages) instead of KiB/MiB/GiB; the system table uses the installed RAM. Hover a cell for the exact size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="165"/>
        <source>Filter by PID, user, command or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="167"/>
        <source>Shows only the rows that contain this text, in every table and in the treemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="169"/>
        <source>Reading processes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="188"/>
        <source>By pro&amp;cess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="190"/>
        <source>Every readable process with its swap, USS, PSS and RSS, and a treemap of PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="191"/>
        <source>By &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="192"/>
        <source>The processes of each user added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="193"/>
        <source>By &amp;mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="194"/>
        <source>Every mapped file summed over all processes: who pays for libc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="195"/>
        <source>S&amp;ystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="196"/>
        <source>Where the physical memory is: firmware, kernel, userspace, free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="243"/>
        <source>Double-click or press Enter to open a process&apos;s address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="271"/>
        <source>Double-click a user to see their processes in the treemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="274"/>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="332"/>
        <source>USS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="275"/>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="333"/>
        <source>Shared part of PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="276"/>
        <source>PSS − USS: this user&apos;s share of pages mapped by several processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="303"/>
        <source>Sc&amp;an all mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="304"/>
        <source>Read the full smaps of every process and add up each mapping over all of them. This walks every process&apos;s page tables, so it takes a while on a busy system; the processes it reads pause briefly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="309"/>
        <source>%v of %m processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="310"/>
        <source>Processes whose smaps has been read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="313"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="314"/>
        <source>Stop the scan; the table keeps the result of the last complete scan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="318"/>
        <source>Not scanned yet: press “Scan all mappings”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="332"/>
        <source>Pages of the mapping that only one process maps (private to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="334"/>
        <source>PSS − USS: the shares of pages mapped by several processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="335"/>
        <source>Scan all mappings to see who pays for what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="363"/>
        <source>&amp;Installed RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="367"/>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="368"/>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="369"/>
        <source>The RAM installed in the machine, as smem -R takes it. Leave at “detect” to count the memory blocks in /sys/devices/system/memory (or to use MemTotal when they cannot be read). Remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="388"/>
        <source>Non-cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="389"/>
        <source>Stays until its owner frees it (or, for anonymous memory, goes to swap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="390"/>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="390"/>
        <source>The kernel can reclaim it when memory runs short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="537"/>
        <source>%n process(es), read at %1</source>
        <translation>
            <numerusform>%n process, read at %1</numerusform>
            <numerusform>%n processes, read at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="540"/>
        <source> · %n exited while being read</source>
        <translation>
            <numerusform> · %n exited while being read</numerusform>
            <numerusform> · %n exited while being read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="543"/>
        <source>Kernel threads (no user memory) are not listed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="562"/>
        <source>PID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="565"/>
        <source>%1 (PID %2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="572"/>
        <source>%n process(es) of other users are not included: </source>
        <translation>
            <numerusform>%n process of other users is not included: </numerusform>
            <numerusform>%n processes of other users are not included: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="573"/>
        <source>%n process(es) could not be read and are not included: </source>
        <translation>
            <numerusform>%n process could not be read and is not included: </numerusform>
            <numerusform>%n processes could not be read and are not included: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="576"/>
        <source>, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="580"/>
        <source>Even root cannot read them (another PID namespace, or a security module); hover for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="583"/>
        <source>Their memory is missing from every total here. Run vmscope with sudo (sudo vmscope), or sudo vmscope-cli system --by process, to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="597"/>
        <source>Cannot read the system figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="605"/>
        <source>the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="610"/>
        <source>The installed RAM (%1) cannot be less than MemTotal; MemTotal is used. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="613"/>
        <source>MemTotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="620"/>
        <source>Cannot compute the system figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="629"/>
        <source>Installed RAM %1 (%2) · MemTotal %3 · kernel image: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="694"/>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="717"/>
        <source>%1, mapped by %n process(es)</source>
        <translation>
            <numerusform>%1, mapped by %n process</numerusform>
            <numerusform>%1, mapped by %n processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="766"/>
        <source>Reading the smaps of %n process(es)…</source>
        <translation>
            <numerusform>Reading the smaps of %n process…</numerusform>
            <numerusform>Reading the smaps of %n processes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="812"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="831"/>
        <source>Scan cancelled at %1 after %2 of %3 processes; the table shows the previous scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="835"/>
        <source>Scan cancelled at %1 after %2 of %3 processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="847"/>
        <source>%n mapping(s) in %1 process(es), scanned at %2 in %3 s</source>
        <translation>
            <numerusform>%n mapping in %1 process(es), scanned at %2 in %3 s</numerusform>
            <numerusform>%n mappings in %1 process(es), scanned at %2 in %3 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="852"/>
        <source> · %n not readable (hover)</source>
        <translation>
            <numerusform> · %n not readable (hover)</numerusform>
            <numerusform> · %n not readable (hover)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="854"/>
        <source> · %n exited meanwhile</source>
        <translation>
            <numerusform> · %n exited meanwhile</numerusform>
            <numerusform> · %n exited meanwhile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="858"/>
        <source>PID %1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="862"/>
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
        <location filename="../widgets/usage/UserUsageModel.cpp" line="33"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UserUsageModel.cpp" line="36"/>
        <source>Readable processes of this user (the ones that could not be read are named in the banner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UserUsageModel.cpp" line="39"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/usage/UserUsageModel.cpp" line="58"/>
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
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="45"/>
        <source>%1 (%2 kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="52"/>
        <source>readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="54"/>
        <source>writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="56"/>
        <source>executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="58"/>
        <source>no access (guard or reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="59"/>
        <source>shared: writes are seen by other mappings of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="60"/>
        <source>private: copy-on-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="75"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="75"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="75"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="82"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="87"/>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="106"/>
        <source>No area selected. Select a row of the table or a block of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="136"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="137"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="148"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="149"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="149"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="150"/>
        <source>Virtual addresses from start up to (not including) end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="151"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="152"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="153"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="154"/>
        <source>Where in the file the mapping starts (a file offset, not an address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="155"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="156"/>
        <source>Major:minor number of the device holding the file; 00:00 for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="157"/>
        <source>Inode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="158"/>
        <source>Inode of the mapped file on that device; 0 for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="159"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="159"/>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="195"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="160"/>
        <source>The file was deleted after it was mapped; the mapping keeps its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="161"/>
        <source>Anonymous memory: it belongs to no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="162"/>
        <source>The mapped file, or a pseudo path the kernel gives special areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="163"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="163"/>
        <source>What the area is, inferred from maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="165"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="165"/>
        <source>Why vmscope gave the area this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="167"/>
        <source>Memory (smaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="169"/>
        <source>(not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="170"/>
        <source>Read from maps, which has no per-area counters; smaps has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="190"/>
        <source>Uss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="193"/>
        <source>VmFlags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="196"/>
        <source>Read from maps, which has no flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaDetailsPanel.cpp" line="197"/>
        <source>This kernel does not print VmFlags (they appeared in 3.8).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::VmaTableModel</name>
    <message>
        <location filename="../widgets/process/ChangeHighlighter.cpp" line="79"/>
        <location filename="../widgets/process/VmaTableModel.cpp" line="613"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="98"/>
        <source>More smaps Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/process/VmaTableModel.cpp" line="714"/>
        <source>%1: %n VMA(s)</source>
        <translation>
            <numerusform>%1: %n VMA</numerusform>
            <numerusform>%1: %n VMAs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="774"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="774"/>
        <source>First address of the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="776"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="776"/>
        <source>First address after the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="778"/>
        <source>Perms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="779"/>
        <source>Read, write, execute; p = private (copy-on-write), s = shared with other mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="781"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="781"/>
        <source>Offset in the file where the mapping starts (not an address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="783"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="783"/>
        <source>Major:minor number of the device holding the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="785"/>
        <source>Inode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="785"/>
        <source>Inode of the mapped file; 0 for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="787"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="787"/>
        <source>What the area is (code, heap, stack, ...), inferred from maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="789"/>
        <source>Uss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="791"/>
        <source>VmFlags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="791"/>
        <source>Kernel flags of the area (smaps VmFlags), decoded in the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="793"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="793"/>
        <source>Mapped file or pseudo path; empty for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="795"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="795"/>
        <source>Why the area was given its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="797"/>
        <source>VMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="797"/>
        <source>Number of areas (lines of maps) in the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/process/VmaTableModel.cpp" line="802"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::VmstatRatesPlot</name>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="54"/>
        <source>Rates from /proc/vmstat, per second, from the difference between two samples.
Minor fault: a page was mapped without disk I/O (first touch, page already cached).
Major fault: the task waited for the disk (file data not cached, or swapped out).
kswapd scan: pages looked at by background reclaim (free memory fell below the low watermark).
Direct scan: pages looked at by tasks that had to reclaim themselves before allocating (below min): that is where stalls come from.
Swap in/out: pages read from / written to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="76"/>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="91"/>
        <source>minor faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="92"/>
        <source>major faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="93"/>
        <source>kswapd scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="94"/>
        <source>direct scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="95"/>
        <source>swap in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="96"/>
        <source>swap out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="107"/>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="153"/>
        <source>Rates appear after the second sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/VmstatRatesPlot.cpp" line="156"/>
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
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="152"/>
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
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="175"/>
        <source>This kernel prints no watermarks for the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="305"/>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="307"/>
        <source>bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="313"/>
        <source>−%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="315"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="318"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="325"/>
        <source>&lt;b&gt;How the watermarks are set&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="330"/>
        <source>vm.min_free_kbytes = %1 kB is the sum of all zones&apos; min watermarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="332"/>
        <source>Its default for this machine is sqrt(%1 kB of low memory × 16) = %2 kB (clamped to 128 kB … 256 MiB; 64 MiB before Linux 5.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="337"/>
        <source>The value differs from the default: set with sysctl, or raised by khugepaged so that transparent huge pages can be formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="341"/>
        <source>This zone&apos;s min is its share by managed pages: %1 × %2 / %3 pages = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="349"/>
        <source>The kernel&apos;s figure (%1) differs: it computed the watermarks when they were last set, and the managed pages changed since (memory hot-plug or a balloon driver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="354"/>
        <source>low = min + max(min / 4, managed × watermark_scale_factor / 10000) and high = low + the same distance; with watermark_scale_factor = %1 the distance is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="360"/>
        <source>vm.min_free_kbytes (default sqrt(low memory in kB × 16), 128 kB … 256 MiB) is split across the zones by size into their min watermarks; watermark_scale_factor sets the distance from min to low and from low to high. (/proc/sys/vm was not read yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="365"/>
        <source>boost = %1: after an allocation had to fall back to another migrate type (fragmentation), the watermarks are raised by watermark_boost_factor so kswapd reclaims and compacts more; the boost is dropped when kswapd is done. The shown watermarks include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="370"/>
        <source>boost = 0: no fragmentation event raised the watermarks just now (watermark_boost_factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="377"/>
        <source>&lt;i&gt;Axis: below high each band has a fixed height (linear inside it), because the distance between two watermarks can be a few percent of min and would vanish on a linear axis; above high the axis is logarithmic up to the zone&apos;s managed size (%1), because free memory is often a hundred times the high watermark.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="398"/>
        <source>Below min, allocations reclaim directly (the allocating task waits); only atomic allocations and reclaim itself may use the pages under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="401"/>
        <source>When free falls to low, allocations wake kswapd, which reclaims in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="403"/>
        <source>kswapd reclaims until free is above high, then sleeps again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="405"/>
        <source>With NUMA memory tiering, kswapd reclaims up to promo so that hot pages can be promoted from slower memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="407"/>
        <source>&lt;b&gt;%1 watermark: %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="422"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="428"/>
        <source>&lt;br&gt;&lt;br&gt;%1 s ago: free %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/WatermarkGauge.cpp" line="433"/>
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
        <location filename="../widgets/kernel/ZoneCard.cpp" line="58"/>
        <source>free: pages on the zone&apos;s free lists.
managed: pages the page allocator manages (present minus memory reserved at boot, e.g. for the kernel image and struct pages).
present: physical pages in the zone.
spanned: the zone&apos;s page-frame range, holes included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="68"/>
        <source>Lowmem protection (protection: in /proc/zoneinfo, the kernel&apos;s lowmem_reserve): an allocation that could have used a higher zone may take pages from this one only while its free pages stay above the watermark plus this reserve. It keeps the small low zones, which some devices need for DMA, from being filled by ordinary allocations. Set by vm.lowmem_reserve_ratio: reserve = managed pages of the higher zones / ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="115"/>
        <source>no watermarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="127"/>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="131"/>
        <source>Lowmem protection: none (no higher zone falls back to this one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="134"/>
        <source>%1 from %2 allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="135"/>
        <source>Lowmem protection: keeps back %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="151"/>
        <source>free %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="153"/>
        <source>managed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="155"/>
        <source>present %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="157"/>
        <source>watermarks boosted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZoneCard.cpp" line="163"/>
        <source>&lt;small&gt;Split by migrate type: needs /proc/pagetypeinfo (root only).&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ZonePanel</name>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="103"/>
        <source>Commit (overcommit accounting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="107"/>
        <source>RSS:VSZ …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="131"/>
        <source>vm.min_free_kbytes: the free memory the kernel keeps for emergencies, split across the zones into their min watermarks.
vm.watermark_scale_factor: the distance from min to low and from low to high, in ten-thousandths of the zone (default 10 = 0.1 %).
vm.watermark_boost_factor: how far the watermarks are raised after a fragmentation event, in ten-thousandths of high (0 disables boosting).
vm.lowmem_reserve_ratio: how much of each lower zone is protected from allocations that could use a higher one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="152"/>
        <source>Zones with no memory on this machine: the kernel lists every zone it was built with (Movable only holds memory when kernelcore=/movablecore= or hot-plugged memory asks for it; Device is for persistent and device memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="169"/>
        <source>Could not read the vm sysctls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="207"/>
        <source>Σ VmRSS / Σ VmSize over all processes: how much of the address space programs reserved is in RAM. It is far below 1 (often under 0.1) because programs reserve much more than they touch: thread stacks, malloc arenas, whole mapped libraries and files, sparse arrays. A page costs RAM only once touched (demand paging), and overcommit is the kernel lending against that gap: Committed_AS counts the writable part of the promise, RSS what was taken up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="218"/>
        <source>RSS:VSZ: no process readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="221"/>
        <source>RSS:VSZ %1 (%2 resident of %3 virtual; processes: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kernel/ZonePanel.cpp" line="227"/>
        <source>; %n not readable</source>
        <translation>
            <numerusform>; %n not readable</numerusform>
            <numerusform>; %n not readable</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="305"/>
        <source>node %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="316"/>
        <source>Empty zones (no memory): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="373"/>
        <source>Reading /proc/sys/vm …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="379"/>
        <source>vm.min_free_kbytes %1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="382"/>
        <source> (default for this machine %1 kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="388"/>
        <source>watermark_scale_factor %1 (%2 % of a zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="392"/>
        <source>watermark_boost_factor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kernel/ZonePanel.cpp" line="397"/>
        <source>lowmem_reserve_ratio %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
