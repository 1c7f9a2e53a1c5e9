#pragma once

#include "core/Result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace vmscope {

// How a capture tar is packed: plain, gzip (RFC 1952) or zstd (RFC 8878). Reading sniffs the
// magic bytes (a capture may be called anything); writing goes by the file name's extension.
enum class Compression { None, Gzip, Zstd };

// By the magic at the start of a file: 1f 8b is gzip, 28 b5 2f fd is a zstd frame.
Compression sniffCompression(std::string_view head);
// By the name: ".gz"/".tgz" gzip, ".zst"/".tzst" zstd, anything else a plain tar.
Compression compressionForName(std::string_view path);
std::string_view compressionName(Compression compression);

// The whole decompressed content of `bytes`, in memory, never more than `maxBytes`: a
// decompression bomb (a few KiB of zstd that say "1 TiB of zeros") is an Io error with a
// sentence after at most `maxBytes` were produced, never an allocation failure. Damaged or
// truncated input is a Malformed error naming `displayName`. Concatenated gzip members and zstd
// frames are read one after the other, as gzip -d and zstd -d do.
Result<std::string> decompressCapture(
    std::string_view bytes, Compression compression, const std::string& displayName, std::size_t maxBytes);

// Compresses what it is given and writes it to a file descriptor as it goes (the descriptor is
// the caller's: not closed here). Any failure (a full disk) is kept and returned by finish().
class CompressedOutput {
public:
    virtual ~CompressedOutput() = default;
    // False after a write failed; the error is then finish()'s.
    virtual bool write(std::string_view bytes) = 0;
    // Ends the stream (gzip trailer, zstd epilogue) and writes what is still buffered.
    virtual std::optional<Error> finish() = 0;
    // Bytes written to the descriptor so far.
    virtual std::uint64_t bytesOut() const = 0;

    // `displayName` names the file in errors.
    static std::unique_ptr<CompressedOutput> create(Compression compression, int fd, std::string displayName);
};

} // namespace vmscope
