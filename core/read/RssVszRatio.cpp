#include "core/read/RssVszRatio.h"

#include "core/model/Saturating.h"
#include "core/parse/ProcessParsers.h"

#include <string>

namespace vmscope {

std::optional<double> RssVszRatio::ratio() const
{
    if (virtualPages == 0)
        return std::nullopt;
    return static_cast<double>(residentPages) / static_cast<double>(virtualPages);
}

RssVszRatio readRssVszRatio(const Source& source)
{
    RssVszRatio result;
    auto pids = source.listPids();
    if (!pids)
        return result;
    for (const int pid : *pids) {
        const std::string path = std::to_string(pid) + "/statm";
        auto bytes = source.read(path);
        if (!bytes) {
            ++result.unreadable;
            continue;
        }
        auto statm = parse::parseStatm(*bytes, source.displayPath(path));
        if (!statm) {
            ++result.unreadable;
            continue;
        }
        if (statm->size == 0)
            continue; // a kernel thread: no address space
        addSaturating(result.residentPages, statm->resident);
        addSaturating(result.virtualPages, statm->size);
        ++result.processes;
    }
    return result;
}

} // namespace vmscope
