#pragma once

#include <QFile>
#include <QString>
#include <QTest>

#include <string>

// Fixture access for the unit tests. Tests (not parsers) open files; parsers get the bytes.
namespace vmscope::test {

inline QString fixturePath(const QString& relative)
{
    return QStringLiteral(VMSCOPE_FIXTURES "/") + relative;
}

inline std::string fixtureBytes(const QString& relative)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

inline std::string procRoot(const QString& fixtureFolder)
{
    return fixturePath(fixtureFolder + QStringLiteral("/proc")).toStdString();
}

// A live file's bytes (/proc, /sys) as a test compares them with what vmscope read; empty when
// it cannot be read. Unbuffered: one read as the kernel generates it.
inline QByteArray liveFileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) ? file.readAll() : QByteArray();
}

} // namespace vmscope::test
