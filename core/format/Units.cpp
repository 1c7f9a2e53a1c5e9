#include "core/format/Units.h"

#include <array>
#include <cstdio>

namespace vmscope {
namespace {
    std::string scaled(double value, const char* const* units, std::size_t unitCount, const char* separator)
    {
        std::size_t unit = 0;
        while (value >= 1024.0 && unit + 1 < unitCount) {
            value /= 1024.0;
            ++unit;
        }
        std::array<char, 48> buffer {};
        if (unit == 0 || value >= 100.0)
            std::snprintf(buffer.data(), buffer.size(), "%.0f%s%s", value, separator, units[unit]);
        else
            std::snprintf(buffer.data(), buffer.size(), "%.1f%s%s", value, separator, units[unit]);
        return buffer.data();
    }
} // namespace

std::string formatBytes(std::uint64_t bytes)
{
    static const char* const units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
    return scaled(static_cast<double>(bytes), units, std::size(units), " ");
}

std::string formatChosenBytes(std::uint64_t bytes)
{
    constexpr std::uint64_t kMiB = 1024 * 1024;
    constexpr std::uint64_t kGiB = 1024 * kMiB;
    if (bytes >= kGiB && bytes % kGiB == 0)
        return std::to_string(bytes / kGiB) + " GiB";
    if (bytes >= kMiB && bytes % kMiB == 0)
        return std::to_string(bytes / kMiB) + " MiB";
    return formatBytes(bytes);
}

std::string formatKiB(std::uint64_t kib)
{
    static const char* const units[] = { "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
    return scaled(static_cast<double>(kib), units, std::size(units), " ");
}

std::string formatKiBCompact(std::uint64_t kib)
{
    static const char* const units[] = { "K", "M", "G", "T", "P", "E" };
    return scaled(static_cast<double>(kib), units, std::size(units), "");
}

} // namespace vmscope
