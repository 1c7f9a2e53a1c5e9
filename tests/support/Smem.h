#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <unistd.h>

namespace vmscope::test {

// smem, the reference the system figures are compared with: found on PATH, or installed with
// apt-get when the tests run as root. Empty when neither works (the caller skips).
inline QString findOrInstallSmem()
{
    QString smem = QStandardPaths::findExecutable(QStringLiteral("smem"));
    if (smem.isEmpty() && ::geteuid() == 0) {
        QProcess apt;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
        apt.setProcessEnvironment(env);
        apt.start(
            QStringLiteral("apt-get"), { QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("smem") });
        apt.waitForFinished(600000);
        smem = QStandardPaths::findExecutable(QStringLiteral("smem"));
    }
    return smem;
}

} // namespace vmscope::test
