// vmscope-cli's option parser and commands, through the same entry main() calls (app/cli/Cli.h
// run()), on the live fixture's proc root. The input is the command line: arguments separated by
// NUL bytes, as /proc/PID/cmdline holds them.
// Oracles: the exit code is one the README documents (0, 1, 2, 3), and nothing printed on
// standard output or error holds a byte a terminal acts on (every name, path, argument and error
// sentence is escaped), nor bytes that are not UTF-8.
#include "FuzzInput.h"

#include "app/cli/Cli.h"
#include "core/format/JsonWriter.h"

#include <fcntl.h>
#include <sstream>
#include <string>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace {

using namespace vmscope;

// Commands that wait or act on this machine rather than read the proc root: `watch` samples
// until a duration ends and runs shell commands, `serve` reads requests from standard input, `drop-caches` writes to
// the live /proc, `sysctl --set` writes into the proc root (the fixture itself), and `oom-report` reads the live
// /dev/kmsg, standard input or any file named (its parser has a target of its own,
// fuzz_oom_report). `diff A B` opens the two proc roots or tars its arguments name, any path on
// this machine (/proc itself); what it reads goes through the parsers fuzzed here and by their own
// targets. `capture` writes an archive file (its writer and reader are tested in tst_capturewriter
// and tst_capture, the reader fuzzed in fuzz_tar). `facts --interval S` sleeps S seconds between
// its two readings. Options that point elsewhere than the fixture would read the live system
// (--privileged even starts pkexec or sudo, --host starts ssh to another machine): a finding must
// reproduce from the input alone.
bool leavesTheFixture(std::string_view arg)
{
    return arg == "watch" || arg == "serve" || arg == "drop-caches" || arg == "oom-report" || arg == "diff"
        || arg == "capture" || arg == "--set" || arg.starts_with("--proc-root") || arg.starts_with("--sys-root")
        || arg.starts_with("--interval") || arg.starts_with("--privileged") || arg.starts_with("--host");
}

// What the command streamed to its output descriptor while it ran (outputs past 1 MiB).
class StreamedOutput {
public:
    StreamedOutput()
        : m_fd(::memfd_create("fuzz_cli_out", MFD_CLOEXEC))
    {
    }
    ~StreamedOutput() { ::close(m_fd); }
    StreamedOutput(const StreamedOutput&) = delete;
    StreamedOutput& operator=(const StreamedOutput&) = delete;

    int fd() const { return m_fd; }

    std::string takeAll()
    {
        std::string text;
        char buffer[65536];
        ::lseek(m_fd, 0, SEEK_SET);
        for (ssize_t n; (n = ::read(m_fd, buffer, sizeof buffer)) > 0;)
            text.append(buffer, static_cast<std::size_t>(n));
        if (::ftruncate(m_fd, 0) != 0 || ::lseek(m_fd, 0, SEEK_SET) != 0)
            fuzz::oracleFailed("the output descriptor can be reset", __FILE__, __LINE__);
        return text;
    }

private:
    int m_fd;
};

bool printable(std::string_view text)
{
    return !fuzz::holdsTerminalControl(text, true) && JsonWriter::isValidUtf8(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    constexpr std::size_t kMaxArguments = 24;
    const auto arguments = fuzz::splitAt(fuzz::bytesOf(data, size), '\0', kMaxArguments);
    for (std::string_view arg : arguments)
        if (leavesTheFixture(arg))
            return -1; // libFuzzer keeps no input that returns -1 in its corpus

    std::vector<std::string> strings { "vmscope-cli", "--proc-root", VMSCOPE_FUZZ_PROC_ROOT };
    strings.insert(strings.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& s : strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    static StreamedOutput streamed;
    VMSCOPE_FUZZ_ORACLE(streamed.fd() >= 0);
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::run(static_cast<int>(strings.size()), argv.data(), out, err, streamed.fd());

    VMSCOPE_FUZZ_ORACLE(
        code == cli::kExitOk || code == cli::kExitUsage || code == cli::kExitCannotRead || code == cli::kExitMalformed);
    VMSCOPE_FUZZ_ORACLE(printable(streamed.takeAll() + out.str()));
    VMSCOPE_FUZZ_ORACLE(printable(err.str()));
    // Every failure says why on stderr; success keeps stderr for unreadable processes only.
    if (code != cli::kExitOk)
        VMSCOPE_FUZZ_ORACLE(!err.str().empty());
    return 0;
}
