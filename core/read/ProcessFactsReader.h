#pragma once

#include "core/io/Source.h"
#include "core/model/ProcessFacts.h"
#include "core/model/Vma.h"

namespace vmscope {

// Reads status, stat, limits, kernel.randomize_va_space and vm.max_map_count through `source`,
// each on its own: a file that cannot be read is that figure's error, the rest is still read.
// With `map` (the maps or smaps read just before), the VMA count and the current break are
// filled in from it (applyMap). readAt is the time of the stat read, for faultRates.
ProcessFacts readProcessFacts(const Source& source, int pid, const MemoryMap* map = nullptr);

} // namespace vmscope
