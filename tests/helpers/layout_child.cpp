// vmscope_layout_child: builds a memory layout whose smaps figures are known in advance,
// prints where each region is, then waits. tst_live reads the process through vmscope's
// core and checks the figures against what this program guarantees.
//
// Output, one line each: `NAME START_HEX END_HEX` per region, `FORKED_CHILD PID` /
// `COW_CHILD PID` for forked children, `SKIP WHAT ERRNO` for a feature this kernel lacks,
// then `READY`. The program (and its forked children) exit when stdin reaches EOF, so the
// test controls their lifetime; PR_SET_PDEATHSIG kills them if the test dies first.
//
// Plain C++ and libc on purpose: a Qt or Boost runtime would add mappings (and threads)
// that the tests would have to tell apart from the ones they asked for.
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <string>
#include <string_view>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/shm.h>
#include <unistd.h>
#include <vector>

#ifndef PR_SET_VMA
#define PR_SET_VMA 0x53564d41
#define PR_SET_VMA_ANON_NAME 0
#endif

namespace {

// One object per segment of this executable, so the test can check their kinds. volatile
// accesses keep the optimiser from folding them away.
const char kRodata[8192] = { 'v', 'm', 's', 'c', 'o', 'p', 'e' };
char gData[8192] = { 'd', 'a', 't', 'a' };
// Larger than a page past the file-backed data, so the loader maps most of it as the
// anonymous rw-p region right after the data segment (what a person calls bss).
char gBss[256 * 1024];

volatile char g_sink; // reads into it cannot be optimised away

std::size_t pageSize()
{
    return static_cast<std::size_t>(::getpagesize());
}

[[noreturn]] void die(const char* what)
{
    std::fprintf(stderr, "layout_child: %s: %s\n", what, std::strerror(errno));
    std::exit(1);
}

void printRegion(const char* name, const void* start, std::size_t length)
{
    const auto begin = reinterpret_cast<std::uintptr_t>(start);
    std::printf("%s %jx %jx\n", name, static_cast<std::uintmax_t>(begin), static_cast<std::uintmax_t>(begin + length));
}

void touchPages(void* start, std::size_t pages)
{
    auto* bytes = static_cast<volatile char*>(start);
    for (std::size_t i = 0; i < pages; ++i)
        bytes[i * pageSize()] = static_cast<char>(i + 1);
}

// Reading one byte per page faults every page in (shared memory: maps the existing page).
void readPages(const void* start, std::size_t pages)
{
    const auto* bytes = static_cast<const volatile char*>(start);
    for (std::size_t i = 0; i < pages; ++i)
        g_sink = static_cast<char>(g_sink + bytes[i * pageSize()]);
}

void* mapAnonymous(std::size_t pages, int flags)
{
    void* p = ::mmap(nullptr, pages * pageSize(), PROT_READ | PROT_WRITE, flags | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        die("mmap");
    return p;
}

void* mapFile(int fd, std::size_t pages)
{
    if (::ftruncate(fd, static_cast<off_t>(pages * pageSize())) != 0)
        die("ftruncate");
    void* p = ::mmap(nullptr, pages * pageSize(), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED)
        die("mmap file");
    return p;
}

void* createAndMap(const std::string& path, std::size_t pages)
{
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        die(path.c_str());
    void* p = mapFile(fd, pages);
    ::close(fd); // the mapping keeps the file open
    touchPages(p, pages);
    return p;
}

// Blocks until the test closes our stdin (or the read fails for good).
void waitForEof()
{
    char buffer[256];
    while (true) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EINTR))
            return;
    }
}

void dieWithParent(pid_t expectedParent)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    // The parent may have died before prctl took effect: then we were already re-parented.
    if (::getppid() != expectedParent)
        _exit(1);
}

// Forks a child that runs `inChild`, prints `label PID`, and waits for EOF like the parent.
// Returns once the child has done its work, so the layout is complete when READY is printed.
template <class F> void forkChild(const char* label, F inChild)
{
    std::fflush(stdout); // or the child would print the parent's buffered lines again
    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) != 0)
        die("pipe2");
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0)
        die("fork");
    if (pid == 0) {
        dieWithParent(parent);
        ::close(ready[0]);
        inChild();
        std::printf("%s %d\n", label, static_cast<int>(::getpid()));
        std::fflush(stdout);
        ::close(ready[1]);
        waitForEof();
        _exit(0);
    }
    ::close(ready[1]);
    char byte;
    while (::read(ready[0], &byte, 1) < 0 && errno == EINTR) { }
    ::close(ready[0]);
}

