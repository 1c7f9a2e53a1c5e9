// vmscope-cli diff A B [--pid N]: two moments compared (issue 13). A and B are proc roots or
// captures (a directory or a tar, through openSource); the rules are core's diffSystems and
// diffRegions, which the GUI's compare view uses too.
#include "Cli.h"

#include "core/analysis/SnapshotDiff.h"
#include "core/analysis/SystemDiff.h"
#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/format/TextTable.h"
#include "core/format/Units.h"
#include "core/io/TarSource.h"
#include "core/model/Saturating.h"
#include "core/read/ProcessReader.h"
#include "core/read/SystemMoment.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string_view>
#include <vector>

namespace vmscope::cli {
namespace {

    struct DiffOptions {
        std::string a, b;
        std::optional<int> pid;
    };

    // A signed size: "+8192", "-12", "0"; with -h "+8.0M".
    std::string deltaCell(const Context& context, std::int64_t delta)
    {
        if (delta == 0)
            return "0";
        const std::string sign = delta > 0 ? "+" : "-";
        return sign + sizeCell(context, deltaMagnitude(delta));
    }

    void emitTable(Context& context, const TextTable& table)
    {
        table.appendText(context.out);
    }

    void heading(Context& context, std::string_view title, std::size_t count)
    {
        context.out.append("\n").append(title).append(": ").append(std::to_string(count)).append("\n");
    }

    std::string pidList(const std::vector<int>& pids)
    {
        std::string text;
        for (int pid : pids)
            text.append(text.empty() ? "" : " ").append(std::to_string(pid));
        return text;
    }

    // Where a region is, as maps prints it: "[heap]", a file, or "[anon]" for unnamed memory.
    std::string regionName(const Vma& vma)
    {
        if (vma.path.empty())
            return "[anon]";
        return vma.deleted ? vma.path + " (deleted)" : vma.path;
    }

    std::string hexAddress(std::uint64_t address)
    {
        char buffer[24];
        std::snprintf(buffer, sizeof buffer, "%llx", static_cast<unsigned long long>(address));
        return buffer;
    }

    // ---- whole system ----

    void writePids(JsonWriter& json, std::string_view key, const std::vector<int>& pids)
    {
        json.key(key);
        json.beginArray();
        for (int pid : pids)
            json.value(pid);
        json.endArray();
    }

    std::vector<int> pidsOf(const std::vector<ProcessMoment>& processes)
    {
        std::vector<int> pids;
        pids.reserve(processes.size());
        for (const ProcessMoment& p : processes)
            pids.push_back(p.pid);
        return pids;
    }

    void writeSystemJson(Context& context, const DiffOptions& options, const SystemDiff& diff)
    {
        JsonWriter json(context.out);
        json.beginObject();
        json.field("a", options.a);
        json.field("b", options.b);
        json.key("processes");
        json.beginObject();
        writePids(json, "added", pidsOf(diff.added));
        writePids(json, "removed", pidsOf(diff.removed));
        json.key("changed");
        json.beginArray();
        for (const ProcessChange& c : diff.changed) {
            json.beginObject();
            json.field("pid", c.pid);
            json.field("name", c.name);
            json.field("rss_delta", c.rssDeltaKb);
            json.field("pss_delta", c.pssDeltaKb);
            json.field("uss_delta", c.ussDeltaKb);
            json.field("swap_delta", c.swapDeltaKb);
            json.endObject();
        }
        json.endArray();
        writePids(json, "unreadable", diff.unreadable);
        writePids(json, "reused", diff.reused);
        json.endObject();
        // Keys both sides print: the delta, in kB (HugePages_* in pages, as meminfo counts them).
        json.key("meminfo");
        json.beginObject();
        for (const MemInfoChange& m : diff.memInfo)
            if (const auto delta = m.delta())
                json.field(m.key, *delta);
        json.endObject();
        // Keys one side lacks (another kernel, a capture cut short): the value the other side has.
        const auto onlyIn = [&](std::string_view name, bool earlier) {
            json.key(name);
            json.beginObject();
            for (const MemInfoChange& m : diff.memInfo)
                if (!m.delta() && (earlier ? m.before : m.after))
                    json.field(m.key, earlier ? *m.before : *m.after);
            json.endObject();
        };
        onlyIn("meminfo_only_in_a", true);
        onlyIn("meminfo_only_in_b", false);
        json.endObject();
        context.out += '\n';
    }

