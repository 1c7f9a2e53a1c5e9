#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

// `--host [USER@]HOST` (issue 13): the user's own OpenSSH client, keys, agent and ~/.ssh/config
// carry vmscope's serve protocol to another machine. vmscope adds no option of its own beyond
// these: -T (no terminal: the bytes pass unchanged), BatchMode=yes (ssh never prompts, so a GUI
// never waits on a password prompt nobody sees; a key or agent identity is needed) and
// ConnectTimeout=15 (an unreachable host is an error, not a wait). Other options only through
// ~/.ssh/config.

// Names the ssh client configuration file for --host instead of ~/.ssh/config (ssh -F). A test
// hook: tests/cli/tst_remote.cpp points it at a throw-away configuration for its own sshd.
inline constexpr const char* kSshConfigEnvironment = "VMSCOPE_SSH_CONFIG";

// The sentence why `host` is refused, or nullopt when it is [USER@]HOST with USER and HOST of
// letters, digits, '.', '_', '-' (HOST also ':' for an IPv6 address), neither empty nor starting
// with '-' (ssh would take it for an option), at most 255 bytes.
std::optional<std::string> checkSshHost(std::string_view host);

// The argv for ssh (argv[0] "ssh", looked up in PATH; no local shell): ssh -T -o BatchMode=yes
// -o ConnectTimeout=15 [-F configFile] -- HOST REMOTE_COMMAND. `host` must have passed
// checkSshHost; an empty configFile leaves ssh's own lookup.
std::vector<std::string> sshArgv(std::string_view host, std::string_view remoteCommand, std::string_view configFile);

enum class SshFailureKind {
    HostKey, // unknown or changed host key (strict checking)
    Authentication, // no key or agent identity accepted
    NameResolution, // the name does not resolve
    ConnectionRefused, // nothing listens on the port
    Unreachable, // no route, network unreachable, timed out
    ConnectionClosed, // the server closed the connection before login (MaxStartups, a firewall, a wrapper)
    Other, // anything else ssh said (a broken ~/.ssh/config, a missing remote sh)
};

struct SshFailure {
    SshFailureKind kind = SshFailureKind::Other;
    // The sentence with "%1" for the host, marked VMSCOPE_TRANSLATABLE under the context
    // "vmscope::SshTransport": the GUI translates it and fills in the host, the CLI prints it.
    const char* sentenceTemplate = "";
    std::string sshSaid; // ssh's last non-empty line of stderr, as it wrote it (escape it to print)
};

// What went wrong, from what ssh wrote on stderr (its messages are not localized). Always gives
// an answer: Other with ssh's last line when no known message is there.
SshFailure classifySshFailure(std::string_view sshStderr);

// The sentence for a person: the template with `host` filled in, then what ssh said:
// "ssh could not log in to box: ... (ssh: root@box: Permission denied (publickey).)".
std::string sshFailureSentence(const SshFailure& failure, std::string_view host);

} // namespace vmscope
