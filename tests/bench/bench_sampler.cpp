// The sampler's cost (issue 5: under 2 % of one core at 10 Hz) and its memory per sample.
//   bench_sampler [SECONDS=60] [--interval-ms 100] [--no-pagetypeinfo]
// Samples the live /proc on the Sampler's own thread for SECONDS and prints user+sys CPU time of
// this process (getrusage RUSAGE_SELF) as a share of one core, then the heap bytes one sample
// holds (mallinfo2 around 600 samples kept alive) and the ring's bound at its capacity.
#include "core/io/ProcRootSource.h"
#include "core/sampling/Sampler.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <sys/resource.h>
#include <thread>

using namespace vmscope;

namespace {

double cpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Heap bytes per sample: samples taken back to back and kept, as the ring keeps them.
double heapBytesPerSample(const Source& source, bool readPageTypeInfo, std::size_t count)
{
    SampleSchemaCache cache;
    std::vector<SamplePtr> kept;
    kept.reserve(count);
    // The schema is shared by every sample of a run: made before measuring, as in a long run.
    (void)takeSample(source, cache, { readPageTypeInfo, 0, 0 });
    const std::size_t before = ::mallinfo2().uordblks;
    for (std::size_t i = 0; i < count; ++i) {
        auto sample = takeSample(source, cache, { readPageTypeInfo, double(i), 0 });
        if (!sample) {
            std::fprintf(stderr, "sample failed: %s\n", sample.error().message().c_str());
            std::exit(2);
        }
        kept.push_back(*sample);
    }
    const std::size_t after = ::mallinfo2().uordblks;
    // The vector of pointers is the ring's slot array, counted in the ring's bound separately.
    return (double(after - before) - double(kept.capacity() * sizeof(SamplePtr))) / double(count);
}

} // namespace

int main(int argc, char** argv)
{
    double seconds = 60;
    int intervalMs = 100;
    bool readPageTypeInfo = true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--no-pagetypeinfo") == 0)
            readPageTypeInfo = false;
        else if (std::strcmp(argv[i], "--interval-ms") == 0 && i + 1 < argc)
            intervalMs = std::atoi(argv[++i]);
        else
            seconds = std::atof(argv[i]);
    }

    auto source = std::make_shared<ProcRootSource>("/proc");
    SamplerOptions options;
    options.interval = std::chrono::milliseconds(intervalMs);
    options.readPageTypeInfo = readPageTypeInfo;
    Sampler sampler(source, options);
    std::atomic<std::size_t> problems { 0 };
    sampler.setOnSample([&problems](SamplePtr sample) { problems += sample->problems.size(); });

    const double cpuBefore = cpuSeconds();
    const auto wallBefore = std::chrono::steady_clock::now();
    sampler.start();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    sampler.stop();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallBefore).count();
    const double cpu = cpuSeconds() - cpuBefore;
    const std::size_t taken = sampler.samplesTaken();

    std::printf("sampler: %zu samples in %.1f s (interval %d ms, pagetypeinfo %s), %zu problems noted\n", taken, wall,
        intervalMs, readPageTypeInfo ? "read" : "not read", problems.load());
    std::printf("cpu: %.3f s user+sys = %.2f %% of one core, %.3f ms per sample\n", cpu, 100 * cpu / wall,
        1000 * cpu / double(taken ? taken : 1));

    const double perSample = heapBytesPerSample(*source, readPageTypeInfo, 600);
    const SamplePtr latest = sampler.ring().latest();
    std::printf("memory: %.0f heap bytes per sample (%zu meminfo keys, %zu vmstat counters, %zu zones); ring at "
                "capacity %zu: %.1f MiB\n",
        perSample, latest ? latest->memInfo.size() : 0, latest ? latest->vmStat.size() : 0,
        latest ? latest->zones.size() : 0, sampler.ring().capacity(),
        (perSample + sizeof(SamplePtr)) * double(sampler.ring().capacity()) / (1024 * 1024));
    return 0;
}
