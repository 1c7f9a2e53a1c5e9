#pragma once

#include "core/sampling/SystemSample.h"

#include <cstddef>
#include <mutex>
#include <vector>

namespace vmscope {

// A fixed-capacity, thread-safe ring of samples: the sampler thread pushes, the GUI and the CLI
// read copies. Memory stays bounded however long vmscope runs: at capacity the oldest sample
// is dropped (3600 = one hour at 1 Hz).
class SampleRing {
public:
    explicit SampleRing(std::size_t capacity = 3600);

    void push(SamplePtr sample);
    std::size_t size() const;
    std::size_t capacity() const { return m_capacity; }
    // Every sample held, oldest first. A copy of pointers: cheap, and safe to keep.
    std::vector<SamplePtr> snapshot() const;
    // The newest sample, or nullptr when the ring is empty.
    SamplePtr latest() const;
    void clear();

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::vector<SamplePtr> m_slots; // grows to m_capacity once, then reused
    std::size_t m_next = 0; // the slot the next push writes (the oldest once full)
};

} // namespace vmscope
