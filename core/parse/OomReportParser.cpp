#include "core/parse/OomReportParser.h"

#include "core/parse/ParseUtil.h"

#include <charconv>

// The report's lines, as mm/oom_kill.c, mm/memcontrol.c and mm/show_mem.c print them, are
// described where they are read. Numbers that do not fit (beyond 64 bits) or carry a sign where
// the kernel prints none are left empty, never wrapped; lines are read once each, and every
// search on a line is bounded by its length, so the work is linear in the input.
namespace vmscope::parse {
namespace {

    bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    bool isAllDigits(std::string_view s)
    {
        return consistsOf(s, isDigit);
    }

    // The kernel's names of counters and columns: lower-case letters, digits and '_'.
    bool isIdentifier(std::string_view s)
    {
        return consistsOf(s, [](char c) { return (c >= 'a' && c <= 'z') || isDigit(c) || c == '_'; });
    }

    char asciiLower(char c)
    {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }

    bool containsIgnoringCase(std::string_view haystack, std::string_view needle)
    {
        if (needle.size() > haystack.size())
            return false;
        for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
            std::size_t j = 0;
            while (j < needle.size() && asciiLower(haystack[i + j]) == asciiLower(needle[j]))
                ++j;
            if (j == needle.size())
                return true;
        }
        return false;
    }

    std::optional<std::uint64_t> unsignedOf(std::string_view s)
    {
        std::uint64_t value = 0;
        if (parseUnsigned(s, value) != NumberError::None)
            return std::nullopt;
        return value;
    }

    std::optional<std::int64_t> signedOf(std::string_view s)
    {
        std::int64_t value = 0;
        if (parseSigned(s, value) != NumberError::None)
            return std::nullopt;
        return value;
    }

    // "65152kB" (and old memcg stats' "0KB") as a number of kB.
    std::optional<std::uint64_t> kibOf(std::string_view s)
    {
        if (s.ends_with("kB") || s.ends_with("KB"))
            s.remove_suffix(2);
        return unsignedOf(s);
    }

    std::string_view trimComma(std::string_view s)
    {
        while (!s.empty() && s.back() == ',')
            s.remove_suffix(1);
        return s;
    }

    // ---- the log's own prefixes --------------------------------------------------------------

    // One message of the log, without what the reader added around it.
    struct Message {
        std::string_view text;
        std::optional<double> uptimeSeconds;
        std::string_view wallClock;
    };

    // "[  123.456789]" at the start of `s`: seconds since boot. Consumes it and one space.
    bool takeUptime(std::string_view& s, std::optional<double>& seconds)
    {
        if (s.empty() || s.front() != '[')
            return false;
        const std::size_t close = s.find(']');
        if (close == std::string_view::npos || close > 32)
            return false;
        const std::string_view inner = skipSpaces(s.substr(1, close - 1));
        const std::size_t dot = inner.find('.');
        if (dot == std::string_view::npos || !isAllDigits(inner.substr(0, dot)) || !isAllDigits(inner.substr(dot + 1)))
            return false;
        double value = 0;
        const auto [end, ec] = std::from_chars(inner.data(), inner.data() + inner.size(), value);
        if (ec == std::errc() && end == inner.data() + inner.size())
            seconds = value;
        s.remove_prefix(close + 1);
        if (!s.empty() && s.front() == ' ')
            s.remove_prefix(1);
        // CONFIG_PRINTK_CALLER adds "[  T123]" or "[    C1]" after the time.
        if (s.size() > 2 && s.front() == '[') {
            const std::size_t end2 = s.find(']');
            const std::string_view caller
                = end2 == std::string_view::npos ? std::string_view() : skipSpaces(s.substr(1, end2 - 1));
            if (caller.size() > 1 && (caller.front() == 'T' || caller.front() == 'C')
                && isAllDigits(caller.substr(1))) {
                s.remove_prefix(end2 + 1);
                if (!s.empty() && s.front() == ' ')
                    s.remove_prefix(1);
            }
        }
        return true;
    }

