#pragma once

#include "core/Result.h"
#include "core/model/Pressure.h"

#include <string_view>

namespace vmscope::parse {

// A /proc/pressure/{memory,io,cpu} file: "some ..." and "full ..." lines of avg10=, avg60=,
// avg300= (percent, two decimals) and total= (µs). Keys this version does not know are passed
// over; a line other than some/full, a missing key or a number out of range is Malformed.
Result<Pressure> parsePressure(std::string_view bytes, std::string_view fileName);

} // namespace vmscope::parse
