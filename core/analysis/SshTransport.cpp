#include "core/analysis/SshTransport.h"

#include "core/Translatable.h"

#include <algorithm>
#include <array>

namespace vmscope {

namespace {

    bool isNameByte(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
            || c == '-';
    }

    bool isPlainName(std::string_view name, bool allowColon)
    {
        return !name.empty() && name.front() != '-'
            && std::all_of(name.begin(), name.end(), [&](char c) { return isNameByte(c) || (allowColon && c == ':'); });
    }

    std::string_view lastLine(std::string_view text)
    {
        const std::size_t end = text.find_last_not_of("\r\n \t");
        if (end == std::string_view::npos)
            return {};
        text = text.substr(0, end + 1);
        const std::size_t start = text.find_last_of('\n');
        return start == std::string_view::npos ? text : text.substr(start + 1);
    }

    struct KnownMessage {
        std::string_view fragment; // as OpenSSH prints it (ssh.c, sshconnect.c, sshconnect2.c)
        SshFailureKind kind;
    };

    // First match wins: the host-key messages come before "Connection closed", which may follow
    // them. Lines as OpenSSH 9.2 prints them; older and newer clients use the same words.
    constexpr std::array kKnownMessages {
        KnownMessage { "Host key verification failed", SshFailureKind::HostKey },
        KnownMessage { "REMOTE HOST IDENTIFICATION HAS CHANGED", SshFailureKind::HostKey },
        KnownMessage { "host key is known for", SshFailureKind::HostKey },
        KnownMessage { "Host key for ", SshFailureKind::HostKey },
        KnownMessage { "Permission denied (", SshFailureKind::Authentication },
        KnownMessage { "Too many authentication failures", SshFailureKind::Authentication },
        KnownMessage { "No more authentication methods", SshFailureKind::Authentication },
        KnownMessage { "Could not resolve hostname", SshFailureKind::NameResolution },
        KnownMessage { "Connection refused", SshFailureKind::ConnectionRefused },
        KnownMessage { "No route to host", SshFailureKind::Unreachable },
        KnownMessage { "Network is unreachable", SshFailureKind::Unreachable },
        KnownMessage { "timed out", SshFailureKind::Unreachable },
        KnownMessage { "kex_exchange_identification", SshFailureKind::ConnectionClosed },
        KnownMessage { "Connection closed by", SshFailureKind::ConnectionClosed },
        KnownMessage { "Connection reset by", SshFailureKind::ConnectionClosed },
    };

    const char* sentenceTemplateOf(SshFailureKind kind)
    {
        switch (kind) {
        case SshFailureKind::HostKey:
            return VMSCOPE_TRANSLATABLE("vmscope::SshTransport",
                "the host key of %1 is unknown or changed: connect once with ssh %1 in a terminal to check and "
                "accept it");
        case SshFailureKind::Authentication:
            return VMSCOPE_TRANSLATABLE("vmscope::SshTransport",
                "ssh could not log in to %1: no key or agent identity was accepted (vmscope never asks for "
                "passwords)");
        case SshFailureKind::NameResolution:
            return VMSCOPE_TRANSLATABLE("vmscope::SshTransport",
                "ssh could not find the address of %1: check the name, ~/.ssh/config and the name service");
        case SshFailureKind::ConnectionRefused:
            return VMSCOPE_TRANSLATABLE(
                "vmscope::SshTransport", "%1 refused the connection: no ssh server listens on that port");
        case SshFailureKind::Unreachable:
            return VMSCOPE_TRANSLATABLE(
                "vmscope::SshTransport", "%1 cannot be reached: there is no route to it or it did not answer in time");
        case SshFailureKind::ConnectionClosed:
            return VMSCOPE_TRANSLATABLE(
                "vmscope::SshTransport", "%1 closed the connection before vmscope could log in");
        case SshFailureKind::Other:
            break;
        }
        return VMSCOPE_TRANSLATABLE("vmscope::SshTransport", "ssh could not connect to %1");
    }

} // namespace

std::optional<std::string> checkSshHost(std::string_view host)
{
    if (host.empty())
        return "the host is empty: use --host [USER@]HOST";
    if (host.size() > 255)
        return "the host is longer than 255 bytes";
    const std::size_t at = host.find('@');
    const std::string_view user = at == std::string_view::npos ? std::string_view() : host.substr(0, at);
    const std::string_view name = at == std::string_view::npos ? host : host.substr(at + 1);
    if (at != std::string_view::npos && !isPlainName(user, false))
        return "the user before @ must be letters, digits, '.', '_' or '-', not starting with '-'";
    if (!isPlainName(name, true))
        return "the host must be [USER@]HOST with letters, digits, '.', '_', '-' or ':', not starting with '-'";
    return std::nullopt;
}

std::vector<std::string> sshArgv(std::string_view host, std::string_view remoteCommand, std::string_view configFile)
{
    std::vector<std::string> argv { "ssh", "-T", "-o", "BatchMode=yes", "-o", "ConnectTimeout=15" };
    if (!configFile.empty()) {
        argv.emplace_back("-F");
        argv.emplace_back(configFile);
    }
    argv.emplace_back("--");
    argv.emplace_back(host);
    argv.emplace_back(remoteCommand);
    return argv;
}

SshFailure classifySshFailure(std::string_view sshStderr)
{
    SshFailure failure;
    failure.sshSaid = std::string(lastLine(sshStderr));
    for (const KnownMessage& known : kKnownMessages) {
        if (sshStderr.find(known.fragment) != std::string_view::npos) {
            failure.kind = known.kind;
            break;
        }
    }
    failure.sentenceTemplate = sentenceTemplateOf(failure.kind);
    return failure;
}

std::string sshFailureSentence(const SshFailure& failure, std::string_view host)
{
    std::string sentence;
    const std::string_view pattern = failure.sentenceTemplate;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == '1') {
            sentence.append(host);
            ++i;
        } else {
            sentence.push_back(pattern[i]);
        }
    }
    if (!failure.sshSaid.empty()) {
        // Most of ssh's own lines start with "ssh: " already.
        const std::string_view said = failure.sshSaid;
        sentence.append(" (ssh: ").append(said.starts_with("ssh: ") ? said.substr(5) : said).append(")");
    }
    return sentence;
}

} // namespace vmscope
