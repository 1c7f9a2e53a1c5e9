#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

namespace vmscope {

// Qt-side wrappers of core/format: sizes and raw /proc bytes as display strings.
// A saturated size (a sum that overflowed) is "overflow".
QString sizeText(std::uint64_t kib);
// A change of a size: "+8.0 MiB", "−12 KiB", "0" (the compare view's deltas).
QString deltaSizeText(std::int64_t kib);
// What the GUI shows for a saturated figure: "overflow", translated.
QString overflowText();
// `part` as a percentage of `whole` by core's one rule (shareOf): the number with `decimals`
// in the locale's form (no "%" sign), "overflow" when either is saturated, empty when whole is 0.
QString shareText(std::uint64_t part, std::uint64_t whole, int decimals);
// An address as maps prints it, with 0x: "0x55b1183fd000".
QString addressText(std::uint64_t address);
// Bytes from /proc (paths, command lines) for display: UTF-8 where valid, escapes elsewhere.
QString displayText(std::string_view bytes);

} // namespace vmscope
