#include "core/sampling/Sampler.h"

#include "core/read/SystemReader.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <unistd.h>

namespace vmscope {

namespace {
    // True when `entries` have exactly `keys`, in the same order (the normal case: a kernel does not
    // change its keys while running).
    template <class Entries, class KeyOf>
    bool sameKeys(const std::vector<std::string>& keys, const Entries& entries, KeyOf keyOf)
    {
        if (keys.size() != entries.size())
            return false;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (keys[i] != keyOf(entries[i]))
                return false;
        }
        return true;
    }

    const std::string& memInfoKey(const MemInfoEntry& entry)
    {
        return entry.key;
    }
    const std::string& vmStatKey(const Counter& counter)
    {
        return counter.first;
    }

    bool sameMemInfoKeys(const SampleSchema& schema, const MemInfo& memInfo)
    {
        if (!sameKeys(schema.memInfoKeys, memInfo.entries, memInfoKey))
            return false;
        for (std::size_t i = 0; i < memInfo.entries.size(); ++i) {
            if (schema.memInfoHasUnit[i] != memInfo.entries[i].hasUnit)
                return false;
        }
        return true;
    }

    // Values in the schema's key order. The fast path is the normal one (same keys); a key the
    // schema has and the file lacks is reported, never invented as 0 silently.
    template <class Entries, class KeyOf, class ValueOf>
    std::vector<std::uint64_t> valuesInSchemaOrder(const std::vector<std::string>& keys, const Entries& entries,
        KeyOf keyOf, ValueOf valueOf, std::string_view fileName, std::vector<std::string>& problems)
    {
        std::vector<std::uint64_t> values;
        values.reserve(keys.size());
        if (sameKeys(keys, entries, keyOf)) {
            for (const auto& entry : entries)
                values.push_back(valueOf(entry));
            return values;
        }
        for (const std::string& key : keys) {
            const auto found
                = std::find_if(entries.begin(), entries.end(), [&](const auto& entry) { return keyOf(entry) == key; });
            if (found == entries.end())
                problems.push_back(std::string(fileName) + ": " + key + " is missing");
            values.push_back(found == entries.end() ? 0 : valueOf(*found));
        }
        return values;
    }

    std::uint64_t machinePageSize()
    {
        // /proc prints no base page size, and MemFree does not always match the zones' free pages
        // (a VM with hot-plugged or ballooned memory): the page size of the machine reading is used.
        return static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
    }
} // namespace

std::shared_ptr<const SampleSchema> makeSampleSchema(const MemInfo& memInfo, const VmStat& vmStat)
{
    auto schema = std::make_shared<SampleSchema>();
    schema->memInfoKeys.reserve(memInfo.entries.size());
    schema->memInfoHasUnit.reserve(memInfo.entries.size());
    for (const MemInfoEntry& entry : memInfo.entries) {
        schema->memInfoKeys.push_back(entry.key);
        schema->memInfoHasUnit.push_back(entry.hasUnit);
    }
    schema->vmStatKeys.reserve(vmStat.counters.size());
    for (const Counter& counter : vmStat.counters)
        schema->vmStatKeys.push_back(counter.first);
    return schema;
}

std::shared_ptr<const SampleSchema> SampleSchemaCache::schemaFor(const MemInfo& memInfo, const VmStat& vmStat)
{
    if (!m_schema || !sameMemInfoKeys(*m_schema, memInfo)
        || !sameKeys(m_schema->vmStatKeys, vmStat.counters, vmStatKey))
        m_schema = makeSampleSchema(memInfo, vmStat);
    return m_schema;
}

