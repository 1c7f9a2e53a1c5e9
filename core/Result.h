#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace vmscope {

// The four ways reading /proc goes wrong. A vanished process and EACCES are ordinary
// events on a live system, so they are values the caller shows, never exceptions.
enum class ErrorKind {
    NoSuchProcess, // the process exited (before or during the read)
    PermissionDenied, // EACCES/EPERM: another user's process, or hidepid
    Malformed, // the bytes do not follow the kernel's format
    Io, // any other errno, including ENOENT for a file this kernel does not have
};

struct Error {
    ErrorKind kind = ErrorKind::Io;
    std::string file; // as the source names it, e.g. "/proc/9946/smaps"
    std::size_t line = 0; // 1-based; Malformed only (0 = the file as a whole)
    std::string why; // Malformed: what was expected instead; Io: what the file is instead of readable
    int errnoValue = 0; // Io, NoSuchProcess, PermissionDenied
    bool processFile = false; // the file belongs to one process (/proc/PID/...)

    static Error malformed(std::string file, std::size_t line, std::string why);
    static Error fromErrno(std::string file, int errnoValue, bool pidScoped);
    // An Io error whose cause is not an errno of the read itself: `why` completes the sentence
    // that starts with the file name ("is a FIFO, not a regular file"), or is the whole sentence
    // when `file` is empty (a connection that failed before any file was read).
    static Error io(std::string file, int errnoValue, std::string why);

    // True when the file itself does not exist (an older kernel, or no such key file).
    bool isMissingFile() const;
    // One sentence for a person, naming the file (and line for Malformed).
    std::string message() const;
};

// An expected-style result: either a value or an Error. (std::expected is C++23.)
template <class T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace vmscope
