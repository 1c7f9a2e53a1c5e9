#include "core/io/ReadsInProgress.h"

#include <algorithm>
#include <mutex>
#include <unordered_map>

namespace vmscope {
namespace {
    struct Mark {
        std::string path;
        std::chrono::steady_clock::time_point since;
    };

    struct Registry {
        std::mutex mutex;
        std::uint64_t nextId = 1;
        std::unordered_map<std::uint64_t, Mark> marks;
    };

    // Never destroyed: a worker stuck in a read when the process exits still ends its mark.
    Registry& registry()
    {
        static Registry* const instance = new Registry;
        return *instance;
    }
} // namespace

ScopedReadMark::ScopedReadMark(std::string path)
{
    Registry& r = registry();
    const auto now = std::chrono::steady_clock::now();
    const std::lock_guard lock(r.mutex);
    m_id = r.nextId++;
    r.marks.emplace(m_id, Mark { std::move(path), now });
}

ScopedReadMark::~ScopedReadMark()
{
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    r.marks.erase(m_id);
}

std::vector<ReadInProgress> readsInProgressFor(std::chrono::steady_clock::duration minimum)
{
    Registry& r = registry();
    const auto now = std::chrono::steady_clock::now();
    std::vector<ReadInProgress> found;
    {
        const std::lock_guard lock(r.mutex);
        for (const auto& [id, mark] : r.marks) {
            const auto elapsed = now - mark.since;
            if (elapsed >= minimum)
                found.push_back({ mark.path, elapsed });
        }
    }
    std::sort(found.begin(), found.end(),
        [](const ReadInProgress& a, const ReadInProgress& b) { return a.elapsed > b.elapsed; });
    return found;
}

} // namespace vmscope
