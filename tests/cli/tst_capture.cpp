// Issue 13, done means: `vmscope-cli capture` of a static, sleeping child read back with
// `--proc-root` equals the live read of the same child, in .tar, .tar.gz and .tar.zst. What may
// legitimately change between two reads (Referenced bits cleared by reclaim, a file page
// reclaimed) is compared only when the live reads before and after the capture agree; the layout
// (every VMA's addresses, permissions, file and size) must always be equal. Also: vmscope.json,
// a pid that exited before the capture ("gone", exit 0), a series, the refusal to overwrite, and
// damaged compressed captures (truncated .gz, a zstd bomb) refused with a sentence.
#include "CliRunner.h"

#include "core/io/CaptureCompression.h"
#include "core/io/TarSource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/utsname.h>
#include <unistd.h>

using namespace vmscope::test;

namespace {

// vmscope_layout_child_static: no shared library, so no mapping whose PSS changes when other
// processes map the same library. It sleeps until its stdin closes.
class StaticChild {
public:
    StaticChild()
    {
        m_process.start(QStringLiteral(VMSCOPE_LAYOUT_CHILD), {});
        if (!m_process.waitForStarted(60000))
            return;
        QByteArray out;
        while (!out.contains("READY\n") && m_process.waitForReadyRead(60000))
            out += m_process.readAllStandardOutput();
        m_ready = out.contains("READY\n");
    }
    ~StaticChild()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished(30000);
        }
    }
    bool ready() const { return m_ready; }
    QString pid() const { return QString::number(m_process.processId()); }

private:
    QProcess m_process;
    bool m_ready = false;
};

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// The live read before and after, and the captured one: equal where the live reads agree.
void compareSandwiched(const QJsonObject& before, const QJsonObject& captured, const QJsonObject& after,
    const QString& where, int& compared)
{
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.value() != after.value(it.key()))
            continue;
        QVERIFY2(captured.value(it.key()) == it.value(),
            qPrintable(where + QStringLiteral(" ") + it.key() + QStringLiteral(": live ")
                + QString::number(it.value().toDouble()) + QStringLiteral(", captured ")
                + QString::number(captured.value(it.key()).toDouble())));
        ++compared;
    }
}

std::string readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
}

void writeBytes(const QString& path, const std::string& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes.data(), qint64(bytes.size())), qint64(bytes.size()));
}

QJsonObject metadataOf(const QString& capture)
{
    auto tar = vmscope::TarSource::open(capture.toStdString());
    if (!tar)
        return {};
    auto json = (*tar)->readArchiveMember("vmscope.json");
    return json ? QJsonDocument::fromJson(QByteArray::fromStdString(*json)).object() : QJsonObject();
}

// A pid that existed and is gone (reaped) before the capture starts.
QString exitedPid()
{
    QProcess done;
    done.start(QStringLiteral("/bin/true"), {});
    done.waitForStarted(30000);
    const qint64 pid = done.processId(); // 0 once it has finished
    done.waitForFinished(30000);
    return QString::number(pid);
}

} // namespace

