#include "core/io/CaptureCompression.h"

#include "core/io/ReadLimits.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

namespace vmscope {
namespace {
    constexpr std::size_t kChunk = 64 * 1024;

    bool hasPrefix(std::string_view text, std::string_view prefix)
    {
        return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
    }

    bool hasSuffix(std::string_view text, std::string_view suffix)
    {
        return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
    }

    constexpr std::string_view kGzipMagic("\x1f\x8b", 2);
    constexpr std::string_view kZstdMagic("\x28\xb5\x2f\xfd", 4);

    Error tooLarge(const std::string& displayName, Compression compression, std::size_t maxBytes)
    {
        return Error::io(displayName, EFBIG,
            "decompresses (" + std::string(compressionName(compression)) + ") to more than " + describeReadCap(maxBytes)
                + ", the bound for a capture: refused (a damaged file or a decompression bomb)");
    }

    // Appends `produced` bytes of `chunk` to `out` unless that passes the bound.
    bool appendBounded(std::string& out, const char* chunk, std::size_t produced, std::size_t maxBytes)
    {
        if (produced > maxBytes - out.size())
            return false;
        out.append(chunk, produced);
        return true;
    }

    Result<std::string> gunzip(std::string_view bytes, const std::string& displayName, std::size_t maxBytes)
    {
        std::string out;
        std::string chunk(kChunk, '\0');
        z_stream z {};
        if (inflateInit2(&z, 15 + 16) != Z_OK) // 15: the largest window; +16: a gzip header, not zlib
            return Error::io(displayName, ENOMEM, "cannot be decompressed: zlib could not start");
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
        std::size_t remaining = bytes.size();
        std::optional<Error> failure;
        bool ended = false;
        while (!failure) {
            if (z.avail_in == 0 && remaining > 0) {
                z.avail_in = static_cast<uInt>(std::min<std::size_t>(remaining, 1u << 30));
                remaining -= z.avail_in;
            }
            z.next_out = reinterpret_cast<Bytef*>(chunk.data());
            z.avail_out = static_cast<uInt>(chunk.size());
            const int rc = inflate(&z, Z_NO_FLUSH);
            const std::size_t produced = chunk.size() - z.avail_out;
            if (!appendBounded(out, chunk.data(), produced, maxBytes)) {
                failure = tooLarge(displayName, Compression::Gzip, maxBytes);
                break;
            }
            if (rc == Z_STREAM_END) {
                ended = true;
                const std::string_view rest(reinterpret_cast<const char*>(z.next_in), z.avail_in + remaining);
                if (rest.empty())
                    break;
                // Another gzip member follows (gzip -d reads them all); anything else is damage.
                if (!hasPrefix(rest, kGzipMagic)) {
                    failure = Error::malformed(displayName, 0,
                        "nothing after the end of the gzip stream (" + std::to_string(rest.size())
                            + " bytes of something else follow it)");
                    break;
                }
                inflateReset(&z);
                ended = false;
                continue;
            }
            if (rc == Z_BUF_ERROR && z.avail_in == 0 && remaining == 0)
                break; // no progress possible: the input ended inside the stream
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                const std::string why = z.msg ? std::string(z.msg) : "error " + std::to_string(rc);
                failure = Error::malformed(displayName, 0, "a valid gzip stream (zlib: " + why + ")");
                break;
            }
        }
        inflateEnd(&z);
        if (failure)
            return *failure;
        if (!ended)
            return Error::malformed(displayName, 0, "a complete gzip stream (the file is truncated)");
        return out;
    }

