#pragma once

#include "core/sampling/SystemSample.h"

#include <QColor>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

// The numbers the kernel page shows, computed from samples: the timeline's series, the free(1)
// summary and the vmstat rates. No widgets here, so tests check the arithmetic directly.
namespace vmscope {

enum class MemorySeries {
    MemFree,
    MemAvailable,
    Cached,
    Buffers,
    Dirty,
    Writeback,
    AnonPages,
    Shmem,
    SReclaimable,
    SUnreclaim,
    SwapUsed,
    CommittedAS,
    CommitLimit,
    PressureSome, // PSI memory some avg10, percent
    PressureFull, // PSI memory full avg10, percent
};
inline constexpr std::size_t kMemorySeriesCount = 15;
inline constexpr std::array<MemorySeries, kMemorySeriesCount> kAllMemorySeries { MemorySeries::MemFree,
    MemorySeries::MemAvailable, MemorySeries::Cached, MemorySeries::Buffers, MemorySeries::Dirty,
    MemorySeries::Writeback, MemorySeries::AnonPages, MemorySeries::Shmem, MemorySeries::SReclaimable,
    MemorySeries::SUnreclaim, MemorySeries::SwapUsed, MemorySeries::CommittedAS, MemorySeries::CommitLimit,
    MemorySeries::PressureSome, MemorySeries::PressureFull };

struct MemorySeriesInfo {
    QString label; // the meminfo key, or "Swap used"
    QString toolTip; // what the kernel counts there, in plain words
    QColor color;
    bool shownByDefault = true;
    bool percent = false; // a share of time (PSI), drawn on its own 0-100 % axis, not a size
};
const MemorySeriesInfo& memorySeriesInfo(MemorySeries series);

// kB; nullopt when this kernel does not print the key (SReclaimable arrived in 2.6.19), and
// for the percent series.
std::optional<std::uint64_t> memorySeriesKiB(const SystemSample& sample, MemorySeries series);
// kB, or percent for the percent series (nullopt without PSI).
std::optional<double> memorySeriesValue(const SystemSample& sample, MemorySeries series);

// Named sets of series for the timeline's "Show" box: what a teaching scenario looks at.
enum class SeriesPreset { Memory, PageCache, CommitAndOom, Pressure };
std::vector<MemorySeries> presetSeries(SeriesPreset preset);

enum class MemoryUnit { MiB, GiB, Pages };
double kibToUnit(double kib, MemoryUnit unit, std::uint64_t pageSize);
QString memoryUnitName(MemoryUnit unit);
// "1,234 MiB", "1.21 GiB", "315,904 pages"
QString formatInUnit(double value, MemoryUnit unit);

// free(1)'s Mem: and Swap: rows, kB. used = MemTotal - MemFree - Buffers - Cached - SReclaimable
// (procps free before 4.0); buff/cache = Buffers + Cached + SReclaimable; shared = Shmem.
struct FreeFigures {
    std::uint64_t total = 0, used = 0, free = 0, shared = 0, buffCache = 0, available = 0;
    bool availableEstimated = false; // no MemAvailable (before 3.14): free + buff/cache
    std::uint64_t swapTotal = 0, swapUsed = 0, swapFree = 0;
};
std::optional<FreeFigures> freeFigures(const SystemSample& sample);

// Per-second rates from the cumulative /proc/vmstat counters of two samples.
struct VmstatRates {
    double seconds = 0; // the later sample's time
    double minorFaults = 0; // (pgfault - pgmajfault) / s: pgfault counts both kinds
    double majorFaults = 0; // pgmajfault / s: faults that waited for the disk
    double scanKswapd = 0; // pages scanned by kswapd / s (background reclaim)
    double scanDirect = 0; // pages scanned by allocating tasks / s (direct reclaim: stalls)
    double swapIn = 0; // pswpin / s (pages)
    double swapOut = 0; // pswpout / s (pages)
};
// nullopt when the samples are not in time order or have no vmstat.
std::optional<VmstatRates> vmstatRates(const SystemSample& earlier, const SystemSample& later);

} // namespace vmscope
