#include "widgets/kernel/SampleFigures.h"

#include "core/model/Saturating.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace vmscope {

namespace {
    // Gives the texts below a translation context lupdate understands.
    struct SampleFigures {
        Q_DECLARE_TR_FUNCTIONS(SampleFigures)
    };

    std::array<MemorySeriesInfo, kMemorySeriesCount> makeSeriesInfo()
    {
        return { {
            { QStringLiteral("MemFree"),
                SampleFigures::tr(
                    "MemFree: RAM nobody uses at all, not even the page cache. Low is normal: unused RAM is "
                    "wasted RAM."),
                QColor(0x4c, 0xaf, 0x50) },
            { QStringLiteral("MemAvailable"),
                SampleFigures::tr("MemAvailable: the kernel's estimate of what can still be allocated without swapping "
                                  "(free memory plus the cache and slab it can drop). This is the number to watch."),
                QColor(0x1e, 0x88, 0xe5) },
            { QStringLiteral("Cached"),
                SampleFigures::tr(
                    "Cached: the page cache (file data kept in RAM after a read or write) plus shmem/tmpfs. "
                    "It grows while files are read and is given back when programs need the memory."),
                QColor(0xff, 0x98, 0x00) },
            { QStringLiteral("Buffers"),
                SampleFigures::tr("Buffers: block-device metadata cached in RAM (superblocks, directories of some file "
                                  "systems). Usually small."),
                QColor(0x8d, 0x6e, 0x63) },
            { QStringLiteral("Dirty"),
                SampleFigures::tr("Dirty: file data changed in RAM and not yet written to disk. sync writes it."),
                QColor(0xe5, 0x39, 0x35) },
            { QStringLiteral("Writeback"), SampleFigures::tr("Writeback: dirty data being written to disk right now."),
                QColor(0xad, 0x14, 0x57), false },
            { QStringLiteral("AnonPages"),
                SampleFigures::tr(
                    "AnonPages: memory of programs not backed by a file (heaps, stacks, malloc). It can only "
                    "be freed by the program or pushed to swap."),
                QColor(0x7e, 0x57, 0xc2) },
            { QStringLiteral("Shmem"),
                SampleFigures::tr(
                    "Shmem: shared memory and tmpfs files (counted inside Cached, yet it cannot be dropped "
                    "like the page cache)."),
                QColor(0x00, 0xac, 0xc1), false },
            { QStringLiteral("SReclaimable"),
                SampleFigures::tr(
                    "SReclaimable: kernel slab caches that can be freed under pressure (dentries, inodes)."),
                QColor(0x9e, 0x9d, 0x24), false },
            { QStringLiteral("SUnreclaim"),
                SampleFigures::tr("SUnreclaim: kernel slab objects in use that cannot be reclaimed."),
                QColor(0x60, 0x7d, 0x8b), false },
            { SampleFigures::tr("Swap used"),
                SampleFigures::tr("Swap used: SwapTotal − SwapFree, pages pushed out to the swap device."),
                QColor(0xd8, 0x1b, 0x60) },
            { QStringLiteral("Committed_AS"),
                SampleFigures::tr(
                    "Committed_AS: the memory promised to processes (private writable mappings), touched or not. "
                    "Under vm.overcommit_memory = 2 an allocation that would take it above CommitLimit fails."),
                QColor(0x37, 0x47, 0x4f), false },
            { QStringLiteral("CommitLimit"),
                SampleFigures::tr("CommitLimit: swap + (RAM − huge pages) × vm.overcommit_ratio / 100 (or "
                                  "vm.overcommit_kbytes). Enforced only in strict mode (vm.overcommit_memory = 2)."),
                QColor(0x6d, 0x4c, 0x41), false },
            { SampleFigures::tr("PSI some %"),
                SampleFigures::tr(
                    "Pressure stall information, /proc/pressure/memory \"some\" avg10: the share of the last "
                    "10 s in which at least one task waited for memory (reclaim, refaults, swap-in). Right axis, "
                    "percent. Absent on kernels without PSI."),
                QColor(0xef, 0x6c, 0x00), false, true },
            { SampleFigures::tr("PSI full %"),
                SampleFigures::tr(
                    "Pressure stall information \"full\" avg10: the share of the last 10 s in which every "
                    "runnable task waited for memory at once: time the machine did no work at all. Right axis."),
                QColor(0xb7, 0x1c, 0x1c), false, true },
        } };
    }

