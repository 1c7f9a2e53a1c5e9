// The scenarios of vmscope-demo, one function each. Every step does its work in a subject process
// (vmscope-demo-subject), then hands what it did to DemoRun::step, which prints the catalogue's
// title and expect (core/teaching/Scenarios.cpp) with it.
#include "DemoRun.h"

#include "core/analysis/VmSysctlWrites.h"
#include "core/format/JsonWriter.h"
#include "core/io/ProcRootSource.h"
#include "core/read/ProcessReader.h"
#include "core/read/SystemReader.h"
#include "workload/TransientMemoryCgroup.h"

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace vmscope::demo {

namespace {

    constexpr std::uint64_t kKiB = 1024;
    constexpr std::uint64_t kMiB = 1024 * kKiB;

    std::string word(std::uint64_t n)
    {
        return std::to_string(n);
    }

    // `focus` with the figures of its region from /proc/PID/smaps now (none when it cannot be read).
    Focus withFigures(Focus focus, std::initializer_list<SmapsKey> keys)
    {
        const auto map = readMemoryMap(ProcRootSource(), focus.pid, MapDetail::Smaps);
        if (!map)
            return focus;
        for (const Vma& vma : map->vmas)
            if (focus.address >= vma.start && focus.address < vma.end) {
                for (SmapsKey key : keys)
                    focus.figuresKiB.emplace_back(smapsKeyName(key), vma.fields.get(key));
                break;
            }
        return focus;
    }

    // Starts a subject, or reports why not (the run's exit code in `exitCode`).
    std::unique_ptr<Subject> startSubject(DemoRun& run, const std::string& name, int& exitCode, int cgroupProcsFd = -1)
    {
        std::string error;
        auto subject = Subject::start(name, cgroupProcsFd, error);
        if (!subject)
            exitCode = run.fail("cannot start vmscope-demo-subject: " + error, kExitSetup);
        return subject;
    }

    // The subject's reply when it is "ok"; otherwise the run fails (`exitCode`) and it is null.
    std::optional<Subject::Reply> ask(DemoRun& run, Subject& subject, const std::string& command, int& exitCode)
    {
        Subject::Reply reply = subject.command(command);
        if (reply.ok())
            return reply;
        if (DemoRun::stopSignal())
            exitCode = run.finish();
        else
            exitCode = run.fail(
                "the subject could not do \"" + command + "\": " + (reply.line.empty() ? "it is gone" : reply.line),
                kExitStepFailed);
        return std::nullopt;
    }

// Runs `steps` in order; each returns false when the run must stop (its exit code set).
#define VMSCOPE_ASK(reply, subject, command)                                                                           \
    auto reply = ask(run, subject, command, exitCode);                                                                 \
    if (!reply)                                                                                                        \
        return exitCode;

    int segments(DemoRun& run)
    {
        int exitCode = 0;
        auto subject = startSubject(run, "demo-segments", exitCode);
        if (!subject)
            return exitCode;
        const int pid = subject->pid();
        VMSCOPE_ASK(where, *subject, "segments");
        StepReport globals { { pid },
            { { pid, where->number("data"), "the initialised global (data)" },
                { pid, where->number("bss"), "the zeroed array (bss)" },
                { pid, where->number("rodata"), "the constant (rodata)" } },
            {} };
        if (!run.step(globals))
            return run.finish();
        if (!run.step({ { pid }, { { pid, where->number("stack"), "the 16 KiB local array (stack)" } }, {} }))
            return run.finish();
        VMSCOPE_ASK(block, *subject, "malloc " + word(40 * kMiB));
        if (!run.step({ { pid }, { { pid, block->number("ptr"), "malloc(40 MiB)" } }, {} }))
            return run.finish();
        VMSCOPE_ASK(thread, *subject, "thread");
        StepReport threadStep { { pid }, { { pid, thread->number("local"), "the thread's stack" } }, {} };
        if (thread->number("guard"))
            threadStep.focus.push_back({ pid, thread->number("guard"), "the thread's guard page" });
        run.step(threadStep);
        return run.finish();
    }

    int mallocThreshold(DemoRun& run)
    {
        int exitCode = 0;
        auto subject = startSubject(run, "demo-malloc", exitCode);
        if (!subject)
            return exitCode;
        const int pid = subject->pid();
        VMSCOPE_ASK(start, *subject, "brk");
        StepReport first { { pid }, {}, {} };
        first.address("break", start->number("brk"));
        if (!run.step(first))
            return run.finish();
        const auto allocate = [&](std::uint64_t bytes, const char* label) -> std::optional<StepReport> {
            auto reply = ask(run, *subject, "malloc " + word(bytes), exitCode);
            if (!reply)
                return std::nullopt;
            StepReport report { { pid }, { { pid, reply->number("ptr"), label } }, {} };
            report.address("ptr", reply->number("ptr"));
            report.address("break_before", reply->number("brk_before"));
            report.address("break_after", reply->number("brk_after"));
            return report;
        };
        const struct {
            std::uint64_t bytes;
            const char* label;
        } calls[] = { { 8, "the heap" }, { 4083, "the heap" }, { 3, "the heap" }, { 136168, "its own mapping" },
            { 200000, "its own mapping" } };
        for (const auto& call : calls) {
            auto report = allocate(call.bytes, call.label);
            if (!report)
                return exitCode;
            if (!run.step(*report))
                return run.finish();
        }
        VMSCOPE_ASK(threshold, *subject, "mallopt-mmap-threshold " + word(kMiB));
        if (!run.step({ { pid }, {}, {} }))
            return run.finish();
        auto last = allocate(200000, "the heap");
        if (!last)
            return exitCode;
        run.step(*last);
        return run.finish();
    }

    int demandPaging(DemoRun& run)
    {
        int exitCode = 0;
        auto subject = startSubject(run, "demo-paging", exitCode);
        if (!subject)
            return exitCode;
        const int pid = subject->pid();
        VMSCOPE_ASK(mapping, *subject, "mmap " + word(1024 * kMiB));
        const std::uint64_t base = mapping->number("ptr");
        const auto report = [&](std::uint64_t touched) {
            StepReport step { { pid },
                { withFigures({ pid, base, "the 1 GiB mapping" }, { SmapsKey::Size, SmapsKey::Rss }) }, {} };
            step.number("size_bytes", static_cast<std::int64_t>(1024 * kMiB));
            step.number("written_bytes", static_cast<std::int64_t>(touched));
            return step;
        };
        if (!run.step(report(0)))
            return run.finish();
        for (std::uint64_t offset = 0; offset < 64 * kMiB; offset += 16 * kMiB) {
            VMSCOPE_ASK(written, *subject, "write " + word(base + offset) + " " + word(16 * kMiB));
            if (!run.step(report(offset + 16 * kMiB)))
                return run.finish();
        }
        VMSCOPE_ASK(read, *subject, "read " + word(base + 64 * kMiB) + " " + word(64 * kMiB));
        StepReport readStep = report(64 * kMiB);
        readStep.number("read_bytes", static_cast<std::int64_t>(64 * kMiB));
        run.step(readStep);
        return run.finish();
    }

    int forkCow(DemoRun& run)
    {
        int exitCode = 0;
        auto subject = startSubject(run, "demo-cow", exitCode);
        if (!subject)
            return exitCode;
        const int pid = subject->pid();
        VMSCOPE_ASK(mapping, *subject, "mmap " + word(64 * kMiB));
        const std::uint64_t base = mapping->number("ptr");
        VMSCOPE_ASK(written, *subject, "write " + word(base) + " " + word(64 * kMiB));
        const std::initializer_list<SmapsKey> cow { SmapsKey::Rss, SmapsKey::Pss, SmapsKey::Shared_Dirty,
            SmapsKey::Private_Dirty };
        if (!run.step({ { pid }, { withFigures({ pid, base, "the 64 MiB the parent wrote" }, cow) }, {} }))
            return run.finish();
        VMSCOPE_ASK(forked, *subject, "fork");
        const int child = static_cast<int>(forked->number("pid"));
        const Focus parentFocus { pid, base, "the parent's 64 MiB" };
        const Focus childFocus { child, base, "the child's 64 MiB" };
        if (!run.step({ { pid, child }, { withFigures(parentFocus, cow), withFigures(childFocus, cow) }, {} }))
            return run.finish();
        VMSCOPE_ASK(half, *subject, "child write " + word(base) + " " + word(32 * kMiB));
        if (!run.step({ { child, pid }, { withFigures(childFocus, cow), withFigures(parentFocus, cow) }, {} }))
            return run.finish();
        VMSCOPE_ASK(rest, *subject, "child write " + word(base + 32 * kMiB) + " " + word(32 * kMiB));
        run.step({ { child, pid }, { withFigures(childFocus, cow), withFigures(parentFocus, cow) }, {} });
        return run.finish();
    }

    int sharedLibrary(DemoRun& run)
    {
        int exitCode = 0;
        std::vector<std::unique_ptr<Subject>> copies;
        const auto startCopy = [&]() -> std::optional<std::uint64_t> {
            auto subject = startSubject(run, "demo-libc-" + word(copies.size() + 1), exitCode);
            if (!subject)
                return std::nullopt;
            auto libc = ask(run, *subject, "libc", exitCode);
            if (!libc)
                return std::nullopt;
            copies.push_back(std::move(subject));
            return libc->number("getpid");
        };
        const auto report = [&](std::uint64_t libcAddress) {
            StepReport step;
            for (const auto& copy : copies) {
                step.pids.push_back(copy->pid());
                step.focus.push_back(
                    withFigures({ copy->pid(), libcAddress, "libc's code" }, { SmapsKey::Rss, SmapsKey::Pss }));
            }
            step.number("copies", static_cast<std::int64_t>(copies.size()));
            return step;
        };
        const auto first = startCopy();
        if (!first)
            return exitCode;
        if (!run.step(report(*first)))
            return run.finish();
        std::optional<std::uint64_t> address = first;
        while (copies.size() < run.options().copies)
            if (!(address = startCopy()))
                return exitCode;
        // Addresses differ per process (ASLR): each copy's focus is its own libc.
        StepReport all;
        for (const auto& copy : copies) {
            auto libc = ask(run, *copy, "libc", exitCode);
            if (!libc)
                return exitCode;
            all.pids.push_back(copy->pid());
            all.focus.push_back(
                withFigures({ copy->pid(), libc->number("getpid"), "libc's code" }, { SmapsKey::Rss, SmapsKey::Pss }));
        }
        all.number("copies", static_cast<std::int64_t>(copies.size()));
        run.step(all);
        return run.finish();
    }

    // The page-cache experiment's file, removed when the run ends however it ends.
    struct TemporaryFile {
        std::string path;
        ~TemporaryFile()
        {
            if (!path.empty())
                ::unlink(path.c_str());
        }
    };

    int pageCache(DemoRun& run)
    {
        int exitCode = 0;
        std::string directory = run.options().directory;
        if (directory.empty()) {
            // /var/tmp is on disk on most systems; /tmp is often tmpfs, whose pages never leave memory.
            const char* tmp = std::getenv("TMPDIR");
            directory = tmp && *tmp ? tmp : "/var/tmp";
        }
        TemporaryFile file { directory + "/vmscope-demo-" + word(static_cast<std::uint64_t>(::getpid())) + ".data" };
        auto subject = startSubject(run, "demo-pagecache", exitCode);
        if (!subject)
            return exitCode;
        const int pid = subject->pid();
        const auto report = [&](std::uint64_t mapped = 0) {
            StepReport step { { pid }, {}, {} };
            if (mapped)
                step.focus.push_back(
                    withFigures({ pid, mapped, "the file's mapping" }, { SmapsKey::Size, SmapsKey::Rss }));
            step.text("file", file.path);
            step.number("file_bytes", static_cast<std::int64_t>(64 * kMiB));
            return step;
        };
        auto created = subject->command("file-create " + word(64 * kMiB) + " " + file.path);
        if (!created.ok())
            return run.fail("cannot write " + file.path + " (--dir chooses another directory)", kExitSetup);
        if (!run.step(report()))
            return run.finish();
        VMSCOPE_ASK(dropped, *subject, "fadvise-dontneed " + file.path);
        if (!run.step(report()))
            return run.finish();
        VMSCOPE_ASK(read, *subject, "read-file " + file.path);
        if (!run.step(report()))
            return run.finish();
        VMSCOPE_ASK(mapped, *subject, "map-file " + file.path);
        if (!run.step(report(mapped->number("ptr"))))
            return run.finish();
        VMSCOPE_ASK(unmapped, *subject, "munmap " + word(mapped->number("ptr")) + " " + word(64 * kMiB));
        VMSCOPE_ASK(evicted, *subject, "fadvise-dontneed " + file.path);
        run.step(report());
        return run.finish();
    }

    const char* segvCodeName(int code)
    {
        switch (code) {
        case SEGV_MAPERR:
            return "SEGV_MAPERR";
        case SEGV_ACCERR:
            return "SEGV_ACCERR";
        case SI_KERNEL:
            return "SI_KERNEL";
        default:
            return "other";
        }
    }

    int badFaults(DemoRun& run)
    {
        int exitCode = 0;
        const struct {
            const char* command;
            const char* name;
        } faults[] = { { "segv-maperr", "demo-segv-map" }, { "segv-accerr", "demo-segv-acc" },
            { "segv-kernel", "demo-segv-kern" } };
        for (const auto& fault : faults) {
            auto subject = startSubject(run, fault.name, exitCode);
            if (!subject)
                return exitCode;
            const Subject::Reply reply = subject->command(fault.command);
            const std::optional<int> status = subject->waitForExit();
            if (reply.kind != "signal" || !status || !WIFSIGNALED(*status) || WTERMSIG(*status) != SIGSEGV)
                return run.fail(std::string("the subject did not die of SIGSEGV: ") + fault.command, kExitStepFailed);
            const int code = static_cast<int>(reply.number("code"));
            std::string json;
            JsonWriter writer(json);
            writer.beginObject();
            writer.field("pid", subject->pid());
            writer.field("signo", SIGSEGV);
            writer.field("code", segvCodeName(code));
            writer.field("code_number", code);
            writer.key("address");
            writer.hexValue(reply.number("addr"));
            writer.endObject();
            StepReport step { { subject->pid() }, {}, {} };
            step.raw("signal", json, std::string("SIGSEGV ") + segvCodeName(code) + " at " + reply.fields.at("addr"));
            if (!run.step(step))
                return run.finish();
        }
        return run.finish();
    }

    int oom(DemoRun& run)
    {
        int exitCode = 0;
        constexpr std::uint64_t limit = 64 * kMiB;
        auto created
            = TransientMemoryCgroup::create({ limit, 0, "demo-oom-" + word(static_cast<std::uint64_t>(::getpid())) });
        if (!created.cgroup)
            return run.fail("no memory cgroup for the experiment: " + created.error, kExitSetup);
        TransientMemoryCgroup& cgroup = *created.cgroup;
        if (cgroup.method() == TransientCgroupMethod::SystemdScope)
            return run.fail("the experiment needs a memory cgroup directory it may write (run it as root)", kExitSetup);
        auto subject = startSubject(run, "demo-oom", exitCode, cgroup.procsFd());
        if (!subject)
            return exitCode;
        const int pid = subject->pid();
        const auto report = [&]() {
            StepReport step { { pid }, {}, {} };
            step.text("cgroup", cgroup.directory());
            step.number("limit_bytes", static_cast<std::int64_t>(limit));
            return step;
        };
        VMSCOPE_ASK(mapping, *subject, "mmap " + word(256 * kMiB));
        const std::uint64_t base = mapping->number("ptr");
        if (!run.step(report()))
            return run.finish();
        VMSCOPE_ASK(written, *subject, "write " + word(base) + " " + word(32 * kMiB));
        StepReport second = report();
        second.focus.push_back(withFigures({ pid, base, "the memory it writes" }, { SmapsKey::Size, SmapsKey::Rss }));
        if (!run.step(second))
            return run.finish();
        const Subject::Reply last = subject->command("write " + word(base + 32 * kMiB) + " " + word(64 * kMiB));
        const std::optional<int> status = last.ok() ? std::nullopt : subject->waitForExit();
        if (!status || !WIFSIGNALED(*status) || WTERMSIG(*status) != SIGKILL)
            return run.fail("the process was not OOM-killed in its memory cgroup", kExitStepFailed);
        StepReport killed = report();
        killed.text("killed_by", "SIGKILL");
        if (const auto figures = cgroup.read(); figures && figures->oomKills)
            killed.number("oom_kills", static_cast<std::int64_t>(*figures->oomKills));
        run.step(killed);
        return run.finish();
    }

    std::optional<std::int64_t> overcommitMode()
    {
        const auto sysctls = readVmSysctls(ProcRootSource());
        return sysctls ? sysctls->number("overcommit_memory") : std::nullopt;
    }

    // Blocks SIGINT, SIGTERM and SIGHUP while the machine runs under another overcommit mode, so a
    // signal cannot end vmscope-demo before the previous mode is back.
    class SignalsHeld {
    public:
        SignalsHeld()
        {
            sigset_t set;
            sigemptyset(&set);
            for (int signo : { SIGINT, SIGTERM, SIGHUP })
                sigaddset(&set, signo);
            sigprocmask(SIG_BLOCK, &set, &m_previous);
        }
        ~SignalsHeld() { sigprocmask(SIG_SETMASK, &m_previous, nullptr); }
        SignalsHeld(const SignalsHeld&) = delete;
        SignalsHeld& operator=(const SignalsHeld&) = delete;

    private:
        sigset_t m_previous;
    };

    int overcommit(DemoRun& run)
    {
        int exitCode = 0;
        if (::geteuid() != 0)
            return run.fail("changing vm.overcommit_memory needs root (sudo vmscope-demo overcommit)", kExitNeedsRoot);
        const std::optional<std::int64_t> previous = overcommitMode();
        if (!previous)
            return run.fail("cannot read /proc/sys/vm/overcommit_memory", kExitSetup);
        const std::uint64_t ram
            = static_cast<std::uint64_t>(sysconf(_SC_PHYS_PAGES)) * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
        auto subject = startSubject(run, "demo-overcommit", exitCode);
        if (!subject)
            return exitCode;
        const int pid = subject->pid();
        std::uint64_t held = 0;
        for (std::int64_t mode : { 0, 1, 2 }) {
            if (held) {
                VMSCOPE_ASK(freed, *subject, "free " + word(held));
                held = 0;
            }
            Subject::Reply reply;
            int writeError = 0;
            int restoreError = 0;
            {
                const SignalsHeld signalsHeld;
                writeError = writeVmSysctl("/proc", { "overcommit_memory", mode });
                if (!writeError)
                    reply = subject->command("malloc " + word(2 * ram));
                restoreError = writeVmSysctl("/proc", { "overcommit_memory", *previous });
            }
            if (writeError || restoreError)
                return run.fail("cannot write vm.overcommit_memory: "
                        + std::string(std::strerror(writeError ? writeError : restoreError)),
                    kExitSetup);
            if (!reply.ok())
                return run.fail("the subject could not try the allocation: " + reply.line, kExitStepFailed);
            held = reply.number("ptr");
            StepReport step { { pid }, {}, {} };
            step.number("mode", mode);
            step.number("restored_mode", *previous);
            step.number("request_bytes", static_cast<std::int64_t>(2 * ram));
            step.raw("succeeded", held ? "true" : "false", held ? "yes" : "no");
            if (held)
                step.focus.push_back({ pid, held, "the 2 x RAM allocation" });
            if (!run.step(step))
                return run.finish();
        }
        return run.finish();
    }

#undef VMSCOPE_ASK

} // namespace

ScenarioFunction scenarioFunction(std::string_view id)
{
    static const struct {
        std::string_view id;
        ScenarioFunction function;
    } functions[] = { { "segments", segments }, { "malloc-threshold", mallocThreshold },
        { "demand-paging", demandPaging }, { "fork-cow", forkCow }, { "shared-library", sharedLibrary },
        { "page-cache", pageCache }, { "bad-faults", badFaults }, { "oom", oom }, { "overcommit", overcommit } };
    for (const auto& entry : functions)
        if (entry.id == id)
            return entry.function;
    return nullptr;
}

} // namespace vmscope::demo
