// The streaming maps/smaps parser against itself: the real reader hands it the file in chunks of
// 256 KiB that end anywhere, even inside a line, and a remote source would cut elsewhere. Fed the
// same bytes in chunks the fuzzer picks, it must give exactly what it gives for the whole buffer:
// the same records, the same totals, or the same error at the same line.
#include "FuzzInput.h"

#include "core/analysis/Aggregator.h"
#include "core/parse/MapsParser.h"

#include <string>

namespace {

using namespace vmscope;

// Every field of a VMA the parser fills, as text: equal text, equal records.
std::string describe(const Vma& vma)
{
    std::string text = std::to_string(vma.start) + '-' + std::to_string(vma.end) + ' ' + vma.perms.toString() + ' '
        + std::to_string(vma.offset) + ' ' + vma.device() + ' ' + std::to_string(vma.inode) + ' '
        + (vma.deleted ? "deleted " : "") + '[' + vma.path + "]\n";
    text += std::to_string(vma.fields.presentMask()) + ':';
    for (std::size_t i = 0; i < kSmapsKeyCount; ++i)
        text += ' ' + std::to_string(vma.fields.get(static_cast<SmapsKey>(i)));
    for (const ExtraField& extra : vma.fields.extras())
        text += " {" + extra.name + '=' + extra.text + '/' + std::to_string(extra.value) + (extra.numeric ? "n" : "")
            + (extra.hasUnit ? "u" : "") + '}';
    text += "\nflags:";
    for (const std::string& code : vma.flags.codes())
        text += ' ' + code;
    return text + '\n';
}

std::string describe(const Result<std::vector<Vma>>& result)
{
    if (!result)
        return "error " + std::to_string(static_cast<int>(result.error().kind)) + ": " + result.error().message();
    std::string text;
    for (const Vma& vma : *result)
        text += describe(vma);
    const Totals totals = sumAll(*result);
    text += "totals of " + std::to_string(totals.vmaCount) + ':';
    totals.fields.forEachNumeric([&](std::string_view name, std::uint64_t value, bool) {
        text.append(" ").append(name).append("=").append(std::to_string(value));
    });
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::TrailingChoices choices(fuzz::bytesOf(data, size));
    const auto format
        = choices.takeBool() ? parse::MapsStreamParser::Format::Maps : parse::MapsStreamParser::Format::Smaps;
    // Up to 8 chunk sizes of up to 16 MiB - 1, used in turn until the input is used up: a chunk
    // of 0 bytes is fed too (a read may return nothing), and 256 KiB is within reach.
    std::vector<std::size_t> chunkSizes(static_cast<std::size_t>(choices.takeUpTo(7, 1)) + 1);
    for (std::size_t& chunk : chunkSizes)
        chunk = static_cast<std::size_t>(choices.take(3));
    const std::string_view text = choices.rest();

    parse::MapsStreamParser whole(format, "fuzz/smaps");
    whole.feed(text);
    const auto wholeResult = whole.finish();

    parse::MapsStreamParser chunked(format, "fuzz/smaps");
    std::size_t position = 0;
    std::size_t emptyInARow = 0;
    for (std::size_t i = 0; position < text.size(); ++i) {
        std::size_t chunk = chunkSizes[i % chunkSizes.size()];
        // Only empty chunks in the plan: the rest in one piece, or this would never end.
        emptyInARow = chunk == 0 ? emptyInARow + 1 : 0;
        if (emptyInARow > chunkSizes.size())
            chunk = text.size() - position;
        chunk = std::min(chunk, text.size() - position);
        chunked.feed(text.substr(position, chunk));
        position += chunk;
    }
    const auto chunkedResult = chunked.finish();

    VMSCOPE_FUZZ_ORACLE(wholeResult.ok() == chunkedResult.ok());
    VMSCOPE_FUZZ_ORACLE(describe(wholeResult) == describe(chunkedResult));
    if (!wholeResult) {
        VMSCOPE_FUZZ_ORACLE(wholeResult.error().line == chunkedResult.error().line);
        VMSCOPE_FUZZ_ORACLE(wholeResult.error().file == chunkedResult.error().file);
    }
    return 0;
}
