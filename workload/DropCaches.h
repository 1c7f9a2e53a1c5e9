#pragma once

#include <string>

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

// The command a user runs by hand: sudo sh -c 'sync; echo 3 > /proc/sys/vm/drop_caches'
std::string dropCachesCommand(DropCachesLevel level);
// Syncs, then drops: directly as root; otherwise through pkexec when a graphical session and
// pkexec are there, else through `sudo -n` when sudo is installed. Blocks (pkexec waits for the
// user's password): call it off the GUI thread. Never fails silently.
DropCachesOutcome dropCaches(DropCachesLevel level);

} // namespace vmscope
