#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace vmscope {

// Every file read under way in this process, with when it began, so that a watchdog can say
// which one is stuck: a read on a hung NFS or FUSE mount, or of /proc/PID/cmdline while that
// process's memory lock is held, can block in the kernel for ever, and nothing can interrupt it.
// The GUI names such a read in its status bar ("reading /proc/4242/smaps has taken 12 s") and
// carries on; the CLI says it on stderr.
//
// FileReader marks every read of a local file. A Source that fetches bytes another way (a
// capture, a remote machine) marks its own reads the same way.
struct ReadInProgress {
    std::string path; // as shown to people: "/proc/4242/smaps"
    std::chrono::steady_clock::duration elapsed {};
};

// Marks one read for as long as it lives. Cheap (one short lock and a copy of the path), so it
// may wrap every read, even the thousand small ones of a process listing.
class ScopedReadMark {
public:
    explicit ScopedReadMark(std::string path);
    ~ScopedReadMark();
    ScopedReadMark(const ScopedReadMark&) = delete;
    ScopedReadMark& operator=(const ScopedReadMark&) = delete;

private:
    std::uint64_t m_id;
};

// The reads under way for at least `minimum`, the longest first.
std::vector<ReadInProgress> readsInProgressFor(std::chrono::steady_clock::duration minimum);

} // namespace vmscope
