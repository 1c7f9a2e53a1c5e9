#pragma once

#include <cstdint>
#include <limits>

namespace vmscope {

// Sums of kernel numbers never wrap: a hostile or corrupt file (Rss: 18446744073709551615 kB
// in every record) would otherwise turn a total into a small, plausible and wrong figure.
// A sum that does not fit stops at kSaturated, which the outputs show as "overflow" (text,
// CSV) or as that number (JSON): see README, "vmscope-cli".
inline constexpr std::uint64_t kSaturated = std::numeric_limits<std::uint64_t>::max();

constexpr std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b)
{
    return a > kSaturated - b ? kSaturated : a + b;
}

constexpr std::uint64_t saturatingSub(std::uint64_t a, std::uint64_t b)
{
    return a > b ? a - b : 0;
}

constexpr std::uint64_t saturatingMul(std::uint64_t a, std::uint64_t b)
{
    return b != 0 && a > kSaturated / b ? kSaturated : a * b;
}

// Adds into `total` in place: total += value, saturating.
constexpr void addSaturating(std::uint64_t& total, std::uint64_t value)
{
    total = saturatingAdd(total, value);
}

} // namespace vmscope
