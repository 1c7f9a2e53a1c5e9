// The vmscope-cli contract (app/cli/main.cpp): output formats, documented JSON keys and exit
// codes, checked by running the real binary on the fixtures and on broken proc roots.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {

const QString kLive = QStringLiteral(VMSCOPE_FIXTURES "/live-6.18-x86_64/proc");
const QString kPrometheus = QStringLiteral(VMSCOPE_FIXTURES "/prometheus-procfs/proc");
const QString kMalformed = QStringLiteral(VMSCOPE_FIXTURES "/malformed");
const QString kZoneAtMin = QStringLiteral(VMSCOPE_FIXTURES "/zone-free-equals-min/proc");

using Run = vmscope::test::CliRun;
using vmscope::test::runCli;

Run runOn(const QString& root, const QStringList& arguments)
{
    return runCli(QStringList { QStringLiteral("--proc-root"), root } + arguments);
}

QByteArray describe(const Run& run)
{
    return "exit " + QByteArray::number(run.exitCode) + "; stderr: " + run.err.left(400);
}

// RFC 4180 as Table::appendCsv writes it: quoted cells may hold commas, quotes and newlines.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// status of a kernel thread on 6.x: no Vm* lines, Kthread: 1.
const QByteArray kKernelThreadStatus = "Name:\tkworker/0:1\nUmask:\t0000\nState:\tI (idle)\nTgid:\t4242\nNgid:\t0\n"
                                       "Pid:\t4242\nPPid:\t2\nTracerPid:\t0\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\n"
                                       "FDSize:\t64\nGroups:\t \nKthread:\t1\nThreads:\t1\n";
