#include "core/read/KernelOomReports.h"

#include "core/io/KernelLogReader.h"
#include "core/io/ReadLimits.h"
#include "core/parse/KmsgRecords.h"
#include "core/parse/OomReportParser.h"

namespace vmscope {

Result<OomReportsAfter> readOomReportsAfter(const std::string& path, std::optional<std::uint64_t> afterSeq)
{
    auto log = readKernelLog(path, ReadLimits {}.maxKernelLogBytes);
    if (!log)
        return log.error();
    const parse::KmsgTail tail = parse::kmsgRecordsAfter(*log, afterSeq);
    OomReportsAfter reports;
    reports.lastSeq = tail.lastSeq;
    for (OomReport& report : parse::parseOomReports(tail.text))
        if (report.victim) // a kill: "Killed process" was logged (the rest of the report may follow)
            reports.kills.push_back(std::move(report));
    return reports;
}

} // namespace vmscope
