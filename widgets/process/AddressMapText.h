#pragma once

#include "core/model/Vma.h"

#include <QString>

#include <cstdint>

// Texts the address-space map shows both in its labels (AddressMapPainter.cpp) and in its
// tooltips (AddressMapView.cpp), so the two always name a region alike.
namespace vmscope::mapview {

QString bytesText(std::uint64_t bytes);
// Saturates at the largest 64-bit size: map positions are doubles.
QString bytesText(double bytes);
// The region's name as the map labels it: a file's base name when its path is long.
QString vmaName(const Vma& vma);
QString permsText(const Vma& vma);

} // namespace vmscope::mapview
