#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

// A proc root made by copying the live /proc: meminfo and, for the chosen processes, the files
// vmscope reads of them. For tests that compare vmscope against the kernel's own text at one
// moment (the copy is that moment), or that compare two moments (vmscope-cli diff).
namespace vmscope::test {

inline const QStringList& copiedProcessFiles()
{
    static const QStringList files { QStringLiteral("status"), QStringLiteral("stat"), QStringLiteral("smaps"),
        QStringLiteral("smaps_rollup"), QStringLiteral("maps"), QStringLiteral("cmdline"), QStringLiteral("statm") };
    return files;
}

// The whole of a /proc file (sizes of /proc files are 0, so it is read to its end).
inline bool readProcFile(const QString& path, QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    bytes = file.readAll();
    return file.error() == QFileDevice::NoError;
}

// Copies /proc/meminfo and copiedProcessFiles() of each pid into `root` (created). False with
// `why` set when a file cannot be read or written (a process that exited meanwhile).
inline bool copyProcRoot(const QString& root, const QList<int>& pids, QString& why)
{
    const auto copy = [&](const QString& relative) {
        QByteArray bytes;
        if (!readProcFile(QStringLiteral("/proc/") + relative, bytes)) {
            why = QStringLiteral("cannot read /proc/") + relative;
            return false;
        }
        QFile out(root + u'/' + relative);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size()) {
            why = QStringLiteral("cannot write ") + out.fileName();
            return false;
        }
        return true;
    };
    if (!QDir().mkpath(root) || !copy(QStringLiteral("meminfo")))
        return false;
    for (int pid : pids) {
        const QString folder = QString::number(pid);
        if (!QDir(root).mkpath(folder)) {
            why = QStringLiteral("cannot create ") + root + u'/' + folder;
            return false;
        }
        for (const QString& name : copiedProcessFiles())
            if (!copy(folder + u'/' + name))
                return false;
    }
    return true;
}

} // namespace vmscope::test
