#pragma once

#include "core/Result.h"
#include "core/analysis/SshTransport.h"
#include "core/io/RemoteServe.h"
#include "core/io/ServeChannel.h"
#include "core/io/Source.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace vmscope {

// `--host [USER@]HOST` (issue 13): /proc and /sys of another machine, read over the user's own
// ssh (core/analysis/SshTransport.h) from vmscope-cli serve or, where that is not installed, the
// shell reader (core/io/RemoteServe.h). Both Sources share one ssh connection; a refresh that
// prefetches its files (Source::prefetch) is one round trip.
struct RemoteConnection {
    std::string host;
    RemoteReader reader = RemoteReader::Shell;
    std::shared_ptr<ServeChannel> channel;
    std::shared_ptr<const Source> proc; // "/proc" of the remote machine
    std::shared_ptr<const Source> sys; // "/sys" of the remote machine
    // "ssh HOST (vmscope-cli serve)" or "ssh HOST (shell and cat)": describe() of both Sources.
    std::string description;
};

struct RemoteOptions {
    std::string sshConfig; // ssh -F FILE; empty: ssh's own ~/.ssh/config (see sshConfigFromEnvironment)
    ServeChannelOptions channel {};
};

// Why connectRemote failed: an Io error whose message() is one sentence (the host refused by
// checkSshHost, ssh missing, what ssh said, or a remote side that does not speak the protocol).
struct RemoteConnectError {
    Error error;
    std::optional<SshFailure> ssh; // when ssh said why (host key, login, network): for the GUI to translate
};

// Starts ssh and waits for the remote side's hello (ssh's ConnectTimeout, then the login: up to
// kRemoteHelloTimeout). It blocks: call it from a worker, never the GUI thread.
inline constexpr std::chrono::milliseconds kRemoteHelloTimeout { 40000 };
std::variant<RemoteConnection, RemoteConnectError> connectRemote(std::string_view host, const RemoteOptions& options);

// The value of VMSCOPE_SSH_CONFIG (kSshConfigEnvironment), a test hook; empty when unset.
std::string sshConfigFromEnvironment();

} // namespace vmscope
