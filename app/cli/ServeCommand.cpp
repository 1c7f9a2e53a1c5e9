// vmscope-cli serve: the root helper's request/response loop on standard input and output
// (issue 13; ARCHITECTURE.md, "Privilege separation"). What it reads and writes is
// core/analysis/ServePolicy.h; here only the loop, the reads, the writes and the audit log. It never
// runs a command: no request can name a program, and nothing here starts one.
#include "Cli.h"

#include "core/format/DisplayText.h"
#include "core/io/FileReader.h"
#include "core/io/KernelLogReader.h"
#include "core/io/KernelWriter.h"
#include "core/io/ProcRootSource.h"
#include "core/io/ReadLimits.h"
#include "core/analysis/ServePolicy.h"

#include <cerrno>
#include <cstring>
#include <syslog.h>
#include <unistd.h>

namespace vmscope::cli {

namespace {

    std::string errorLine(int errorNumber, std::string_view sentence)
    {
        // escapeForDisplay turns every control byte (newline included) into visible text.
        return "error " + serveErrnoName(errorNumber == 0 ? EIO : errorNumber) + " " + escapeForDisplay(sentence)
            + "\n";
    }

    std::string okAnswer(std::string_view bytes)
    {
        return "ok " + std::to_string(bytes.size()) + "\n" + std::string(bytes);
    }

    std::string errorAnswer(const Error& error)
    {
        return errorLine(error.errnoValue, error.message());
    }

    bool endsWith(std::string_view path, std::string_view name)
    {
        return path.size() > name.size() && path.ends_with(name) && path[path.size() - name.size() - 1] == '/';
    }

    std::string answerRead(const std::string& path)
    {
        const ReadLimits limits;
        if (path == "/dev/kmsg") {
            auto log = readKernelLog(path, limits.maxKernelLogBytes);
            return log ? okAnswer(*log) : errorAnswer(log.error());
        }
        // smaps and maps of a process with 65,530 VMAs reach 40 MB: the streamed cap, as ProcRootSource.
        const bool large = endsWith(path, "smaps") || endsWith(path, "maps");
        const bool pidScoped = path.size() > 6 && path.starts_with("/proc/") && path[6] >= '0' && path[6] <= '9';
        auto bytes = readWholeFile(path, pidScoped, path, large ? limits.maxStreamedFileBytes : limits.maxFileBytes);
        return bytes ? okAnswer(*bytes) : errorAnswer(bytes.error());
    }

    std::string answerList(const std::string& path)
    {
        auto names = ProcRootSource(std::string()).listDirectory(std::string_view(path).substr(1));
        if (!names)
            return errorAnswer(names.error());
        std::string text;
        for (const std::string& name : *names)
            // A name with a control byte (a newline would split it) is left out: no allowed path has one.
            if (isPlainForDisplay(name))
                text.append(name).append("\n");
        return okAnswer(text);
    }

    std::string answerWrite(const ServeRequest& request)
    {
        const WriteOutcome outcome = writeKernelFile(request.path, request.value + "\n");
        const std::string result = outcome.ok() ? std::string("ok") : serveErrnoName(outcome.errorNumber);
        // The audit trail: every write, done or refused by the kernel. Path and value passed the
        // policy, so they are plain ASCII without a shell metacharacter.
        ::syslog(LOG_AUTHPRIV | LOG_NOTICE, "vmscope-cli serve: uid %u wrote %s to %s (%s)",
            static_cast<unsigned>(::getuid()), request.value.c_str(), request.path.c_str(), result.c_str());
        if (!outcome.ok())
            return errorLine(outcome.errorNumber, request.path + ": " + std::strerror(outcome.errorNumber));
        return okAnswer({});
    }

    std::string answerServeRequest(std::string_view line, const std::string& fsRoot)
    {
        const ServeParse parsed = parseServeRequest(line);
        if (const auto* refusal = std::get_if<ServeRefusal>(&parsed))
            return errorLine(refusal->errorNumber, refusal->sentence);
        const ServeRequest& request = std::get<ServeRequest>(parsed);
        const auto resolved = resolveServePath(fsRoot, request);
        if (const auto* refusal = std::get_if<ServeRefusal>(&resolved))
            return errorLine(refusal->errorNumber, refusal->sentence);
        ServeRequest checked = request;
        checked.path = fsRoot + std::get<std::string>(resolved);
        switch (request.verb) {
        case ServeVerb::Read:
            return answerRead(checked.path);
        case ServeVerb::List:
            return answerList(checked.path);
        case ServeVerb::Write:
            return answerWrite(checked);
        }
        return errorLine(EINVAL, "unknown request");
    }

} // namespace

int runServe(Context& context, const std::vector<std::string>& args)
{
    if (!args.empty())
        return usageError(context, "serve takes no arguments: requests come on standard input");
    ::openlog("vmscope-cli", LOG_PID, LOG_AUTHPRIV);
    std::string pending;
    bool discarding = false; // inside a line that was already refused as too long
    char buffer[8192];
    bool open = true;
    while (open) {
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        open = got > 0;
        if (open)
            pending.append(buffer, static_cast<std::size_t>(got));
        else if (!pending.empty() && !discarding)
            pending.push_back('\n'); // the last request without its newline is still answered
        std::size_t start = 0;
        for (std::size_t newline; (newline = pending.find('\n', start)) != std::string::npos; start = newline + 1) {
            if (discarding) {
                discarding = false;
                continue;
            }
            if (!writeAll(
                    STDOUT_FILENO, answerServeRequest(std::string_view(pending).substr(start, newline - start), {})))
                return kExitOk; // the client went away
        }
        pending.erase(0, start);
        if (pending.size() > kMaxServeLineBytes) {
            // Never buffer a line without end: answer it now, skip the rest of it.
            if (!discarding && !writeAll(STDOUT_FILENO, answerServeRequest(pending, {})))
                return kExitOk;
            discarding = true;
            pending.clear();
        }
    }
    ::closelog();
    (void)context;
    return kExitOk;
}

} // namespace vmscope::cli
