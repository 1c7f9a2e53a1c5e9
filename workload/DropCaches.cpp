#include "workload/DropCaches.h"

#include "workload/ProgramLocation.h"

#include <boost/process/args.hpp>
#include <boost/process/child.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/io.hpp>
#include <boost/process/pipe.hpp>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <iterator>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bp = boost::process;

namespace vmscope {

namespace {
    std::string levelText(DropCachesLevel level)
    {
        return std::to_string(static_cast<int>(level));
    }

    bool hasGraphicalSession()
    {
        const char* display = std::getenv("DISPLAY");
        const char* wayland = std::getenv("WAYLAND_DISPLAY");
        return (display && *display) || (wayland && *wayland);
    }

    std::string userName()
    {
        if (const passwd* entry = ::getpwuid(::geteuid()); entry && entry->pw_name && *entry->pw_name)
            return entry->pw_name;
        return "USER";
    }

    struct HelperRun {
        bool started = false;
        int exitCode = -1;
        std::string errorText; // the helper's stderr, trimmed
    };

    // Runs argv[0] with the rest as arguments (no shell, no PATH), collecting stderr for the message.
    HelperRun runHelper(const std::vector<std::string>& argv)
    {
        HelperRun run;
        bp::ipstream errors;
        std::error_code launchError;
        bp::child child(bp::exe = argv.front(), bp::args = std::vector<std::string>(argv.begin() + 1, argv.end()),
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

    std::string cliOrDefault(std::string cliPath)
    {
        if (cliPath.empty())
            cliPath = locateVmscopeCli();
        return cliPath.empty() ? std::string("vmscope-cli") : cliPath;
    }
} // namespace

std::optional<DropCachesLevel> parseDropCachesLevel(std::string_view text)
{
    if (text == "1")
        return DropCachesLevel::PageCache;
    if (text == "2")
        return DropCachesLevel::SlabObjects;
    if (text == "3")
        return DropCachesLevel::Both;
    return std::nullopt;
}

std::string locateVmscopeCli()
{
    return locateVmscopeProgram("vmscope-cli");
}

std::vector<std::string> dropCachesArgv(DropCachesHelper helper, const std::string& cliPath, DropCachesLevel level)
{
    if (helper == DropCachesHelper::Pkexec)
        return { std::string(kPkexecPath), cliPath, "drop-caches", levelText(level) };
    return { std::string(kSudoPath), "-n", cliPath, "drop-caches", levelText(level) };
}

std::string dropCachesCommand(DropCachesLevel level, std::string cliPath)
{
    return "sudo " + cliOrDefault(std::move(cliPath)) + " drop-caches " + levelText(level);
}

std::string dropCachesSudoersRule(DropCachesLevel level, const std::string& user, std::string cliPath)
{
    return user + " ALL=(root) NOPASSWD: " + cliOrDefault(std::move(cliPath)) + " drop-caches " + levelText(level);
}

DropCachesOutcome dropCachesAsRoot(DropCachesLevel level)
{
    const std::string value = levelText(level) + "\n";
    if (::geteuid() != 0)
        return { false, {}, "Dropping caches needs root. Run: " + dropCachesCommand(level) };
    // drop_caches drops clean pages only: sync first so dirty data becomes droppable.
    ::sync();
    const int fd = ::open("/proc/sys/vm/drop_caches", O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
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
    return { true, "as root", "Caches dropped (" + levelText(level) + ") as root." };
}

DropCachesOutcome dropCaches(DropCachesLevel level)
{
    if (::geteuid() == 0)
        return dropCachesAsRoot(level);
    return dropCaches(level, locateVmscopeCli());
}

DropCachesOutcome dropCaches(DropCachesLevel level, const std::string& cli)
{
    if (::geteuid() == 0)
        return dropCachesAsRoot(level);
    std::string tried;
    if (cli.empty()) {
        tried = "Dropping caches needs root, and vmscope-cli (which does it as root) was not found next to this "
                "program or in the installed bin directory. ";
    } else {
        if (isExecutableFile(std::string(kPkexecPath)) && hasGraphicalSession()) {
            const HelperRun run = runHelper(dropCachesArgv(DropCachesHelper::Pkexec, cli, level));
            if (run.started && run.exitCode == 0)
                return { true, "through pkexec", "Caches dropped (" + levelText(level) + ") through pkexec." };
            // pkexec: 126 = the user dismissed the dialog or was not authorised, 127 = no agent.
            tried = "pkexec did not succeed (exit code " + std::to_string(run.exitCode)
                + (run.errorText.empty() ? std::string() : ": " + run.errorText) + "). ";
        }
        if (isExecutableFile(std::string(kSudoPath))) {
            const HelperRun run = runHelper(dropCachesArgv(DropCachesHelper::Sudo, cli, level));
            if (run.started && run.exitCode == 0)
                return { true, "through sudo -n", "Caches dropped (" + levelText(level) + ") through sudo -n." };
            tried += "sudo -n did not succeed (it needs a password or a sudoers rule"
                + (run.errorText.empty() ? std::string() : ": " + run.errorText) + "). ";
        }
        if (tried.empty())
            tried = "Dropping caches needs root, and neither " + std::string(kPkexecPath)
                + " (with a graphical session) nor " + std::string(kSudoPath) + " is available. ";
    }
    if (cli.empty())
        return { false, {}, tried + "Run it yourself: " + dropCachesCommand(level, "vmscope-cli") };
    // sudoers wants the absolute path; with it the rule grants this one command and nothing more.
    return { false, {},
        tried + "Run it yourself: " + dropCachesCommand(level, cli)
            + " -- or allow exactly that command without a password with this sudoers rule (visudo -f "
              "/etc/sudoers.d/vmscope): "
            + dropCachesSudoersRule(level, userName(), cli) };
}

} // namespace vmscope
