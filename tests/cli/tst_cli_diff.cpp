// vmscope-cli diff (issue 13) through the real binary, over two copies of the live /proc taken by
// the test: between them a child maps and touches 8 MiB, a new process starts and another exits.
// The figures are checked against the kernel's own text in the copies, not vmscope's reading.
#include "CliRunner.h"
#include "ProcCopy.h"
#include "TarWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace vmscope::test;

namespace {

constexpr std::size_t kRegionBytes = 8 * 1024 * 1024;

// All of `size` bytes through read(2) or write(2), again after EINTR; false at EOF or an error.
template <typename Transfer, typename Bytes>
bool transferFull(Transfer transfer, int fd, Bytes* bytes, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = transfer(fd, bytes, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        bytes += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool readFull(int fd, void* data, std::size_t size)
{
    return transferFull(::read, fd, static_cast<char*>(data), size);
}

bool writeFull(int fd, const void* data, std::size_t size)
{
    return transferFull(::write, fd, static_cast<const char*>(data), size);
}

// A forked child that maps and touches 8 MiB when told ('m') and answers the region's address;
// it exits when its command pipe closes. It does only system calls and memset after the fork.
class MapperChild {
public:
    MapperChild()
    {
        int command[2];
        int reply[2];
        if (::pipe(command) != 0 || ::pipe(reply) != 0)
            return;
        const long page = ::sysconf(_SC_PAGESIZE);
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(command[1]);
            ::close(reply[0]);
            serve(command[0], reply[1], static_cast<std::size_t>(page));
        }
        ::close(command[0]);
        ::close(reply[1]);
        m_command = command[1];
        m_reply = reply[0];
        char ready = 0;
        m_ready = m_pid > 0 && readFull(m_reply, &ready, 1) && ready == 'r';
    }
    ~MapperChild()
    {
        if (m_command >= 0)
            ::close(m_command);
        if (m_pid > 0) {
            int status = 0;
            while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
        }
        if (m_reply >= 0)
            ::close(m_reply);
    }
    MapperChild(const MapperChild&) = delete;
    MapperChild& operator=(const MapperChild&) = delete;

    bool ready() const { return m_ready; }
    int pid() const { return m_pid; }

    // The start of the mapped region; 0 when the child could not map it.
    std::uint64_t mapRegion()
    {
        std::uint64_t address = 0;
        if (!writeFull(m_command, "m", 1) || !readFull(m_reply, &address, sizeof address))
            return 0;
        return address;
    }

private:
    [[noreturn]] static void serve(int in, int out, std::size_t page)
    {
        char c = 'r';
        writeFull(out, &c, 1);
        while (readFull(in, &c, 1)) {
            std::uint64_t address = 0;
            // Between two inaccessible pages, so the kernel cannot merge it with a neighbour: one
            // region of exactly 8 MiB.
            void* reserved = ::mmap(nullptr, kRegionBytes + 2 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (reserved != MAP_FAILED) {
                char* region = static_cast<char*>(reserved) + page;
                if (::mprotect(region, kRegionBytes, PROT_READ | PROT_WRITE) == 0) {
                    std::memset(region, 0x5a, kRegionBytes);
                    address = reinterpret_cast<std::uintptr_t>(region);
                }
            }
            writeFull(out, &address, sizeof address);
        }
        ::_exit(0);
    }

    int m_pid = -1;
    int m_command = -1;
    int m_reply = -1;
    bool m_ready = false;
};

// A `sleep` that lives until the test ends it.
class Sleeper {
public:
    Sleeper()
    {
        m_process.start(QStringLiteral("/bin/sleep"), { QStringLiteral("600") });
        m_process.waitForStarted();
    }
    ~Sleeper() { stop(); }
    int pid() const { return static_cast<int>(m_process.processId()); }
    bool running() const { return m_process.state() == QProcess::Running; }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(-1);
    }

private:
    QProcess m_process;
};

// "Key:   1234 kB" from a smaps record or smaps_rollup, as the kernel printed it.
std::optional<qint64> kernelField(const QByteArray& text, const QByteArray& key)
{
    for (const QByteArray& line : text.split('\n')) {
        if (!line.startsWith(QByteArray(key).append(':')))
            continue;
        const QList<QByteArray> words = line.mid(key.size() + 1).simplified().split(' ');
        bool ok = false;
        const qint64 value = words.value(0).toLongLong(&ok);
        if (ok)
            return value;
    }
    return std::nullopt;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The smaps record whose header starts at `start`, as the kernel printed it.
QByteArray smapsRecord(const QByteArray& smaps, std::uint64_t start)
{
    const QByteArray header = QByteArray::number(static_cast<qulonglong>(start), 16) + '-';
    const qsizetype at = smaps.startsWith(header) ? 0 : smaps.indexOf(QByteArray(1, '\n').append(header));
    if (at < 0)
        return {};
    const qsizetype from = at == 0 ? 0 : at + 1;
    // The next header: a line starting with a hex digit and '-' (fields start with a capital).
    qsizetype end = from;
    while (true) {
        end = smaps.indexOf('\n', end);
        if (end < 0 || end + 1 >= smaps.size())
            return smaps.mid(from);
        const char next = smaps[end + 1];
        if ((next >= '0' && next <= '9') || (next >= 'a' && next <= 'f'))
            return smaps.mid(from, end - from);
        ++end;
    }
}

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QList<int> intsOf(const QJsonValue& array)
{
    QList<int> values;
    for (const QJsonValue& v : array.toArray())
        values.append(v.toInt());
    return values;
}

QJsonObject changedEntry(const QJsonObject& processes, int pid)
{
    for (const QJsonValue& v : processes.value(QStringLiteral("changed")).toArray())
        if (v.toObject().value(QStringLiteral("pid")).toInt() == pid)
            return v.toObject();
    return {};
}

// A copy of `folder`'s files with stat field 22 (starttime) of `pid` moved on by 1000 ticks: the
// pid then belongs to another process.
bool copyWithNewStartTime(const QString& from, const QString& to, int pid)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target))
            return false;
    }
    const QString statPath = to + u'/' + QString::number(pid) + QStringLiteral("/stat");
    QByteArray stat = fileBytes(statPath);
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return false;
    QList<QByteArray> fields = stat.mid(close + 2).trimmed().split(' ');
    if (fields.size() < 20)
        return false;
    fields[19] = QByteArray::number(fields[19].toULongLong() + 1000); // field 22, counted from 3
    stat = stat.left(close + 2) + fields.join(' ') + '\n';
    QFile out(statPath);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(stat) == stat.size();
}

