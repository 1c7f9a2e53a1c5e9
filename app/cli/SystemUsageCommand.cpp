// vmscope-cli system: smem's system-wide tables (-p, -u, -m, -w) from vmscope's core.
#include "Cli.h"

#include "core/read/SystemUsage.h"
#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/format/TextTable.h"
#include "core/model/Saturating.h"
#include "core/io/ProcRootSource.h"
#include "core/read/SystemReader.h"
#include "core/parse/ParseUtil.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <mutex>
#include <optional>
#include <unistd.h>

namespace vmscope::cli {
namespace {

    enum class Breakdown { Process, User, Mapping, System };

    struct SystemOptions {
        Breakdown by = Breakdown::Process;
        bool percent = false;
        SystemAreaOptions areas;
        std::optional<std::string> sysRoot;
        unsigned threads = 0;
        std::optional<std::vector<int>> pids; // --pids: only these processes (ascending)
    };

    // "123,456,789": ascending, without repeats; nullopt when any item is not a process id.
    std::optional<std::vector<int>> parsePidList(std::string_view text)
    {
        std::vector<int> pids;
        while (!text.empty()) {
            const std::size_t comma = text.find(',');
            std::uint64_t pid = 0;
            if (parse::parseUnsigned(text.substr(0, comma), pid) != parse::NumberError::None || pid == 0
                || pid > 0x7fffffff)
                return std::nullopt;
            pids.push_back(static_cast<int>(pid));
            text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
        }
        if (pids.empty())
            return std::nullopt;
        std::sort(pids.begin(), pids.end());
        pids.erase(std::unique(pids.begin(), pids.end()), pids.end());
        return pids;
    }

    // "--by mapping" and "--by=mapping" alike; false (with `value` untouched) for another option.
    bool optionValue(
        const std::vector<std::string>& args, std::size_t& i, std::string_view name, std::string& value, bool& missing)
    {
        const std::string& arg = args[i];
        if (arg == name) {
            missing = i + 1 >= args.size();
            if (!missing)
                value = args[++i];
            return true;
        }
        if (arg.size() > name.size() && arg.compare(0, name.size(), name) == 0 && arg[name.size()] == '=') {
            value = arg.substr(name.size() + 1);
            return true;
        }
        return false;
    }

    // Returns kExitOk, or the usage error's exit code.
    int parseOptions(Context& context, const std::vector<std::string>& args, SystemOptions& options)
    {
        for (std::size_t i = 0; i < args.size(); ++i) {
            std::string value;
            bool missing = false;
            if (args[i] == "--percent" || args[i] == "-p") {
                options.percent = true;
            } else if (optionValue(args, i, "--by", value, missing)) {
                if (missing)
                    return usageError(context, "--by needs process, user, mapping or system");
                if (value == "process")
                    options.by = Breakdown::Process;
                else if (value == "user")
                    options.by = Breakdown::User;
                else if (value == "mapping")
                    options.by = Breakdown::Mapping;
                else if (value == "system")
                    options.by = Breakdown::System;
                else
                    return usageError(
                        context, "unknown breakdown '" + value + "' (use process, user, mapping or system)");
            } else if (optionValue(args, i, "--real-ram", value, missing)) {
                const auto kib = missing ? std::nullopt : parseSizeKiB(value);
                if (!kib || *kib == 0)
                    return usageError(context, "--real-ram needs a size such as 16G or 16384M");
                options.areas.realRamKiB = kib;
            } else if (optionValue(args, i, "--kernel-size", value, missing)) {
                const auto kib = missing ? std::nullopt : parseSizeKiB(value);
                if (!kib)
                    return usageError(context, "--kernel-size needs a size such as 40M");
                options.areas.kernelImageKiB = kib;
            } else if (optionValue(args, i, "--sys-root", value, missing)) {
                if (missing)
                    return usageError(context, "--sys-root needs a directory laid out like /sys");
                options.sysRoot = value;
            } else if (optionValue(args, i, "--pids", value, missing)) {
                options.pids = missing ? std::nullopt : parsePidList(value);
                if (!options.pids)
                    return usageError(context, "--pids needs process ids separated by commas, e.g. 1234,5678");
            } else if (optionValue(args, i, "--threads", value, missing)) {
                std::uint64_t n = 0;
                if (missing || parse::parseUnsigned(value, n) != parse::NumberError::None || n > 1024)
                    return usageError(context, "--threads needs a number (0: one per core)");
                options.threads = static_cast<unsigned>(n);
            } else {
                return usageError(context, "'system' does not take '" + args[i] + "'");
            }
        }
        return kExitOk;
    }

