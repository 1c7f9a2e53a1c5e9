#include "core/parse/ProcessParsers.h"

#include "core/parse/ParseMessages.h"
#include "core/parse/ParseUtil.h"

#include <climits>

namespace vmscope::parse {
namespace {

    Error malformedAt(std::string_view fileName, const LineCursor& cursor, std::string why)
    {
        return Error::malformed(std::string(fileName), cursor.lineNumber(), std::move(why));
    }

    // The kernel prints no blank lines, but copies of these files do (the Prometheus fixtures'
    // status starts with one); they carry nothing, so they are skipped rather than rejected.
    bool isBlank(std::string_view line)
    {
        return trim(line).empty();
    }

    bool isKeyChar(char c)
    {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '('
            || c == ')' || c == '-';
    }

    bool isKey(std::string_view s)
    {
        return consistsOf(s, isKeyChar);
    }

    bool parseNonNegativeInt(std::string_view s, int& out)
    {
        std::uint64_t value = 0;
        if (parseUnsigned(s, value) != NumberError::None || value > INT_MAX)
            return false;
        out = static_cast<int>(value);
        return true;
    }

    // "0\t0\t0\t0": real, effective, saved set and filesystem id.
    bool parseIds(std::string_view value, std::array<std::uint32_t, 4>& ids)
    {
        for (std::uint32_t& id : ids) {
            std::uint64_t number = 0;
            if (parseUnsigned(nextToken(value), number) != NumberError::None || number > UINT32_MAX)
                return false;
            id = static_cast<std::uint32_t>(number);
        }
        return trim(value).empty();
    }

    using SizeMember = std::optional<std::uint64_t> ProcessStatus::*;

    struct SizeKey {
        std::string_view name;
        SizeMember member;
    };

    // In the order the kernel prints them (task_mem() in fs/proc/task_mmu.c).
    constexpr SizeKey kSizeKeys[] = {
        { "VmPeak", &ProcessStatus::vmPeak },
        { "VmSize", &ProcessStatus::vmSize },
        { "VmLck", &ProcessStatus::vmLck },
        { "VmPin", &ProcessStatus::vmPin },
        { "VmHWM", &ProcessStatus::vmHwm },
        { "VmRSS", &ProcessStatus::vmRss },
        { "RssAnon", &ProcessStatus::rssAnon },
        { "RssFile", &ProcessStatus::rssFile },
        { "RssShmem", &ProcessStatus::rssShmem },
        { "VmData", &ProcessStatus::vmData },
        { "VmStk", &ProcessStatus::vmStk },
        { "VmExe", &ProcessStatus::vmExe },
        { "VmLib", &ProcessStatus::vmLib },
        { "VmPTE", &ProcessStatus::vmPte },
        { "VmSwap", &ProcessStatus::vmSwap },
        { "HugetlbPages", &ProcessStatus::hugetlbPages },
    };

    SizeMember sizeMember(std::string_view key)
    {
        for (const SizeKey& entry : kSizeKeys)
            if (entry.name == key)
                return entry.member;
        return nullptr;
    }

