#pragma once

#include "core/Result.h"
#include "core/io/Source.h"
#include "core/model/SystemMemory.h"
#include "core/sampling/SampleRing.h"
#include "core/sampling/SystemSample.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace vmscope {

struct SamplerOptions {
    std::chrono::milliseconds interval { 500 };
    std::size_t capacity = 3600;
    // pagetypeinfo is root-only since 5.x and costs the kernel a walk of the free lists under
    // zone->lock (36 ms with 20 GB free): the sampler reads it at most every
    // kPageTypeInfoCostFactor times its last read's duration, and not again after EACCES.
    // Off keeps a sample to meminfo, zoneinfo, buddyinfo and vmstat.
    bool readPageTypeInfo = true;
};

// Something that happened while sampling, marked on the timeline and printed by `watch`.
struct SampleEvent {
    double seconds = 0; // on the sampler's clock (SystemSample::seconds)
    std::string kind; // "run_start", "run_end", "drop_caches", "oom_kill", "experiment_step"
    std::optional<int> exitCode; // run_end only, when the command exited (not killed)
    std::string label; // the workload's label, or the drop-caches outcome
};

inline constexpr std::string_view kEventRunStart = "run_start";
inline constexpr std::string_view kEventRunEnd = "run_end";
inline constexpr std::string_view kEventDropCaches = "drop_caches";
inline constexpr std::string_view kEventOomKill = "oom_kill"; // label: the victims, when known
inline constexpr std::string_view kEventExperimentStep = "experiment_step"; // label: the step's title

// Reuses the key names of one sample for the next ones. Not thread-safe: one per sampling loop.
class SampleSchemaCache {
public:
    // The cached schema when the keys match it, else a new schema made from these keys.
    std::shared_ptr<const SampleSchema> schemaFor(const MemInfo& memInfo, const VmStat& vmStat);

private:
    std::shared_ptr<const SampleSchema> m_schema;
};

// Joins what the parsers made into one sample (no I/O: fixtures and tests drive it). pageTypeInfo
// may be null (unreadable). The schema must come from SampleSchemaCache/makeSampleSchema with the
// same keys as memInfo and vmStat.
SystemSample buildSample(const MemInfo& memInfo, const ZoneInfo& zoneInfo, const BuddyInfo& buddyInfo,
    const PageTypeInfo* pageTypeInfo, const VmStat& vmStat, std::shared_ptr<const SampleSchema> schema);
std::shared_ptr<const SampleSchema> makeSampleSchema(const MemInfo& memInfo, const VmStat& vmStat);

struct TakeSampleOptions {
    bool readPageTypeInfo = true;
    double seconds = 0; // stored in SystemSample::seconds
    // The size of the pages zoneinfo counts in; 0: this machine's (a capture of another machine
    // with 16 or 64 KiB pages needs it said).
    std::uint64_t pageSize = 0;
};

// Reads meminfo, zoneinfo, buddyinfo, vmstat (and pagetypeinfo) through `source` and builds a
// sample. meminfo is required (an error when unreadable); the other files' errors become
// SystemSample::problems. Usable without a Sampler thread (the CLI's one-shot commands, tests).
Result<SamplePtr> takeSample(
    const Source& source, SampleSchemaCache& schemaCache, const TakeSampleOptions& options = {});

// Samples the kernel's memory state periodically on its own thread into a bounded ring.
// No Qt: the GUI re-posts onSample to its own thread (QMetaObject::invokeMethod, queued).
class Sampler {
public:
    static constexpr std::chrono::milliseconds kMinInterval { 100 };
    static constexpr std::chrono::milliseconds kMaxInterval { 10000 };
    static constexpr std::size_t kMaxEvents = 1000;
    // pagetypeinfo is read again only after 100 times its last read's duration: at most 1 % of a core.
    static constexpr int kPageTypeInfoCostFactor = 100;

    explicit Sampler(std::shared_ptr<const Source> source, SamplerOptions options = {});
    ~Sampler(); // stops
    Sampler(const Sampler&) = delete;
    Sampler& operator=(const Sampler&) = delete;

    // Called on the sampler thread after each sample was pushed to the ring. May be replaced at
    // any time; a call already under way may still finish with the old function.
    void setOnSample(std::function<void(SamplePtr)> onSample);
    // Called on the sampler thread when a sample could not be taken (meminfo unreadable).
    void setOnError(std::function<void(const Error&)> onError);

    // Starts the thread; the first sample is taken at once. The clock (seconds) starts at the
    // first start() and keeps running across stop()/start(), so events and samples stay ordered.
    void start();
    // Ends sampling: no callback runs and no sample is pushed once it returned. A sample being
    // read is finished and delivered first, but stop() waits at most kStopWait for it: a thread
    // stuck in a read (a hung file system) is disowned and ends by itself when the read returns,
    // holding only state it shares with nobody but the Source, so neither a paused timeline nor
    // a closing window ever waits on a stuck file.
    void stop();
    static constexpr std::chrono::milliseconds kStopWait { 250 };
    bool running() const;

    // Clamped to kMinInterval..kMaxInterval; takes effect at once (the current wait restarts).
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    const SampleRing& ring() const;
    // Seconds on the sampler's clock (0 before the first start()).
    double secondsSinceStart() const;

    // Events are kept in a bounded list (kMaxEvents, oldest dropped). seconds < 0 means "now".
    void recordEvent(SampleEvent event);
    std::vector<SampleEvent> events() const;
    // Samples taken / failed since construction (for tests and the status bar).
    std::size_t samplesTaken() const;
    std::size_t samplesFailed() const;

private:
    struct Shared;
    static void loop(const std::shared_ptr<Shared>& shared, std::uint64_t generation);

    // Everything the sampling thread touches, so that a thread left behind by stop() (stuck in a
    // read) never uses a destroyed Sampler.
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
};

} // namespace vmscope