SystemSample buildSample(const MemInfo& memInfo, const ZoneInfo& zoneInfo, const BuddyInfo& buddyInfo,
    const PageTypeInfo* pageTypeInfo, const VmStat& vmStat, std::shared_ptr<const SampleSchema> schema)
{
    SystemSample sample;
    if (!schema)
        schema = makeSampleSchema(memInfo, vmStat);
    sample.memInfo = valuesInSchemaOrder(
        schema->memInfoKeys, memInfo.entries, memInfoKey, [](const MemInfoEntry& entry) { return entry.value; },
        "meminfo", sample.problems);
    sample.vmStat = valuesInSchemaOrder(
        schema->vmStatKeys, vmStat.counters, vmStatKey, [](const Counter& counter) { return counter.second; }, "vmstat",
        sample.problems);
    sample.schema = std::move(schema);
    sample.pageSize = machinePageSize();
    sample.zones.reserve(zoneInfo.zones.size());
    for (const Zone& zone : zoneInfo.zones) {
        ZoneSample out;
        out.node = zone.node;
        out.zone = zone.name;
        out.free = zone.free.value_or(0);
        out.min = zone.min;
        out.low = zone.low;
        out.high = zone.high;
        out.boost = zone.boost;
        out.promo = zone.promo;
        out.spanned = zone.spanned;
        out.present = zone.present;
        out.managed = zone.managed;
        out.protection = zone.protection;
        for (const BuddyZone& buddy : buddyInfo.zones) {
            if (buddy.node == zone.node && buddy.zone == zone.name) {
                out.freeBlocks = buddy.freeBlocks;
                break;
            }
        }
        if (pageTypeInfo) {
            for (const MigrateFreeBlocks& blocks : pageTypeInfo->free) {
                if (blocks.node == zone.node && blocks.zone == zone.name)
                    out.freeBlocksByType.push_back({ blocks.type, blocks.counts, blocks.capped });
            }
        }
        sample.zones.push_back(std::move(out));
    }
    return sample;
}

namespace {
    // The part of a sample common to takeSample() and the sampler's loop, which reads
    // pagetypeinfo on its own schedule and passes the latest reading in.
    Result<SamplePtr> takeSampleWith(const Source& source, SampleSchemaCache& schemaCache,
        const TakeSampleOptions& options, const PageTypeInfo* pageTypeInfo, double pageTypeInfoSeconds,
        std::vector<std::string> problems)
    {
        auto memInfo = readMemInfo(source);
        if (!memInfo)
            return memInfo.error();
        auto note = [&problems](const Error& error) { problems.push_back(error.message()); };

        auto zoneInfo = readZoneInfo(source);
        if (!zoneInfo)
            note(zoneInfo.error());
        auto buddyInfo = readBuddyInfo(source);
        if (!buddyInfo)
            note(buddyInfo.error());
        auto vmStat = readVmStat(source);
        if (!vmStat)
            note(vmStat.error());
        auto pressure = readMemoryPressure(source);
        // Absent without PSI (ENOENT), EOPNOTSUPP when booted with psi=0: no series, no problem.
        if (!pressure && pressure.error().kind == ErrorKind::Malformed)
            note(pressure.error());

        static const ZoneInfo kNoZones;
        static const BuddyInfo kNoBuddy;
        static const VmStat kNoVmStat;
        const VmStat& vmStatOrEmpty = vmStat ? *vmStat : kNoVmStat;
        auto sample = std::make_shared<SystemSample>(
            buildSample(*memInfo, zoneInfo ? *zoneInfo : kNoZones, buddyInfo ? *buddyInfo : kNoBuddy, pageTypeInfo,
                vmStatOrEmpty, schemaCache.schemaFor(*memInfo, vmStatOrEmpty)));
        sample->seconds = options.seconds;
        sample->wallTime = std::chrono::system_clock::now();
        if (options.pageSize > 0)
            sample->pageSize = options.pageSize;
        if (pageTypeInfo)
            sample->pageTypeInfoSeconds = pageTypeInfoSeconds;
        if (pressure)
            sample->memoryPressure = *pressure;
        sample->problems.insert(
            sample->problems.end(), std::make_move_iterator(problems.begin()), std::make_move_iterator(problems.end()));
        return SamplePtr(std::move(sample));
    }
} // namespace

Result<SamplePtr> takeSample(const Source& source, SampleSchemaCache& schemaCache, const TakeSampleOptions& options)
{
    std::vector<std::string> problems;
    std::optional<PageTypeInfo> pageTypeInfo;
    if (options.readPageTypeInfo) {
        auto read = readPageTypeInfo(source);
        if (read)
            pageTypeInfo = std::move(read).value();
        else
            problems.push_back(read.error().message());
    }
    return takeSampleWith(
        source, schemaCache, options, pageTypeInfo ? &*pageTypeInfo : nullptr, options.seconds, std::move(problems));
}

struct Sampler::Shared {
    Shared(std::shared_ptr<const Source> source_, SamplerOptions options_)
        : source(std::move(source_))
        , options(options_)
        , ring(options_.capacity)
        , interval(std::clamp(options_.interval, kMinInterval, kMaxInterval))
    {
    }

