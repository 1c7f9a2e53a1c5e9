// The small per-process files, the vm sysctls and the kernel release share one target: each parser is a few dozen
// lines, and the same bytes fed to all of them find what one format's tokens do to another's parser.
#include "FuzzInput.h"

#include "core/analysis/OomBadness.h"
#include "core/analysis/OomScoreAdjChange.h"
#include "core/parse/ProcessParsers.h"
#include "core/parse/SystemParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    const std::string_view bytes = fuzz::bytesOf(data, size);

    if (auto status = parse::parseStatus(bytes, "fuzz/status")) {
        fuzz::keep(status->isKernelThread());
        fuzz::keep(status->line("VmRSS"));
        if (const auto privileges = writerPrivilegesFromStatus(*status)) // CapEff as hex
            fuzz::keep(privileges->capSysResource);
    } else {
        fuzz::keep(status.error().message());
    }
    if (auto statm = parse::parseStatm(bytes, "fuzz/statm"))
        fuzz::keep(statm->resident);
    if (auto score = parse::parseOomScore(bytes, "fuzz/oom_score"))
        fuzz::keep(*score);
    if (auto adj = parse::parseOomScoreAdj(bytes, "fuzz/oom_score_adj"))
        fuzz::keep(*adj);
    if (auto args = parse::parseCmdline(bytes, "fuzz/cmdline"))
        fuzz::keep(args->size());
    // /proc/version and osrelease choose the oom_score formula.
    if (const auto release = parseKernelRelease(bytes))
        fuzz::keep(release->atLeast(5, 9));
    const SysctlValue value = parse::parseSysctlValue("lowmem_reserve_ratio", bytes);
    fuzz::keep(value.numbers.size());
    return 0;
}
