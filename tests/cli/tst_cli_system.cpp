// `vmscope-cli system` (app/cli/SystemUsageCommand.cpp) as scripts meet it: the JSON shapes of
// README's table, the figures of the fixtures (summed by hand, see tst_systemusage), text and
// CSV, --percent, --pids, and the exit codes of every usage and input error.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using vmscope::test::CliRun;
using vmscope::test::runCli;

namespace {

const QString kFixtures = QStringLiteral(VMSCOPE_FIXTURES);
const QString kLive = kFixtures + QStringLiteral("/live-6.18-x86_64/proc");
const QString kPrometheus = kFixtures + QStringLiteral("/prometheus-procfs/proc");
const QString kPhysical = kFixtures + QStringLiteral("/physical-memory");

CliRun runSystem(const QString& root, const QStringList& arguments)
{
    return runCli(QStringList { QStringLiteral("--proc-root"), root } + arguments);
}

QJsonObject jsonOf(const CliRun& run)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), run.out.left(200).constData());
    return document.object();
}

QJsonObject findRow(const QJsonArray& rows, const QString& key, const QJsonValue& value)
{
    for (const QJsonValue& row : rows)
        if (row.toObject()[key] == value)
            return row.toObject();
    return {};
}

} // namespace

class TestCliSystem : public QObject {
    Q_OBJECT

private slots:
    void jsonShapes_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("listKey");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("rowKeys");
        QTest::addColumn<QStringList>("tailKeys");
        const QStringList processKeys { "pid", "user", "name", "uss", "pss", "rss", "swap" };
        const QStringList unreadable { "unreadable", "unreadable_processes" };
        QTest::newRow("live, process") << kLive << "process"
                                       << "processes" << 3 << processKeys << unreadable;
        QTest::newRow("prometheus, process") << kPrometheus << "process"
                                             << "processes" << 1 << processKeys << unreadable;
        QTest::newRow("live, user") << kLive << "user"
                                    << "users" << 1 << QStringList { "user", "count", "uss", "pss", "rss", "swap" }
                                    << unreadable;
        QTest::newRow("live, mapping") << kLive << "mapping"
                                       << "mappings" << 85
                                       << QStringList { "path", "deleted", "pids", "avg_pss", "pss" }
                                       << (QStringList { "processes" } + unreadable);
        QTest::newRow("live, system") << kLive << "system"
                                      << "areas" << 5 << QStringList { "area", "used", "cache", "noncache" }
                                      << QStringList { "total", "real_ram_origin", "kernel_image_origin" };
    }
    void jsonShapes()
    {
        QFETCH(QString, root);
        QFETCH(QString, by);
        QFETCH(QString, listKey);
        QFETCH(int, rows);
        QFETCH(QStringList, rowKeys);
        QFETCH(QStringList, tailKeys);
        const CliRun run = runSystem(root, { "--format", "json", "system", "--by", by });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject object = jsonOf(run);
        QStringList expectedKeys = tailKeys + QStringList { listKey };
        expectedKeys.sort();
        QCOMPARE(object.keys(), expectedKeys);
        const QJsonArray list = object[listKey].toArray();
        QCOMPARE(list.size(), rows);
        rowKeys.sort();
        for (const QJsonValue& row : list)
            QCOMPARE(row.toObject().keys(), rowKeys);
    }

    void figures()
    {
        CliRun run = runSystem(kLive, { "--format", "json", "system" });
        QJsonObject zoo = findRow(jsonOf(run)["processes"].toArray(), "pid", 9946);
        QCOMPARE(zoo["uss"].toInt(), 348);
        QCOMPARE(zoo["pss"].toInt(), 5943);
        QCOMPARE(zoo["rss"].toInt(), 12252);
        QCOMPARE(zoo["name"].toString(), QStringLiteral("zoo"));
        // Largest PSS first: the Qt program, then the two zoo processes.
        QCOMPARE(jsonOf(run)["processes"].toArray().first().toObject()["pid"].toInt(), 10162);

        run = runSystem(kLive, { "--format", "json", "system", "--by", "mapping" });
        const QJsonArray mappings = jsonOf(run)["mappings"].toArray();
        const QJsonObject spaces = findRow(mappings, "path", QStringLiteral("/srv/data/file with spaces.bin"));
        QCOMPARE(spaces["pids"].toInt(), 2);
        QCOMPARE(spaces["pss"].toInt(), 64);
        QCOMPARE(spaces["avg_pss"].toInt(), 32);
        QCOMPARE(spaces["deleted"].toBool(), false);
        // [anon]: 11824 kB over 3 processes, 3941.33 truncated as smem's AVGPSS.
        const QJsonObject anon = findRow(mappings, "path", QStringLiteral("[anon]"));
        QCOMPARE(anon["avg_pss"].toInt(), 3941);
        QCOMPARE(findRow(mappings, "path", QStringLiteral("/dev/zero"))["deleted"].toBool(), true);
        QCOMPARE(jsonOf(run)["processes"].toInt(), 3);

        // smem -w -R 24G on this meminfo, with the kernel image of the same machine.
        run = runSystem(
            kLive, { "--format", "json", "system", "--by", "system", "--real-ram", "24G", "--kernel-size", "32472" });
        const QJsonObject system = jsonOf(run);
        const QJsonArray areas = system["areas"].toArray();
        QCOMPARE(findRow(areas, "area", QStringLiteral("firmware/hardware"))["used"].toInt(), 449268);
        QCOMPARE(findRow(areas, "area", QStringLiteral("kernel image"))["used"].toInt(), 32472);
        const QJsonObject kernel = findRow(areas, "area", QStringLiteral("kernel dynamic memory"));
        QCOMPARE(kernel["used"].toInt(), 1492172);
        QCOMPARE(kernel["cache"].toInt(), 1390832);
        QCOMPARE(kernel["noncache"].toInt(), 101340);
        QCOMPARE(system["total"].toInteger(), 25165824); // the areas add up to the real RAM
        QCOMPARE(system["real_ram_origin"].toString(), QStringLiteral("given"));
    }

    void physicalMemoryFound()
    {
        // Without --real-ram and --kernel-size: the memory blocks of --sys-root, the image from iomem.
        const CliRun run = runSystem(kPhysical + QStringLiteral("/proc"),
            { "--format", "json", "system", "--by", "system", "--sys-root", kPhysical + QStringLiteral("/sys") });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject system = jsonOf(run);
        QCOMPARE(findRow(system["areas"].toArray(), "area", QStringLiteral("kernel image"))["used"].toInt(), 32472);
        QVERIFY(system["real_ram_origin"].toString().startsWith(QStringLiteral("4 memory blocks of 128 MiB")));
        QVERIFY(system["kernel_image_origin"].toString().contains(QStringLiteral("iomem")));

        // A proc root that is not the live /proc never gets this machine's /sys.
        const CliRun fixture = runSystem(kLive, { "system", "--by", "system" });
        QVERIFY(fixture.out.contains("Real RAM: unknown (no /sys for "));
    }

    void textAndCsv_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("lines"); // each must be a line of stdout, in this order
        QTest::newRow("csv by user") << QStringList { "--format", "csv", "system", "--by", "user" }
                                     << QStringList { "User,Count,Swap,USS,PSS,RSS", "root,3,0,27424,38763,52116" };
        // 38763 kB of MemTotal 24684084 kB; 52116 of it for RSS.
        QTest::newRow("percent by user") << QStringList { "system", "--by", "user", "--percent" }
                                         << QStringList { "User  Count   Swap    USS    PSS    RSS",
                                                "root      3  0.00%  0.11%  0.16%  0.21%" };
        QTest::newRow("human, by user") << QStringList { "-h", "system", "--by", "user" }
                                        << QStringList { "User  Count  Swap    USS    PSS    RSS",
                                               "root      3    0K  26.8M  37.9M  50.9M" };
        QTest::newRow("text, --pids")
            << QStringList { "system", "--pids", "9950,9946" }
            << QStringList {
                   " PID  User  Name        Swap  USS    PSS    RSS  Command",
                   "9946  root  zoo            0  348   5943  12252  /usr/local/bin/zoo /srv/data",
                   "9950  root  zoo            0   64   5444  11020  /usr/local/bin/zoo /srv/data",
                   "            total of 2     0  412  11387  23272",
               };
        QTest::newRow("csv mapping keeps the name whole")
            << QStringList { "--format", "csv", "system", "--by", "mapping" }
            << QStringList { "Mapping,PIDs,Avg PSS,PSS,USS,RSS,Swap", "/dev/zero (deleted),2,64,128,128,128,0",
                   "/srv/data/file with spaces.bin,2,32,64,64,64,0" };
    }
    void textAndCsv()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, lines);
        const CliRun run = runSystem(kLive, arguments);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QStringList out = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
        qsizetype from = 0;
        for (const QString& line : lines) {
            const qsizetype at = out.indexOf(line, from);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing line '%1' in:\n%2").arg(line, out.join('\n'))));
            from = at + 1;
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // part of stderr
        QTest::newRow("unknown breakdown") << kLive << QStringList { "system", "--by", "files" } << 1 << "'files'";
        QTest::newRow("--by without value") << kLive << QStringList { "system", "--by" } << 1 << "--by needs";
        QTest::newRow("bad size") << kLive << QStringList { "system", "--by", "system", "--real-ram", "lots" } << 1
                                  << "--real-ram needs a size";
        QTest::newRow("bad pid list") << kLive << QStringList { "system", "--pids", "12,x" } << 1 << "--pids needs";
        QTest::newRow("pid zero") << kLive << QStringList { "system", "--pids", "0" } << 1 << "--pids needs";
        QTest::newRow("bad thread count")
            << kLive << QStringList { "system", "--threads", "many" } << 1 << "--threads needs";
        QTest::newRow("unknown option") << kLive << QStringList { "system", "--frobnicate" } << 1 << "--frobnicate";
        QTest::newRow("no proc root") << QStringLiteral("/nonexistent-vmscope") << QStringList { "system" } << 2
                                      << "/nonexistent-vmscope";
        QTest::newRow("no meminfo") << QStringLiteral("/nonexistent-vmscope")
                                    << QStringList { "system", "--by", "system" } << 2 << "meminfo";
        // The 4.x fixture's meminfo has no AnonPages line: smem dies with a KeyError there.
        QTest::newRow("meminfo without AnonPages")
            << kFixtures + QStringLiteral("/historic/4.x-meminfo/proc") << QStringList { "system", "--by", "system" }
            << 3 << "4.x-meminfo/proc/meminfo: malformed: a 'AnonPages:' line";
    }
    void errors()
    {
        QFETCH(QString, root);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun run = runSystem(root, arguments);
        QVERIFY2(run.exitCode == exitCode, run.describe().constData());
        QVERIFY2(run.err.contains(message.toUtf8()), run.describe().constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSystem)
#include "tst_cli_system.moc"
