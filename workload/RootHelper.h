#pragma once

#include "core/Result.h"
#include "core/io/ServeChannel.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

// The root helper (ARCHITECTURE.md, "Privilege separation"): `vmscope-cli serve` started as root
// through pkexec (polkit action org.vmscope.serve, resources/polkit) or `sudo -n` (a sudoers rule
// for exactly that command), so that the GUI and the CLI stay unprivileged and read and write
// through it. Blocks while pkexec asks for a password: call it from a worker in the GUI.
enum class RootHelperMethod {
    Auto, // pkexec when it is in PATH (and polkit runs), else sudo -n
    Pkexec,
    Sudo,
};

// The argument vector: {PKEXEC, CLI, "serve"} or {SUDO, "-n", CLI, "serve"} (helpers by their
// absolute path). Empty when the helper is not installed.
std::vector<std::string> rootHelperArgv(RootHelperMethod method, const std::string& cliPath);

// Starts the helper and checks that it answers (one read, waiting as long as a person needs to
// type a password for pkexec). The error is one sentence: "sudo needs a password for vmscope-cli
// serve: add a sudoers rule (see README) or use pkexec", "authentication was dismissed", ...
Result<std::shared_ptr<ServeChannel>> startRootHelper(
    RootHelperMethod method, const std::string& cliPath, ServeChannelOptions options = {});

// The sentence for a helper that ended before it answered, from what it wrote on stderr
// (sudo's and pkexec's messages); `fallback` (the channel's own error) when none is known.
std::string rootHelperFailureSentence(bool pkexec, std::string_view stderrText, const std::string& fallback);

} // namespace vmscope
