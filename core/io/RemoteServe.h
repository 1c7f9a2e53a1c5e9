#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vmscope {

// What runs on the other machine of `--host` (issue 13): one POSIX-shell program that speaks the
// protocol of `vmscope-cli serve` (core/analysis/ServePolicy.h) on its standard input and output.
// When the remote machine has a vmscope-cli with `serve` on its PATH, the program hands over to it;
// otherwise it answers `read PATH` and `list DIR` itself with sh, cat and wc (busybox is enough), so
// a server or board without vmscope can be inspected. It never writes: other requests are refused.
//
// Its first request must be kRemoteHelloRequest; the answer (`ok 5` and "serve" or "shell") says
// which of the two answers the rest. Every later request is answered exactly as serve would:
// `ok LENGTH`, a newline and LENGTH bytes, or one line `error ERRNO_NAME sentence`.
//
// The script contains no newline, no single quote and no backslash before a quote or backslash,
// so it passes unchanged through `sh -c '...'` in any login shell ssh may start (sh, bash, zsh,
// csh, fish).
extern const std::string_view kRemoteServeScript;

inline constexpr std::string_view kRemoteHelloRequest = "hello";

// Which program answers on the remote side.
enum class RemoteReader {
    Serve, // vmscope-cli serve
    Shell, // the script itself: sh and cat
};

// The hello answer's payload ("serve" or "shell"); nullopt for anything else.
std::optional<RemoteReader> parseRemoteHello(std::string_view payload);

// The one command line ssh hands to the remote login shell: sh -c 'kRemoteServeScript'.
std::string remoteServeCommand();

// "vmscope-cli serve" or "shell and cat": how describe() names the reader.
std::string describeRemoteReader(RemoteReader reader);

} // namespace vmscope
