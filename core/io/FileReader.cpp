#include "core/io/FileReader.h"

#include "core/io/ReadLimits.h"
#include "core/io/ReadsInProgress.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

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
        int release() { return std::exchange(m_fd, -1); }

    private:
        int m_fd;
    };

    Error tooLarge(const std::string& displayName, std::size_t limit)
    {
        return Error::io(displayName, EFBIG, "is larger than " + describeReadCap(limit) + ", not a /proc file");
    }

    // "is a FIFO, not a regular file": what a path is when it cannot be read as a file.
    Error notRegular(const std::string& displayName, mode_t mode)
    {
        const char* type = "something other than a regular file";
        if (S_ISDIR(mode))
            type = "a directory";
        else if (S_ISFIFO(mode))
            type = "a FIFO";
        else if (S_ISSOCK(mode))
            type = "a socket";
        else if (S_ISCHR(mode))
            type = "a character device";
        else if (S_ISBLK(mode))
            type = "a block device";
        return Error::io(
            displayName, S_ISDIR(mode) ? EISDIR : EINVAL, std::string("is ") + type + ", not a regular file");
    }

    // Opens a file for reading only when it is a regular file (the kernel's pseudo files are
    // regular files of size 0). O_NONBLOCK makes open() of a FIFO return at once instead of
    // waiting for a writer; the type check then refuses it, as it refuses devices (a symlink
    // to /dev/zero or /dev/urandom never ends) and directories. A symlink to a regular file is
    // followed. Returns the descriptor (blocking again) or the error.
    Result<int> openRegular(const std::string& path, bool pidScoped, const std::string& displayName)
    {
        const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) {
            const int openErrno = errno;
            // A socket cannot be opened at all (ENXIO); say what it is rather than the errno.
            struct stat st { };
            if (openErrno == ENXIO && ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
                return notRegular(displayName, st.st_mode);
            return Error::fromErrno(displayName, openErrno, pidScoped);
        }
        FileDescriptor guard(fd);
        struct stat st { };
        if (::fstat(fd, &st) != 0)
            return Error::fromErrno(displayName, errno, pidScoped);
        if (!S_ISREG(st.st_mode))
            return notRegular(displayName, st.st_mode);
        // Regular files ignore O_NONBLOCK, except on a few network and FUSE file systems, where
        // a read would fail with EAGAIN instead of waiting for the data.
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags >= 0)
            ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
        return guard.release();
    }
} // namespace

Result<std::string> readUntilEnd(int fd, const std::string& displayName, std::size_t maxBytes, bool pidScoped)
{
    // Never sized from st_size: /proc files report 0, and a sparse file reports whatever it
    // likes (100 GB). The buffer grows by doubling up to one byte beyond the cap, so an
    // oversized file is noticed after reading at most the cap.
    std::string buffer;
    buffer.resize(std::min(kInitialBuffer, maxBytes + 1));
    std::size_t length = 0;
    while (true) {
        if (length == buffer.size()) {
            if (length > maxBytes)
                return tooLarge(displayName, maxBytes);
            buffer.resize(std::min(buffer.size() * 2, maxBytes + 1));
        }
        const std::size_t want = std::min(buffer.size() - length, kMaxReadChunk);
        const ssize_t got = ::read(fd, buffer.data() + length, want);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return Error::fromErrno(displayName, errno, pidScoped);
        }
        if (got == 0)
            break;
        length += static_cast<std::size_t>(got);
    }
    if (length > maxBytes)
        return tooLarge(displayName, maxBytes);
    buffer.resize(length);
    return buffer;
}

Result<std::string> readWholeFile(
    const std::string& path, bool pidScoped, const std::string& displayName, std::size_t maxBytes)
{
    const ScopedReadMark mark(displayName); // open() itself may block on a hung file system
    auto opened = openRegular(path, pidScoped, displayName);
    if (!opened)
        return opened.error();
    FileDescriptor fd(*opened);
    return readUntilEnd(fd.get(), displayName, maxBytes, pidScoped);
}

namespace {
    // Large enough that handing a chunk over costs little next to filling it (the kernel gives
    // about one page of smaps per read()), small enough that parsing starts early.
    constexpr std::size_t kChunkSize = 256 * 1024;
    constexpr std::size_t kChunksInFlight = 4;

