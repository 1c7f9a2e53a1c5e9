#pragma once

#include "core/Result.h"
#include "core/io/CaptureCompression.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace vmscope {

// Writes a capture: a POSIX ustar archive of regular files and directories (what
// parse/TarArchive.h reads back), compressed by the file name's extension (.tar.gz, .tar.zst;
// anything else plain). Members stream to FILE.partial, which finish() renames to FILE, so an
// interrupted capture never leaves a half archive under the final name; a writer destroyed
// before finish() removes its .partial file. Every member has the capture time as mtime,
// uid/gid as given (the owner of a process's folder is the process's uid, as TarSource's
// processOwner reads it back) and uname "root" when the uid is 0.
class CaptureWriter {
public:
    // Refuses an existing FILE unless `overwrite` (checked again when renaming).
    static Result<std::unique_ptr<CaptureWriter>> create(const std::string& path, bool overwrite, std::int64_t mtime);
    // The same archive, uncompressed, into memory (a GUI snapshot): takeBytes() after finish().
    static std::unique_ptr<CaptureWriter> createInMemory(std::int64_t mtime);
    ~CaptureWriter();
    CaptureWriter(const CaptureWriter&) = delete;
    CaptureWriter& operator=(const CaptureWriter&) = delete;

    // `path` relative ("sample-0001/1234"), at most 255 bytes in ustar's name and prefix fields.
    std::optional<Error> addDirectory(std::string_view path, std::uint32_t uid = 0);
    std::optional<Error> addFile(std::string_view path, std::string_view bytes, std::uint32_t uid = 0);
    // Once *stop is true every further add fails with ECANCELED ("cancelled"), so a capture on a
    // worker ends at its next file; the .partial file goes with the writer.
    void setStop(const std::atomic<bool>* stop) { m_stop = stop; }
    // End-of-archive blocks, the compressor's trailer, fsync, then the rename to the final name.
    std::optional<Error> finish();

    const std::string& path() const { return m_path; }
    Compression compression() const { return m_compression; }
    std::uint64_t bytesWritten() const;
    std::size_t files() const { return m_files; }
    // The archive of an in-memory writer after finish() (empty before, and for a file).
    std::string takeBytes() { return m_finished && m_inMemory ? std::move(m_memory) : std::string(); }

private:
    CaptureWriter(std::string path, bool overwrite, std::int64_t mtime, int fd);
    std::optional<Error> addMember(std::string_view path, std::string_view bytes, char type, std::uint32_t uid);
    bool put(std::string_view bytes);
    void abandon();

    std::string m_path;
    std::string m_partial;
    bool m_overwrite;
    std::int64_t m_mtime;
    int m_fd;
    Compression m_compression;
    std::unique_ptr<CompressedOutput> m_out;
    std::size_t m_files = 0;
    bool m_finished = false;
    bool m_inMemory = false;
    const std::atomic<bool>* m_stop = nullptr;
    std::string m_memory;
};

} // namespace vmscope