    // oom_score and oom_score_adj: one decimal number and a newline.
    bool parseSingleNumber(std::string_view bytes, std::int64_t& out, std::size_t& line, std::string& why)
    {
        LineCursor cursor(bytes);
        std::string_view text;
        line = 0;
        if (!cursor.next(text)) {
            why = "expected a number, found an empty file";
            return false;
        }
        line = 1;
        if (NumberError e = parseSigned(trim(text), out); e != NumberError::None) {
            why = std::string("expected ") + describe(e) + ", found " + quotedExcerpt(trim(text));
            return false;
        }
        while (cursor.next(text)) {
            if (!trim(text).empty()) {
                line = cursor.lineNumber();
                why = "expected a single number, found another line";
                return false;
            }
        }
        return true;
    }

} // namespace

Result<ProcessStatus> parseStatus(std::string_view bytes, std::string_view fileName)
{
    ProcessStatus status;
    status.lines.reserve(64);
    LineCursor cursor(bytes);
    std::string_view line;
    enum Required : unsigned { Name = 1, State = 2, Tgid = 4, Pid = 8, PPid = 16, Uid = 32, Gid = 64, All = 127 };
    unsigned seen = 0;
    while (cursor.next(line)) {
        if (isBlank(line))
            continue;
        const std::size_t colon = line.find(':');
        const std::string_view key = colon == std::string_view::npos ? std::string_view() : line.substr(0, colon);
        if (!isKey(key))
            return malformedAt(fileName, cursor, "expected \"Key:<tab>value\", found " + quotedExcerpt(trim(line)));
        const std::string_view raw = line.substr(colon + 1);
        const std::string_view value = trim(raw);
        if (key == "Name") {
            // A comm may begin or end with spaces; only the kernel's tab separator is dropped
            // (some copies of status files turned it into spaces, hence the fallback).
            std::string_view name = !raw.empty() && raw.front() == '\t' ? raw.substr(1) : value;
            if (!name.empty() && name.back() == '\r')
                name.remove_suffix(1);
            status.name.assign(name);
            seen |= Name;
        } else if (key == "State") {
            if (value.empty())
                return malformedAt(fileName, cursor, "expected a state letter after \"State:\"");
            status.state = value.front();
            seen |= State;
        } else if (key == "Tgid" || key == "Pid" || key == "PPid") {
            int& target = key == "Tgid" ? status.tgid : key == "Pid" ? status.pid : status.ppid;
            if (!parseNonNegativeInt(value, target))
                return malformedAt(
                    fileName, cursor, "expected a process id after " + quotedExcerpt(std::string(key) + ":"));
            seen |= key == "Tgid" ? Tgid : key == "Pid" ? Pid : PPid;
        } else if (key == "Uid" || key == "Gid") {
            if (!parseIds(value, key == "Uid" ? status.uid : status.gid))
                return malformedAt(fileName, cursor,
                    "expected four ids (real, effective, saved, filesystem) after "
                        + quotedExcerpt(std::string(key) + ":"));
            seen |= key == "Uid" ? Uid : Gid;
        } else if (key == "Threads") {
            if (!parseNonNegativeInt(value, status.threads))
                return malformedAt(fileName, cursor, "expected a thread count after \"Threads:\"");
        } else if (key == "Kthread") {
            if (value != "0" && value != "1")
                return malformedAt(fileName, cursor, "expected 0 or 1 after \"Kthread:\"");
            status.kthread = value == "1";
        } else if (SizeMember member = sizeMember(key)) {
            SizeValue size;
            bool badUnit = false;
            if (NumberError e = parseSizeValue(value, size, badUnit); e != NumberError::None || badUnit)
                return malformedAt(fileName, cursor,
                    std::string("expected ") + (badUnit ? "a size in kB" : describe(e)) + " after "
                        + quotedExcerpt(std::string(key) + ":"));
            status.*member = size.value;
        }
        status.lines.emplace_back(std::string(key), std::string(value));
    }
    if (status.lines.empty())
        return Error::malformed(std::string(fileName), 0, "expected \"Key:<tab>value\" lines, found an empty file");
    if (seen != All) {
        constexpr std::pair<unsigned, std::string_view> kNames[] = { { Name, "Name" }, { State, "State" },
            { Tgid, "Tgid" }, { Pid, "Pid" }, { PPid, "PPid" }, { Uid, "Uid" }, { Gid, "Gid" } };
        for (const auto& [bit, name] : kNames)
            if (!(seen & bit))
                return Error::malformed(
                    std::string(fileName), 0, "expected a " + quotedExcerpt(std::string(name) + ":") + " line");
    }
    return status;
}

Result<Statm> parseStatm(std::string_view bytes, std::string_view fileName)
{
    LineCursor cursor(bytes);
    std::string_view line;
    if (!cursor.next(line))
        return Error::malformed(std::string(fileName), 0, "expected seven page counts, found an empty file");
    Statm statm;
    std::uint64_t* const fields[]
        = { &statm.size, &statm.resident, &statm.shared, &statm.text, &statm.lib, &statm.data, &statm.dt };
    std::string_view rest = line;
    std::size_t found = 0;
    for (std::uint64_t* field : fields) {
        const std::string_view token = nextToken(rest);
        if (token.empty())
            return malformedAt(fileName, cursor,
                "expected seven page counts (size resident shared text lib data dt), found " + std::to_string(found));
        if (NumberError e = parseUnsigned(token, *field); e != NumberError::None)
            return malformedAt(
                fileName, cursor, std::string("expected ") + describe(e) + ", found " + quotedExcerpt(token));
        ++found;
    }
    if (!trim(rest).empty())
        return malformedAt(fileName, cursor, "expected seven page counts, found more: " + quotedExcerpt(trim(rest)));
    while (cursor.next(line))
        if (!trim(line).empty())
            return malformedAt(fileName, cursor, "expected a single line, found another");
    return statm;
}

Result<StatHead> parseStatHead(std::string_view bytes, std::string_view fileName)
{
    const std::size_t open = bytes.find('(');
    const std::size_t close = bytes.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return Error::malformed(std::string(fileName), 1, "expected \"PID (NAME) STATE PPID PGRP\"");
    StatHead head;
    std::uint64_t number = 0;
    // pid_max is at most 4194304 (PID_MAX_LIMIT); anything larger is not a pid.
    constexpr std::uint64_t kPidLimit = 4194304;
    auto parsePid = [&](std::string_view token, int& out) {
        if (parseUnsigned(token, number) != NumberError::None || number > kPidLimit)
            return false;
        out = static_cast<int>(number);
        return true;
    };
    if (!parsePid(trim(bytes.substr(0, open)), head.pid))
        return Error::malformed(std::string(fileName), 1, "expected a pid before the name");
    head.name.assign(bytes.substr(open + 1, close - open - 1));
    std::string_view rest = bytes.substr(close + 1);
    rest = rest.substr(0, rest.find('\n')); // one line; the name before may hold a newline
    const std::string_view state = nextToken(rest);
    if (state.size() != 1)
        return Error::malformed(std::string(fileName), 1, "expected a one-letter state after the name");
    head.state = state.front();
    if (!parsePid(nextToken(rest), head.ppid) || !parsePid(nextToken(rest), head.processGroup))
        return Error::malformed(
            std::string(fileName), 1, "expected the parent pid and the process group after the state");
    return head;
}

Result<ProcessStat> parseStat(std::string_view bytes, std::string_view fileName)
{
    auto head = parseStatHead(bytes, fileName);
    if (!head)
        return head.error();
    ProcessStat stat;
    stat.head = std::move(*head);
    std::string_view rest = bytes.substr(bytes.rfind(')') + 1);
    rest = rest.substr(0, rest.find('\n'));
    // The kernel prints 52 fields today; a line far longer is not a stat line.
    constexpr std::size_t kMaxFields = 256;
    for (std::string_view token = nextToken(rest); !token.empty(); token = nextToken(rest)) {
        if (stat.fields.size() == kMaxFields)
            return Error::malformed(std::string(fileName), 1, "expected at most 256 fields");
        stat.fields.emplace_back(token);
    }
    std::string why;
    auto unsignedField = [&](int number, std::optional<std::uint64_t>& out) {
        const auto text = stat.field(number);
        if (!text)
            return true;
        std::uint64_t value = 0;
        if (parseUnsigned(*text, value) != NumberError::None) {
            why = "expected a number in field " + std::to_string(number);
            return false;
        }
        out = value;
        return true;
    };
    const std::pair<int, std::optional<std::uint64_t> ProcessStat::*> kUnsigned[] = {
        { 10, &ProcessStat::minorFaults },
        { 12, &ProcessStat::majorFaults },
        { 14, &ProcessStat::userTicks },
        { 15, &ProcessStat::systemTicks },
        { 26, &ProcessStat::startCode },
        { 27, &ProcessStat::endCode },
        { 28, &ProcessStat::startStack },
        { 45, &ProcessStat::startData },
        { 46, &ProcessStat::endData },
        { 47, &ProcessStat::startBrk },
        { 48, &ProcessStat::argStart },
        { 49, &ProcessStat::argEnd },
        { 50, &ProcessStat::envStart },
        { 51, &ProcessStat::envEnd },
    };
    for (const auto& [number, member] : kUnsigned)
        if (!unsignedField(number, stat.*member))
            return Error::malformed(std::string(fileName), 1, why);
    if (const auto text = stat.field(52)) {
        std::int64_t value = 0;
        if (parseSigned(*text, value) != NumberError::None)
            return Error::malformed(std::string(fileName), 1, "expected a number in field 52 (exit_code)");
        stat.exitCode = value;
    }
    return stat;
}

Result<ProcessLimits> parseLimits(std::string_view bytes, std::string_view fileName)
{
    LineCursor cursor(bytes);
    std::string_view line;
    if (!cursor.next(line) || trim(line).substr(0, 5) != "Limit")
        return malformedAt(fileName, cursor, "expected the header \"Limit  Soft Limit  Hard Limit  Units\"");
    ProcessLimits limits;
    // A limit is a number or RLIM_INFINITY, printed as "unlimited".
    auto parseLimit = [](std::string_view token, std::optional<std::uint64_t>& out) {
        if (token == "unlimited") {
            out.reset();
            return true;
        }
        std::uint64_t value = 0;
        if (parseUnsigned(token, value) != NumberError::None)
            return false;
        out = value;
        return true;
    };
    auto isLimit = [](std::string_view token) {
        std::uint64_t value = 0;
        return token == "unlimited" || parseUnsigned(token, value) == NumberError::None;
    };
    while (cursor.next(line)) {
        if (isBlank(line))
            continue;
        // The name has spaces ("Max address space"), the values and units none; so the row is
        // read from its end: [UNITS] HARD SOFT, and the name is what precedes SOFT.
        std::vector<std::string_view> tokens;
        std::string_view rest = line;
        for (std::string_view token = nextToken(rest); !token.empty(); token = nextToken(rest))
            tokens.push_back(token);
        if (tokens.size() < 3)
            return malformedAt(fileName, cursor, "expected \"NAME SOFT HARD [UNITS]\"");
        std::size_t hardIndex = tokens.size() - 1;
        if (!isLimit(tokens[hardIndex]))
            --hardIndex; // the units
        ResourceLimit row;
        if (hardIndex < 2 || !parseLimit(tokens[hardIndex], row.hard) || !parseLimit(tokens[hardIndex - 1], row.soft))
            return malformedAt(fileName, cursor, "expected a soft and a hard limit, each a number or \"unlimited\"");
        if (hardIndex + 1 < tokens.size())
            row.units.assign(tokens.back());
        const std::string_view soft = tokens[hardIndex - 1];
        row.name.assign(trim(line.substr(0, static_cast<std::size_t>(soft.data() - line.data()))));
        limits.rows.push_back(std::move(row));
    }
    return limits;
}

Result<int> parseOomScore(std::string_view bytes, std::string_view fileName)
{
    std::int64_t value = 0;
    std::size_t line = 0;
    std::string why;
    if (!parseSingleNumber(bytes, value, line, why))
        return Error::malformed(std::string(fileName), line, why);
    if (value < 0 || value > INT_MAX)
        return Error::malformed(
            std::string(fileName), 1, "expected a score of 0 or more, found " + std::to_string(value));
    return static_cast<int>(value);
}

Result<int> parseOomScoreAdj(std::string_view bytes, std::string_view fileName)
{
    std::int64_t value = 0;
    std::size_t line = 0;
    std::string why;
    if (!parseSingleNumber(bytes, value, line, why))
        return Error::malformed(std::string(fileName), line, why);
    // OOM_SCORE_ADJ_MIN / OOM_SCORE_ADJ_MAX (include/uapi/linux/oom.h).
    if (value < -1000 || value > 1000)
        return Error::malformed(
            std::string(fileName), 1, "expected a value from -1000 to 1000, found " + std::to_string(value));
    return static_cast<int>(value);
}

Result<std::vector<std::string>> parseCmdline(std::string_view bytes, std::string_view /*fileName*/)
{
    std::vector<std::string> args;
    while (!bytes.empty()) {
        const std::size_t nul = bytes.find('\0');
        if (nul == std::string_view::npos) {
            args.emplace_back(bytes);
            break;
        }
        args.emplace_back(bytes.substr(0, nul));
        bytes.remove_prefix(nul + 1);
    }
    return args;
}

} // namespace vmscope::parse
