// The command line of vmscope-cli: global options, the command table and the helpers every
// command shares. A library (vmscope_cli_commands) so that the fuzzer (tests/fuzz/fuzz_cli) runs
// the very option parser and commands main() runs.
#include "Cli.h"

#include "core/format/DisplayText.h"
#include "core/format/Units.h"
#include "core/io/KernelWriter.h"
#include "core/io/ProcRootSource.h"
#include "core/io/ServeSource.h"
#include "core/io/ServeWriter.h"
#include "core/io/TarSource.h"
#include "core/model/Saturating.h"
#include "core/parse/ParseUtil.h"
#include "core/read/RemoteConnection.h"
#include "workload/RootHelper.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#include <map>
#include <new>
#include <ostream>
#include <string_view>
#include <unistd.h>

namespace vmscope::cli {

std::optional<double> parseSeconds(std::string_view text)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

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

ProgressLine::ProgressLine(std::string label)
    : m_label(std::move(label))
    , m_enabled(::isatty(STDERR_FILENO) == 1)
{
}

ProgressLine::~ProgressLine()
{
    if (m_shown)
        writeAll(STDERR_FILENO, "\r\033[K");
}

void ProgressLine::update(std::size_t done, std::size_t total)
{
    if (!m_enabled)
        return;
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    if (m_shown && done < total && now - m_last < std::chrono::milliseconds(100))
        return;
    m_last = now;
    m_shown = true;
    writeAll(
        STDERR_FILENO, "\r" + m_label + ": " + std::to_string(done) + " of " + std::to_string(total) + " processes");
}

int fail(Context& context, const Error& error)
{
    // Messages quote paths and lines from the input: escaped like every other output.
    context.err += "vmscope-cli: " + escapeForDisplay(error.message()) + "\n";
    return error.kind == ErrorKind::Malformed ? kExitMalformed : kExitCannotRead;
}

namespace {
    // The one form of a usage error, for the global options (before a Context exists) and the
    // commands alike. Messages quote what the user typed, which may be a name a hostile process
    // chose: escaped like every other output.
    int appendUsageError(std::string& err, std::string_view message)
    {
        err += "vmscope-cli: " + escapeForDisplay(message) + "\nTry 'vmscope-cli --help'.\n";
        return kExitUsage;
    }

