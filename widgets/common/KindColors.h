#pragma once

#include "core/model/RegionKind.h"

#include <QColor>
#include <QString>

namespace vmscope {

// One colour per region kind, shared by the map, the VMA table and the charts so that a kind
// looks the same everywhere. Mid-lightness hues that stay distinct on light and dark
// palettes; related kinds share a hue family (code/rodata blue, data/bss green, stacks red).
QColor kindColor(RegionKind kind);

// The kind's label for people, translated ("code (text)", "thread stack").
QString kindLabel(RegionKind kind);

} // namespace vmscope
