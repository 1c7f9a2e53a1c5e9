#include "app/gui/MainWindow.h"

#include "core/format/DisplayText.h"
#include "core/io/TarSource.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

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
    QCommandLineOption pid(QStringLiteral("pid"), QApplication::translate("main", "Open the process with this <pid>."),
        QStringLiteral("pid"));
    QCommandLineOption experiment(QStringLiteral("experiment"),
        QApplication::translate("main",
            "Open the Experiments panel on scenario <id> and run its first step "
            "(vmscope-demo --list names them)."),
        QStringLiteral("id"));
    parser.addOption(procRoot);
    parser.addOption(pid);
    parser.addOption(experiment);
    parser.addPositionalArgument(QStringLiteral("name"),
        QApplication::translate("main", "Open the first process with this name."), QStringLiteral("[name]"));
    parser.process(app);

    auto opened = vmscope::openSource(parser.value(procRoot).toStdString());
    if (!opened) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "vmscope: %1")
                           .arg(QString::fromStdString(vmscope::escapeForDisplay(opened.error().message())))));
        return 2;
    }
    const std::shared_ptr<const vmscope::Source> source = std::move(*opened);
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