    const std::shared_ptr<const Source> source;
    const SamplerOptions options;
    SampleRing ring;

    // Guards everything below up to the events. A loop runs while `generation` is its own:
    // stop() moves it on, so a loop that wakes or returns from a read afterwards ends at once.
    std::mutex mutex;
    std::condition_variable wake; // stop, or a new interval
    std::condition_variable loopEnded;
    std::uint64_t generation = 0;
    std::uint64_t endedGeneration = 0; // the last generation whose loop has returned
    bool stopRequested = false; // the loop ends after the sample it is taking
    bool intervalChanged = false;
    std::chrono::milliseconds interval;
    std::optional<std::chrono::steady_clock::time_point> clockStart;
    std::function<void(SamplePtr)> onSample;
    std::function<void(const Error&)> onError;

    // Held while a sample is pushed and the callbacks run: once stop() has taken it after moving
    // the generation on, no callback of an old loop can run any more.
    std::mutex publishing;

    std::atomic<bool> running { false };
    std::atomic<std::size_t> samplesTaken { 0 };
    std::atomic<std::size_t> samplesFailed { 0 };

    std::mutex eventsMutex;
    std::deque<SampleEvent> events;

    double secondsSinceStart()
    {
        std::optional<std::chrono::steady_clock::time_point> start;
        {
            const std::lock_guard lock(mutex);
            start = clockStart;
        }
        if (!start)
            return 0;
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - *start).count();
    }
};

Sampler::Sampler(std::shared_ptr<const Source> source, SamplerOptions options)
    : m_shared(std::make_shared<Shared>(std::move(source), options))
{
}

Sampler::~Sampler()
{
    stop();
}

void Sampler::setOnSample(std::function<void(SamplePtr)> onSample)
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->onSample = std::move(onSample);
}

void Sampler::setOnError(std::function<void(const Error&)> onError)
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->onError = std::move(onError);
}

void Sampler::start()
{
    if (m_thread.joinable())
        return;
    std::uint64_t generation = 0;
    {
        const std::lock_guard lock(m_shared->mutex);
        generation = ++m_shared->generation;
        m_shared->stopRequested = false;
        if (!m_shared->clockStart)
            m_shared->clockStart = std::chrono::steady_clock::now();
    }
    m_shared->running = true;
    m_thread = std::thread([shared = m_shared, generation] { loop(shared, generation); });
}

void Sampler::stop()
{
    if (!m_thread.joinable())
        return;
    std::uint64_t stopping = 0;
    {
        const std::lock_guard lock(m_shared->mutex);
        stopping = m_shared->generation;
        m_shared->stopRequested = true;
    }
    m_shared->wake.notify_all();
    // The usual case: the loop is waiting, or finishes the sample it is reading (and delivers it).
    bool ended = false;
    {
        std::unique_lock lock(m_shared->mutex);
        ended = m_shared->loopEnded.wait_for(lock, kStopWait, [&] { return m_shared->endedGeneration >= stopping; });
    }
    // Stuck in a read: the loop is disowned. Taken under `publishing`, so no callback of it runs
    // after this, and it ends by itself when the read returns.
    {
        const std::lock_guard waitForPublishing(m_shared->publishing);
        const std::lock_guard lock(m_shared->mutex);
        ++m_shared->generation;
    }
    if (ended)
        m_thread.join();
    else
        m_thread.detach();
    m_shared->running = false;
}

bool Sampler::running() const
{
    return m_shared->running.load();
}

void Sampler::setInterval(std::chrono::milliseconds interval)
{
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->interval = std::clamp(interval, kMinInterval, kMaxInterval);
        m_shared->intervalChanged = true;
    }
    m_shared->wake.notify_all();
}

std::chrono::milliseconds Sampler::interval() const
{
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->interval;
}

const SampleRing& Sampler::ring() const
{
    return m_shared->ring;
}

std::size_t Sampler::samplesTaken() const
{
    return m_shared->samplesTaken.load();
}

std::size_t Sampler::samplesFailed() const
{
    return m_shared->samplesFailed.load();
}

double Sampler::secondsSinceStart() const
{
    return m_shared->secondsSinceStart();
}

