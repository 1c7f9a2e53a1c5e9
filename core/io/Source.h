#pragma once

#include "core/Result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

// Where /proc bytes come from. Everything above this interface (parsers, readers, the
// CLI, the GUI) is the same whether the bytes come from the live /proc, a directory of
// fixtures, a capture file or a command run through sudo/ssh.
// Every call may block (a hung file system, a slow remote machine): implementations mark their
// reads with ScopedReadMark (core/io/ReadsInProgress.h) so that a stuck one can be named.
class Source {
public:
    virtual ~Source() = default;

    // The bytes of a file, by its path relative to the proc root: "meminfo",
    // "9946/smaps", "sys/vm/min_free_kbytes".
    virtual Result<std::string> read(std::string_view relativePath) const = 0;

    // Receives a file's bytes piece by piece; returns false to stop reading.
    using ChunkSink = std::function<bool(std::string_view)>;

    // Hands the file's bytes to `sink` while they are being read, so a parser can work while
    // the kernel is still generating a large file (smaps of a big process costs the kernel as
    // much as parsing it). Returns the read error, if any. The default reads, then hands over.
    virtual std::optional<Error> readStreaming(std::string_view relativePath, const ChunkSink& sink) const;

    // The numeric entries of the proc root (process ids), ascending.
    virtual Result<std::vector<int>> listPids() const = 0;

    // The names in a directory below the proc root (e.g. "sys/vm"), sorted.
    virtual Result<std::vector<std::string>> listDirectory(std::string_view relativePath) const = 0;

    // The owner of the process (the uid that owns /proc/PID), when the source knows it.
    virtual std::optional<std::uint32_t> processOwner(int pid) const = 0;

    // Whether two reads of one file may give different bytes: the live /proc does, and so do a
    // folder (tests rewrite fixtures) and another machine; a capture file does not. Views read
    // a source that does not change once and offer nothing that acts on a running system.
    virtual bool changesOverTime() const { return true; }

    // Human description for messages and window titles ("/proc", "fixtures/live/proc").
    virtual std::string describe() const = 0;

    // The path a person would recognise for an error message ("/proc/9946/smaps").
    virtual std::string displayPath(std::string_view relativePath) const = 0;

    // A hint that these files are read next: a source that pays a round trip a request (the root
    // helper, another machine) fetches them all in one, and read() then hands out each answer
    // once, until the next prefetch replaces what was not read. Local sources ignore it.
    virtual void prefetch(const std::vector<std::string>& relativePaths) const { (void)relativePaths; }
};

} // namespace vmscope
