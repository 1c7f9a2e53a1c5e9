#pragma once

#include "core/analysis/Watermarks.h"
#include "core/model/Pressure.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// One instant of the kernel's memory state, as the sampler records it into its ring buffer.
// Samples are immutable once made and shared between the sampler thread, the GUI and the CLI.
// Numbers only: key names live once in the SampleSchema every sample of a run points to. A sample
// is about 4 KB (7 KB with pagetypeinfo's per-migrate-type lists), so an hour at 1 Hz stays
// within 14 to 24 MiB (bench_sampler measures it).
namespace vmscope {

// The key names of meminfo and vmstat in the order the kernel printed them. Fixed for a run:
// a kernel does not change its keys while running.
struct SampleSchema {
    std::vector<std::string> memInfoKeys; // "MemTotal", "MemFree", ... (file order)
    std::vector<bool> memInfoHasUnit; // false for HugePages_Total and other plain counts
    std::vector<std::string> vmStatKeys; // "nr_free_pages", ..., "pgfault", ... (file order)

    std::optional<std::size_t> memInfoIndex(std::string_view key) const;
    std::optional<std::size_t> vmStatIndex(std::string_view key) const;
};

// Free blocks of one migrate type (pagetypeinfo), index = order.
struct MigrateTypeBlocks {
    std::string type; // Unmovable, Movable, Reclaimable, HighAtomic, CMA, Isolate
    std::vector<std::uint64_t> freeBlocks;
    bool capped = false; // the kernel stopped counting at 100000 (5.6+): a lower bound
};

// One node/zone of zoneinfo joined with its buddyinfo line (and pagetypeinfo when readable).
// Page counts are pages (SystemSample::pageSize bytes each).
struct ZoneSample {
    int node = 0;
    std::string zone; // DMA, DMA32, Normal, HighMem, Movable, Device
    std::uint64_t free = 0;
    std::optional<std::uint64_t> min, low, high, boost, promo;
    std::optional<std::uint64_t> spanned, present, managed;
    std::vector<std::uint64_t> protection; // lowmem_reserve[], one per zone of the node
    std::vector<std::uint64_t> freeBlocks; // buddyinfo, index = order; empty when absent
    std::vector<MigrateTypeBlocks> freeBlocksByType; // empty unless pagetypeinfo was readable

    bool populated() const { return zonePopulated(managed, present); }
};

struct SystemSample {
    double seconds = 0; // since the sampler started (steady clock)
    std::chrono::system_clock::time_point wallTime;
    std::uint64_t pageSize = 4096;
    std::shared_ptr<const SampleSchema> schema;
    std::vector<std::uint64_t> memInfo; // parallel to schema->memInfoKeys; kB where the key has a unit
    std::vector<std::uint64_t> vmStat; // parallel to schema->vmStatKeys
    std::vector<ZoneSample> zones; // zoneinfo order
    // When the zones' freeBlocksByType was read (seconds, same clock); -1 when not read. The
    // sampler reads pagetypeinfo less often than the rest (it costs the kernel a walk of every free
    // list under the zone lock) and carries the last reading into the samples between.
    double pageTypeInfoSeconds = -1;
    // /proc/pressure/memory; empty on kernels without PSI (before 4.20, CONFIG_PSI off, psi=0).
    std::optional<Pressure> memoryPressure;
    // What could not be read this time (e.g. "pagetypeinfo: permission denied"); the sample holds
    // everything else. Shown to the user, never dropped.
    std::vector<std::string> problems;

    std::optional<std::uint64_t> memInfoValue(std::string_view key) const; // kB
    std::optional<std::uint64_t> vmStatValue(std::string_view key) const;
};

using SamplePtr = std::shared_ptr<const SystemSample>;

} // namespace vmscope
