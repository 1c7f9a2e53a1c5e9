#include "Cli.h"
#include "core/format/MapsReport.h"
#include "core/format/TextTable.h"

#include "core/analysis/Classifier.h"
#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/read/ProcessReader.h"
#include "core/parse/ParseUtil.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <thread>

namespace vmscope::cli {
namespace {

    bool parsePid(Context& context, const std::vector<std::string>& args, int& pid, int& exitCode)
    {
        if (args.size() != 1) {
            exitCode = usageError(context, "expected exactly one PID");
            return false;
        }
        const auto value = parseProcessId(args[0]);
        if (!value) {
            exitCode = usageError(context, "'" + args[0] + "' is not a process id");
            return false;
        }
        pid = *value;
        return true;
    }

    // Totals keys in JSON: the additive kernel fields plus Uss.
    void writeTotalsObject(JsonWriter& json, const Totals& totals)
    {
        json.beginObject();
        totals.fields.forEachNumeric([&](std::string_view name, std::uint64_t value, bool) {
            const auto key = smapsKeyFromName(name);
            if (!key || isAdditive(*key))
                json.field(name, value);
        });
        json.field("Uss", totals.uss());
        json.endObject();
    }

    // "\"Size\":" for every known key: written 25 times per VMA, so escaped once.
    const std::array<std::string, kSmapsKeyCount>& quotedSmapsKeys()
    {
        static const std::array<std::string, kSmapsKeyCount> keys = [] {
            std::array<std::string, kSmapsKeyCount> out;
            for (std::size_t i = 0; i < kSmapsKeyCount; ++i) {
                // Appends, not operator+: GCC 12 at -O3 warns falsely (-Wrestrict) on the latter.
                out[i].append(1, '"').append(smapsKeyName(static_cast<SmapsKey>(i))).append("\":");
            }
            return out;
        }();
        return keys;
    }

    void writeVmaFields(JsonWriter& json, const Vma& v)
    {
        const auto& quoted = quotedSmapsKeys();
        if (!v.fields.has(SmapsKey::Size))
            json.field("Size", vmaSizeKiB(v));
        for (std::size_t i = 0; i < kSmapsKeyCount; ++i) {
            const auto key = static_cast<SmapsKey>(i);
            if (v.fields.has(key)) {
                json.rawKey(quoted[i]);
                json.value(v.fields.get(key));
            }
        }
        for (const ExtraField& e : v.fields.extras())
            if (e.numeric)
                json.field(e.name, e.value);
    }

    void writeVmaJson(JsonWriter& json, const MemoryMap& map, std::size_t i, std::string& reason)
    {
        const Vma& v = map.vmas[i];
        json.beginObject();
        json.rawKey("\"start\":");
        json.hexValue(v.start);
        json.rawKey("\"end\":");
        json.hexValue(v.end);
        const char perms[4] = { v.perms.read ? 'r' : '-', v.perms.write ? 'w' : '-', v.perms.exec ? 'x' : '-',
            v.perms.shared ? 's' : 'p' };
        json.rawKey("\"perms\":");
        json.value(std::string_view(perms, 4));
        json.rawKey("\"offset\":");
        json.hexValue(v.offset);
        char device[24];
        const int deviceLength = std::snprintf(device, sizeof device, "%02x:%02x", v.devMajor, v.devMinor);
        json.rawKey("\"dev\":");
        json.value(std::string_view(device, static_cast<std::size_t>(deviceLength)));
        json.rawKey("\"inode\":");
        json.value(v.inode);
        json.rawKey("\"path\":");
        json.value(v.path);
        if (!v.path.empty() && !JsonWriter::isValidUtf8(v.path))
            json.field("path_hex", JsonWriter::hexBytes(v.path));
        json.rawKey("\"deleted\":");
        json.value(v.deleted);
        json.rawKey("\"kind\":");
        json.value(regionKindName(v.kind));
        reason.clear();
        appendReason(reason, map.vmas, i);
        json.rawKey("\"reason\":");
        json.value(reason);
        json.rawKey("\"fields\":");
        json.beginObject();
        writeVmaFields(json, v);
        json.endObject();
        json.rawKey("\"vm_flags\":");
        json.beginArray();
        v.flags.forEach([&](std::string_view code) { json.value(code); });
        json.endArray();
        json.endObject();
    }