QString writeTarOf(const QString& folder, const QString& tarPath)
{
    TarWriter tar;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = fileBytes(path);
        tar.file(path.mid(folder.size() + 1).toStdString(), bytes.toStdString());
    }
    const std::string bytes = tar.bytes();
    QFile out(tarPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
        return {};
    return tarPath;
}

} // namespace

class TestCliDiff : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sameMomentIsEmpty();
    void processStartedAndExited();
    void mappedRegionOfAChild();
    void mappedRegionText();
    void reusedPid();
    void tarCaptureAsB();
    void usageErrors();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_a, m_b;
    std::unique_ptr<MapperChild> m_mapper;
    std::unique_ptr<Sleeper> m_exits; // in A, gone before B
    std::unique_ptr<Sleeper> m_starts; // started between A and B
    std::uint64_t m_region = 0;
    int m_exitedPid = 0;
};

void TestCliDiff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_a = m_dir.filePath(QStringLiteral("a"));
    m_b = m_dir.filePath(QStringLiteral("b"));
    m_mapper = std::make_unique<MapperChild>();
    QVERIFY(m_mapper->ready());
    m_exits = std::make_unique<Sleeper>();
    QVERIFY(m_exits->running());
    QString why;
    QVERIFY2(copyProcRoot(m_a, { m_mapper->pid(), m_exits->pid() }, why), qPrintable(why));

    m_starts = std::make_unique<Sleeper>();
    QVERIFY(m_starts->running());
    m_region = m_mapper->mapRegion();
    QVERIFY(m_region != 0);
    const int exited = m_exits->pid();
    m_exits->stop(); // killed and reaped: its /proc folder is gone
    QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(exited)));
    QVERIFY2(copyProcRoot(m_b, { m_mapper->pid(), m_starts->pid() }, why), qPrintable(why));
    m_exitedPid = exited;
}

