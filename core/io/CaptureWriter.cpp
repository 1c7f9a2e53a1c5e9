#include "core/io/CaptureWriter.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace vmscope {
namespace {
    constexpr std::size_t kBlock = 512;

    // A numeric field: octal digits and a NUL when they fit, else base-256 (first byte 0x80), as
    // GNU tar writes uids beyond 2097151.
    void putNumber(char* field, std::size_t length, std::uint64_t value)
    {
        const std::uint64_t octalLimit = 1ull << (3 * (length - 1));
        if (value < octalLimit) {
            std::snprintf(
                field, length, "%0*llo", static_cast<int>(length - 1), static_cast<unsigned long long>(value));
            return;
        }
        std::memset(field, 0, length);
        field[0] = static_cast<char>(0x80);
        for (std::size_t i = length - 1; i > 0 && value != 0; --i, value >>= 8)
            field[i] = static_cast<char>(value & 0xff);
    }

    // Splits `path` into ustar's prefix (155 bytes) and name (100 bytes) at a '/'.
    bool splitName(std::string_view path, std::string_view& prefix, std::string_view& name)
    {
        if (path.size() <= 100) {
            prefix = {};
            name = path;
            return true;
        }
        for (std::size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', slash + 1)) {
            if (slash <= 155 && path.size() - slash - 1 <= 100 && slash + 1 < path.size()) {
                prefix = path.substr(0, slash);
                name = path.substr(slash + 1);
                return true;
            }
        }
        return false;
    }

    std::string ustarHeader(std::string_view prefix, std::string_view name, char type, std::uint64_t size,
        std::uint32_t uid, std::int64_t mtime)
    {
        std::string block(kBlock, '\0');
        char* h = block.data();
        name.copy(h, name.size()); // copy(), not memcpy: an empty view may have no data at all
        putNumber(h + 100, 8, type == '5' ? 0555 : 0444);
        putNumber(h + 108, 8, uid);
        putNumber(h + 116, 8, 0);
        putNumber(h + 124, 12, size);
        putNumber(h + 136, 12, static_cast<std::uint64_t>(mtime < 0 ? 0 : mtime));
        h[156] = type;
        std::memcpy(h + 257, "ustar", 6); // magic with its NUL, then version "00"
        std::memcpy(h + 263, "00", 2);
        if (uid == 0) {
            std::memcpy(h + 265, "root", 4);
            std::memcpy(h + 297, "root", 4);
        }
        prefix.copy(h + 345, prefix.size());
        // The checksum is summed with its own field as spaces: six octal digits, NUL, space.
        std::memset(h + 148, ' ', 8);
        unsigned sum = 0;
        for (const char c : block)
            sum += static_cast<unsigned char>(c);
        std::snprintf(h + 148, 8, "%06o", sum);
        h[155] = ' ';
        return block;
    }

    // A failed write as a sentence ("cannot read" is what Error::fromErrno says, for reads).
    Error writeError(const std::string& path, int errorNumber, std::string_view doing)
    {
        return Error::io(path, errorNumber, "cannot be " + std::string(doing) + ": " + std::strerror(errorNumber));
    }

    bool exists(const std::string& path)
    {
        struct stat st { };
        return ::lstat(path.c_str(), &st) == 0;
    }
} // namespace

Result<std::unique_ptr<CaptureWriter>> CaptureWriter::create(
    const std::string& path, bool overwrite, std::int64_t mtime)
{
    if (!overwrite && exists(path))
        return Error::io(path, EEXIST, "exists already (not overwritten; --force replaces it)");
    const std::string partial = path + ".partial";
    // O_NOFOLLOW: a symbolic link planted under the .partial name does not redirect the write.
    // 0600: a capture holds command lines and file names of every process captured.
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return writeError(partial, errno, "created");
    return std::unique_ptr<CaptureWriter>(new CaptureWriter(path, overwrite, mtime, fd));
}

std::unique_ptr<CaptureWriter> CaptureWriter::createInMemory(std::int64_t mtime)
{
    auto writer = std::unique_ptr<CaptureWriter>(new CaptureWriter("(memory)", false, mtime, -1));
    writer->m_partial.clear();
    writer->m_out.reset();
    writer->m_compression = Compression::None;
    writer->m_inMemory = true;
    return writer;
}

