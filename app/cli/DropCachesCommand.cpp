// vmscope-cli drop-caches N: the one action vmscope runs as root (through pkexec or sudo -n, see
// workload/DropCaches.h). It syncs and writes N to /proc/sys/vm/drop_caches and does nothing
// else, so a sudoers rule or a polkit action for it grants exactly that. It reads no files and
// ignores --proc-root: the argument is the whole input, and it is checked strictly. With
// --privileged the root helper (vmscope-cli serve) writes the value instead.
#include "Cli.h"

#include "core/io/ServeWriter.h"
#include "workload/DropCaches.h"

#include <cstring>

namespace vmscope::cli {

int runDropCaches(Context& context, const std::vector<std::string>& args)
{
    if (args.size() != 1 || !parseDropCachesLevel(args.front()))
        return usageError(context,
            "drop-caches takes exactly one of 1 (page cache), 2 (slab objects), 3 (both), not '"
                + (args.empty() ? std::string() : args.front()) + (args.size() > 1 ? " ..." : "") + "'");
    const DropCachesLevel level = *parseDropCachesLevel(args.front());
    if (context.privileged) {
        // --privileged: the root helper writes drop_caches (its policy allows 1, 2 and 3).
        const WriteOutcome written = context.privileged->dropCaches(static_cast<int>(level));
        if (!written.ok()) {
            context.err += "vmscope-cli: could not write /proc/sys/vm/drop_caches through the root helper: "
                + std::string(std::strerror(written.errorNumber)) + "\n";
            return kExitCannotRead;
        }
        context.err += "vmscope-cli: Caches dropped (" + args.front() + ") through the root helper.\n";
        return kExitOk;
    }
    const DropCachesOutcome outcome = dropCachesAsRoot(level);
    if (!outcome.done) {
        context.err += "vmscope-cli: " + outcome.message + "\n";
        return kExitCannotRead;
    }
    context.err += "vmscope-cli: " + outcome.message + "\n";
    return kExitOk;
}

} // namespace vmscope::cli
