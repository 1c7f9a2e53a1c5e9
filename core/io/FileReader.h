#pragma once

#include "core/Result.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace vmscope {

// Both readers accept regular files only (the kernel's pseudo files are regular files of size
// 0): a FIFO, socket, device or directory is an Io error naming what it is, never a read that
// blocks or never ends. A file beyond `maxBytes` is an Io error ("is larger than 16 MiB, not a
// /proc file") after reading at most the cap. `pidScoped` tells the error mapping that ENOENT
// means "the process is gone".

// Reads a whole file until EOF with one growing buffer and large read() calls (never a syscall
// per line).
Result<std::string> readWholeFile(
    const std::string& path, bool pidScoped, const std::string& displayName, std::size_t maxBytes);

// Reads an open descriptor (a pipe, standard input) until end of file, like readWholeFile but
// of any kind of file; an input beyond `maxBytes` is the same Io error. Waits for the writer.
Result<std::string> readUntilEnd(int fd, const std::string& displayName, std::size_t maxBytes, bool pidScoped = false);

// Reads a file on a separate thread and hands its bytes to `sink` on the calling thread in
// chunks, so the two overlap. Buffers are reused, so a 40 MB smaps never lives in memory at
// once. `sink` returning false stops the read.
std::optional<Error> streamWholeFile(const std::string& path, bool pidScoped, const std::string& displayName,
    std::size_t maxBytes, const std::function<bool(std::string_view)>& sink);

} // namespace vmscope
