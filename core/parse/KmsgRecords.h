#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace vmscope::parse {

// The records of a /dev/kmsg read ("prio,seq,usec,flags;text", each followed by its " KEY=value"
// dictionary lines; Documentation/ABI/testing/dev-kmsg) that came after record `afterSeq`, so a
// reader keeps only what the kernel logged since a point it chose (vmscope's start). Sequence
// numbers only grow. Lines that are not records (a dmesg text, garbage) neither start nor end
// the tail: they go with the record before them.
struct KmsgTail {
    std::string_view text; // from the first record after afterSeq to the end; empty when none
    std::optional<std::uint64_t> lastSeq; // of the last record in the whole input, when any
};
KmsgTail kmsgRecordsAfter(std::string_view log, std::optional<std::uint64_t> afterSeq);

// The sequence number of one record line ("6,1234,5678,-;text"), when it is one.
std::optional<std::uint64_t> kmsgRecordSeq(std::string_view line);

} // namespace vmscope::parse