    // dmesg -T: "[Thu Dec  3 05:00:00 2026]".
    bool takeDmesgWallClock(std::string_view& s, std::string_view& wallClock)
    {
        if (s.size() < 5 || s.front() != '[' || !(s[1] >= 'A' && s[1] <= 'Z') || s[4] != ' ')
            return false;
        const std::size_t close = s.find(']');
        if (close == std::string_view::npos || close > 40 || s.substr(1, close - 1).find(':') == std::string_view::npos)
            return false;
        wallClock = s.substr(1, close - 1);
        s.remove_prefix(close + 1);
        if (!s.empty() && s.front() == ' ')
            s.remove_prefix(1);
        return true;
    }

    bool isMonth(std::string_view s)
    {
        constexpr std::string_view kMonths[]
            = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        for (std::string_view m : kMonths)
            if (s == m)
                return true;
        return false;
    }

    // "hh:mm:ss" with optional fractional seconds (journalctl -o short-precise).
    bool isClock(std::string_view s)
    {
        if (s.size() < 8 || s[2] != ':' || s[5] != ':')
            return false;
        if (!isAllDigits(s.substr(0, 2)) || !isAllDigits(s.substr(3, 2)) || !isAllDigits(s.substr(6, 2)))
            return false;
        return s.size() == 8 || (s[8] == '.' && isAllDigits(s.substr(9)));
    }

    // The time syslog and journalctl put first: "Dec  1 10:00:00" or ISO 8601
    // "2026-12-01T10:00:00.123456+01:00". Returns its length, 0 when `s` does not start with one.
    std::size_t syslogTimeLength(std::string_view s)
    {
        std::string_view rest = s;
        const std::string_view first = nextToken(rest);
        if (isMonth(first)) {
            const std::string_view day = nextToken(rest);
            const std::string_view clock = nextToken(rest);
            if (day.empty() || day.size() > 2 || !isAllDigits(day) || !isClock(clock))
                return 0;
            return static_cast<std::size_t>(clock.data() + clock.size() - s.data());
        }
        if (first.size() >= 19 && isAllDigits(first.substr(0, 4)) && first[4] == '-' && first[7] == '-'
            && first[10] == 'T' && isAllDigits(first.substr(5, 2)) && isAllDigits(first.substr(8, 2)))
            return first.size();
        return 0;
    }

    // "HOST kernel: " after a syslog time (or journalctl -o short-monotonic's "[  12.3] HOST
    // kernel: "). Consumes it; false when the message is not the kernel's.
    bool takeHostKernel(std::string_view& s)
    {
        std::string_view rest = s;
        const std::string_view host = nextToken(rest);
        const std::string_view program = nextToken(rest);
        if (host.empty() || program != "kernel:")
            return false;
        if (!rest.empty() && rest.front() == ' ')
            rest.remove_prefix(1);
        s = rest;
        return true;
    }

    enum class LineKind {
        Message, // a message (`Message` filled)
        KmsgRecord, // a /dev/kmsg record (its text still escaped)
        Skip, // not a kernel message (another program's syslog line)
    };

    // "prio,seq,usec,flags;text" (Documentation/ABI/testing/dev-kmsg): three decimal numbers,
    // then flags and perhaps further fields up to ';'.
    bool splitKmsgRecord(std::string_view line, std::string_view& text, std::optional<double>& seconds)
    {
        std::size_t pos = 0;
        std::string_view fields[3];
        for (std::string_view& field : fields) {
            const std::size_t start = pos;
            while (pos < line.size() && pos - start < 24 && isDigit(line[pos]))
                ++pos;
            if (pos == start || pos >= line.size() || line[pos] != ',')
                return false;
            field = line.substr(start, pos - start);
            ++pos;
        }
        const std::size_t semicolon = line.find(';', pos);
        if (semicolon == std::string_view::npos || semicolon - pos > 64)
            return false;
        for (std::size_t i = pos; i < semicolon; ++i)
            if (isSpace(line[i]))
                return false;
        if (const auto usec = unsignedOf(fields[2]))
            seconds = static_cast<double>(*usec) / 1e6;
        text = line.substr(semicolon + 1);
        return true;
    }

