// The OOM-killer report parser (core/parse/OomReportParser.h) over the kernel-log fixtures of
// tests/data/fixtures/kmsg: the expected values were read off the fixture text by hand (line
// numbers below are the fixture's). Then the ways a real log differs from a clean report: cut
// short anywhere, other messages in between, two reports, syslog/journal/dmesg prefixes made
// from the 6.18 report, /dev/kmsg escapes and dictionary lines, hostile numbers, long lines.
#include "TestData.h"

#include "core/parse/OomReportParser.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>
#include <string>
#include <vector>

using namespace vmscope;

namespace {

const QString kKmsg618 = QStringLiteral("kmsg/6.18-x86_64-memcg-oom.kmsg");
const QString kArm3x = QStringLiteral("kmsg/3.x-armv7-oom-killer-try.dmesg");
const QString kOom26 = QStringLiteral("kmsg/2.6-oom2.dmesg");

const QString kNone = QStringLiteral("(none)");

template <class T> QString show(const std::optional<T>& value)
{
    if (!value)
        return kNone;
    if constexpr (std::is_same_v<T, std::string>)
        return QString::fromStdString(*value);
    else
        return QString::number(*value);
}

QStringList columnsOf(const OomReport& report)
{
    QStringList out;
    for (const std::string& column : report.tasks.columns)
        out << QString::fromStdString(column);
    return out;
}

std::vector<std::string> splitLines(const std::string& bytes)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < bytes.size()) {
        const std::size_t end = bytes.find('\n', start);
        lines.push_back(bytes.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return lines;
}

std::string joinLines(const std::vector<std::string>& lines, std::size_t count, const char* eol = "\n")
{
    std::string out;
    for (std::size_t i = 0; i < count && i < lines.size(); ++i)
        out += lines[i] + eol;
    return out;
}

// The 6.18 fixture's records as another reader would show them: `prefix(usec text)` + text.
struct KmsgRecord {
    std::string usec;
    std::string text;
};

std::vector<KmsgRecord> records618()
{
    std::vector<KmsgRecord> out;
    for (const std::string& line : splitLines(test::fixtureBytes(kKmsg618))) {
        const std::size_t semicolon = line.find(';');
        const std::size_t secondComma = line.find(',', line.find(',') + 1);
        const std::size_t thirdComma = line.find(',', secondComma + 1);
        out.push_back({ line.substr(secondComma + 1, thirdComma - secondComma - 1), line.substr(semicolon + 1) });
    }
    return out;
}

// "3608143255" microseconds as dmesg prints them: "3608.143255".
std::string dmesgSeconds(const std::string& usec)
{
    return usec.substr(0, usec.size() - 6) + "." + usec.substr(usec.size() - 6);
}

// What every form of the 6.18 report must give (lines 1-79 of the fixture).
void check618(const OomReport& r)
{
    QCOMPARE(show(r.trigger.name), QStringLiteral("hog")); // line 1
    QCOMPARE(show(r.trigger.pid), QStringLiteral("25723")); // line 2, "PID: 25723 Comm: hog"
    QCOMPARE(show(r.trigger.gfpMask), QStringLiteral("0xcc0(GFP_KERNEL)"));
    QCOMPARE(show(r.trigger.order), QStringLiteral("0"));
    QCOMPARE(show(r.trigger.oomScoreAdj), QStringLiteral("0"));
    QCOMPARE(show(r.trigger.oomAdj), kNone);
    // line 78
    QCOMPARE(show(r.summary.constraint), QStringLiteral("CONSTRAINT_MEMCG"));
    QCOMPARE(show(r.summary.nodemask), QStringLiteral("(null)"));
    QCOMPARE(show(r.summary.cpuset), QStringLiteral("/"));
    QCOMPARE(show(r.summary.memsAllowed), QStringLiteral("0"));
    QCOMPARE(show(r.summary.oomMemcg), QStringLiteral("/ceotest"));
    QCOMPARE(show(r.summary.taskMemcg), QStringLiteral("/ceotest"));
    QCOMPARE(show(r.summary.task), QStringLiteral("hog"));
    QCOMPARE(show(r.summary.pid), QStringLiteral("25723"));
    QCOMPARE(show(r.summary.uid), QStringLiteral("0"));
    QVERIFY(r.summary.other.empty());
    QCOMPARE(show(r.memcgName()), QStringLiteral("/ceotest"));
    // lines 29-31
    QCOMPARE(int(r.memcg.counters.size()), 3);
    const OomMemcgCounter* memory = r.memcg.counter("memory");
    QVERIFY(memory);
    QCOMPARE(show(memory->usageKb), QStringLiteral("65536"));
    QCOMPARE(show(memory->limitKb), QStringLiteral("65536"));
    QCOMPARE(show(memory->failcnt), QStringLiteral("19"));
    const OomMemcgCounter* memsw = r.memcg.counter("memory+swap");
    QVERIFY(memsw);
    QCOMPARE(show(memsw->usageKb), QStringLiteral("65536"));
    QCOMPARE(show(memsw->limitKb), QStringLiteral("9007199254740988"));
    QCOMPARE(show(memsw->failcnt), QStringLiteral("0"));
    const OomMemcgCounter* kmem = r.memcg.counter("kmem");
    QVERIFY(kmem);
    QCOMPARE(show(kmem->usageKb), QStringLiteral("192"));
    // lines 32-74: "Memory cgroup stats for /ceotest:" and 42 "name value" lines
    QCOMPARE(show(r.memcg.statsFor), QStringLiteral("/ceotest"));
    QCOMPARE(int(r.memcg.stats.size()), 42);
    QCOMPARE(QString::fromStdString(r.memcg.stats.front().name), QStringLiteral("cache"));
    QCOMPARE(QString::fromStdString(r.memcg.stats[1].name), QStringLiteral("rss"));
    QCOMPARE(r.memcg.stats[1].value, std::uint64_t(66793472));
    QCOMPARE(QString::fromStdString(r.memcg.stats.back().name), QStringLiteral("total_unevictable"));
    QVERIFY(r.memInfo.empty()); // a memcg OOM prints no Mem-Info
    // lines 76-77
    QCOMPARE(columnsOf(r),
        QStringList({ "pid", "uid", "tgid", "total_vm", "rss", "rss_anon", "rss_file", "rss_shmem", "pgtables_bytes",
            "swapents", "oom_score_adj", "name" }));
    QCOMPARE(int(r.tasks.rows.size()), 1);
    const OomTask& hog = r.tasks.rows.front();
    QCOMPARE(QString::fromStdString(hog.name), QStringLiteral("hog"));
    const std::pair<const char*, std::int64_t> row[] = { { "pid", 25723 }, { "uid", 0 }, { "tgid", 25723 },
        { "total_vm", 17067 }, { "rss", 16522 }, { "rss_anon", 16288 }, { "rss_file", 234 }, { "rss_shmem", 0 },
        { "pgtables_bytes", 176128 }, { "swapents", 0 }, { "oom_score_adj", 0 } };
    for (const auto& [column, value] : row)
        QCOMPARE(show(r.tasks.value(hog, column)), QString::number(value));
    QCOMPARE(show(r.tasks.value(hog, "name")), kNone);
    // line 79
    QVERIFY(r.victim);
    QCOMPARE(show(r.victim->pid), QStringLiteral("25723"));
    QCOMPARE(show(r.victim->name), QStringLiteral("hog"));
    QCOMPARE(show(r.victim->totalVmKb), QStringLiteral("68268"));
    QCOMPARE(show(r.victim->anonRssKb), QStringLiteral("65152"));
    QCOMPARE(show(r.victim->fileRssKb), QStringLiteral("936"));
    QCOMPARE(show(r.victim->shmemRssKb), QStringLiteral("0"));
    QCOMPARE(show(r.victim->uid), QStringLiteral("0"));
    QCOMPARE(show(r.victim->pgtablesKb), QStringLiteral("172"));
    QCOMPARE(show(r.victim->oomScoreAdj), QStringLiteral("0"));
    QCOMPARE(show(r.victim->score), kNone);
    QCOMPARE(show(r.victim->context), QStringLiteral("Memory cgroup out of memory"));
    QVERIFY(r.victim->other.empty());
    QCOMPARE(show(r.victimRow()), QStringLiteral("0"));
    QVERIFY(!r.reaped);
    // lines 3-28: "Call Trace:" to " </TASK>", registers and Code: included
    QCOMPARE(int(r.callTrace.size()), 26);
    QCOMPARE(QString::fromStdString(r.callTrace.front()), QStringLiteral("Call Trace:"));
    QCOMPARE(QString::fromStdString(r.callTrace[2]), QStringLiteral(" dump_stack_lvl+0x59/0x90"));
    QCOMPARE(QString::fromStdString(r.callTrace.back()), QStringLiteral(" </TASK>"));
    QVERIFY(r.complete);
}

} // namespace

