#pragma once

// vmscope-demo's driver: the subject processes it owns, and the printing of one line per step.
#include "core/teaching/Scenarios.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vmscope::demo {

// Exit codes of vmscope-demo.
inline constexpr int kExitUsage = 1;
inline constexpr int kExitSetup = 2; // the subject is missing, no memory cgroup, a file cannot be made
inline constexpr int kExitNeedsRoot = 3;
inline constexpr int kExitStepFailed = 4; // the subject could not do a step's work
inline constexpr int kExitSignalBase = 128; // 128 + the signal that ended the run

enum class Format { Text, Json };

struct Options {
    Format format = Format::Text;
    std::optional<unsigned> autoSeconds; // --auto: advance by itself
    unsigned copies = 4; // shared-library: N
    std::string directory; // page-cache: where the file is made
};

// A region to point at: an address inside it, in one process.
struct Focus {
    int pid = 0;
    std::uint64_t address = 0;
    std::string label;
    // The region's smaps figures when the step is printed, in kB as the kernel prints them
    // ("Rss", 16384): what the step's claim is about, for a terminal without vmscope beside it.
    std::vector<std::pair<std::string_view, std::uint64_t>> figuresKiB = {};
};

// What a step did, beyond the catalogue's title and expect.
struct StepReport {
    std::vector<int> pids; // the process(es) to look at, the main one first
    std::vector<Focus> focus;
    struct Fact {
        std::string key;
        std::string json; // the value as JSON
        std::string text; // the value for the terminal
    };
    std::vector<Fact> facts;

    void address(std::string_view key, std::uint64_t value);
    void number(std::string_view key, std::int64_t value);
    void text(std::string_view key, std::string_view value);
    void raw(std::string_view key, std::string json, std::string text);
};

// A vmscope-demo-subject process, spoken to over its standard input and output. It dies with
// vmscope-demo (PR_SET_PDEATHSIG) and is killed and reaped when this object goes.
class Subject {
public:
    struct Reply {
        std::string kind; // "ok", "error", "signal"; empty when the subject is gone
        std::map<std::string, std::string, std::less<>> fields;
        std::string line;
        bool ok() const { return kind == "ok"; }
        std::uint64_t number(std::string_view key) const; // 0 when absent
    };

    // Starts the subject named `name` (its comm); `cgroupProcsFd` >= 0: it joins that cgroup
    // before it runs. Null and `error` set on failure.
    static std::unique_ptr<Subject> start(const std::string& name, int cgroupProcsFd, std::string& error);
    ~Subject();
    Subject(const Subject&) = delete;
    Subject& operator=(const Subject&) = delete;

    int pid() const { return m_pid; }
    Reply command(std::string_view line);
    // Waits for the subject to end: its wait status, or nullopt when it was already reaped.
    std::optional<int> waitForExit();

private:
    Subject() = default;
    int m_pid = -1;
    int m_to = -1;
    int m_from = -1;
    bool m_reaped = false;
};

// One run of a scenario: prints the steps as the catalogue names them and waits between them.
class DemoRun {
public:
    DemoRun(const Scenario& scenario, const Options& options);
    const Options& options() const { return m_options; }
    const Scenario& scenario() const { return m_scenario; }

    // Prints the next step with `report`, then waits for a line on standard input (or --auto's
    // seconds). False when the run ends: end of input, a signal, or the last step was confirmed.
    bool step(const StepReport& report);
    // The run cannot go on: a message on stderr (and an {"error":...} line in JSON); returns `exitCode`.
    int fail(std::string_view message, int exitCode);
    // The exit code of a run that ended without failing: 0, or 128 + the signal that ended it.
    int finish();

    // SIGINT, SIGTERM and SIGHUP end a run: the handlers only set a flag that step() and the
    // subjects' reads notice.
    static void installSignalHandlers();
    static int stopSignal(); // 0 while none came

private:
    bool waitForNext();
    const Scenario& m_scenario;
    Options m_options;
    std::size_t m_next = 0;
    bool m_done = false;
};

// {"error":"..."}: how --format json reports what ended a run (or kept it from starting).
std::string jsonErrorLine(std::string_view message);

// One function per scenario: runs it through `run` and returns the exit code.
using ScenarioFunction = int (*)(DemoRun& run);
ScenarioFunction scenarioFunction(std::string_view id);

} // namespace vmscope::demo
