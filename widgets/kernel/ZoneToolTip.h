#pragma once

#include <QString>

#include <functional>

class QEvent;
class QPoint;
class QWidget;

namespace vmscope {

// For widgets whose tooltip depends on what is under the mouse: on a ToolTip event shows the
// text toolTipAt gives for that point (hides the tooltip when it is empty) and returns true;
// returns false for every other event.
bool showToolTipAt(QWidget* widget, QEvent* event, const std::function<QString(const QPoint&)>& toolTipAt);

} // namespace vmscope