    // A counter's value; kernels before 4.8 split pgscan per zone (pgscan_kswapd_normal, ...),
    // summed here so old captures still show a rate.
    std::optional<std::uint64_t> vmStatCounter(const SystemSample& sample, std::string_view key)
    {
        if (auto value = sample.vmStatValue(key))
            return value;
        if (!sample.schema)
            return std::nullopt;
        std::optional<std::uint64_t> sum;
        const auto& keys = sample.schema->vmStatKeys;
        for (std::size_t i = 0; i < keys.size() && i < sample.vmStat.size(); ++i) {
            const std::string& name = keys[i];
            const bool zoneSplit = name.size() > key.size() && name.compare(0, key.size(), key) == 0
                && name[key.size()] == '_' && !name.ends_with("_throttle");
            if (zoneSplit)
                sum = saturatingAdd(sum.value_or(0), sample.vmStat[i]);
        }
        return sum;
    }

    double ratePerSecond(const SystemSample& earlier, const SystemSample& later, std::string_view key, double dt)
    {
        const auto before = vmStatCounter(earlier, key);
        const auto after = vmStatCounter(later, key);
        // Missing, reset (a new capture: a counter going backwards is no negative rate), or a
        // saturated sum of per-zone counters, whose difference means nothing.
        if (!before || !after || *after < *before || *after == kSaturated)
            return 0;
        return double(*after - *before) / dt;
    }
} // namespace

const MemorySeriesInfo& memorySeriesInfo(MemorySeries series)
{
    static const std::array<MemorySeriesInfo, kMemorySeriesCount> infos = makeSeriesInfo();
    return infos[static_cast<std::size_t>(series)];
}

