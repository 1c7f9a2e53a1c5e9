// A process with tens of thousands of VMAs, for scripts/bench-maps.sh: the worst case a
// memory viewer must stay usable on (vm.max_map_count defaults to 65530).
//
//   many_vmas [COUNT] [--churn]   (default 60000) prints its pid once the mappings exist, then
//   sleeps; with --churn it keeps changing every half second, like a busy program: the
//   residency of 600 writable pages flips, and 100 read-only pages are unmapped or mapped back.
//                       until killed or until its parent exits.
//
// Plain C++ without Qt or vmscope: it is the measured object, not a measuring tool.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <vector>

namespace {

// Mappings the process has without ours (binary, libc, ld.so, stack, vdso, ...): kept free
// so that the loader and stdio never hit the limit.
constexpr long kHeadroom = 64;

long maxMapCount()
{
    FILE* f = std::fopen("/proc/sys/vm/max_map_count", "r");
    long value = 65530;
    if (f) {
        if (std::fscanf(f, "%ld", &value) != 1)
            value = 65530;
        std::fclose(f);
    }
    return value;
}

} // namespace

int main(int argc, char** argv)
{
    long count = 60000;
    bool churn = false;
    for (int a = 1; a < argc; ++a) {
        if (std::strcmp(argv[a], "--churn") == 0) {
            churn = true;
            continue;
        }
        char* end = nullptr;
        count = std::strtol(argv[a], &end, 10);
        if (!end || *end || count < 1) {
            std::fprintf(stderr, "usage: %s [COUNT] [--churn]  (number of VMAs, default 60000)\n", argv[0]);
            return 2;
        }
    }
    const long limit = maxMapCount() - kHeadroom;
    if (count > limit) {
        std::fprintf(stderr, "many_vmas: vm.max_map_count allows about %ld more mappings; using %ld\n", limit, limit);
        count = limit;
    }

    // A benchmark helper must not outlive the script that started it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() == 1)
        return 1;

    const long page = ::sysconf(_SC_PAGESIZE);
    const std::size_t length = static_cast<std::size_t>(count) * static_cast<std::size_t>(page);
    // One reservation, then alternate protections page by page: neighbours with different
    // protections can never be merged, so every page stays its own VMA. Anonymous private
    // mappings from separate mmap calls could merge, which is why this is not a loop of mmaps.
    void* base = ::mmap(nullptr, length, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED) {
        std::fprintf(stderr, "many_vmas: mmap of %zu bytes: %s\n", length, std::strerror(errno));
        return 1;
    }
    auto* bytes = static_cast<unsigned char*>(base);
    for (long i = 0; i < count; ++i) {
        unsigned char* p = bytes + i * page;
        const int prot = (i % 2) ? PROT_READ | PROT_WRITE : PROT_READ;
        if (::mprotect(p, static_cast<std::size_t>(page), prot) != 0) {
            std::fprintf(
                stderr, "many_vmas: mprotect of page %ld: %s (vm.max_map_count too low?)\n", i, std::strerror(errno));
            return 1;
        }
        // Touch the writable pages so smaps has non-zero Rss/Private_Dirty to walk and report.
        if (prot & PROT_WRITE)
            *reinterpret_cast<volatile unsigned char*>(p) = static_cast<unsigned char>(i);
    }

    // The pid line tells the caller the mappings are in place.
    std::printf("%d\n", static_cast<int>(::getpid()));
    std::fflush(stdout);
    if (!churn) {
        while (true)
            ::pause();
    }
    unsigned seed = 12345;
    auto randomPage = [&](long parity) {
        seed = seed * 1103515245u + 12345u;
        long i = static_cast<long>((seed >> 8) % static_cast<unsigned>(count));
        if (i % 2 != parity)
            i = i + 1 < count ? i + 1 : i - 1;
        return bytes + i * page;
    };
    std::vector<unsigned char*> unmapped;
    for (unsigned round = 0;; ++round) {
        for (int k = 0; k < 600; ++k) {
            unsigned char* p = randomPage(1);
            if (k % 2)
                ::madvise(p, static_cast<std::size_t>(page), MADV_DONTNEED); // Rss of that VMA drops to 0
            else
                *reinterpret_cast<volatile unsigned char*>(p) = 1; // and back to one page
        }
        if (round % 2 == 0) {
            for (int k = 0; k < 100; ++k) {
                unsigned char* p = randomPage(0);
                if (::munmap(p, static_cast<std::size_t>(page)) == 0)
                    unmapped.push_back(p);
            }
        } else {
            for (unsigned char* p : unmapped)
                ::mmap(p, static_cast<std::size_t>(page), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
            unmapped.clear();
        }
        ::usleep(500 * 1000);
    }
}