void TestCliDiff::cleanupTestCase()
{
    m_starts.reset();
    m_mapper.reset(); // closes its pipe: the child exits and is reaped
}

void TestCliDiff::sameMomentIsEmpty()
{
    const CliRun json
        = runCli({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("diff"), m_a, m_a });
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    const QJsonObject root = jsonOf(json);
    const QJsonObject processes = root.value(QStringLiteral("processes")).toObject();
    for (const char* key : { "added", "removed", "changed" })
        QVERIFY2(
            processes.value(QLatin1String(key)).isArray() && processes.value(QLatin1String(key)).toArray().isEmpty(),
            key);
    const QJsonObject meminfo = root.value(QStringLiteral("meminfo")).toObject();
    QVERIFY(meminfo.contains(QStringLiteral("MemFree")));
    for (const QJsonValue& delta : meminfo)
        QCOMPARE(delta.toInteger(-1), 0);

    const CliRun text = runCli({ QStringLiteral("diff"), m_a, m_a });
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    QVERIFY(text.out.contains("Processes added (only in B): 0"));
    QVERIFY(text.out.contains("Processes changed: 0"));
    QVERIFY(text.out.contains("meminfo keys changed: 0"));

    const CliRun region = runCli({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("diff"), m_a, m_a,
        QStringLiteral("--pid"), QString::number(m_mapper->pid()) });
    QVERIFY2(region.exitCode == 0, region.describe().constData());
    const QJsonObject regions = jsonOf(region).value(QStringLiteral("regions")).toObject();
    for (const char* key : { "added", "removed", "changed" })
        QVERIFY2(regions.value(QLatin1String(key)).toArray().isEmpty(), key);
}

void TestCliDiff::processStartedAndExited()
{
    const CliRun run = runCli({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("diff"), m_a, m_b });
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject root = jsonOf(run);
    const QJsonObject processes = root.value(QStringLiteral("processes")).toObject();
    QCOMPARE(intsOf(processes.value(QStringLiteral("added"))), QList<int> { m_starts->pid() });
    QCOMPARE(intsOf(processes.value(QStringLiteral("removed"))), QList<int> { m_exitedPid });
    QVERIFY(intsOf(processes.value(QStringLiteral("unreadable"))).isEmpty());

    // The mapper's RSS moved by what the kernel's smaps_rollup says between the two copies, and
    // that holds the 8 MiB it touched.
    const QString pid = QString::number(m_mapper->pid());
    const auto rssA = kernelField(fileBytes(m_a + u'/' + pid + QStringLiteral("/smaps_rollup")), "Rss");
    const auto rssB = kernelField(fileBytes(m_b + u'/' + pid + QStringLiteral("/smaps_rollup")), "Rss");
    const auto pssA = kernelField(fileBytes(m_a + u'/' + pid + QStringLiteral("/smaps_rollup")), "Pss");
    const auto pssB = kernelField(fileBytes(m_b + u'/' + pid + QStringLiteral("/smaps_rollup")), "Pss");
    QVERIFY(rssA && rssB && pssA && pssB);
    const QJsonObject mapper = changedEntry(processes, m_mapper->pid());
    QVERIFY2(!mapper.isEmpty(), run.out.constData());
    QCOMPARE(mapper.value(QStringLiteral("rss_delta")).toInteger(), *rssB - *rssA);
    QCOMPARE(mapper.value(QStringLiteral("pss_delta")).toInteger(), *pssB - *pssA);
    QVERIFY2(*rssB - *rssA >= 8192, qPrintable(QStringLiteral("kernel Rss %1 -> %2").arg(*rssA).arg(*rssB)));
    QVERIFY(mapper.value(QStringLiteral("uss_delta")).isDouble());
    QVERIFY(mapper.value(QStringLiteral("swap_delta")).isDouble());
    QCOMPARE(mapper.value(QStringLiteral("name")).toString(), QStringLiteral("tst_cli_diff"));

    // meminfo: the deltas of the kernel's own lines.
    const auto freeA = kernelField(fileBytes(m_a + QStringLiteral("/meminfo")), "MemFree");
    const auto freeB = kernelField(fileBytes(m_b + QStringLiteral("/meminfo")), "MemFree");
    QVERIFY(freeA && freeB);
    QCOMPARE(
        root.value(QStringLiteral("meminfo")).toObject().value(QStringLiteral("MemFree")).toInteger(), *freeB - *freeA);

    // Text names the process that started, with its name, and the one that exited.
    const CliRun text = runCli({ QStringLiteral("diff"), m_a, m_b });
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    QVERIFY(text.out.contains("Processes added (only in B): 1"));
    QVERIFY(text.out.contains("Processes removed (only in A): 1"));
    bool named = false;
    for (const QByteArray& line : text.out.split('\n'))
        named = named || (line.simplified().startsWith(QByteArray::number(m_starts->pid()).append(" sleep ")));
    QVERIFY2(named, text.out.constData());
}

