// vmscope-cli facts PID: what the GUI's Facts pane shows, from the same core functions.
#include "Cli.h"

#include "core/analysis/ProcessFactsRules.h"
#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/format/TextTable.h"
#include "core/parse/ParseUtil.h"
#include "core/read/ProcessFactsReader.h"
#include "core/read/ProcessReader.h"

#include <chrono>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <thread>

namespace vmscope::cli {
namespace {

    struct FactsOptions {
        int pid = 0;
        std::optional<double> intervalSeconds;
    };

    std::optional<std::string> parseFactsOptions(const std::vector<std::string>& args, FactsOptions& options)
    {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string& arg = args[i];
            if (arg == "--interval" || arg.rfind("--interval=", 0) == 0) {
                std::string value;
                if (arg == "--interval") {
                    if (i + 1 >= args.size())
                        return "facts: --interval needs seconds";
                    value = args[++i];
                } else {
                    value = arg.substr(11);
                }
                const auto seconds = parseSeconds(value);
                if (!seconds || *seconds < 0.1 || *seconds > 10)
                    return "facts: --interval takes seconds from 0.1 to 10, not '" + value + "'";
                options.intervalSeconds = seconds;
                continue;
            }
            std::uint64_t value = 0;
            if (options.pid != 0 || parse::parseUnsigned(arg, value) != parse::NumberError::None || value == 0
                || value > 0x7fffffff)
                return "facts: expected one PID and optionally --interval S, not '" + arg + "'";
            options.pid = static_cast<int>(value);
        }
        if (options.pid == 0)
            return std::string("facts: expected a PID");
        return std::nullopt;
    }

    ProcessFacts readFacts(const Source& source, int pid)
    {
        auto map = readMemoryMap(source, pid, MapDetail::Maps);
        return readProcessFacts(source, pid, map ? &*map : nullptr);
    }

    std::string hex(std::uint64_t address)
    {
        char text[24];
        std::snprintf(text, sizeof text, "0x%" PRIx64, address);
        return text;
    }

    std::string limitText(const std::optional<std::uint64_t>& limit)
    {
        return limit ? std::to_string(*limit) : std::string("unlimited");
    }

    std::string percentText(double percent)
    {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f %%", percent);
        return text;
    }

    std::string_view visibilityName(LayoutVisibility visibility)
    {
        switch (visibility) {
        case LayoutVisibility::Shown:
            return "shown";
        case LayoutVisibility::HiddenByKernel:
            return "hidden";
        case LayoutVisibility::NoAddressSpace:
            return "no_address_space";
        }
        return "hidden";
    }

    std::string_view visibilityText(LayoutVisibility visibility)
    {
        return visibility == LayoutVisibility::NoAddressSpace ? "none: no address space (kernel thread or exited)"
                                                              : "hidden by the kernel (needs ptrace access)";
    }

    std::string unknown(const Error& error)
    {
        return "unknown: " + error.message();
    }

    void writeText(Context& context, const ProcessFacts& facts, const std::optional<FaultRates>& rates)
    {
        TextTable table({ { "Fact" }, { "Value" } });
        auto add = [&](std::string key, std::string value) { table.addRow({ std::move(key), std::move(value) }); };
        add("pid", std::to_string(facts.pid));
        if (facts.stat)
            add("name", facts.stat->head.name);
        if (facts.status) {
            for (const StatusCounter& counter : factsStatusCounters()) {
                const auto& value = (*facts.status).*counter.member;
                add(std::string(counter.key),
                    value ? sizeCell(context, *value) + (context.human ? "" : " kB") : std::string("-"));
            }
        } else {
            add("status", unknown(facts.status.error()));
        }
        if (!facts.stat) {
            add("layout", unknown(facts.stat.error()));
        } else if (const LayoutVisibility visibility = layoutVisibility(facts); visibility != LayoutVisibility::Shown) {
            add("layout", std::string(visibilityText(visibility)));
        } else {
            for (const LayoutAddress& a : layoutAddresses(facts))
                add(std::string(a.name), a.address ? hex(*a.address) : std::string("- (not printed by this kernel)"));
        }
        if (facts.stat) {
            add("minor faults", facts.stat->minorFaults ? std::to_string(*facts.stat->minorFaults) : "-");
            add("major faults", facts.stat->majorFaults ? std::to_string(*facts.stat->majorFaults) : "-");
        }
        if (rates) {
            char text[64];
            std::snprintf(text, sizeof text, "%.1f", rates->minorPerSecond);
            add("minor faults/s", text);
            std::snprintf(text, sizeof text, "%.1f", rates->majorPerSecond);
            add("major faults/s", text);
        }
        if (facts.limits) {
            for (const MemoryLimit& limit : memoryLimits()) {
                const ResourceLimit* row = facts.limits->find(limit.name);
                add(std::string(limit.resource) + " soft/hard",
                    row ? limitText(row->soft) + " / " + limitText(row->hard) + " " + row->units : std::string("-"));
            }
        } else {
            add("limits", unknown(facts.limits.error()));
        }
        if (facts.randomizeVaSpace)
            add("kernel.randomize_va_space",
                std::to_string(*facts.randomizeVaSpace) + ": " + aslrModeMeaning(*facts.randomizeVaSpace));
        else
            add("kernel.randomize_va_space", unknown(facts.randomizeVaSpace.error()));
        std::string vmas = facts.vmaCount ? std::to_string(*facts.vmaCount) : std::string("-");
        if (facts.maxMapCount) {
            vmas += " of " + std::to_string(*facts.maxMapCount);
            if (const auto percent = mapCountPercent(facts))
                vmas += " (" + percentText(*percent) + ")";
        } else {
            vmas += " (vm.max_map_count " + unknown(facts.maxMapCount.error()) + ")";
        }
        add("VMAs", vmas);
        if (context.format == Format::Csv)
            table.appendCsv(context.out);
        else
            table.appendText(context.out);
    }

