#pragma once

#include "core/io/Source.h"

#include <QDateTime>
#include <QString>

namespace vmscope {

// What a window says about a capture it shows: whose machine, when, which kernel. A vmscope
// capture names it in vmscope.json; smemcap's tar has only the kernel's version line.
struct CaptureDescription {
    QString path; // what was opened
    QString sourceText; // Source::describe()
    QString hostname; // empty when the capture does not say
    QDateTime time; // UTC; invalid when the capture does not say
    QString kernel;
    QString tool; // "vmscope-cli 0.9.0", "smemcap"
    int samples = 0; // a vmscope series' sample count; 0 for a single capture
    int unreadable = 0; // files the capturing tool could not read
    QString problem; // vmscope.json present but not understood
};

// Reads vmscope.json (or smemcap's version) through the source: may block, so call it where the
// source was opened (a worker), never on the GUI thread of a running window.
CaptureDescription describeCapture(const Source& source, const QString& path);

// "Capture of HOST, TIME" for the window's title and banner.
QString captureTitle(const CaptureDescription& capture);
// The banner's rich text: title, kernel, tool, what is not live.
QString captureBannerHtml(const CaptureDescription& capture);

} // namespace vmscope
