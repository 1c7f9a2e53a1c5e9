#include "workload/RootHelper.h"

#include "workload/ProgramLocation.h"

#include <cerrno>
#include <unistd.h>

namespace vmscope {

namespace {

    // A person may take this long to type the password pkexec's agent asks for.
    constexpr std::chrono::minutes kAuthenticationTimeout { 5 };

    bool contains(std::string_view text, std::string_view part)
    {
        return text.find(part) != std::string_view::npos;
    }

} // namespace

std::vector<std::string> rootHelperArgv(RootHelperMethod method, const std::string& cliPath)
{
    if (method != RootHelperMethod::Sudo) {
        if (std::string pkexec = findInPath("pkexec"); !pkexec.empty())
            return { pkexec, cliPath, "serve" };
        if (method == RootHelperMethod::Pkexec)
            return {};
    }
    if (std::string sudo = findInPath("sudo"); !sudo.empty())
        return { sudo, "-n", cliPath, "serve" };
    return {};
}

std::string rootHelperFailureSentence(bool pkexec, std::string_view stderrText, const std::string& fallback)
{
    if (pkexec) {
        // pkexec: exit 126 when the dialog was dismissed or the user is not authorised, 127 when
        // no authentication agent runs.
        if (contains(stderrText, "dismissed"))
            return "authentication was dismissed";
        if (contains(stderrText, "Not authorized"))
            return "polkit does not authorise this user to run vmscope-cli serve as root (action org.vmscope.serve)";
        if (contains(stderrText, "Error getting authority"))
            return "pkexec could not reach polkit (polkitd is not running): use --privileged=sudo with a sudoers "
                   "rule (see README)";
        if (contains(stderrText, "authentication agent"))
            return "pkexec found no polkit authentication agent: run it in a desktop session, or use "
                   "--privileged=sudo with a sudoers rule (see README)";
        return fallback;
    }
    if (contains(stderrText, "a password is required") || contains(stderrText, "a terminal is required"))
        return "sudo needs a password for vmscope-cli serve: add a sudoers rule (see README) or use pkexec";
    if (contains(stderrText, "not allowed to execute") || contains(stderrText, "not in the sudoers file"))
        return "sudo does not allow this user to run vmscope-cli serve: add a sudoers rule (see README) or use "
               "pkexec";
    return fallback;
}

namespace {

    // pkexec that cannot work on this machine at all (no polkitd, no agent): exit 127 before asking anyone.
    bool pkexecUnusable(std::string_view stderrText)
    {
        return contains(stderrText, "Error getting authority") || contains(stderrText, "authentication agent");
    }

} // namespace

Result<std::shared_ptr<ServeChannel>> startRootHelper(
    RootHelperMethod method, const std::string& cliPath, ServeChannelOptions options)
{
    if (cliPath.empty() || cliPath.front() != '/')
        return Error::io("vmscope-cli", EINVAL, "cannot be started as root: its absolute path is not known");
    const std::vector<std::string> argv = rootHelperArgv(method, cliPath);
    if (argv.empty())
        return Error::io(method == RootHelperMethod::Pkexec ? "pkexec" : "sudo", ENOENT,
            method == RootHelperMethod::Auto
                ? "was not found in PATH (nor pkexec): vmscope-cli serve cannot run as root"
                : "was not found in PATH: vmscope-cli serve cannot run as root");
    const bool pkexec = argv.size() == 3;
    auto started = ServeChannel::start(argv, options);
    if (!started)
        return started.error();
    std::shared_ptr<ServeChannel> channel = std::move(*started);
    const auto probe = channel->exchange({ "read /proc/version" },
        pkexec ? std::chrono::duration_cast<std::chrono::milliseconds>(kAuthenticationTimeout) : options.answerTimeout);
    if (probe.front().ok())
        return channel;
    const Error& error = probe.front().error();
    if (error.kind != ErrorKind::Io || error.errnoValue != EIO)
        return error; // it answered: a helper of another protocol version, or a policy that differs
    const std::string stderrText = channel->stderrText();
    if (pkexec && method == RootHelperMethod::Auto && pkexecUnusable(stderrText) && !findInPath("sudo").empty()) {
        channel.reset();
        return startRootHelper(RootHelperMethod::Sudo, cliPath, options);
    }
    const std::string sentence = rootHelperFailureSentence(pkexec, stderrText, {});
    if (sentence.empty())
        return error;
    // An Io error says "FILE WHY": the sentence's first word is its subject ("sudo needs ...").
    const std::size_t space = sentence.find(' ');
    return Error::io(sentence.substr(0, space), EACCES, sentence.substr(space + 1));
}

} // namespace vmscope
