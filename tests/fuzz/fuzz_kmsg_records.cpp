// The /dev/kmsg tail since a sequence number (core/parse/KmsgRecords.h), then the OOM reports
// in it, as the kernel page reads them. Oracles: the tail is a suffix of the input, and every
// record in it comes after the sequence number asked for.
#include "FuzzInput.h"

#include "core/parse/KmsgRecords.h"
#include "core/parse/OomReportParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    const std::string_view input = fuzz::bytesOf(data, size);
    const std::uint64_t after = size > 0 ? data[0] % 8 : 0;
    const parse::KmsgTail tail = parse::kmsgRecordsAfter(input, after);
    if (!tail.text.empty()) {
        if (tail.text.data() + tail.text.size() != input.data() + input.size())
            std::abort();
        const auto first = parse::kmsgRecordSeq(tail.text.substr(0, tail.text.find('\n')));
        if (!first || *first <= after)
            std::abort();
    }
    fuzz::keep(parse::parseOomReports(tail.text).size());
    return 0;
}
