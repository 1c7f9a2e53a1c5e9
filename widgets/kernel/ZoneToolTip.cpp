#include "widgets/kernel/ZoneToolTip.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QWidget>

namespace vmscope {

bool showToolTipAt(QWidget* widget, QEvent* event, const std::function<QString(const QPoint&)>& toolTipAt)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    const auto* help = static_cast<QHelpEvent*>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, widget);
    return true;
}

} // namespace vmscope