std::optional<std::uint64_t> memorySeriesKiB(const SystemSample& sample, MemorySeries series)
{
    switch (series) {
    case MemorySeries::MemFree:
        return sample.memInfoValue("MemFree");
    case MemorySeries::MemAvailable:
        return sample.memInfoValue("MemAvailable");
    case MemorySeries::Cached:
        return sample.memInfoValue("Cached");
    case MemorySeries::Buffers:
        return sample.memInfoValue("Buffers");
    case MemorySeries::Dirty:
        return sample.memInfoValue("Dirty");
    case MemorySeries::Writeback:
        return sample.memInfoValue("Writeback");
    case MemorySeries::AnonPages:
        return sample.memInfoValue("AnonPages");
    case MemorySeries::Shmem:
        return sample.memInfoValue("Shmem");
    case MemorySeries::SReclaimable:
        return sample.memInfoValue("SReclaimable");
    case MemorySeries::SUnreclaim:
        return sample.memInfoValue("SUnreclaim");
    case MemorySeries::SwapUsed: {
        const auto total = sample.memInfoValue("SwapTotal");
        const auto free = sample.memInfoValue("SwapFree");
        if (!total || !free)
            return std::nullopt;
        return saturatingSub(*total, *free);
    }
    case MemorySeries::CommittedAS:
        return sample.memInfoValue("Committed_AS");
    case MemorySeries::CommitLimit:
        return sample.memInfoValue("CommitLimit");
    case MemorySeries::PressureSome:
    case MemorySeries::PressureFull:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> memorySeriesValue(const SystemSample& sample, MemorySeries series)
{
    if (series == MemorySeries::PressureSome)
        return sample.memoryPressure && sample.memoryPressure->some
            ? std::optional<double>(sample.memoryPressure->some->avg10)
            : std::nullopt;
    if (series == MemorySeries::PressureFull)
        return sample.memoryPressure && sample.memoryPressure->full
            ? std::optional<double>(sample.memoryPressure->full->avg10)
            : std::nullopt;
    const auto kib = memorySeriesKiB(sample, series);
    return kib ? std::optional<double>(double(*kib)) : std::nullopt;
}

std::vector<MemorySeries> presetSeries(SeriesPreset preset)
{
    using S = MemorySeries;
    switch (preset) {
    case SeriesPreset::Memory:
        break;
    case SeriesPreset::PageCache:
        return { S::MemFree, S::MemAvailable, S::Cached, S::Buffers, S::Dirty, S::Writeback };
    case SeriesPreset::CommitAndOom:
        return { S::MemAvailable, S::AnonPages, S::SwapUsed, S::CommittedAS, S::CommitLimit, S::PressureSome,
            S::PressureFull };
    case SeriesPreset::Pressure:
        return { S::MemAvailable, S::SwapUsed, S::PressureSome, S::PressureFull };
    }
    std::vector<MemorySeries> shown;
    for (const MemorySeries series : kAllMemorySeries)
        if (memorySeriesInfo(series).shownByDefault)
            shown.push_back(series);
    return shown;
}

double kibToUnit(double kib, MemoryUnit unit, std::uint64_t pageSize)
{
    switch (unit) {
    case MemoryUnit::MiB:
        return kib / 1024.0;
    case MemoryUnit::GiB:
        return kib / (1024.0 * 1024.0);
    case MemoryUnit::Pages:
        return kib * 1024.0 / double(pageSize ? pageSize : 4096);
    }
    return kib;
}

QString memoryUnitName(MemoryUnit unit)
{
    switch (unit) {
    case MemoryUnit::MiB:
        return SampleFigures::tr("MiB");
    case MemoryUnit::GiB:
        return SampleFigures::tr("GiB");
    case MemoryUnit::Pages:
        return SampleFigures::tr("pages");
    }
    return {};
}

QString formatInUnit(double value, MemoryUnit unit)
{
    const int decimals = unit == MemoryUnit::GiB ? 2 : 0;
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', decimals), memoryUnitName(unit));
}

std::optional<FreeFigures> freeFigures(const SystemSample& sample)
{
    const auto total = sample.memInfoValue("MemTotal");
    const auto free = sample.memInfoValue("MemFree");
    if (!total || !free)
        return std::nullopt;
    FreeFigures figures;
    figures.total = *total;
    figures.free = *free;
    const std::uint64_t buffers = sample.memInfoValue("Buffers").value_or(0);
    const std::uint64_t cached = sample.memInfoValue("Cached").value_or(0);
    const std::uint64_t reclaimable = sample.memInfoValue("SReclaimable").value_or(0);
    figures.buffCache = saturatingAdd(saturatingAdd(buffers, cached), reclaimable);
    figures.used = saturatingSub(figures.total, saturatingAdd(figures.free, figures.buffCache));
    figures.shared = sample.memInfoValue("Shmem").value_or(0);
    if (const auto available = sample.memInfoValue("MemAvailable")) {
        figures.available = *available;
    } else {
        figures.available = std::min(figures.total, saturatingAdd(figures.free, figures.buffCache));
        figures.availableEstimated = true;
    }
    figures.swapTotal = sample.memInfoValue("SwapTotal").value_or(0);
    figures.swapFree = sample.memInfoValue("SwapFree").value_or(0);
    figures.swapUsed = saturatingSub(figures.swapTotal, figures.swapFree);
    return figures;
}

std::optional<VmstatRates> vmstatRates(const SystemSample& earlier, const SystemSample& later)
{
    const double dt = later.seconds - earlier.seconds;
    if (!(dt > 0) || later.vmStat.empty() || earlier.vmStat.empty())
        return std::nullopt;
    VmstatRates rates;
    rates.seconds = later.seconds;
    const double faults = ratePerSecond(earlier, later, "pgfault", dt);
    rates.majorFaults = ratePerSecond(earlier, later, "pgmajfault", dt);
    rates.minorFaults = std::max(0.0, faults - rates.majorFaults);
    rates.scanKswapd = ratePerSecond(earlier, later, "pgscan_kswapd", dt);
    rates.scanDirect = ratePerSecond(earlier, later, "pgscan_direct", dt);
    rates.swapIn = ratePerSecond(earlier, later, "pswpin", dt);
    rates.swapOut = ratePerSecond(earlier, later, "pswpout", dt);
    return rates;
}

} // namespace vmscope