    void emit(Context& context, const TextTable& table)
    {
        if (context.format == Format::Csv)
            table.appendCsv(context.out);
        else
            table.appendText(context.out);
    }

    // Sizes in text and CSV: kB, human units (-h), or a share of `whole` (--percent).
    struct Cells {
        const Context& context;
        bool percent = false;
        std::uint64_t whole = 0;

        std::string operator()(std::uint64_t kib) const
        {
            if (!percent)
                return sizeCell(context, kib);
            const Share share = shareOf(kib, whole); // the rule the GUI follows too
            if (share.state == Share::State::NoBase)
                return "n/a";
            if (share.state == Share::State::Overflow)
                return "overflow";
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, "%.2f%%", share.percent);
            return buffer;
        }
    };

    // Percentages are of MemTotal, as smem -p shows them.
    std::optional<Cells> makeCells(Context& context, bool percent, int& exitCode)
    {
        Cells cells { context, percent, 0 };
        if (percent && context.format != Format::Json) {
            auto info = readMemInfo(context.source);
            if (!info) {
                exitCode = fail(context, info.error());
                return std::nullopt;
            }
            cells.whole = info->find("MemTotal").value_or(0);
        }
        return cells;
    }

    // {"KEY":[an object per row], then the tail's fields}: the shape of every table of `system`.
    template <class Row, class WriteRow>
    void writeJsonRows(Context& context, std::string_view key, const std::vector<Row>& rows, WriteRow writeRow,
        const std::function<void(JsonWriter&)>& writeTail)
    {
        JsonWriter json(context.out);
        json.beginObject();
        json.key(key);
        json.beginArray();
        for (const Row& row : rows) {
            json.beginObject();
            writeRow(json, row);
            json.endObject();
            flushIfLarge(context);
        }
        json.endArray();
        writeTail(json);
        json.endObject();
        context.out += '\n';
    }

    // Counted and named, never silently skipped: after the table in text, on stderr for CSV
    // (so the CSV stays a table).
    void reportUnreadable(Context& context, const std::vector<UnreadableProcess>& unreadable)
    {
        if (unreadable.empty() || context.format == Format::Json)
            return;
        std::size_t denied = 0;
        for (const UnreadableProcess& u : unreadable)
            denied += u.error.kind == ErrorKind::PermissionDenied;
        std::string& out = context.format == Format::Csv ? context.err : context.out;
        out.append(context.format == Format::Csv ? "vmscope-cli: " : "\n")
            .append(std::to_string(unreadable.size()))
            .append(unreadable.size() == 1 ? " process is" : " processes are")
            .append(" not included");
        if (denied == unreadable.size() && ::geteuid() != 0)
            out.append(" (permission denied: run as root, or with sudo, to include them)");
        out.append(":\n");
        for (const UnreadableProcess& u : unreadable) {
            out.append("  ").append(std::to_string(u.pid));
            if (!u.name.empty())
                out.append(" (").append(escapeForDisplay(u.name)).append(")");
            if (!u.user.empty())
                out.append(" of ").append(escapeForDisplay(u.user));
            out.append(": ").append(escapeForDisplay(u.error.message())).append("\n");
        }
    }

    ProcessListing readListing(const Context& context, const SystemOptions& options)
    {
        ListingOptions listingOptions;
        listingOptions.summary.countVmas = false; // not shown here, and a read of maps per process
        ProcessListing listing = readProcessListing(context.source, listingOptions);
        if (options.pids) {
            auto notAsked
                = [&](int pid) { return !std::binary_search(options.pids->begin(), options.pids->end(), pid); };
            std::erase_if(listing.processes, [&](const ProcessSummary& p) { return notAsked(p.pid); });
            std::erase_if(listing.unreadable, [&](const UnreadableProcess& u) { return notAsked(u.pid); });
        }
        return listing;
    }