    Result<std::string> unzstd(std::string_view bytes, const std::string& displayName, std::size_t maxBytes)
    {
        std::string out;
        std::string chunk(kChunk, '\0');
        ZSTD_DCtx* dctx = ZSTD_createDCtx();
        if (!dctx)
            return Error::io(displayName, ENOMEM, "cannot be decompressed: zstd could not start");
        // The decoder's window (its own allocation) stays at zstd's default limit of 128 MiB
        // whatever the frame header asks for.
        ZSTD_DCtx_setParameter(dctx, ZSTD_d_windowLogMax, 27);
        ZSTD_inBuffer in { bytes.data(), bytes.size(), 0 };
        std::optional<Error> failure;
        bool complete = false;
        while (!failure && !complete) {
            ZSTD_outBuffer outBuffer { chunk.data(), chunk.size(), 0 };
            const std::size_t rc = ZSTD_decompressStream(dctx, &outBuffer, &in);
            if (ZSTD_isError(rc)) {
                failure = Error::malformed(
                    displayName, 0, std::string("a valid zstd stream (zstd: ") + ZSTD_getErrorName(rc) + ")");
                break;
            }
            if (!appendBounded(out, chunk.data(), outBuffer.pos, maxBytes)) {
                failure = tooLarge(displayName, Compression::Zstd, maxBytes);
                break;
            }
            if (in.pos < in.size)
                continue; // more input (the rest of this frame, or the next one)
            // 0: the frame is decoded and flushed whole. Otherwise more output is waiting when the
            // buffer filled up; when it did not, the input ended inside the frame.
            if (rc == 0)
                complete = true;
            else if (outBuffer.pos < outBuffer.size)
                failure = Error::malformed(displayName, 0, "a complete zstd frame (the file is truncated)");
        }
        ZSTD_freeDCtx(dctx);
        if (failure)
            return *failure;
        return out;
    }

    // Writes all of `bytes` to `fd`; false (errno set) on failure.
    bool writeFully(int fd, const char* bytes, std::size_t size)
    {
        while (size > 0) {
            const ssize_t n = ::write(fd, bytes, size);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                if (n == 0)
                    errno = EIO;
                return false;
            }
            bytes += n;
            size -= static_cast<std::size_t>(n);
        }
        return true;
    }

    // What every output shares: the descriptor, the byte count and the first error.
    class OutputBase : public CompressedOutput {
    public:
        OutputBase(int fd, std::string displayName)
            : m_fd(fd)
            , m_name(std::move(displayName))
        {
        }
        std::uint64_t bytesOut() const override { return m_bytesOut; }

    protected:
        bool emit(const char* bytes, std::size_t size)
        {
            if (m_error)
                return false;
            if (!writeFully(m_fd, bytes, size)) {
                m_error = Error::io(m_name, errno, std::string("cannot be written: ") + std::strerror(errno));
                return false;
            }
            m_bytesOut += size;
            return true;
        }
        void failWith(Error error)
        {
            if (!m_error)
                m_error = std::move(error);
        }
        const std::string& name() const { return m_name; }

        std::optional<Error> m_error;
        std::string m_out = std::string(kChunk, '\0');

    private:
        int m_fd;
        std::string m_name;
        std::uint64_t m_bytesOut = 0;
    };

    // A plain tar: buffered so a 512-byte header is not one write() each.
    class PlainOutput final : public OutputBase {
    public:
        using OutputBase::OutputBase;
        bool write(std::string_view bytes) override
        {
            if (m_used + bytes.size() > m_out.size() && !flush())
                return false;
            if (bytes.size() >= m_out.size())
                return emit(bytes.data(), bytes.size());
            bytes.copy(m_out.data() + m_used, bytes.size()); // not memcpy: an empty view may be null
            m_used += bytes.size();
            return true;
        }
        std::optional<Error> finish() override
        {
            flush();
            return m_error;
        }

    private:
        bool flush()
        {
            const bool ok = emit(m_out.data(), m_used);
            m_used = 0;
            return ok;
        }
        std::size_t m_used = 0;
    };

    class GzipOutput final : public OutputBase {
    public:
        GzipOutput(int fd, std::string displayName)
            : OutputBase(fd, std::move(displayName))
        {
            // 15 + 16: the largest window, written with a gzip header and trailer (RFC 1952).
            if (deflateInit2(&m_z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
                failWith(Error::io(name(), ENOMEM, "cannot be written: zlib could not start"));
            else
                m_started = true;
        }
        ~GzipOutput() override
        {
            if (m_started)
                deflateEnd(&m_z);
        }
        bool write(std::string_view bytes) override { return run(bytes, Z_NO_FLUSH); }
        std::optional<Error> finish() override
        {
            run({}, Z_FINISH);
            return m_error;
        }

    private:
        bool run(std::string_view bytes, int flush)
        {
            if (m_error)
                return false;
            m_z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
            m_z.avail_in = static_cast<uInt>(bytes.size());
            for (;;) {
                m_z.next_out = reinterpret_cast<Bytef*>(m_out.data());
                m_z.avail_out = static_cast<uInt>(m_out.size());
                const int rc = deflate(&m_z, flush);
                if (rc == Z_STREAM_ERROR) {
                    failWith(Error::io(name(), EIO, "cannot be written: zlib failed"));
                    return false;
                }
                if (!emit(m_out.data(), m_out.size() - m_z.avail_out))
                    return false;
                if (flush == Z_FINISH ? rc == Z_STREAM_END : (m_z.avail_in == 0 && m_z.avail_out != 0))
                    return true;
            }
        }
        z_stream m_z {};
        bool m_started = false;
    };

    class ZstdOutput final : public OutputBase {
    public:
        ZstdOutput(int fd, std::string displayName)
            : OutputBase(fd, std::move(displayName))
            , m_cctx(ZSTD_createCCtx())
        {
            if (!m_cctx) {
                failWith(Error::io(name(), ENOMEM, "cannot be written: zstd could not start"));
                return;
            }
            ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_compressionLevel, 3);
            ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_checksumFlag, 1); // zstd -t can then verify it
        }
        ~ZstdOutput() override { ZSTD_freeCCtx(m_cctx); }
        bool write(std::string_view bytes) override { return run(bytes, ZSTD_e_continue); }
        std::optional<Error> finish() override
        {
            run({}, ZSTD_e_end);
            return m_error;
        }

    private:
        bool run(std::string_view bytes, ZSTD_EndDirective mode)
        {
            if (m_error)
                return false;
            ZSTD_inBuffer in { bytes.data(), bytes.size(), 0 };
            for (;;) {
                ZSTD_outBuffer out { m_out.data(), m_out.size(), 0 };
                const std::size_t remaining = ZSTD_compressStream2(m_cctx, &out, &in, mode);
                if (ZSTD_isError(remaining)) {
                    failWith(Error::io(
                        name(), EIO, std::string("cannot be written: zstd: ") + ZSTD_getErrorName(remaining)));
                    return false;
                }
                if (!emit(m_out.data(), out.pos))
                    return false;
                if (mode == ZSTD_e_end ? remaining == 0 : in.pos == in.size)
                    return true;
            }
        }
        ZSTD_CCtx* m_cctx;
    };
} // namespace