    // This program's own absolute path, for the root helper's command line (a sudoers rule names it).
    std::string ownExecutable()
    {
        std::string path(4096, '\0');
        const ssize_t length = ::readlink("/proc/self/exe", path.data(), path.size());
        if (length <= 0 || static_cast<std::size_t>(length) >= path.size())
            return {};
        path.resize(static_cast<std::size_t>(length));
        return path;
    }
} // namespace

int usageError(Context& context, const std::string& message)
{
    return appendUsageError(context.err, message);
}

bool writeAll(int fd, std::string_view text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

void flushIfLarge(Context& context)
{
    constexpr std::size_t kFlushSize = 1024 * 1024;
    if (context.outFd < 0 || context.out.size() < kFlushSize)
        return;
    writeAll(context.outFd, context.out);
    context.out.clear();
}

std::optional<int> parseProcessId(std::string_view text)
{
    std::uint64_t value = 0;
    if (parse::parseUnsigned(text, value) != parse::NumberError::None || value == 0 || value > 0x7fffffff)
        return std::nullopt;
    return static_cast<int>(value);
}

std::string sizeCell(const Context& context, std::uint64_t kib)
{
    if (kib == kSaturated)
        return "overflow"; // a sum that did not fit in 64 bits (core/model/Saturating.h)
    return context.human ? formatKiBCompact(kib) : std::to_string(kib);
}

namespace {

    constexpr std::string_view kUsage
        = R"(Usage: vmscope-cli [--proc-root DIR [--sample K] | --privileged[=pkexec|sudo]]
                   [--format text|json|csv] [-h] COMMAND ...

Reads Linux memory figures from /proc (or any directory laid out like it).

Commands:
  maps PID        one row per VMA: every smaps field (like pmap -XX), kind and reason, then totals
  facts PID [--interval S]
                  the facts beside the map: status counters (VmPeak, VmHWM, VmData, ...), the
                  layout addresses of stat (start_code .. env_end, and the current break from
                  maps; hidden without ptrace access), page faults (with --interval, read twice
                  S seconds apart, 0.1 to 10: per second), the rlimits, kernel.randomize_va_space
                  and the VMA count against vm.max_map_count. A file that cannot be read is an
                  unknown figure with its reason
  summary PID     process totals (smaps_rollup when present, else summed smaps; VmSize from status)
  processes       one row per readable process: pid, user, name, rss, pss, uss, swap, vmas;
                  processes that cannot be read are counted and named
  meminfo         /proc/meminfo, every key (kB)
  zones           per node and zone: free pages and the min/low/high(/boost/promo) watermarks
  buddy           free blocks per order (buddyinfo), with the largest free block
  vmstat          /proc/vmstat counters
  sysctl          the vm.* sysctls (/proc/sys/vm)
  sysctl --set vm.NAME=VALUE
                  as root: change one of the vm sysctls vmscope explains (overcommit_*,
                  oom_*, panic_on_oom, swappiness, min_free_kbytes, watermark_*,
                  vfs_cache_pressure, dirty_*), range-checked; prints the old and new value.
                  Exit 1 for another key or value, 2 when the kernel refuses the write
  watch [--interval S] [--duration S] [--run "SHELL COMMAND LINE" [--memory-max SIZE]]
                  samples meminfo, zones (watermarks, free blocks per order) and vmstat every
                  S seconds (0.1 to 10, default 0.5), one line per sample as it is taken: json
                  gives JSON Lines with run_start/run_end events, csv one row per sample. Runs
                  until Ctrl+C or --duration; with --run (through /bin/sh -c) until one second
                  after the command ended. The command's own output goes to stderr. Exit code 0
                  whatever the command's exit code; 2 when sampling failed. --memory-max runs
                  the command in a memory cgroup of its own with that limit and no swap (96M,
                  1G); every OOM kill while watching is an oom_kill event, named from the
                  kernel log when /dev/kmsg is readable
  system [--by process|user|mapping|system] [--percent] [--real-ram SIZE]
         [--kernel-size SIZE] [--sys-root DIR] [--threads N] [--pids PID,...]
                  who uses the RAM, as smem does: per process (USS/PSS/RSS/swap from
                  smaps_rollup, the default), per user, per mapping (every process's full
                  smaps, read on N threads; progress on a terminal) or per system area
                  (firmware, kernel image, kernel dynamic, userspace, free; real RAM from
                  /sys memory blocks, kernel image from /proc/iomem when root). --percent:
                  shares of MemTotal (of the real RAM for areas). Sizes like 16G; bare = kB.
                  --pids: only these processes (like smem -P, by number)
  diff A B [--pid N]
                  compares two moments: A and B are proc roots or captures (a directory or a
                  tar; the global --proc-root is not used). Processes added (only in B), removed
                  (only in A) and changed (RSS/PSS/USS/swap deltas, largest PSS change first),
                  and the meminfo keys that changed. A pid whose start time (stat field 22)
                  differs is another process: removed and added, not changed. Processes that
                  cannot be read in A or B are counted, never added or removed. --pid N: the
                  regions of one process added, removed and changed (Size/RSS/PSS/swap deltas;
                  a region is the same when its start and mapped object are: [heap] grown by brk
                  is changed). text or json
  drop-caches 1|2|3
                  as root: sync, then write 1 (page cache), 2 (slab objects) or 3 (both) to
                  /proc/sys/vm/drop_caches; nothing else. The GUI runs it through pkexec or
                  sudo -n; a sudoers rule can allow exactly this command
  oom             processes ranked by the OOM killer's badness, highest oom_score first: the
                  kernel's score beside RSS, swap, page tables and oom_score_adj, which one a
                  global OOM kill would choose, the formula of this kernel and the vm.oom_*
                  and overcommit policy
  oom-report [FILE|-]
                  the OOM-killer reports in a kernel log: FILE, - for standard input, or the
                  live /dev/kmsg (root or kernel.dmesg_restrict=0; read without waiting). Any
                  kernel era, /dev/kmsg records, dmesg (-T) or syslog lines: victim, trigger,
                  constraint, memcg, the task table by rss (csv: one row per report)
  capture -o FILE [--pids PID,...] [--count N --interval S] [--force]
                  a capture of the proc root for another machine or later: a tar laid out like
                  /proc (.tar, .tar.gz or .tar.zst by FILE's extension). Per process maps,
                  smaps, smaps_rollup, status, statm, stat, cmdline, oom_score, oom_score_adj,
                  limits; meminfo, zoneinfo, buddyinfo, pagetypeinfo, vmstat, slabinfo,
                  vmallocinfo, iomem, pressure/memory, sys/vm/*, version, cpuinfo's address
                  sizes; and vmscope.json: host, kernel, time, uid, the processes that exited
                  meanwhile ("gone") and every file that could not be read, with the reason.
                  --count N --interval S: N samples (1 to 9999) S seconds apart (0.1 to 3600,
                  default 1), in folders sample-0001 ...; Ctrl+C ends the capture after the
                  current sample, with a complete archive. Written to FILE.partial,
                  renamed when complete; an existing FILE is kept unless --force. Read it back
                  with --proc-root FILE (a series: its last sample, or --sample K)
  serve           the root helper vmscope starts through pkexec or sudo -n: one request a line
                  on standard input, until its end: `read PATH`, `list DIR`, `write PATH VALUE`
                  (one space apart, at most 4096 bytes, printable ASCII). Answers on standard
                  output `ok LENGTH`, a newline and LENGTH bytes (list: one name a line), or one
                  line `error ERRNO_NAME sentence`. Reads only /proc (not /proc/PID/root, cwd,
                  exe, fd, fdinfo, map_files, mem, environ, nor /proc/kcore), /sys/kernel/mm,
                  /sys/fs/cgroup, /sys/devices/system/memory and /node, and /dev/kmsg, after
                  resolving every symbolic link. Writes only /proc/sys/vm/drop_caches (1-3), the
                  vm sysctls of `sysctl --set` in range, /proc/PID/oom_score_adj (-1000..1000),
                  /proc/PID/clear_refs (1-5) and the memory.max, memory.high, memory.swap.max,
                  memory.limit_in_bytes, memory.memsw.limit_in_bytes and cgroup.procs files of
                  vmscope's own vmscope-run-* cgroups; each write is logged to syslog (authpriv).
                  Runs no command, ever

Options:
  --proc-root DIR   read DIR instead of /proc (a capture or a fixture directory,
                    a capture tar from `capture`, plain, .gz or .zst, or smem's smemcap)
  --sample K        with --proc-root of a series (capture --count): read sample K
                    instead of the last one
  --privileged[=pkexec|sudo]
                    read /proc, /sys and /dev/kmsg (oom-report), and write (sysctl --set,
                    drop-caches), as root through `vmscope-cli serve` started by pkexec
                    (polkit action org.vmscope.serve; the default when pkexec is installed)
                    or by sudo -n (a sudoers rule for exactly this program's `serve`); this
                    program stays unprivileged
  --host [USER@]HOST
                    read another machine over ssh (your ssh, keys, agent and
                    ~/.ssh/config; ssh never prompts: BatchMode). There vmscope-cli serve
                    answers when installed, else plain sh and cat. Not with commands that
                    act on this machine (serve, drop-caches, oom-report, sysctl --set,
                    watch --run)
  --format FMT      text (default, aligned columns), json, or csv
  -h, --human       sizes in K/M/G instead of kB (text format)
  --help            this help
  --version         the version

Exit codes: 0 ok; 1 usage; 2 cannot read (no such process, permission denied);
3 malformed input (the message names the file and line).
)";

    using Command = std::function<int(Context&, const std::vector<std::string>&)>;

    const std::map<std::string_view, Command>& commands()
    {
        static const std::map<std::string_view, Command> table {
            { "maps", runMaps },
            { "summary", runSummary },
            { "processes", runProcesses },
            { "meminfo", runMemInfo },
            { "zones", runZones },
            { "buddy", runBuddy },
            { "vmstat", runVmStat },
            { "sysctl", runSysctl },
            { "watch", runWatch },
            { "system", runSystem },
            { "drop-caches", runDropCaches },
            { "oom", runOom },
            { "oom-report", runOomReport },
            { "facts", runFacts },
            { "serve", runServe },
            { "diff", runDiff },
            { "capture", runCapture },
        };
        return table;
    }

    // --host: the remote /proc and /sys over ssh (core/read/RemoteConnection.h). The channel lives
    // as long as the Sources that hold it.
    Result<RemoteConnection> openRemote(const std::string& host)
    {
        RemoteOptions options;
        options.sshConfig = sshConfigFromEnvironment();
        auto connected = connectRemote(host, options);
        if (auto* failed = std::get_if<RemoteConnectError>(&connected))
            return failed->error;
        return std::get<RemoteConnection>(std::move(connected));
    }

    // Why the command (and its arguments) cannot run with --host: it reads or writes this machine
    // (its kernel log, its sysctls, its caches) or serves requests; nullopt when it only reads
    // the Source.
    std::optional<std::string> actsOnThisMachine(const std::vector<std::string>& positional)
    {
        const std::string& command = positional.front();
        const auto has = [&](std::string_view option) { // --run or --run=...
            return std::any_of(positional.begin() + 1, positional.end(),
                [&](const std::string& arg) { return arg == option || arg.starts_with(std::string(option) + "="); });
        };
        if (command == "serve" || command == "drop-caches" || command == "oom-report")
            return command + " acts on this machine";
        if (command == "sysctl" && has("--set"))
            return "sysctl --set writes this machine's sysctls";
        if (command == "watch" && has("--run"))
            return "watch --run runs its command on this machine";
        return std::nullopt;
    }

    int runCommandLine(int argc, char** argv, std::string& out, std::string& err, int outFd)
    {
        std::string procRoot = "/proc";
        bool procRootGiven = false;
        std::optional<std::string> host;
        std::optional<RootHelperMethod> privileged;
        Format format = Format::Text;
        bool human = false;
        unsigned sample = 0; // --sample K: that sample of a series, 0 the last
        std::vector<std::string> positional;
        for (int i = 1; i < argc; ++i) {
            const std::string_view arg = argv[i];
            auto valueOf = [&](std::string_view name, std::string& value) {
                if (arg == name) {
                    if (i + 1 >= argc)
                        return false;
                    value = argv[++i];
                    return true;
                }
                if (arg.substr(0, name.size() + 1) == std::string(name) + "=") {
                    value = std::string(arg.substr(name.size() + 1));
                    return true;
                }
                return false;
            };
            std::string value;
            if (arg == "--help") {
                out += kUsage;
                return kExitOk;
            } else if (arg == "--version") {
                out += "vmscope-cli " VMSCOPE_VERSION "\n";
                return kExitOk;
            } else if (arg == "-h" || arg == "--human") {
                human = true;
            } else if (arg == "--proc-root" || arg.substr(0, 12) == "--proc-root=") {
                if (!valueOf("--proc-root", procRoot))
                    return appendUsageError(err, "--proc-root needs a directory");
                procRootGiven = true;
            } else if (arg == "--privileged" || arg.starts_with("--privileged=")) {
                const std::string_view method
                    = arg.substr(std::min(arg.size(), std::string_view("--privileged=").size()));
                if (arg == "--privileged")
                    privileged = RootHelperMethod::Auto;
                else if (method == "pkexec")
                    privileged = RootHelperMethod::Pkexec;
                else if (method == "sudo")
                    privileged = RootHelperMethod::Sudo;
                else
                    return appendUsageError(
                        err, "--privileged takes pkexec or sudo, not '" + std::string(method) + "'");
            } else if (arg == "--sample" || arg.substr(0, 9) == "--sample=") {
                std::uint64_t k = 0;
                if (!valueOf("--sample", value) || parse::parseUnsigned(value, k) != parse::NumberError::None || k < 1
                    || k > 9999)
                    return appendUsageError(err, "--sample needs the number of a sample of a series, 1 to 9999");
                sample = static_cast<unsigned>(k);
            } else if (arg == "--host" || arg.substr(0, 7) == "--host=") {
                if (!valueOf("--host", value))
                    return appendUsageError(err, "--host needs [USER@]HOST");
                if (auto why = checkSshHost(value))
                    return appendUsageError(err, "--host: " + *why);
                host = value;
            } else if (arg == "--format" || arg.substr(0, 9) == "--format=") {
                if (!valueOf("--format", value))
                    return appendUsageError(err, "--format needs text, json or csv");
                if (value == "text")
                    format = Format::Text;
                else if (value == "json")
                    format = Format::Json;
                else if (value == "csv")
                    format = Format::Csv;
                else
                    return appendUsageError(err, "unknown format '" + value + "' (use text, json or csv)");
            } else if (arg.size() > 1 && arg[0] == '-' && !(arg[1] >= '0' && arg[1] <= '9') && positional.empty()) {
                // Only before the command word: after it, options (system --by ...) are the command's.
                return appendUsageError(err, "unknown option '" + std::string(arg) + "'");
            } else {
                positional.emplace_back(arg);
            }
        }
        if (positional.empty()) {
            err += kUsage;
            return kExitUsage;
        }
        const auto& table = commands();
        const auto it = table.find(positional.front());
        if (it == table.end())
            return appendUsageError(err, "unknown command '" + positional.front() + "'");
        if (host) {
            if (procRootGiven)
                return appendUsageError(err, "--host and --proc-root exclude each other");
            if (privileged)
                return appendUsageError(err, "--host and --privileged exclude each other");
            if (auto why = actsOnThisMachine(positional))
                return appendUsageError(err, "--host reads another machine, but " + *why);
        }
        if (privileged && procRootGiven)
            return appendUsageError(err, "--privileged reads the live /proc: it does not go with --proc-root");
        if (privileged && positional.front() == "serve")
            return appendUsageError(err, "serve is the root helper itself: it does not take --privileged");
        // Shared: a sampler thread left behind on a stuck read (watch) may still hold it after
        // the command returned.
        std::shared_ptr<const Source> source;
        std::shared_ptr<const Source> sys;
        std::shared_ptr<const KernelWriter> writer;
        std::shared_ptr<const Source> dev;
        std::shared_ptr<const ServeWriter> privilegedWriter;
        if (host) {
            // No writer: the commands that write were refused above.
            auto connected = openRemote(*host);
            if (!connected) {
                err += "vmscope-cli: " + escapeForDisplay(connected.error().message()) + "\n";
                return kExitCannotRead;
            }
            source = connected->proc;
            sys = connected->sys;
        } else if (privileged) {
            auto channel = startRootHelper(*privileged, ownExecutable());
            if (!channel) {
                err += "vmscope-cli: " + escapeForDisplay(channel.error().message()) + "\n";
                return kExitCannotRead;
            }
            const std::string how = " (as root through " + (*channel)->commandLine() + ")";
            source = std::make_shared<ServeSource>(*channel, "/proc", "/proc" + how);
            sys = std::make_shared<ServeSource>(*channel, "/sys", "/sys" + how);
            dev = std::make_shared<ServeSource>(*channel, "/dev", "/dev" + how);
            privilegedWriter = std::make_shared<ServeWriter>(*channel);
            writer = privilegedWriter;
        } else {
            // VMSCOPE_MAX_CAPTURE_BYTES lowers (never raises) the bound on a capture's size in
            // memory, decompressed: for small machines, and for the tests of the decompression bound.
            ReadLimits limits;
            if (const char* cap = std::getenv("VMSCOPE_MAX_CAPTURE_BYTES")) {
                std::uint64_t bytes = 0;
                if (parse::parseUnsigned(cap, bytes) == parse::NumberError::None && bytes < limits.maxCaptureBytes)
                    limits.maxCaptureBytes = static_cast<std::size_t>(bytes);
            }
            auto opened = openSource(procRoot, limits, sample);
            if (!opened) {
                err += "vmscope-cli: " + escapeForDisplay(opened.error().message()) + "\n";
                return opened.error().kind == ErrorKind::Malformed ? kExitMalformed : kExitCannotRead;
            }
            source = std::move(*opened);
            // The live /sys belongs with the live /proc only: a capture of another machine has
            // its own RAM, cgroups and memory blocks, which this machine's /sys does not tell.
            if (source->describe() == "/proc")
                sys = std::make_shared<ProcRootSource>("/sys");
            writer = std::make_shared<ProcRootWriter>(procRoot);
        }
        Context context { *source, format, human, {}, {}, outFd, source, procRoot, sys, writer, dev, privilegedWriter };
        context.out.swap(out);
        const std::vector<std::string> args(positional.begin() + 1, positional.end());
        const int code = it->second(context, args);
        out.swap(context.out);
        err += context.err;
        return code;
    }

} // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err, int outFd)
{
    std::string outText;
    std::string errText;
    // The edge: whatever escapes a command (memory exhausted by a hostile input, a library's
    // exception) ends as exit 2 and one sentence, never as std::terminate's abort (134).
    // Output produced before is dropped with the command's state; the sentence says why.
    int code = kExitCannotRead;
    try {
        code = runCommandLine(argc, argv, outText, errText, outFd);
    } catch (const std::bad_alloc&) {
        outText.clear();
        outText.shrink_to_fit();
        errText = "vmscope-cli: out of memory: the input needs more than this process may allocate\n";
    } catch (const std::exception& e) {
        outText.clear();
        errText = "vmscope-cli: internal error: " + escapeForDisplay(e.what()) + "\n";
    }
    // Standard output first and flushed, as before: a terminal shows the table, then the problems.
    out.write(outText.data(), static_cast<std::streamsize>(outText.size()));
    out.flush();
    err.write(errText.data(), static_cast<std::streamsize>(errText.size()));
    err.flush();
    return code;
}

} // namespace vmscope::cli
