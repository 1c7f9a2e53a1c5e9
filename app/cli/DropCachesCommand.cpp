// vmscope-cli drop-caches N: the one action vmscope runs as root (through pkexec or sudo -n, see
// workload/DropCaches.h). It syncs and writes N to /proc/sys/vm/drop_caches and does nothing
// else, so a sudoers rule or a polkit action for it grants exactly that. It reads no files and
// ignores --proc-root: the argument is the whole input, and it is checked strictly.
#include "Cli.h"

#include "workload/DropCaches.h"

namespace vmscope::cli {

int runDropCaches(Context& context, const std::vector<std::string>& args)
{
    if (args.size() != 1 || !parseDropCachesLevel(args.front()))
        return usageError(context,
            "drop-caches takes exactly one of 1 (page cache), 2 (slab objects), 3 (both), not '"
                + (args.empty() ? std::string() : args.front()) + (args.size() > 1 ? " ..." : "") + "'");
    const DropCachesOutcome outcome = dropCachesAsRoot(*parseDropCachesLevel(args.front()));
    if (!outcome.done) {
        context.err += "vmscope-cli: " + outcome.message + "\n";
        return kExitCannotRead;
    }
    context.err += "vmscope-cli: " + outcome.message + "\n";
    return kExitOk;
}

} // namespace vmscope::cli
