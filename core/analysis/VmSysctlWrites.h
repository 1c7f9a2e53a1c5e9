#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace vmscope {

class KernelWriter;

// The vm sysctls vmscope explains and may change, with the range the kernel accepts
// (Documentation/admin-guide/sysctl/vm.rst; kernel/sysctl.c and mm/ bounds). Nothing else is
// written: a narrow, checkable list instead of "any file under /proc/sys".
struct WritableVmSysctl {
    std::string_view name; // file name under /proc/sys/vm
    std::int64_t min;
    std::int64_t max;
    std::string_view meaning; // one line, for --help and messages
};
const std::vector<WritableVmSysctl>& writableVmSysctls();

// "vm.overcommit_memory=2" (the "vm." is optional), checked against that list.
struct SysctlAssignment {
    std::string name; // without "vm."
    std::int64_t value = 0;
};
// The assignment, or a sentence saying what is wrong (unknown key, not a number, out of range).
std::variant<SysctlAssignment, std::string> parseSysctlAssignment(std::string_view text);

// The one write path of vm sysctls, for `vmscope-cli sysctl --set` and the GUI's overcommit
// control: checks `assignment` against writableVmSysctls() (EINVAL when it is not on the list
// or out of range), then writes it to PROC_ROOT/sys/vm/NAME: a regular file, never through a
// symlink, nothing else. 0, or the errno of what failed (EACCES/EPERM without root).
int writeVmSysctl(const std::string& procRoot, const SysctlAssignment& assignment);
// The same through any writer (the root helper's ServeWriter with --privileged).
int writeVmSysctl(const KernelWriter& writer, const SysctlAssignment& assignment);

// "sudo vmscope-cli sysctl --set vm.overcommit_memory=2": what a person without root runs.
std::string vmSysctlSetCommand(const SysctlAssignment& assignment);

} // namespace vmscope