void Sampler::recordEvent(SampleEvent event)
{
    if (event.seconds < 0)
        event.seconds = secondsSinceStart();
    const std::lock_guard lock(m_shared->eventsMutex);
    m_shared->events.push_back(std::move(event));
    while (m_shared->events.size() > kMaxEvents)
        m_shared->events.pop_front();
}

std::vector<SampleEvent> Sampler::events() const
{
    const std::lock_guard lock(m_shared->eventsMutex);
    return { m_shared->events.begin(), m_shared->events.end() };
}

void Sampler::loop(const std::shared_ptr<Shared>& shared, std::uint64_t generation)
{
    using Clock = std::chrono::steady_clock;
    Shared& s = *shared;
    // Marks this loop's end for stop(), whichever way it returns.
    struct EndMark {
        Shared& s;
        std::uint64_t generation;
        ~EndMark()
        {
            {
                const std::lock_guard lock(s.mutex);
                s.endedGeneration = std::max(s.endedGeneration, generation);
            }
            s.loopEnded.notify_all();
        }
    } endMark { s, generation };
    auto current = [&] {
        const std::lock_guard lock(s.mutex);
        return s.generation == generation;
    };

    SampleSchemaCache schemaCache;
    std::optional<PageTypeInfo> pageTypeInfo;
    double pageTypeInfoSeconds = -1;
    std::optional<std::string> pageTypeInfoProblem; // kept once reading is given up (EACCES)
    std::optional<Clock::time_point> nextPageTypeInfoRead;
    // The time this sample was due: samples keep to a grid of the interval, so neither the read
    // time nor a late wake-up (a busy machine) accumulates into a slower rate.
    Clock::time_point scheduled = Clock::now();
    for (;;) {
        const Clock::time_point began = Clock::now();
        TakeSampleOptions options { false, s.secondsSinceStart(), 0 };
        std::vector<std::string> problems;
        if (s.options.readPageTypeInfo && !pageTypeInfoProblem
            && (!nextPageTypeInfoRead || began >= *nextPageTypeInfoRead)) {
            auto read = readPageTypeInfo(*s.source);
            const Clock::duration cost = Clock::now() - began;
            nextPageTypeInfoRead = began + cost * kPageTypeInfoCostFactor;
            if (read) {
                pageTypeInfo = std::move(read).value();
                pageTypeInfoSeconds = options.seconds;
            } else if (read.error().kind == ErrorKind::PermissionDenied || read.error().isMissingFile()) {
                // Root-only since 5.x, absent before 2.6.22: it will not become readable while we run.
                pageTypeInfoProblem = read.error().message();
                pageTypeInfo.reset();
            } else {
                problems.push_back(read.error().message());
            }
        }
        if (pageTypeInfoProblem)
            problems.push_back(*pageTypeInfoProblem);
        if (!current())
            return; // stopped while reading: the source may be of no interest any more
        auto sample = takeSampleWith(*s.source, schemaCache, options, pageTypeInfo ? &*pageTypeInfo : nullptr,
            pageTypeInfoSeconds, std::move(problems));
        {
            const std::lock_guard publishing(s.publishing);
            std::function<void(SamplePtr)> onSample;
            std::function<void(const Error&)> onError;
            {
                // Copied so a callback may be replaced while sampling, and runs without the lock held.
                const std::lock_guard lock(s.mutex);
                if (s.generation != generation)
                    return; // stopped while this sample was being read: nobody wants it
                onSample = s.onSample;
                onError = s.onError;
            }
            if (sample) {
                s.ring.push(*sample);
                ++s.samplesTaken;
                if (onSample)
                    onSample(*sample);
            } else {
                ++s.samplesFailed;
                if (onError)
                    onError(sample.error());
            }
        }

        std::unique_lock lock(s.mutex);
        auto nextDue = [&] {
            // More than a whole interval behind (the machine was suspended, or stalled): start a
            // new grid from now rather than firing a burst of catch-up samples.
            const Clock::time_point due = scheduled + s.interval;
            return due + s.interval < Clock::now() ? Clock::now() : due;
        };
        Clock::time_point due = nextDue();
        // A new interval counts from this sample's due time: shortened, the next may be due at once.
        while (s.wake.wait_until(
            lock, due, [&] { return s.stopRequested || s.generation != generation || s.intervalChanged; })) {
            if (s.stopRequested || s.generation != generation)
                return;
            s.intervalChanged = false;
            due = nextDue();
        }
        scheduled = due;
    }
}

} // namespace vmscope