void TestCliDiff::mappedRegionOfAChild()
{
    const CliRun run = runCli({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("diff"), m_a, m_b,
        QStringLiteral("--pid"), QString::number(m_mapper->pid()) });
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject root = jsonOf(run);
    QCOMPARE(root.value(QStringLiteral("pid")).toInt(), m_mapper->pid());
    QCOMPARE(root.value(QStringLiteral("pid_reused")).toBool(true), false);
    const QJsonObject regions = root.value(QStringLiteral("regions")).toObject();
    const QString start = QStringLiteral("0x") + QString::number(m_region, 16);
    QJsonObject added;
    for (const QJsonValue& v : regions.value(QStringLiteral("added")).toArray())
        if (v.toObject().value(QStringLiteral("start")).toString() == start)
            added = v.toObject();
    QVERIFY2(!added.isEmpty(), run.out.constData());
    QCOMPARE(added.value(QStringLiteral("end")).toString(),
        QStringLiteral("0x") + QString::number(m_region + kRegionBytes, 16));
    QCOMPARE(added.value(QStringLiteral("size")).toInteger(), 8192);
    QCOMPARE(added.value(QStringLiteral("path")).toString(), QString());
    // The kernel's own record of the region in B.
    const QByteArray record
        = smapsRecord(fileBytes(m_b + u'/' + QString::number(m_mapper->pid()) + QStringLiteral("/smaps")), m_region);
    QVERIFY(!record.isEmpty());
    QCOMPARE(kernelField(record, "Size"), std::optional<qint64>(8192));
    QCOMPARE(added.value(QStringLiteral("rss")).toInteger(), *kernelField(record, "Rss"));
    QCOMPARE(added.value(QStringLiteral("pss")).toInteger(), *kernelField(record, "Pss"));
    QCOMPARE(*kernelField(record, "Rss"), 8192); // touched, every page of it
    // Nothing in A starts there.
    const QByteArray smapsA = fileBytes(m_a + u'/' + QString::number(m_mapper->pid()) + QStringLiteral("/smaps"));
    QVERIFY(smapsRecord(smapsA, m_region).isEmpty());
    for (const QJsonValue& v : regions.value(QStringLiteral("removed")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("start")).toString() != start);
    for (const QJsonValue& v : regions.value(QStringLiteral("changed")).toArray()) {
        const QJsonObject change = v.toObject();
        for (const char* key : { "start", "end", "path", "size_delta", "rss_delta", "pss_delta" })
            QVERIFY2(change.contains(QLatin1String(key)), key);
    }
}

