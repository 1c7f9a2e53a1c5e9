#pragma once

#include "TestData.h"

#include "core/analysis/VmTuning.h"
#include "core/io/ProcRootSource.h"
#include "core/parse/SystemParsers.h"
#include "core/read/SystemReader.h"
#include "core/sampling/Sampler.h"

#include <QFile>
#include <QString>

#include <memory>
#include <optional>

// System samples and sysctls from fixture folders, for the tests of the zone rules (core) and of
// the zone panel (widgets) alike.
namespace vmscope::test {

// A sample built from a fixture folder's parsed files, the way the sampler joins them. Files a
// fixture lacks (the 2.6 excerpt has only zoneinfo) stay empty, as on a kernel without them.
inline SamplePtr fixtureSample(const QString& folder, double seconds = 0)
{
    const QString proc = folder + QStringLiteral("/proc/");
    auto parsed = [&](const char* file, auto parser, auto fallback) {
        const QString path = proc + QLatin1String(file);
        if (!QFile::exists(fixturePath(path)))
            return fallback;
        auto result = parser(fixtureBytes(path), file);
        if (!result.ok())
            qFatal("fixture %s does not parse: %s", qPrintable(path), result.error().message().c_str());
        return *result;
    };
    const MemInfo memInfo = parsed("meminfo", parse::parseMemInfo, MemInfo {});
    const ZoneInfo zoneInfo = parsed("zoneinfo", parse::parseZoneInfo, ZoneInfo {});
    const BuddyInfo buddyInfo = parsed("buddyinfo", parse::parseBuddyInfo, BuddyInfo {});
    const VmStat vmStat = parsed("vmstat", parse::parseVmStat, VmStat {});
    std::optional<PageTypeInfo> pageTypes;
    if (QFile::exists(fixturePath(proc + QStringLiteral("pagetypeinfo"))))
        pageTypes = parsed("pagetypeinfo", parse::parsePageTypeInfo, PageTypeInfo {});
    SystemSample sample = buildSample(
        memInfo, zoneInfo, buddyInfo, pageTypes ? &*pageTypes : nullptr, vmStat, makeSampleSchema(memInfo, vmStat));
    sample.pageSize = 4096; // every fixture comes from a 4 KiB-page machine
    sample.seconds = seconds;
    return std::make_shared<const SystemSample>(std::move(sample));
}

inline const ZoneSample* findZone(const SystemSample& sample, const QString& name)
{
    for (const ZoneSample& zone : sample.zones)
        if (QString::fromStdString(zone.zone) == name)
            return &zone;
    return nullptr;
}

inline VmTuning fixtureTuning(const QString& folder)
{
    const ProcRootSource source(procRoot(folder));
    const Result<VmSysctls> sysctls = readVmSysctls(source);
    if (!sysctls.ok())
        qFatal("cannot read the fixture's sys/vm: %s", sysctls.error().message().c_str());
    return VmTuning::fromSysctls(*sysctls);
}

} // namespace vmscope::test