    void writeErrorField(JsonWriter& json, std::string_view key, const Error& error)
    {
        json.field(key, error.message());
    }

    void writeJson(Context& context, const ProcessFacts& facts, const std::optional<FaultRates>& rates)
    {
        JsonWriter json(context.out);
        json.beginObject();
        json.field("pid", facts.pid);
        if (facts.stat)
            json.field("name", facts.stat->head.name);
        if (facts.status) {
            json.key("status");
            json.beginObject();
            for (const StatusCounter& counter : factsStatusCounters()) {
                json.key(counter.key);
                if (const auto& value = (*facts.status).*counter.member)
                    json.value(*value);
                else
                    json.null();
            }
            json.endObject();
        } else {
            writeErrorField(json, "status_error", facts.status.error());
        }
        if (facts.stat) {
            const LayoutVisibility visibility = layoutVisibility(facts);
            json.field("layout_visibility", visibilityName(visibility));
            json.key("layout");
            json.beginObject();
            for (const LayoutAddress& a : layoutAddresses(facts)) {
                json.key(a.name);
                if (a.address)
                    json.hexValue(*a.address);
                else
                    json.null();
            }
            json.endObject();
            json.key("faults");
            json.beginObject();
            json.key("minor");
            facts.stat->minorFaults ? json.value(*facts.stat->minorFaults) : json.null();
            json.key("major");
            facts.stat->majorFaults ? json.value(*facts.stat->majorFaults) : json.null();
            if (rates) {
                json.field("minor_per_second", rates->minorPerSecond);
                json.field("major_per_second", rates->majorPerSecond);
            }
            json.endObject();
        } else {
            writeErrorField(json, "stat_error", facts.stat.error());
        }
        if (facts.limits) {
            json.key("limits");
            json.beginArray();
            for (const ResourceLimit& row : facts.limits->rows) {
                json.beginObject();
                json.field("name", row.name);
                for (const MemoryLimit& limit : memoryLimits())
                    if (row.name == limit.name)
                        json.field("resource", limit.resource);
                json.key("soft"); // null: unlimited
                row.soft ? json.value(*row.soft) : json.null();
                json.key("hard");
                row.hard ? json.value(*row.hard) : json.null();
                json.field("units", row.units);
                json.endObject();
            }
            json.endArray();
        } else {
            writeErrorField(json, "limits_error", facts.limits.error());
        }
        if (facts.randomizeVaSpace) {
            json.key("randomize_va_space");
            json.beginObject();
            json.field("value", *facts.randomizeVaSpace);
            json.field("meaning", aslrModeMeaning(*facts.randomizeVaSpace));
            json.endObject();
        } else {
            writeErrorField(json, "randomize_va_space_error", facts.randomizeVaSpace.error());
        }
        json.key("vmas");
        facts.vmaCount ? json.value(static_cast<std::uint64_t>(*facts.vmaCount)) : json.null();
        if (facts.maxMapCount)
            json.field("max_map_count", *facts.maxMapCount);
        else
            writeErrorField(json, "max_map_count_error", facts.maxMapCount.error());
        json.endObject();
        context.out += '\n';
    }

} // namespace

int runFacts(Context& context, const std::vector<std::string>& args)
{
    FactsOptions options;
    if (const auto problem = parseFactsOptions(args, options))
        return usageError(context, *problem);
    ProcessFacts facts = readFacts(context.source, options.pid);
    // Both the process files gone: there is no process to tell about.
    if (!facts.stat && !facts.status && facts.stat.error().kind == ErrorKind::NoSuchProcess)
        return fail(context, facts.stat.error());
    std::optional<FaultRates> rates;
    if (options.intervalSeconds) {
        std::this_thread::sleep_for(std::chrono::duration<double>(*options.intervalSeconds));
        ProcessFacts later = readFacts(context.source, options.pid);
        rates = faultRates(facts, later);
        if (later.stat || later.status)
            facts = std::move(later);
    }
    if (context.format == Format::Json)
        writeJson(context, facts, rates);
    else
        writeText(context, facts, rates);
    return kExitOk;
}

} // namespace vmscope::cli
