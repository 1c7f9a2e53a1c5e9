#include "core/sampling/SystemSample.h"

#include <algorithm>

namespace vmscope {

namespace {
    std::optional<std::size_t> indexOf(const std::vector<std::string>& keys, std::string_view key)
    {
        const auto it = std::find(keys.begin(), keys.end(), key);
        if (it == keys.end())
            return std::nullopt;
        return static_cast<std::size_t>(it - keys.begin());
    }

    std::optional<std::uint64_t> valueAt(const std::vector<std::uint64_t>& values, std::optional<std::size_t> index)
    {
        if (!index || *index >= values.size())
            return std::nullopt;
        return values[*index];
    }
} // namespace

std::optional<std::size_t> SampleSchema::memInfoIndex(std::string_view key) const
{
    return indexOf(memInfoKeys, key);
}

std::optional<std::size_t> SampleSchema::vmStatIndex(std::string_view key) const
{
    return indexOf(vmStatKeys, key);
}

std::optional<std::uint64_t> SystemSample::memInfoValue(std::string_view key) const
{
    if (!schema)
        return std::nullopt;
    return valueAt(memInfo, schema->memInfoIndex(key));
}

std::optional<std::uint64_t> SystemSample::vmStatValue(std::string_view key) const
{
    if (!schema)
        return std::nullopt;
    return valueAt(vmStat, schema->vmStatIndex(key));
}

} // namespace vmscope
