#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

// What `echo N > /proc/sys/vm/drop_caches` frees (Documentation/admin-guide/sysctl/vm.rst,
// drop_caches): 1 the clean page cache, 2 reclaimable slab objects (dentries and inodes), 3 both.
// Dirty pages are not dropped, hence the sync first.
enum class DropCachesLevel { PageCache = 1, SlabObjects = 2, Both = 3 };

struct DropCachesOutcome {
    bool done = false;
    std::string method; // "as root", "through pkexec", "through sudo -n"; empty when not done
    // When not done: a sentence saying why, with the exact command the user can run.
    // When done: a short confirmation.
    std::string message;
};

// Without root, vmscope never asks for a root shell: the one thing run as root is
// `vmscope-cli drop-caches N` (it syncs, writes N to /proc/sys/vm/drop_caches, nothing else),
// through the helpers at fixed paths, so what the user authorises is exactly that.
inline constexpr std::string_view kPkexecPath = "/usr/bin/pkexec";
inline constexpr std::string_view kSudoPath = "/usr/bin/sudo";
enum class DropCachesHelper { Pkexec, Sudo };

// "1", "2", "3" (exactly these) for `vmscope-cli drop-caches`; nullopt for anything else.
std::optional<DropCachesLevel> parseDropCachesLevel(std::string_view text);
// The vmscope-cli that drops caches: the one next to the running program (the build tree and
// the installed layout both put vmscope and vmscope-cli into one directory), else the one in
// the installed bin directory; empty when neither is an executable file.
std::string locateVmscopeCli();
// The helper's argument vector: /usr/bin/pkexec CLI drop-caches N, or
// /usr/bin/sudo -n CLI drop-caches N.
std::vector<std::string> dropCachesArgv(DropCachesHelper helper, const std::string& cliPath, DropCachesLevel level);
// The command a user runs by hand: sudo /usr/local/bin/vmscope-cli drop-caches 3
// (`cliPath` empty: the located vmscope-cli, or plain "vmscope-cli" when none was found).
std::string dropCachesCommand(DropCachesLevel level, std::string cliPath = {});
// A sudoers rule that allows exactly that command, and nothing more, without a password:
// alice ALL=(root) NOPASSWD: /usr/local/bin/vmscope-cli drop-caches 3
std::string dropCachesSudoersRule(DropCachesLevel level, const std::string& user, std::string cliPath = {});

// Syncs and writes /proc/sys/vm/drop_caches; only works as root (what `vmscope-cli drop-caches`
// runs). Never escalates.
DropCachesOutcome dropCachesAsRoot(DropCachesLevel level);
// Syncs, then drops: directly as root; otherwise `vmscope-cli drop-caches N` through pkexec when
// a graphical session and pkexec are there, else through `sudo -n` when sudo is installed.
// Blocks (pkexec waits for the user's password): call it off the GUI thread. Never fails silently.
DropCachesOutcome dropCaches(DropCachesLevel level);
// The same with a given vmscope-cli (empty: none was found).
DropCachesOutcome dropCaches(DropCachesLevel level, const std::string& cliPath);

} // namespace vmscope
