// vmscope-cli system against smem on the same live processes: children with known layouts
// (tests/helpers/layout_child.cpp), read by `smem` / `smem -m` and by
// `vmscope-cli system --by process|mapping --pids ...`.
//
// What must agree, and why it may differ:
// - RSS and USS per process: exactly. Both are sums of whole pages.
// - PSS per process: vmscope reads smaps_rollup, smem sums the per-VMA Pss lines of smaps. The
//   kernel truncates each VMA's Pss to whole kB but sums the rollup before truncating, so
//   0 <= rollup - sum < number of VMAs (each VMA loses less than 1 kB).
// - PSS and process count per mapping: exactly; both sum the per-VMA Pss lines.
// The children are the layout helper linked statically: they map no library, so no page of
// theirs is also mapped by another process on the machine (compilers start and exit all the time
// on a build machine, and each maps libc: that moves the PSS of every libc user, and smem's own
// Python interpreter maps more libc pages than vmscope-cli, so even the reader changes it). Their
// figures therefore hold still and must agree at the first reading. Only [vdso] and [vvar], which
// every process maps, may move: those are read again (up to kRounds) until smem and one of the
// vmscope reads around it agree; a real difference in the sums never agrees.
//
// Where smem is wrong and vmscope is right (checked below):
// - smem names a mapping by the sixth space-separated field of the smaps header, so
//   "/tmp/x/file with spaces.bin" becomes "/tmp/x/file" and "[anon:vmscope smem]" becomes
//   "[anon:vmscope"; vmscope keeps the whole name.
// - smem drops " (deleted)" with the rest of the line, so a deleted file is merged with a live
//   file of the same name; vmscope keeps them apart (a "deleted" flag).
// - smem -m shows only the first 40 characters of a name; vmscope prints it whole.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "Smem.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unistd.h>

namespace {

constexpr int kRounds = 6;

// A vmscope_layout_child driven through its stdin: it (and what it forked) exits at EOF.
class LayoutProcess {
public:
    explicit LayoutProcess(const QStringList& args)
    {
        m_process.setProgram(QStringLiteral(VMSCOPE_LAYOUT_CHILD));
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted())
            return;
        while (m_process.state() == QProcess::Running) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(30000))
                return;
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line == "READY") {
                    m_ready = true;
                    return;
                }
                const QList<QByteArray> fields = line.split(' ');
                if (fields.size() == 2 && (fields[0] == "FORKED_CHILD" || fields[0] == "COW_CHILD"))
                    m_forked = fields[1].toInt();
                else if (fields.size() == 3 && fields[0] == "SKIP")
                    m_skipped.insert(QString::fromLatin1(fields[1]));
            }
        }
    }
    ~LayoutProcess()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished();
    }
    LayoutProcess(const LayoutProcess&) = delete;
    LayoutProcess& operator=(const LayoutProcess&) = delete;

    bool ready() const { return m_ready; }
    int pid() const { return static_cast<int>(m_process.processId()); }
    int forkedPid() const { return m_forked; }
    bool skipped(const QString& what) const { return m_skipped.contains(what); }

private:
    QProcess m_process;
    bool m_ready = false;
    int m_forked = 0;
    QSet<QString> m_skipped;
};

struct ProcessFigures {
    qint64 uss = -1, pss = -1, rss = -1, vmas = -1;
    bool operator==(const ProcessFigures&) const = default;
};

struct MappingFigures {
    qint64 pss = 0, pids = 0;
    bool operator==(const MappingFigures&) const = default;
};

QByteArray run(const QString& program, const QStringList& args, bool& ok)
{
    QProcess process;
    process.start(program, args);
    ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok)
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
            process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

// smem's name for a mapping: the sixth space-separated field of the smaps header (so the name
// stops at its first space and " (deleted)" is lost), "<anonymous>" for none, cut to 40
// characters by its -m table ('%-40.40s').
QString smemName(const QString& path)
{
    const QString name
        = path == QLatin1String("[anon]") ? QStringLiteral("<anonymous>") : path.section(QLatin1Char(' '), 0, 0);
    return name.left(40);
}

} // namespace

