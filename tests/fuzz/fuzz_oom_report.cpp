// The OOM-report parser reads whole kernel logs, which may hold anything (other drivers' messages,
// a syslog file, bytes a user piped in): besides surviving the input, it must not invent what the
// input does not say. Oracles: every victim, reaper and trigger pid it found is written in the
// input as digits (pids are read from digits only, never from kmsg escapes), and there are no
// more reports than messages, since each starts on a message of its own.
#include "FuzzInput.h"

#include "core/parse/OomReportParser.h"

#include <cstdlib>
#include <string>

namespace {

bool writtenIn(std::string_view input, const std::optional<std::uint64_t>& pid)
{
    return !pid || input.find(std::to_string(*pid)) != std::string_view::npos;
}

// Lines, plus the newlines a /dev/kmsg record carries escaped ("\x0a"): the messages a report can
// start on.
std::size_t messageCount(std::string_view input)
{
    std::size_t count = 1;
    for (std::size_t i = 0; i < input.size(); ++i) {
        if (input[i] == '\n')
            ++count;
        else if (input.substr(i, 4) == "\\x0a" || input.substr(i, 4) == "\\x0A")
            ++count;
    }
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    const std::string_view input = fuzz::bytesOf(data, size);
    const std::vector<OomReport> reports = parse::parseOomReports(input);
    if (reports.size() > messageCount(input))
        std::abort();
    for (const OomReport& report : reports) {
        if (report.victim && !writtenIn(input, report.victim->pid))
            std::abort();
        if (report.reaped && !writtenIn(input, report.reaped->pid))
            std::abort();
        if (!writtenIn(input, report.trigger.pid) || !writtenIn(input, report.summary.pid))
            std::abort();
        for (const std::string& line : report.lines)
            if (line.size() > parse::kOomLogMaxLineBytes)
                std::abort();
        fuzz::keep(report.memcgName());
        fuzz::keep(report.victimRow());
        fuzz::keep(report.tasks.orderByRss());
    }
    return 0;
}
