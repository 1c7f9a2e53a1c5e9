#pragma once

#include <cstdint>
#include <optional>

// Pressure stall information (Documentation/accounting/psi.rst), one resource's file such as
// /proc/pressure/memory: "some avg10=0.00 avg60=0.00 avg300=0.00 total=0" and the same for
// "full". some: the share of time at least one task stalled on the resource; full: all
// non-idle tasks stalled at once. avgN are percentages over N seconds; total is microseconds.
namespace vmscope {

struct PressureLine {
    double avg10 = 0, avg60 = 0, avg300 = 0;
    std::uint64_t totalUs = 0;
};

struct Pressure {
    std::optional<PressureLine> some;
    std::optional<PressureLine> full; // /proc/pressure/cpu had no "full" before 5.13
};

} // namespace vmscope
