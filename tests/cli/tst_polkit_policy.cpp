// The polkit action of the root helper (resources/polkit/org.vmscope.serve.policy.in), as
// `cmake --install` puts it: installed with vmscope-cli (component cli, into a DESTDIR), well-formed
// XML, action org.vmscope.serve with the defaults the issue asks for, and its exec.path naming
// the vmscope-cli installed beside it (exec.argv1: serve).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

class TestPolkitPolicy : public QObject {
    Q_OBJECT

private slots:
    void installedAndValid();
};

void TestPolkitPolicy::installedAndValid()
{
    QTemporaryDir destdir;
    QVERIFY(destdir.isValid());
    QProcess install;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESTDIR"), destdir.path());
    install.setProcessEnvironment(environment);
    install.start(QStringLiteral(VMSCOPE_CMAKE),
        { QStringLiteral("--install"), QStringLiteral(VMSCOPE_BINARY_DIR), QStringLiteral("--component"),
            QStringLiteral("cli") });
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0,
        install.readAllStandardError().constData());

    const QString binary = QStringLiteral(VMSCOPE_INSTALL_FULL_BINDIR "/vmscope-cli");
    const QString policyPath = destdir.path() + QStringLiteral(VMSCOPE_POLKIT_ACTIONS_DIR "/org.vmscope.serve.policy");
    QVERIFY2(QFileInfo::exists(policyPath), qPrintable(policyPath));
    QFile policy(policyPath);
    QVERIFY(policy.open(QIODevice::ReadOnly));

    QXmlStreamReader xml(&policy);
    QString actionId;
    QMap<QString, QString> defaults;
    QMap<QString, QString> annotations;
    QStringList path; // the open elements
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path << xml.name().toString();
            if (xml.name() == QLatin1String("action"))
                actionId = xml.attributes().value(QLatin1String("id")).toString();
            const QString name = xml.name().toString();
            const QString key = xml.attributes().value(QLatin1String("key")).toString(); // before reading on
            if (name == QLatin1String("annotate"))
                annotations.insert(key, xml.readElementText());
            else if (path.size() == 4 && path[2] == QLatin1String("defaults"))
                defaults.insert(name, xml.readElementText());
            if (xml.isEndElement())
                path.removeLast(); // readElementText consumed the end
        } else if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(actionId, QStringLiteral("org.vmscope.serve"));
    QCOMPARE(defaults.value(QStringLiteral("allow_any")), QStringLiteral("auth_admin"));
    QCOMPARE(defaults.value(QStringLiteral("allow_inactive")), QStringLiteral("auth_admin"));
    QCOMPARE(defaults.value(QStringLiteral("allow_active")), QStringLiteral("auth_admin_keep"));
    QCOMPARE(annotations.value(QStringLiteral("org.freedesktop.policykit.exec.path")), binary);
    QCOMPARE(annotations.value(QStringLiteral("org.freedesktop.policykit.exec.argv1")), QStringLiteral("serve"));
    // The path names the binary that the same install put there.
    const QFileInfo installed(destdir.path() + binary);
    QVERIFY2(installed.isFile() && installed.isExecutable(), qPrintable(installed.filePath()));
}

QTEST_GUILESS_MAIN(TestPolkitPolicy)
#include "tst_polkit_policy.moc"
