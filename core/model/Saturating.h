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

// after - before as a signed number, clamped to the int64 range: a delta between two readings
// of a hostile or saturated counter (kSaturated) stays defined and keeps its sign.
constexpr std::int64_t saturatingDelta(std::uint64_t after, std::uint64_t before)
{
    constexpr std::uint64_t kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (after >= before) {
        const std::uint64_t up = after - before;
        return up > kMax ? std::numeric_limits<std::int64_t>::max() : static_cast<std::int64_t>(up);
    }
    const std::uint64_t down = before - after;
    return down > kMax ? std::numeric_limits<std::int64_t>::min() : -static_cast<std::int64_t>(down);
}

// |delta| without overflow (the magnitude of INT64_MIN does not fit an int64), for ordering by size.
constexpr std::uint64_t deltaMagnitude(std::int64_t delta)
{
    return delta < 0 ? 0 - static_cast<std::uint64_t>(delta) : static_cast<std::uint64_t>(delta);
}

// value << shift, saturating: a shift by an order or an exponent read from a file (a buddyinfo
// with 77 orders) is never undefined and never drops the high bits.
constexpr std::uint64_t saturatingShiftLeft(std::uint64_t value, unsigned shift)
{
    if (value == 0)
        return 0;
    if (shift >= 64 || value > (kSaturated >> shift))
        return kSaturated;
    return value << shift;
}

// a * b / divisor with a 128-bit product, saturating; 0 when divisor is 0. For the kernel's
// "x * ratio / 10000" rules, where the product may not fit but the quotient does. A saturated
// operand (a sum that already overflowed) keeps the result saturated unless the other is 0.
constexpr std::uint64_t saturatingMulDiv(std::uint64_t a, std::uint64_t b, std::uint64_t divisor)
{
    if (divisor == 0 || a == 0 || b == 0)
        return 0;
    if (a == kSaturated || b == kSaturated)
        return kSaturated;
    __extension__ using Wide = unsigned __int128;
    const Wide quotient = Wide(a) * Wide(b) / divisor;
    return quotient > Wide(kSaturated) ? kSaturated : std::uint64_t(quotient);
}

// Sizes in KiB (meminfo, smaps) as bytes.
constexpr std::uint64_t kibToBytes(std::uint64_t kib)
{
    return saturatingMul(kib, 1024);
}

// A count of pages of `pageSize` bytes as KiB (zoneinfo, buddyinfo and vmstat count pages).
constexpr std::uint64_t pagesToKiB(std::uint64_t pages, std::uint64_t pageSize)
{
    return saturatingMulDiv(pages, pageSize, 1024);
}

// The one rule for a share of a total, for the CLI and the GUI alike: no share of a zero total
// (NoBase, checked first), and none when either figure is saturated (Overflow): 100 * 2^64 / total, or a part
// of "overflow", is no percentage anyone can use. Parts larger than the total are kept (a sum
// of PSS may exceed MemTotal).
struct Share {
    enum class State { Ok, NoBase, Overflow };
    State state = State::NoBase;
    double percent = 0.0;
};

constexpr Share shareOf(std::uint64_t part, std::uint64_t whole)
{
    if (whole == 0)
        return { Share::State::NoBase, 0.0 };
    if (part == kSaturated || whole == kSaturated)
        return { Share::State::Overflow, 0.0 };
    return { Share::State::Ok, 100.0 * double(part) / double(whole) };
}

// Adds into `total` in place: total += value, saturating.
constexpr void addSaturating(std::uint64_t& total, std::uint64_t value)
{
    total = saturatingAdd(total, value);
}

} // namespace vmscope
