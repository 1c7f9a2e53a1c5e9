#include "Cli.h"
#include "core/format/TextTable.h"

#include "core/analysis/VmSysctlWrites.h"
#include "core/analysis/Watermarks.h"
#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/model/Saturating.h"
#include "core/read/SystemReader.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <variant>

namespace vmscope::cli {
namespace {

    int noArguments(Context& context, const std::vector<std::string>& args, const char* command)
    {
        if (args.empty())
            return kExitOk;
        return usageError(context, std::string("'") + command + "' takes no arguments");
    }

    void emit(Context& context, const TextTable& table)
    {
        if (context.format == Format::Csv)
            table.appendCsv(context.out);
        else
            table.appendText(context.out);
    }

    std::string optionalCell(const std::optional<std::uint64_t>& v)
    {
        return v ? std::to_string(*v) : std::string();
    }

    std::uint64_t pageSize()
    {
        return static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
    }

    // The state the GUI's zone card shows; none for an empty zone (Movable, Device when unused),
    // whose watermarks have nothing to compare with.
    std::optional<WatermarkState> zoneState(const Zone& z)
    {
        if (!zonePopulated(z.managed, z.present))
            return std::nullopt;
        return watermarkState(z.free, z.min, z.low, z.high);
    }

    void writeCounters(JsonWriter& json, const CounterList& counters)
    {
        json.beginObject();
        for (const auto& [name, value] : counters)
            json.field(name, value);
        json.endObject();
    }

} // namespace

int runMemInfo(Context& context, const std::vector<std::string>& args)
{
    if (int code = noArguments(context, args, "meminfo"))
        return code;
    auto info = readMemInfo(context.source);
    if (!info)
        return fail(context, info.error());
    if (context.format == Format::Json) {
        JsonWriter json(context.out);
        json.beginObject();
        json.key("meminfo");
        json.beginObject();
        for (const MemInfoEntry& e : info->entries)
            json.field(e.key, e.value);
        json.endObject();
        json.endObject();
        context.out += '\n';
        return kExitOk;
    }
    TextTable table({ { "Key" }, { "Value", true }, { "Unit" } });
    for (const MemInfoEntry& e : info->entries)
        table.addRow({ e.key, e.hasUnit ? sizeCell(context, e.value) : std::to_string(e.value),
            e.hasUnit && !context.human ? "kB" : "" });
    emit(context, table);
    return kExitOk;
}

int runZones(Context& context, const std::vector<std::string>& args)
{
    if (int code = noArguments(context, args, "zones"))
        return code;
    auto info = readZoneInfo(context.source);
    if (!info)
        return fail(context, info.error());
    if (context.format == Format::Json) {
        JsonWriter json(context.out);
        json.beginObject();
        json.field("page_size", pageSize());
        json.key("zones");
        json.beginArray();
        for (const Zone& z : info->zones) {
            json.beginObject();
            json.field("node", z.node);
            json.field("zone", z.name);
            const std::pair<const char*, const std::optional<std::uint64_t>&> values[] = { { "free", z.free },
                { "min", z.min }, { "low", z.low }, { "high", z.high }, { "boost", z.boost }, { "promo", z.promo },
                { "spanned", z.spanned }, { "present", z.present }, { "managed", z.managed }, { "cma", z.cma } };
            for (const auto& [name, value] : values)
                if (value)
                    json.field(name, *value);
            if (const auto state = zoneState(z))
                json.field("state", watermarkStateName(*state));
            json.key("protection");
            json.beginArray();
            for (std::uint64_t p : z.protection)
                json.value(p);
            json.endArray();
            json.key("counters");
            writeCounters(json, z.counters);
            json.endObject();
        }
        json.endArray();
        json.key("nodes");
        json.beginArray();
        for (const NodeStats& n : info->nodes) {
            json.beginObject();
            json.field("node", n.node);
            json.key("stats");
            writeCounters(json, n.stats);
            json.endObject();
        }
        json.endArray();
        json.endObject();
        context.out += '\n';
        return kExitOk;
    }
    // Text and CSV: the watermark table in pages (like the kernel prints them), with a state
    // column that says which side of the watermarks free memory is on.
    TextTable table({ { "Node", true }, { "Zone" }, { "Free", true }, { "Min", true }, { "Low", true }, { "High", true },
        { "Boost", true }, { "Promo", true }, { "Spanned", true }, { "Present", true }, { "Managed", true },
        { "Protection" }, { "State" } });
    for (const Zone& z : info->zones) {
        std::string protection;
        for (std::uint64_t p : z.protection)
            protection += (protection.empty() ? "" : " ") + std::to_string(p);
        const auto state = zoneState(z);
        table.addRow({ std::to_string(z.node), z.name, optionalCell(z.free), optionalCell(z.min), optionalCell(z.low),
            optionalCell(z.high), optionalCell(z.boost), optionalCell(z.promo), optionalCell(z.spanned),
            optionalCell(z.present), optionalCell(z.managed), protection,
            state ? std::string(watermarkStateText(*state)) : std::string() });
    }
    emit(context, table);
    if (context.format == Format::Text)
        context.out += "(pages of " + std::to_string(pageSize()) + " bytes)\n";
    return kExitOk;
}

int runBuddy(Context& context, const std::vector<std::string>& args)
{
    if (int code = noArguments(context, args, "buddy"))
        return code;
    auto info = readBuddyInfo(context.source);
    if (!info)
        return fail(context, info.error());
    if (context.format == Format::Json) {
        JsonWriter json(context.out);
        json.beginObject();
        json.field("page_size", pageSize());
        json.key("zones");
        json.beginArray();
        for (const BuddyZone& z : info->zones) {
            json.beginObject();
            json.field("node", z.node);
            json.field("zone", z.zone);
            json.key("free_blocks");
            json.beginArray();
            for (std::uint64_t n : z.freeBlocks)
                json.value(n);
            json.endArray();
            json.field("free_pages", z.freePages());
            json.field("largest_order", largestFreeOrder(z.freeBlocks));
            json.endObject();
        }
        json.endArray();
        json.endObject();
        context.out += '\n';
        return kExitOk;
    }
    std::size_t orders = 0;
    for (const BuddyZone& z : info->zones)
        orders = std::max(orders, z.freeBlocks.size());
    std::vector<TextTable::Column> columns { { "Node", true }, { "Zone" } };
    for (std::size_t o = 0; o < orders; ++o)
        columns.push_back({ "o" + std::to_string(o), true });
    columns.push_back({ "FreePages", true });
    columns.push_back({ "Largest" });
    TextTable table(std::move(columns));
    for (const BuddyZone& z : info->zones) {
        std::vector<std::string> row { std::to_string(z.node), z.zone };
        for (std::size_t o = 0; o < orders; ++o)
            row.push_back(o < z.freeBlocks.size() ? std::to_string(z.freeBlocks[o]) : std::string());
        const std::uint64_t freePages = z.freePages(); // a saturating sum of blocks << order
        row.push_back(freePages == kSaturated ? std::string("overflow") : std::to_string(freePages));
        const int largest = largestFreeOrder(z.freeBlocks);
        // blockKiB is 0 for an order no kernel has (a hostile buddyinfo with 77 orders): said so,
        // never shifted.
        const std::uint64_t largestKiB = largest < 0 ? 0 : blockKiB(largest, pageSize());
        std::string largestText = "none";
        if (largest >= 0) {
            largestText = "order " + std::to_string(largest);
            largestText += largestKiB == 0 ? std::string(" (order too large)") : " (" + std::to_string(largestKiB) + " KiB)";
        }
        row.push_back(std::move(largestText));
        table.addRow(std::move(row));
    }
    emit(context, table);
    return kExitOk;
}

int runVmStat(Context& context, const std::vector<std::string>& args)
{
    if (int code = noArguments(context, args, "vmstat"))
        return code;
    auto info = readVmStat(context.source);
    if (!info)
        return fail(context, info.error());
    if (context.format == Format::Json) {
        JsonWriter json(context.out);
        json.beginObject();
        json.key("vmstat");
        writeCounters(json, info->counters);
        json.endObject();
        context.out += '\n';
        return kExitOk;
    }
    TextTable table({ { "Counter" }, { "Value", true } });
    for (const auto& [name, value] : info->counters)
        table.addRow({ name, std::to_string(value) });
    emit(context, table);
    return kExitOk;
}

namespace {

