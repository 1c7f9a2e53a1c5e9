#include "core/read/SystemMoment.h"

#include "core/parse/ParseUtil.h"
#include "core/read/ProcessReader.h"
#include "core/read/SystemReader.h"

#include <algorithm>

namespace vmscope {

std::optional<std::uint64_t> readStartTime(const Source& source, int pid)
{
    auto stat = readStat(source, pid);
    if (!stat)
        return std::nullopt;
    const auto field = stat->field(22);
    std::uint64_t ticks = 0;
    if (!field || parse::parseUnsigned(*field, ticks) != parse::NumberError::None)
        return std::nullopt;
    return ticks;
}

Result<SystemMoment> readSystemMoment(const Source& source)
{
    auto memInfo = readMemInfo(source);
    if (!memInfo)
        return memInfo.error();
    SystemMoment moment;
    moment.memInfo = std::move(*memInfo);
    ListingOptions options;
    options.summary.countVmas = false; // a diff shows no VMA counts: one read fewer per process
    ProcessListing listing = readProcessListing(source, options);
    moment.processes.reserve(listing.processes.size());
    for (ProcessSummary& summary : listing.processes) {
        ProcessMoment process;
        process.pid = summary.pid;
        process.name = std::move(summary.name);
        process.startTime = readStartTime(source, summary.pid);
        process.rssKb = summary.totals.rss();
        process.pssKb = summary.totals.pss();
        process.ussKb = summary.totals.uss();
        process.swapKb = summary.totals.swap();
        moment.processes.push_back(std::move(process));
    }
    for (const UnreadableProcess& bad : listing.unreadable)
        moment.unreadable.push_back(bad.pid);
    std::sort(moment.processes.begin(), moment.processes.end(),
        [](const ProcessMoment& x, const ProcessMoment& y) { return x.pid < y.pid; });
    std::sort(moment.unreadable.begin(), moment.unreadable.end());
    return moment;
}

} // namespace vmscope
