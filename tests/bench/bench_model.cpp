// Where the time and memory of reading one process's full smaps go, in vmscope's own code:
// the raw read, parsing, classification, and the heap the parsed model holds afterwards.
//
//   bench_model PID [REPEAT]   (default 5; times are the median of REPEAT runs, and the minimum)
//
// Plain C++ (no Qt event loop): it links vmscope::core only.
#include "core/analysis/Aggregator.h"
#include "core/analysis/Classifier.h"
#include "core/io/ProcRootSource.h"
#include "core/read/ProcessReader.h"
#include "core/parse/MapsParser.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fcntl.h>
#include <malloc.h>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Samples {
    std::vector<double> values;
    double median() const
    {
        std::vector<double> v = values;
        std::sort(v.begin(), v.end());
        return v.empty() ? 0.0 : v[v.size() / 2];
    }
    double min() const { return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end()); }
};

// Heap in use: uordblks counts the arenas only; blocks above M_MMAP_THRESHOLD (the VMA vector
// and the raw file are several MB) are mmap'd and show in hblkhd.
std::size_t heapInUse()
{
    const struct mallinfo2 info = ::mallinfo2();
    return info.uordblks + info.hblkhd;
}

constexpr double kMiB = 1024.0 * 1024.0;

void row(const char* what, const Samples& s, const char* note = "")
{
    std::printf("%-28s %9.4f s   (min %.4f s)%s\n", what, s.median(), s.min(), note);
}

// --- Experiments: what reading smaps could cost if parsing did not wait for the whole file. ---
// Not vmscope's code path; they measure the headroom for the "Performance" issue.

constexpr std::size_t kChunk = 1024 * 1024;

// Reads about kChunk bytes of complete records into `chunk` (after the `carry` of the previous
// call). A record is complete once the next header line has started, so the cut goes before the
// last header line in the buffer; the tail is carried over. Returns false at end of file.
bool readRecords(int fd, std::string& chunk, std::string& carry)
{
    chunk.swap(carry);
    carry.clear();
    std::size_t length = chunk.size();
    chunk.resize(kChunk + 64 * 1024);
    bool eof = false;
    while (length < kChunk) {
        const ssize_t got = ::read(fd, chunk.data() + length, chunk.size() - length);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            eof = true;
            break;
        }
        length += static_cast<std::size_t>(got);
    }
    chunk.resize(length);
    if (eof)
        return false;
    // Only complete lines count; then cut before the last header line (a line that is not "Key:").
    const std::size_t lastNewline = chunk.rfind('\n');
    std::size_t pos = lastNewline == std::string::npos ? 0 : lastNewline + 1;
    std::size_t cut = 0;
    while (pos > 0) {
        const std::size_t previous = pos >= 2 ? chunk.rfind('\n', pos - 2) : std::string::npos;
        const std::size_t begin = previous == std::string::npos ? 0 : previous + 1;
        if (!vmscope::parse::isSmapsFieldLine(std::string_view(chunk).substr(begin, pos - 1 - begin))) {
            cut = begin;
            break;
        }
        pos = begin;
    }
    carry.assign(chunk, cut, std::string::npos);
    chunk.resize(cut);
    return true;
}

bool appendParsed(std::vector<vmscope::Vma>& all, std::string_view records)
{
    auto part = vmscope::parse::parseSmaps(records, "smaps");
    if (!part)
        return false;
    all.insert(all.end(), std::make_move_iterator(part->begin()), std::make_move_iterator(part->end()));
    return true;
}

// One thread: read a chunk of records, parse it, reuse the buffer. No file-sized buffer.
std::optional<std::vector<vmscope::Vma>> readStreamed(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::vector<vmscope::Vma> all;
    std::string chunk, carry;
    bool more = true;
    while (more) {
        more = readRecords(fd, chunk, carry);
        if (!appendParsed(all, chunk))
            return std::nullopt;
    }
    ::close(fd);
    return all;
}

