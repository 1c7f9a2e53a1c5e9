// vmscope-demo-subject: the process students look at in vmscope-demo's experiments. It does one
// memory action per command line read from standard input and answers one line on standard output:
// "ok key=value ..." or "error why". Links nothing of vmscope, no C++ library and no stdio: the
// heap must hold only what the experiment puts there (stdio's buffers and libstdc++'s start-up
// allocation would make the [heap] appear before the malloc(8) the course looks at).
//
//   segments                  addresses of an initialised global, a zeroed array, a constant and a
//                             16 KiB local array: data=0x.. bss=0x.. rodata=0x.. stack=0x..
//   thread                    starts a thread that waits forever: local=0x.. guard=0x..
//   brk                       the program break now: brk=0x..
//   libc                      an address in libc's code: getpid=0x..
//   malloc BYTES              ptr=0x.. brk_before=0x.. brk_after=0x.. (ptr=0x0 errno=N when it fails)
//   free ADDRESS
//   mallopt-mmap-threshold BYTES
//   mmap BYTES                an anonymous private mapping without huge pages: ptr=0x..
//   write ADDRESS BYTES       writes one byte in every page; read ADDRESS BYTES reads one
//   fork                      a child that serves the same commands, sent as "child COMMAND": pid=N
//   file-create BYTES PATH, fadvise-dontneed PATH, read-file PATH, map-file PATH (ptr=0x.. bytes=N),
//   munmap ADDRESS BYTES
//   segv-maperr, segv-accerr, segv-kernel
//                             an access that ends in SIGSEGV; before it dies the process reports
//                             "signal signo=11 code=N addr=0x.."
//
// argv[1] names the process (prctl PR_SET_NAME, "demo-segments"). It dies with its parent
// (PR_SET_PDEATHSIG), and so does a forked child with it.
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// What the segments experiment points at. volatile: the compiler keeps each where the course says.
volatile int initialisedGlobal = 42; // .data
volatile char zeroedArray[64 * 1024]; // .bss, larger than a page: it gets the anonymous mapping after .data
const char constantText[] = "vmscope teaching constant"; // .rodata
volatile char* stackArray = nullptr; // main's 16 KiB local array
int threadReady = 0; // set (atomically) once the thread wrote its reply

constexpr std::size_t kPage = 4096;
constexpr std::size_t kLine = 4096;

// A line being built without malloc.
struct Out {
    char text[kLine];
    std::size_t size = 0;
    void add(const char* s)
    {
        while (*s && size + 1 < sizeof text)
            text[size++] = *s++;
    }
    void hex(std::uintptr_t n)
    {
        char digits[2 + 16 + 1] = "0x";
        char reversed[16];
        int count = 0;
        do {
            reversed[count++] = "0123456789abcdef"[n & 15];
            n >>= 4;
        } while (n);
        for (int i = 0; i < count; ++i)
            digits[2 + i] = reversed[count - 1 - i];
        digits[2 + count] = 0;
        add(digits);
    }
    void number(long long n)
    {
        char reversed[24];
        int count = 0;
        const bool negative = n < 0;
        unsigned long long u
            = negative ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
        do {
            reversed[count++] = static_cast<char>('0' + u % 10);
            u /= 10;
        } while (u);
        if (negative)
            add("-");
        char digits[24];
        for (int i = 0; i < count; ++i)
            digits[i] = reversed[count - 1 - i];
        digits[count] = 0;
        add(digits);
    }
    void field(const char* key, std::uintptr_t address)
    {
        add(" ");
        add(key);
        add("=");
        hex(address);
    }
    void count(const char* key, long long n)
    {
        add(" ");
        add(key);
        add("=");
        number(n);
    }
};

void writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
}

void send(int fd, Out& out)
{
    out.text[out.size++] = '\n';
    writeAll(fd, out.text, out.size);
}

// One line from fd into `line` (without the newline); false at end of input.
bool readLine(int fd, char* line, std::size_t capacity)
{
    std::size_t size = 0;
    for (;;) {
        char c;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        if (c == '\n')
            break;
        if (size + 1 < capacity)
            line[size++] = c;
    }
    line[size] = 0;
    return true;
}

void segvHandler(int signo, siginfo_t* info, void*)
{
    // Async-signal-safe: a stack buffer and write(). SA_RESETHAND made the action the default
    // again, so returning re-runs the access and the process dies of the same SIGSEGV.
    Out out;
    out.add("signal");
    out.count("signo", signo);
    out.count("code", info->si_code);
    out.field("addr", reinterpret_cast<std::uintptr_t>(info->si_addr));
    send(STDOUT_FILENO, out);
}

void codeTarget() { }

Out threadReply; // what the thread started by "thread" answers

