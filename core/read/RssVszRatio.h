#pragma once

#include "core/io/Source.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace vmscope {

// The whole system's resident share of its virtual memory: Σ VmRSS / Σ VmSize over every
// process whose statm could be read (kernel threads have neither). Far below 1 on any machine
// (about 0.08 in the course): programs reserve address space (thread stacks, malloc arenas,
// mapped libraries and files) that is never touched, and a page costs RAM only once touched.
// That gap is what overcommit lends against.
struct RssVszRatio {
    std::uint64_t residentPages = 0; // Σ statm resident
    std::uint64_t virtualPages = 0; // Σ statm size
    std::size_t processes = 0; // counted (size > 0)
    std::size_t unreadable = 0; // statm could not be read (exited, hidepid)

    std::optional<double> ratio() const;
};

// Reads /proc/PID/statm of every process (one small read each; statm needs no page-table walk).
RssVszRatio readRssVszRatio(const Source& source);

} // namespace vmscope