Compression sniffCompression(std::string_view head)
{
    if (hasPrefix(head, kGzipMagic))
        return Compression::Gzip;
    if (hasPrefix(head, kZstdMagic))
        return Compression::Zstd;
    return Compression::None;
}

Compression compressionForName(std::string_view path)
{
    if (hasSuffix(path, ".gz") || hasSuffix(path, ".tgz"))
        return Compression::Gzip;
    if (hasSuffix(path, ".zst") || hasSuffix(path, ".tzst"))
        return Compression::Zstd;
    return Compression::None;
}

std::string_view compressionName(Compression compression)
{
    switch (compression) {
    case Compression::Gzip:
        return "gzip";
    case Compression::Zstd:
        return "zstd";
    case Compression::None:
        break;
    }
    return "none";
}

Result<std::string> decompressCapture(
    std::string_view bytes, Compression compression, const std::string& displayName, std::size_t maxBytes)
{
    switch (compression) {
    case Compression::Gzip:
        return gunzip(bytes, displayName, maxBytes);
    case Compression::Zstd:
        return unzstd(bytes, displayName, maxBytes);
    case Compression::None:
        break;
    }
    if (bytes.size() > maxBytes)
        return tooLarge(displayName, compression, maxBytes);
    return std::string(bytes);
}

std::unique_ptr<CompressedOutput> CompressedOutput::create(Compression compression, int fd, std::string displayName)
{
    switch (compression) {
    case Compression::Gzip:
        return std::make_unique<GzipOutput>(fd, std::move(displayName));
    case Compression::Zstd:
        return std::make_unique<ZstdOutput>(fd, std::move(displayName));
    case Compression::None:
        break;
    }
    return std::make_unique<PlainOutput>(fd, std::move(displayName));
}

} // namespace vmscope
