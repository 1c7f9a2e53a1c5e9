#include "core/analysis/SystemDiff.h"

#include "core/model/Saturating.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace vmscope {

std::optional<std::int64_t> MemInfoChange::delta() const
{
    if (!before || !after)
        return std::nullopt;
    return saturatingDelta(*after, *before);
}

namespace {
    bool contains(const std::vector<int>& ascending, int pid)
    {
        return std::binary_search(ascending.begin(), ascending.end(), pid);
    }

    void diffProcesses(const SystemMoment& a, const SystemMoment& b, SystemDiff& diff)
    {
        std::set_union(a.unreadable.begin(), a.unreadable.end(), b.unreadable.begin(), b.unreadable.end(),
            std::back_inserter(diff.unreadable));
        diff.unreadable.erase(std::unique(diff.unreadable.begin(), diff.unreadable.end()), diff.unreadable.end());
        const auto known = [&](const ProcessMoment& p) { return !contains(diff.unreadable, p.pid); };
        auto before = a.processes.begin();
        auto after = b.processes.begin();
        while (before != a.processes.end() || after != b.processes.end()) {
            if (after == b.processes.end() || (before != a.processes.end() && before->pid < after->pid)) {
                if (known(*before))
                    diff.removed.push_back(*before);
                ++before;
            } else if (before == a.processes.end() || after->pid < before->pid) {
                if (known(*after))
                    diff.added.push_back(*after);
                ++after;
            } else {
                // An unknown start time on either side (a capture without stat) is taken as the
                // same process: nothing says otherwise.
                if (before->startTime && after->startTime && *before->startTime != *after->startTime) {
                    diff.reused.push_back(after->pid);
                    diff.removed.push_back(*before);
                    diff.added.push_back(*after);
                } else {
                    ProcessChange change;
                    change.pid = after->pid;
                    change.name = after->name;
                    change.rssDeltaKb = saturatingDelta(after->rssKb, before->rssKb);
                    change.pssDeltaKb = saturatingDelta(after->pssKb, before->pssKb);
                    change.ussDeltaKb = saturatingDelta(after->ussKb, before->ussKb);
                    change.swapDeltaKb = saturatingDelta(after->swapKb, before->swapKb);
                    if (change.rssDeltaKb != 0 || change.pssDeltaKb != 0 || change.ussDeltaKb != 0
                        || change.swapDeltaKb != 0)
                        diff.changed.push_back(std::move(change));
                }
                ++before;
                ++after;
            }
        }
        // Ties (and equal magnitudes) keep ascending pid order: the walk produced it.
        std::stable_sort(diff.changed.begin(), diff.changed.end(), [](const ProcessChange& x, const ProcessChange& y) {
            return deltaMagnitude(x.pssDeltaKb) > deltaMagnitude(y.pssDeltaKb);
        });
    }

    void diffMemInfo(const MemInfo& a, const MemInfo& b, SystemDiff& diff)
    {
        // The first entry of a key counts, as MemInfo::find reads it; looked up by hash, since a
        // hostile capture may print many thousands of keys.
        std::unordered_map<std::string_view, const MemInfoEntry*> earlier;
        for (const MemInfoEntry& entry : a.entries)
            earlier.emplace(entry.key, &entry);
        std::unordered_set<std::string_view> seen;
        const auto add
            = [&](const MemInfoEntry& entry, std::optional<std::uint64_t> before, std::optional<std::uint64_t> after) {
                  if (!seen.insert(entry.key).second)
                      return;
                  diff.memInfo.push_back(MemInfoChange { entry.key, before, after, entry.hasUnit });
              };
        for (const MemInfoEntry& entry : b.entries) {
            const auto it = earlier.find(entry.key);
            add(entry, it == earlier.end() ? std::nullopt : std::optional(it->second->value), entry.value);
        }
        for (const MemInfoEntry& entry : a.entries)
            add(entry, entry.value, std::nullopt);
    }
} // namespace

SystemDiff diffSystems(const SystemMoment& a, const SystemMoment& b)
{
    SystemDiff diff;
    diffProcesses(a, b, diff);
    diffMemInfo(a.memInfo, b.memInfo, diff);
    return diff;
}

} // namespace vmscope
