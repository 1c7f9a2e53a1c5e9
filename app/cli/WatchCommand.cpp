// vmscope-cli watch: the sampler and the workload runner without a GUI, for scripts and tests.
// stdout carries the samples only (one line each, written as it is taken); the command's own
// output goes to stderr so that JSON Lines on stdout stay parseable.
#include "Cli.h"
#include "StopSignals.h"

#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/format/TextTable.h"
#include "core/format/Units.h"
#include "core/read/OomKillWatch.h"
#include "core/read/SystemReader.h"
#include "core/read/SystemUsage.h"
#include "core/sampling/Sampler.h"
#include "workload/WorkloadPresets.h"
#include "workload/WorkloadRunner.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <deque>
#include <mutex>
#include <optional>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>
#include <utility>
#include <variant>

namespace vmscope::cli {
namespace {

    struct WatchOptions {
        std::chrono::milliseconds interval { 500 };
        std::optional<double> durationSeconds;
        std::optional<std::string> commandLine;
        std::optional<std::uint64_t> memoryMaxBytes; // --memory-max: the run's memory cgroup limit
    };

    constexpr std::string_view kEventOomKill = "oom_kill";

    constexpr double kMaxDurationSeconds = 365.0 * 24 * 3600;

    // Returns an error sentence, or nothing when the arguments are good.
    std::optional<std::string> parseWatchOptions(const std::vector<std::string>& args, WatchOptions& options)
    {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string& arg = args[i];
            std::string name = arg;
            std::optional<std::string> value;
            if (const std::size_t equals = arg.find('='); arg.rfind("--", 0) == 0 && equals != std::string::npos) {
                name = arg.substr(0, equals);
                value = arg.substr(equals + 1);
            }
            if (name != "--interval" && name != "--duration" && name != "--run" && name != "--memory-max")
                return "watch: unknown argument '" + arg + "'";
            if (!value) {
                if (i + 1 >= args.size())
                    return "watch: " + name + " needs a value";
                value = args[++i];
            }
            if (name == "--run") {
                if (value->empty())
                    return std::string("watch: --run needs a command line");
                options.commandLine = *value;
                continue;
            }
            if (name == "--memory-max") {
                // Like every size vmscope-cli takes: binary units, a bare number is kB.
                const auto kib = parseSizeKiB(*value);
                if (!kib || *kib < 1024 || *kib > (std::uint64_t(1) << 42))
                    return "watch: --memory-max takes a size from 1M to 4P such as 96M or 1G, not '" + *value + "'";
                options.memoryMaxBytes = *kib * 1024;
                continue;
            }
            const auto seconds = parseSeconds(*value);
            if (name == "--interval") {
                if (!seconds || *seconds < 0.1 || *seconds > 10)
                    return "watch: --interval takes seconds from 0.1 to 10, not '" + *value + "'";
                options.interval = std::chrono::milliseconds(std::lround(*seconds * 1000));
            } else {
                // Bounded before any conversion: 1e308 s would overflow the clock's integer ticks.
                if (!seconds || *seconds <= 0)
                    return "watch: --duration takes a positive number of seconds, not '" + *value + "'";
                if (*seconds > kMaxDurationSeconds)
                    return "watch: --duration takes at most 31536000 seconds (one year), not '" + *value + "'";
                options.durationSeconds = *seconds;
            }
        }
        if (options.memoryMaxBytes && !options.commandLine)
            return std::string("watch: --memory-max limits the command of --run, and there is none");
        return std::nullopt;
    }

    std::string secondsText(double seconds)
    {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.3f", seconds);
        return buffer;
    }

    // The zone columns a CSV row has, fixed by the first sample (zones do not come and go).
    struct CsvLayout {
        std::vector<std::string> memInfoKeys;
        std::vector<std::pair<int, std::string>> zones;
    };

    constexpr std::string_view kZoneCsvFields[] = { "free", "min", "low", "high" };

    std::optional<std::uint64_t> zoneField(const ZoneSample& zone, std::string_view field)
    {
        if (field == "free")
            return zone.free;
        if (field == "min")
            return zone.min;
        if (field == "low")
            return zone.low;
        return zone.high;
    }

    class WatchPrinter {
    public:
        explicit WatchPrinter(Context& context)
            : m_context(context)
        {
        }

