// vmscope-alloc: the memory-pressure programs of the course, as one small program vmscope ships
// and its workload presets run (workload/WorkloadPresets.h). Plain C++, no Qt, no vmscope library:
// it must stay small and predictable, because what it does to memory is what a run shows.
//
//   touch MiB [--step MiB] [--delay ms]   allocate and write every page, step by step
//                                         (oom-killer-try N 1): RSS grows with VSZ
//   untouched MiB [--delay ms]            malloc without touching: VSZ grows, RSS does not; under
//                                         vm.overcommit_memory=2 the malloc itself fails (exit 3)
//   read-touch MiB [--delay ms]           read every page of never-written memory: each read maps
//                                         the shared zero page, so RSS stays low
//   until-killed [--step MiB] [--delay ms]  write memory step by step until the OOM killer ends it (oom2)
//
// One line per step with the total so far, flushed, so a run shows progress live. Exit codes:
// 0 done, 1 usage, 3 an allocation failed (malloc returned NULL: "Cannot allocate memory").
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

constexpr std::size_t kMiB = 1024 * 1024;
constexpr int kExitUsage = 1;
constexpr int kExitNoMemory = 3;
// 1 TiB: more than any machine this runs on, and far from overflowing a size_t in MiB * 2^20.
constexpr std::uint64_t kMaxMiB = 1024 * 1024;

struct Options {
    std::string mode;
    std::uint64_t mib = 0;
    std::uint64_t stepMiB = 16;
    std::uint64_t delayMs = 0;
};

int usage(const char* why)
{
    std::fprintf(stderr,
        "vmscope-alloc: %s\n"
        "usage: vmscope-alloc touch MiB [--step MiB] [--delay ms]\n"
        "       vmscope-alloc untouched MiB [--delay ms]\n"
        "       vmscope-alloc read-touch MiB [--delay ms]\n"
        "       vmscope-alloc until-killed [--step MiB] [--delay ms]\n",
        why);
    return kExitUsage;
}

bool parseNumber(std::string_view text, std::uint64_t& out, std::uint64_t max)
{
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return !text.empty() && ec == std::errc() && ptr == end && out <= max;
}

// VmSize and VmRSS of this process from /proc/self/status, as "VSZ 1.2 GiB... ": what the
// untouched and read-touch modes are about.
std::string sizes()
{
    std::FILE* file = std::fopen("/proc/self/status", "re");
    if (!file)
        return {};
    std::string vsz, rss;
    char line[256];
    while (std::fgets(line, sizeof line, file)) {
        std::string_view text(line);
        while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
            text.remove_suffix(1);
        auto value = [&](std::string_view key) {
            std::string_view rest = text.substr(key.size());
            while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t'))
                rest.remove_prefix(1);
            return std::string(rest);
        };
        if (text.substr(0, 7) == "VmSize:")
            vsz = value("VmSize:");
        else if (text.substr(0, 6) == "VmRSS:")
            rss = value("VmRSS:");
    }
    std::fclose(file);
    return "VmSize " + vsz + ", VmRSS " + rss;
}

void pause(const Options& options)
{
    if (options.delayMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(options.delayMs));
}

int failed(std::uint64_t mib, int error, std::uint64_t totalMiB)
{
    if (totalMiB > 0)
        std::printf("malloc of %llu MiB failed after %llu MiB: %s\n", static_cast<unsigned long long>(mib),
            static_cast<unsigned long long>(totalMiB), std::strerror(error));
    else
        std::printf("malloc of %llu MiB failed: %s\n", static_cast<unsigned long long>(mib), std::strerror(error));
    std::fflush(stdout);
    return kExitNoMemory;
}