class TestSmemCompare : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_smem = vmscope::test::findOrInstallSmem();
        if (m_smem.isEmpty())
            QSKIP("smem is not installed, and installing it needs root (apt-get install smem)");
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path();
        m_children.push_back(std::make_unique<LayoutProcess>(QStringList { QStringLiteral("--touched"),
            QStringLiteral("64"), QStringLiteral("32"), QStringLiteral("--named-anon"), QStringLiteral("vmscope smem"),
            QStringLiteral("--memfd"), QStringLiteral("--file-with-spaces"), dir, QStringLiteral("--deleted-file"), dir,
            QStringLiteral("--shared-fork"), QStringLiteral("16") }));
        m_children.push_back(std::make_unique<LayoutProcess>(
            QStringList { QStringLiteral("--big-malloc"), QStringLiteral("--sysv-shm"), QStringLiteral("--thread") }));
        m_children.push_back(
            std::make_unique<LayoutProcess>(QStringList { QStringLiteral("--cow-fork"), QStringLiteral("32") }));
        for (const auto& child : m_children) {
            QVERIFY(child->ready());
            m_pids.insert(child->pid());
            if (child->forkedPid() > 0)
                m_pids.insert(child->forkedPid());
        }
        QCOMPARE(m_pids.size(), std::size_t(5));
    }

    void cleanupTestCase() { m_children.clear(); }

    void perProcess()
    {
        const auto smem = smemProcesses();
        const auto vmscope = vmscopeProcesses();
        for (int pid : m_pids) {
            QVERIFY2(vmscope.count(pid), qPrintable(QStringLiteral("vmscope lists %1").arg(pid)));
            QVERIFY2(smem.count(pid), qPrintable(QStringLiteral("smem lists %1").arg(pid)));
            const ProcessFigures& v = vmscope.at(pid);
            const ProcessFigures& s = smem.at(pid);
            QCOMPARE(v.rss, s.rss);
            QCOMPARE(v.uss, s.uss);
            QVERIFY2(v.pss >= s.pss && v.pss - s.pss < s.vmas,
                qPrintable(QStringLiteral("pid %1: rollup Pss %2, smem's summed Pss %3, %4 VMAs")
                               .arg(pid)
                               .arg(v.pss)
                               .arg(s.pss)
                               .arg(s.vmas)));
        }
    }

    void perUser()
    {
        // Every child runs as the test's user: one row, summed over the five processes. PSS
        // may differ by the rollup rounding of each process, so by less than all their VMAs.
        qint64 vmas = 0;
        for (const auto& [pid, figures] : smemProcesses())
            if (m_pids.count(pid))
                vmas += figures.vmas;
        bool ok = false;
        const QByteArray out = run(m_smem,
            { QStringLiteral("-u"), QStringLiteral("-H"), QStringLiteral("-c"),
                QStringLiteral("user count uss pss rss"), QStringLiteral("-P"), processFilter() },
            ok);
        QVERIFY(ok);
        const QList<QByteArray> smem = out.simplified().split(' ');
        QCOMPARE(smem.size(), 5);
        const QJsonArray users = vmscopeJson(QStringLiteral("user"))[QLatin1String("users")].toArray();
        QCOMPARE(users.size(), 1);
        const QJsonObject user = users.first().toObject();
        QCOMPARE(user[QLatin1String("user")].toString(), QString::fromUtf8(smem[0]));
        QCOMPARE(user[QLatin1String("count")].toInteger(), smem[1].toLongLong());
        QCOMPARE(user[QLatin1String("count")].toInteger(), qint64(m_pids.size()));
        QCOMPARE(user[QLatin1String("uss")].toInteger(), smem[2].toLongLong());
        QCOMPARE(user[QLatin1String("rss")].toInteger(), smem[4].toLongLong());
        const qint64 difference = user[QLatin1String("pss")].toInteger() - smem[3].toLongLong();
        QVERIFY2(difference >= 0 && difference < vmas,
            qPrintable(QStringLiteral("PSS differs by %1 kB over %2 VMAs").arg(difference).arg(vmas)));
    }

    void perMapping()
    {
        // The kernel's own pages, mapped by every process: their Pss moves as processes come
        // and go, so they may need a second reading. Anonymous memory, heap and stack are
        // private to each child whatever other processes call theirs.
        const QSet<QString> sharedOutside { QStringLiteral("[vdso]"), QStringLiteral("[vvar]"),
            QStringLiteral("[vvar_vclock]"), QStringLiteral("[vsyscall]") };
        std::optional<QSet<QString>> pending;
        QSet<QString> all;
        for (int round = 0; round < kRounds && (!pending || !pending->isEmpty()); ++round) {
            QJsonArray rawBefore;
            const auto before = vmscopeMappings(rawBefore);
            const auto smem = smemMappings();
            QJsonArray rawAfter;
            const auto after = vmscopeMappings(rawAfter);
            if (!pending) {
                checkWhereSmemIsWrong(rawBefore, smem);
                pending.emplace();
                for (const auto& [name, figures] : smem)
                    pending->insert(name);
                all = *pending;
                QCOMPARE(before.size(), smem.size());
            }
            for (const QString& name : QSet<QString>(*pending)) {
                QVERIFY2(smem.count(name), qPrintable(QStringLiteral("smem -m shows '%1' again").arg(name)));
                QVERIFY2(before.count(name), qPrintable(QStringLiteral("vmscope has smem's mapping '%1'").arg(name)));
                const MappingFigures& s = smem.at(name);
                if (before.at(name) == s || (after.count(name) && after.at(name) == s)) {
                    pending->remove(name);
                    continue;
                }
                if (!sharedOutside.contains(name)) {
                    QCOMPARE(before.at(name).pids, s.pids);
                    QCOMPARE(before.at(name).pss, s.pss);
                }
                qInfo("round %d, '%s' (mapped outside the test too): vmscope PSS %lld in %lld processes, smem %lld "
                      "in %lld: read again",
                    round, qPrintable(name), before.at(name).pss, before.at(name).pids, s.pss, s.pids);
            }
        }
        QVERIFY2(pending && pending->isEmpty(),
            qPrintable(QStringLiteral("never agreed with smem -m in %1 rounds: %2")
                           .arg(kRounds)
                           .arg(pending ? QStringList(pending->begin(), pending->end()).join(QStringLiteral(", "))
                                        : QString())));
        qInfo("all %lld mappings agree with smem -m", qint64(all.size()));
    }

