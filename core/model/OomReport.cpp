#include "core/model/OomReport.h"

#include <algorithm>
#include <numeric>

namespace vmscope {

const OomMemcgCounter* OomMemcg::counter(std::string_view name) const
{
    for (const OomMemcgCounter& c : counters)
        if (c.name == name)
            return &c;
    return nullptr;
}

std::optional<std::size_t> OomTaskTable::columnIndex(std::string_view column) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == column)
            return i;
    return std::nullopt;
}

std::optional<std::int64_t> OomTaskTable::value(const OomTask& task, std::string_view column) const
{
    const auto index = columnIndex(column);
    if (!index || *index >= task.values.size())
        return std::nullopt;
    return task.values[*index];
}

std::vector<std::size_t> OomTaskTable::orderByRss() const
{
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    const auto rss = columnIndex("rss");
    if (!rss)
        return order;
    auto rssOf = [&](std::size_t row) -> std::optional<std::int64_t> {
        const auto& values = rows[row].values;
        return *rss < values.size() ? values[*rss] : std::nullopt;
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto ra = rssOf(a);
        const auto rb = rssOf(b);
        if (ra && rb)
            return *ra > *rb;
        return ra.has_value() && !rb.has_value();
    });
    return order;
}

std::optional<std::string> OomReport::memcgName() const
{
    if (summary.oomMemcg)
        return summary.oomMemcg;
    if (memcg.limitOf)
        return memcg.limitOf;
    return memcg.statsFor;
}

std::optional<std::size_t> OomReport::victimRow() const
{
    if (!victim || !victim->pid)
        return std::nullopt;
    const auto pid = tasks.columnIndex("pid");
    if (!pid)
        return std::nullopt;
    for (std::size_t row = 0; row < tasks.rows.size(); ++row) {
        const auto& values = tasks.rows[row].values;
        if (*pid < values.size() && values[*pid] && *values[*pid] >= 0
            && static_cast<std::uint64_t>(*values[*pid]) == *victim->pid)
            return row;
    }
    return std::nullopt;
}

} // namespace vmscope
