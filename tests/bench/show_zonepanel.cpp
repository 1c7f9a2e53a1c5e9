// Shows the zone panel on the live /proc, fed by the sampler, for looking at it (screenshots
// under Xvfb) before it has its place in the main window. Not a test.
//   show_zonepanel [WIDTH HEIGHT [SECONDS]]   SECONDS: quit after that long (default: stay open)
#include "core/io/ProcRootSource.h"
#include "core/sampling/Sampler.h"
#include "widgets/kernel/ZonePanel.h"

#include <QApplication>
#include <QTimer>

#include <chrono>
#include <memory>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const int width = args.size() > 2 ? args[1].toInt() : 1600;
    const int height = args.size() > 2 ? args[2].toInt() : 1000;

    auto source = std::make_shared<vmscope::ProcRootSource>();
    vmscope::ZonePanel panel(source);
    panel.setWindowTitle(QStringLiteral("vmscope zones"));
    panel.resize(width, height);
    // Without a window manager (Xvfb) the window is never active; tooltips should still show.
    panel.setAttribute(Qt::WA_AlwaysShowToolTips);
    panel.show();

    vmscope::SamplerOptions options;
    options.interval = std::chrono::milliseconds(500);
    vmscope::Sampler sampler(source, options);
    sampler.setOnSample([&panel](vmscope::SamplePtr sample) {
        QMetaObject::invokeMethod(
            &panel, [&panel, sample] { panel.addSample(sample); }, Qt::QueuedConnection);
    });
    sampler.start();
    if (args.size() > 3)
        QTimer::singleShot(static_cast<int>(args[3].toDouble() * 1000), &app, &QApplication::quit);
    const int status = QApplication::exec();
    sampler.stop();
    return status;
}