    // Formats VMAs [first, last) into `out`, continuing a list when `first` is not 0.
    void writeVmaBlock(std::string& out, const MemoryMap& map, std::size_t first, std::size_t last)
    {
        JsonWriter json(out);
        if (first > 0)
            json.continueList();
        std::string reason;
        for (std::size_t i = first; i < last; ++i)
            writeVmaJson(json, map, i, reason);
    }

    void writeMapsJson(Context& context, const MemoryMap& map, const Totals& totals)
    {
        JsonWriter json(context.out);
        json.beginObject();
        json.field("pid", map.pid);
        json.key("vmas");
        json.beginArray();
        // Formatting 60,000 VMAs is 40 MB of JSON. Once the kernel has produced smaps the
        // other core is idle, so blocks alternate between this thread and a helper; they are
        // written in address order, and the two buffers are reused block after block.
        constexpr std::size_t kBlock = 2048;
        const std::size_t n = map.vmas.size();
        std::string helperOut;
        for (std::size_t first = 0; first < n; first += 2 * kBlock) {
            const std::size_t middle = std::min(n, first + kBlock);
            const std::size_t last = std::min(n, middle + kBlock);
            helperOut.clear();
            std::thread helper;
            if (middle < last)
                helper = std::thread(writeVmaBlock, std::ref(helperOut), std::cref(map), middle, last);
            writeVmaBlock(context.out, map, first, middle);
            if (helper.joinable())
                helper.join();
            context.out += helperOut;
            flushIfLarge(context);
        }
        json.endArray();
        json.key("totals");
        writeTotalsObject(json, totals);
        json.endObject();
        context.out += '\n';
    }

    void writeMapsTable(Context& context, const MemoryMap& map, const Totals& totals)
    {
        MapsTableOptions options;
        options.human = context.human;
        options.forCsv = context.format == Format::Csv;
        // Streamed and flushed as it goes: 60,000 VMAs never sit in memory as rows and text at once.
        streamMapsTable(map, totals, options, context.out, [&context] { flushIfLarge(context); });
    }