        // False once stdout is closed (| head): the caller stops.
        bool sample(const SystemSample& sample)
        {
            std::string line;
            switch (m_context.format) {
            case Format::Json:
                appendJson(line, sample);
                break;
            case Format::Csv:
                appendCsv(line, sample);
                break;
            case Format::Text:
                appendText(line, sample);
                break;
            }
            return write(line);
        }

        // `pid`: run_start's, the command's shell (or what it exec'd), the pid an OOM kill names.
        bool event(const SampleEvent& event, const std::optional<WorkloadResult>& result,
            std::optional<int> pid = std::nullopt)
        {
            std::string line;
            if (m_context.format == Format::Json) {
                JsonWriter json(line);
                json.beginObject();
                json.field("t", event.seconds);
                json.field("event", event.kind);
                if (event.kind == kEventRunEnd) {
                    if (event.exitCode)
                        json.field("exit_code", *event.exitCode);
                    else {
                        json.key("exit_code");
                        json.null();
                    }
                }
                if (!event.label.empty())
                    json.field("command", event.label);
                if (pid)
                    json.field("pid", *pid);
                if (result) {
                    if (result->signal)
                        json.field("signal", *result->signal);
                    json.field("cancelled", result->cancelled);
                    json.field("elapsed", result->elapsedSeconds);
                    json.field("disk_read_bytes", result->blockInputs);
                    if (result->io) {
                        json.field("rchar", result->io->rchar);
                        json.field("read_bytes", result->io->readBytes);
                        json.field("write_bytes", result->io->writeBytes);
                    }
                    if (!result->error.empty())
                        json.field("error", result->error);
                    json.field("oom_killed", result->oomKilled);
                    if (result->memoryCgroup) {
                        const RunMemoryCgroup& cgroup = *result->memoryCgroup;
                        json.key("memory_cgroup");
                        json.beginObject();
                        json.field("version", static_cast<int>(cgroup.version));
                        json.field("method", cgroup.method);
                        json.field("path", cgroup.directory);
                        json.field("limit", cgroup.limitBytes / 1024);
                        json.field("swap_limit", cgroup.swapBytes / 1024);
                        if (cgroup.peakBytes)
                            json.field("peak", *cgroup.peakBytes / 1024);
                        else {
                            json.key("peak");
                            json.null();
                        }
                        json.field("oom_kills", cgroup.oomKills);
                        json.field("removed", cgroup.removed);
                        json.endObject();
                    }
                    if (!result->leftovers.empty()) {
                        // After a normal end still running; after a cancel not killable.
                        json.key("leftover_pids");
                        json.beginArray();
                        for (const WorkloadProcess& process : result->leftovers)
                            json.value(process.pid);
                        json.endArray();
                    }
                }
                json.endObject();
                line += '\n';
                return write(line);
            }
            if (m_context.format == Format::Csv) {
                std::string text = event.kind;
                if (event.exitCode)
                    text += ':' + std::to_string(*event.exitCode);
                if (result && result->oomKilled)
                    text += ":oom_killed";
                addCsvEvent(text);
                return true;
            }
            line = secondsText(event.seconds) + " s  ";
            if (event.kind == kEventRunStart) {
                line += "started: " + escapeForDisplay(event.label);
            } else {
                line += "ended: ";
                if (result)
                    line += escapeForDisplay(result->describe());
                else if (event.exitCode)
                    line += "exit code " + std::to_string(*event.exitCode);
                if (result) {
                    line += " after " + secondsText(result->elapsedSeconds) + " s, " + formatBytes(result->blockInputs)
                        + " read from disk";
                    if (result->memoryCgroup) {
                        const RunMemoryCgroup& cgroup = *result->memoryCgroup;
                        line += "; memory cgroup (" + cgroup.method + ") limit " + formatChosenBytes(cgroup.limitBytes)
                            + ", peak " + (cgroup.peakBytes ? formatBytes(*cgroup.peakBytes) : std::string("unknown"))
                            + ", " + std::to_string(cgroup.oomKills)
                            + (cgroup.oomKills == 1 ? " OOM kill" : " OOM kills");
                        if (!cgroup.removed)
                            line += "; " + escapeForDisplay(cgroup.problem);
                    }
                }
            }
            line += '\n';
            return write(line);
        }

