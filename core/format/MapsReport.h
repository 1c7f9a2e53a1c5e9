#pragma once

#include "core/analysis/Aggregator.h"
#include "core/format/TextTable.h"
#include "core/model/Vma.h"

#include <functional>
#include <string>

namespace vmscope {

// The per-VMA table that `vmscope-cli maps` prints (like pmap -XX: every smaps field, plus
// Uss, VmFlags, kind, mapping and reason) and that the GUI exports as CSV: one builder for both.
struct MapsTableOptions {
    bool human = false; // K/M/G instead of kB
    bool forCsv = false; // raw paths (CSV quotes them) and no totals row
    bool withTotals = true;
};
TextTable buildMapsTable(const MemoryMap& map, const Totals& totals, const MapsTableOptions& options);
// The same table written to `out` row by row (TextTable::streamTo), `afterWrite` after each
// write: for 60,000 VMAs the CLI flushes as it goes instead of holding every row and the text.
void streamMapsTable(const MemoryMap& map, const Totals& totals, const MapsTableOptions& options, std::string& out,
    const std::function<void()>& afterWrite);

// "start,end,name" per VMA, hex without 0x, highest address first: what procmap-style
// scripts read.
void appendProcmapCsv(std::string& out, const MemoryMap& map);

// Size in kB: the smaps field, or the range when read from maps.
std::uint64_t vmaSizeKiB(const Vma& v);

} // namespace vmscope
