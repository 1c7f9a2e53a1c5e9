// vmscope-demo: the course's memory experiments, step by step (issue 12).
//
//   vmscope-demo --list                     one line per scenario: its id, then its title
//   vmscope-demo ID [--format text|json] [--auto SECONDS] [--copies N] [--dir DIR]
//
// Each step does its work in a vmscope-demo-subject process, prints one line (JSON:
// {"step":N,"title":...,"pids":[...],"expect":...,"lookAt":...,"focus":[...],...}) and waits for
// a line on standard input; end of input, SIGINT, SIGTERM or SIGHUP end the run and its processes.
// After the last step: {"done":true}. Plain C++, no Qt.
#include "DemoRun.h"

#include "core/format/DisplayText.h"

#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>

using namespace vmscope;
using namespace vmscope::demo;

namespace {

// Set before the arguments are read: a usage error is then also an {"error":...} line.
bool g_jsonErrors = false;

int usage(std::string_view why)
{
    if (g_jsonErrors)
        std::puts(jsonErrorLine(why).c_str());
    std::fprintf(stderr,
        "vmscope-demo: %s\n"
        "usage: vmscope-demo --list\n"
        "       vmscope-demo ID [--format text|json] [--auto SECONDS] [--copies N] [--dir DIRECTORY]\n",
        escapeForDisplay(why).c_str());
    return kExitUsage;
}

bool parseUnsigned(std::string_view text, unsigned& out, unsigned min, unsigned max)
{
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return !text.empty() && ec == std::errc() && ptr == end && out >= min && out <= max;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    std::string_view id;
    for (int i = 1; i + 1 < argc; ++i)
        g_jsonErrors
            = g_jsonErrors || (std::string_view(argv[i]) == "--format" && std::string_view(argv[i + 1]) == "json");
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--list") {
            for (const Scenario& scenario : teachingScenarios())
                std::printf(
                    "%s\t%s\n", escapeForDisplay(scenario.id).c_str(), escapeForDisplay(scenario.title).c_str());
            return 0;
        } else if (arg == "--format" && hasValue) {
            const std::string_view value = argv[++i];
            if (value != "text" && value != "json")
                return usage("--format is text or json");
            options.format = value == "json" ? Format::Json : Format::Text;
        } else if (arg == "--auto" && hasValue) {
            unsigned seconds = 0;
            if (!parseUnsigned(argv[++i], seconds, 0, 3600))
                return usage("--auto takes seconds, 0 to 3600");
            options.autoSeconds = seconds;
        } else if (arg == "--copies" && hasValue) {
            if (!parseUnsigned(argv[++i], options.copies, 2, 64))
                return usage("--copies takes 2 to 64");
        } else if (arg == "--dir" && hasValue) {
            options.directory = argv[++i];
        } else if (arg == "--help" || arg == "-h") {
            usage("runs the course's memory experiments step by step");
            return 0;
        } else if (!arg.starts_with("-") && id.empty()) {
            id = arg;
        } else {
            return usage("unknown argument: " + std::string(arg));
        }
    }
    if (id.empty())
        return usage("which scenario? (--list shows them)");
    const Scenario* scenario = findScenario(id);
    const ScenarioFunction function = scenarioFunction(id);
    if (!scenario || !function)
        return usage("no scenario " + std::string(id) + " (--list shows them)");
    DemoRun::installSignalHandlers();
    DemoRun run(*scenario, options);
    return function(run);
}