        bool oomKill(const OomKillEvent& kill)
        {
            const bool fromLog = kill.source == OomKillEvent::Source::KernelLog;
            std::string line;
            if (m_context.format == Format::Json) {
                JsonWriter json(line);
                json.beginObject();
                json.field("t", kill.seconds);
                json.field("event", kEventOomKill);
                json.field("source", fromLog ? "kernel_log" : "counter");
                if (kill.pid)
                    json.field("pid", *kill.pid);
                const std::pair<const char*, const std::optional<std::string>&> texts[]
                    = { { "name", kill.name }, { "constraint", kill.constraint }, { "memcg", kill.memcg } };
                for (const auto& [key, value] : texts)
                    if (value)
                        json.field(key, *value);
                const std::pair<const char*, const std::optional<std::uint64_t>&> sizes[]
                    = { { "anon_rss", kill.anonRssKb }, { "file_rss", kill.fileRssKb },
                          { "shmem_rss", kill.shmemRssKb }, { "total_vm", kill.totalVmKb } };
                for (const auto& [key, value] : sizes)
                    if (value)
                        json.field(key, *value);
                json.endObject();
                line += '\n';
                return write(line);
            }
            if (m_context.format == Format::Csv) {
                addCsvEvent(std::string(kEventOomKill) + (kill.pid ? ':' + std::to_string(*kill.pid) : std::string()));
                return true;
            }
            line = secondsText(kill.seconds) + " s  OOM kill: ";
            if (kill.pid)
                line += "process " + std::to_string(*kill.pid) + " (" + escapeForDisplay(kill.name.value_or("?")) + ")";
            else
                line += "a process (the kernel log is not readable: vmstat oom_kill rose)";
            if (kill.constraint)
                line += ", " + escapeForDisplay(*kill.constraint);
            if (kill.memcg)
                line += ", memory cgroup " + escapeForDisplay(*kill.memcg);
            if (kill.anonRssKb)
                line += ", anon-rss " + formatKiB(*kill.anonRssKb);
            if (kill.fileRssKb)
                line += ", file-rss " + formatKiB(*kill.fileRssKb);
            if (kill.shmemRssKb)
                line += ", shmem-rss " + formatKiB(*kill.shmemRssKb);
            if (kill.totalVmKb)
                line += ", total-vm " + formatKiB(*kill.totalVmKb);
            line += '\n';
            return write(line);
        }

        // CSV shows events in the next sample's row; those after the last sample are said on stderr.
        void finish()
        {
            if (!m_pendingCsvEvents.empty())
                writeAll(STDERR_FILENO, "vmscope-cli: watch: after the last sample: " + m_pendingCsvEvents + "\n");
            m_pendingCsvEvents.clear();
        }

    private:
        // One row per sample: an event is shown in the next row's "events" column.
        void addCsvEvent(const std::string& text)
        {
            if (!m_pendingCsvEvents.empty())
                m_pendingCsvEvents += ' ';
            m_pendingCsvEvents += text;
        }

        bool write(std::string_view line)
        {
            if (m_context.outFd < 0) {
                m_context.out += line;
                return true;
            }
            return writeAll(m_context.outFd, line);
        }

        static void appendJson(std::string& line, const SystemSample& sample)
        {
            JsonWriter json(line);
            json.beginObject();
            json.field("t", sample.seconds);
            json.key("meminfo");
            json.beginObject();
            for (std::size_t i = 0; i < sample.memInfo.size(); ++i)
                json.field(sample.schema->memInfoKeys[i], sample.memInfo[i]);
            json.endObject();
            json.key("zones");
            json.beginArray();
            for (const ZoneSample& zone : sample.zones) {
                json.beginObject();
                json.field("node", zone.node);
                json.field("zone", zone.zone);
                json.field("free", zone.free);
                const std::pair<const char*, const std::optional<std::uint64_t>&> values[] = { { "min", zone.min },
                    { "low", zone.low }, { "high", zone.high }, { "boost", zone.boost }, { "promo", zone.promo },
                    { "spanned", zone.spanned }, { "present", zone.present }, { "managed", zone.managed } };
                for (const auto& [name, value] : values)
                    if (value)
                        json.field(name, *value);
                json.key("free_blocks");
                json.beginArray();
                for (std::uint64_t blocks : zone.freeBlocks)
                    json.value(blocks);
                json.endArray();
                json.endObject();
            }
            json.endArray();
            json.key("vmstat");
            json.beginObject();
            for (std::size_t i = 0; i < sample.vmStat.size(); ++i)
                json.field(sample.schema->vmStatKeys[i], sample.vmStat[i]);
            json.endObject();
            json.field("page_size", sample.pageSize);
            if (!sample.problems.empty()) {
                json.key("problems");
                json.beginArray();
                for (const std::string& problem : sample.problems)
                    json.value(problem);
                json.endArray();
            }
            json.endObject();
            line += '\n';
        }