// Allocates `stepMiB` at a time and writes every byte (memset), printing the total after each step;
// `limitMiB` 0 means until killed or until malloc fails.
int touch(const Options& options, std::uint64_t limitMiB)
{
    std::vector<void*> blocks; // kept: freeing would let the next step reuse the pages
    std::uint64_t total = 0;
    while (limitMiB == 0 || total < limitMiB) {
        const std::uint64_t step = limitMiB == 0 ? options.stepMiB : std::min(options.stepMiB, limitMiB - total);
        errno = 0;
        void* block = std::malloc(step * kMiB);
        if (!block)
            return failed(step, errno ? errno : ENOMEM, total);
        std::memset(block, 0x5a, step * kMiB);
        blocks.push_back(block);
        total += step;
        if (limitMiB == 0)
            std::printf("written %llu MiB\n", static_cast<unsigned long long>(total));
        else
            std::printf("written %llu MiB of %llu MiB\n", static_cast<unsigned long long>(total),
                static_cast<unsigned long long>(limitMiB));
        std::fflush(stdout);
        pause(options);
    }
    std::printf("done: %s\n", sizes().c_str());
    std::fflush(stdout);
    return 0;
}

int untouched(const Options& options)
{
    errno = 0;
    void* volatile block = std::malloc(options.mib * kMiB);
    if (!block)
        return failed(options.mib, errno ? errno : ENOMEM, 0);
    std::printf("malloc of %llu MiB succeeded, nothing written: %s\n", static_cast<unsigned long long>(options.mib),
        sizes().c_str());
    std::fflush(stdout);
    pause(options);
    std::free(block);
    return 0;
}

int readTouch(const Options& options)
{
    const std::size_t bytes = options.mib * kMiB;
    // mmap rather than malloc: a fresh anonymous mapping nobody ever wrote, not even an allocator's
    // header, so every read below faults in the zero page.
    void* mapped = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return failed(options.mib, errno, 0);
    const auto* memory = static_cast<const volatile unsigned char*>(mapped);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    const std::size_t page = pageSize > 0 ? static_cast<std::size_t>(pageSize) : 4096;
    unsigned sum = 0;
    const std::uint64_t stepBytes = options.stepMiB * kMiB;
    for (std::size_t offset = 0; offset < bytes; offset += page) {
        sum += memory[offset];
        if ((offset + page) % stepBytes == 0 || offset + page >= bytes) {
            std::printf("read %llu MiB of %llu MiB\n", static_cast<unsigned long long>((offset + page) / kMiB),
                static_cast<unsigned long long>(options.mib));
            std::fflush(stdout);
        }
    }
    std::printf("done (every byte read %u): %s\n", sum, sizes().c_str());
    std::fflush(stdout);
    pause(options);
    ::munmap(mapped, bytes);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2)
        return usage("no mode given");
    Options options;
    options.mode = argv[1];
    const bool needsSize = options.mode == "touch" || options.mode == "untouched" || options.mode == "read-touch";
    if (!needsSize && options.mode != "until-killed")
        return usage("unknown mode (touch, untouched, read-touch, until-killed)");
    int i = 2;
    if (needsSize) {
        if (argc < 3 || !parseNumber(argv[2], options.mib, kMaxMiB) || options.mib == 0)
            return usage("the size is a whole number of MiB, 1 to 1048576");
        i = 3;
    }
    for (; i < argc; ++i) {
        const std::string_view option = argv[i];
        if (i + 1 >= argc)
            return usage("an option needs a value");
        const std::string_view value = argv[++i];
        if (option == "--step") {
            if (!parseNumber(value, options.stepMiB, kMaxMiB) || options.stepMiB == 0)
                return usage("--step is a whole number of MiB, 1 to 1048576");
        } else if (option == "--delay") {
            if (!parseNumber(value, options.delayMs, 3600 * 1000))
                return usage("--delay is milliseconds, 0 to 3600000");
        } else {
            return usage("unknown option");
        }
    }
    std::printf("vmscope-alloc %d: %s", static_cast<int>(::getpid()), options.mode.c_str());
    if (needsSize)
        std::printf(" %llu MiB", static_cast<unsigned long long>(options.mib));
    std::printf("\n");
    std::fflush(stdout);
    if (options.mode == "touch")
        return touch(options, options.mib);
    if (options.mode == "until-killed")
        return touch(options, 0);
    if (options.mode == "untouched")
        return untouched(options);
    return readTouch(options);
}