    void writeSystemText(Context& context, const DiffOptions& options, const SystemDiff& diff)
    {
        context.out.append("A: ").append(escapeForDisplay(options.a)).append("\n");
        context.out.append("B: ").append(escapeForDisplay(options.b)).append("\n");
        const auto momentTable = [&](std::string_view title, const std::vector<ProcessMoment>& processes) {
            heading(context, title, processes.size());
            if (processes.empty())
                return;
            TextTable table(
                { { "PID", true }, { "Name" }, { "RSS", true }, { "PSS", true }, { "USS", true }, { "Swap", true } });
            std::vector<const ProcessMoment*> sorted;
            for (const ProcessMoment& p : processes)
                sorted.push_back(&p);
            std::stable_sort(sorted.begin(), sorted.end(),
                [](const ProcessMoment* x, const ProcessMoment* y) { return x->pssKb > y->pssKb; });
            for (const ProcessMoment* p : sorted)
                table.addRow({ std::to_string(p->pid), p->name, sizeCell(context, p->rssKb),
                    sizeCell(context, p->pssKb), sizeCell(context, p->ussKb), sizeCell(context, p->swapKb) });
            emitTable(context, table);
        };
        momentTable("Processes added (only in B)", diff.added);
        momentTable("Processes removed (only in A)", diff.removed);
        heading(context, "Processes changed", diff.changed.size());
        if (!diff.changed.empty()) {
            TextTable table({ { "PID", true }, { "Name" }, { "RSS delta", true }, { "PSS delta", true },
                { "USS delta", true }, { "Swap delta", true } });
            for (const ProcessChange& c : diff.changed)
                table.addRow(
                    { std::to_string(c.pid), c.name, deltaCell(context, c.rssDeltaKb), deltaCell(context, c.pssDeltaKb),
                        deltaCell(context, c.ussDeltaKb), deltaCell(context, c.swapDeltaKb) });
            emitTable(context, table);
        }
        if (!diff.reused.empty())
            context.out.append("Pids reused by another process (removed and added): ")
                .append(pidList(diff.reused))
                .append("\n");
        if (!diff.unreadable.empty())
            context.out.append("Not compared, cannot be read in A or B: ")
                .append(std::to_string(diff.unreadable.size()))
                .append(" (")
                .append(pidList(diff.unreadable))
                .append(")\n");

        std::size_t changedKeys = 0;
        TextTable table({ { "Key" }, { "A", true }, { "B", true }, { "Delta", true }, { "Unit" } });
        for (const MemInfoChange& m : diff.memInfo) {
            const auto delta = m.delta();
            if (delta && *delta == 0)
                continue;
            ++changedKeys;
            const auto cell = [&](const std::optional<std::uint64_t>& value) -> std::string {
                if (!value)
                    return "-";
                return m.hasUnit ? sizeCell(context, *value) : std::to_string(*value);
            };
            std::string deltaText = "-";
            if (delta)
                deltaText = m.hasUnit ? deltaCell(context, *delta)
                                      : (*delta > 0 ? "+" : "-") + std::to_string(deltaMagnitude(*delta));
            table.addRow({ m.key, cell(m.before), cell(m.after), deltaText, m.hasUnit && !context.human ? "kB" : "" });
        }
        heading(context, "meminfo keys changed", changedKeys);
        if (changedKeys > 0)
            emitTable(context, table);
    }

