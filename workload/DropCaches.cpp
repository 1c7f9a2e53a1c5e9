#include "workload/DropCaches.h"

#include <boost/process/args.hpp>
#include <boost/process/child.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/io.hpp>
#include <boost/process/pipe.hpp>
#include <boost/process/search_path.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <unistd.h>

namespace bp = boost::process;

namespace vmscope {

namespace {
    std::string shellScript(DropCachesLevel level)
    {
        return "sync; echo " + std::to_string(static_cast<int>(level)) + " > /proc/sys/vm/drop_caches";
    }

    bool hasGraphicalSession()
    {
        const char* display = std::getenv("DISPLAY");
        const char* wayland = std::getenv("WAYLAND_DISPLAY");
        return (display && *display) || (wayland && *wayland);
    }

    struct HelperRun {
        bool started = false;
        int exitCode = -1;
        std::string errorText; // the helper's stderr, trimmed
    };

    // Runs `helper ARGS... /bin/sh -c SCRIPT`, collecting stderr for the message.
    HelperRun runHelper(const boost::filesystem::path& helper, std::vector<std::string> args)
    {
        HelperRun run;
        bp::ipstream errors;
        std::error_code launchError;
        bp::child child(bp::exe = helper.string(), bp::args = std::move(args),
            bp::std_in<bp::null, bp::std_out> bp::null, bp::std_err > errors, launchError);
        if (launchError) {
            run.errorText = launchError.message();
            return run;
        }
        run.started = true;
        run.errorText.assign(std::istreambuf_iterator<char>(errors), std::istreambuf_iterator<char>());
        child.wait(launchError);
        run.exitCode = launchError ? -1 : child.exit_code();
        while (!run.errorText.empty() && (run.errorText.back() == '\n' || run.errorText.back() == ' '))
            run.errorText.pop_back();
        return run;
    }

    std::string failedSentence(const std::string& what, DropCachesLevel level)
    {
        // `what` ends with a sentence and its space.
        return what + "Run it yourself: " + dropCachesCommand(level);
    }
} // namespace

std::string dropCachesCommand(DropCachesLevel level)
{
    return "sudo sh -c '" + shellScript(level) + "'";
}

DropCachesOutcome dropCaches(DropCachesLevel level)
{
    // drop_caches drops clean pages only: sync first so dirty data becomes droppable.
    ::sync();
    const std::string value = std::to_string(static_cast<int>(level)) + "\n";
    if (::geteuid() == 0) {
        const int fd = ::open("/proc/sys/vm/drop_caches", O_WRONLY | O_CLOEXEC);
        if (fd < 0 || ::write(fd, value.data(), value.size()) != static_cast<ssize_t>(value.size())) {
            const int error = errno;
            if (fd >= 0)
                ::close(fd);
            // Root in a container usually meets a read-only /proc/sys.
            return { false, {},
                "Could not write /proc/sys/vm/drop_caches as root: " + std::string(std::strerror(error))
                    + ". In a container, run it on the host: " + dropCachesCommand(level) };
        }
        ::close(fd);
        return { true, "as root", "Caches dropped (" + value.substr(0, 1) + ") as root." };
    }

    const std::vector<std::string> scriptArgs { "/bin/sh", "-c", shellScript(level) };
    std::string tried;
    const boost::filesystem::path pkexec = bp::search_path("pkexec");
    if (!pkexec.empty() && hasGraphicalSession()) {
        const HelperRun run = runHelper(pkexec, scriptArgs);
        if (run.started && run.exitCode == 0)
            return { true, "through pkexec", "Caches dropped (" + value.substr(0, 1) + ") through pkexec." };
        // pkexec: 126 = the user dismissed the dialog or was not authorised, 127 = no agent.
        tried = "pkexec did not succeed (exit code " + std::to_string(run.exitCode)
            + (run.errorText.empty() ? std::string() : ": " + run.errorText) + "). ";
    }
    const boost::filesystem::path sudo = bp::search_path("sudo");
    if (!sudo.empty()) {
        std::vector<std::string> args { "-n" };
        args.insert(args.end(), scriptArgs.begin(), scriptArgs.end());
        const HelperRun run = runHelper(sudo, args);
        if (run.started && run.exitCode == 0)
            return { true, "through sudo -n", "Caches dropped (" + value.substr(0, 1) + ") through sudo -n." };
        tried += "sudo -n did not succeed (it needs a password or a sudoers rule"
            + (run.errorText.empty() ? std::string() : ": " + run.errorText) + "). ";
    }
    if (tried.empty())
        tried = "Dropping caches needs root, and neither pkexec (with a graphical session) nor sudo is available. ";
    return { false, {}, failedSentence(tried, level) };
}

} // namespace vmscope
