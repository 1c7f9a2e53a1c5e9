#include "core/sampling/SampleRing.h"

#include <algorithm>
#include <utility>

namespace vmscope {

SampleRing::SampleRing(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(capacity, 1))
{
}

void SampleRing::push(SamplePtr sample)
{
    // The sample being replaced is released outside the lock: its last owner frees it.
    SamplePtr dropped;
    {
        const std::lock_guard lock(m_mutex);
        if (m_slots.size() < m_capacity) {
            m_slots.push_back(std::move(sample));
        } else {
            dropped = std::exchange(m_slots[m_next], std::move(sample));
        }
        m_next = (m_next + 1) % m_capacity;
    }
}

std::size_t SampleRing::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_slots.size();
}

std::vector<SamplePtr> SampleRing::snapshot() const
{
    const std::lock_guard lock(m_mutex);
    std::vector<SamplePtr> ordered;
    ordered.reserve(m_slots.size());
    if (m_slots.size() < m_capacity) {
        ordered = m_slots;
    } else {
        ordered.insert(ordered.end(), m_slots.begin() + static_cast<std::ptrdiff_t>(m_next), m_slots.end());
        ordered.insert(ordered.end(), m_slots.begin(), m_slots.begin() + static_cast<std::ptrdiff_t>(m_next));
    }
    return ordered;
}

SamplePtr SampleRing::latest() const
{
    const std::lock_guard lock(m_mutex);
    if (m_slots.empty())
        return nullptr;
    return m_slots[(m_next + m_capacity - 1) % m_capacity];
}

void SampleRing::clear()
{
    std::vector<SamplePtr> dropped;
    const std::lock_guard lock(m_mutex);
    dropped.swap(m_slots);
    m_next = 0;
}

} // namespace vmscope
