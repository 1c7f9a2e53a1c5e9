#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vmscope {

// The result of one write to a kernel file: errno 0 when the kernel took the value.
struct WriteOutcome {
    int errorNumber = 0; // EACCES, EPERM, ESRCH, EINVAL, ... from open or write
    std::string path; // as a person would recognise it ("/proc/1234/oom_score_adj")

    bool ok() const { return errorNumber == 0; }
};

// The few writes vmscope offers, in one place, so that each has one code path whatever reaches
// the machine: today the local proc root; later the root helper (`vmscope-cli serve`) takes the
// same calls. Nothing else is ever written: no "any file under /proc".
class KernelWriter {
public:
    virtual ~KernelWriter() = default;
    // /proc/sys/vm/NAME (NAME without "vm."; the caller checked it against writableVmSysctls()).
    virtual WriteOutcome writeVmSysctl(std::string_view name, std::int64_t value) const = 0;
    // /proc/PID/oom_score_adj.
    virtual WriteOutcome writeOomScoreAdj(int pid, int value) const = 0;
};

// The one write: TEXT to an existing regular file at PATH, never through a symbolic link (the
// last component; the caller resolved the rest), never blocking on a FIFO. What may be written
// where is the caller's allow-list (ProcRootWriter, ServePolicy's serveMayWrite).
WriteOutcome writeKernelFile(const std::string& path, std::string_view text);

// Writes below a proc root ("/proc", or a copy of one in tests): regular files only, never
// through a symbolic link, never blocking on a FIFO.
class ProcRootWriter final : public KernelWriter {
public:
    explicit ProcRootWriter(std::string procRoot = "/proc");

    WriteOutcome writeVmSysctl(std::string_view name, std::int64_t value) const override;
    WriteOutcome writeOomScoreAdj(int pid, int value) const override;

private:
    WriteOutcome writeNumber(const std::string& relativePath, std::int64_t value) const;
    std::string m_root;
};

} // namespace vmscope