        void appendCsv(std::string& line, const SystemSample& sample)
        {
            if (!m_csvLayout) {
                m_csvLayout.emplace();
                m_csvLayout->memInfoKeys = sample.schema->memInfoKeys;
                line += "t";
                for (const std::string& key : m_csvLayout->memInfoKeys) {
                    line += ',';
                    TextTable::appendCsvCell(line, key);
                }
                for (const ZoneSample& zone : sample.zones) {
                    m_csvLayout->zones.emplace_back(zone.node, zone.zone);
                    for (std::string_view field : kZoneCsvFields) {
                        line += ',';
                        TextTable::appendCsvCell(
                            line, "node" + std::to_string(zone.node) + '_' + zone.zone + '_' + std::string(field));
                    }
                }
                line += ",events\n";
            }
            line += secondsText(sample.seconds);
            for (const std::string& key : m_csvLayout->memInfoKeys) {
                line += ',';
                if (const auto value = sample.memInfoValue(key))
                    line += std::to_string(*value);
            }
            for (const auto& [node, name] : m_csvLayout->zones) {
                const ZoneSample* zone = nullptr;
                for (const ZoneSample& candidate : sample.zones)
                    if (candidate.node == node && candidate.zone == name)
                        zone = &candidate;
                for (std::string_view field : kZoneCsvFields) {
                    line += ',';
                    if (const auto value = zone ? zoneField(*zone, field) : std::nullopt)
                        line += std::to_string(*value);
                }
            }
            line += ',' + m_pendingCsvEvents + '\n';
            m_pendingCsvEvents.clear();
        }

        static void appendText(std::string& line, const SystemSample& sample)
        {
            auto kib = [&sample](std::string_view key) {
                const auto value = sample.memInfoValue(key);
                return value ? formatKiBCompact(*value) : std::string("-");
            };
            line += secondsText(sample.seconds) + " s  free " + kib("MemFree") + "  available " + kib("MemAvailable")
                + "  cached " + kib("Cached") + "  buffers " + kib("Buffers") + "  dirty " + kib("Dirty")
                + "  writeback " + kib("Writeback") + "  anon " + kib("AnonPages");
            for (const ZoneSample& zone : sample.zones) {
                if (!zone.populated())
                    continue;
                line += "  | " + escapeForDisplay(zone.zone) + " free " + std::to_string(zone.free);
                if (zone.min && zone.low && zone.high) {
                    line += " (min " + std::to_string(*zone.min) + " low " + std::to_string(*zone.low) + " high "
                        + std::to_string(*zone.high) + ")";
                }
            }
            for (const std::string& problem : sample.problems)
                line += "  [" + escapeForDisplay(problem) + "]";
            line += '\n';
        }

        Context& m_context;
        std::optional<CsvLayout> m_csvLayout;
        std::string m_pendingCsvEvents;
    };

    // What the sampler and the runner threads hand to the printing thread, in arrival order.
    struct RunEnded {
        SampleEvent event;
        WorkloadResult result;
    };
    using WatchItem = std::variant<SamplePtr, Error, RunEnded>;

    class WatchQueue {
    public:
        WatchQueue()
            : m_wakeFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
        {
        }
        ~WatchQueue()
        {
            if (m_wakeFd >= 0)
                ::close(m_wakeFd);
        }
        WatchQueue(const WatchQueue&) = delete;
        WatchQueue& operator=(const WatchQueue&) = delete;

        void push(WatchItem item)
        {
            {
                const std::lock_guard lock(m_mutex);
                m_items.push_back(std::move(item));
            }
            const std::uint64_t one = 1;
            [[maybe_unused]] const ssize_t written = ::write(m_wakeFd, &one, sizeof one);
        }
        std::deque<WatchItem> take()
        {
            std::uint64_t count = 0;
            [[maybe_unused]] const ssize_t drained = ::read(m_wakeFd, &count, sizeof count);
            const std::lock_guard lock(m_mutex);
            return std::exchange(m_items, {});
        }
        int fd() const { return m_wakeFd; }

    private:
        int m_wakeFd;
        std::mutex m_mutex;
        std::deque<WatchItem> m_items;
    };

