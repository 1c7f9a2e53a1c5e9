#include "DemoRun.h"

#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "workload/ProgramLocation.h"
#include "workload/TransientMemoryCgroup.h"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace vmscope::demo {

namespace {

    volatile std::sig_atomic_t g_stopSignal = 0;

    void onStopSignal(int signo)
    {
        g_stopSignal = signo;
    }

    std::string hexText(std::uint64_t value)
    {
        std::string out;
        JsonWriter(out).hexValue(value);
        return out.substr(1, out.size() - 2); // without the quotes
    }

    void writeLine(std::string line)
    {
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fflush(stdout);
    }

} // namespace

void StepReport::address(std::string_view key, std::uint64_t value)
{
    std::string json;
    JsonWriter(json).hexValue(value);
    facts.push_back({ std::string(key), std::move(json), hexText(value) });
}

void StepReport::number(std::string_view key, std::int64_t value)
{
    facts.push_back({ std::string(key), std::to_string(value), std::to_string(value) });
}

void StepReport::text(std::string_view key, std::string_view value)
{
    std::string json;
    JsonWriter(json).value(value);
    facts.push_back({ std::string(key), std::move(json), escapeForDisplay(value) });
}

void StepReport::raw(std::string_view key, std::string json, std::string text)
{
    facts.push_back({ std::string(key), std::move(json), std::move(text) });
}

std::uint64_t Subject::Reply::number(std::string_view key) const
{
    const auto it = fields.find(key);
    if (it == fields.end())
        return 0;
    std::string_view text = it->second;
    int base = 10;
    if (text.starts_with("0x")) {
        text.remove_prefix(2);
        base = 16;
    }
    std::uint64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value, base);
    return value;
}

std::unique_ptr<Subject> Subject::start(const std::string& name, int cgroupProcsFd, std::string& error)
{
    const std::string program = locateVmscopeProgram("vmscope-demo-subject");
    if (program.empty()) {
        error = "vmscope-demo-subject was not found next to vmscope-demo nor in the installed bin directory";
        return nullptr;
    }
    int toChild[2];
    int fromChild[2];
    if (::pipe2(toChild, O_CLOEXEC) != 0)
        return error = std::strerror(errno), nullptr;
    if (::pipe2(fromChild, O_CLOEXEC) != 0) {
        error = std::strerror(errno);
        ::close(toChild[0]);
        ::close(toChild[1]);
        return nullptr;
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Async-signal-safe only until exec.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
        if (cgroupProcsFd >= 0 && !TransientMemoryCgroup::joinFromChild(cgroupProcsFd))
            ::_exit(126);
        ::dup2(toChild[0], STDIN_FILENO);
        ::dup2(fromChild[1], STDOUT_FILENO);
        char* argv[] = { const_cast<char*>(program.c_str()), const_cast<char*>(name.c_str()), nullptr };
        ::execv(program.c_str(), argv);
        ::_exit(127);
    }
    ::close(toChild[0]);
    ::close(fromChild[1]);
    if (pid < 0) {
        error = std::strerror(errno);
        ::close(toChild[1]);
        ::close(fromChild[0]);
        return nullptr;
    }
    std::unique_ptr<Subject> subject(new Subject);
    subject->m_pid = pid;
    subject->m_to = toChild[1];
    subject->m_from = fromChild[0];
    return subject;
}

Subject::~Subject()
{
    ::close(m_to);
    ::close(m_from);
    if (!m_reaped) {
        ::kill(m_pid, SIGKILL);
        waitForExit();
    }
}