void* threadMain(void* reply)
{
    volatile char local = 1;
    pthread_attr_t attributes;
    std::uintptr_t guard = 0;
    if (pthread_getattr_np(pthread_self(), &attributes) == 0) {
        void* low = nullptr;
        std::size_t size = 0;
        std::size_t guardSize = 0;
        pthread_attr_getstack(&attributes, &low, &size);
        pthread_attr_getguardsize(&attributes, &guardSize);
        if (guardSize > 0)
            guard = reinterpret_cast<std::uintptr_t>(low) - guardSize;
        pthread_attr_destroy(&attributes);
    }
    Out& out = *static_cast<Out*>(reply);
    out.add("ok");
    out.field("local", reinterpret_cast<std::uintptr_t>(&local));
    out.field("guard", guard);
    __atomic_store_n(&threadReady, 1, __ATOMIC_RELEASE);
    for (;;)
        pause();
    return nullptr;
}

char* nextWord(char*& rest)
{
    while (*rest == ' ')
        ++rest;
    char* word = rest;
    while (*rest && *rest != ' ')
        ++rest;
    if (*rest)
        *rest++ = 0;
    return word;
}

std::uintptr_t numberOf(const char* word)
{
    return static_cast<std::uintptr_t>(std::strtoull(word, nullptr, 0));
}

void touchPages(char* at, std::size_t bytes, bool write)
{
    volatile char* p = at;
    unsigned sum = 0;
    for (std::size_t offset = 0; offset < bytes; offset += kPage) {
        if (write)
            p[offset] = 1;
        else
            sum += static_cast<unsigned>(p[offset]);
    }
    (void)sum;
}

