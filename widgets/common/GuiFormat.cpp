#include "widgets/common/GuiFormat.h"

#include "core/format/DisplayText.h"
#include "core/format/Units.h"

namespace vmscope {

QString sizeText(std::uint64_t kib)
{
    return QString::fromStdString(formatKiB(kib));
}

QString displayText(std::string_view bytes)
{
    return QString::fromStdString(escapeForDisplay(bytes));
}

} // namespace vmscope
