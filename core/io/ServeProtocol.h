#pragma once

#include "core/Result.h"

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

namespace vmscope {

// The answers of `vmscope-cli serve` (app/cli/ServeCommand.cpp; requests in
// core/analysis/ServePolicy.h), as its clients read them: one answer a request, in order,
//   ok LENGTH\n<LENGTH bytes>        the file's bytes, a directory's names one a line, or nothing (a write)
//   error ENAME sentence\n           ENAME an errno name (EACCES, ESRCH, or E and a number)
// The same protocol comes from the POSIX-shell fallback over ssh, so the answers are untrusted
// input: every length is bounded, every byte of a header line is printable ASCII.

// "EACCES" for EACCES; "E" and the number for an errno without a name.
std::string serveErrnoName(int errorNumber);
// The errno of a name serveErrnoName gives, or 0 for a name it never gives.
int serveErrnoFromName(std::string_view name);

// A header line is far shorter: an error sentence names one path (at most kMaxServeLineBytes).
inline constexpr std::size_t kMaxServeAnswerLineBytes = 16384;

struct ServeAnswer {
    bool ok = false;
    std::string bytes; // ok: the payload
    int errorNumber = 0; // error: the errno named
    std::string sentence; // error: why, printable ASCII (may be empty)
};

// Splits a stream of answers as it arrives, in pieces of any size: feed() the bytes, take() the
// complete answers. Once the stream breaks the protocol it stays failed; failure() says how.
class ServeAnswerReader {
public:
    explicit ServeAnswerReader(std::size_t maxAnswerBytes);

    // Returns false when the stream is (or already was) malformed.
    bool feed(std::string_view bytes);

    bool hasAnswer() const { return !m_answers.empty(); }
    ServeAnswer take();
    bool failed() const { return !m_failure.empty(); }
    const std::string& failure() const { return m_failure; }
    // Bytes of an answer begun but not complete (for "the helper ended in the middle of an answer").
    bool midAnswer() const { return m_at < m_buffer.size() || m_bodyLength.has_value(); }

private:
    bool parse();
    bool fail(std::string why);

    std::size_t m_maxAnswerBytes;
    std::string m_buffer;
    std::size_t m_at = 0; // bytes of m_buffer already consumed
    std::optional<std::size_t> m_bodyLength; // inside an `ok` answer
    std::deque<ServeAnswer> m_answers;
    std::string m_failure;
};

// A path that may be put into a request line: printable ASCII, no space (serve splits on it).
bool isServeRequestPath(std::string_view path);

// The error for an `error ENAME sentence` answer to a request for `path` (absolute, "/proc/9946/smaps"):
// the errno's kind as a local read would have it (ENOENT below /proc/PID is NoSuchProcess); an Io
// error keeps the helper's sentence.
Error serveAnswerError(const std::string& path, int errorNumber, std::string_view sentence);

} // namespace vmscope
