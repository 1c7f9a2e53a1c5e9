#pragma once

#include <QRectF>

#include <vector>

namespace vmscope {

// Squarified treemap (Bruls, Huizing, van Wijk 2000): splits `bounds` into one rectangle per
// value, each with an area proportional to its value, laid out in rows whose rectangles stay as
// close to squares as the values allow, so that labels fit. The rectangles tile `bounds` without
// gaps or overlaps. Returned in the order of `values`; a value <= 0 gets an empty rectangle.
std::vector<QRectF> squarifiedLayout(const std::vector<double>& values, const QRectF& bounds);

} // namespace vmscope