void* blockForever(void*)
{
    while (true)
        ::pause();
    return nullptr;
}

struct Options {
    std::size_t touchedPages = 0;
    std::size_t touchedWritten = 0;
    bool touched = false;
    std::size_t sharedForkPages = 0;
    std::size_t cowForkPages = 0;
    std::string fileWithSpacesDir;
    std::string deletedFileDir;
    std::string newlineFileDir;
    bool thread = false;
    std::string anonName;
    bool namedAnon = false;
    bool memfd = false;
    bool sysvShm = false;
    bool bigMalloc = false;
};

std::size_t parseCount(const char* text)
{
    char* end = nullptr;
    errno = 0;
    const unsigned long long value = std::strtoull(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0') {
        std::fprintf(stderr, "layout_child: '%s' is not a count\n", text);
        std::exit(2);
    }
    return static_cast<std::size_t>(value);
}

Options parseOptions(int argc, char** argv)
{
    Options o;
    auto need = [&](int i, int count) {
        if (i + count >= argc) {
            std::fprintf(stderr, "layout_child: %s needs %d argument(s)\n", argv[i], count);
            std::exit(2);
        }
    };
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--touched") {
            need(i, 2);
            o.touched = true;
            o.touchedPages = parseCount(argv[++i]);
            o.touchedWritten = parseCount(argv[++i]);
            if (o.touchedPages == 0 || o.touchedWritten > o.touchedPages) {
                std::fprintf(stderr, "layout_child: --touched M N needs 0 < M and N <= M\n");
                std::exit(2);
            }
        } else if (arg == "--shared-fork") {
            need(i, 1);
            o.sharedForkPages = parseCount(argv[++i]);
        } else if (arg == "--cow-fork") {
            need(i, 1);
            o.cowForkPages = parseCount(argv[++i]);
        } else if (arg == "--file-with-spaces") {
            need(i, 1);
            o.fileWithSpacesDir = argv[++i];
        } else if (arg == "--deleted-file") {
            need(i, 1);
            o.deletedFileDir = argv[++i];
        } else if (arg == "--newline-file") {
            need(i, 1);
            o.newlineFileDir = argv[++i];
        } else if (arg == "--thread") {
            o.thread = true;
        } else if (arg == "--named-anon") {
            need(i, 1);
            o.namedAnon = true;
            o.anonName = argv[++i];
        } else if (arg == "--memfd") {
            o.memfd = true;
        } else if (arg == "--sysv-shm") {
            o.sysvShm = true;
        } else if (arg == "--big-malloc") {
            o.bigMalloc = true;
        } else {
            std::fprintf(stderr, "layout_child: unknown option '%s'\n", argv[i]);
            std::exit(2);
        }
    }
    return o;
}

volatile void* g_keepAlive[2]; // the mallocs must not be optimised away

} // namespace

