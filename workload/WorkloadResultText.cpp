// How a run ended, in words: the one place the CLI (vmscope-cli watch) and the GUI take them from.
#include "workload/WorkloadRunner.h"

#include "core/Translatable.h"
#include "core/format/Units.h"

namespace vmscope {
namespace {
    constexpr const char* kContext = "WorkloadResult";

    // "%1" … "%9" replaced by the arguments, as QString::arg would.
    std::string fill(std::string text, const std::vector<std::string>& arguments)
    {
        for (std::size_t i = 0; i < arguments.size() && i < 9; ++i) {
            const std::string marker = "%" + std::to_string(i + 1);
            if (const std::size_t at = text.find(marker); at != std::string::npos)
                text.replace(at, marker.size(), arguments[i]);
        }
        return text;
    }
} // namespace

std::string WorkloadResult::describe(const Translate& translate) const
{
    auto say = [&translate](const char* text, std::vector<std::string> arguments = {}) {
        return fill(translate ? translate(kContext, text) : std::string(text), arguments);
    };
    std::vector<std::string> parts;
    if (!error.empty())
        parts.push_back(error);
    if (cancelled)
        parts.push_back(say(VMSCOPE_TRANSLATABLE("WorkloadResult", "cancelled")));
    const std::string limit = memoryCgroup ? formatChosenBytes(memoryCgroup->limitBytes) : std::string();
    if (oomKilled && memoryCgroup)
        parts.push_back(
            say(VMSCOPE_TRANSLATABLE("WorkloadResult", "killed by the OOM killer: memory cgroup limit %1 reached"),
                { limit }));
    else if (signal)
        parts.push_back(
            say(VMSCOPE_TRANSLATABLE("WorkloadResult", "killed by signal %1"), { std::to_string(*signal) }));
    else if (exitCode && error.empty())
        parts.push_back(say(VMSCOPE_TRANSLATABLE("WorkloadResult", "exit code %1"), { std::to_string(*exitCode) }));
    // The shell survived, a process it started did not (sh -c 'alloc; echo done').
    if (!oomKilled && memoryCgroup && memoryCgroup->oomKills > 0)
        parts.push_back(say(VMSCOPE_TRANSLATABLE("WorkloadResult",
                                "the OOM killer killed %1 of its processes: memory cgroup limit %2 reached"),
            { std::to_string(memoryCgroup->oomKills), limit }));
    std::string text;
    for (const std::string& part : parts)
        text += (text.empty() ? "" : ", ") + part;
    return text;
}

} // namespace vmscope
