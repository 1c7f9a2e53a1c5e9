#pragma once

#include "core/io/ServeProtocol.h" // serveErrnoName: the answers' side of the protocol

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace vmscope {

// The policy of `vmscope-cli serve`, the root helper the GUI reaches through pkexec or sudo -n
// (ARCHITECTURE.md, "Privilege separation"): which requests it takes, which paths it reads and
// which values it writes where. Pure rules plus one filesystem walk (resolveServePath), so that
// tests and the fuzzer check them without root.
//
// Protocol, one request a line: `read PATH`, `list DIR`, `write PATH VALUE`; exactly one space
// between the words, at most kMaxServeLineBytes bytes before the newline, printable ASCII only.

inline constexpr std::size_t kMaxServeLineBytes = 4096;

enum class ServeVerb { Read, List, Write };

// A request that passed the parser and the lexical policy: `path` is absolute and normalized
// ("//" collapsed, no trailing '/', no "." or ".." component) and under an allowed tree; for a
// write, `value` has the form the file takes.
struct ServeRequest {
    ServeVerb verb = ServeVerb::Read;
    std::string path;
    std::string value; // Write only
};

// Why a request is refused: an errno (EINVAL for a malformed line or value, EACCES for a path or
// write outside the allow-list) and a sentence of printable ASCII.
struct ServeRefusal {
    int errorNumber = 0;
    std::string sentence;
};

using ServeParse = std::variant<ServeRequest, ServeRefusal>;

// One line, without its newline.
ServeParse parseServeRequest(std::string_view line);

// The lexical policy alone, on a normalized absolute path (parseServeRequest applies them).
// Reads: /proc (not /proc/PID/{root,cwd,exe,fd,fdinfo,map_files,mem,environ}, the same below
// task/TID, /proc/kcore, /proc/kmem), /sys/kernel/mm, /sys/fs/cgroup, /sys/devices/system/memory,
// /sys/devices/system/node and /dev/kmsg.
bool serveMayRead(std::string_view path);
// Writes: the refusal, or nothing when `value` is the allowed form for `path`:
// /proc/sys/vm/drop_caches (1, 2, 3), /proc/sys/vm/NAME of writableVmSysctls() in its range,
// /proc/PID/oom_score_adj (-1000..1000), /proc/PID/clear_refs (1..5), and memory.max,
// memory.high, memory.swap.max (a byte count or "max"), memory.limit_in_bytes,
// memory.memsw.limit_in_bytes (a byte count or -1), cgroup.procs (a pid) directly in a cgroup
// named vmscope-run-PID-N-T or vmscope-run-demo-oom-PID below /sys/fs/cgroup (the names
// TransientMemoryCgroup gives for the runner and vmscope-demo).
std::variant<std::monostate, ServeRefusal> serveMayWrite(std::string_view path, std::string_view value);

// Collapses "//", drops a trailing '/', refuses relative paths and "." or ".." components.
std::variant<std::string, ServeRefusal> normalizeServePath(std::string_view path);

// Resolves every symbolic link of `path` component by component below `fsRoot` ("" for the real
// filesystem; a directory in tests: absolute link targets are taken below it), as realpath does,
// and checks the result again: `read`/`list` paths must stay readable (a link out of the allowed
// trees, /proc/self/root/..., is EACCES), a write path must contain no link at all. Returns the
// resolved path (without fsRoot), or ENOENT/ELOOP/EACCES... with a sentence.
std::variant<std::string, ServeRefusal> resolveServePath(const std::string& fsRoot, const ServeRequest& request);

} // namespace vmscope
