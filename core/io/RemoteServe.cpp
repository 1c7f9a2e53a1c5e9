#include "core/io/RemoteServe.h"

#include "core/Translatable.h"

namespace vmscope {

// One statement group a line here, joined into one line (see the header for why). The parts:
// - the hello: `read` in sh takes exactly one line from a pipe, so `exec vmscope-cli serve` gets
//   the rest of standard input untouched. `vmscope-cli serve </dev/null` exits 0 at once where
//   serve exists; an older vmscope-cli without it exits 1 and the shell answers instead.
// - a private temporary directory (mktemp -d, or mkdir -m 700 where mktemp is missing), removed
//   on exit by a trap; a read goes to a file there first so that LENGTH is exact even for /proc
//   files whose size changes between two reads, and so that the answer for a file that fails
//   half-way is an error, never a truncated `ok`.
// - ulimit -f bounds that file (512-byte blocks in POSIX sh: 256 MiB, the streamed cap of
//   core/io/ReadLimits.h); cat killed by SIGXFSZ (status 153) is EFBIG.
// - the paths: only what vmscope's Sources ask for, as serve's policy: /proc (not kcore, kmem,
//   kmsg, nor a process's root, cwd, exe, fd, fdinfo, map_files, mem, environ, pagemap) and the
//   memory trees of /sys; the same bytes serve accepts, normalized, so a path is never an option
//   or a pattern. The errno name comes from cat's message (LC_ALL=C: glibc, musl and busybox
//   say the same words), else from test(1).
// - list: the shell's own glob (byte order under LC_ALL=C), . and .. left out, as are names with
//   a byte outside printable ASCII (a newline would split one in two).
const std::string_view kRemoteServeScript
    = "LC_ALL=C; export LC_ALL; umask 077; "
      "IFS= read -r l || exit 0; "
      "if [ \"$l\" != hello ]; then "
      "printf \"error EINVAL %s\\n\" \"the first request is hello\"; exit 1; "
      "fi; "
      "if command -v vmscope-cli >/dev/null 2>&1 "
      "&& vmscope-cli serve </dev/null >/dev/null 2>&1; then "
      "printf \"ok 5\\nserve\"; exec vmscope-cli serve; "
      "fi; "
      "d=$(mktemp -d 2>/dev/null) "
      "|| { d=${TMPDIR:-/tmp}/vmscope-remote.$$; mkdir -m 700 \"$d\" || exit 1; }; "
      "c() { rm -rf \"$d\"; }; trap c EXIT; trap \"exit 1\" HUP INT TERM PIPE; "
      "E() { printf \"error %s %s\\n\" \"$1\" \"$2\"; }; "
      "F() { m=$(cat \"$d/e\" 2>/dev/null); case $m in "
      "*\"No such process\"*) E ESRCH \"$p: no such process\";; "
      "*\"No such file\"*) E ENOENT \"$p: no such file or directory\";; "
      "*\"Permission denied\"*) E EACCES \"$p: permission denied\";; "
      "*\"Operation not permitted\"*) E EPERM \"$p: operation not permitted\";; "
      "*) if [ ! -e \"$p\" ]; then E ENOENT \"$p: no such file or directory\"; "
      "elif [ \"$1\" = read ] && [ -d \"$p\" ]; then E EISDIR \"$p: is a directory\"; "
      "elif [ \"$1\" = list ] && [ ! -d \"$p\" ]; then E ENOTDIR \"$p: not a directory\"; "
      "elif [ ! -r \"$p\" ] || [ \"$1\" = list ]; then E EACCES \"$p: permission denied\"; "
      "else E EIO \"$p: cannot be read\"; fi;; "
      "esac; }; "
      "printf \"ok 5\\nshell\"; "
      "while IFS= read -r l; do "
      "p=${l#* }; v=${l%% *}; "
      "case $l in \"read /\"*|\"list /\"*) ;; "
      "*) E EINVAL \"the shell reader answers read PATH and list DIR only\"; continue;; "
      "esac; "
      "case $p in *[!A-Za-z0-9/._:+@,%-]*) "
      "E EINVAL \"a path is letters, digits and / . _ - : + @ , % only\"; continue;; "
      "esac; "
      "case $p/ in *//*|*/./*|*/../*) "
      "E EINVAL \"the path must not contain //, . or .. components\"; continue;; "
      "esac; "
      "case $p in /proc|/proc/*|/sys/kernel/mm|/sys/kernel/mm/*|/sys/fs/cgroup|"
      "/sys/fs/cgroup/*|/sys/devices/system/memory|/sys/devices/system/memory/*|"
      "/sys/devices/system/node|/sys/devices/system/node/*) ;; "
      "*) E EACCES \"the shell reader does not read $p\"; continue;; "
      "esac; "
      "case $p/ in /proc/kcore/*|/proc/kmem/*|/proc/kmsg/*|/proc/*/root/*|/proc/*/cwd/*|"
      "/proc/*/exe/*|/proc/*/fd/*|/proc/*/fdinfo/*|/proc/*/map_files/*|/proc/*/mem/*|"
      "/proc/*/environ/*|/proc/*/pagemap/*) "
      "E EACCES \"the shell reader does not read $p\"; continue;; "
      "esac; "
      ": >\"$d/e\"; "
      "if [ \"$v\" = read ]; then "
      "(ulimit -f 524288 2>/dev/null; exec cat -- \"$p\") >\"$d/f\" 2>\"$d/e\"; s=$?; "
      "elif [ -d \"$p\" ] && [ -r \"$p\" ] && [ -x \"$p\" ]; then "
      "s=0; for f in \"$p\"/.* \"$p\"/*; do n=${f##*/}; "
      "case $n in .|..|*[![:print:]]*) continue;; esac; "
      "[ -e \"$f\" ] || [ -h \"$f\" ] || continue; printf \"%s\\n\" \"$n\"; "
      "done >\"$d/f\"; "
      "else s=1; fi; "
      "if [ $s = 0 ]; then n=$(wc -c <\"$d/f\"); set -- $n; "
      "printf \"ok %s\\n\" \"$1\"; cat -- \"$d/f\"; "
      "elif [ $s = 153 ]; then E EFBIG \"$p is larger than the shell reader sends\"; "
      "else F \"$v\"; fi; "
      "done";

std::optional<RemoteReader> parseRemoteHello(std::string_view payload)
{
    if (payload == "serve")
        return RemoteReader::Serve;
    if (payload == "shell")
        return RemoteReader::Shell;
    return std::nullopt;
}

std::string remoteServeCommand()
{
    return "sh -c '" + std::string(kRemoteServeScript) + "'";
}

std::string describeRemoteReader(RemoteReader reader)
{
    return reader == RemoteReader::Serve ? VMSCOPE_TRANSLATABLE("vmscope::RemoteServe", "vmscope-cli serve")
                                         : VMSCOPE_TRANSLATABLE("vmscope::RemoteServe", "shell and cat");
}

} // namespace vmscope