// status of a process that exited and was not yet reaped: its mm is gone, so no Vm* lines.
const QByteArray kZombieStatus = "Name:\tzoo\nUmask:\t0022\nState:\tZ (zombie)\nTgid:\t4242\nNgid:\t0\n"
                                 "Pid:\t4242\nPPid:\t1\nTracerPid:\t0\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\n"
                                 "FDSize:\t0\nGroups:\t \nKthread:\t0\nThreads:\t1\n";

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(VMSCOPE_CLI)), VMSCOPE_CLI);
        QVERIFY(QFile::exists(kLive + QStringLiteral("/9946/smaps")));
    }

    // --format json: valid JSON with the documented keys; keys the kernel did not print are
    // omitted rather than written as 0.
    void jsonKeys_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("topKeys");
        QTest::addColumn<QString>("member"); // an array (each element checked) or an object
        QTest::addColumn<QStringList>("memberKeys");
        QTest::addColumn<QStringList>("absentKeys"); // must not appear in any element
        const QStringList totals { "Size", "Rss", "Pss", "Uss", "Swap", "SwapPss" };
        QTest::newRow("maps") << kLive << QStringList { "maps", "9946" } << QStringList { "pid", "vmas", "totals" }
                              << "vmas"
                              << QStringList { "start", "end", "perms", "offset", "dev", "inode", "path", "deleted",
                                     "kind", "reason", "fields", "vm_flags" }
                              << QStringList {};
        QTest::newRow("maps totals") << kLive << QStringList { "maps", "9946" } << QStringList {} << "totals" << totals
                                     << QStringList {};
        QTest::newRow("summary") << kLive << QStringList { "summary", "9946" } << QStringList { "pid", "totals" }
                                 << "totals" << totals << QStringList {};
        QTest::newRow("processes") << kLive << QStringList { "processes" } << QStringList { "processes", "unreadable" }
                                   << "processes"
                                   << QStringList { "pid", "user", "name", "rss", "pss", "uss", "swap", "vmas" }
                                   << QStringList {};
        QTest::newRow("meminfo") << kLive << QStringList { "meminfo" } << QStringList { "meminfo" } << "meminfo"
                                 << QStringList { "MemTotal", "MemFree", "MemAvailable", "Cached", "HugePages_Total" }
                                 << QStringList {};
        const QStringList zoneKeys { "node", "zone", "free", "min", "low", "high", "spanned", "present", "managed",
            "protection" };
        QTest::newRow("zones 6.18") << kLive << QStringList { "zones" } << QStringList { "page_size", "zones" }
                                    << "zones" << (zoneKeys + QStringList { "boost", "promo" }) << QStringList {};
        QTest::newRow("zones prometheus")
            << kPrometheus << QStringList { "zones" } << QStringList { "page_size", "zones" } << "zones" << zoneKeys
            << QStringList { "boost", "promo" };
        QTest::newRow("buddy") << kLive << QStringList { "buddy" } << QStringList { "page_size", "zones" } << "zones"
                               << QStringList { "node", "zone", "free_blocks", "free_pages", "largest_order" }
                               << QStringList {};
        QTest::newRow("vmstat") << kLive << QStringList { "vmstat" } << QStringList { "vmstat" } << "vmstat"
                                << QStringList { "pgfault", "pgmajfault", "pswpin", "oom_kill" } << QStringList {};
        QTest::newRow("sysctl") << kLive << QStringList { "sysctl" } << QStringList { "sysctl" } << "sysctl"
                                << QStringList { "vm.min_free_kbytes", "vm.overcommit_memory",
                                       "vm.watermark_scale_factor", "vm.lowmem_reserve_ratio" }
                                << QStringList {};
        QTest::newRow("oom") << kLive << QStringList { "oom" }
                             << QStringList { "processes", "unreadable", "policy", "total_pages", "score_scale" }
                             << "processes"
                             << QStringList { "pid", "name", "user", "oom_score", "oom_score_adj", "rss", "swap",
                                    "page_tables", "points" }
                             << QStringList {};
        QTest::newRow("oom policy") << kLive << QStringList { "oom" } << QStringList {} << "policy"
                                    << QStringList { "vm.oom_kill_allocating_task", "vm.panic_on_oom",
                                           "vm.oom_dump_tasks", "vm.overcommit_memory" }
                                    << QStringList {};
        QTest::newRow("sysctl prometheus")
            << kPrometheus << QStringList { "sysctl" } << QStringList { "sysctl" } << "sysctl"
            << QStringList { "vm.min_free_kbytes", "vm.swappiness" } << QStringList {};
    }
    void jsonKeys()
    {
        QFETCH(QString, root);
        QFETCH(QStringList, args);
        QFETCH(QStringList, topKeys);
        QFETCH(QString, member);
        QFETCH(QStringList, memberKeys);
        QFETCH(QStringList, absentKeys);
        const Run run = runOn(root, QStringList { "--format", "json" } + args);
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isObject());
        const QJsonObject top = doc.object();
        for (const QString& key : topKeys)
            QVERIFY2(top.contains(key), qPrintable(key));
        const QJsonValue value = top.value(member);
        QList<QJsonObject> objects;
        if (value.isArray()) {
            for (const QJsonValue& element : value.toArray())
                objects << element.toObject();
            QVERIFY2(!objects.isEmpty(), qPrintable(member));
        } else {
            QVERIFY2(value.isObject(), qPrintable(member));
            objects << value.toObject();
        }
        for (const QJsonObject& object : objects) {
            for (const QString& key : memberKeys)
                QVERIFY2(object.contains(key), qPrintable(member + u'.' + key));
            for (const QString& key : absentKeys)
                QVERIFY2(!object.contains(key), qPrintable(member + u'.' + key + QStringLiteral(" is present")));
        }
    }

    // oom: the fixture's three processes by the kernel's own oom_score (667, then two at 666, the
    // larger first), each recomputed from its status to the same figure; text marks the first.
    void oomRanking()
    {
        const Run run = runOn(kLive, { "--format", "json", "oom" });
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        const QJsonObject top = QJsonDocument::fromJson(run.out).object();
        const QJsonArray processes = top.value(QStringLiteral("processes")).toArray();
        QCOMPARE(processes.size(), 3);
        const int expectedPids[] = { 10162, 9946, 9950 };
        const int expectedScores[] = { 667, 666, 666 };
        for (int i = 0; i < 3; ++i) {
            const QJsonObject p = processes[i].toObject();
            QCOMPARE(p.value(QStringLiteral("pid")).toInt(), expectedPids[i]);
            QCOMPARE(p.value(QStringLiteral("oom_score")).toInt(), expectedScores[i]);
            QCOMPARE(p.value(QStringLiteral("expected_oom_score")).toInt(), expectedScores[i]);
            QCOMPARE(p.value(QStringLiteral("killed_first")).toBool(), i == 0);
        }
        // 10162: (28844 + 148) / 4 kB pages.
        QCOMPARE(processes[0].toObject().value(QStringLiteral("points")).toInt(), 7248);
        QCOMPARE(top.value(QStringLiteral("total_pages")).toInteger(), 24684084 / 4);
        QCOMPARE(top.value(QStringLiteral("score_scale")).toString(), QStringLiteral("doubled"));
        QCOMPARE(top.value(QStringLiteral("policy")).toObject().value(QStringLiteral("vm.overcommit_memory")).toInt(), 0);

        const Run text = runOn(kLive, { "oom" });
        QVERIFY2(text.exitCode == 0, describe(text).constData());
        const QList<QByteArray> lines = text.out.split('\n');
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines[1].trimmed().startsWith("10162") && lines[1].contains("<- killed first"), lines[1].constData());
        QVERIFY(text.out.contains("oom_score = (1000 + points x 1000 / 6171021) x 2 / 3"));
        QCOMPARE(runOn(kLive, { "oom", "extra" }).exitCode, 1);
    }

    // sysctl --set writes only the vm keys vmscope explains, in the kernel's range, to a regular
    // file under the proc root (here a copy of the fixture's sys/vm), and says before and after.
    void sysctlSet_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("file"); // under sys/vm; empty: nothing may change
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("message"); // in stdout (exit 0) or stderr
        QTest::newRow("overcommit strict") << "vm.overcommit_memory=2" << 0 << "overcommit_memory" << "2\n"
                                           << "vm.overcommit_memory: 0 -> 2";
        QTest::newRow("without vm.") << "overcommit_ratio=80" << 0 << "overcommit_ratio" << "80\n"
                                     << "vm.overcommit_ratio: 50 -> 80";
        QTest::newRow("out of range") << "vm.overcommit_memory=3" << 1 << "" << "" << "takes 0 to 2, not 3";
        QTest::newRow("negative") << "vm.swappiness=-1" << 1 << "" << "" << "takes 0 to 200, not -1";
        QTest::newRow("not explained") << "vm.drop_caches=3" << 1 << "" << "" << "only the vm sysctls it explains";
        QTest::newRow("outside vm") << "kernel.panic=1" << 1 << "" << "" << "only the vm sysctls it explains";
        QTest::newRow("shell") << "vm.overcommit_memory=2;id" << 1 << "" << "" << "takes a whole number";
        QTest::newRow("no value") << "vm.overcommit_memory" << 1 << "" << "" << "expected vm.NAME=VALUE";
        QTest::newRow("escape in name") << "vm.\x1b]0;x\x07=1" << 1 << "" << "" << "\\x1b";
        QTest::newRow("a symlink at the key") << "vm.swappiness=10" << 2 << "" << ""
                                              << "Too many levels of symbolic links";
        QTest::newRow("a directory at the key") << "vm.dirty_ratio=10" << 2 << "" << "" << "Is a directory";
    }
    void sysctlSet()
    {
        QFETCH(QString, assignment);
        QFETCH(int, exitCode);
        QFETCH(QString, file);
        QFETCH(QString, written);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString vm = dir.path() + QStringLiteral("/sys/vm");
        QVERIFY(QDir().mkpath(vm));
        for (const QString& name : QDir(kLive + QStringLiteral("/sys/vm")).entryList(QDir::Files))
            QVERIFY(QFile::copy(kLive + QStringLiteral("/sys/vm/") + name, vm + u'/' + name));
        const QString target = dir.path() + QStringLiteral("/target");
        QVERIFY(QFile::remove(vm + QStringLiteral("/swappiness")));
        QVERIFY(QFile::link(target, vm + QStringLiteral("/swappiness")));
        QVERIFY(QFile::remove(vm + QStringLiteral("/dirty_ratio")));
        QVERIFY(QDir().mkdir(vm + QStringLiteral("/dirty_ratio")));
        std::map<QString, QByteArray> before;
        for (const QString& name : QDir(vm).entryList(QDir::Files)) {
            QFile f(vm + u'/' + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            before[name] = f.readAll();
        }
        // The test's strings spell ESC and BEL as \x escapes.
        QString argument = assignment;
        argument.replace(QStringLiteral("\\x1b"), QString(QChar(0x1b))).replace(QStringLiteral("\\x07"), QString(QChar(0x07)));
        const Run run = runOn(dir.path(), { "sysctl", "--set", argument });
        QVERIFY2(run.exitCode == exitCode, describe(run).constData());
        const QByteArray said = exitCode == 0 ? run.out : run.err;
        QVERIFY2(said.contains(message.toUtf8()), said.constData());
        QVERIFY(!said.contains('\x1b'));
        QVERIFY(!QFile::exists(target));
        for (const auto& [name, content] : before) {
            QFile f(vm + u'/' + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), name == file ? written.toUtf8() : content);
        }
    }

    // zones: the watermark state of core/analysis/Watermarks.h, the one the GUI's zone card shows.
    // DMA32 of this fixture has free == min exactly: __zone_watermark_ok fails when free <= mark,
    // so it is below min (direct reclaim), not "kswapd woken". Empty zones get no state.
    void zoneStates()
    {
        const Run json = runOn(kZoneAtMin, { "--format", "json", "zones" });
        QVERIFY2(json.exitCode == 0, describe(json).constData());
        std::map<QString, QString> states;
        for (const QJsonValue& zone : QJsonDocument::fromJson(json.out).object().value("zones").toArray()) {
            const QJsonObject object = zone.toObject();
            if (object.contains("state"))
                states[object.value("zone").toString()] = object.value("state").toString();
        }
        const std::map<QString, QString> expected { { "DMA", "above_high" }, { "DMA32", "below_min" },
            { "Normal", "above_high" } };
        QCOMPARE(states, expected);

        const Run live = runOn(kLive, { "--format", "json", "zones" });
        QVERIFY2(live.exitCode == 0, describe(live).constData());
        for (const QJsonValue& zone : QJsonDocument::fromJson(live.out).object().value("zones").toArray()) {
            const QJsonObject object = zone.toObject();
            const bool populated = object.value("managed").toInteger() > 0;
            QCOMPARE(object.contains("state"), populated);
            if (populated)
                QCOMPARE(object.value("state").toString(), QStringLiteral("above_high"));
        }

        const Run text = runOn(kZoneAtMin, { "zones" });
        QVERIFY2(text.exitCode == 0, describe(text).constData());
        QByteArray dma32;
        for (const QByteArray& line : text.out.split('\n'))
            if (line.simplified().startsWith("0 DMA32 "))
                dma32 = line;
        QVERIFY2(dma32.contains("8533") && dma32.trimmed().endsWith("below min: direct reclaim"), dma32.constData());
    }

    // The JSON of maps agrees with itself and with the fixture: one element per maps line,
    // totals the sums of the per-VMA fields, addresses as the file prints them.
    void jsonMapsConsistent()
    {
        const Run run = runOn(kLive, { "--format", "json", "maps", "9946" });
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        const QJsonObject top = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(top.value("pid").toInt(), 9946);
        const QJsonArray vmas = top.value("vmas").toArray();
        const QList<QByteArray> lines = readFile(kLive + "/9946/maps").trimmed().split('\n');
        QCOMPARE(vmas.size(), lines.size());
        std::map<QString, qint64> sums;
        for (qsizetype i = 0; i < vmas.size(); ++i) {
            const QJsonObject v = vmas[i].toObject();
            const QByteArray range = lines[i].left(lines[i].indexOf(' '));
            QCOMPARE(v.value("start").toString() + u'-' + v.value("end").toString(),
                "0x" + QString::fromLatin1(range).replace(u'-', QStringLiteral("-0x")));
            const QJsonObject fields = v.value("fields").toObject();
            for (const char* key : { "Size", "Rss", "Pss", "Private_Clean", "Private_Dirty", "Swap" })
                sums[QString::fromLatin1(key)] += fields.value(QLatin1String(key)).toInteger();
        }
        const QJsonObject totals = top.value("totals").toObject();
        for (const char* key : { "Size", "Rss", "Pss", "Swap" })
            QCOMPARE(totals.value(QLatin1String(key)).toInteger(), sums[QString::fromLatin1(key)]);
        QCOMPARE(totals.value("Uss").toInteger(), sums["Private_Clean"] + sums["Private_Dirty"]);
        QCOMPARE(totals.value("Rss").toInteger(), 12252); // VmRSS in 9946/status
    }

    // --format csv: a header, then one row per item (maps: no total row), every row as wide
    // as the header. The counts are the fixture files' own.
    void csv_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("firstColumn");
        QTest::addColumn<int>("rows");
        QTest::newRow("maps") << QStringList { "maps", "9946" } << "Start" << 35; // lines of 9946/maps
        QTest::newRow("maps qtplot") << QStringList { "maps", "10162" } << "Start" << 323;
        QTest::newRow("processes") << QStringList { "processes" } << "PID" << 3; // 9946, 9950, 10162
        QTest::newRow("meminfo") << QStringList { "meminfo" } << "Key" << 54; // lines of meminfo
        QTest::newRow("zones") << QStringList { "zones" } << "Node" << 5; // DMA DMA32 Normal Movable Device
        QTest::newRow("buddy") << QStringList { "buddy" } << "Node" << 3; // lines of buddyinfo
        QTest::newRow("vmstat") << QStringList { "vmstat" } << "Counter" << 192; // lines of vmstat
        QTest::newRow("summary") << QStringList { "summary", "9946" } << "Field" << -1;
        QTest::newRow("sysctl") << QStringList { "sysctl" } << "Name" << -1;
    }
    void csv()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, firstColumn);
        QFETCH(int, rows);
        const Run run = runOn(kLive, QStringList { "--format", "csv" } + args);
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        const QList<QStringList> table = parseCsv(QString::fromUtf8(run.out));
        QVERIFY(!table.isEmpty());
        QCOMPARE(table.front().front(), firstColumn);
        for (qsizetype i = 1; i < table.size(); ++i)
            QVERIFY2(table[i].size() == table.front().size(), qPrintable(table[i].join(u',')));
        if (rows >= 0)
            QCOMPARE(table.size() - 1, rows);
        else
            QVERIFY(table.size() > 1);
        if (args.front() == QLatin1String("maps")) {
            // The path with spaces is one cell, not three.
            const qsizetype mapping = table.front().indexOf(QStringLiteral("Mapping"));
            QVERIFY(mapping >= 0);
            bool found = args.back() != QLatin1String("9946");
            for (const QStringList& row : table)
                found = found || row[mapping] == QLatin1String("/srv/data/file with spaces.bin");
            QVERIFY(found);
        }
    }

    // text: columns separated by at least two spaces at the same place in every row.
    void textAligned_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("rows"); // data rows below the header, -1: any
        QTest::addColumn<QString>("rightAligned"); // a numeric column, "" for none
        QTest::newRow("maps") << kLive << QStringList { "maps", "9946" } << 36 << "Rss"; // 35 VMAs + total
        QTest::newRow("maps -h") << kLive << QStringList { "-h", "maps", "9946" } << 36 << "Pss";
        QTest::newRow("summary") << kLive << QStringList { "summary", "9946" } << -1 << "";
        QTest::newRow("processes") << kLive << QStringList { "processes" } << 3 << "PSS";
        QTest::newRow("meminfo") << kLive << QStringList { "meminfo" } << 54 << "Value";
        QTest::newRow("zones") << kLive << QStringList { "zones" } << 5 << "High";
        QTest::newRow("zones prometheus") << kPrometheus << QStringList { "zones" } << 5 << "Managed";
        QTest::newRow("buddy") << kLive << QStringList { "buddy" } << 3 << "FreePages";
        QTest::newRow("vmstat") << kLive << QStringList { "vmstat" } << 192 << "Value";
        QTest::newRow("sysctl") << kLive << QStringList { "sysctl" } << -1 << "";
    }
    void textAligned()
    {
        QFETCH(QString, root);
        QFETCH(QStringList, args);
        QFETCH(int, rows);
        QFETCH(QString, rightAligned);
        const Run run = runOn(root, args);
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        QList<QByteArray> lines = run.out.split('\n');
        // The table ends at the first blank line or note ("(pages of 4096 bytes)").
        qsizetype end = 0;
        while (end < lines.size() && !lines[end].isEmpty() && !lines[end].startsWith('('))
            ++end;
        lines = lines.mid(0, end);
        QVERIFY(lines.size() >= 2);
        if (rows >= 0)
            QCOMPARE(lines.size() - 1, rows);
        // Titles hold no spaces. Whether a column is aligned left or right, every row pads it to
        // the same width, so between two neighbouring titles there is a gutter of at least two
        // positions that are blank in every line; a misaligned row would break it.
        const QByteArray& header = lines.front();
        QList<std::pair<qsizetype, qsizetype>> titles; // [start, end)
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header[i] == ' ')
                continue;
            const qsizetype start = i;
            while (i < header.size() && header[i] != ' ')
                ++i;
            titles.append({ start, i });
        }
        QVERIFY(titles.size() >= 2);
        qsizetype width = 0;
        for (const QByteArray& line : lines)
            width = qMax(width, line.size());
        QList<bool> blank(width + 2, true);
        for (const QByteArray& line : lines)
            for (qsizetype p = 0; p < line.size(); ++p)
                blank[p] = blank[p] && line[p] == ' ';
        for (qsizetype c = 0; c + 1 < titles.size(); ++c) {
            bool gutter = false;
            for (qsizetype p = titles[c].first + 1; p + 1 < titles[c + 1].second && !gutter; ++p)
                gutter = blank[p] && blank[p + 1];
            QVERIFY2(gutter,
                qPrintable(QStringLiteral("no column gap between %1 and %2")
                               .arg(QString::fromUtf8(header.mid(titles[c].first, titles[c].second - titles[c].first)),
                                   QString::fromUtf8(
                                       header.mid(titles[c + 1].first, titles[c + 1].second - titles[c + 1].first)))));
        }
        // Numbers are right-aligned: each cell of that column ends where its title ends.
        if (!rightAligned.isEmpty()) {
            const QByteArray title = ' ' + rightAligned.toUtf8();
            const QByteArray inside = title + ' ';
            qsizetype at = header.indexOf(inside);
            if (at < 0 && header.endsWith(title))
                at = header.size() - title.size();
            QVERIFY2(at >= 0, header.constData());
            const qsizetype last = at + title.size() - 1; // the title's last character
            for (const QByteArray& line : lines)
                QVERIFY2(line.size() > last && line[last] != ' ' && (line.size() == last + 1 || line[last + 1] == ' '),
                    line.constData());
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        // 1: usage
        QTest::newRow("no command") << kLive << QStringList {} << 1 << "Usage:";
        QTest::newRow("unknown command") << kLive << QStringList { "bogus" } << 1 << "unknown command";
        QTest::newRow("pid abc") << kLive << QStringList { "maps", "abc" } << 1 << "not a process id";
        QTest::newRow("pid 0") << kLive << QStringList { "maps", "0" } << 1 << "not a process id";
        QTest::newRow("pid too large") << kLive << QStringList { "maps", "99999999999" } << 1 << "not a process id";
        QTest::newRow("no pid") << kLive << QStringList { "summary" } << 1 << "PID";
        QTest::newRow("two pids") << kLive << QStringList { "maps", "1", "2" } << 1 << "PID";
        QTest::newRow("extra argument") << kLive << QStringList { "meminfo", "x" } << 1 << "takes no arguments";
        QTest::newRow("unknown format") << kLive << QStringList { "--format", "xml", "meminfo" } << 1 << "xml";
        QTest::newRow("format without value") << kLive << QStringList { "meminfo", "--format" } << 1 << "--format";
        QTest::newRow("unknown option") << kLive << QStringList { "--frobnicate", "meminfo" } << 1 << "--frobnicate";
        // 2: cannot read
        QTest::newRow("maps of absent pid") << kLive << QStringList { "maps", "4242" } << 2 << "no such process";
        QTest::newRow("summary of absent pid") << kLive << QStringList { "summary", "4242" } << 2 << "no such process";
        QTest::newRow("missing vmstat") << kPrometheus << QStringList { "vmstat" } << 2 << "/vmstat";
        QTest::newRow("missing proc root")
            << QStringLiteral("/nonexistent/proc") << QStringList { "meminfo" } << 2 << "/nonexistent/proc/meminfo";
        // 0: a capture that holds maps but no smaps (main.cpp: "a capture with maps only").
        QTest::newRow("maps only") << kPrometheus << QStringList { "maps", "26232" } << 0 << "";
        QTest::newRow("help") << kLive << QStringList { "--help" } << 0 << "";
    }
    void exitCodes()
    {
        QFETCH(QString, root);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        const Run run = runOn(root, args);
        QVERIFY2(run.exitCode == exitCode, describe(run).constData());
        QVERIFY2(run.err.contains(stderrContains.toUtf8()), run.err.constData());
        if (exitCode != 0)
            QVERIFY2(run.out.isEmpty(), run.out.left(200).constData());
        else
            QVERIFY(!run.out.isEmpty());
    }

    void procRootWithoutValue()
    {
        const Run run = runCli({ "meminfo", "--proc-root" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("--proc-root"));
    }

    // 3: malformed input, naming the file and the line. Each row builds a proc root.
    void malformed_data()
    {
        QTest::addColumn<QString>("file"); // where the fixture goes in the proc root
        QTest::addColumn<QString>("fixture"); // in fixtures/malformed
        QTest::addColumn<QByteArray>("status"); // 4242/status, when not empty
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("where"); // expected in stderr after the root
        const QByteArray zooStatus = readFile(kLive + "/9946/status");
        const QStringList maps { "maps", "4242" };
        QTest::newRow("smaps overflow") << "4242/smaps"
                                        << "smaps-overflow-and-unknown" << QByteArray() << maps << 3
                                        << "/4242/smaps:3:";
        QTest::newRow("smaps truncated record")
            << "4242/smaps"
            << "smaps-truncated-record" << QByteArray() << maps << 3 << "/4242/smaps:3:";
        QTest::newRow("smaps not hex") << "4242/smaps"
                                       << "maps-not-hex" << QByteArray() << maps << 3 << "/4242/smaps:1:";
        QTest::newRow("smaps bad perms") << "4242/smaps"
                                         << "maps-bad-perms" << QByteArray() << maps << 3 << "/4242/smaps:1:";
        QTest::newRow("smaps end before start")
            << "4242/smaps"
            << "maps-end-before-start" << QByteArray() << maps << 3 << "/4242/smaps:1:";
        QTest::newRow("smaps truncated line") << "4242/smaps"
                                              << "maps-truncated-line" << QByteArray() << maps << 3 << "/4242/smaps:2:";
        QTest::newRow("maps not hex (maps only)") << "4242/maps"
                                                  << "maps-not-hex" << QByteArray() << maps << 3 << "/4242/maps:1:";
        QTest::newRow("meminfo garbage") << "meminfo"
                                         << "meminfo-garbage" << QByteArray() << QStringList { "meminfo" } << 3
                                         << "/meminfo:1:";
        QTest::newRow("zoneinfo garbage")
            << "zoneinfo"
            << "zoneinfo-garbage" << QByteArray() << QStringList { "zones" } << 3 << "/zoneinfo:2:";
        const std::pair<const char*, QStringList> randomTargets[] = { { "4242/smaps", maps },
            { "meminfo", { "meminfo" } }, { "zoneinfo", { "zones" } }, { "buddyinfo", { "buddy" } },
            { "vmstat", { "vmstat" } }, { "4242/smaps_rollup", { "summary", "4242" } } };
        for (const auto& [file, args] : randomTargets)
            QTest::addRow("random bytes as %s", file) << QString::fromLatin1(file) << "random-bytes" << zooStatus
                                                      << args << 3 << "/" + QString::fromLatin1(file) + ":1:";
        QTest::newRow("random bytes as status")
            << "4242/smaps_rollup"
            << "random-bytes" << QByteArray("@random") << QStringList { "summary", "4242" } << 3 << "/4242/status:1:";
        // Valid: a kernel thread has an empty smaps.
        QTest::newRow("kernel thread") << "4242/smaps"
                                       << "empty" << kKernelThreadStatus << maps << 0 << "";
        // An exited, unreaped process also has an empty smaps; it is gone, not empty.
        QTest::newRow("zombie") << "4242/smaps"
                                << "empty" << kZombieStatus << maps << 2 << "no such process";
    }
    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(QString, fixture);
        QFETCH(QByteArray, status);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, where);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(writeFile(root.filePath(file), readFile(kMalformed + u'/' + fixture)));
        if (status == "@random")
            QVERIFY(writeFile(root.filePath("4242/status"), readFile(kMalformed + "/random-bytes")));
        else if (!status.isEmpty())
            QVERIFY(writeFile(root.filePath("4242/status"), status));
        const Run run = runOn(root.path(), args);
        QVERIFY2(run.exitCode == exitCode, describe(run).constData());
        if (!where.isEmpty())
            QVERIFY2(run.err.contains(where.toUtf8()), run.err.constData());
        if (exitCode == 3)
            QVERIFY2(run.err.contains(root.path().toUtf8()), run.err.constData()); // the file, by its full path
        if (exitCode == 0) {
            const Run json = runOn(root.path(), QStringList { "--format", "json" } + args);
            QCOMPARE(json.exitCode, 0);
            QVERIFY(QJsonDocument::fromJson(json.out).object().value("vmas").toArray().isEmpty());
        }
    }

    // maps 9946 of the live fixture: what a person calls each region of the "zoo" program
    // (fixtures/README.md), derived by hand from 9946/maps and domain.md "Region kinds".
    void zooKinds()
    {
        const std::pair<const char*, const char*> expected[] = {
            { "0x55ac7533a000", "rodata" }, // r--p zoo at offset 0: ELF headers, read-only data
            { "0x55ac7533b000", "text" }, // r-xp zoo
            { "0x55ac7533c000", "rodata" }, // r--p zoo: constants
            { "0x55ac7533d000", "rodata" }, // r--p zoo right below its rw-p: RELRO
            { "0x55ac7533e000", "data" }, // rw-p zoo
            { "0x55ac7533f000", "bss" }, // anonymous rw-p right after zoo's data
            { "0x55ac800c9000", "heap" }, // [heap]
            { "0x7fdfbcf1a000", "guard" }, // ---p below the first thread's stack
            { "0x7fdfbcf1b000", "thread_stack" }, // 8 MiB rw-p above a guard page
            { "0x7fdfbd71b000", "guard" }, // ---p below the second thread's stack
            { "0x7fdfbd71c000", "thread_stack" }, // 8 MiB rw-p above a guard page
            { "0x7fdfbdf1c000", "shared_anon" }, // /dev/zero (deleted), rw-s
            { "0x7fdfbdf3c000", "shm_sysv" }, // /SYSV00000000 (deleted)
            { "0x7fdfbdf4c000", "memfd" }, // /memfd:zoo-memfd (deleted)
            { "0x7fdfbdf54000", "file_shared" }, // /srv/data/deleted.bin (deleted), rw-s
            { "0x7fdfbdf5c000", "file_shared" }, // /srv/data/file with spaces.bin, rw-s
            { "0x7fdfbdf7c000", "anon" }, // the 40 MiB malloc: its own anonymous mapping
            { "0x7fdfc0790000", "rodata" }, // libc r--p
            { "0x7fdfc07b6000", "text" }, // libc r-xp
            { "0x7fdfc090c000", "rodata" }, // libc r--p
            { "0x7fdfc095f000", "rodata" }, // libc RELRO
            { "0x7fdfc0963000", "data" }, // libc rw-p
            { "0x7fdfc0965000", "bss" }, // anonymous rw-p right after libc's data
            { "0x7fdfc0977000", "guard" }, // ---p, 32 KiB
            { "0x7fdfc097f000", "anon" }, // 8 KiB rw-p: too small for a thread stack
            { "0x7fdfc0981000", "vvar" }, // [vvar]
            { "0x7fdfc0985000", "vvar" }, // [vvar_vclock]
            { "0x7fdfc0987000", "vdso" }, // [vdso]
            { "0x7fdfc0989000", "rodata" }, // ld.so r--p
            { "0x7fdfc098a000", "text" }, // ld.so r-xp
            { "0x7fdfc09b0000", "rodata" }, // ld.so r--p
            { "0x7fdfc09ba000", "rodata" }, // ld.so RELRO
            { "0x7fdfc09bc000", "data" }, // ld.so rw-p
            { "0x7ffe1de39000", "stack" }, // [stack]
            { "0xffffffffff600000", "vsyscall" }, // [vsyscall]
        };
        const Run run = runOn(kLive, { "--format", "json", "maps", "9946" });
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        const QJsonArray vmas = QJsonDocument::fromJson(run.out).object().value("vmas").toArray();
        QCOMPARE(vmas.size(), qsizetype(std::size(expected)));
        for (qsizetype i = 0; i < vmas.size(); ++i) {
            const QJsonObject v = vmas[i].toObject();
            QCOMPARE(v.value("start").toString(), QLatin1String(expected[i].first));
            QVERIFY2(v.value("kind").toString() == QLatin1String(expected[i].second),
                qPrintable(v.value("start").toString() + QStringLiteral(": ") + v.value("kind").toString()
                    + QStringLiteral(" (") + v.value("reason").toString() + QStringLiteral("), expected ")
                    + QLatin1String(expected[i].second)));
            QVERIFY(!v.value("reason").toString().isEmpty());
        }
        const QJsonObject spaces = vmas[15].toObject();
        QCOMPARE(spaces.value("path").toString(), QStringLiteral("/srv/data/file with spaces.bin"));
        QCOMPARE(spaces.value("deleted").toBool(), false);
        const QJsonObject deleted = vmas[14].toObject();
        QCOMPARE(deleted.value("path").toString(), QStringLiteral("/srv/data/deleted.bin"));
        QCOMPARE(deleted.value("deleted").toBool(), true);
    }

    // The 40 MiB region at 7fdfbdf7c000, copy-on-write shared by 9946 and its forked child
    // 9950: each one's Pss is its private pages plus half the shared ones, so the two add up
    // to the memory the region really uses. That is not the Rss of either: each process also
    // has 8 kB of private copies (written after the fork), counted once in its own Rss.
    void cowSharedPss()
    {
        const char* region = "0x7fdfbdf7c000";
        qint64 pssSum = 0;
        qint64 shared = -1;
        qint64 privateSum = 0;
        for (const char* pid : { "9946", "9950" }) {
            const Run run = runOn(kLive, { "--format", "json", "maps", QString::fromLatin1(pid) });
            QVERIFY2(run.exitCode == 0, describe(run).constData());
            QJsonObject fields;
            for (const QJsonValue& v : QJsonDocument::fromJson(run.out).object().value("vmas").toArray())
                if (v.toObject().value("start").toString() == QLatin1String(region))
                    fields = v.toObject().value("fields").toObject();
            QVERIFY2(!fields.isEmpty(), pid);
            const qint64 rss = fields.value("Rss").toInteger();
            const qint64 pss = fields.value("Pss").toInteger();
            const qint64 sharedHere
                = fields.value("Shared_Clean").toInteger() + fields.value("Shared_Dirty").toInteger();
            const qint64 privateHere
                = fields.value("Private_Clean").toInteger() + fields.value("Private_Dirty").toInteger();
            QCOMPARE(rss, sharedHere + privateHere);
            // Only two processes map the shared pages: Pss = private + shared / 2, within 1 kB.
            QVERIFY2(qAbs(pss - (privateHere + sharedHere / 2)) <= 1, pid);
            if (shared >= 0)
                QCOMPARE(sharedHere, shared); // the same pages, seen from both sides
            shared = sharedHere;
            pssSum += pss;
            privateSum += privateHere;
        }
        QCOMPARE(shared, 10260);
        QVERIFY2(qAbs(pssSum - (shared + privateSum)) <= 1, qPrintable(QString::number(pssSum)));
        QCOMPARE(pssSum, 10276); // 5138 + 5138; the region's Rss is 10268 in each process
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