class TestOomReport : public QObject {
    Q_OBJECT

private slots:
    // One report per fixture, every field checked against the fixture's text.
    void fixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("uptime");
        QTest::addColumn<QString>("triggerName");
        QTest::addColumn<QString>("triggerPid");
        QTest::addColumn<QString>("gfpMask");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("oomScoreAdj");
        QTest::addColumn<QString>("oomAdj");
        QTest::addColumn<QString>("constraint");
        QTest::addColumn<QString>("memcg");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<QStringList>("victim"); // pid name total-vm anon file shmem uid pgtables adj score
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("victimRow");
        QTest::addColumn<int>("memInfoKeys");
        QTest::addColumn<int>("traceLines");
        QTest::addColumn<int>("lines");

        const QString n = kNone;
        QTest::newRow("6.18 memcg, /dev/kmsg")
            << kKmsg618 << "3608.143255"
            << "hog"
            << "25723"
            << "0xcc0(GFP_KERNEL)"
            << "0"
            << "0" << n << "CONSTRAINT_MEMCG"
            << "/ceotest"
            << QStringList { "pid", "uid", "tgid", "total_vm", "rss", "rss_anon", "rss_file", "rss_shmem",
                   "pgtables_bytes", "swapents", "oom_score_adj", "name" }
            << 1 << QStringList { "25723", "hog", "68268", "65152", "936", "0", "0", "172", "0", n }
            << "Memory cgroup out of memory"
            << "0" << 0 << 26 << 79;
        // Line 1: oom_adj and oom_score_adj, no PID line; lines 2-11 ARM backtrace and exception
        // stack; 13-20 Mem-info (13 name:count pairs on lines 16-19); 24-37 the table (13 rows);
        // 36-37 "Kill process ... score 829 or sacrifice child" and "Killed process" with 3 sizes.
        QTest::newRow("3.x ARM, dmesg") << kArm3x << "1316.727656"
                                        << "oom-killer-try" << n << "0x200da"
                                        << "0"
                                        << "0"
                                        << "0" << n << n
                                        << QStringList { "pid", "uid", "tgid", "total_vm", "rss", "nr_ptes", "swapents",
                                               "oom_score_adj", "name" }
                                        << 13
                                        << QStringList { "2148", "oom-killer-try", "480388", "399736", "44", n, n, n, n,
                                               "829" }
                                        << "Out of memory"
                                        << "12" << 13 << 10 << 37;
        // Two lines: "Out of memory: kill process 3412 (oom2) score 136919 or a child", "Killed process 3412 (oom2)".
        QTest::newRow("2.6, dmesg") << kOom26 << "12063.014255" << n << n << n << n << n << n << n << n
                                    << QStringList {} << 0
                                    << QStringList { "3412", "oom2", n, n, n, n, n, n, n, "136919" } << "Out of memory"
                                    << n << 0 << 0 << 2;
    }

    void fixtures()
    {
        QFETCH(QString, fixture);
        const std::vector<OomReport> reports = parse::parseOomReports(test::fixtureBytes(fixture));
        QCOMPARE(int(reports.size()), 1);
        const OomReport& r = reports.front();
        QFETCH(QString, uptime);
        QVERIFY(r.uptimeSeconds);
        QCOMPARE(QString::number(*r.uptimeSeconds, 'f', 6), uptime);
        QCOMPARE(show(r.wallClock), kNone);
        QTEST(show(r.trigger.name), "triggerName");
        QTEST(show(r.trigger.pid), "triggerPid");
        QTEST(show(r.trigger.gfpMask), "gfpMask");
        QTEST(show(r.trigger.order), "order");
        QTEST(show(r.trigger.oomScoreAdj), "oomScoreAdj");
        QTEST(show(r.trigger.oomAdj), "oomAdj");
        QTEST(show(r.summary.constraint), "constraint");
        QTEST(show(r.memcgName()), "memcg");
        QTEST(columnsOf(r), "columns");
        QTEST(int(r.tasks.rows.size()), "tasks");
        QVERIFY(r.victim);
        const OomVictim& v = *r.victim;
        const QStringList victim { show(v.pid), show(v.name), show(v.totalVmKb), show(v.anonRssKb), show(v.fileRssKb),
            show(v.shmemRssKb), show(v.uid), show(v.pgtablesKb), show(v.oomScoreAdj), show(v.score) };
        QTEST(victim, "victim");
        QTEST(show(v.context), "context");
        QTEST(show(r.victimRow()), "victimRow");
        QTEST(int(r.memInfo.size()), "memInfoKeys");
        QTEST(int(r.callTrace.size()), "traceLines");
        QTEST(int(r.lines.size()), "lines");
        QVERIFY(r.complete);
        QVERIFY(!r.reaped);
    }

    void fullReport618() { check618(parse::parseOomReports(test::fixtureBytes(kKmsg618)).front()); }

    // The details of the 3.x report that the table above does not hold (lines 16-19 and 25-37).
    void details3x()
    {
        const OomReport r = parse::parseOomReports(test::fixtureBytes(kArm3x)).front();
        const CounterList memInfo { { "active_anon", 56156 }, { "inactive_anon", 56199 }, { "isolated_anon", 0 },
            { "active_file", 27 }, { "inactive_file", 42 }, { "isolated_file", 0 }, { "unevictable", 0 },
            { "dirty", 0 }, { "writeback", 9716 }, { "unstable", 0 }, { "free", 2048 }, { "slab_reclaimable", 594 },
            { "slab_unreclaimable", 1571 } };
        QVERIFY(r.memInfo == memInfo);
        const OomTask& udevd = r.tasks.rows.front(); // line 25
        QCOMPARE(QString::fromStdString(udevd.name), QStringLiteral("udevd"));
        QCOMPARE(show(r.tasks.value(udevd, "pid")), QStringLiteral("142"));
        QCOMPARE(show(r.tasks.value(udevd, "nr_ptes")), QStringLiteral("5"));
        QCOMPARE(show(r.tasks.value(udevd, "swapents")), QStringLiteral("133"));
        QCOMPARE(show(r.tasks.value(udevd, "oom_score_adj")), QStringLiteral("-1000"));
        const OomTask& thd = r.tasks.rows[7]; // line 32
        QCOMPARE(show(r.tasks.value(thd, "uid")), QStringLiteral("65534"));
        const OomTask& victim = r.tasks.rows[12]; // line 37
        QCOMPARE(QString::fromStdString(victim.name), QStringLiteral("oom-killer-try"));
        QCOMPARE(show(r.tasks.value(victim, "rss")), QStringLiteral("99945"));
        QCOMPARE(show(r.tasks.value(victim, "total_vm")), QStringLiteral("120097"));
        QCOMPARE(show(r.tasks.value(victim, "nr_ptes")), QStringLiteral("238"));
        QCOMPARE(show(r.tasks.value(victim, "swapents")), QStringLiteral("19731"));
        QCOMPARE(show(r.tasks.value(victim, "uid")), QStringLiteral("1000"));
        // By rss, largest first; equal rss keeps the table's order (ifplugd 1362 before 1383).
        QStringList byRss;
        for (std::size_t row : r.tasks.orderByRss())
            byRss << show(r.tasks.value(r.tasks.rows[row], "pid"));
        QCOMPARE(byRss,
            QStringList({ "2148", "2074", "1362", "1383", "2060", "1711", "1692", "142", "256", "263", "1632", "1749",
                "2075" }));
        QCOMPARE(QString::fromStdString(r.callTrace.front()),
            QStringLiteral("[<c001563c>] (unwind_backtrace+0x0/0xf4) from [<c00a36c0>] (dump_header+0x6c/0x200)"));
        QCOMPARE(
            QString::fromStdString(r.callTrace.back()), QStringLiteral("Exception stack(0xdc841fb0 to 0xdc841ff8)"));
    }

    // A log cut at any byte: never an exception, at most one report, and at a line boundary
    // the report holds exactly the lines given so far; only the whole log completes it.
    void cutShort_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("victimLine"); // the first line that names the victim
        QTest::newRow("6.18") << kKmsg618 << 79;
        QTest::newRow("3.x") << kArm3x << 36; // "Kill process 2148 (oom-killer-try) score 829 ..."
        QTest::newRow("2.6") << kOom26 << 1;
    }

    void cutShort()
    {
        QFETCH(QString, fixture);
        QFETCH(int, victimLine);
        const std::string bytes = test::fixtureBytes(fixture);
        const std::vector<std::string> lines = splitLines(bytes);
        for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
            const auto reports = parse::parseOomReports(std::string_view(bytes).substr(0, cut));
            QVERIFY(reports.size() <= 1);
            // Once the first line is whole, its report is there.
            if (cut >= lines.front().size() && reports.empty())
                QFAIL(qPrintable(QStringLiteral("no report from the first %1 bytes").arg(cut)));
        }
        for (std::size_t count = 1; count <= lines.size(); ++count) {
            const auto reports = parse::parseOomReports(joinLines(lines, count));
            QCOMPARE(int(reports.size()), 1);
            const OomReport& r = reports.front();
            QCOMPARE(r.lines.size(), count);
            QCOMPARE(r.complete, count == lines.size());
            QCOMPARE(r.victim.has_value(), count >= std::size_t(victimLine));
        }
    }

    // The 6.18 report cut after its task table (line 77): the parts printed so far are there.
    void partialReportKeepsWhatWasPrinted()
    {
        const std::vector<std::string> lines = splitLines(test::fixtureBytes(kKmsg618));
        const auto reports = parse::parseOomReports(joinLines(lines, 77));
        QCOMPARE(int(reports.size()), 1);
        const OomReport& r = reports.front();
        QVERIFY(!r.complete);
        QVERIFY(!r.victim);
        QCOMPARE(show(r.trigger.name), QStringLiteral("hog"));
        QCOMPARE(int(r.tasks.rows.size()), 1);
        QCOMPARE(show(r.summary.constraint), kNone);
        QCOMPARE(show(r.memcgName()), QStringLiteral("/ceotest"));
    }

    // Other messages between every two lines, in the log's own format, and before and after.
    void interleaved()
    {
        std::string log = "6,300,3608000000,-;e1000e 0000:00:19.0 eth0: NIC Link is Up\n";
        for (const std::string& line : splitLines(test::fixtureBytes(kKmsg618)))
            log += line + "\n6,999,3608143999,-;usb 1-1: new high-speed USB device number 3 using xhci_hcd\n";
        log += "6,1000,3609000000,-;EXT4-fs (sda1): mounted filesystem\n";
        const auto reports = parse::parseOomReports(log);
        QCOMPARE(int(reports.size()), 1);
        const OomReport& r = reports.front();
        QCOMPARE(int(r.lines.size()), 79 + 78); // the messages between its first and last line
        QCOMPARE(show(r.trigger.name), QStringLiteral("hog"));
        QCOMPARE(show(r.trigger.pid), QStringLiteral("25723"));
        QCOMPARE(show(r.summary.constraint), QStringLiteral("CONSTRAINT_MEMCG"));
        QCOMPARE(int(r.memcg.counters.size()), 3);
        QCOMPARE(int(r.memcg.stats.size()), 42);
        QCOMPARE(int(r.tasks.rows.size()), 1);
        QCOMPARE(show(r.victim->pid), QStringLiteral("25723"));
        QCOMPARE(show(r.victim->anonRssKb), QStringLiteral("65152"));

        std::string dmesg = "[ 1316.700000] usb 1-1: new high-speed USB device\n";
        for (const std::string& line : splitLines(test::fixtureBytes(kArm3x)))
            dmesg += line + "\n[ 1316.750000] mmc0: card 0001 removed\n";
        const auto arm = parse::parseOomReports(dmesg);
        QCOMPARE(int(arm.size()), 1);
        QCOMPARE(int(arm.front().tasks.rows.size()), 13);
        QCOMPARE(int(arm.front().memInfo.size()), 13);
        QCOMPARE(show(arm.front().victim->score), QStringLiteral("829"));
        QCOMPARE(show(arm.front().victim->totalVmKb), QStringLiteral("480388"));
    }

    void severalReports()
    {
        const std::string k618 = test::fixtureBytes(kKmsg618);
        const std::string arm = test::fixtureBytes(kArm3x);
        const std::string old = test::fixtureBytes(kOom26);
        const auto reports = parse::parseOomReports(arm + old + k618 + k618);
        QCOMPARE(int(reports.size()), 4);
        QCOMPARE(show(reports[0].victim->pid), QStringLiteral("2148"));
        QCOMPARE(int(reports[0].lines.size()), 37);
        QCOMPARE(show(reports[1].victim->pid), QStringLiteral("3412"));
        QCOMPARE(int(reports[1].lines.size()), 2);
        check618(reports[2]);
        check618(reports[3]);

        // A report cut short by the next one's start: both are kept, the first incomplete.
        const std::vector<std::string> lines = splitLines(k618);
        const auto cut = parse::parseOomReports(joinLines(lines, 40) + k618);
        QCOMPARE(int(cut.size()), 2);
        QVERIFY(!cut[0].complete);
        QCOMPARE(int(cut[0].lines.size()), 40);
        check618(cut[1]);
    }

    // The 6.18 report as syslog, the journal and dmesg print it, made from the kmsg records.
    void otherReaders_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("uptime");
        QTest::addColumn<QString>("wallClock");
        QTest::newRow("syslog with kernel time") << "syslog"
                                                 << "3608.143255"
                                                 << "Dec  1 10:00:00";
        QTest::newRow("syslog without") << "syslog-plain" << kNone << "Dec  1 10:00:00";
        QTest::newRow("journal ISO 8601") << "journal-iso" << kNone << "2026-12-01T10:00:00.123456+01:00";
        QTest::newRow("journal short-monotonic") << "journal-monotonic"
                                                 << "3608.143255" << kNone;
        QTest::newRow("dmesg") << "dmesg"
                               << "3608.143255" << kNone;
        QTest::newRow("dmesg CRLF") << "dmesg-crlf"
                                    << "3608.143255" << kNone;
        QTest::newRow("dmesg caller id") << "dmesg-caller"
                                         << "3608.143255" << kNone;
        QTest::newRow("dmesg -T") << "dmesg-T" << kNone << "Thu Dec  3 05:00:00 2026";
        QTest::newRow("dmesg -t") << "dmesg-t" << kNone << kNone;
        QTest::newRow("console levels") << "console"
                                        << "3608.143255" << kNone;
    }

    void otherReaders()
    {
        QFETCH(QString, form);
        std::string log;
        // Another program's syslog line first: not a kernel message, never part of a report.
        if (form.startsWith(QStringLiteral("syslog")))
            log += "Dec  1 09:59:59 host systemd[1]: Started session 3 of user root.\n";
        for (const KmsgRecord& record : records618()) {
            const std::string seconds = dmesgSeconds(record.usec);
            if (form == QStringLiteral("syslog"))
                log += "Dec  1 10:00:00 host kernel: [" + seconds + "] " + record.text + "\n";
            else if (form == QStringLiteral("syslog-plain"))
                log += "Dec  1 10:00:00 host kernel: " + record.text + "\n"
                    + "Dec  1 10:00:00 host sshd[812]: invoked oom-killer: not the kernel\n";
            else if (form == QStringLiteral("journal-iso"))
                log += "2026-12-01T10:00:00.123456+01:00 host kernel: " + record.text + "\n";
            else if (form == QStringLiteral("journal-monotonic"))
                log += "[" + seconds + "] host kernel: " + record.text + "\n";
            else if (form == QStringLiteral("dmesg"))
                log += "[" + seconds + "] " + record.text + "\n";
            else if (form == QStringLiteral("dmesg-crlf"))
                log += "[" + seconds + "] " + record.text + "\r\n";
            else if (form == QStringLiteral("dmesg-caller"))
                log += "[" + seconds + "] [  T25723] " + record.text + "\n";
            else if (form == QStringLiteral("dmesg-T"))
                log += "[Thu Dec  3 05:00:00 2026] " + record.text + "\n";
            else if (form == QStringLiteral("dmesg-t"))
                log += record.text + "\n";
            else if (form == QStringLiteral("console"))
                log += "<4>[" + seconds + "] " + record.text + "\n";
        }
        const auto reports = parse::parseOomReports(log);
        QCOMPARE(int(reports.size()), 1);
        const OomReport& r = reports.front();
        check618(r);
        QCOMPARE(int(r.lines.size()), 79);
        QTEST(r.uptimeSeconds ? QString::number(*r.uptimeSeconds, 'f', 6) : kNone, "uptime");
        QTEST(show(r.wallClock), "wallClock");
    }

    // /dev/kmsg escapes control bytes, bytes >= 0x7f and '\' as \xNN; a record may hold several
    // lines (escaped newlines); " KEY=value" lines after a record are its dictionary.
    void kmsgEscapes()
    {
        const std::string log = "6,1,100,-;a\\x1bb\\x5cc invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, "
                                "oom_score_adj=0\n"
                                " SUBSYSTEM=memory\n"
                                " DEVICE=+memory:memory0\n"
                                "4,2,200,-;Mem-Info:\\x0aactive_anon:5 inactive_anon:6\\x0a free:7\n"
                                "4,3,300,c;x\\x41y \\xzz \\x5\n"
                                "3,4,400,-;Out of memory: Killed process 42 (t\\x09\\xc3\\xa9) total-vm:8kB\n";
        const auto reports = parse::parseOomReports(log);
        QCOMPARE(int(reports.size()), 1);
        const OomReport& r = reports.front();
        QCOMPARE(show(r.trigger.name),
            QStringLiteral("a\x1b"
                           "b\\c"));
        QCOMPARE(show(r.trigger.gfpMask), QStringLiteral("0xcc0(GFP_KERNEL)"));
        QVERIFY(r.memInfo == (CounterList { { "active_anon", 5 }, { "inactive_anon", 6 }, { "free", 7 } }));
        // Only the escapes the kernel writes are undone: "\x41" ('A') and broken ones stay.
        QVERIFY(std::find(r.lines.begin(), r.lines.end(), "x\\x41y \\xzz \\x5") != r.lines.end());
        QCOMPARE(QByteArray::fromStdString(*r.victim->name), QByteArray("t\t\xc3\xa9"));
        QCOMPARE(show(r.victim->totalVmKb), QStringLiteral("8"));
        // The dictionary lines are not messages; the Mem-Info record is three.
        QCOMPARE(int(r.lines.size()), 1 + 3 + 1 + 1);
        QCOMPARE(show(r.uptimeSeconds), QStringLiteral("0.0001"));
    }

    // Numbers beyond 64 bits, or with a sign where the kernel prints none, are left empty; a
    // value that fits is kept whole, never wrapped or cut.
    void hostileNumbers()
    {
        const std::string log
            = "x invoked oom-killer: gfp_mask=0x1, order=99999999999999999999, oom_score_adj=-18446744073709551616\n"
              "CPU: 0 PID: -5 Comm: x\n"
              "memory: usage 18446744073709551616kB, limit 18446744073709551615kB, failcnt -1\n"
              "Mem-Info:\n"
              "active_anon:18446744073709551616 free:-1\n"
              "inactive_anon:18446744073709551615\n"
              "[  pid  ]   uid  tgid total_vm      rss oom_score_adj name\n"
              "[  7]     -1 18446744073709551616 9223372036854775807 9223372036854775808 -1000 big\n"
              "[  99999999999999999999]     0 1 2 3 -99999999999999999999 huge pid\n"
              "oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),task=x,pid=18446744073709551616,uid=-1\n"
              "Out of memory: Killed process 18446744073709551616 (x) total-vm:18446744073709551615kB, "
              "anon-rss:-5kB, file-rss:18446744073709551616kB, shmem-rss:0kB, UID:-1 pgtables:1kB "
              "oom_score_adj:-1000\n";
        const auto reports = parse::parseOomReports(log);
        QCOMPARE(int(reports.size()), 1);
        const OomReport& r = reports.front();
        QCOMPARE(show(r.trigger.order), kNone);
        QCOMPARE(show(r.trigger.oomScoreAdj), kNone);
        QCOMPARE(show(r.trigger.pid), kNone);
        const OomMemcgCounter* memory = r.memcg.counter("memory");
        QVERIFY(memory);
        QCOMPARE(show(memory->usageKb), kNone);
        QCOMPARE(show(memory->limitKb), QStringLiteral("18446744073709551615"));
        QCOMPARE(show(memory->failcnt), kNone);
        // A line with a non-count is not a summary line; an unparseable count drops its key only.
        QVERIFY(r.memInfo == (CounterList { { "inactive_anon", 18446744073709551615ULL } }));
        QCOMPARE(int(r.tasks.rows.size()), 2);
        const OomTask& big = r.tasks.rows[0];
        QCOMPARE(show(r.tasks.value(big, "pid")), QStringLiteral("7"));
        QCOMPARE(show(r.tasks.value(big, "uid")), kNone);
        QCOMPARE(show(r.tasks.value(big, "tgid")), kNone);
        QCOMPARE(show(r.tasks.value(big, "total_vm")), QStringLiteral("9223372036854775807"));
        QCOMPARE(show(r.tasks.value(big, "rss")), kNone);
        QCOMPARE(show(r.tasks.value(big, "oom_score_adj")), QStringLiteral("-1000"));
        const OomTask& huge = r.tasks.rows[1];
        QCOMPARE(show(r.tasks.value(huge, "pid")), kNone);
        QCOMPARE(show(r.tasks.value(huge, "oom_score_adj")), kNone);
        QCOMPARE(QString::fromStdString(huge.name), QStringLiteral("huge pid"));
        QCOMPARE(show(r.summary.pid), kNone);
        QCOMPARE(show(r.summary.uid), kNone);
        QCOMPARE(show(r.summary.task), QStringLiteral("x"));
        QVERIFY(r.victim);
        QCOMPARE(show(r.victim->pid), kNone);
        QCOMPARE(show(r.victim->name), QStringLiteral("x"));
        QCOMPARE(show(r.victim->totalVmKb), QStringLiteral("18446744073709551615"));
        QCOMPARE(show(r.victim->anonRssKb), kNone);
        QCOMPARE(show(r.victim->fileRssKb), kNone);
        QCOMPARE(show(r.victim->shmemRssKb), QStringLiteral("0"));
        QCOMPARE(show(r.victim->uid), kNone);
        QCOMPARE(show(r.victim->oomScoreAdj), QStringLiteral("-1000"));
        QCOMPARE(show(r.victimRow()), kNone);

        // kmsg's microseconds beyond 64 bits: no time rather than a wrapped one.
        const auto noTime = parse::parseOomReports("4,1,99999999999999999999,-;x invoked oom-killer: order=0\n");
        QCOMPARE(int(noTime.size()), 1);
        QVERIFY(!noTime.front().uptimeSeconds);
    }

    // Later kernels' forms the fixtures do not hold: the reaper, a child killed for its
    // parent, 4.x memcg lines and one-line memcg stats, the summary with a node list.
    void otherEras()
    {
        const std::string log
            = "x invoked oom-killer: gfp_mask=0x14200ca(GFP_HIGHUSER_MOVABLE), nodemask=(null), "
              "order=0, oom_score_adj=0\n"
              "Pid: 77, comm: x Not tainted 3.2.0\n"
              "Task in /a/b killed as a result of limit of /a\n"
              "memory: usage 10kB, limit 10kB, failcnt 1\n"
              "Memory cgroup stats for /a: cache:0KB rss:10KB\n"
              "Memory cgroup stats for /a/b: cache:0KB rss:10KB\n"
              "Memory cgroup out of memory: Kill process 77 (x) score 1000 or sacrifice child\n"
              "Killed process 78 (x child) total-vm:4kB, anon-rss:2kB, file-rss:0kB, new-field:3kB\n"
              "oom_reaper: reaped process 78 (x child), now anon-rss:0kB, file-rss:1kB, shmem-rss:0kB\n"
              "oom-kill:constraint=CONSTRAINT_CPUSET,nodemask=0,2-3,cpuset=/c,d,mems_allowed=0,2,"
              "future=1,task=a,pid=9,uid=10\n";
        const auto reports = parse::parseOomReports(log);
        QCOMPARE(int(reports.size()), 1);
        const OomReport& r = reports.front();
        QCOMPARE(show(r.trigger.pid), QStringLiteral("77"));
        QCOMPARE(int(r.trigger.other.size()), 1);
        QCOMPARE(QString::fromStdString(r.trigger.other.front().first), QStringLiteral("nodemask"));
        QCOMPARE(show(r.memcg.taskIn), QStringLiteral("/a/b"));
        QCOMPARE(show(r.memcg.limitOf), QStringLiteral("/a"));
        QCOMPARE(show(r.memcgName()), QStringLiteral("/a"));
        QCOMPARE(show(r.memcg.statsFor), QStringLiteral("/a"));
        QCOMPARE(int(r.memcg.stats.size()), 2); // the first cgroup's only
        QVERIFY(r.memcg.stats[1].kB);
        QCOMPARE(r.memcg.stats[1].value, std::uint64_t(10));
        QCOMPARE(show(r.victim->pid), QStringLiteral("78"));
        QCOMPARE(show(r.victim->name), QStringLiteral("x child"));
        QCOMPARE(show(r.victim->score), QStringLiteral("1000"));
        QCOMPARE(show(r.victim->scoredPid), QStringLiteral("77"));
        QCOMPARE(show(r.victim->context), QStringLiteral("Memory cgroup out of memory"));
        QCOMPARE(int(r.victim->other.size()), 1);
        QCOMPARE(QString::fromStdString(r.victim->other.front().second), QStringLiteral("3kB"));
        QVERIFY(r.reaped);
        QCOMPARE(show(r.reaped->pid), QStringLiteral("78"));
        QCOMPARE(show(r.reaped->name), QStringLiteral("x child"));
        QCOMPARE(show(r.reaped->anonRssKb), QStringLiteral("0"));
        QCOMPARE(show(r.reaped->fileRssKb), QStringLiteral("1"));
        QCOMPARE(show(r.reaped->shmemRssKb), QStringLiteral("0"));
        QCOMPARE(int(r.lines.size()), 9); // the summary line after the victim is not the report's
        QCOMPARE(show(r.summary.constraint), kNone);

        const auto summaryOnly = parse::parseOomReports(
            "x invoked oom-killer: order=0\n"
            "oom-kill:constraint=CONSTRAINT_CPUSET,nodemask=0,2-3,cpuset=/c,d,mems_allowed=0,2,future=1,task=a,b,"
            "pid=9,uid=10\n");
        const OomKillSummary& s = summaryOnly.front().summary;
        QCOMPARE(show(s.nodemask), QStringLiteral("0,2-3"));
        QCOMPARE(show(s.cpuset), QStringLiteral("/c,d"));
        QCOMPARE(show(s.memsAllowed), QStringLiteral("0,2"));
        QCOMPARE(show(s.task), QStringLiteral("a,b"));
        QCOMPARE(show(s.pid), QStringLiteral("9"));
        QCOMPARE(show(s.uid), QStringLiteral("10"));
        QCOMPARE(int(s.other.size()), 1);
        QCOMPARE(QString::fromStdString(s.other.front().first), QStringLiteral("future"));

        // A reaper line for another process, or with no report before it, belongs to none.
        const auto stray = parse::parseOomReports("oom_reaper: reaped process 5 (y), now anon-rss:0kB\n"
                                                  "Killed process 6 (z)\n"
                                                  "oom_reaper: reaped process 5 (y), now anon-rss:0kB\n");
        QCOMPARE(int(stray.size()), 1);
        QVERIFY(!stray.front().reaped);
        // No victim to kill: the kernel says so, and the report ends there.
        const auto none = parse::parseOomReports("x invoked oom-killer: order=0\n"
                                                 "Out of memory and no killable processes...\n"
                                                 "unrelated\n");
        QCOMPARE(int(none.size()), 1);
        QVERIFY(none.front().complete);
        QVERIFY(!none.front().victim);
        QCOMPARE(int(none.front().lines.size()), 2);
    }

    // Lines beyond the cap are cut; garbage, NUL bytes and endless lines yield no report and
    // cost time in proportion to their size.
    void garbageAndLongLines()
    {
        QVERIFY(parse::parseOomReports("").empty());
        QVERIFY(parse::parseOomReports(std::string("\0\0\n\xff\xfe[\n[ 1.\n<1\n1,2,3,\n", 20)).empty());
        const std::string longLine(1 << 20, 'a');
        const auto reports
            = parse::parseOomReports("x invoked oom-killer: order=0\n" + longLine + " Killed process 1 (y)\n");
        QCOMPARE(int(reports.size()), 1);
        QCOMPARE(int(reports.front().lines.size()), 2);
        QCOMPARE(reports.front().lines[1].size(), parse::kOomLogMaxLineBytes);
        QVERIFY(!reports.front().victim); // its end was beyond the cap

        std::string many;
        for (int i = 0; i < 20000; ++i)
            many += "t invoked oom-killer: order=0\nKilled process 1 (t)\noom_reaper: reaped process 1 (t), now "
                    "anon-rss:0kB\noom_reaper: reaped process 1 (t), now anon-rss:0kB\n";
        QElapsedTimer timer;
        timer.start();
        const auto all = parse::parseOomReports(many);
        QCOMPARE(int(all.size()), 20000);
        QVERIFY(all.back().reaped);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestOomReport)
#include "tst_oomreport.moc"