    struct Chunk {
        std::unique_ptr<char[]> data;
        std::size_t length = 0;
    };

    // Chunks go from the reader to the parser through `filled` and come back through `empty`.
    class ChunkQueue {
    public:
        void push(Chunk chunk, bool toFilled)
        {
            {
                std::lock_guard lock(m_mutex);
                (toFilled ? m_filled : m_empty).push_back(std::move(chunk));
            }
            m_changed.notify_all();
        }
        // Blocks until a chunk is there (or the queue is closed for `fromFilled` == false).
        std::optional<Chunk> pop(bool fromFilled)
        {
            std::unique_lock lock(m_mutex);
            auto& queue = fromFilled ? m_filled : m_empty;
            m_changed.wait(lock, [&] { return !queue.empty() || (fromFilled ? m_readerDone : m_parserDone); });
            if (queue.empty())
                return std::nullopt;
            Chunk chunk = std::move(queue.front());
            queue.pop_front();
            return chunk;
        }
        void finishReading(int error)
        {
            {
                std::lock_guard lock(m_mutex);
                m_readerDone = true;
                m_readError = error;
            }
            m_changed.notify_all();
        }
        void stopParsing()
        {
            {
                std::lock_guard lock(m_mutex);
                m_parserDone = true;
            }
            m_changed.notify_all();
        }
        int readError()
        {
            std::lock_guard lock(m_mutex);
            return m_readError;
        }
        bool tooLarge()
        {
            std::lock_guard lock(m_mutex);
            return m_tooLarge;
        }
        void setTooLarge()
        {
            std::lock_guard lock(m_mutex);
            m_tooLarge = true;
        }

    private:
        std::mutex m_mutex;
        std::condition_variable m_changed;
        std::deque<Chunk> m_filled;
        std::deque<Chunk> m_empty;
        bool m_readerDone = false;
        bool m_parserDone = false;
        int m_readError = 0;
        bool m_tooLarge = false;
    };

    void readChunks(int fd, std::size_t maxBytes, ChunkQueue& queue)
    {
        int error = 0;
        bool atEnd = false;
        std::size_t total = 0;
        while (!atEnd) {
            std::optional<Chunk> chunk = queue.pop(false);
            if (!chunk)
                break; // the parser stopped
            chunk->length = 0;
            while (chunk->length < kChunkSize) {
                const ssize_t got = ::read(fd, chunk->data.get() + chunk->length, kChunkSize - chunk->length);
                if (got < 0 && errno == EINTR)
                    continue;
                if (got <= 0) {
                    error = got < 0 ? errno : 0;
                    atEnd = true;
                    break;
                }
                chunk->length += static_cast<std::size_t>(got);
            }
            total += chunk->length;
            if (total > maxBytes) {
                // Not a /proc file: stop before handing over more than the cap.
                queue.setTooLarge();
                break;
            }
            if (chunk->length > 0)
                queue.push(std::move(*chunk), true);
        }
        queue.finishReading(error);
    }
} // namespace

std::optional<Error> streamWholeFile(const std::string& path, bool pidScoped, const std::string& displayName,
    std::size_t maxBytes, const std::function<bool(std::string_view)>& sink)
{
    const ScopedReadMark mark(displayName);
    auto opened = openRegular(path, pidScoped, displayName);
    if (!opened)
        return opened.error();
    FileDescriptor fd(*opened);

    ChunkQueue queue;
    for (std::size_t i = 0; i < kChunksInFlight; ++i)
        queue.push(Chunk { std::unique_ptr<char[]>(new char[kChunkSize]), 0 }, false);
    std::thread reader(readChunks, fd.get(), maxBytes, std::ref(queue));
    bool wanted = true;
    while (std::optional<Chunk> chunk = queue.pop(true)) {
        if (wanted)
            wanted = sink(std::string_view(chunk->data.get(), chunk->length));
        if (!wanted)
            queue.stopParsing();
        else
            queue.push(std::move(*chunk), false);
    }
    queue.stopParsing();
    reader.join();
    if (queue.tooLarge())
        return tooLarge(displayName, maxBytes);
    if (const int error = queue.readError())
        return Error::fromErrno(displayName, error, pidScoped);
    return std::nullopt;
}

} // namespace vmscope
