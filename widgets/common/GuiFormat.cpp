#include "widgets/common/GuiFormat.h"

#include "core/format/DisplayText.h"
#include "core/format/Units.h"
#include "core/model/Saturating.h"

#include <QCoreApplication>
#include <QLocale>

namespace vmscope {

QString sizeText(std::uint64_t kib)
{
    // A sum that did not fit in 64 bits (core/model/Saturating.h), as the CLI prints it: never
    // a plausible "16.0 EiB".
    if (kib == kSaturated)
        return overflowText();
    return QString::fromStdString(formatKiB(kib));
}

QString deltaSizeText(std::int64_t kib)
{
    if (kib == 0)
        return QStringLiteral("0");
    return (kib > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + sizeText(deltaMagnitude(kib));
}

QString overflowText()
{
    return QCoreApplication::translate("vmscope::GuiFormat", "overflow");
}

QString shareText(std::uint64_t part, std::uint64_t whole, int decimals)
{
    const Share share = shareOf(part, whole);
    if (share.state == Share::State::Overflow)
        return overflowText();
    if (share.state == Share::State::NoBase)
        return {};
    return QLocale().toString(share.percent, 'f', decimals);
}

QString displayText(std::string_view bytes)
{
    return QString::fromStdString(escapeForDisplay(bytes));
}

QString addressText(std::uint64_t address)
{
    return QStringLiteral("0x%1").arg(address, 0, 16);
}

} // namespace vmscope