    int runSystemDiff(Context& context, const DiffOptions& options, const Source& a, const Source& b)
    {
        auto before = readSystemMoment(a);
        if (!before)
            return fail(context, before.error());
        auto after = readSystemMoment(b);
        if (!after)
            return fail(context, after.error());
        const SystemDiff diff = diffSystems(*before, *after);
        if (context.format == Format::Json)
            writeSystemJson(context, options, diff);
        else
            writeSystemText(context, options, diff);
        return kExitOk;
    }

    // ---- one process ----

    // The process's map; an empty one when it does not exist there (its regions are then all added
    // or all removed), with `present` false and the error kept for when neither side has it.
    Result<MemoryMap> processMap(const Source& source, int pid, bool& present, std::optional<Error>& gone)
    {
        auto map = readMemoryMapBestDetail(source, pid);
        present = bool(map);
        if (map || map.error().kind != ErrorKind::NoSuchProcess)
            return map;
        gone = map.error();
        MemoryMap empty;
        empty.pid = pid;
        return empty;
    }

    // "start", "end" (hex strings, as `maps` writes them) and "path" of a region.
    void writeRegionPlace(JsonWriter& json, const Vma& vma)
    {
        json.key("start");
        json.hexValue(vma.start);
        json.key("end");
        json.hexValue(vma.end);
        json.field("path", vma.path);
    }

    void writeRegionJson(JsonWriter& json, const Vma& vma)
    {
        json.beginObject();
        writeRegionPlace(json, vma);
        json.field("deleted", vma.deleted);
        json.field("size", vma.size() / 1024);
        json.field("rss", vma.fields.get(SmapsKey::Rss));
        json.field("pss", vma.fields.get(SmapsKey::Pss));
        json.field("swap", vma.fields.get(SmapsKey::Swap));
        json.endObject();
    }

