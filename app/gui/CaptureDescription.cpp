#include "app/gui/CaptureDescription.h"

#include "core/analysis/OomBadness.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace vmscope {

namespace {
    // vmscope.json is a few KiB (the unreadable list grows with the process count); anything far
    // larger is not ours.
    constexpr std::size_t kMaxMetadataBytes = 16 * 1024 * 1024;

    // Printable text only: host names and tool strings come from another machine.
    QString printable(const QString& text)
    {
        QString out;
        for (const QChar c : text)
            out += c.isPrint() ? c : QChar(0xfffd);
        return out.left(200);
    }
} // namespace

CaptureDescription describeCapture(const Source& source, const QString& path)
{
    CaptureDescription capture;
    capture.path = path;
    capture.sourceText = QString::fromStdString(source.describe());
    if (auto metadata = source.read("vmscope.json"); metadata && metadata->size() <= kMaxMetadataBytes) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(*metadata), &error);
        if (!document.isObject()) {
            capture.problem = QCoreApplication::translate("CaptureDescription", "vmscope.json is not valid JSON (%1)")
                                  .arg(error.errorString());
        } else {
            const QJsonObject object = document.object();
            capture.hostname = printable(object.value(QStringLiteral("hostname")).toString());
            capture.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODate);
            capture.kernel = printable(object.value(QStringLiteral("kernel")).toString());
            const QString tool = printable(object.value(QStringLiteral("tool")).toString());
            const QString version = printable(object.value(QStringLiteral("version")).toString());
            capture.tool = version.isEmpty() ? tool : tool + QLatin1Char(' ') + version;
            capture.samples = object.value(QStringLiteral("samples")).toArray().size();
            capture.unreadable = object.value(QStringLiteral("unreadable")).toArray().size();
        }
    }
    if (capture.kernel.isEmpty()) {
        if (auto version = source.read("version"))
            if (auto release = parseKernelRelease(*version))
                capture.kernel = QStringLiteral("%1.%2.%3").arg(release->major).arg(release->minor).arg(release->patch);
    }
    if (capture.tool.isEmpty() && capture.sourceText.startsWith(QLatin1String("smemcap")))
        capture.tool = QStringLiteral("smemcap");
    return capture;
}

QString captureTitle(const CaptureDescription& capture)
{
    const QString when
        = capture.time.isValid() ? QLocale().toString(capture.time.toLocalTime(), QLocale::ShortFormat) : QString();
    if (!capture.hostname.isEmpty() && !when.isEmpty())
        return QCoreApplication::translate("CaptureDescription", "Capture of %1, %2").arg(capture.hostname, when);
    if (!capture.hostname.isEmpty())
        return QCoreApplication::translate("CaptureDescription", "Capture of %1").arg(capture.hostname);
    return QCoreApplication::translate("CaptureDescription", "Capture %1").arg(capture.path);
}

QString captureBannerHtml(const CaptureDescription& capture)
{
    QStringList facts;
    if (!capture.kernel.isEmpty())
        facts << QCoreApplication::translate("CaptureDescription", "kernel %1").arg(capture.kernel.toHtmlEscaped());
    if (!capture.tool.isEmpty())
        facts << QCoreApplication::translate("CaptureDescription", "taken by %1").arg(capture.tool.toHtmlEscaped());
    if (capture.samples > 1)
        facts << QCoreApplication::translate(
            "CaptureDescription", "%n samples (the last one is shown)", nullptr, capture.samples);
    if (capture.unreadable > 0)
        facts << QCoreApplication::translate(
            "CaptureDescription", "%n file(s) could not be read when it was taken", nullptr, capture.unreadable);
    QString html = QStringLiteral("<b>%1</b>").arg(captureTitle(capture).toHtmlEscaped());
    if (!facts.isEmpty())
        html += QStringLiteral(" · ") + facts.join(QStringLiteral(" · "));
    html += QStringLiteral("<br>")
        + QCoreApplication::translate("CaptureDescription",
            "Figures are as they were then: nothing refreshes, and nothing here acts on a running system. "
            "File ▸ Open capture opens another; the live system stays in its own window.")
              .toHtmlEscaped();
    if (!capture.problem.isEmpty())
        html += QStringLiteral("<br>") + capture.problem.toHtmlEscaped();
    return html;
}

} // namespace vmscope
