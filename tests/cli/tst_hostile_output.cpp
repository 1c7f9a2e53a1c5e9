// Issue 10, findings 4 to 7, through the real vmscope-cli on a copy of the live fixture made
// hostile: names with terminal escape sequences (4), kernel numbers that overflow a shift or an
// option's conversion (5), 2 MB of arguments (6), and Rss values whose sum does not fit (7).
#include "CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kLive = QStringLiteral(VMSCOPE_FIXTURES "/live-6.18-x86_64/proc");
const QByteArray kHostileName("x-\x1b]0;OWNED\x07\x1b[2J lib");

using Run = vmscope::test::CliRun;

Run runOn(const QString& root, const QStringList& arguments)
{
    return vmscope::test::runCli(QStringList { QStringLiteral("--proc-root"), root } + arguments);
}

bool copyTree(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir() ? !QDir().mkpath(target) : !QFile::copy(path, target))
            return false;
        if (!it.fileInfo().isDir())
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Every line of the form "Key: N kB" (smaps, smaps_rollup) gets `value` for `key`.
QByteArray withField(const QByteArray& smaps, const QByteArray& key, const QByteArray& value)
{
    QList<QByteArray> lines = smaps.split('\n');
    for (QByteArray& line : lines)
        if (line.startsWith(QByteArray(key + ':')))
            line = key + ":  " + value + " kB";
    return lines.join('\n');
}

// The first mapping line naming a file gets `name` as its path (maps and smaps alike).
QByteArray withMappingName(const QByteArray& bytes, const QByteArray& name)
{
    QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray& line : lines) {
        const int slash = line.indexOf(" /");
        if (slash > 0 && line.contains('-') && !line.contains(": ")) {
            line = line.left(slash + 1) + "/tmp/" + name;
            break;
        }
    }
    return lines.join('\n');
}

// A byte a terminal would act on: C0 controls but newline and tab, DEL, and 8-bit C1 as UTF-8.
int firstControlByte(const QByteArray& text)
{
    for (int i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return i;
        if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xa0)
            return i;
    }
    return -1;
}

} // namespace