    int showProcesses(Context& context, const SystemOptions& options)
    {
        ProcessListing listing = readListing(context, options);
        std::stable_sort(listing.processes.begin(), listing.processes.end(),
            [](const ProcessSummary& a, const ProcessSummary& b) { return a.totals.pss() > b.totals.pss(); });
        if (context.format == Format::Json) {
            writeJsonRows(
                context, "processes", listing.processes,
                [](JsonWriter& json, const ProcessSummary& p) {
                    json.field("pid", p.pid);
                    json.field("user", p.user);
                    json.field("name", p.name);
                    json.field("uss", p.totals.uss());
                    json.field("pss", p.totals.pss());
                    json.field("rss", p.totals.rss());
                    json.field("swap", p.totals.swap());
                },
                [&](JsonWriter& json) { writeUnreadableJson(json, listing.unreadable); });
            return kExitOk;
        }
        int exitCode = kExitOk;
        const auto cells = makeCells(context, options.percent, exitCode);
        if (!cells)
            return exitCode;
        TextTable table({ { "PID", true }, { "User" }, { "Name" }, { "Swap", true }, { "USS", true }, { "PSS", true },
            { "RSS", true }, { "Command" } });
        Totals sum;
        for (const ProcessSummary& p : listing.processes) {
            table.addRow({ std::to_string(p.pid), p.user, p.name, (*cells)(p.totals.swap()),
                (*cells)(p.totals.uss()), (*cells)(p.totals.pss()), (*cells)(p.totals.rss()),
                p.commandLine });
            sum.add(p.totals.fields);
        }
        if (context.format == Format::Text)
            table.addRow({ "", "", "total of " + std::to_string(listing.processes.size()), (*cells)(sum.swap()),
                (*cells)(sum.uss()), (*cells)(sum.pss()), (*cells)(sum.rss()), "" });
        emit(context, table);
        reportUnreadable(context, listing.unreadable);
        return kExitOk;
    }

    int showUsers(Context& context, const SystemOptions& options)
    {
        const ProcessListing listing = readListing(context, options);
        const std::vector<UserUsage> users = usageByUser(listing);
        if (context.format == Format::Json) {
            writeJsonRows(
                context, "users", users,
                [](JsonWriter& json, const UserUsage& u) {
                    json.field("user", u.user);
                    json.field("count", static_cast<std::uint64_t>(u.processCount));
                    json.field("uss", u.uss);
                    json.field("pss", u.pss);
                    json.field("rss", u.rss);
                    json.field("swap", u.swap);
                },
                [&](JsonWriter& json) { writeUnreadableJson(json, listing.unreadable); });
            return kExitOk;
        }
        int exitCode = kExitOk;
        const auto cells = makeCells(context, options.percent, exitCode);
        if (!cells)
            return exitCode;
        TextTable table(
            { { "User" }, { "Count", true }, { "Swap", true }, { "USS", true }, { "PSS", true }, { "RSS", true } });
        for (const UserUsage& u : users)
            table.addRow({ u.user, std::to_string(u.processCount), (*cells)(u.swap), (*cells)(u.uss), (*cells)(u.pss),
                (*cells)(u.rss) });
        emit(context, table);
        reportUnreadable(context, listing.unreadable);
        return kExitOk;
    }

    // "Reading smaps: 120 of 300 processes" on a terminal, a few times a second at most.
    class ProgressLine {
    public:
        ProgressLine()
            : m_enabled(::isatty(STDERR_FILENO) == 1)
        {
        }
        ~ProgressLine()
        {
            if (m_shown)
                writeAll(STDERR_FILENO, "\r\033[K");
        }
        ProgressLine(const ProgressLine&) = delete;
        ProgressLine& operator=(const ProgressLine&) = delete;

        bool enabled() const { return m_enabled; }

        void update(std::size_t done, std::size_t total)
        {
            const auto now = std::chrono::steady_clock::now();
            std::lock_guard lock(m_mutex);
            if (m_shown && done < total && now - m_last < std::chrono::milliseconds(100))
                return;
            m_last = now;
            m_shown = true;
            char line[96];
            const int n = std::snprintf(line, sizeof line, "\rReading smaps: %zu of %zu processes", done, total);
            writeAll(STDERR_FILENO, std::string_view(line, static_cast<std::size_t>(n)));
        }

    private:
        bool m_enabled;
        bool m_shown = false;
        std::mutex m_mutex;
        std::chrono::steady_clock::time_point m_last;
    };

