#include "core/io/KernelWriter.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vmscope {

ProcRootWriter::ProcRootWriter(std::string procRoot)
    : m_root(std::move(procRoot))
{
}

WriteOutcome ProcRootWriter::writeVmSysctl(std::string_view name, std::int64_t value) const
{
    // A name is a single file name: no way out of sys/vm.
    if (name.empty() || name.find('/') != std::string_view::npos || name == "." || name == "..")
        return { EINVAL, m_root + "/sys/vm/" + std::string(name) };
    return writeNumber("sys/vm/" + std::string(name), value);
}

WriteOutcome ProcRootWriter::writeOomScoreAdj(int pid, int value) const
{
    if (pid <= 0)
        return { ESRCH, m_root + "/" + std::to_string(pid) + "/oom_score_adj" };
    return writeNumber(std::to_string(pid) + "/oom_score_adj", value);
}

WriteOutcome ProcRootWriter::writeNumber(const std::string& relativePath, std::int64_t value) const
{
    return writeKernelFile(m_root + "/" + relativePath, std::to_string(value) + "\n");
}

WriteOutcome writeKernelFile(const std::string& path, std::string_view text)
{
    WriteOutcome outcome { 0, path };
    // O_NONBLOCK: a FIFO planted in a copied proc root must not hang the writer.
    const int fd = ::open(outcome.path.c_str(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        outcome.errorNumber = errno;
        return outcome;
    }
    struct stat st { };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        outcome.errorNumber = EINVAL;
        return outcome;
    }
    const ssize_t written = ::write(fd, text.data(), text.size());
    const int writeErrno = errno;
    ::close(fd);
    if (written != static_cast<ssize_t>(text.size()))
        outcome.errorNumber = written < 0 ? writeErrno : EIO;
    return outcome;
}

} // namespace vmscope
