<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AddressMapView</name>
    <message numerus="yes">
        <location filename="../widgets/AddressMapView.cpp" line="260" />
        <source>pid %1 · %n VMA(s) · %2 · %3</source>
        <translation>
            <numerusform>pid %1 · %n VMA · %2 · %3</numerusform><numerusform>pid %1 · %n VMAs · %2 · %3</numerusform></translation>
    </message>
</context>
<context>
    <name>MappingUsageModel</name>
    <message numerus="yes">
        <location filename="../widgets/usage/MappingUsageModel.cpp" line="84" />
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>ProcessBreakdownView</name>
    <message numerus="yes">
        <location filename="../widgets/ProcessBreakdownView.cpp" line="319" />
        <source>other (%n mapping(s))</source>
        <translation>
            <numerusform>other (%n mapping)</numerusform><numerusform>other (%n mappings)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ProcessBreakdownView.cpp" line="449" />
        <source>This row: RSS %1 · PSS %2 · USS %3 · swap %4 · %n region(s), %5 mapped</source>
        <translation>
            <numerusform>This row: RSS %1 · PSS %2 · USS %3 · swap %4 · %n region, %5 mapped</numerusform><numerusform>This row: RSS %1 · PSS %2 · USS %3 · swap %4 · %n regions, %5 mapped</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ProcessBreakdownView.cpp" line="677" />
        <source>%1 (%n region(s), %2 mapped)</source>
        <translation>
            <numerusform>%1 (%n region, %2 mapped)</numerusform><numerusform>%1 (%n regions, %2 mapped)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ProcessBreakdownView.cpp" line="771" />
        <source>Showing only the regions with %1 (%n region(s))</source>
        <translation>
            <numerusform>Showing only the regions with %1 (%n region)</numerusform><numerusform>Showing only the regions with %1 (%n regions)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ProcessBreakdownView.cpp" line="773" />
        <source>Showing only regions of the other mappings with %1 (%n region(s))</source>
        <translation>
            <numerusform>Showing only regions of the other mappings with %1 (%n region)</numerusform><numerusform>Showing only regions of the other mappings with %1 (%n regions)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ProcessBreakdownView.cpp" line="776" />
        <source>Showing only %1 regions with %2 (%n region(s))</source>
        <translation>
            <numerusform>Showing only %1 regions with %2 (%n region)</numerusform><numerusform>Showing only %1 regions with %2 (%n regions)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ProcessBreakdownView.cpp" line="778" />
        <source>Showing only regions of %1 with %2 (%n region(s))</source>
        <translation>
            <numerusform>Showing only regions of %1 with %2 (%n region)</numerusform><numerusform>Showing only regions of %1 with %2 (%n regions)</numerusform></translation>
    </message>
</context>
<context>
    <name>SystemUsagePage</name>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="464" />
        <source>%n process(es), read at %1</source>
        <translation>
            <numerusform>%n process, read at %1</numerusform><numerusform>%n processes, read at %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="467" />
        <source> · %n exited while being read</source>
        <translation>
            <numerusform> · %n exited while being read</numerusform><numerusform> · %n exited while being read</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="501" />
        <source>%n process(es) of other users are not included: </source>
        <translation>
            <numerusform>%n process of other users is not included: </numerusform><numerusform>%n processes of other users are not included: </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="502" />
        <source>%n process(es) could not be read and are not included: </source>
        <translation>
            <numerusform>%n process could not be read and is not included: </numerusform><numerusform>%n processes could not be read and are not included: </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="645" />
        <source>%1, mapped by %n process(es)</source>
        <translation>
            <numerusform>%1, mapped by %n process</numerusform><numerusform>%1, mapped by %n processes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="696" />
        <source>Reading the smaps of %n process(es)…</source>
        <translation>
            <numerusform>Reading the smaps of %n process…</numerusform><numerusform>Reading the smaps of %n processes…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="764" />
        <source>%n mapping(s) in %1 process(es), scanned at %2 in %3 s</source>
        <translation>
            <numerusform>%n mapping in %1 process(es), scanned at %2 in %3 s</numerusform><numerusform>%n mappings in %1 process(es), scanned at %2 in %3 s</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="769" />
        <source> · %n not readable (hover)</source>
        <translation>
            <numerusform> · %n not readable (hover)</numerusform><numerusform> · %n not readable (hover)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/SystemUsagePage.cpp" line="771" />
        <source> · %n exited meanwhile</source>
        <translation>
            <numerusform> · %n exited meanwhile</numerusform><numerusform> · %n exited meanwhile</numerusform></translation>
    </message>
</context>
<context>
    <name>UsageTreemap</name>
    <message numerus="yes">
        <location filename="../widgets/usage/UsageTreemap.cpp" line="266" />
        <source>All users: PSS %1 in %n process(es). Click a user's title to zoom in.</source>
        <translation>
            <numerusform>All users: PSS %1 in %n process. Click a user's title to zoom in.</numerusform><numerusform>All users: PSS %1 in %n processes. Click a user's title to zoom in.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/usage/UsageTreemap.cpp" line="268" />
        <source>‹ All users  ›  %1: PSS %2 in %n process(es). Click here or press Backspace to zoom out.</source>
        <translation>
            <numerusform>‹ All users  ›  %1: PSS %2 in %n process. Click here or press Backspace to zoom out.</numerusform><numerusform>‹ All users  ›  %1: PSS %2 in %n processes. Click here or press Backspace to zoom out.</numerusform></translation>
    </message>
</context>
<context>
    <name>VmaTableModel</name>
    <message numerus="yes">
        <location filename="../widgets/VmaTableModel.cpp" line="966" />
        <source>%1: %n VMA(s)</source>
        <translation>
            <numerusform>%1: %n VMA</numerusform><numerusform>%1: %n VMAs</numerusform></translation>
    </message>
</context>
</TS>