    int showMappings(Context& context, const SystemOptions& options)
    {
        auto pids = options.pids ? Result<std::vector<int>>(*options.pids) : context.source.listPids();
        if (!pids)
            return fail(context, pids.error());
        MappingScan scan;
        {
            ProgressLine progress;
            MappingScanOptions scanOptions;
            scanOptions.threads = options.threads;
            if (progress.enabled())
                scanOptions.progress = [&](std::size_t done, std::size_t total) { progress.update(done, total); };
            scan = scanMappings(context.source, *pids, scanOptions);
        }
        // smem's AVGPSS: whole kB, truncated.
        auto averagePss = [](const MappingUsage& m) { return m.averagePssKiB(); };
        if (context.format == Format::Json) {
            writeJsonRows(
                context, "mappings", scan.mappings,
                [&](JsonWriter& json, const MappingUsage& m) {
                    json.field("path", m.path);
                    if (!JsonWriter::isValidUtf8(m.path))
                        json.field("path_hex", JsonWriter::hexBytes(m.path));
                    json.field("deleted", m.deleted);
                    json.field("pids", static_cast<std::uint64_t>(m.pids.size()));
                    json.field("avg_pss", averagePss(m));
                    json.field("pss", m.pss);
                },
                [&](JsonWriter& json) {
                    json.field("processes", static_cast<std::uint64_t>(scan.scanned));
                    writeUnreadableJson(json, scan.unreadable);
                });
            return kExitOk;
        }
        int exitCode = kExitOk;
        const auto cells = makeCells(context, options.percent, exitCode);
        if (!cells)
            return exitCode;
        TextTable table({ { "Mapping" }, { "PIDs", true }, { "Avg PSS", true }, { "PSS", true }, { "USS", true },
            { "RSS", true }, { "Swap", true } });
        for (const MappingUsage& m : scan.mappings) {
            std::string name = m.path; // TextTable escapes it
            if (m.deleted)
                name += " (deleted)";
            table.addRow({ std::move(name), std::to_string(m.pids.size()), (*cells)(averagePss(m)), (*cells)(m.pss),
                (*cells)(m.uss), (*cells)(m.rss), (*cells)(m.swap) });
        }
        emit(context, table);
        reportUnreadable(context, scan.unreadable);
        return kExitOk;
    }

    int showSystem(Context& context, const SystemOptions& options)
    {
        auto info = readMemInfo(context.source);
        if (!info)
            return fail(context, info.error());
        // --sys-root, else the /sys of the proc root's machine (Context::sys: none for a capture).
        std::optional<ProcRootSource> sysRoot;
        if (options.sysRoot)
            sysRoot.emplace(*options.sysRoot);
        const Source* sys = sysRoot ? &*sysRoot : context.sys.get();
        const SystemAreaSetup setup = detectSystemAreaOptions(context.source, sys, options.areas);
        auto areas = systemAreas(*info, setup.options);
        if (!areas) {
            Error error = areas.error();
            error.file = context.source.displayPath("meminfo");
            return fail(context, error);
        }
        std::uint64_t physical = 0;
        for (const SystemArea& a : *areas)
            addSaturating(physical, a.used);
        if (context.format == Format::Json) {
            writeJsonRows(
                context, "areas", *areas,
                [](JsonWriter& json, const SystemArea& a) {
                    json.field("area", a.area);
                    json.field("used", a.used);
                    json.field("cache", a.cache);
                    json.field("noncache", a.noncache());
                },
                [&](JsonWriter& json) {
                    json.field("total", physical);
                    json.field("real_ram_origin", setup.realRamOrigin);
                    json.field("kernel_image_origin", setup.kernelImageOrigin);
                });
            return kExitOk;
        }
        // The areas add up to the real RAM, so they are shown as shares of it rather than of
        // MemTotal (which leaves out firmware and the kernel image).
        const Cells cells { context, options.percent, physical };
        TextTable table({ { "Area" }, { "Used", true }, { "Cache", true }, { "Noncache", true } });
        for (const SystemArea& a : *areas)
            table.addRow({ a.area, cells(a.used), cells(a.cache), cells(a.noncache()) });
        if (context.format == Format::Text)
            table.addRow({ "total", cells(physical), "", "" });
        emit(context, table);
        if (context.format == Format::Text)
            context.out.append("\nReal RAM: ")
                .append(escapeForDisplay(setup.realRamOrigin))
                .append("\nKernel image: ")
                .append(escapeForDisplay(setup.kernelImageOrigin))
                .append("\n");
        return kExitOk;
    }

} // namespace

void writeUnreadableJson(JsonWriter& json, const std::vector<UnreadableProcess>& unreadable)
{
    json.field("unreadable", static_cast<std::uint64_t>(unreadable.size()));
    json.key("unreadable_processes");
    json.beginArray();
    for (const UnreadableProcess& u : unreadable) {
        json.beginObject();
        json.field("pid", u.pid);
        json.field("name", u.name);
        json.field("user", u.user);
        json.field("reason", u.error.message());
        json.endObject();
    }
    json.endArray();
}

int runSystem(Context& context, const std::vector<std::string>& args)
{
    SystemOptions options;
    if (int code = parseOptions(context, args, options))
        return code;
    // A proc root that cannot be listed is an error, not a system without processes.
    if (options.by != Breakdown::System && !options.pids)
        if (auto pids = context.source.listPids(); !pids)
            return fail(context, pids.error());
    switch (options.by) {
    case Breakdown::Process:
        return showProcesses(context, options);
    case Breakdown::User:
        return showUsers(context, options);
    case Breakdown::Mapping:
        return showMappings(context, options);
    case Breakdown::System:
        return showSystem(context, options);
    }
    return kExitUsage;
}

} // namespace vmscope::cli
