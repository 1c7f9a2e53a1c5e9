#include "core/sampling/Sampler.h"

#include "core/read/SystemReader.h"

#include <algorithm>
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

Sampler::Sampler(std::shared_ptr<const Source> source, SamplerOptions options)
    : m_source(std::move(source))
    , m_options(options)
    , m_ring(options.capacity)
    , m_interval(std::clamp(options.interval, kMinInterval, kMaxInterval))
{
}

Sampler::~Sampler()
{
    stop();
}

void Sampler::setOnSample(std::function<void(SamplePtr)> onSample)
{
    const std::lock_guard lock(m_mutex);
    m_onSample = std::move(onSample);
}

void Sampler::setOnError(std::function<void(const Error&)> onError)
{
    const std::lock_guard lock(m_mutex);
    m_onError = std::move(onError);
}

void Sampler::start()
{
    if (m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopRequested = false;
        if (!m_clockStart)
            m_clockStart = std::chrono::steady_clock::now();
    }
    m_running = true;
    m_thread = std::thread([this] { loop(); });
}

void Sampler::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopRequested = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
}

bool Sampler::running() const
{
    return m_running.load();
}

void Sampler::setInterval(std::chrono::milliseconds interval)
{
    {
        const std::lock_guard lock(m_mutex);
        m_interval = std::clamp(interval, kMinInterval, kMaxInterval);
        m_intervalChanged = true;
    }
    m_wake.notify_all();
}

std::chrono::milliseconds Sampler::interval() const
{
    const std::lock_guard lock(m_mutex);
    return m_interval;
}

double Sampler::secondsSinceStart() const
{
    std::optional<std::chrono::steady_clock::time_point> clockStart;
    {
        const std::lock_guard lock(m_mutex);
        clockStart = m_clockStart;
    }
    if (!clockStart)
        return 0;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - *clockStart).count();
}

void Sampler::recordEvent(SampleEvent event)
{
    if (event.seconds < 0)
        event.seconds = secondsSinceStart();
    const std::lock_guard lock(m_eventsMutex);
    m_events.push_back(std::move(event));
    while (m_events.size() > kMaxEvents)
        m_events.pop_front();
}

std::vector<SampleEvent> Sampler::events() const
{
    const std::lock_guard lock(m_eventsMutex);
    return { m_events.begin(), m_events.end() };
}

void Sampler::loop()
{
    using Clock = std::chrono::steady_clock;
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
        TakeSampleOptions options { false, secondsSinceStart(), 0 };
        std::vector<std::string> problems;
        if (m_options.readPageTypeInfo && !pageTypeInfoProblem
            && (!nextPageTypeInfoRead || began >= *nextPageTypeInfoRead)) {
            auto read = readPageTypeInfo(*m_source);
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
        auto sample = takeSampleWith(*m_source, schemaCache, options, pageTypeInfo ? &*pageTypeInfo : nullptr,
            pageTypeInfoSeconds, std::move(problems));
        std::function<void(SamplePtr)> onSample;
        std::function<void(const Error&)> onError;
        {
            // Copied so a callback may be replaced while sampling, and runs without the lock held.
            const std::lock_guard lock(m_mutex);
            onSample = m_onSample;
            onError = m_onError;
        }
        if (sample) {
            m_ring.push(*sample);
            ++m_samplesTaken;
            if (onSample)
                onSample(*sample);
        } else {
            ++m_samplesFailed;
            if (onError)
                onError(sample.error());
        }

        std::unique_lock lock(m_mutex);
        auto nextDue = [&] {
            // More than a whole interval behind (the machine was suspended, or stalled): start a
            // new grid from now rather than firing a burst of catch-up samples.
            const Clock::time_point due = scheduled + m_interval;
            return due + m_interval < Clock::now() ? Clock::now() : due;
        };
        Clock::time_point due = nextDue();
        // A new interval counts from this sample's due time: shortened, the next may be due at once.
        while (m_wake.wait_until(lock, due, [this] { return m_stopRequested || m_intervalChanged; })) {
            if (m_stopRequested)
                return;
            m_intervalChanged = false;
            due = nextDue();
        }
        scheduled = due;
    }
}

} // namespace vmscope