    LineKind classifyLine(std::string_view line, Message& message)
    {
        std::string_view s = line;
        // "<6>" as the console and dmesg -r print the level.
        if (s.size() > 2 && s.front() == '<') {
            const std::size_t close = s.find('>');
            if (close != std::string_view::npos && close < 5 && isAllDigits(s.substr(1, close - 1)))
                s.remove_prefix(close + 1);
        }
        if (splitKmsgRecord(s, message.text, message.uptimeSeconds))
            return LineKind::KmsgRecord;
        if (const std::size_t timeLength = syslogTimeLength(s)) {
            message.wallClock = s.substr(0, timeLength);
            s.remove_prefix(timeLength);
            if (!takeHostKernel(s))
                return LineKind::Skip;
            takeUptime(s, message.uptimeSeconds);
        } else if (takeUptime(s, message.uptimeSeconds)) {
            takeHostKernel(s);
        } else {
            takeDmesgWallClock(s, message.wallClock);
        }
        message.text = s;
        return LineKind::Message;
    }

    // /dev/kmsg escapes what is not printable, and the backslash, as "\xNN" (kernel/printk
    // msg_add_ext_text); only those escapes are undone, so "\x41" stays as it was written.
    bool isKmsgEscaped(unsigned char c)
    {
        return c < ' ' || c >= 0x7f || c == '\\';
    }

