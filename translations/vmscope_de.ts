<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="27"/>
        <source>See where a Linux process&apos;s memory goes.</source>
        <translation>Zeigt, wohin der Speicher eines Linux-Prozesses geht.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="31"/>
        <source>Read &lt;dir&gt; instead of /proc (a capture or fixture directory).</source>
        <translation>&lt;dir&gt; statt /proc lesen (ein Mitschnitt- oder Testdatenverzeichnis).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Open the process with this &lt;pid&gt;.</source>
        <translation>Den Prozess mit dieser &lt;pid&gt; öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Open the first process with this name.</source>
        <translation>Den ersten Prozess mit diesem Namen öffnen.</translation>
    </message>
</context>
<context>
    <name>vmscope::AddressMapView</name>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="100"/>
        <source> (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="250"/>
        <source>No process selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="253"/>
        <source>compressed scale: block length grows with log₂(size), gaps collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="254"/>
        <source>linear scale: true addresses, 1 pixel ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="257"/>
        <source>32-bit, 3G/1G split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="258"/>
        <source>5-level paging, 56-bit user space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="259"/>
        <source>4-level paging, 47-bit user space</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/AddressMapView.cpp" line="260"/>
        <source>pid %1 · %n VMA(s) · %2 · %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="264"/>
        <source> · zoom %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="421"/>
        <location filename="../widgets/AddressMapView.cpp" line="534"/>
        <location filename="../widgets/AddressMapView.cpp" line="717"/>
        <source>%1 unmapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="427"/>
        <source>non-canonical hole · %1 · no valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="543"/>
        <location filename="../widgets/AddressMapView.cpp" line="557"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="559"/>
        <source> · KASLR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="561"/>
        <source>kernel space · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="683"/>
        <source>%1 VMAs · %2 · mostly %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="686"/>
        <source>%1 VMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="702"/>
        <source> · Rss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="713"/>
        <source>non-canonical hole · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="715"/>
        <source>kernel: unused · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="723"/>
        <source>kernel space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="724"/>
        <source>double-click to expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="730"/>
        <source> · randomized (KASLR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="738"/>
        <source>3G/1G split: user space below, kernel above 0xc0000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="739"/>
        <source>end of user space (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="879"/>
        <source>Region kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="891"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="899"/>
        <source>Inside a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="909"/>
        <source>resident (Rss), from the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="910"/>
        <source>mapped, not resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="912"/>
        <source>dirty (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="914"/>
        <source>swapped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="922"/>
        <source>unmapped gap (break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="923"/>
        <source>kernel space (mm.rst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="937"/>
        <source>PSS share (USS dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="951"/>
        <source>Address-space map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1326"/>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1327"/>
        <source>permissions %1 · offset 0x%2 · device %3 · inode %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1332"/>
        <source>path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1333"/>
        <source> (deleted: the file was unlinked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1338"/>
        <source>Rss %1 · Pss %2 · Uss %3 · Swap %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1342"/>
        <source>dirty %1 (private %2, shared %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1347"/>
        <source>no smaps counters (read from maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1350"/>
        <source>VmFlags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1375"/>
        <source>&lt;i&gt;%1 blocks share this pixel row; zoom in to tell them apart.&lt;/i&gt;&lt;br/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1381"/>
        <source>&lt;b&gt;unmapped&lt;/b&gt;&lt;br/&gt;between %1 and %2 (%3)&lt;br/&gt;no VMA: any access here faults (SIGSEGV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1385"/>
        <source>&lt;b&gt;non-canonical hole&lt;/b&gt;&lt;br/&gt;%1 – %2&lt;br/&gt;bits 63 down to the top implemented bit must all be equal; these addresses cannot be mapped at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1391"/>
        <source>&lt;b&gt;kernel space&lt;/b&gt;&lt;br/&gt;%1 – %2&lt;br/&gt;shared by all processes, not accessible from user mode; double-click to show the documented layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1396"/>
        <source>&lt;b&gt;kernel: %1&lt;/b&gt;&lt;br/&gt;%2 – %3 (%4)&lt;br/&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1400"/>
        <source>&lt;br/&gt;KASLR moves this region at boot: the documented address is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/AddressMapView.cpp" line="1401"/>
        <source>&lt;br/&gt;&lt;i&gt;Layout from Documentation/arch/x86/x86_64/mm.rst; not read from this machine.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::ColumnChooser</name>
    <message>
        <location filename="../widgets/ColumnChooser.cpp" line="132"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ColumnChooser.cpp" line="143"/>
        <source>More smaps Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ColumnChooser.cpp" line="156"/>
        <source>Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="37"/>
        <source>vmscope — %1</source>
        <translation>vmscope — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="51"/>
        <source>Filter by name, PID, user or command (Ctrl+F)</source>
        <translation>Nach Name, PID, Benutzer oder Befehl filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <source>Shows only the processes whose name, PID, user or command line contains this text.</source>
        <translation>Zeigt nur die Prozesse, deren Name, PID, Benutzer oder Befehlszeile diesen Text enthält.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="71"/>
        <source>Double-click or press Enter to open a process&apos;s memory map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="87"/>
        <source>Reading processes…</source>
        <translation>Prozesse werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118"/>
        <source>Export &amp;map as PNG, SVG or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="121"/>
        <source>Export &amp;table as CSV (all columns)…</source>
        <translation>&amp;Tabelle als CSV exportieren (alle Spalten)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="123"/>
        <source>Export start,end,name CSV (&amp;procmap style)…</source>
        <translation>start,end,name-CSV exportieren (&amp;procmap-Stil)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="128"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="129"/>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="134"/>
        <source>Read /proc again now (the list also refreshes every 2 seconds)</source>
        <translation>/proc jetzt neu lesen (die Liste aktualisiert sich auch alle 2 Sekunden)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="135"/>
        <source>&amp;Go to address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="137"/>
        <source>Filter &amp;regions…</source>
        <translation>&amp;Bereiche filtern…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="142"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="144"/>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="146"/>
        <source>&amp;Linear scale</source>
        <translation>&amp;Linearer Maßstab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="149"/>
        <source>Switch between true addresses and the compressed view</source>
        <translation>Zwischen echten Adressen und der komprimierten Ansicht wechseln</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="155"/>
        <source>Show &amp;PSS/USS overlay</source>
        <translation>&amp;PSS/USS-Überlagerung zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="159"/>
        <source>Show &amp;kernel space in full</source>
        <translation>&amp;Kernelbereich vollständig zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="164"/>
        <source>Show &amp;kernel threads</source>
        <translation>&amp;Kernel-Threads zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="167"/>
        <source>Kernel threads have no user address space; they are hidden by default</source>
        <translation>Kernel-Threads haben keinen Benutzeradressraum; sie sind standardmäßig ausgeblendet</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="173"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="179"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="180"/>
        <source>&amp;About vmscope</source>
        <translation>&amp;Über vmscope</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>About vmscope</source>
        <translation>Über vmscope</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="182"/>
        <source>&lt;b&gt;vmscope %1&lt;/b&gt;&lt;p&gt;See where a Linux process&apos;s memory goes: its address space, RSS, PSS and USS, read from /proc.&lt;/p&gt;</source>
        <translation>&lt;b&gt;vmscope %1&lt;/b&gt;&lt;p&gt;Zeigt, wohin der Speicher eines Linux-Prozesses geht: sein Adressraum, RSS, PSS und USS, gelesen aus /proc.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="226"/>
        <source>Processes: %1</source>
        <translation>Prozesse: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="228"/>
        <source>not readable: %1 (greyed; hover for the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="230"/>
        <source>kernel threads hidden: %1 (Ctrl+K shows them)</source>
        <translation>Kernel-Threads ausgeblendet: %1 (Strg+K zeigt sie)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="261"/>
        <source>No process with PID %1.</source>
        <translation>Kein Prozess mit PID %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="287"/>
        <source>Export the address-space map</source>
        <translation>Adressraumkarte exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="289"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="293"/>
        <location filename="../app/gui/MainWindow.cpp" line="309"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="295"/>
        <location filename="../app/gui/MainWindow.cpp" line="311"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="301"/>
        <source>Export start,end,name CSV</source>
        <translation>start,end,name-CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="301"/>
        <source>Export the region table</source>
        <translation>Bereichstabelle exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="305"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessTableModel</name>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="28"/>
        <source>not readable even as root (another namespace, or a security module)</source>
        <translation>selbst als root nicht lesbar (anderer Namensraum oder ein Sicherheitsmodul)</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="29"/>
        <source>not readable: another user&apos;s process</source>
        <translation>nicht lesbar: Prozess eines anderen Benutzers</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="29"/>
        <source>not readable: owned by %1</source>
        <translation>nicht lesbar: gehört %1</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="31"/>
        <source>unreadable: %1</source>
        <translation>unlesbar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="33"/>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="62"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="64"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="66"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="68"/>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="70"/>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="72"/>
        <source>USS</source>
        <translation>USS</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="74"/>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="76"/>
        <source>VMAs</source>
        <translation>VMAs</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="78"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="84"/>
        <source>Resident set: pages of this process in RAM, shared ones counted in full.</source>
        <translation>Resident Set: Seiten dieses Prozesses im RAM, gemeinsam genutzte voll gezählt.</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="86"/>
        <source>Proportional set: each resident page divided by the number of processes mapping it. PSS of all processes adds up to the memory they really use.</source>
        <translation>Proportional Set: jede residente Seite geteilt durch die Zahl der Prozesse, die sie einblenden. Die PSS aller Prozesse ergibt zusammen den Speicher, den sie wirklich belegen.</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="89"/>
        <source>Unique set (Private_Clean + Private_Dirty): what would be freed if the process exited.</source>
        <translation>Unique Set (Private_Clean + Private_Dirty): was frei würde, wenn der Prozess endete.</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="91"/>
        <source>Anonymous pages of this process that are swapped out.</source>
        <translation>Anonyme Seiten dieses Prozesses, die ausgelagert sind.</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="93"/>
        <source>Number of virtual memory areas (lines of /proc/PID/maps).</source>
        <translation>Zahl der virtuellen Speicherbereiche (Zeilen von /proc/PID/maps).</translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessView</name>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="62"/>
        <source>Choose a process in the list (double-click it or press Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="72"/>
        <source>Compressed scale</source>
        <translation>Komprimierter Maßstab</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="73"/>
        <source>Linear scale</source>
        <translation>Linearer Maßstab</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="74"/>
        <source>Compressed: every region visible and unmapped gaps collapsed into labelled breaks.
Linear: true addresses, to see how sparse the address space is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="79"/>
        <source>Refresh: off</source>
        <translation>Aktualisieren: aus</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="79"/>
        <source>Refresh: 1 s</source>
        <translation>Aktualisieren: 1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="80"/>
        <source>Refresh: 2 s</source>
        <translation>Aktualisieren: 2 s</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="80"/>
        <source>Refresh: 5 s</source>
        <translation>Aktualisieren: 5 s</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="82"/>
        <source>How often to read /proc/PID/smaps again. Each read walks the process&apos;s page tables, so a huge process pauses briefly while it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="87"/>
        <source>Go to address… (Ctrl+G)</source>
        <translation>Zu Adresse springen… (Strg+G)</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="89"/>
        <source>Type an address (0x7ffd…, with or without 0x) to find the region that holds it.</source>
        <translation>Geben Sie eine Adresse ein (0x7ffd…, mit oder ohne 0x), um den Bereich zu finden, der sie enthält.</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="114"/>
        <source>Filter regions by path, kind, permissions or address</source>
        <translation>Bereiche nach Pfad, Art, Rechten oder Adresse filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="118"/>
        <source>Group by mapping</source>
        <translation>Nach Abbildung gruppieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="120"/>
        <source>One row per file (or [heap], [anon] …) with its regions as children</source>
        <translation>Eine Zeile je Datei (oder [heap], [anon] …) mit ihren Bereichen darunter</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="231"/>
        <source>%1 (PID %2) — reading its memory map…</source>
        <translation>%1 (PID %2) — Speicherkarte wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="290"/>
        <source>Process %1 (%2) exited at %3. Showing the last snapshot, taken at %4.</source>
        <translation>Prozess %1 (%2) wurde um %3 beendet. Gezeigt wird die letzte Momentaufnahme von %4.</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="296"/>
        <source>Process %1 (%2) exited before its memory map could be read.</source>
        <translation>Prozess %1 (%2) wurde beendet, bevor seine Speicherkarte gelesen werden konnte.</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="297"/>
        <source>%1 (PID %2) — gone</source>
        <translation>%1 (PID %2) — beendet</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="299"/>
        <location filename="../app/gui/ProcessView.cpp" line="302"/>
        <source>Cannot read process %1: %2</source>
        <translation>Prozess %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="300"/>
        <source>%1 (PID %2) — not readable</source>
        <translation>%1 (PID %2) — nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="339"/>
        <source>%1 (PID %2) — %3 regions · VSZ %4 · RSS %5 · PSS %6 · USS %7 · swap %8 · read %9</source>
        <translation>%1 (PID %2) — %3 Bereiche · VSZ %4 · RSS %5 · PSS %6 · USS %7 · Swap %8 · gelesen %9</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="377"/>
        <source>The selected region is hidden by the table&apos;s filter.</source>
        <translation>Der gewählte Bereich ist durch den Tabellenfilter ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="400"/>
        <source>“%1” is not an address (hexadecimal, e.g. 0x7ffd12345000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="404"/>
        <source>No memory map to look in yet.</source>
        <translation>Noch keine Speicherkarte zum Nachsehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="412"/>
        <source>%1 is in %2–%3 (%4, %5): %6</source>
        <translation>%1 liegt in %2–%3 (%4, %5): %6</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="415"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="421"/>
        <source>%1 is unmapped (between %2 and %3, a gap of %4): touching it would fault.</source>
        <translation>%1 ist nicht eingeblendet (zwischen %2 und %3, eine Lücke von %4): ein Zugriff löst einen Fehler aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="427"/>
        <source>%1 is kernel space: %2 — %3</source>
        <translation>%1 ist Kernelbereich: %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="433"/>
        <source>%1 is non-canonical: the CPU faults on any use of it (the hole between user and kernel space).</source>
        <translation>%1 ist nicht kanonisch: jede Verwendung löst einen CPU-Fehler aus (das Loch zwischen Benutzer- und Kernelbereich).</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="438"/>
        <source>%1 lies above 4 GiB, outside this 32-bit address space.</source>
        <translation>%1 liegt über 4 GiB, außerhalb dieses 32-Bit-Adressraums.</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="446"/>
        <location filename="../app/gui/ProcessView.cpp" line="483"/>
        <source>There is no memory map to export yet.</source>
        <translation>Es gibt noch keine Speicherkarte zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="451"/>
        <location filename="../app/gui/ProcessView.cpp" line="462"/>
        <location filename="../app/gui/ProcessView.cpp" line="473"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="459"/>
        <location filename="../app/gui/ProcessView.cpp" line="470"/>
        <source>Address space of %1 (PID %2)</source>
        <translation>Adressraum von %1 (PID %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="477"/>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Wählen Sie eine Datei mit der Endung .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <location filename="../app/gui/ProcessView.cpp" line="495"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>vmscope::RegionKind</name>
    <message>
        <location filename="../widgets/KindColors.cpp" line="35"/>
        <source>code (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="36"/>
        <source>read-only data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="37"/>
        <source>initialised data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="38"/>
        <source>bss (zeroed data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="39"/>
        <source>heap (brk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="40"/>
        <source>main stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="41"/>
        <source>thread stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="42"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="43"/>
        <source>named anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="44"/>
        <source>file (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="45"/>
        <source>file (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="46"/>
        <source>SysV shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="47"/>
        <source>memfd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="48"/>
        <source>shared anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="49"/>
        <source>guard / reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="50"/>
        <source>vDSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="51"/>
        <source>vvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="52"/>
        <source>vsyscall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/KindColors.cpp" line="53"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::VmaDetailsPanel</name>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="45"/>
        <source>%1 (%2 kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="52"/>
        <source>readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="54"/>
        <source>writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="56"/>
        <source>executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="58"/>
        <source>no access (guard or reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="59"/>
        <source>shared: writes are seen by other mappings of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="60"/>
        <source>private: copy-on-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="75"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="75"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="75"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="82"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="87"/>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="106"/>
        <source>No area selected. Select a row of the table or a block of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="136"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="137"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="148"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="149"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="149"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="150"/>
        <source>Virtual addresses from start up to (not including) end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="151"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="152"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="153"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="154"/>
        <source>Where in the file the mapping starts (a file offset, not an address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="155"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="156"/>
        <source>Major:minor number of the device holding the file; 00:00 for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="157"/>
        <source>Inode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="158"/>
        <source>Inode of the mapped file on that device; 0 for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="159"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="159"/>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="195"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="160"/>
        <source>The file was deleted after it was mapped; the mapping keeps its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="161"/>
        <source>Anonymous memory: it belongs to no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="162"/>
        <source>The mapped file, or a pseudo path the kernel gives special areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="163"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="163"/>
        <source>What the area is, inferred from maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="165"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="165"/>
        <source>Why vmscope gave the area this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="167"/>
        <source>Memory (smaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="169"/>
        <source>(not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="170"/>
        <source>Read from maps, which has no per-area counters; smaps has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="190"/>
        <source>Uss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="193"/>
        <source>VmFlags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="196"/>
        <source>Read from maps, which has no flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaDetailsPanel.cpp" line="197"/>
        <source>This kernel does not print VmFlags (they appeared in 3.8).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmscope::VmaTableModel</name>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="387"/>
        <location filename="../widgets/VmaTableModel.cpp" line="870"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/VmaTableModel.cpp" line="967"/>
        <source>%1: %n VMA(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1023"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1023"/>
        <source>First address of the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1025"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1025"/>
        <source>First address after the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1027"/>
        <source>Perms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1028"/>
        <source>Read, write, execute; p = private (copy-on-write), s = shared with other mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1030"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1030"/>
        <source>Offset in the file where the mapping starts (not an address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1032"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1032"/>
        <source>Major:minor number of the device holding the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1034"/>
        <source>Inode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1034"/>
        <source>Inode of the mapped file; 0 for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1036"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1036"/>
        <source>What the area is (code, heap, stack, ...), inferred from maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1038"/>
        <source>Uss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1040"/>
        <source>VmFlags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1040"/>
        <source>Kernel flags of the area (smaps VmFlags), decoded in the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1042"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1042"/>
        <source>Mapped file or pseudo path; empty for anonymous memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1044"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1044"/>
        <source>Why the area was given its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1046"/>
        <source>VMAs</source>
        <translation type="unfinished">VMAs</translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1046"/>
        <source>Number of areas (lines of maps) in the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/VmaTableModel.cpp" line="1051"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
