// vmscope-cli oom-report [FILE|-]: the OOM-killer reports of a kernel log, from FILE, standard
// input, or the live /dev/kmsg (read without waiting for new messages). It reads no /proc file
// and ignores --proc-root. The report is parsed by core (parse/OomReportParser.h), the same
// values the GUI shows; every string from the log goes through escapeForDisplay in text and CSV.
#include "Cli.h"

#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/format/TextTable.h"
#include "core/io/FileReader.h"
#include "core/io/KernelLogReader.h"
#include "core/io/ReadLimits.h"
#include "core/parse/OomReportParser.h"

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace vmscope::cli {
namespace {

    constexpr const char* kKmsg = "/dev/kmsg";

    std::string logName(const std::vector<std::string>& args)
    {
        return args.empty() ? kKmsg : args.front() == "-" ? "standard input" : args.front();
    }

    // The log's bytes, or the exit code after the error was said on stderr.
    std::optional<std::string> readLog(Context& context, const std::vector<std::string>& args, int& exitCode)
    {
        const std::size_t maxBytes = ReadLimits {}.maxKernelLogBytes;
        const bool fromStdin = !args.empty() && args.front() == "-";
        const std::string name = logName(args);
        // --privileged: the root helper reads /dev/kmsg (without waiting, as readKernelLog does).
        Result<std::string> bytes = args.empty() && context.dev ? context.dev->read("kmsg")
            : args.empty()                                      ? readKernelLog(kKmsg, maxBytes)
            : fromStdin                          ? readUntilEnd(STDIN_FILENO, name, maxBytes)
                                                 : readWholeFile(name, false, name, maxBytes);
        if (bytes)
            return std::move(bytes).value();
        const Error& error = bytes.error();
        if (args.empty() && error.kind == ErrorKind::PermissionDenied) {
            context.err += std::string("vmscope-cli: permission denied reading the kernel log ") + kKmsg
                + ": it needs root (or CAP_SYSLOG), or kernel.dmesg_restrict=0 (sysctl -w kernel.dmesg_restrict=0);"
                  " or give a saved log: vmscope-cli oom-report FILE\n";
            exitCode = kExitCannotRead;
        } else if (!args.empty() && error.errnoValue == EFBIG) {
            context.err += "vmscope-cli: " + escapeForDisplay(name) + " is larger than " + describeReadCap(maxBytes)
                + ": give the part of the log that holds the report (tail -c 100M FILE | vmscope-cli oom-report "
                  "-)\n";
            exitCode = kExitCannotRead;
        } else {
            exitCode = fail(context, error);
        }
        return std::nullopt;
    }

    std::string number(std::uint64_t value)
    {
        return std::to_string(value);
    }
    std::string number(std::int64_t value)
    {
        return std::to_string(value);
    }

    // ---- JSON -------------------------------------------------------------------------------

    template <class T> void optionalField(JsonWriter& json, std::string_view key, const std::optional<T>& value)
    {
        if (value)
            json.field(key, *value);
    }

    void otherFields(JsonWriter& json, const OomTextFields& fields)
    {
        if (fields.empty())
            return;
        json.key("other");
        json.beginObject();
        for (const auto& [key, value] : fields)
            json.field(key, value);
        json.endObject();
    }

    void stringArray(JsonWriter& json, std::string_view key, const std::vector<std::string>& lines)
    {
        json.key(key);
        json.beginArray();
        for (const std::string& line : lines)
            json.value(line);
        json.endArray();
    }

    template <class T> struct Field {
        std::string_view key;
        const std::optional<T>& value;
    };
    template <class T> Field<T> field(std::string_view key, const std::optional<T>& value)
    {
        return { key, value };
    }

    // An object of the fields the kernel printed (and the unknown ones under "other"); left out,
    // like a key, when it printed none of them.
    template <class... T>
    void writeObject(JsonWriter& json, std::string_view key, const OomTextFields& other, const Field<T>&... fields)
    {
        if (!(fields.value.has_value() || ...) && other.empty())
            return;
        json.key(key);
        json.beginObject();
        (optionalField(json, fields.key, fields.value), ...);
        otherFields(json, other);
        json.endObject();
    }

    void writeMemcg(JsonWriter& json, const OomMemcg& memcg)
    {
        if (!memcg.counters.empty()) {
            json.key("memcg_counters");
            json.beginObject();
            for (const OomMemcgCounter& c : memcg.counters) {
                json.key(c.name);
                json.beginObject();
                optionalField(json, "usage", c.usageKb);
                optionalField(json, "limit", c.limitKb);
                optionalField(json, "failcnt", c.failcnt);
                json.endObject();
            }
            json.endObject();
        }
        optionalField(json, "memcg_stats_for", memcg.statsFor);
        optionalField(json, "memcg_task_in", memcg.taskIn);
        // Values as printed: bytes and counts, or kB in the one-line form of older kernels.
        for (const bool kB : { false, true }) {
            bool open = false;
            for (const OomMemcgStat& stat : memcg.stats) {
                if (stat.kB != kB)
                    continue;
                if (!open) {
                    json.key(kB ? "memcg_stats_kb" : "memcg_stats");
                    json.beginObject();
                    open = true;
                }
                json.field(stat.name, stat.value);
            }
            if (open)
                json.endObject();
        }
    }

    void writeTasks(JsonWriter& json, const OomTaskTable& tasks)
    {
        if (tasks.columns.empty())
            return;
        stringArray(json, "task_columns", tasks.columns);
        json.key("tasks");
        json.beginArray();
        for (const OomTask& task : tasks.rows) {
            json.beginObject();
            for (std::size_t i = 0; i < tasks.columns.size(); ++i) {
                if (i + 1 == tasks.columns.size() && tasks.columns[i] == "name")
                    json.field("name", task.name);
                else if (i < task.values.size() && task.values[i])
                    json.field(tasks.columns[i], *task.values[i]);
            }
            json.endObject();
        }
        json.endArray();
    }

    void writeJson(Context& context, const std::vector<OomReport>& reports)
    {
        JsonWriter json(context.out);
        json.beginObject();
        json.key("reports");
        json.beginArray();
        for (const OomReport& r : reports) {
            json.beginObject();
            if (r.uptimeSeconds) {
                json.key("uptime");
                json.fixedValue(*r.uptimeSeconds, 6);
            }
            optionalField(json, "wall_clock", r.wallClock);
            json.field("complete", r.complete);
            const OomTrigger& t = r.trigger;
            writeObject(json, "trigger", t.other, field("name", t.name), field("pid", t.pid),
                field("gfp_mask", t.gfpMask), field("order", t.order), field("oom_score_adj", t.oomScoreAdj),
                field("oom_adj", t.oomAdj));
            optionalField(json, "constraint", r.summary.constraint);
            optionalField(json, "memcg", r.memcgName());
            const OomKillSummary& s = r.summary;
            writeObject(json, "oom_kill", s.other, field("constraint", s.constraint), field("nodemask", s.nodemask),
                field("cpuset", s.cpuset), field("mems_allowed", s.memsAllowed), field("oom_memcg", s.oomMemcg),
                field("task_memcg", s.taskMemcg), field("task", s.task), field("pid", s.pid), field("uid", s.uid));
            writeMemcg(json, r.memcg);
            if (!r.memInfo.empty()) {
                json.key("mem_info");
                json.beginObject();
                for (const auto& [name, value] : r.memInfo)
                    json.field(name, value);
                json.endObject();
            }
            writeTasks(json, r.tasks);
            if (r.victim) {
                const OomVictim& v = *r.victim;
                writeObject(json, "victim", v.other, field("pid", v.pid), field("name", v.name),
                    field("total_vm", v.totalVmKb), field("anon_rss", v.anonRssKb), field("file_rss", v.fileRssKb),
                    field("shmem_rss", v.shmemRssKb), field("uid", v.uid), field("pgtables", v.pgtablesKb),
                    field("oom_score_adj", v.oomScoreAdj), field("score", v.score), field("scored_pid", v.scoredPid),
                    field("context", v.context));
            }
            if (r.reaped)
                writeObject(json, "reaped", {}, field("pid", r.reaped->pid), field("name", r.reaped->name),
                    field("anon_rss", r.reaped->anonRssKb), field("file_rss", r.reaped->fileRssKb),
                    field("shmem_rss", r.reaped->shmemRssKb));
            stringArray(json, "call_trace", r.callTrace);
            stringArray(json, "lines", r.lines);
            json.endObject();
            flushIfLarge(context);
        }
        json.endArray();
        json.endObject();
        context.out += '\n';
    }

    // ---- text and CSV -----------------------------------------------------------------------

    // "key value, key value" of the fields that were printed.
    struct Parts {
        std::string text;
        void add(std::string_view label, const std::string& value)
        {
            text += text.empty() ? "" : ", ";
            text.append(label).append(" ").append(value);
        }
        template <class T> void add(std::string_view label, const std::optional<T>& value)
        {
            if (value)
                add(label, number(*value));
        }
    };

    std::string sizeText(const Context& context, const std::optional<std::uint64_t>& kib)
    {
        return sizeCell(context, *kib) + (context.human ? "" : " kB");
    }

    void addSize(Parts& parts, const Context& context, std::string_view label, const std::optional<std::uint64_t>& kib)
    {
        if (kib)
            parts.add(label, sizeText(context, kib));
    }

    // One "  label       value" line; the value is text from the log, escaped here.
    void line(Context& context, std::string_view label, const std::string& value)
    {
        if (value.empty())
            return;
        std::string padded(label);
        padded.resize(std::max<std::size_t>(padded.size() + 1, 13), ' ');
        context.out += "  " + padded + escapeForDisplay(value) + "\n";
    }

    // "hog (pid 25723)", as much of it as the log said.
    std::string processText(const std::optional<std::uint64_t>& pid, const std::optional<std::string>& name)
    {
        if (!name)
            return pid ? "pid " + number(*pid) : std::string("?");
        return pid ? *name + " (pid " + number(*pid) + ")" : *name;
    }

    std::string uptimeText(double seconds)
    {
        char buffer[48];
        std::snprintf(buffer, sizeof buffer, "%.6f", seconds);
        return buffer;
    }

    void writeTaskTable(Context& context, const OomReport& r)
    {
        const OomTaskTable& tasks = r.tasks;
        std::vector<TextTable::Column> columns { { "victim" } };
        for (std::size_t i = 0; i < tasks.columns.size(); ++i)
            columns.push_back({ tasks.columns[i], !(i + 1 == tasks.columns.size() && tasks.columns[i] == "name") });
        TextTable table(std::move(columns));
        const auto victim = r.victimRow();
        for (std::size_t row : tasks.orderByRss()) {
            const OomTask& task = tasks.rows[row];
            std::vector<std::string> cells { victim == row ? "*" : "" };
            for (std::size_t i = 0; i < tasks.columns.size(); ++i) {
                if (i + 1 == tasks.columns.size() && tasks.columns[i] == "name")
                    cells.push_back(task.name);
                else
                    cells.push_back(i < task.values.size() && task.values[i] ? number(*task.values[i]) : "");
            }
            table.addRow(std::move(cells));
        }
        std::string text;
        table.appendText(text);
        std::size_t start = 0;
        while (start < text.size()) { // indented under the report
            const std::size_t end = text.find('\n', start);
            context.out += "    " + text.substr(start, end - start) + "\n";
            start = end == std::string::npos ? text.size() : end + 1;
        }
    }

    void writeReportText(Context& context, const OomReport& r, std::size_t index, std::size_t count)
    {
        std::string title = "OOM-killer report " + std::to_string(index + 1) + " of " + std::to_string(count);
        if (r.uptimeSeconds)
            title += ", " + uptimeText(*r.uptimeSeconds) + " s after boot";
        if (r.wallClock)
            title += ", " + escapeForDisplay(*r.wallClock);
        context.out += title + (r.complete ? "\n" : " (cut short: the log ends before the victim)\n");
        if (r.victim) {
            const OomVictim& v = *r.victim;
            line(context, "victim", processText(v.pid, v.name) + (v.context ? ": " + *v.context : std::string()));
            Parts sizes;
            addSize(sizes, context, "total-vm", v.totalVmKb);
            addSize(sizes, context, "anon-rss", v.anonRssKb);
            addSize(sizes, context, "file-rss", v.fileRssKb);
            addSize(sizes, context, "shmem-rss", v.shmemRssKb);
            addSize(sizes, context, "pgtables", v.pgtablesKb);
            sizes.add("UID", v.uid);
            sizes.add("oom_score_adj", v.oomScoreAdj);
            sizes.add("score", v.score);
            if (v.scoredPid)
                sizes.add("scored as", number(*v.scoredPid));
            for (const auto& [key, value] : v.other)
                sizes.add(key, value);
            line(context, "", sizes.text);
        }
        const OomTrigger& t = r.trigger;
        if (t.name || t.gfpMask) {
            Parts request;
            if (t.gfpMask)
                request.add("gfp_mask", *t.gfpMask);
            request.add("order", t.order);
            request.add("oom_score_adj", t.oomScoreAdj);
            request.add("oom_adj", t.oomAdj);
            for (const auto& [key, value] : t.other)
                request.add(key, value);
            line(context, "trigger", processText(t.pid, t.name) + ": " + request.text);
        }
        if (r.summary.constraint)
            line(context, "constraint", *r.summary.constraint);
        if (const auto memcg = r.memcgName())
            line(context, "memcg", *memcg);
        for (const OomMemcgCounter& c : r.memcg.counters) {
            Parts usage;
            addSize(usage, context, "usage", c.usageKb);
            addSize(usage, context, "limit", c.limitKb);
            usage.add("failcnt", c.failcnt);
            line(context, c.name, usage.text);
        }
        if (!r.memInfo.empty()) {
            std::string memInfo;
            for (const auto& [name, value] : r.memInfo)
                memInfo += (memInfo.empty() ? "" : " ") + name + ":" + number(value);
            line(context, "mem-info", memInfo + " (pages)");
        }
        if (r.reaped) {
            Parts after;
            addSize(after, context, "anon-rss", r.reaped->anonRssKb);
            addSize(after, context, "file-rss", r.reaped->fileRssKb);
            addSize(after, context, "shmem-rss", r.reaped->shmemRssKb);
            line(context, "reaped", processText(r.reaped->pid, r.reaped->name) + ", now " + after.text);
        }
        if (!r.tasks.columns.empty()) {
            line(context, "tasks",
                std::to_string(r.tasks.rows.size()) + ", largest rss first, values in pages"
                    + (r.victimRow() ? "; * the victim" : ""));
            writeTaskTable(context, r);
        }
    }

    // CSV: one row per report, the fields a script compares across kills.
    void writeCsv(Context& context, const std::vector<OomReport>& reports)
    {
        TextTable table({ { "report" }, { "uptime" }, { "trigger" }, { "trigger_pid" }, { "gfp_mask" }, { "order" },
            { "constraint" }, { "memcg" }, { "pid" }, { "name" }, { "total_vm" }, { "anon_rss" }, { "file_rss" },
            { "shmem_rss" }, { "uid" }, { "pgtables" }, { "oom_score_adj" }, { "score" }, { "tasks" },
            { "complete" } });
        auto cell = [](const auto& value) -> std::string {
            if (!value)
                return {};
            if constexpr (std::is_same_v<std::decay_t<decltype(*value)>, std::string>)
                return *value;
            else
                return number(*value);
        };
        std::size_t index = 0;
        for (const OomReport& r : reports) {
            const OomVictim v = r.victim.value_or(OomVictim {});
            table.addRow({ std::to_string(++index), r.uptimeSeconds ? uptimeText(*r.uptimeSeconds) : "",
                cell(r.trigger.name), cell(r.trigger.pid), cell(r.trigger.gfpMask), cell(r.trigger.order),
                cell(r.summary.constraint), cell(r.memcgName()), cell(v.pid), cell(v.name), cell(v.totalVmKb),
                cell(v.anonRssKb), cell(v.fileRssKb), cell(v.shmemRssKb), cell(v.uid), cell(v.pgtablesKb),
                cell(v.oomScoreAdj), cell(v.score), r.tasks.columns.empty() ? "" : std::to_string(r.tasks.rows.size()),
                r.complete ? "true" : "false" });
        }
        table.appendCsv(context.out);
    }

} // namespace

int runOomReport(Context& context, const std::vector<std::string>& args)
{
    if (args.size() > 1)
        return usageError(context, "'oom-report' takes at most one FILE (or - for standard input)");
    int exitCode = kExitOk;
    const std::optional<std::string> log = readLog(context, args, exitCode);
    if (!log)
        return exitCode;
    const std::vector<OomReport> reports = parse::parseOomReports(*log);
    switch (context.format) {
    case Format::Json:
        writeJson(context, reports);
        break;
    case Format::Csv:
        writeCsv(context, reports);
        break;
    case Format::Text:
        if (reports.empty())
            context.out += "no OOM-killer report in " + escapeForDisplay(logName(args)) + "\n";
        for (std::size_t i = 0; i < reports.size(); ++i) {
            if (i > 0)
                context.out += '\n';
            writeReportText(context, reports[i], i, reports.size());
            flushIfLarge(context);
        }
        break;
    }
    return kExitOk;
}

} // namespace vmscope::cli