    // One `watch` run: the sampler and the command feed a queue; the loop prints what arrives until
    // the duration ends, the command has settled, Ctrl+C, or stdout closes.
    class WatchSession {
    public:
        WatchSession(Context& context, WatchOptions options)
            : m_context(context)
            , m_options(std::move(options))
            , m_printer(context)
            // Shared with run(): a sample stuck on a hung file is left behind when the session ends,
            // and its thread may read through the Source after the command returned.
            , m_sampler(context.sharedSource
                      ? context.sharedSource
                      : std::shared_ptr<const Source>(std::shared_ptr<const Source>(), &context.source),
                  samplerOptions(m_options))
            , m_oomKills(kernelLogPath(context))
        {
            m_sampler.setOnSample([this](SamplePtr sample) { m_queue.push(std::move(sample)); });
            m_sampler.setOnError([this](const Error& error) { m_queue.push(error); });
            m_runner.setOnOutput([](OutputStream, std::string_view chunk) { writeAll(STDERR_FILENO, chunk); });
            m_runner.setOnFinished([this](const WorkloadResult& result) {
                SampleEvent event { m_sampler.secondsSinceStart(), std::string(kEventRunEnd), result.exitCode,
                    m_options.commandLine.value_or(std::string()) };
                m_sampler.recordEvent(event);
                m_queue.push(RunEnded { std::move(event), result });
            });
        }

        int run()
        {
            m_sampler.start();
            if (m_options.durationSeconds)
                m_stopAt = Clock::now()
                    + std::chrono::duration_cast<Clock::duration>(
                        std::chrono::duration<double>(*m_options.durationSeconds));
            m_commandPending = m_options.commandLine.has_value(); // started after the first sample
            while (!m_outputClosed && waitForItems())
                for (WatchItem& item : m_queue.take()) {
                    if (m_outputClosed)
                        break;
                    handle(item);
                }
            m_sampler.stop();
            if (m_commandRunning)
                cancelCommand();
            for (const OomKillEvent& kill : m_oomKills.flush())
                if (!m_outputClosed)
                    m_outputClosed = !m_printer.oomKill(kill);
            m_printer.finish();
            if (m_samplingError)
                return fail(m_context, *m_samplingError);
            if (!m_sampled) {
                m_context.err += "vmscope-cli: watch: no sample was taken\n";
                return kExitCannotRead;
            }
            return kExitOk;
        }

    private:
        using Clock = std::chrono::steady_clock;

        // /dev/kmsg from now on, so each OOM kill is told with its victim; only for the live kernel,
        // and only where it is readable (root, CAP_SYSLOG or kernel.dmesg_restrict=0).
        static std::optional<std::string> kernelLogPath(const Context& context)
        {
            if (context.source.describe() != "/proc")
                return std::nullopt;
            return std::string("/dev/kmsg");
        }

        void reportOomKills(std::optional<std::uint64_t> count, double seconds)
        {
            for (const OomKillEvent& kill : m_oomKills.update(count, seconds))
                if (!m_outputClosed)
                    m_outputClosed = !m_printer.oomKill(kill);
        }

        static SamplerOptions samplerOptions(const WatchOptions& options)
        {
            SamplerOptions samplerOptions;
            samplerOptions.interval = options.interval;
            // pagetypeinfo is not printed here, and reading it costs the kernel the zone lock.
            samplerOptions.readPageTypeInfo = false;
            return samplerOptions;
        }

        // Waits for the queue or a stop signal; false when it is time to stop.
        bool waitForItems()
        {
            int timeoutMs = -1;
            if (m_stopAt) {
                const auto left
                    = std::chrono::duration_cast<std::chrono::milliseconds>(*m_stopAt - Clock::now()).count();
                if (left <= 0)
                    return false;
                timeoutMs = static_cast<int>(left) + 1;
            }
            pollfd fds[2] = { { m_queue.fd(), POLLIN, 0 }, { m_stopSignals.fd(), POLLIN, 0 } };
            ::poll(fds, 2, timeoutMs);
            if (fds[1].revents & POLLIN && m_stopSignals.received()) {
                m_interrupted = true;
                return false;
            }
            return true;
        }

