#include "core/Result.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace vmscope {

Error Error::malformed(std::string file, std::size_t line, std::string why)
{
    Error e;
    e.kind = ErrorKind::Malformed;
    e.file = std::move(file);
    e.line = line;
    e.why = std::move(why);
    return e;
}

Error Error::fromErrno(std::string file, int errnoValue, bool pidScoped)
{
    Error e;
    e.file = std::move(file);
    e.errnoValue = errnoValue;
    e.processFile = pidScoped;
    switch (errnoValue) {
    case EACCES:
    case EPERM:
        e.kind = ErrorKind::PermissionDenied;
        break;
    case ESRCH:
        e.kind = ErrorKind::NoSuchProcess;
        break;
    case ENOENT:
        // Under /proc/PID a missing file almost always means the process is gone;
        // the caller may refine this (e.g. smaps_rollup on a pre-4.14 kernel).
        e.kind = pidScoped ? ErrorKind::NoSuchProcess : ErrorKind::Io;
        break;
    default:
        e.kind = ErrorKind::Io;
    }
    return e;
}

Error Error::io(std::string file, int errnoValue, std::string why)
{
    Error e;
    e.kind = ErrorKind::Io;
    e.file = std::move(file);
    e.errnoValue = errnoValue;
    e.why = std::move(why);
    return e;
}

bool Error::isMissingFile() const
{
    return errnoValue == ENOENT;
}

std::string Error::message() const
{
    switch (kind) {
    case ErrorKind::NoSuchProcess:
        return "no such process (it has exited): " + file;
    case ErrorKind::PermissionDenied:
        // Only a process's own files are guarded per process; anything else (meminfo, a file in
        // a copied proc root) is simply not readable by this user.
        if (!processFile)
            return "permission denied reading " + file
                + (::geteuid() == 0 ? " even as root" : " (not readable by this user; try as root)");
        if (::geteuid() == 0)
            return "permission denied reading " + file
                + " even as root (the process is in another namespace or protected by a security module)";
        return "permission denied reading " + file + " (another user's process; run as that user or as root)";
    case ErrorKind::Malformed:
        if (line > 0)
            return file + ":" + std::to_string(line) + ": malformed: " + why;
        return file + ": malformed: " + why;
    case ErrorKind::Io:
        if (!why.empty())
            return file.empty() ? why : file + " " + why; // no file: a connection (ssh) that failed
        break;
    }
    return "cannot read " + file + ": " + std::strerror(errnoValue);
}

} // namespace vmscope
