#include "core/parse/KmsgRecords.h"

#include "core/parse/ParseUtil.h"

namespace vmscope::parse {

std::optional<std::uint64_t> kmsgRecordSeq(std::string_view line)
{
    // prio (facility << 3 | level), seq, usec, flags, then ';' and the text.
    const std::size_t semicolon = line.find(';');
    if (semicolon == std::string_view::npos || line.empty() || line.front() == ' ')
        return std::nullopt;
    std::string_view header = line.substr(0, semicolon);
    const std::size_t firstComma = header.find(',');
    if (firstComma == std::string_view::npos)
        return std::nullopt;
    std::uint64_t prio = 0;
    if (parseUnsigned(header.substr(0, firstComma), prio) != NumberError::None)
        return std::nullopt;
    header.remove_prefix(firstComma + 1);
    const std::size_t secondComma = header.find(',');
    if (secondComma == std::string_view::npos)
        return std::nullopt;
    std::uint64_t seq = 0;
    if (parseUnsigned(header.substr(0, secondComma), seq) != NumberError::None)
        return std::nullopt;
    return seq;
}

KmsgTail kmsgRecordsAfter(std::string_view log, std::optional<std::uint64_t> afterSeq)
{
    KmsgTail tail;
    std::optional<std::size_t> start;
    std::size_t offset = 0;
    while (offset < log.size()) {
        const std::size_t newline = log.find('\n', offset);
        const std::size_t end = newline == std::string_view::npos ? log.size() : newline;
        if (const auto seq = kmsgRecordSeq(log.substr(offset, end - offset))) {
            tail.lastSeq = seq;
            if (!start && (!afterSeq || *seq > *afterSeq))
                start = offset;
        }
        offset = end + 1;
    }
    if (start)
        tail.text = log.substr(*start);
    return tail;
}

} // namespace vmscope::parse