Subject::Reply Subject::command(std::string_view line)
{
    Reply reply;
    std::string request(line);
    request += '\n';
    for (std::size_t done = 0; done < request.size();) {
        const ssize_t n = ::write(m_to, request.data() + done, request.size() - done);
        if (n < 0 && errno == EINTR && !g_stopSignal)
            continue;
        if (n <= 0)
            return reply;
        done += static_cast<std::size_t>(n);
    }
    for (;;) {
        char c;
        const ssize_t n = ::read(m_from, &c, 1);
        if (n < 0 && errno == EINTR && !g_stopSignal)
            continue;
        if (n <= 0)
            return Reply {}; // gone (or a signal ends the run)
        if (c == '\n')
            break;
        reply.line += c;
    }
    std::string_view rest = reply.line;
    const std::size_t space = rest.find(' ');
    reply.kind = std::string(rest.substr(0, space));
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    while (!rest.empty()) {
        const std::size_t end = rest.find(' ');
        const std::string_view word = rest.substr(0, end);
        const std::size_t equals = word.find('=');
        if (equals != std::string_view::npos)
            reply.fields.emplace(std::string(word.substr(0, equals)), std::string(word.substr(equals + 1)));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
    return reply;
}

std::optional<int> Subject::waitForExit()
{
    if (m_reaped)
        return std::nullopt;
    int status = 0;
    pid_t got;
    do
        got = ::waitpid(m_pid, &status, 0);
    while (got < 0 && errno == EINTR);
    m_reaped = true;
    if (got != m_pid)
        return std::nullopt;
    return status;
}

DemoRun::DemoRun(const Scenario& scenario, const Options& options)
    : m_scenario(scenario)
    , m_options(options)
{
    if (m_options.format == Format::Text) {
        std::string header = escapeForDisplay(std::string(scenario.id)) + ": " + escapeForDisplay(scenario.title) + ". "
            + escapeForDisplay(scenario.goal);
        if (!m_options.autoSeconds)
            header += " (Enter: next step; end of input: stop)";
        writeLine(std::move(header));
    }
}

bool DemoRun::step(const StepReport& report)
{
    if (m_done || m_next >= m_scenario.steps.size())
        return false;
    const ScenarioStep& step = m_scenario.steps[m_next++];
    std::string line;
    if (m_options.format == Format::Json) {
        JsonWriter json(line);
        json.beginObject();
        json.field("step", static_cast<std::uint64_t>(m_next));
        json.field("title", step.title);
        json.key("pids");
        json.beginArray();
        for (int pid : report.pids)
            json.value(pid);
        json.endArray();
        json.field("expect", step.expect);
        json.field("lookAt", step.lookAt);
        json.key("focus");
        json.beginArray();
        for (const Focus& focus : report.focus) {
            json.beginObject();
            json.field("pid", focus.pid);
            json.key("address");
            json.hexValue(focus.address);
            json.field("label", focus.label);
            if (!focus.figuresKiB.empty()) {
                json.key("figures_kB");
                json.beginObject();
                for (const auto& [name, value] : focus.figuresKiB)
                    json.field(name, value);
                json.endObject();
            }
            json.endObject();
        }
        json.endArray();
        for (const StepReport::Fact& fact : report.facts) {
            line += ','; // the value is JSON already: its own writer writes the key
            JsonWriter(line).key(fact.key);
            line += fact.json;
        }
        json.endObject();
    } else {
        line = "[" + std::to_string(m_next) + "/" + std::to_string(m_scenario.steps.size()) + "] "
            + escapeForDisplay(step.title) + ": " + escapeForDisplay(step.expect);
        std::string details;
        const auto add = [&details](const std::string& text) { details += (details.empty() ? "" : "; ") + text; };
        if (!report.pids.empty()) {
            std::string pids = report.pids.size() == 1 ? "pid" : "pids";
            for (std::size_t i = 0; i < report.pids.size(); ++i)
                pids += (i ? ", " : " ") + std::to_string(report.pids[i]);
            add(pids);
        }
        for (const Focus& focus : report.focus) {
            std::string text
                = escapeForDisplay(focus.label) + " at " + hexText(focus.address) + " in " + std::to_string(focus.pid);
            for (std::size_t i = 0; i < focus.figuresKiB.size(); ++i)
                text += (i ? ", " : ": ") + std::string(focus.figuresKiB[i].first) + " "
                    + std::to_string(focus.figuresKiB[i].second) + " kB";
            add(text);
        }
        for (const StepReport::Fact& fact : report.facts)
            add(escapeForDisplay(fact.key) + "=" + fact.text);
        if (!details.empty())
            line += " (" + details + ")";
        line += " Look at: " + escapeForDisplay(step.lookAt);
    }
    writeLine(std::move(line));
    if (!waitForNext()) {
        m_done = true;
        return false;
    }
    if (m_next == m_scenario.steps.size()) {
        m_done = true;
        return false;
    }
    return true;
}

bool DemoRun::waitForNext()
{
    if (m_options.autoSeconds) {
        timespec left { static_cast<time_t>(*m_options.autoSeconds), 0 };
        while (!g_stopSignal && ::nanosleep(&left, &left) != 0 && errno == EINTR) { }
        return !g_stopSignal;
    }
    for (;;) {
        if (g_stopSignal)
            return false;
        char c;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false; // end of input ends the run
        if (c == '\n')
            return true;
    }
}

int DemoRun::fail(std::string_view message, int exitCode)
{
    m_done = true;
    std::string text = "vmscope-demo: " + escapeForDisplay(m_scenario.id) + ": " + escapeForDisplay(message) + "\n";
    std::fputs(text.c_str(), stderr);
    if (m_options.format == Format::Json)
        writeLine(jsonErrorLine(message));
    return exitCode;
}

int DemoRun::finish()
{
    if (g_stopSignal)
        return kExitSignalBase + g_stopSignal;
    if (m_next == m_scenario.steps.size() && m_done) {
        if (m_options.format == Format::Json)
            writeLine("{\"done\":true}");
        else
            writeLine("done");
    }
    return 0;
}

void DemoRun::installSignalHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read returns EINTR and the run ends
    for (int signo : { SIGINT, SIGTERM, SIGHUP })
        ::sigaction(signo, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN); // a subject that died is seen as a failed read, not as a signal
}

std::string jsonErrorLine(std::string_view message)
{
    std::string line;
    JsonWriter json(line);
    json.beginObject();
    json.field("error", message);
    json.endObject();
    return line;
}

int DemoRun::stopSignal()
{
    return g_stopSignal;
}

} // namespace vmscope::demo
