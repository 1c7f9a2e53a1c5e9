// --host's rules on untrusted bytes (core/analysis/SshTransport.h, core/io/RemoteServe.h): ssh's
// stderr carries what the remote side and its login scripts print, so the classification must
// take any bytes; the host check must accept nothing ssh could read as an option or a second
// argument; the hello parser knows exactly two answers.
#include "FuzzInput.h"

#include "core/analysis/SshTransport.h"
#include "core/io/RemoteServe.h"

#include <string>

namespace {

using namespace vmscope;

bool hostByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
        || c == '-' || c == ':' || c == '@';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input = fuzz::bytesOf(data, size);

    const SshFailure failure = classifySshFailure(input);
    VMSCOPE_FUZZ_ORACLE(failure.sshSaid.find('\n') == std::string::npos);
    VMSCOPE_FUZZ_ORACLE(input.find(failure.sshSaid) != std::string_view::npos);
    VMSCOPE_FUZZ_ORACLE(std::string_view(failure.sentenceTemplate).find("%1") != std::string_view::npos);
    const std::string sentence = sshFailureSentence(failure, "box");
    VMSCOPE_FUZZ_ORACLE(sentence.find("box") != std::string::npos);
    // The template is filled in completely; ssh's own line follows it verbatim (it may say "%1"
    // itself: that is ssh's text, never substituted).
    SshFailure templateOnly = failure;
    templateOnly.sshSaid.clear();
    const std::string filled = sshFailureSentence(templateOnly, "box");
    VMSCOPE_FUZZ_ORACLE(filled.find("%1") == std::string::npos);
    VMSCOPE_FUZZ_ORACLE(sentence.starts_with(filled));

    if (!checkSshHost(input)) {
        VMSCOPE_FUZZ_ORACLE(!input.empty() && input.size() <= 255 && input.front() != '-');
        for (const char c : input)
            VMSCOPE_FUZZ_ORACLE(hostByte(c));
        const std::size_t at = input.find('@');
        VMSCOPE_FUZZ_ORACLE(at == std::string_view::npos || input.substr(at + 1).front() != '-');
        const auto argv = sshArgv(input, remoteServeCommand(), {});
        VMSCOPE_FUZZ_ORACLE(argv.size() == 9 && argv[6] == "--" && argv[7] == input);
    }

    if (const auto reader = parseRemoteHello(input))
        VMSCOPE_FUZZ_ORACLE(input == "serve" || input == "shell");
    return 0;
}