int main(int argc, char** argv)
{
    dieWithParent(::getppid());
    const Options o = parseOptions(argc, argv);
    const std::size_t ps = pageSize();

    // The executable's own segments and the main stack, always: they cost nothing.
    printRegion("text", reinterpret_cast<const void*>(&waitForEof), 1);
    g_sink = static_cast<const volatile char*>(kRodata)[1];
    printRegion("rodata", kRodata, sizeof kRodata);
    static_cast<volatile char*>(gData)[0] = 'D';
    printRegion("data", gData, sizeof gData);
    static_cast<volatile char*>(gBss)[sizeof gBss - 1] = 1;
    printRegion("bss", gBss, sizeof gBss);
    volatile char onStack[64] = {};
    printRegion("main_stack", const_cast<char*>(onStack), sizeof onStack);

    // Regions are created in a fixed order, whatever the order of the flags: mmap places
    // each new region below the previous one, and anonymous regions with the same flags that
    // end up adjacent are merged into one VMA by the kernel.
    if (o.touched) {
        void* p = mapAnonymous(o.touchedPages, MAP_PRIVATE);
        // Own VmFlags (nh dc): never merged with a neighbour, never turned into a THP, and not
        // inherited by a forked child (which would make its pages shared).
        ::madvise(p, o.touchedPages * ps, MADV_NOHUGEPAGE);
        ::madvise(p, o.touchedPages * ps, MADV_DONTFORK);
        touchPages(p, o.touchedWritten);
        printRegion("touched", p, o.touchedPages * ps);
    }
    if (o.namedAnon) {
        const std::size_t pages = 4;
        void* p = mapAnonymous(pages, MAP_PRIVATE);
        if (::prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, reinterpret_cast<unsigned long>(p), pages * ps,
                reinterpret_cast<unsigned long>(o.anonName.c_str()))
            != 0) {
            std::printf("SKIP named-anon %d\n", errno);
        } else {
            touchPages(p, pages);
            printRegion("named_anon", p, pages * ps);
        }
    }
    if (o.memfd) {
        const std::size_t pages = 4;
        const int fd = ::memfd_create("vmscope-memfd", MFD_CLOEXEC);
        if (fd < 0)
            die("memfd_create");
        void* p = mapFile(fd, pages);
        ::close(fd);
        touchPages(p, pages);
        printRegion("memfd", p, pages * ps);
    }
    if (o.sysvShm) {
        const std::size_t pages = 4;
        const int id = ::shmget(IPC_PRIVATE, pages * ps, IPC_CREAT | 0600);
        if (id < 0)
            die("shmget");
        void* p = ::shmat(id, nullptr, 0);
        if (p == reinterpret_cast<void*>(-1))
            die("shmat");
        // Removed now so the segment goes away with the last detach, even if we are killed.
        ::shmctl(id, IPC_RMID, nullptr);
        touchPages(p, pages);
        printRegion("sysv_shm", p, pages * ps);
    }
    if (!o.fileWithSpacesDir.empty())
        printRegion("file_with_spaces", createAndMap(o.fileWithSpacesDir + "/file with spaces.bin", 4), 4 * ps);
    if (!o.deletedFileDir.empty()) {
        const std::string path = o.deletedFileDir + "/deleted.bin";
        void* p = createAndMap(path, 4);
        if (::unlink(path.c_str()) != 0)
            die("unlink");
        printRegion("deleted_file", p, 4 * ps);
    }
    if (!o.newlineFileDir.empty())
        printRegion("newline_file", createAndMap(o.newlineFileDir + "/a\nb.bin", 2), 2 * ps);
    if (o.thread) {
        // Default attributes: glibc mmaps the stack with a ---p guard page at its low end.
        pthread_t thread;
        if (int e = ::pthread_create(&thread, nullptr, blockForever, nullptr); e != 0) {
            errno = e;
            die("pthread_create");
        }
        pthread_attr_t attr;
        void* stack = nullptr;
        std::size_t stackSize = 0;
        if (::pthread_getattr_np(thread, &attr) != 0 || ::pthread_attr_getstack(&attr, &stack, &stackSize) != 0)
            die("pthread_getattr_np");
        ::pthread_attr_destroy(&attr);
        printRegion("thread_stack", stack, stackSize);
    }
    if (o.bigMalloc) {
        // Above M_MMAP_THRESHOLD (128 KiB): its own anonymous mapping, not the heap.
        const std::size_t big = 40u << 20;
        auto* p = static_cast<char*>(std::malloc(big));
        auto* small = static_cast<char*>(std::malloc(64)); // below the threshold: [heap]
        if (!p || !small)
            die("malloc");
        touchPages(p, (1u << 20) / ps);
        small[0] = 1;
        g_keepAlive[0] = p;
        g_keepAlive[1] = small;
        printRegion("big_malloc", p, big);
        printRegion("small_malloc", small, 64);
    }
    if (o.sharedForkPages > 0) {
        const std::size_t pages = o.sharedForkPages;
        void* p = mapAnonymous(pages, MAP_SHARED);
        touchPages(p, pages);
        printRegion("shared_fork", p, pages * ps);
        // fork() copies no page tables for a shared mapping: the child maps each page when it
        // first reads it. After that both map all K pages, so each one's Pss is Rss/2.
        forkChild("FORKED_CHILD", [&] { readPages(p, pages); });
    }
    if (o.cowForkPages > 0) {
        const std::size_t pages = o.cowForkPages;
        void* p = mapAnonymous(pages, MAP_PRIVATE);
        ::madvise(p, pages * ps, MADV_NOHUGEPAGE); // 4 KiB pages, so every page is counted alone
        touchPages(p, pages);
        printRegion("cow_fork", p, pages * ps);
        // Written before fork: both map every page (Shared_Dirty). The child's write to the
        // first half copies those pages (Private_Dirty in the child, and the originals become
        // the parent's alone).
        forkChild("COW_CHILD", [&] { touchPages(p, pages / 2); });
    }

    std::printf("READY\n");
    std::fflush(stdout);
    waitForEof();
    return 0;
}