class TestHostileOutput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root; // the live fixture with hostile names (finding 4)

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath("escapes");
        QVERIFY(copyTree(kLive, m_root));
        for (const char* file : { "10162/maps", "10162/smaps" })
            QVERIFY(writeFile(m_root + '/' + file, withMappingName(readFile(m_root + '/' + file), kHostileName)));
        const QByteArray cmdline = QByteArray("./qtplot\0--title=\x1b]0;OWNED\x07\0\x1b[2J\xc2\x9b"
                                              "1m",
            36);
        QVERIFY(writeFile(m_root + "/10162/cmdline", cmdline));
        QByteArray status = readFile(m_root + "/10162/status");
        status.replace("Name:\tqtplot", "Name:\tq\x1b[2Jt");
        QVERIFY(writeFile(m_root + "/10162/status", status));
        QVERIFY(writeFile(m_root + "/sys/vm/" + QString::fromUtf8("x-\x1b]0;OWNED\x07"), "1\n"));
    }

    // Finding 4: before, the reason column and CSV printed the escape sequences raw, sysctl the
    // file name. No byte a terminal acts on may reach stdout or stderr, in text or CSV.
    void noControlBytes_data()
    {
        QTest::addColumn<QStringList>("args");
        for (const char* format : { "text", "csv" }) {
            const QStringList f { "--format", format };
            QTest::addRow("maps %s", format) << f + QStringList { "maps", "10162" };
            QTest::addRow("summary %s", format) << f + QStringList { "summary", "10162" };
            QTest::addRow("processes %s", format) << f + QStringList { "processes" };
            QTest::addRow("system by mapping %s", format) << f + QStringList { "system", "--by", "mapping" };
            QTest::addRow("system by process %s", format) << f + QStringList { "system", "--by", "process" };
            QTest::addRow("sysctl %s", format) << f + QStringList { "sysctl" };
        }
        QTest::addRow("maps json") << QStringList { "--format", "json", "maps", "10162" };
        QTest::addRow("processes json") << QStringList { "--format", "json", "processes" };
        // The hostile mapping replaced a file's name: removed and added, both printed.
        QTest::addRow("diff --pid text") << QStringList { "diff", kLive, m_root, "--pid", "10162" };
        QTest::addRow("diff --pid json") << QStringList { "--format", "json", "diff", kLive, m_root, "--pid", "10162" };
    }
    void noControlBytes()
    {
        QFETCH(QStringList, args);
        const Run run = runOn(m_root, args);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const int at = firstControlByte(run.out);
        QVERIFY2(at < 0, run.out.mid(std::max(0, at - 60), 120).toPercentEncoding(" /").constData());
        QVERIFY2(firstControlByte(run.err) < 0, run.err.toPercentEncoding(" /").constData());
        if (!args.contains("sysctl") && !args.contains("json"))
            QVERIFY2(run.out.contains("OWNED") || args.contains("process"), run.out.left(2000).constData());
    }

    // Finding 4 for the arguments themselves: a usage error quotes what the user typed, and a
    // script may pass on a name it read from a hostile process (the fuzzer, fuzz_cli, found the
    // global options printing it raw). Every quoting of an argument must be escaped.
    void usageErrorsEscapeArguments_data()
    {
        const QString hostile = QString::fromUtf8(kHostileName + "\xc2\x9b\x32J\r"); // C1 CSI, "2J", CR
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown format") << QStringList { "--format", hostile, "meminfo" };
        QTest::newRow("unknown format=") << QStringList { "--format=" + hostile, "meminfo" };
        QTest::newRow("unknown option") << QStringList { "--" + hostile, "meminfo" };
        QTest::newRow("unknown command") << QStringList { hostile };
        QTest::newRow("not a pid") << QStringList { "maps", hostile };
        QTest::newRow("system option") << QStringList { "system", hostile };
        QTest::newRow("system breakdown") << QStringList { "system", "--by", hostile };
        QTest::newRow("drop-caches level") << QStringList { "drop-caches", hostile };
    }
    void usageErrorsEscapeArguments()
    {
        QFETCH(QStringList, args);
        const Run run = runOn(kLive, args);
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(firstControlByte(run.err) < 0, run.err.toPercentEncoding(" /").constData());
        QVERIFY2(run.err.contains("OWNED"), run.err.constData()); // quoted, escaped, not dropped
    }

    // Finding 5: 77 orders in buddyinfo (1 << 76 before) and a --duration no clock can hold.
    void buddyOrderTooLarge()
    {
        const QString root = m_dir.filePath("buddy");
        QVERIFY(copyTree(kLive, root));
        QByteArray line("Node 0, zone   Normal");
        for (int order = 0; order < 77; ++order)
            line += "      1";
        QVERIFY(writeFile(root + "/buddyinfo", line + '\n'));
        const Run run = runOn(root, { "buddy" });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.out.contains("order 76 (order too large)"), run.out.right(300).constData());
        QVERIFY(!run.out.contains("(0 KiB)"));
        const Run json = runOn(root, { "--format", "json", "buddy" });
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains("\"largest_order\":76"));
    }

    void watchOptionsRangeChecked_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("duration 1e308") << QStringList { "watch", "--duration", "1e308" };
        QTest::newRow("duration=1e19") << QStringList { "watch", "--duration=1e19" };
        QTest::newRow("duration two years") << QStringList { "watch", "--duration", "63072000" };
        QTest::newRow("duration inf") << QStringList { "watch", "--duration", "inf" };
        QTest::newRow("duration nan") << QStringList { "watch", "--duration", "nan" };
        QTest::newRow("interval 1e308") << QStringList { "watch", "--interval", "1e308" };
        QTest::newRow("interval -1") << QStringList { "watch", "--interval", "-1" };
    }
    void watchOptionsRangeChecked()
    {
        QFETCH(QStringList, args);
        QElapsedTimer timer;
        timer.start();
        const Run run = runOn(kLive, args);
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.err.contains("watch: --"), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(timer.elapsed() < 10000);
    }

    // Finding 6: 2 MB of arguments printed 62 MB (every row padded to the command's width).
    void hugeCommandLine()
    {
        const QString root = m_dir.filePath("cmdline");
        QVERIFY(copyTree(kLive, root));
        QByteArray cmdline("./qtplot");
        for (int i = 0; i < 2 * 1024; ++i)
            cmdline += '\0' + QByteArray(1023, 'a' + char(i % 26));
        QVERIFY(cmdline.size() > 2 * 1000 * 1000);
        QVERIFY(writeFile(root + "/10162/cmdline", cmdline));
        QElapsedTimer timer;
        timer.start();
        const Run text = runOn(root, { "summary", "10162" });
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        QVERIFY2(text.out.size() < 64 * 1024, QByteArray::number(text.out.size()).constData());
        QVERIFY(text.out.contains("\xe2\x80\xa6")); // the cut command line says so
        const Run processes = runOn(root, { "processes" });
        QCOMPARE(processes.exitCode, 0);
        QVERIFY2(processes.out.size() < 64 * 1024, QByteArray::number(processes.out.size()).constData());
        QVERIFY(timer.elapsed() < 20000);
        // CSV and JSON keep the whole value.
        const Run csv = runOn(root, { "--format", "csv", "summary", "10162" });
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.size() > 2 * 1000 * 1000 && csv.out.size() < 3 * 1000 * 1000);
    }

    // Finding 7: the largest Rss in every record wrapped the maps total to 18446744073709551581
    // and gave `system --by user` an RSS of 39863 and --percent 74731329198642.95 %.
    void totalsSaturate()
    {
        const QString root = m_dir.filePath("rss");
        QVERIFY(copyTree(kLive, root));
        const QByteArray max("18446744073709551615");
        for (const QString& pid : QDir(root).entryList({ "[0-9]*" }, QDir::Dirs))
            for (const char* file : { "smaps", "smaps_rollup" })
                QVERIFY(writeFile(
                    root + '/' + pid + '/' + file, withField(readFile(root + '/' + pid + '/' + file), "Rss", max)));

        const Run maps = runOn(root, { "maps", "10162" });
        QVERIFY2(maps.exitCode == 0, maps.describe().constData());
        const QByteArray total = maps.out.mid(maps.out.lastIndexOf("\ntotal"));
        QVERIFY2(total.contains("overflow"), total.constData());
        QVERIFY(!maps.out.contains("18446744073709551581"));

        const Run user = runOn(root, { "system", "--by", "user" });
        QVERIFY2(user.exitCode == 0, user.describe().constData());
        QVERIFY2(user.out.contains("overflow"), user.out.constData());
        QVERIFY(!user.out.contains("39863"));

        const Run percent = runOn(root, { "system", "--by", "user", "--percent" });
        QVERIFY2(percent.exitCode == 0, percent.describe().constData());
        QVERIFY2(percent.out.contains("overflow"), percent.out.constData());
        QVERIFY(!percent.out.contains("74731329198642"));

        const Run json = runOn(root, { "--format", "json", "system", "--by", "user" });
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.out.contains(max), json.out.left(600).constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileOutput)
#include "tst_hostile_output.moc"