// Two threads: the kernel generates smaps (most of the time) while the previous chunk is parsed.
std::optional<std::vector<vmscope::Vma>> readPipelined(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<std::string> queue;
    bool done = false;
    std::thread reader([&] {
        std::string chunk, carry;
        bool more = true;
        while (more) {
            more = readRecords(fd, chunk, carry);
            std::lock_guard lock(mutex);
            queue.push_back(std::move(chunk));
            chunk = {};
            ready.notify_one();
        }
        std::lock_guard lock(mutex);
        done = true;
        ready.notify_one();
    });
    std::vector<vmscope::Vma> all;
    bool ok = true;
    while (true) {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return done || !queue.empty(); });
        if (queue.empty())
            break;
        std::string chunk = std::move(queue.front());
        queue.pop_front();
        lock.unlock();
        ok = appendParsed(all, chunk) && ok;
    }
    reader.join();
    ::close(fd);
    if (!ok)
        return std::nullopt;
    return all;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace vmscope;
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PID [REPEAT]\n", argv[0]);
        return 2;
    }
    const int pid = std::atoi(argv[1]);
    const int repeat = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const ProcRootSource source("/proc");
    const std::string relative = std::to_string(pid) + "/smaps";

    Samples read, parse, classify, aggregate, total;
    std::size_t rawBytes = 0;
    std::size_t vmaCount = 0;
    for (int i = 0; i < repeat; ++i) {
        auto start = Clock::now();
        auto bytes = source.read(relative);
        read.values.push_back(secondsSince(start));
        if (!bytes) {
            std::fprintf(stderr, "bench_model: %s\n", bytes.error().message().c_str());
            return 1;
        }
        rawBytes = bytes->size();

        start = Clock::now();
        auto vmas = parse::parseSmaps(*bytes, source.displayPath(relative));
        parse.values.push_back(secondsSince(start));
        if (!vmas) {
            std::fprintf(stderr, "bench_model: %s\n", vmas.error().message().c_str());
            return 1;
        }
        vmaCount = vmas->size();

        start = Clock::now();
        classifyRegions(*vmas);
        classify.values.push_back(secondsSince(start));

        // What the CLI's totals and the GUI's per-mapping table run next.
        start = Clock::now();
        const Totals all = sumAll(*vmas);
        const auto byMapping = sumByMapping(*vmas);
        aggregate.values.push_back(secondsSince(start));
        if (all.vmaCount != vmas->size() || byMapping.empty() != vmas->empty())
            return 1;
    }

    // The model's footprint, measured around the call the GUI and CLI make. readMemoryMap frees
    // the raw bytes before returning, so the difference is what the MemoryMap alone holds.
    std::size_t modelBytes = 0;
    std::size_t peakExtra = 0;
    for (int i = 0; i < repeat; ++i) {
        const std::size_t before = heapInUse();
        const auto start = Clock::now();
        auto map = readMemoryMap(source, pid, MapDetail::Smaps);
        total.values.push_back(secondsSince(start));
        if (!map) {
            std::fprintf(stderr, "bench_model: %s\n", map.error().message().c_str());
            return 1;
        }
        modelBytes = heapInUse() - before;
        std::size_t capacity = map->vmas.capacity();
        peakExtra = (capacity - map->vmas.size()) * sizeof(Vma);
    }

    Samples streamed, pipelined;
    std::size_t streamedCount = 0, pipelinedCount = 0;
    const std::string path = "/proc/" + relative;
    for (int i = 0; i < repeat; ++i) {
        auto start = Clock::now();
        auto a = readStreamed(path);
        if (a)
            classifyRegions(*a);
        streamed.values.push_back(secondsSince(start));
        start = Clock::now();
        auto b = readPipelined(path);
        if (b)
            classifyRegions(*b);
        pipelined.values.push_back(secondsSince(start));
        streamedCount = a ? a->size() : 0;
        pipelinedCount = b ? b->size() : 0;
    }

    std::printf("bench_model: pid %d, /proc/%d/smaps, median of %d runs\n", pid, pid, repeat);
    row("read raw bytes", read);
    row("parse (parseSmaps)", parse);
    row("classify (classifyRegions)", classify);
    row("sumAll + sumByMapping", aggregate);
    row("readMemoryMap (all three)", total);
    std::printf("experiment: streamed, 1 MiB chunks, 1 thread  %.4f s (min %.4f s), %zu VMAs\n", streamed.median(),
        streamed.min(), streamedCount);
    std::printf("experiment: pipelined, reader + parser thread %.4f s (min %.4f s), %zu VMAs\n", pipelined.median(),
        pipelined.min(), pipelinedCount);
    std::printf("%-28s %9zu\n", "VMAs", vmaCount);
    std::printf("%-28s %9.1f MB\n", "raw bytes", rawBytes / kMiB);
    std::printf("%-28s %9zu bytes (unused vector capacity %.1f MB)\n", "sizeof(Vma)", sizeof(Vma), peakExtra / kMiB);
    std::printf("model size: %.1f MB (%.0f bytes per VMA)\n", modelBytes / kMiB,
        vmaCount ? static_cast<double>(modelBytes) / static_cast<double>(vmaCount) : 0.0);
    return 0;
}