    void summaryRows(const Context& context, const ProcessSummary& s, TextTable& table)
    {
        auto add = [&](std::string key, std::string value) { table.addRow({ std::move(key), std::move(value) }); };
        add("pid", std::to_string(s.pid));
        add("name", s.name);
        add("user", s.user);
        add("command", s.commandLine);
        add("source", s.fromRollup ? "smaps_rollup" : "smaps (summed; no smaps_rollup on this kernel)");
        if (s.vmaCount)
            add("VMAs", std::to_string(*s.vmaCount));
        s.totals.fields.forEachNumeric([&](std::string_view name, std::uint64_t value, bool hasUnit) {
            const auto key = smapsKeyFromName(name);
            if (key && !isAdditive(*key))
                return;
            add(std::string(name), hasUnit ? sizeCell(context, value) : std::to_string(value));
        });
        add("Uss", sizeCell(context, s.totals.uss()));
    }

} // namespace

int runMaps(Context& context, const std::vector<std::string>& args)
{
    int pid = 0;
    int exitCode = kExitOk;
    if (!parsePid(context, args, pid, exitCode))
        return exitCode;
    auto map = readMemoryMapBestDetail(context.source, pid);
    if (!map)
        return fail(context, map.error());
    const Totals totals = sumAll(map->vmas);
    if (context.format == Format::Json)
        writeMapsJson(context, *map, totals);
    else
        writeMapsTable(context, *map, totals);
    return kExitOk;
}

int runSummary(Context& context, const std::vector<std::string>& args)
{
    int pid = 0;
    int exitCode = kExitOk;
    if (!parsePid(context, args, pid, exitCode))
        return exitCode;
    auto summary = readProcessSummary(context.source, pid);
    if (!summary)
        return fail(context, summary.error());
    const ProcessSummary& s = *summary;
    if (context.format == Format::Json) {
        JsonWriter json(context.out);
        json.beginObject();
        json.field("pid", s.pid);
        json.field("name", s.name);
        json.field("user", s.user);
        json.field("command", s.commandLine);
        json.field("source", s.fromRollup ? "smaps_rollup" : "smaps");
        if (s.vmaCount)
            json.field("vmas", static_cast<std::uint64_t>(*s.vmaCount));
        json.key("totals");
        writeTotalsObject(json, s.totals);
        json.endObject();
        context.out += '\n';
        return kExitOk;
    }
    TextTable table({ { "Field" }, { "Value", context.format == Format::Text } });
    summaryRows(context, s, table);
    if (context.format == Format::Csv)
        table.appendCsv(context.out);
    else
        table.appendText(context.out);
    return kExitOk;
}

int runProcesses(Context& context, const std::vector<std::string>& args)
{
    if (!args.empty())
        return usageError(context, "'processes' takes no arguments");
    const ProcessListing listing = readProcessListing(context.source);
    if (context.format == Format::Json) {
        JsonWriter json(context.out);
        json.beginObject();
        json.key("processes");
        json.beginArray();
        for (const ProcessSummary& p : listing.processes) {
            json.beginObject();
            json.field("pid", p.pid);
            json.field("user", p.user);
            json.field("name", p.name);
            json.field("command", p.commandLine);
            json.field("rss", p.totals.rss());
            json.field("pss", p.totals.pss());
            json.field("uss", p.totals.uss());
            json.field("swap", p.totals.swap());
            json.field("vmas", static_cast<std::uint64_t>(p.vmaCount.value_or(0)));
            json.endObject();
        }
        json.endArray();
        writeUnreadableJson(json, listing.unreadable);
        json.field("kernel_threads", static_cast<std::uint64_t>(listing.kernelThreads));
        json.field("vanished", static_cast<std::uint64_t>(listing.vanished));
        json.endObject();
        context.out += '\n';
        return kExitOk;
    }
    TextTable table({ { "PID", true }, { "User" }, { "Name" }, { "RSS", true }, { "PSS", true }, { "USS", true },
        { "Swap", true }, { "VMAs", true }, { "Command" } });
    auto processRow = [&context](const ProcessSummary& p) -> std::vector<std::string> {
        return { std::to_string(p.pid), p.user, p.name, sizeCell(context, p.totals.rss()),
            sizeCell(context, p.totals.pss()), sizeCell(context, p.totals.uss()), sizeCell(context, p.totals.swap()),
            std::to_string(p.vmaCount.value_or(0)), p.commandLine };
    };
    // Measured first, then streamed and flushed as it goes: the same text as the whole table.
    const bool csv = context.format == Format::Csv;
    if (!csv)
        for (const ProcessSummary& p : listing.processes)
            table.widenFor(processRow(p));
    table.streamTo(context.out, csv ? TextTable::Style::Csv : TextTable::Style::Text,
        [&context] { flushIfLarge(context); });
    for (const ProcessSummary& p : listing.processes)
        table.addRow(processRow(p));
    table.finish();
    if (!csv) {
        // Counted and named, never silently skipped. (Appends rather than operator+ chains:
        // GCC 12 at -O3 warns falsely, -Wrestrict, on the latter.)
        if (!listing.unreadable.empty()) {
            std::string& out = context.out;
            out.append("\nNot included, cannot be read: ")
                .append(std::to_string(listing.unreadable.size()))
                .append("\n");
            for (const UnreadableProcess& u : listing.unreadable) {
                out.append("  ").append(std::to_string(u.pid));
                if (!u.name.empty())
                    out.append(" (").append(escapeForDisplay(u.name)).append(")");
                out.append(": ").append(escapeForDisplay(u.error.message())).append("\n");
            }
        }
    }
    return kExitOk;
}

} // namespace vmscope::cli
