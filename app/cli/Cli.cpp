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
#include "core/read/RemoteConnection.h"
#include "workload/RootHelper.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
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

std::string sizeCell(const Context& context, std::uint64_t kib)
{
    if (kib == kSaturated)
        return "overflow"; // a sum that did not fit in 64 bits (core/model/Saturating.h)
    return context.human ? formatKiBCompact(kib) : std::to_string(kib);
}

namespace {

    constexpr std::string_view kUsage
        = R"(Usage: vmscope-cli [--proc-root DIR | --privileged[=pkexec|sudo]] [--format text|json|csv] [-h]
                   COMMAND ...

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
                    or a tar capture such as smem's smemcap writes)
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
            auto opened = openSource(procRoot);
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