    // sysctl --set vm.NAME=VALUE: root only (the kernel checks); prints the value before and
    // after, so that a script can put the old one back.
    int setSysctl(Context& context, const std::string& assignmentText)
    {
        const auto parsed = parseSysctlAssignment(assignmentText);
        if (const auto* problem = std::get_if<std::string>(&parsed))
            return usageError(context, *problem);
        const SysctlAssignment& assignment = std::get<SysctlAssignment>(parsed);
        std::string before = "?";
        if (auto sysctls = readVmSysctls(context.source))
            if (const SysctlValue* value = sysctls->find(assignment.name))
                before = value->text;
        const std::string path = context.procRoot + "/sys/vm/" + assignment.name;
        if (const int error = writeVmSysctl(*context.writer, assignment)) {
            std::string hint;
            if (context.privileged)
                hint = " (through the root helper)";
            else if ((error == EACCES || error == EPERM) && ::geteuid() != 0)
                hint = " (needs root: " + vmSysctlSetCommand(assignment) + ")";
            else if (error == EINVAL)
                hint = " (not a regular file, or the kernel refused the value)";
            context.err += "vmscope-cli: cannot write " + escapeForDisplay(path) + ": " + std::strerror(error) + hint
                + "\n";
            return kExitCannotRead;
        }
        std::string after = std::to_string(assignment.value);
        if (auto sysctls = readVmSysctls(context.source))
            if (const SysctlValue* value = sysctls->find(assignment.name))
                after = value->text;
        if (context.format == Format::Json) {
            JsonWriter json(context.out);
            json.beginObject();
            json.field("name", "vm." + assignment.name);
            json.field("before", before);
            json.field("after", after);
            json.endObject();
            context.out += '\n';
        } else {
            context.out += "vm." + assignment.name + ": " + escapeForDisplay(before) + " -> " + escapeForDisplay(after)
                + "\n";
        }
        return kExitOk;
    }

} // namespace

int runSysctl(Context& context, const std::vector<std::string>& args)
{
    if (!args.empty() && args.front() == "--set") {
        if (args.size() != 2)
            return usageError(context, "'sysctl --set' takes one vm.NAME=VALUE");
        return setSysctl(context, args[1]);
    }
    if (int code = noArguments(context, args, "sysctl"))
        return code;
    auto info = readVmSysctls(context.source);
    if (!info)
        return fail(context, info.error());
    if (context.format == Format::Json) {
        JsonWriter json(context.out);
        json.beginObject();
        json.key("sysctl");
        json.beginObject();
        for (const SysctlValue& v : info->values) {
            json.key("vm." + v.name);
            if (v.numbers.size() == 1) {
                json.value(v.numbers.front());
            } else if (v.numbers.size() > 1) {
                json.beginArray();
                for (std::int64_t n : v.numbers)
                    json.value(n);
                json.endArray();
            } else {
                json.value(v.text);
            }
        }
        json.endObject();
        json.endObject();
        context.out += '\n';
        return kExitOk;
    }
    TextTable table({ { "Name" }, { "Value" } });
    for (const SysctlValue& v : info->values)
        table.addRow({ "vm." + v.name, v.text });
    emit(context, table);
    return kExitOk;
}

} // namespace vmscope::cli