        void handle(WatchItem& item)
        {
            if (auto* sample = std::get_if<SamplePtr>(&item)) {
                m_sampled = true;
                m_outputClosed = !m_printer.sample(**sample);
                reportOomKills((*sample)->vmStatValue("oom_kill"), (*sample)->seconds);
                if (m_commandPending && !m_outputClosed)
                    startCommand();
            } else if (auto* error = std::get_if<Error>(&item)) {
                // meminfo unreadable: nothing worth printing will follow.
                m_samplingError = *error;
                m_stopAt = Clock::now();
            } else if (auto* ended = std::get_if<RunEnded>(&item)) {
                m_commandRunning = false;
                if (!ended->result.error.empty())
                    writeAll(STDERR_FILENO, "vmscope-cli: watch: " + ended->result.error + "\n");
                reportLeftovers(ended->result);
                // The kills of the run are told before its end: the counter read now, not at the next sample.
                if (auto vmstat = readVmStat(m_context.source))
                    reportOomKills(vmstat->find("oom_kill"), ended->event.seconds);
                if (!m_outputClosed)
                    m_outputClosed = !m_printer.event(ended->event, ended->result);
                // One more second shows the system settle after the command (issue 5).
                if (!m_options.durationSeconds)
                    m_stopAt = Clock::now() + std::chrono::seconds(1);
            }
        }

        void startCommand()
        {
            m_commandPending = false;
            WorkloadSpec spec = commandPreset(*m_options.commandLine);
            spec.memoryLimitBytes = m_options.memoryMaxBytes;
            SampleEvent event { m_sampler.secondsSinceStart(), std::string(kEventRunStart), std::nullopt, spec.label };
            std::string error;
            if (!m_runner.start(spec, &error)) {
                writeAll(STDERR_FILENO, "vmscope-cli: watch: " + error + "\n");
                if (!m_options.durationSeconds)
                    m_stopAt = Clock::now();
                return;
            }
            // Read at once: the pid is forgotten when the run has ended (a very short command).
            const std::optional<int> pid = m_runner.pid();
            m_sampler.recordEvent(event);
            m_commandRunning = true;
            m_outputClosed = !m_printer.event(event, std::nullopt, pid);
        }

        // The command is done when its shell is: what it left in the background runs on, and is named.
        // After a cancel, the runner has killed everything it found; what survived is named too.
        static void reportLeftovers(const WorkloadResult& result)
        {
            if (result.leftovers.empty())
                return;
            const std::size_t count = result.leftovers.size();
            const std::string processes = count == 1 ? "1 process" : std::to_string(count) + " processes";
            writeAll(STDERR_FILENO,
                "vmscope-cli: watch: "
                    + (result.cancelled ? processes + " the command started could not be ended: "
                                        : "the command left " + processes + " running: ")
                    + listProcesses(result.leftovers) + "\n");
        }

        // --duration ran out, Ctrl+C, or stdout closed: the command goes too, its end still reported.
        void cancelCommand()
        {
            if (!m_interrupted && !m_outputClosed)
                writeAll(STDERR_FILENO, "vmscope-cli: watch: --duration ended before the command; cancelling it\n");
            m_runner.cancel();
            m_runner.wait();
            for (WatchItem& item : m_queue.take()) {
                if (auto* ended = std::get_if<RunEnded>(&item)) {
                    reportLeftovers(ended->result);
                    if (auto vmstat = readVmStat(m_context.source))
                        reportOomKills(vmstat->find("oom_kill"), ended->event.seconds);
                    if (!m_outputClosed)
                        m_outputClosed = !m_printer.event(ended->event, ended->result);
                }
            }
        }

        Context& m_context;
        const WatchOptions m_options;
        StopSignals m_stopSignals;
        WatchQueue m_queue;
        WatchPrinter m_printer;
        Sampler m_sampler;
        // Declared after the sampler and the queue: destroyed first, so its finish callback cannot
        // reach them after they are gone.
        WorkloadRunner m_runner;
        OomKillWatch m_oomKills;
        std::optional<Clock::time_point> m_stopAt;
        bool m_commandPending = false;
        bool m_commandRunning = false;
        bool m_sampled = false;
        bool m_interrupted = false;
        bool m_outputClosed = false;
        std::optional<Error> m_samplingError;
    };

} // namespace

int runWatch(Context& context, const std::vector<std::string>& args)
{
    WatchOptions options;
    if (auto problem = parseWatchOptions(args, options))
        return usageError(context, *problem);
    return WatchSession(context, std::move(options)).run();
}

} // namespace vmscope::cli
