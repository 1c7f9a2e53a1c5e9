#include "core/read/SystemReader.h"

#include "core/parse/PressureParser.h"
#include "core/parse/ProcessParsers.h"
#include "core/parse/SystemParsers.h"

namespace vmscope {
namespace {

    template <class T, class Parser>
    Result<T> readAndParse(const Source& source, std::string_view relativePath, Parser parser)
    {
        Result<std::string> bytes = source.read(relativePath);
        if (!bytes)
            return bytes.error();
        return parser(*bytes, source.displayPath(relativePath));
    }

    std::string pidPath(int pid, std::string_view file)
    {
        return std::to_string(pid) + "/" + std::string(file);
    }

} // namespace

Result<MemInfo> readMemInfo(const Source& source)
{
    return readAndParse<MemInfo>(source, "meminfo", parse::parseMemInfo);
}

Result<ZoneInfo> readZoneInfo(const Source& source)
{
    return readAndParse<ZoneInfo>(source, "zoneinfo", parse::parseZoneInfo);
}

Result<BuddyInfo> readBuddyInfo(const Source& source)
{
    return readAndParse<BuddyInfo>(source, "buddyinfo", parse::parseBuddyInfo);
}

Result<PageTypeInfo> readPageTypeInfo(const Source& source)
{
    return readAndParse<PageTypeInfo>(source, "pagetypeinfo", parse::parsePageTypeInfo);
}

Result<VmStat> readVmStat(const Source& source)
{
    return readAndParse<VmStat>(source, "vmstat", parse::parseVmStat);
}

Result<Pressure> readMemoryPressure(const Source& source)
{
    return readAndParse<Pressure>(source, "pressure/memory", parse::parsePressure);
}

Result<VmSysctls> readVmSysctls(const Source& source)
{
    constexpr std::string_view kDirectory = "sys/vm";
    Result<std::vector<std::string>> names = source.listDirectory(kDirectory);
    if (!names)
        return names.error();
    VmSysctls sysctls;
    sysctls.values.reserve(names->size());
    for (const std::string& name : *names) {
        Result<std::string> bytes = source.read(std::string(kDirectory) + "/" + name);
        // Write-only sysctls (compact_memory, drop_caches on 5.x+) fail with EACCES even for root,
        // and stat_refresh reads empty: neither has a value to show. Any other failure (a broken
        // capture) is the caller's to report.
        if (!bytes) {
            const ErrorKind kind = bytes.error().kind;
            if (kind == ErrorKind::PermissionDenied || kind == ErrorKind::Io)
                continue;
            return bytes.error();
        }
        if (bytes->empty())
            continue;
        sysctls.values.push_back(parse::parseSysctlValue(name, *bytes));
    }
    return sysctls;
}

Result<std::int64_t> readSysctlNumber(const Source& source, std::string_view relativePath)
{
    Result<std::string> bytes = source.read(relativePath);
    if (!bytes)
        return bytes.error();
    const std::string_view name = relativePath.substr(relativePath.rfind('/') + 1);
    const SysctlValue value = parse::parseSysctlValue(name, *bytes);
    if (value.numbers.size() != 1)
        return Error::malformed(source.displayPath(relativePath), 1, "expected one number");
    return value.numbers.front();
}

Result<ProcessStat> readStat(const Source& source, int pid)
{
    return readAndParse<ProcessStat>(source, pidPath(pid, "stat"), parse::parseStat);
}

Result<ProcessLimits> readLimits(const Source& source, int pid)
{
    return readAndParse<ProcessLimits>(source, pidPath(pid, "limits"), parse::parseLimits);
}

Result<ProcessStatus> readStatus(const Source& source, int pid)
{
    return readAndParse<ProcessStatus>(source, pidPath(pid, "status"), parse::parseStatus);
}

Result<ProcessStatus> readStatusOrStat(const Source& source, int pid)
{
    auto status = readStatus(source, pid);
    if (status || !status.error().isMissingFile())
        return status;
    ProcessStatus fromCapture;
    if (auto stat = readAndParse<StatHead>(source, pidPath(pid, "stat"), parse::parseStatHead)) {
        fromCapture.name = stat->name;
        fromCapture.state = stat->state;
    } else if (source.listDirectory(std::to_string(pid))) {
        // Only the folder (and what it holds, smaps): a user process, as nothing says otherwise.
        fromCapture.name = "?";
        fromCapture.kthread = false;
    } else {
        return status; // gone: the missing status said so first
    }
    if (auto owner = source.processOwner(pid))
        fromCapture.uid.fill(*owner);
    return fromCapture;
}

Result<Statm> readStatm(const Source& source, int pid)
{
    return readAndParse<Statm>(source, pidPath(pid, "statm"), parse::parseStatm);
}

Result<int> readOomScore(const Source& source, int pid)
{
    return readAndParse<int>(source, pidPath(pid, "oom_score"), parse::parseOomScore);
}

Result<int> readOomScoreAdj(const Source& source, int pid)
{
    return readAndParse<int>(source, pidPath(pid, "oom_score_adj"), parse::parseOomScoreAdj);
}

Result<std::vector<std::string>> readCmdline(const Source& source, int pid)
{
    return readAndParse<std::vector<std::string>>(source, pidPath(pid, "cmdline"), parse::parseCmdline);
}

} // namespace vmscope