class TestCapture : public QObject {
    Q_OBJECT

private slots:
    void captureEqualsLive_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("tar") << "capture.tar";
        QTest::newRow("tar.gz") << "capture.tar.gz";
        QTest::newRow("tar.zst") << "capture.tar.zst";
    }

    void captureEqualsLive()
    {
        QFETCH(QString, name);
        StaticChild child;
        QVERIFY(child.ready());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString capture = dir.path() + "/" + name;
        const QString gone = exitedPid();

        const QStringList maps { "--format", "json", "maps", child.pid() };
        const QStringList summary { "--format", "json", "summary", child.pid() };
        const CliRun mapsBefore = runCli(maps);
        const CliRun summaryBefore = runCli(summary);
        const CliRun captured
            = runCli({ "--format", "json", "capture", "-o", capture, "--pids", child.pid() + "," + gone });
        const CliRun mapsAfter = runCli(maps);
        const CliRun summaryAfter = runCli(summary);
        QVERIFY2(captured.exitCode == 0, captured.describe().constData());
        QVERIFY2(mapsBefore.exitCode == 0 && mapsAfter.exitCode == 0, mapsBefore.describe().constData());
        QVERIFY(!QFile::exists(capture + ".partial"));

        const QJsonObject report = jsonOf(captured);
        QCOMPARE(report.value("file").toString(), capture);
        QCOMPARE(report.value("processes").toInt(), 1);
        QCOMPARE(report.value("gone").toInt(), 1);
        QVERIFY(report.value("files").toInt() > 20);
        QCOMPARE(report.value("bytes").toInteger(), QFileInfo(capture).size());

        // The same commands on the capture.
        const CliRun mapsCaptured = runCli(QStringList { "--proc-root", capture } + maps);
        const CliRun summaryCaptured = runCli(QStringList { "--proc-root", capture } + summary);
        QVERIFY2(mapsCaptured.exitCode == 0, mapsCaptured.describe().constData());
        QVERIFY2(summaryCaptured.exitCode == 0, summaryCaptured.describe().constData());

        const QJsonArray live = jsonOf(mapsBefore).value("vmas").toArray();
        const QJsonArray liveAfter = jsonOf(mapsAfter).value("vmas").toArray();
        const QJsonArray fromCapture = jsonOf(mapsCaptured).value("vmas").toArray();
        QVERIFY(live.size() > 5);
        QCOMPARE(fromCapture.size(), live.size());
        QCOMPARE(liveAfter.size(), live.size());
        int compared = 0;
        for (qsizetype i = 0; i < live.size(); ++i) {
            QJsonObject a = live[i].toObject();
            QJsonObject c = fromCapture[i].toObject();
            const QJsonObject fieldsBefore = a.take("fields").toObject();
            const QJsonObject fieldsCaptured = c.take("fields").toObject();
            const QString where = a.value("start").toString() + " " + a.value("path").toString();
            // Layout, kind and reason: always equal.
            QCOMPARE(c, a);
            QCOMPARE(fieldsCaptured.value("Size"), fieldsBefore.value("Size"));
            compareSandwiched(
                fieldsBefore, fieldsCaptured, liveAfter[i].toObject().value("fields").toObject(), where, compared);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(compared > live.size() * 10); // most figures of a sleeping process do not move

        QJsonObject s = jsonOf(summaryBefore);
        QJsonObject sc = jsonOf(summaryCaptured);
        const QJsonObject totals = s.take("totals").toObject();
        const QJsonObject totalsCaptured = sc.take("totals").toObject();
        QCOMPARE(sc, s); // pid, name, user, command, source, VMA count
        compareSandwiched(totals, totalsCaptured, jsonOf(summaryAfter).value("totals").toObject(), "summary", compared);

        // System files: MemTotal does not change while the machine runs.
        const CliRun meminfoLive = runCli({ "--format", "json", "meminfo" });
        const CliRun meminfoCaptured = runCli({ "--proc-root", capture, "--format", "json", "meminfo" });
        QVERIFY2(meminfoCaptured.exitCode == 0, meminfoCaptured.describe().constData());
        QCOMPARE(jsonOf(meminfoCaptured).value("MemTotal"), jsonOf(meminfoLive).value("MemTotal"));
        for (const char* command : { "zones", "buddy", "vmstat", "sysctl" }) {
            const CliRun run = runCli({ "--proc-root", capture, command });
            QVERIFY2(run.exitCode == 0, QByteArray(QByteArray(command) + ": " + run.describe()).constData());
        }

        // vmscope.json.
        const QJsonObject meta = metadataOf(capture);
        QCOMPARE(meta.value("tool").toString(), QStringLiteral("vmscope-cli"));
        char host[256] = {};
        QCOMPARE(::gethostname(host, sizeof host - 1), 0);
        QCOMPARE(meta.value("hostname").toString(), QString::fromLocal8Bit(host));
        utsname u {};
        QCOMPARE(::uname(&u), 0);
        QCOMPARE(meta.value("kernel").toString(), QString::fromLocal8Bit(u.release));
        QCOMPARE(meta.value("uid").toInteger(), qint64(::getuid()));
        QCOMPARE(meta.value("page_size").toInteger(), qint64(::sysconf(_SC_PAGESIZE)));
        const CliRun notASeries = runCli({ "--proc-root", capture, "--sample", "1", "meminfo" });
        QCOMPARE(notASeries.exitCode, 2);
        QVERIFY2(notASeries.err.contains("is no series of samples"), notASeries.err.constData());
        QVERIFY(meta.value("time").toString().endsWith('Z'));
        QCOMPARE(meta.value("pids").toArray(), QJsonArray({ child.pid().toInt() }));
        QCOMPARE(meta.value("gone").toArray(), QJsonArray({ gone.toInt() }));
        for (const auto& entry : meta.value("unreadable").toArray()) {
            const QJsonObject problem = entry.toObject();
            QVERIFY(!problem.value("path").toString().isEmpty());
            QVERIFY(problem.value("error").toString().startsWith('E'));
            QVERIFY(!problem.value("reason").toString().isEmpty());
        }
        // The folder of the gone pid is not in the capture; the child's is, owned by its uid.
        auto tar = vmscope::TarSource::open(capture.toStdString());
        QVERIFY(tar);
        QCOMPARE(*(*tar)->listPids(), std::vector<int>({ child.pid().toInt() }));
        QCOMPARE((*tar)->processOwner(child.pid().toInt()), std::optional<std::uint32_t>(::getuid()));
        // Only the "address sizes" line of cpuinfo.
        const auto cpuinfo = (*tar)->read("cpuinfo");
        if (cpuinfo)
            QVERIFY(cpuinfo->starts_with("address sizes") && cpuinfo->find('\n') == cpuinfo->size() - 1);
    }

    // A kernel thread has no address space: its smaps_rollup answers ESRCH while it runs. The
    // capture keeps its folder and does not call that an unreadable file.
    void kernelThreadIsNotUnreadable()
    {
        QString kernelThread;
        for (const QString& name : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile status(QStringLiteral("/proc/") + name + QStringLiteral("/status"));
            if (name.toInt() > 0 && status.open(QIODevice::ReadOnly) && status.readAll().contains("\nKthread:\t1")) {
                kernelThread = name;
                break;
            }
        }
        if (kernelThread.isEmpty())
            QSKIP("no kernel thread is visible in this pid namespace");
        QFile rollup(QStringLiteral("/proc/") + kernelThread + QStringLiteral("/smaps_rollup"));
        QVERIFY(!rollup.open(QIODevice::ReadOnly) || rollup.readAll().isEmpty()); // the kernel's own answer
        QTemporaryDir dir;
        const QString capture = dir.path() + "/kthread.tar";
        const CliRun run = runCli({ "capture", "-o", capture, "--pids", kernelThread });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject meta = metadataOf(capture);
        QCOMPARE(meta.value("pids").toArray(), QJsonArray({ kernelThread.toInt() }));
        for (const auto& entry : meta.value("unreadable").toArray())
            QVERIFY2(!entry.toObject().value("path").toString().startsWith(kernelThread + '/'),
                qPrintable(
                    entry.toObject().value("path").toString() + ": " + entry.toObject().value("error").toString()));
    }

    void textSummary()
    {
        StaticChild child;
        QVERIFY(child.ready());
        QTemporaryDir dir;
        const QString capture = dir.path() + "/text.tar";
        const CliRun run = runCli({ "capture", "-o", capture, "--pids", child.pid() });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.out.startsWith(QByteArray("wrote " + capture.toUtf8() + ": 1 processes, ")), run.out.constData());
        QVERIFY2(run.out.contains(" unreadable ("), run.out.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData()); // no progress when stderr is no terminal
    }

    void series()
    {
        StaticChild child;
        QVERIFY(child.ready());
        QTemporaryDir dir;
        const QString capture = dir.path() + "/series.tar.zst";
        const CliRun run = runCli({ "--format", "json", "capture", "-o", capture, "--pids", child.pid(), "--count", "3",
            "--interval", "0.2" });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(jsonOf(run).value("samples").toInt(), 3);
        auto tar = vmscope::TarSource::open(capture.toStdString());
        QVERIFY(tar);
        for (const char* sample : { "sample-0001", "sample-0002", "sample-0003" }) {
            QVERIFY2((*tar)->index().find(std::string(sample) + "/meminfo"), sample);
            QVERIFY2((*tar)->index().find(std::string(sample) + "/" + child.pid().toStdString() + "/smaps"), sample);
        }
        QVERIFY(!(*tar)->index().find("sample-0004"));
        QCOMPARE((*tar)->sampleFolder(), std::string("sample-0003"));
        const QJsonArray samples = metadataOf(capture).value("samples").toArray();
        QCOMPARE(samples.size(), 3);
        QCOMPARE(samples[0].toObject().value("dir").toString(), QStringLiteral("sample-0001"));
        QCOMPARE(samples[2].toObject().value("pids").toArray(), QJsonArray({ child.pid().toInt() }));
        QVERIFY(samples[0].toObject().value("time").toString() <= samples[2].toObject().value("time").toString());
        // --proc-root on a series reads its last sample.
        const CliRun maps = runCli({ "--proc-root", capture, "maps", child.pid() });
        QVERIFY2(maps.exitCode == 0, maps.describe().constData());
        // --sample K reads another one; a sample the series does not hold is a sentence, exit 2.
        const CliRun first = runCli({ "--proc-root", capture, "--sample", "1", "maps", child.pid() });
        QVERIFY2(first.exitCode == 0, first.describe().constData());
        const CliRun missing = runCli({ "--proc-root", capture, "--sample", "4", "meminfo" });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("has no sample-0004 (its samples are sample-0001 to sample-0003)"),
            missing.err.constData());
        QCOMPARE(runCli({ "--proc-root", capture, "--sample", "0", "meminfo" }).exitCode, 1);
    }

    // Ctrl+C ends a series after the current sample, with a valid archive and exit 0.
    void interruptedSeriesIsComplete()
    {
        StaticChild child;
        QVERIFY(child.ready());
        QTemporaryDir dir;
        const QString capture = dir.path() + "/interrupted.tar.gz";
        QProcess process;
        process.start(QStringLiteral(VMSCOPE_CLI),
            { "--format", "json", "capture", "-o", capture, "--pids", child.pid(), "--count", "9999", "--interval",
                "0.5" });
        QVERIFY(process.waitForStarted(60000));
        // Once the archive is being written, the first sample is under way (or done).
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(capture + ".partial"), 120000);
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        const CliRun run = finishedRun(process);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const int samples = jsonOf(run).value("samples").toInt();
        QVERIFY(samples >= 1 && samples < 9999);
        QVERIFY(!QFile::exists(capture + ".partial"));
        QCOMPARE(metadataOf(capture).value("samples").toArray().size(), qsizetype(samples));
        const CliRun maps = runCli({ "--proc-root", capture, "maps", child.pid() });
        QVERIFY2(maps.exitCode == 0, maps.describe().constData());
    }

    void refusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString capture = dir.path() + "/kept.tar.gz";
        writeBytes(capture, "precious");
        const CliRun refused = runCli({ "capture", "-o", capture, "--pids", "1" });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("exists already"), refused.err.constData());
        QCOMPARE(readBytes(capture), std::string("precious"));
        const CliRun forced = runCli({ "capture", "-o", capture, "--pids", "1", "--force" });
        QVERIFY2(forced.exitCode == 0, forced.describe().constData());
        QCOMPARE(int(vmscope::sniffCompression(readBytes(capture))), int(vmscope::Compression::Gzip));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no output") << QStringList { "capture" };
        QTest::newRow("empty output") << QStringList { "capture", "-o", "" };
        QTest::newRow("bad pids") << QStringList { "capture", "-o", "x.tar", "--pids", "1,x" };
        QTest::newRow("count 0") << QStringList { "capture", "-o", "x.tar", "--count", "0" };
        QTest::newRow("interval alone") << QStringList { "capture", "-o", "x.tar", "--interval", "1" };
        QTest::newRow("interval too short")
            << QStringList { "capture", "-o", "x.tar", "--count", "2", "--interval", "0.01" };
        QTest::newRow("unknown") << QStringList { "capture", "-o", "x.tar", "--what" };
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(VMSCOPE_CLI), args);
        const CliRun run = finishedRun(process);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("Try 'vmscope-cli --help'"));
        QVERIFY(!QFile::exists(dir.path() + "/x.tar"));
        QVERIFY(!QFile::exists(dir.path() + "/x.tar.partial"));
    }

    // A capture of a capture: --proc-root works for capture too (a fixture directory here).
    void captureOfAFixture()
    {
        QTemporaryDir dir;
        const QString capture = dir.path() + "/fixture.tar";
        const QString fixture = QStringLiteral(VMSCOPE_FIXTURES) + "/live-6.18-x86_64/proc";
        const CliRun run = runCli({ "--proc-root", fixture, "--format", "json", "capture", "-o", capture });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        for (const char* command : { "processes", "meminfo", "zones" }) {
            const CliRun fromFixture = runCli({ "--proc-root", fixture, "--format", "json", command });
            const CliRun fromCapture = runCli({ "--proc-root", capture, "--format", "json", command });
            QCOMPARE(fromCapture.exitCode, fromFixture.exitCode);
            QCOMPARE(fromCapture.out, fromFixture.out);
        }
        // Files the fixture lacks are listed, not fatal, and no process is "gone" for it.
        const QJsonObject meta = metadataOf(capture);
        QCOMPARE(meta.value("gone").toArray().size(), 0);
        QVERIFY(meta.value("unreadable").toArray().size() > 0);
    }

    void truncatedGzipIsRefused()
    {
        QTemporaryDir dir;
        const QString capture = dir.path() + "/whole.tar.gz";
        QVERIFY(runCli({ "capture", "-o", capture, "--pids", "1" }).exitCode == 0);
        const std::string whole = readBytes(capture);
        const QString truncated = dir.path() + "/truncated.tar.gz";
        writeBytes(truncated, whole.substr(0, whole.size() / 2));
        const CliRun run = runCli({ "--proc-root", truncated, "meminfo" });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("the file is truncated"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

    // A small zstd file of many zeros beyond the bound (lowered for the test, so nothing large is
    // allocated) is refused with a sentence.
    void zstdBombIsRefused()
    {
        QTemporaryDir dir;
        const QString bomb = dir.path() + "/bomb.tar.zst";
        {
            const int fd = ::open(bomb.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
            QVERIFY(fd >= 0);
            auto out = vmscope::CompressedOutput::create(vmscope::Compression::Zstd, fd, "bomb");
            const std::string zeros(1024 * 1024, '\0');
            for (int i = 0; i < 8; ++i)
                QVERIFY(out->write(zeros));
            QVERIFY(!out->finish());
            ::close(fd);
        }
        QVERIFY(QFileInfo(bomb).size() < 4096);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("VMSCOPE_MAX_CAPTURE_BYTES", "1048576");
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VMSCOPE_CLI), { "--proc-root", bomb, "meminfo" });
        const CliRun run = finishedRun(process);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("decompresses (zstd) to more than 1 MiB"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