private:
    QString pidList() const
    {
        QStringList list;
        for (int pid : m_pids)
            list << QString::number(pid);
        return list.join(QLatin1Char(','));
    }

    // smem -P takes a regular expression over the name and command line: the helper's path.
    QString processFilter() const { return QRegularExpression::escape(QStringLiteral(VMSCOPE_LAYOUT_CHILD)); }

    QJsonObject vmscopeJson(const QString& by)
    {
        bool ok = false;
        const QByteArray out = run(QStringLiteral(VMSCOPE_CLI),
            { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("system"), QStringLiteral("--by"), by,
                QStringLiteral("--pids"), pidList() },
            ok);
        if (!ok)
            return {};
        return QJsonDocument::fromJson(out).object();
    }

    std::map<int, ProcessFigures> vmscopeProcesses()
    {
        std::map<int, ProcessFigures> figures;
        for (const QJsonValue& value : vmscopeJson(QStringLiteral("process"))[QLatin1String("processes")].toArray()) {
            const QJsonObject p = value.toObject();
            ProcessFigures f;
            f.uss = p[QLatin1String("uss")].toInteger();
            f.pss = p[QLatin1String("pss")].toInteger();
            f.rss = p[QLatin1String("rss")].toInteger();
            figures[p[QLatin1String("pid")].toInt()] = f;
        }
        return figures;
    }

    std::map<int, ProcessFigures> smemProcesses()
    {
        bool ok = false;
        const QByteArray out = run(m_smem,
            { QStringLiteral("-H"), QStringLiteral("-c"), QStringLiteral("pid uss pss rss maps"), QStringLiteral("-P"),
                processFilter() },
            ok);
        std::map<int, ProcessFigures> figures;
        for (const QByteArray& line : out.split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() != 5)
                continue;
            figures[f[0].toInt()]
                = ProcessFigures { f[1].toLongLong(), f[2].toLongLong(), f[3].toLongLong(), f[4].toLongLong() };
        }
        return figures;
    }

    // vmscope's mappings under smem's names, summed where smem's naming merges several.
    std::map<QString, MappingFigures> vmscopeMappings(QJsonArray& raw)
    {
        raw = vmscopeJson(QStringLiteral("mapping"))[QLatin1String("mappings")].toArray();
        std::map<QString, MappingFigures> figures;
        for (const QJsonValue& value : raw) {
            const QJsonObject m = value.toObject();
            const QString name = smemName(m[QLatin1String("path")].toString());
            figures[name].pss += m[QLatin1String("pss")].toInteger();
            // smem counts a process once per name it sees: with two vmscope rows merged into
            // one smem name the count is not a sum; such names are rare and compared by Pss.
            figures[name].pids = std::max(figures[name].pids, m[QLatin1String("pids")].toInteger());
        }
        return figures;
    }

    std::map<QString, MappingFigures> smemMappings()
    {
        bool ok = false;
        // The name last: it may hold spaces ("<anonymous>" does not, "[anon:vmscope" neither).
        const QByteArray out = run(m_smem,
            { QStringLiteral("-H"), QStringLiteral("-m"), QStringLiteral("-c"), QStringLiteral("pids pss map"),
                QStringLiteral("-P"), processFilter() },
            ok);
        std::map<QString, MappingFigures> figures;
        static const QRegularExpression row(QStringLiteral("^\\s*(\\d+)\\s+(\\d+)\\s+(.*?)\\s*$"));
        for (const QByteArray& line : out.split('\n')) {
            const auto match = row.match(QString::fromUtf8(line));
            if (!match.hasMatch())
                continue;
            MappingFigures& f = figures[match.captured(3)];
            f.pids = std::max(f.pids, match.captured(1).toLongLong());
            f.pss += match.captured(2).toLongLong();
        }
        return figures;
    }

    void checkWhereSmemIsWrong(const QJsonArray& vmscope, const std::map<QString, MappingFigures>& smem)
    {
        const QString dir = m_dir.path();
        auto find = [&](const QString& path, bool deleted) -> QJsonObject {
            for (const QJsonValue& v : vmscope) {
                const QJsonObject m = v.toObject();
                if (m[QLatin1String("path")].toString() == path && m[QLatin1String("deleted")].toBool() == deleted)
                    return m;
            }
            return {};
        };
        // The whole name, with its spaces, mapped by the first child and the child it forked.
        const QString spaces = dir + QStringLiteral("/file with spaces.bin");
        const QJsonObject withSpaces = find(spaces, false);
        QVERIFY2(!withSpaces.isEmpty(), qPrintable(spaces));
        QCOMPARE(withSpaces[QLatin1String("pids")].toInt(), 2);
        QCOMPARE(withSpaces[QLatin1String("pss")].toInt(), 16); // 4 pages, touched, shared by 2
        // smem cuts it at the space (and to 40 characters).
        QVERIFY(smem.count(smemName(spaces)));
        QVERIFY(smemName(spaces) != spaces);

        const QJsonObject deleted = find(dir + QStringLiteral("/deleted.bin"), true);
        QVERIFY2(!deleted.isEmpty(), "the deleted file is flagged as deleted");
        QCOMPARE(deleted[QLatin1String("pids")].toInt(), 2);

        if (!m_children.front()->skipped(QStringLiteral("named-anon"))) {
            const QJsonObject named = find(QStringLiteral("[anon:vmscope smem]"), false);
            QVERIFY2(!named.isEmpty(), "the named anonymous region keeps its whole name");
            QVERIFY(smem.count(QStringLiteral("[anon:vmscope")));
        }
    }

    QString m_smem;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<LayoutProcess>> m_children;
    std::set<int> m_pids;
};

QTEST_GUILESS_MAIN(TestSmemCompare)
#include "tst_smem_compare.moc"
