#include "core/read/ProcessFactsReader.h"

#include "core/analysis/ProcessFactsRules.h"
#include "core/read/SystemReader.h"

namespace vmscope {

ProcessFacts readProcessFacts(const Source& source, int pid, const MemoryMap* map)
{
    ProcessFacts facts;
    facts.pid = pid;
    facts.readAt = std::chrono::steady_clock::now();
    facts.stat = readStat(source, pid);
    facts.status = readStatus(source, pid);
    facts.limits = readLimits(source, pid);
    facts.randomizeVaSpace = readSysctlNumber(source, "sys/kernel/randomize_va_space");
    facts.maxMapCount = readSysctlNumber(source, "sys/vm/max_map_count");
    if (map && map->pid == pid)
        applyMap(facts, *map);
    return facts;
}

} // namespace vmscope
