#include "core/read/RemoteConnection.h"

#include "core/io/ReadsInProgress.h"
#include "core/io/ServeSource.h"

#include <cerrno>
#include <cstdlib>

namespace vmscope {

std::string sshConfigFromEnvironment()
{
    const char* value = std::getenv(kSshConfigEnvironment);
    return value ? std::string(value) : std::string();
}

std::variant<RemoteConnection, RemoteConnectError> connectRemote(std::string_view host, const RemoteOptions& options)
{
    if (auto why = checkSshHost(host))
        return RemoteConnectError { Error::io({}, EINVAL, "--host " + *why), std::nullopt };
    ServeChannelOptions channelOptions = options.channel;
    // Messages name the connection, not the whole command line with its 2.6 KB script.
    channelOptions.commandForMessages = "ssh " + std::string(host);
    auto started = ServeChannel::start(sshArgv(host, remoteServeCommand(), options.sshConfig), channelOptions);
    if (!started)
        return RemoteConnectError { started.error(), std::nullopt };
    std::shared_ptr<ServeChannel> channel = std::move(*started);
    // Marked like a read: a connection that hangs (a slow login) is named where reads are.
    const auto hello = [&] {
        const ScopedReadMark mark("ssh " + std::string(host));
        return channel->exchange({ std::string(kRemoteHelloRequest) }, kRemoteHelloTimeout);
    }();
    const std::optional<RemoteReader> reader = hello.front() ? parseRemoteHello(*hello.front()) : std::nullopt;
    if (!reader) {
        // ssh ends with status 255 and its reason on stderr: host key, login, network.
        SshFailure failure = classifySshFailure(channel->stderrText());
        if (failure.kind != SshFailureKind::Other)
            return RemoteConnectError { Error::io({}, EHOSTUNREACH, sshFailureSentence(failure, host)), failure };
        // Logged in, but what answered is not the reader: a login shell that prints text
        // (~/.bashrc), a restricted shell, no sh on the remote machine.
        const std::string why
            = hello.front() ? "answered the hello with something else" : hello.front().error().message();
        return RemoteConnectError { Error::io({}, EPROTO,
                                        "ssh " + std::string(host) + " did not start vmscope's reader: " + why
                                            + " (a login shell that prints text, or no POSIX sh there?)"),
            std::nullopt };
    }
    RemoteConnection connection;
    connection.host = std::string(host);
    connection.reader = *reader;
    connection.description = "ssh " + connection.host + " (" + describeRemoteReader(*reader) + ")";
    connection.channel = channel;
    connection.proc = std::make_shared<ServeSource>(channel, "/proc", connection.description);
    connection.sys = std::make_shared<ServeSource>(channel, "/sys", connection.description);
    return connection;
}

} // namespace vmscope
