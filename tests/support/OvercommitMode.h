#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// vm.overcommit_memory read and written directly by the tests that change it, not through
// vmscope: restoring the previous mode must not depend on what is tested.
namespace vmscope::test {

inline QString overcommitModePath()
{
    return QStringLiteral("/proc/sys/vm/overcommit_memory");
}

inline QByteArray readOvercommitMode()
{
    QFile file(overcommitModePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

inline bool writeOvercommitMode(const QByteArray& mode)
{
    QFile file(overcommitModePath());
    return file.open(QIODevice::WriteOnly) && file.write(mode + '\n') > 0;
}

} // namespace vmscope::test
