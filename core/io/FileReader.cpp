#include "core/io/FileReader.h"

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>
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

    private:
        std::mutex m_mutex;
        std::condition_variable m_changed;
        std::deque<Chunk> m_filled;
        std::deque<Chunk> m_empty;
        bool m_readerDone = false;
        bool m_parserDone = false;
        int m_readError = 0;
    };

    void readChunks(int fd, ChunkQueue& queue)
    {
        int error = 0;
        bool atEnd = false;
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
            if (chunk->length > 0)
                queue.push(std::move(*chunk), true);
        }
        queue.finishReading(error);
    }
} // namespace

std::optional<Error> streamWholeFile(const std::string& path, bool pidScoped, const std::string& displayName,
    const std::function<bool(std::string_view)>& sink)
{
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return Error::fromErrno(displayName, errno, pidScoped);

    ChunkQueue queue;
    for (std::size_t i = 0; i < kChunksInFlight; ++i)
        queue.push(Chunk { std::unique_ptr<char[]>(new char[kChunkSize]), 0 }, false);
    std::thread reader(readChunks, fd.get(), std::ref(queue));
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
    if (const int error = queue.readError())
        return Error::fromErrno(displayName, error, pidScoped);
    return std::nullopt;
}

} // namespace vmscope
