#pragma once

// vmscope-demo driven as the GUI drives it (--format json, a line on stdin per step), and the
// oracle the tests compare its claims with: /proc/PID/smaps and status read here as plain text,
// not through vmscope's parsers.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <optional>

namespace vmscope::test {

constexpr quint64 kMiB = 1024 * 1024;

class DemoSession {
public:
    explicit DemoSession(const QStringList& arguments)
    {
        QStringList all = arguments;
        all << QStringLiteral("--format") << QStringLiteral("json");
        m_process.start(QStringLiteral(VMSCOPE_DEMO), all);
    }
    ~DemoSession()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(30000))
                m_process.kill();
            m_process.waitForFinished();
        }
    }

    // The next JSON line; an empty object when the program ended first.
    QJsonObject next()
    {
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(120000)) {
                if (!m_process.canReadLine()) {
                    const QByteArray rest = m_process.readAll();
                    return rest.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(rest).object();
                }
            }
        }
        const QByteArray line = m_process.readLine();
        m_lines << QString::fromUtf8(line);
        return QJsonDocument::fromJson(line).object();
    }
    void advance() { m_process.write("\n"); }
    void endInput() { m_process.closeWriteChannel(); }
    bool finish()
    {
        m_process.closeWriteChannel();
        return m_process.waitForFinished(120000);
    }
    QProcess& process() { return m_process; }
    QString transcript() const { return m_lines.join(QString()); }

private:
    QProcess m_process;
    QStringList m_lines;
};

// One mapping of /proc/PID/smaps.
struct SmapsVma {
    quint64 start = 0;
    quint64 end = 0;
    QString perms;
    quint64 inode = 0;
    QString path;
    QHash<QString, quint64> kB;

    quint64 bytes(const QString& field) const { return kB.value(field) * 1024; }
    quint64 size() const { return end - start; }
    bool anonymous() const { return inode == 0 && path.isEmpty(); }
};

inline QList<SmapsVma> readSmaps(int pid)
{
    QFile file(QStringLiteral("/proc/%1/smaps").arg(pid));
    QList<SmapsVma> vmas;
    if (!file.open(QIODevice::ReadOnly))
        return vmas;
    static const QRegularExpression header(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) (\\S+) \\S+ \\S+ (\\d+)\\s*(.*)$"));
    static const QRegularExpression field(QStringLiteral("^(\\w+):\\s+(\\d+) kB$"));
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (const auto m = header.match(line); m.hasMatch()) {
            SmapsVma vma;
            vma.start = m.captured(1).toULongLong(nullptr, 16);
            vma.end = m.captured(2).toULongLong(nullptr, 16);
            vma.perms = m.captured(3);
            vma.inode = m.captured(4).toULongLong();
            vma.path = m.captured(5);
            vmas << vma;
        } else if (const auto f = field.match(line); f.hasMatch() && !vmas.isEmpty()) {
            vmas.last().kB.insert(f.captured(1), f.captured(2).toULongLong());
        }
    }
    return vmas;
}

inline std::optional<SmapsVma> vmaAt(int pid, quint64 address)
{
    for (const SmapsVma& vma : readSmaps(pid))
        if (address >= vma.start && address < vma.end)
            return vma;
    return std::nullopt;
}

inline std::optional<SmapsVma> vmaNamed(int pid, const QString& name)
{
    for (const SmapsVma& vma : readSmaps(pid))
        if (vma.path == name)
            return vma;
    return std::nullopt;
}

// The number of a "Name:   123 kB" line in a /proc file (status, meminfo); 0 when absent.
inline quint64 procFieldKiB(const QString& path, const char* name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    QByteArray key(name);
    key += ':';
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toULongLong();
    return 0;
}

// A field of /proc/PID/status in bytes ("VmRSS").
inline quint64 statusBytes(int pid, const char* name)
{
    return procFieldKiB(QStringLiteral("/proc/%1/status").arg(pid), name) * 1024;
}

inline quint64 address(const QJsonValue& value)
{
    return value.toString().toULongLong(nullptr, 16);
}

inline quint64 focusAddress(const QJsonObject& step, int index = 0)
{
    return address(step.value(QStringLiteral("focus")).toArray().at(index).toObject().value(QStringLiteral("address")));
}

inline int pidOf(const QJsonObject& step, int index = 0)
{
    return step.value(QStringLiteral("pids")).toArray().at(index).toInt();
}

// Gone or a zombie: the process ended.
inline bool processEnded(int pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QByteArray stat = file.readAll();
    const int close = stat.lastIndexOf(')');
    return close < 0 || stat.mid(close + 2, 1) == "Z" || stat.mid(close + 2, 1) == "X";
}

} // namespace vmscope::test