    int runProcessDiff(Context& context, const DiffOptions& options, const Source& a, const Source& b)
    {
        const int pid = *options.pid;
        bool inA = false;
        bool inB = false;
        std::optional<Error> gone;
        auto before = processMap(a, pid, inA, gone);
        if (!before)
            return fail(context, before.error());
        auto after = processMap(b, pid, inB, gone);
        if (!after)
            return fail(context, after.error());
        if (!inA && !inB)
            return fail(context, *gone);
        // Another process under the same pid: nothing of it is the same, every region is new.
        const auto startA = inA ? readStartTime(a, pid) : std::nullopt;
        const auto startB = inB ? readStartTime(b, pid) : std::nullopt;
        const bool reused = startA && startB && *startA != *startB;
        const MemoryMap empty;
        const RegionDiff diff = diffRegions(reused ? empty : *before, *after);
        const MemoryMap& earlier = reused ? empty : *before;
        std::vector<const Vma*> removed;
        if (reused)
            for (const Vma& vma : before->vmas)
                removed.push_back(&vma);
        else
            for (std::uint32_t i : diff.removed)
                removed.push_back(&earlier.vmas[i]);

        if (context.format == Format::Json) {
            JsonWriter json(context.out);
            json.beginObject();
            json.field("a", options.a);
            json.field("b", options.b);
            json.field("pid", pid);
            json.field("in_a", inA);
            json.field("in_b", inB);
            json.field("pid_reused", reused);
            json.key("regions");
            json.beginObject();
            json.key("added");
            json.beginArray();
            for (std::uint32_t i : diff.added)
                writeRegionJson(json, after->vmas[i]);
            json.endArray();
            json.key("removed");
            json.beginArray();
            for (const Vma* vma : removed)
                writeRegionJson(json, *vma);
            json.endArray();
            json.key("changed");
            json.beginArray();
            for (const RegionChange& c : diff.changed) {
                json.beginObject();
                writeRegionPlace(json, after->vmas[c.after]);
                json.field("size_delta", c.sizeDeltaKb);
                json.field("rss_delta", c.rssDeltaKb);
                json.field("pss_delta", c.pssDeltaKb);
                json.field("swap_delta", c.swapDeltaKb);
                json.endObject();
            }
            json.endArray();
            json.endObject();
            json.endObject();
            context.out += '\n';
            return kExitOk;
        }

        context.out.append("Process ").append(std::to_string(pid)).append("\n");
        context.out.append("A: ").append(escapeForDisplay(options.a)).append(inA ? "" : " (not running)").append("\n");
        context.out.append("B: ").append(escapeForDisplay(options.b)).append(inB ? "" : " (not running)").append("\n");
        if (reused)
            context.out.append("The pid is another process in B (its start time differs): every region is "
                               "removed and added.\n");
        const auto regionTable = [&](std::string_view title, const std::vector<const Vma*>& regions) {
            heading(context, title, regions.size());
            if (regions.empty())
                return;
            TextTable table({ { "Start" }, { "End" }, { "Size", true }, { "RSS", true }, { "PSS", true },
                { "Swap", true }, { "Mapping" } });
            for (const Vma* vma : regions)
                table.addRow({ hexAddress(vma->start), hexAddress(vma->end), sizeCell(context, vma->size() / 1024),
                    sizeCell(context, vma->fields.get(SmapsKey::Rss)),
                    sizeCell(context, vma->fields.get(SmapsKey::Pss)),
                    sizeCell(context, vma->fields.get(SmapsKey::Swap)), regionName(*vma) });
            emitTable(context, table);
        };
        std::vector<const Vma*> added;
        for (std::uint32_t i : diff.added)
            added.push_back(&after->vmas[i]);
        regionTable("Regions added (only in B)", added);
        regionTable("Regions removed (only in A)", removed);
        heading(context, "Regions changed", diff.changed.size());
        if (!diff.changed.empty()) {
            TextTable table({ { "Start" }, { "End" }, { "Size delta", true }, { "RSS delta", true },
                { "PSS delta", true }, { "Swap delta", true }, { "Mapping" } });
            for (const RegionChange& c : diff.changed) {
                const Vma& vma = after->vmas[c.after];
                table.addRow({ hexAddress(vma.start), hexAddress(vma.end), deltaCell(context, c.sizeDeltaKb),
                    deltaCell(context, c.rssDeltaKb), deltaCell(context, c.pssDeltaKb),
                    deltaCell(context, c.swapDeltaKb), regionName(vma) });
            }
            emitTable(context, table);
        }
        return kExitOk;
    }

    int openBoth(Context& context, const DiffOptions& options)
    {
        auto a = openSource(options.a);
        if (!a)
            return fail(context, a.error());
        auto b = openSource(options.b);
        if (!b)
            return fail(context, b.error());
        return options.pid ? runProcessDiff(context, options, **a, **b) : runSystemDiff(context, options, **a, **b);
    }

} // namespace

int runDiff(Context& context, const std::vector<std::string>& args)
{
    if (context.format == Format::Csv)
        return usageError(context, "'diff' writes text or json");
    DiffOptions options;
    std::vector<std::string> inputs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        std::string value;
        if (arg == "--pid") {
            if (i + 1 >= args.size())
                return usageError(context, "--pid needs a process id");
            value = args[++i];
        } else if (arg.rfind("--pid=", 0) == 0) {
            value = arg.substr(6);
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usageError(context, "unknown option '" + arg + "' for 'diff'");
        } else {
            inputs.push_back(arg);
            continue;
        }
        options.pid = parseProcessId(value);
        if (!options.pid)
            return usageError(context, "'" + value + "' is not a process id");
    }
    if (inputs.size() != 2)
        return usageError(context, "'diff' needs two proc roots or captures: diff A B [--pid N]");
    options.a = inputs[0];
    options.b = inputs[1];
    return openBoth(context, options);
}

} // namespace vmscope::cli