CaptureWriter::CaptureWriter(std::string path, bool overwrite, std::int64_t mtime, int fd)
    : m_path(std::move(path))
    , m_partial(m_path + ".partial")
    , m_overwrite(overwrite)
    , m_mtime(mtime)
    , m_fd(fd)
    , m_compression(compressionForName(m_path))
    , m_out(fd >= 0 ? CompressedOutput::create(m_compression, fd, m_partial) : nullptr)
{
}

CaptureWriter::~CaptureWriter()
{
    if (!m_finished)
        abandon();
}

void CaptureWriter::abandon()
{
    m_out.reset();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_finished && !m_inMemory)
        ::unlink(m_partial.c_str());
    m_finished = true;
    m_memory.clear();
}

std::uint64_t CaptureWriter::bytesWritten() const
{
    if (m_inMemory)
        return m_memory.size();
    return m_out ? m_out->bytesOut() : 0;
}

bool CaptureWriter::put(std::string_view bytes)
{
    if (m_inMemory) {
        m_memory.append(bytes);
        return true;
    }
    return m_out->write(bytes);
}

std::optional<Error> CaptureWriter::addDirectory(std::string_view path, std::uint32_t uid)
{
    return addMember(std::string(path) + "/", {}, '5', uid);
}

std::optional<Error> CaptureWriter::addFile(std::string_view path, std::string_view bytes, std::uint32_t uid)
{
    auto error = addMember(path, bytes, '0', uid);
    if (!error)
        ++m_files;
    return error;
}

std::optional<Error> CaptureWriter::addMember(
    std::string_view path, std::string_view bytes, char type, std::uint32_t uid)
{
    if (m_finished)
        return Error::io(m_path, EBADF, "is already finished");
    if (m_stop && m_stop->load())
        return Error::io(m_path, ECANCELED, "was not written: the capture was cancelled");
    std::string_view prefix;
    std::string_view name;
    if (path.empty() || path.front() == '/' || !splitName(path, prefix, name))
        return Error::io(m_path, ENAMETOOLONG, "cannot hold a member named '" + std::string(path) + "'");
    const std::string header = ustarHeader(prefix, name, type, bytes.size(), uid, m_mtime);
    static const std::string kPadding(kBlock, '\0');
    const std::size_t padding = (kBlock - bytes.size() % kBlock) % kBlock;
    if (!put(header) || !put(bytes) || !put(std::string_view(kPadding).substr(0, padding)))
        return m_out->finish(); // only a file's output fails
    return std::nullopt;
}

std::optional<Error> CaptureWriter::finish()
{
    if (m_finished)
        return Error::io(m_path, EBADF, "is already finished");
    // Two zero blocks end a tar archive (POSIX); GNU tar pads to 10 KiB records, which readers
    // do not need.
    put(std::string(2 * kBlock, '\0'));
    if (m_inMemory) {
        m_finished = true;
        return std::nullopt;
    }
    std::optional<Error> error = m_out->finish();
    if (!error && ::fsync(m_fd) != 0)
        error = writeError(m_partial, errno, "written");
    const int fd = std::exchange(m_fd, -1);
    if (::close(fd) != 0 && !error)
        error = writeError(m_partial, errno, "written");
    if (error) {
        abandon();
        return error;
    }
    // RENAME_NOREPLACE: a file that appeared under the final name while capturing is kept.
    int rc = ::renameat2(AT_FDCWD, m_partial.c_str(), AT_FDCWD, m_path.c_str(), m_overwrite ? 0 : RENAME_NOREPLACE);
    if (rc != 0 && errno == EINVAL && !m_overwrite) // a file system without RENAME_NOREPLACE
        rc = exists(m_path) ? (errno = EEXIST, -1) : ::rename(m_partial.c_str(), m_path.c_str());
    if (rc != 0) {
        const int saved = errno;
        ::unlink(m_partial.c_str());
        m_finished = true;
        if (saved == EEXIST)
            return Error::io(m_path, EEXIST, "appeared while capturing (not overwritten; --force replaces it)");
        return writeError(m_path, saved, "created from " + m_partial);
    }
    m_finished = true;
    return std::nullopt;
}

} // namespace vmscope