void TestCliDiff::mappedRegionText()
{
    const CliRun run = runCli({ QStringLiteral("-h"), QStringLiteral("diff"), m_a, m_b, QStringLiteral("--pid"),
        QString::number(m_mapper->pid()) });
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QByteArray start = QByteArray::number(static_cast<qulonglong>(m_region), 16);
    const qsizetype added = run.out.indexOf("Regions added (only in B)");
    const qsizetype removed = run.out.indexOf("Regions removed (only in A)");
    QVERIFY(added >= 0 && removed > added);
    const QByteArray addedTable = run.out.mid(added, removed - added);
    bool found = false;
    for (const QByteArray& line : addedTable.split('\n'))
        if (line.simplified().startsWith(QByteArray(start).append(' ')))
            found = line.contains("8.0M") && line.contains("[anon]");
    QVERIFY2(found, run.out.constData());
}

// The same pid with another start time: another process, removed and added.
void TestCliDiff::reusedPid()
{
    const QString c = m_dir.filePath(QStringLiteral("a-reused"));
    QVERIFY(copyWithNewStartTime(m_a, c, m_mapper->pid()));
    const CliRun run = runCli({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("diff"), m_a, c });
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject processes = jsonOf(run).value(QStringLiteral("processes")).toObject();
    QCOMPARE(intsOf(processes.value(QStringLiteral("reused"))), QList<int> { m_mapper->pid() });
    QCOMPARE(intsOf(processes.value(QStringLiteral("added"))), QList<int> { m_mapper->pid() });
    QCOMPARE(intsOf(processes.value(QStringLiteral("removed"))), QList<int> { m_mapper->pid() });
    QVERIFY(processes.value(QStringLiteral("changed")).toArray().isEmpty());

    const CliRun regions = runCli({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("diff"), m_a, c,
        QStringLiteral("--pid"), QString::number(m_mapper->pid()) });
    QVERIFY2(regions.exitCode == 0, regions.describe().constData());
    const QJsonObject root = jsonOf(regions);
    QVERIFY(root.value(QStringLiteral("pid_reused")).toBool());
    const QJsonObject r = root.value(QStringLiteral("regions")).toObject();
    QVERIFY(!r.value(QStringLiteral("added")).toArray().isEmpty());
    QCOMPARE(r.value(QStringLiteral("added")).toArray().size(), r.value(QStringLiteral("removed")).toArray().size());
    QVERIFY(r.value(QStringLiteral("changed")).toArray().isEmpty());
}

// B as a tar capture (the `capture` command's output is a tar too): the same answer as the folder.
void TestCliDiff::tarCaptureAsB()
{
    const QString tar = writeTarOf(m_b, m_dir.filePath(QStringLiteral("b.tar")));
    QVERIFY(!tar.isEmpty());
    const CliRun folder
        = runCli({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("diff"), m_a, m_b });
    const CliRun packed
        = runCli({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("diff"), m_a, tar });
    QVERIFY2(packed.exitCode == 0, packed.describe().constData());
    QCOMPARE(jsonOf(packed).value(QStringLiteral("processes")), jsonOf(folder).value(QStringLiteral("processes")));
    QCOMPARE(jsonOf(packed).value(QStringLiteral("meminfo")), jsonOf(folder).value(QStringLiteral("meminfo")));
}

void TestCliDiff::usageErrors()
{
    QCOMPARE(runCli({ QStringLiteral("diff"), m_a }).exitCode, 1);
    QCOMPARE(runCli({ QStringLiteral("diff"), m_a, m_b, m_b }).exitCode, 1);
    QCOMPARE(runCli({ QStringLiteral("diff"), m_a, m_b, QStringLiteral("--pid"), QStringLiteral("x") }).exitCode, 1);
    QCOMPARE(runCli({ QStringLiteral("diff"), m_a, m_b, QStringLiteral("--pid") }).exitCode, 1);
    QCOMPARE(
        runCli({ QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("diff"), m_a, m_b }).exitCode, 1);
    const CliRun missing = runCli({ QStringLiteral("diff"), m_a, m_dir.filePath(QStringLiteral("nowhere")) });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.startsWith("vmscope-cli: "));
    // A pid neither moment has.
    const CliRun neither = runCli({ QStringLiteral("diff"), m_a, m_b, QStringLiteral("--pid"), QStringLiteral("1") });
    QCOMPARE(neither.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
