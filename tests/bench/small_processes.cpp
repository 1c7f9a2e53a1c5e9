// small_processes N KIB: forks N idle children, each with KIB kB of private, touched anonymous
// memory, so scripts/bench-system.sh can time the system-wide views on a system of many small
// processes. Prints READY once every child has touched its memory; all of them exit when stdin
// reaches EOF or the parent dies (PR_SET_PDEATHSIG).
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

[[noreturn]] void die(const char* what)
{
    std::fprintf(stderr, "small_processes: %s: %s\n", what, std::strerror(errno));
    std::exit(1);
}

unsigned long parseCount(const char* text)
{
    char* end = nullptr;
    errno = 0;
    const unsigned long value = std::strtoul(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0') {
        std::fprintf(stderr, "small_processes: '%s' is not a count\n", text);
        std::exit(2);
    }
    return value;
}

[[noreturn]] void child(pid_t parent, unsigned long kib, int readyFd)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        _exit(1);
    auto* memory = static_cast<volatile char*>(std::malloc(kib * 1024 + 1));
    if (!memory)
        _exit(1);
    const long page = ::sysconf(_SC_PAGESIZE);
    for (unsigned long offset = 0; offset < kib * 1024; offset += static_cast<unsigned long>(page))
        memory[offset] = 1;
    const char byte = 1;
    if (::write(readyFd, &byte, 1) != 1)
        _exit(1);
    ::close(readyFd);
    while (true)
        ::pause();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: small_processes N KIB\n");
        return 2;
    }
    const unsigned long count = parseCount(argv[1]);
    const unsigned long kib = parseCount(argv[2]);
    int ready[2];
    if (::pipe(ready) != 0)
        die("pipe");
    const pid_t self = ::getpid();
    std::vector<pid_t> children;
    for (unsigned long i = 0; i < count; ++i) {
        const pid_t pid = ::fork();
        if (pid < 0)
            die("fork");
        if (pid == 0) {
            ::close(ready[0]);
            child(self, kib, ready[1]);
        }
        children.push_back(pid);
    }
    ::close(ready[1]);
    for (unsigned long i = 0; i < count; ++i) {
        char byte;
        if (::read(ready[0], &byte, 1) != 1)
            die("a child did not start");
    }
    std::printf("READY %d\n", static_cast<int>(self));
    std::fflush(stdout);
    char buffer[64];
    while (true) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EINTR))
            break;
    }
    for (pid_t pid : children)
        ::kill(pid, SIGKILL);
    for (pid_t pid : children)
        ::waitpid(pid, nullptr, 0);
    return 0;
}