void doCommand(char* line, Out& out, int& childFd)
{
    char* rest = line;
    const char* command = nextWord(rest);
    const auto is = [command](const char* name) { return std::strcmp(command, name) == 0; };
    if (is("child")) {
        if (childFd < 0) {
            out.add("error no child");
            return;
        }
        Out forward;
        forward.add(rest);
        send(childFd, forward);
        if (!readLine(childFd, out.text, sizeof out.text - 1))
            out.add("error the child is gone");
        else
            out.size = std::strlen(out.text);
        return;
    }
    if (is("segments")) {
        out.add("ok");
        out.field("data", reinterpret_cast<std::uintptr_t>(&initialisedGlobal));
        out.field("bss", reinterpret_cast<std::uintptr_t>(&zeroedArray[sizeof zeroedArray / 2]));
        out.field("rodata", reinterpret_cast<std::uintptr_t>(&constantText[0]));
        out.field("stack", reinterpret_cast<std::uintptr_t>(stackArray));
    } else if (is("thread")) {
        pthread_t thread;
        if (pthread_create(&thread, nullptr, threadMain, &threadReply) != 0) {
            out.add("error pthread_create failed");
            return;
        }
        while (__atomic_load_n(&threadReady, __ATOMIC_ACQUIRE) != 1)
            usleep(1000);
        out = threadReply;
    } else if (is("brk")) {
        out.add("ok");
        out.field("brk", reinterpret_cast<std::uintptr_t>(sbrk(0)));
    } else if (is("libc")) {
        out.add("ok");
        out.field("getpid", reinterpret_cast<std::uintptr_t>(&getpid));
    } else if (is("malloc")) {
        const std::size_t bytes = numberOf(nextWord(rest));
        const std::uintptr_t before = reinterpret_cast<std::uintptr_t>(sbrk(0));
        errno = 0;
        void* p = std::malloc(bytes);
        const int error = errno;
        const std::uintptr_t after = reinterpret_cast<std::uintptr_t>(sbrk(0));
        out.add("ok");
        out.field("ptr", reinterpret_cast<std::uintptr_t>(p));
        out.field("brk_before", before);
        out.field("brk_after", after);
        if (!p)
            out.count("errno", error);
    } else if (is("free")) {
        std::free(reinterpret_cast<void*>(numberOf(nextWord(rest))));
        out.add("ok");
    } else if (is("mallopt-mmap-threshold")) {
        out.add(
            mallopt(M_MMAP_THRESHOLD, static_cast<int>(numberOf(nextWord(rest)))) == 1 ? "ok" : "error mallopt failed");
    } else if (is("mmap")) {
        const std::size_t bytes = numberOf(nextWord(rest));
        void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        // 4 KiB pages whatever the machine's transparent huge page setting: the figures then change
        // page by page, as the course explains demand paging and copy-on-write.
        if (p != MAP_FAILED)
            madvise(p, bytes, MADV_NOHUGEPAGE);
        out.add(p == MAP_FAILED ? "error mmap failed" : "ok");
        out.field("ptr", reinterpret_cast<std::uintptr_t>(p == MAP_FAILED ? nullptr : p));
    } else if (is("write") || is("read")) {
        char* at = reinterpret_cast<char*>(numberOf(nextWord(rest)));
        touchPages(at, numberOf(nextWord(rest)), is("write"));
        out.add("ok");
    } else if (is("munmap")) {
        void* at = reinterpret_cast<void*>(numberOf(nextWord(rest)));
        out.add(munmap(at, numberOf(nextWord(rest))) == 0 ? "ok" : "error munmap failed");
    } else if (is("fork")) {
        int pair[2];
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
            out.add("error socketpair failed");
            return;
        }
        const pid_t pid = fork();
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            ::close(pair[0]);
            int none = -1;
            char childLine[kLine];
            while (readLine(pair[1], childLine, sizeof childLine)) {
                Out reply;
                doCommand(childLine, reply, none);
                send(pair[1], reply);
            }
            _exit(0);
        }
        ::close(pair[1]);
        if (pid < 0) {
            ::close(pair[0]);
            out.add("error fork failed");
            return;
        }
        childFd = pair[0];
        out.add("ok");
        out.count("pid", pid);
    } else if (is("file-create")) {
        const std::size_t bytes = numberOf(nextWord(rest));
        const int fd = ::open(rest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        static char block[64 * 1024];
        std::memset(block, 'v', sizeof block);
        bool ok = fd >= 0;
        for (std::size_t done = 0; ok && done < bytes; done += sizeof block)
            ok = ::write(fd, block, sizeof block) == static_cast<ssize_t>(sizeof block);
        ok = ok && fdatasync(fd) == 0;
        if (fd >= 0)
            ::close(fd);
        out.add(ok ? "ok" : "error could not write the file");
    } else if (is("fadvise-dontneed")) {
        const int fd = ::open(rest, O_RDONLY | O_CLOEXEC);
        const bool ok = fd >= 0 && posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
        if (fd >= 0)
            ::close(fd);
        out.add(ok ? "ok" : "error posix_fadvise failed");
    } else if (is("read-file")) {
        const int fd = ::open(rest, O_RDONLY | O_CLOEXEC);
        static char block[64 * 1024];
        long long total = 0;
        ssize_t n = 0;
        while (fd >= 0 && (n = ::read(fd, block, sizeof block)) > 0)
            total += n;
        if (fd >= 0)
            ::close(fd);
        out.add(fd >= 0 && n == 0 ? "ok" : "error could not read the file");
        out.count("bytes", total);
    } else if (is("map-file")) {
        const int fd = ::open(rest, O_RDONLY | O_CLOEXEC);
        const off_t size = fd >= 0 ? lseek(fd, 0, SEEK_END) : 0;
        void* p = size > 0 ? mmap(nullptr, static_cast<std::size_t>(size), PROT_READ, MAP_SHARED, fd, 0) : MAP_FAILED;
        if (fd >= 0)
            ::close(fd);
        if (p == MAP_FAILED) {
            out.add("error could not map the file");
            return;
        }
        touchPages(static_cast<char*>(p), static_cast<std::size_t>(size), false);
        out.add("ok");
        out.field("ptr", reinterpret_cast<std::uintptr_t>(p));
        out.count("bytes", size);
    } else if (is("segv-maperr") || is("segv-accerr") || is("segv-kernel")) {
        struct sigaction action = {};
        action.sa_sigaction = segvHandler;
        action.sa_flags = SA_SIGINFO | SA_RESETHAND;
        sigaction(SIGSEGV, &action, nullptr);
        // volatile: the compiler neither sees a constant null-based address nor drops the access.
        volatile std::uintptr_t address = 16; // below vm.mmap_min_addr: never mapped
        if (is("segv-accerr"))
            address = reinterpret_cast<std::uintptr_t>(&codeTarget);
        else if (is("segv-kernel"))
            address = 0xffffffff81000000ULL; // where the x86-64 kernel's text starts without KASLR
        if (is("segv-accerr"))
            *reinterpret_cast<volatile char*>(address) = 0;
        else
            (void)*reinterpret_cast<volatile char*>(address);
        out.add("error the access did not fault");
    } else {
        out.add("error unknown command");
    }
}

} // namespace

int main(int argc, char** argv)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() == 1)
        return 1; // the driver is already gone
    if (argc > 1)
        prctl(PR_SET_NAME, argv[1]);
    volatile char localArray[16 * 1024];
    localArray[0] = 0;
    localArray[sizeof localArray - 1] = 0;
    stackArray = localArray;
    (void)initialisedGlobal;
    int childFd = -1;
    char line[kLine];
    while (readLine(STDIN_FILENO, line, sizeof line)) {
        Out out;
        doCommand(line, out, childFd);
        send(STDOUT_FILENO, out);
    }
    return 0;
}
