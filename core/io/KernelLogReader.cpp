#include "core/io/KernelLogReader.h"

#include "core/io/ReadLimits.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace vmscope {

namespace {
    // Reads records from `fd` until the kernel has no more (EAGAIN) or end of file.
    Result<std::string> readRecords(int fd, const std::string& path, std::size_t maxBytes)
    {
        // Each read() of /dev/kmsg returns one record, and fails with EINVAL when the buffer cannot
        // hold it; a record with its dictionary is at most 8 KiB (CONSOLE_EXT_LOG_MAX).
        constexpr std::size_t kRecordBuffer = 8192;
        std::string log;
        char record[kRecordBuffer];
        int error = 0;
        while (true) {
            const ssize_t got = ::read(fd, record, sizeof record);
            if (got > 0) {
                if (log.size() + static_cast<std::size_t>(got) > maxBytes) {
                    error = EFBIG;
                    break;
                }
                log.append(record, static_cast<std::size_t>(got));
                continue;
            }
            if (got == 0 || errno == EAGAIN)
                break;
            if (errno == EINTR || errno == EPIPE) // EPIPE: the next record was overwritten meanwhile
                continue;
            error = errno;
            break;
        }
        if (error == EFBIG)
            return Error::io(path, EFBIG, "holds more than " + describeReadCap(maxBytes) + " of log");
        if (error != 0)
            return Error::fromErrno(path, error, false);
        return log;
    }

    int openLog(const std::string& path)
    {
        return ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    }
} // namespace

Result<std::string> readKernelLog(const std::string& path, std::size_t maxBytes)
{
    const int fd = openLog(path);
    if (fd < 0)
        return Error::fromErrno(path, errno, false);
    auto log = readRecords(fd, path, maxBytes);
    ::close(fd);
    return log;
}

} // namespace vmscope
