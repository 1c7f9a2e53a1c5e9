#include "app/gui/MainWindow.h"

#include "core/format/DisplayText.h"
#include "core/io/TarSource.h"
#include "core/read/RemoteConnection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

using RemoteOutcome = std::variant<vmscope::RemoteConnection, vmscope::RemoteConnectError>;

// --host: ssh's login takes seconds and may take up to its ConnectTimeout. It runs on a thread
// of its own (never Qt's global pool), while a busy dialog keeps the window system answered.
RemoteOutcome connectShowingProgress(const QString& host)
{
    std::optional<RemoteOutcome> outcome;
    vmscope::RemoteOptions options;
    options.sshConfig = vmscope::sshConfigFromEnvironment();
    const std::string hostName = host.toStdString();
    std::unique_ptr<QThread> thread(
        QThread::create([&outcome, &options, &hostName] { outcome = vmscope::connectRemote(hostName, options); }));
    QProgressDialog progress(
        QApplication::translate("main", "Connecting to %1 over ssh\u2026").arg(host), QString(), 0, 0);
    progress.setWindowTitle(QStringLiteral("vmscope"));
    progress.setMinimumDuration(300);
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return std::move(*outcome);
}

// The sentence of a failed --host, translated when ssh said why; what ssh said goes to the details.
int showConnectFailure(const QString& host, const vmscope::RemoteConnectError& failure)
{
    const QString sentence = failure.ssh
        ? QCoreApplication::translate("vmscope::SshTransport", failure.ssh->sentenceTemplate).arg(host)
        : QString::fromStdString(vmscope::escapeForDisplay(failure.error.message()));
    std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "vmscope: %1").arg(sentence)));
    QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "vmscope: cannot read %1").arg(host),
        sentence, QMessageBox::Close);
    if (failure.ssh && !failure.ssh->sshSaid.empty())
        box.setDetailedText(QString::fromStdString(vmscope::escapeForDisplay(failure.ssh->sshSaid)));
    box.exec();
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vmscope"));
    QApplication::setOrganizationName(QStringLiteral("vmscope"));
    QApplication::setApplicationVersion(QStringLiteral(VMSCOPE_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // Without a translation for the user's language, English: its plural forms read "1 process",
    // not the sources' "1 process(es)".
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("vmscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("vmscope_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "See where a Linux process's memory goes."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption procRoot(QStringLiteral("proc-root"),
        QApplication::translate("main",
            "Read <dir> instead of /proc (a capture or fixture directory, or a tar capture, plain, .gz or .zst, as "
            "vmscope-cli capture or smemcap writes)."),
        QStringLiteral("dir"), QStringLiteral("/proc"));
    QCommandLineOption host(QStringLiteral("host"),
        QApplication::translate("main",
            "Read the machine <[user@]host> over ssh: your keys, agent and ~/.ssh/config; vmscope never asks for "
            "passwords. There vmscope-cli serve answers when installed, else sh and cat."),
        QStringLiteral("[user@]host"));
    QCommandLineOption pid(QStringLiteral("pid"), QApplication::translate("main", "Open the process with this <pid>."),
        QStringLiteral("pid"));
    QCommandLineOption experiment(QStringLiteral("experiment"),
        QApplication::translate("main",
            "Open the Experiments panel on scenario <id> and run its first step "
            "(vmscope-demo --list names them)."),
        QStringLiteral("id"));
    parser.addOption(procRoot);
    parser.addOption(host);
    parser.addOption(pid);
    parser.addOption(experiment);
    parser.addPositionalArgument(QStringLiteral("name"),
        QApplication::translate("main", "Open the first process with this name."), QStringLiteral("[name]"));
    parser.process(app);

    std::shared_ptr<const vmscope::Source> source;
    std::optional<vmscope::RemoteConnection> remote; // holds the ssh connection while the window lives
    if (parser.isSet(host)) {
        if (parser.isSet(procRoot)) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "vmscope: --host and --proc-root exclude each other")));
            return 1;
        }
        RemoteOutcome outcome = connectShowingProgress(parser.value(host));
        if (const auto* failed = std::get_if<vmscope::RemoteConnectError>(&outcome))
            return showConnectFailure(parser.value(host), *failed);
        remote = std::get<vmscope::RemoteConnection>(std::move(outcome));
        source = remote->proc;
    } else {
        auto opened = vmscope::openSource(parser.value(procRoot).toStdString());
        if (!opened) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "vmscope: %1")
                               .arg(QString::fromStdString(vmscope::escapeForDisplay(opened.error().message())))));
            return 2;
        }
        source = std::move(*opened);
    }
    vmscope::MainWindow window(source);
    if (!source->changesOverTime())
        window.setCapture(vmscope::describeCapture(*source, parser.value(procRoot)));
    if (parser.isSet(pid))
        window.selectPid(parser.value(pid).toInt());
    else if (!parser.positionalArguments().isEmpty())
        window.selectName(parser.positionalArguments().constFirst());
    window.show();
    if (parser.isSet(experiment) && !window.openExperiment(parser.value(experiment))) {
        std::fprintf(stderr, "%s\n",
            qPrintable(
                QApplication::translate("main", "vmscope: no experiment called \"%1\" (vmscope-demo --list names them)")
                    .arg(parser.value(experiment))));
        return 2;
    }
    return app.exec();
}
