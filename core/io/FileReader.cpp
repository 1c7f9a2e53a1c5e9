#include "core/io/FileReader.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vmscope {
namespace {
    constexpr std::size_t kInitialBuffer = 64 * 1024;
    constexpr std::size_t kMaxReadChunk = 4 * 1024 * 1024;

    class FileDescriptor {
    public:
        explicit FileDescriptor(int fd)
            : m_fd(fd)
        {
        }
        ~FileDescriptor()
        {
            if (m_fd >= 0)
                ::close(m_fd);
        }
        FileDescriptor(const FileDescriptor&) = delete;
        FileDescriptor& operator=(const FileDescriptor&) = delete;
        int get() const { return m_fd; }

    private:
        int m_fd;
    };
} // namespace

Result<std::string> readWholeFile(const std::string& path, bool pidScoped, const std::string& displayName)
{
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return Error::fromErrno(displayName, errno, pidScoped);

    std::size_t capacity = kInitialBuffer;
    struct stat st { };
    if (::fstat(fd.get(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        capacity = static_cast<std::size_t>(st.st_size) + 1; // +1 to see EOF in one more read

    std::string buffer;
    buffer.resize(capacity);
    std::size_t length = 0;
    while (true) {
        if (length == buffer.size())
            buffer.resize(buffer.size() * 2);
        const std::size_t want = std::min(buffer.size() - length, kMaxReadChunk);
        const ssize_t got = ::read(fd.get(), buffer.data() + length, want);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return Error::fromErrno(displayName, errno, pidScoped);
        }
        if (got == 0)
            break;
        length += static_cast<std::size_t>(got);
    }
    buffer.resize(length);
    return buffer;
}

} // namespace vmscope
