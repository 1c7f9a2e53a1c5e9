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
    <name>vmscope::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="32"/>
        <source>vmscope — %1</source>
        <translation>vmscope — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="44"/>
        <source>Filter by name, PID, user or command (Ctrl+F)</source>
        <translation>Nach Name, PID, Benutzer oder Befehl filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="46"/>
        <source>Shows only the processes whose name, PID, user or command line contains this text.</source>
        <translation>Zeigt nur die Prozesse, deren Name, PID, Benutzer oder Befehlszeile diesen Text enthält.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="67"/>
        <source>Reading processes…</source>
        <translation>Prozesse werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="93"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="94"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="98"/>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>Read /proc again now (the list also refreshes every 2 seconds)</source>
        <translation>/proc jetzt neu lesen (die Liste aktualisiert sich auch alle 2 Sekunden)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="101"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>&amp;About vmscope</source>
        <translation>&amp;Über vmscope</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="109"/>
        <source>About vmscope</source>
        <translation>Über vmscope</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>&lt;b&gt;vmscope %1&lt;/b&gt;&lt;p&gt;See where a Linux process&apos;s memory goes: its address space, RSS, PSS and USS, read from /proc.&lt;/p&gt;</source>
        <translation>&lt;b&gt;vmscope %1&lt;/b&gt;&lt;p&gt;Zeigt, wohin der Speicher eines Linux-Prozesses geht: sein Adressraum, RSS, PSS und USS, gelesen aus /proc.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="145"/>
        <source>Processes: %1</source>
        <translation>Prozesse: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="148"/>
        <source>Not included: %1 (cannot be read; hover for details)</source>
        <translation>Nicht enthalten: %1 (nicht lesbar; Details im Tooltip)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="151"/>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>vmscope::ProcessTableModel</name>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="39"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="41"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="45"/>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="47"/>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="49"/>
        <source>USS</source>
        <translation>USS</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="51"/>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="53"/>
        <source>VMAs</source>
        <translation>VMAs</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="55"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="61"/>
        <source>Resident set: pages of this process in RAM, shared ones counted in full.</source>
        <translation>Resident Set: Seiten dieses Prozesses im RAM, gemeinsam genutzte voll gezählt.</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="63"/>
        <source>Proportional set: each resident page divided by the number of processes mapping it. PSS of all processes adds up to the memory they really use.</source>
        <translation>Proportional Set: jede residente Seite geteilt durch die Zahl der Prozesse, die sie einblenden. Die PSS aller Prozesse ergibt zusammen den Speicher, den sie wirklich belegen.</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="66"/>
        <source>Unique set (Private_Clean + Private_Dirty): what would be freed if the process exited.</source>
        <translation>Unique Set (Private_Clean + Private_Dirty): was frei würde, wenn der Prozess endete.</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="68"/>
        <source>Anonymous pages of this process that are swapped out.</source>
        <translation>Anonyme Seiten dieses Prozesses, die ausgelagert sind.</translation>
    </message>
    <message>
        <location filename="../widgets/ProcessTableModel.cpp" line="70"/>
        <source>Number of virtual memory areas (lines of /proc/PID/maps).</source>
        <translation>Zahl der virtuellen Speicherbereiche (Zeilen von /proc/PID/maps).</translation>
    </message>
</context>
</TS>