    std::string unescapeKmsg(std::string_view text)
    {
        std::string out;
        out.reserve(text.size());
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\\' && i + 3 < text.size() && text[i + 1] == 'x') {
                const int high = hexDigitValue(text[i + 2]);
                const int low = hexDigitValue(text[i + 3]);
                if (high >= 0 && low >= 0 && isKmsgEscaped(static_cast<unsigned char>(high * 16 + low))) {
                    out.push_back(static_cast<char>(high * 16 + low));
                    i += 3;
                    continue;
                }
            }
            out.push_back(text[i]);
        }
        return out;
    }

    // " SUBSYSTEM=..." after a /dev/kmsg record: the record's dictionary, not a message.
    bool isKmsgDictionaryLine(std::string_view line)
    {
        if (line.size() < 3 || line.front() != ' ')
            return false;
        const std::size_t equals = line.find('=');
        return equals != std::string_view::npos && consistsOf(line.substr(1, equals - 1), [](char c) {
            return (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
        });
    }

    // ---- the report's lines -----------------------------------------------------------------

    constexpr std::string_view kInvoked = " invoked oom-killer:";
    constexpr std::string_view kKilled = "Killed process ";
    constexpr std::string_view kReaped = "oom_reaper: reaped process ";

    // "PID (NAME)" and what follows, as the victim and reaper lines print a process.
    struct ProcessPhrase {
        std::optional<std::uint64_t> pid;
        std::string name;
        std::string_view rest;
    };

    // The name is up to the last ')': every suffix the kernel prints after it is free of ')',
    // while a comm may hold one.
    bool parseProcessPhrase(std::string_view s, ProcessPhrase& out)
    {
        std::string_view rest = s;
        const std::string_view pid = nextToken(rest);
        if (!isAllDigits(pid) || rest.size() < 3 || rest.substr(0, 2) != " (")
            return false;
        const std::size_t close = rest.rfind(')');
        if (close == std::string_view::npos || close < 2)
            return false;
        out.pid = unsignedOf(pid);
        out.name = std::string(rest.substr(2, close - 2));
        out.rest = rest.substr(close + 1);
        return true;
    }

    // Where "Killed process"/"Kill process" stands in a line, with what came before it: nothing,
    // or "Out of memory: ", "Memory cgroup out of memory: ", "Out of Memory: " (2.6).
    std::optional<std::size_t> findProcessAction(
        std::string_view text, std::string_view action, std::string_view& context)
    {
        const std::size_t at = text.find(action);
        if (at == std::string_view::npos)
            return std::nullopt;
        if (at == 0) {
            context = {};
            return at;
        }
        if (at < 2 || text.substr(at - 2, 2) != ": " || !containsIgnoringCase(text.substr(0, at), "out of memory"))
            return std::nullopt;
        context = text.substr(0, at - 2);
        return at;
    }

    // Calls field(key, value) for every "key:value" token of `s` ("total-vm:68268kB,"): the comma
    // after a token is dropped, tokens without a key and a colon are passed over.
    template <class Field> void forEachColonField(std::string_view s, Field&& field)
    {
        while (true) {
            const std::string_view raw = nextToken(s);
            if (raw.empty())
                return;
            const std::string_view token = trimComma(raw);
            const std::size_t colon = token.find(':');
            if (colon != std::string_view::npos && colon > 0)
                field(token.substr(0, colon), token.substr(colon + 1));
        }
    }

    // "total-vm:68268kB, anon-rss:65152kB, ..., UID:0 pgtables:172kB oom_score_adj:0".
    void readVictimFields(std::string_view rest, OomVictim& victim)
    {
        forEachColonField(rest, [&](std::string_view key, std::string_view value) {
            if (key == "total-vm")
                victim.totalVmKb = kibOf(value);
            else if (key == "anon-rss")
                victim.anonRssKb = kibOf(value);
            else if (key == "file-rss")
                victim.fileRssKb = kibOf(value);
            else if (key == "shmem-rss")
                victim.shmemRssKb = kibOf(value);
            else if (key == "UID")
                victim.uid = unsignedOf(value);
            else if (key == "pgtables")
                victim.pgtablesKb = kibOf(value);
            else if (key == "oom_score_adj")
                victim.oomScoreAdj = signedOf(value);
            else
                victim.other.emplace_back(std::string(key), std::string(value));
        });
    }

    // "NAME invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0".
    void readTrigger(std::string_view text, std::size_t invokedAt, OomTrigger& trigger)
    {
        const std::string_view name = skipSpaces(text.substr(0, invokedAt));
        if (!name.empty())
            trigger.name = std::string(name);
        std::string_view rest = text.substr(invokedAt + kInvoked.size());
        while (!rest.empty()) {
            const std::size_t comma = rest.find(", ");
            const std::string_view field = trim(rest.substr(0, comma));
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
            const std::size_t equals = field.find('=');
            if (equals == std::string_view::npos || equals == 0)
                continue;
            const std::string_view key = field.substr(0, equals);
            const std::string_view value = field.substr(equals + 1);
            if (key == "gfp_mask")
                trigger.gfpMask = std::string(value);
            else if (key == "order")
                trigger.order = signedOf(value);
            else if (key == "oom_score_adj")
                trigger.oomScoreAdj = signedOf(value);
            else if (key == "oom_adj")
                trigger.oomAdj = signedOf(value);
            else
                trigger.other.emplace_back(std::string(key), std::string(value));
        }
    }

    // The dump_stack header: "CPU: 1 UID: 0 PID: 25723 Comm: hog ..." (or "CPU: 0 PID: ..."),
    // 2.6/3.x "Pid: 2148, comm: oom2 Not tainted ...".
    std::optional<std::uint64_t> dumpStackPid(std::string_view text)
    {
        std::string_view after;
        if (text.starts_with("CPU:")) {
            const std::size_t at = text.find(" PID: ");
            if (at == std::string_view::npos)
                return std::nullopt;
            after = text.substr(at + 6);
        } else if (text.starts_with("Pid: ")) {
            after = text.substr(5);
        } else {
            return std::nullopt;
        }
        std::size_t digits = 0;
        while (digits < after.size() && isDigit(after[digits]))
            ++digits;
        return unsignedOf(after.substr(0, digits));
    }

    // "constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,...": a value ends
    // where ",name=" begins (a node list such as "0,2-3" holds commas but no '=').
    void splitSummaryFields(std::string_view s, OomTextFields& out)
    {
        while (!s.empty()) {
            const std::size_t equals = s.find('=');
            if (equals == std::string_view::npos)
                return;
            const std::string_view key = s.substr(0, equals);
            std::size_t end = equals + 1;
            while (true) {
                end = s.find(',', end);
                if (end == std::string_view::npos)
                    break;
                std::size_t j = end + 1;
                while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || s[j] == '_'))
                    ++j;
                if (j > end + 1 && j < s.size() && s[j] == '=')
                    break;
                ++end;
            }
            const std::string_view value = s.substr(equals + 1, end == std::string_view::npos ? end : end - equals - 1);
            out.emplace_back(std::string(key), std::string(value));
            if (end == std::string_view::npos)
                return;
            s.remove_prefix(end + 1);
        }
    }

    // "oom-kill:constraint=...,task_memcg=/ceotest,task=hog,pid=25723,uid=0" (4.19+). The victim's
    // name, pid and uid end the line and are read from its end, as a cgroup path may hold anything.
    void readSummary(std::string_view body, OomKillSummary& summary)
    {
        const std::size_t uidAt = body.rfind(",uid=");
        const std::size_t pidAt = uidAt == std::string_view::npos ? body.rfind(",pid=") : body.rfind(",pid=", uidAt);
        const std::size_t taskAt
            = pidAt == std::string_view::npos ? std::string_view::npos : body.rfind(",task=", pidAt);
        std::string_view head = body;
        if (taskAt != std::string_view::npos) {
            summary.task = std::string(body.substr(taskAt + 6, pidAt - taskAt - 6));
            const std::size_t pidEnd = uidAt == std::string_view::npos ? body.size() : uidAt;
            summary.pid = unsignedOf(body.substr(pidAt + 5, pidEnd - pidAt - 5));
            if (uidAt != std::string_view::npos)
                summary.uid = unsignedOf(body.substr(uidAt + 5));
            head = body.substr(0, taskAt);
        }
        OomTextFields fields;
        splitSummaryFields(head, fields);
        for (auto& [key, value] : fields) {
            std::optional<std::string>* known = nullptr;
            if (key == "constraint")
                known = &summary.constraint;
            else if (key == "nodemask")
                known = &summary.nodemask;
            else if (key == "cpuset")
                known = &summary.cpuset;
            else if (key == "mems_allowed")
                known = &summary.memsAllowed;
            else if (key == "oom_memcg")
                known = &summary.oomMemcg;
            else if (key == "task_memcg")
                known = &summary.taskMemcg;
            else if (key == "task" && !summary.task)
                known = &summary.task;
            if (known)
                *known = std::move(value);
            else if (key == "pid" && !summary.pid)
                summary.pid = unsignedOf(value);
            else if (key == "uid" && !summary.uid)
                summary.uid = unsignedOf(value);
            else
                summary.other.emplace_back(std::move(key), std::move(value));
        }
    }

    // "memory: usage 65536kB, limit 65536kB, failcnt 19" (mem_cgroup_print_oom_meminfo).
    bool readMemcgCounter(std::string_view text, OomMemcg& memcg)
    {
        std::string_view rest = text;
        std::string_view name = nextToken(rest);
        std::string_view probe = rest;
        if (name.size() < 2 || name.back() != ':' || nextToken(probe) != "usage")
            return false;
        name.remove_suffix(1);
        OomMemcgCounter counter;
        counter.name = std::string(name);
        while (true) {
            const std::string_view key = nextToken(rest);
            const std::string_view value = trimComma(nextToken(rest));
            if (key.empty() || value.empty())
                break;
            if (key == "usage")
                counter.usageKb = kibOf(value);
            else if (key == "limit")
                counter.limitKb = kibOf(value);
            else if (key == "failcnt")
                counter.failcnt = unsignedOf(value);
        }
        memcg.counters.push_back(std::move(counter));
        return true;
    }

    // "cache:0KB rss:102400KB ..." on the stats line itself (before 4.x's one line per stat).
    void readOneLineMemcgStats(std::string_view rest, OomMemcg& memcg)
    {
        forEachColonField(rest, [&](std::string_view name, std::string_view value) {
            const bool kB = value.ends_with("KB") || value.ends_with("kB");
            if (!isIdentifier(name))
                return;
            if (const auto number = kB ? kibOf(value) : unsignedOf(value))
                memcg.stats.push_back({ std::string(name), *number, kB });
        });
    }

    // A Mem-Info summary line: only "name:count" tokens ("active_anon:56156 inactive_anon:56199").
    // Zone and node lines ("Node 0 DMA free:15360kB ..."), the per-cpu lines of 3.x and the
    // page totals do not have that shape and are passed over.
    void readMemInfoLine(std::string_view text, CounterList& memInfo)
    {
        std::string_view rest = text;
        CounterList found;
        while (true) {
            const std::string_view token = nextToken(rest);
            if (token.empty())
                break;
            const std::size_t colon = token.find(':');
            if (colon == std::string_view::npos || !isIdentifier(token.substr(0, colon))
                || !isAllDigits(token.substr(colon + 1)))
                return;
            if (const auto value = unsignedOf(token.substr(colon + 1)))
                found.emplace_back(std::string(token.substr(0, colon)), *value);
        }
        for (auto& counter : found)
            memInfo.push_back(std::move(counter));
    }

    // "[  pid  ]" of the header, "[  25723]" of a row: the bracket's content and what follows.
    bool splitBracket(std::string_view text, std::string_view& inner, std::string_view& rest)
    {
        if (text.empty() || text.front() != '[')
            return false;
        const std::size_t close = text.find(']');
        if (close == std::string_view::npos)
            return false;
        inner = trim(text.substr(1, close - 1));
        rest = text.substr(close + 1);
        return true;
    }

    bool isSignedColumn(std::string_view column)
    {
        return column == "oom_score_adj" || column == "oom_adj" || column == "oomkilladj";
    }

    void readTaskRow(std::string_view pid, std::string_view rest, OomTaskTable& table)
    {
        OomTask task;
        task.values.resize(table.columns.size());
        task.values[0] = signedOf(pid); // digits only: never negative
        for (std::size_t i = 1; i < table.columns.size(); ++i) {
            if (i + 1 == table.columns.size() && table.columns[i] == "name") {
                task.name = std::string(trim(rest));
                break;
            }
            const std::string_view token = nextToken(rest);
            if (token.empty())
                break;
            if (isSignedColumn(table.columns[i]))
                task.values[i] = signedOf(token);
            else if (isAllDigits(token))
                task.values[i] = signedOf(token); // empty beyond 2^63: no page count is that large
        }
        table.rows.push_back(std::move(task));
    }

    enum class Section { None, Trace, MemInfo, MemcgStats, Tasks };

    class ReportBuilder {
    public:
        std::vector<OomReport> takeReports() { return std::move(m_reports); }

        void add(std::string_view text, const Message& message)
        {
            if (const std::size_t invokedAt = text.find(kInvoked); invokedAt != std::string_view::npos) {
                OomReport& report = start(text, message);
                readTrigger(text, invokedAt, report.trigger);
                return;
            }
            std::string_view context;
            if (const auto at = findProcessAction(text, kKilled, context)) {
                ProcessPhrase process;
                if (parseProcessPhrase(text.substr(*at + kKilled.size()), process)) {
                    killed(text, message, context, process);
                    return;
                }
            }
            if (const auto at = findScoreAction(text, context)) {
                ProcessPhrase process;
                if (parseProcessPhrase(text.substr(*at), process) && process.rest.starts_with(" score ")) {
                    scored(text, message, context, process);
                    return;
                }
            }
            if (text.starts_with(kReaped)) {
                reaped(text);
                return;
            }
            if (!m_open)
                return;
            OomReport& report = m_reports.back();
            report.lines.emplace_back(text);
            readReportLine(report, trim(text), text);
        }

    private:
        OomReport& start(std::string_view text, const Message& message)
        {
            m_reports.emplace_back();
            m_open = true;
            m_section = Section::None;
            OomReport& report = m_reports.back();
            report.uptimeSeconds = message.uptimeSeconds;
            if (!message.wallClock.empty())
                report.wallClock = std::string(message.wallClock);
            report.lines.emplace_back(text);
            return report;
        }

        // The open report, or a new one for a log whose report has no trigger line (2.6) or
        // was cut before it.
        OomReport& openOrStart(std::string_view text, const Message& message)
        {
            if (!m_open)
                return start(text, message);
            OomReport& report = m_reports.back();
            report.lines.emplace_back(text);
            return report;
        }

        // "Kill process N (name) score S or sacrifice child" (2.6 to 4.x; 2.6 "kill process N
        // (name) score S or a child"): the selected task, before "Killed process".
        static std::optional<std::size_t> findScoreAction(std::string_view text, std::string_view& context)
        {
            for (std::string_view action : { std::string_view("Kill process "), std::string_view("kill process ") })
                if (const auto at = findProcessAction(text, action, context))
                    return *at + action.size();
            return std::nullopt;
        }

        void scored(
            std::string_view text, const Message& message, std::string_view context, const ProcessPhrase& process)
        {
            OomReport& report = openOrStart(text, message);
            m_section = Section::None;
            OomVictim& victim = report.victim ? *report.victim : report.victim.emplace();
            victim.pid = process.pid;
            victim.name = process.name;
            std::string_view rest = process.rest.substr(7); // " score "
            victim.score = unsignedOf(nextToken(rest));
            if (!context.empty())
                victim.context = std::string(context);
        }

        void killed(
            std::string_view text, const Message& message, std::string_view context, const ProcessPhrase& process)
        {
            OomReport& report = openOrStart(text, message);
            OomVictim& victim = report.victim ? *report.victim : report.victim.emplace();
            if (victim.score && victim.pid != process.pid)
                victim.scoredPid = victim.pid;
            victim.pid = process.pid;
            victim.name = process.name;
            if (!context.empty())
                victim.context = std::string(context);
            std::string_view rest = process.rest;
            if (!rest.empty() && rest.front() == '.') // 2.6: "Killed process 3412 (oom2)."
                rest.remove_prefix(1);
            readVictimFields(trimComma(rest), victim);
            report.complete = true;
            m_open = false;
            m_section = Section::None;
        }

        // "oom_reaper: reaped process 25723 (hog), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB":
        // belongs to the last report when it names that report's victim. Only the last one is
        // looked at, so a log of many reaper lines costs no more than their number.
        void reaped(std::string_view text)
        {
            ProcessPhrase process;
            if (m_reports.empty() || !parseProcessPhrase(text.substr(kReaped.size()), process))
                return;
            OomReport& report = m_reports.back();
            if (!report.victim || report.victim->pid != process.pid || report.reaped || !process.pid)
                return;
            report.lines.emplace_back(text);
            OomReaped& reaped = report.reaped.emplace();
            reaped.pid = process.pid;
            reaped.name = process.name;
            forEachColonField(process.rest, [&](std::string_view key, std::string_view value) {
                if (key == "anon-rss")
                    reaped.anonRssKb = kibOf(value);
                else if (key == "file-rss")
                    reaped.fileRssKb = kibOf(value);
                else if (key == "shmem-rss")
                    reaped.shmemRssKb = kibOf(value);
            });
        }

        // A line of an open report that is neither its start nor its victim. The markers of the
        // report's parts come first; lines between them belong to the part they opened, and a
        // line of another message that came in between is kept in `lines` and nowhere else.
        void readReportLine(OomReport& report, std::string_view text, std::string_view untrimmed)
        {
            if (text.starts_with("Out of memory and no killable processes")) {
                report.complete = true;
                m_open = false;
                return;
            }
            if (text.starts_with("oom-kill:")) {
                readSummary(text.substr(9), report.summary);
                m_section = Section::None;
                return;
            }
            if (!report.trigger.pid && m_section == Section::None && report.callTrace.empty()) {
                if (const auto pid = dumpStackPid(text)) {
                    report.trigger.pid = pid;
                    return;
                }
            }
            if (text == "Call Trace:" || text == "Backtrace:") {
                m_section = Section::Trace;
                report.callTrace.emplace_back(untrimmed);
                return;
            }
            if (text == "Mem-Info:" || text == "Mem-info:") {
                m_section = Section::MemInfo;
                return;
            }
            if (text.starts_with("Memory cgroup stats for ")) {
                readMemcgStatsHeader(report, text.substr(24));
                return;
            }
            if (text.starts_with("Task in ")) {
                constexpr std::string_view kLimitOf = " killed as a result of limit of ";
                if (const std::size_t at = text.find(kLimitOf); at != std::string_view::npos) {
                    report.memcg.taskIn = std::string(text.substr(8, at - 8));
                    report.memcg.limitOf = std::string(text.substr(at + kLimitOf.size()));
                }
                m_section = Section::None;
                return;
            }
            if (readMemcgCounter(text, report.memcg)) {
                m_section = Section::None;
                return;
            }
            if (text.starts_with("Tasks state")) {
                m_section = Section::None;
                return;
            }
            std::string_view inner;
            std::string_view rest;
            if (splitBracket(text, inner, rest)) {
                if (inner == "pid") {
                    if (report.tasks.columns.empty()) {
                        report.tasks.columns.emplace_back("pid");
                        while (true) {
                            const std::string_view column = nextToken(rest);
                            if (column.empty())
                                break;
                            report.tasks.columns.emplace_back(column);
                        }
                    }
                    m_section = Section::Tasks;
                    return;
                }
                if (m_section == Section::Tasks && isAllDigits(inner)) {
                    readTaskRow(inner, rest, report.tasks);
                    return;
                }
                if (inner.starts_with("<") && (m_section == Section::None || m_section == Section::Trace)) {
                    m_section = Section::Trace; // ARM: "[<c001563c>] (unwind_backtrace+0x0/0xf4) from ..."
                    report.callTrace.emplace_back(untrimmed);
                    return;
                }
            }
            switch (m_section) {
            case Section::Trace:
                report.callTrace.emplace_back(untrimmed);
                if (text == "</TASK>")
                    m_section = Section::None;
                break;
            case Section::MemInfo:
                readMemInfoLine(text, report.memInfo);
                break;
            case Section::MemcgStats:
                readMemcgStatLine(report, text);
                break;
            case Section::None:
            case Section::Tasks:
                break;
            }
        }

        // "Memory cgroup stats for /ceotest:" then "name value" lines (4.x+), or older kernels'
        // "Memory cgroup stats for /a: cache:0KB rss:..." on one line. Before 4.19 a hierarchy
        // prints one such block per cgroup; the first is the one that hit its limit, and only
        // its statistics are kept.
        void readMemcgStatsHeader(OomReport& report, std::string_view rest)
        {
            m_section = Section::None;
            if (report.memcg.statsFor)
                return;
            if (rest.ends_with(':')) {
                report.memcg.statsFor = std::string(rest.substr(0, rest.size() - 1));
                m_section = Section::MemcgStats;
                return;
            }
            const std::size_t colon = rest.find(": ");
            report.memcg.statsFor = std::string(rest.substr(0, colon));
            if (colon != std::string_view::npos)
                readOneLineMemcgStats(rest.substr(colon + 2), report.memcg);
        }

        static void readMemcgStatLine(OomReport& report, std::string_view text)
        {
            std::string_view rest = text;
            const std::string_view name = nextToken(rest);
            const std::string_view value = nextToken(rest);
            if (!isIdentifier(name) || !trim(rest).empty())
                return;
            if (const auto number = unsignedOf(value))
                report.memcg.stats.push_back({ std::string(name), *number, false });
        }

        std::vector<OomReport> m_reports;
        bool m_open = false;
        Section m_section = Section::None;
    };

} // namespace

std::vector<OomReport> parseOomReports(std::string_view bytes)
{
    ReportBuilder builder;
    LineCursor cursor(bytes);
    std::string_view line;
    bool afterKmsgRecord = false;
    std::string unescaped;
    while (cursor.next(line)) {
        line = line.substr(0, kOomLogMaxLineBytes);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (afterKmsgRecord && isKmsgDictionaryLine(line))
            continue;
        Message message;
        const LineKind kind = classifyLine(line, message);
        afterKmsgRecord = kind == LineKind::KmsgRecord;
        if (kind == LineKind::Skip)
            continue;
        if (kind == LineKind::Message) {
            builder.add(message.text, message);
            continue;
        }
        // A record is one message, which may span lines: its newlines arrive escaped.
        unescaped = unescapeKmsg(message.text);
        std::string_view text = unescaped;
        while (true) {
            const std::size_t newline = text.find('\n');
            builder.add(text.substr(0, newline), message);
            if (newline == std::string_view::npos)
                break;
            text.remove_prefix(newline + 1);
        }
    }
    return builder.takeReports();
}

} // namespace vmscope::parse
