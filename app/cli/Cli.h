#pragma once

#include "core/Result.h"
#include "core/io/Source.h"

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vmscope {
class JsonWriter;
class KernelWriter;
class ServeWriter;
struct UnreadableProcess;
} // namespace vmscope

namespace vmscope::cli {

enum class Format { Text, Json, Csv };

// Exit codes are part of the CLI's contract with scripts (README, "vmscope-cli").
enum ExitCode : int {
    kExitOk = 0,
    kExitUsage = 1,
    kExitCannotRead = 2, // no such process, permission denied, I/O error
    kExitMalformed = 3, // the input does not follow the kernel's format
};

struct Context {
    const Source& source;
    Format format = Format::Text;
    bool human = false; // -h: KiB/MiB/GiB instead of kB numbers
    std::string out; // what goes to stdout
    std::string err; // what goes to stderr
    int outFd = -1; // where `out` is flushed when it grows large (-1: kept in memory)
    // `source` as shared ownership, for work that may outlive the command (watch's sampler leaves
    // a read stuck on a hung file behind); empty when the caller keeps the Source alive itself.
    std::shared_ptr<const Source> sharedSource {};
    std::string procRoot = "/proc"; // where `sysctl --set` writes (sys/vm under it)
    // The /sys of the machine whose /proc is read: the live /sys, or the root helper's with
    // --privileged; null for a capture or a copied proc root (its machine's /sys is not here).
    std::shared_ptr<const Source> sys {};
    // Where `sysctl --set` writes: the proc root's files, or the root helper with --privileged.
    std::shared_ptr<const KernelWriter> writer {};
    // With --privileged: the root helper's /dev (oom-report reads kmsg there); else null.
    std::shared_ptr<const Source> dev {};
    // With --privileged: the root helper's writer (drop-caches goes through it); else null.
    std::shared_ptr<const ServeWriter> privileged {};
};

// The whole of vmscope-cli: parses argv (argv[0] is the program), runs the command and writes
// what it printed to `out` and `err` (out first, each flushed); long outputs are also written to
// `outFd` while the command runs (-1: never, everything goes to `out`). Returns the exit code.
// Nothing escapes as an exception: running out of memory is exit 2 with a sentence on `err`.
int run(int argc, char** argv, std::ostream& out, std::ostream& err, int outFd);

// Writes all of `text` to `fd`; a closed pipe (| head) ends the writing quietly and returns false.
bool writeAll(int fd, std::string_view text);
// Long outputs (maps of a 60,000-VMA process is 40 MB of JSON) go out in pieces, so the
// output never lives in memory whole and the pages of one buffer are reused.
void flushIfLarge(Context& context);

// Puts the error's sentence on stderr and returns its exit code.
int fail(Context& context, const Error& error);
int usageError(Context& context, const std::string& message);

// A size in kB as the text format shows it: the kernel's number, or human units with -h.
std::string sizeCell(const Context& context, std::uint64_t kib);

// A finite number of seconds, as the options --interval and --duration take it.
std::optional<double> parseSeconds(std::string_view text);

int runMaps(Context& context, const std::vector<std::string>& args);
int runSummary(Context& context, const std::vector<std::string>& args);
int runProcesses(Context& context, const std::vector<std::string>& args);
int runMemInfo(Context& context, const std::vector<std::string>& args);
int runZones(Context& context, const std::vector<std::string>& args);
int runBuddy(Context& context, const std::vector<std::string>& args);
int runVmStat(Context& context, const std::vector<std::string>& args);
int runSysctl(Context& context, const std::vector<std::string>& args);
// Samples until --duration, Ctrl+C, or one second after the --run command ended; writes to
// context.outFd line by line as it goes (scripts read it live).
int runWatch(Context& context, const std::vector<std::string>& args);
int runSystem(Context& context, const std::vector<std::string>& args);
// As root only: sync, then write 1, 2 or 3 to /proc/sys/vm/drop_caches (the GUI runs it through
// pkexec or sudo -n). Exit 1 for any other argument, 2 when not root or the write fails.
int runDropCaches(Context& context, const std::vector<std::string>& args);
// Processes ranked by oom_score, each score explained from its parts, and the OOM policy.
int runOom(Context& context, const std::vector<std::string>& args);
// The OOM-killer reports of a kernel log: FILE, - (standard input) or /dev/kmsg without waiting.
int runOomReport(Context& context, const std::vector<std::string>& args);
// The facts beside the map of one process (core/read/ProcessFactsReader.h); --interval S reads
// twice, S seconds apart, for the fault rates.
int runFacts(Context& context, const std::vector<std::string>& args);
// serve: the root helper's protocol on standard input/output (ServeCommand.cpp).
int runServe(Context& context, const std::vector<std::string>& args);

// "unreadable": N and "unreadable_processes": [{"pid","name","user","reason"}], as `processes`
// and `system` write them.
void writeUnreadableJson(JsonWriter& json, const std::vector<UnreadableProcess>& unreadable);

} // namespace vmscope::cli
