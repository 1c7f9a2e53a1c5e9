// The serve client's answer reader (core/io/ServeProtocol.h) on arbitrary bytes: what a root
// helper, or a shell on another machine, sends back is untrusted. No process: the bytes go in as
// the pipe would deliver them, whole and in chunks the fuzzer picks, and must give the same
// answers (or fail) either way, within the bounds.
#include "FuzzInput.h"

#include "core/io/ServeProtocol.h"

#include <string>

namespace {

using namespace vmscope;

constexpr std::size_t kMaxAnswer = 4096;

bool printableAscii(std::string_view text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return false;
    return true;
}

// Every answer as text, then how the stream ended.
std::string drain(ServeAnswerReader& reader)
{
    std::string text;
    while (reader.hasAnswer()) {
        const ServeAnswer answer = reader.take();
        VMSCOPE_FUZZ_ORACLE(answer.bytes.size() <= kMaxAnswer);
        if (answer.ok) {
            VMSCOPE_FUZZ_ORACLE(answer.errorNumber == 0 && answer.sentence.empty());
            text += "ok " + std::to_string(answer.bytes.size()) + ":" + answer.bytes + "\n";
        } else {
            VMSCOPE_FUZZ_ORACLE(answer.errorNumber > 0 && answer.errorNumber < 4096 && answer.bytes.empty());
            VMSCOPE_FUZZ_ORACLE(printableAscii(answer.sentence));
            VMSCOPE_FUZZ_ORACLE(serveErrnoFromName(serveErrnoName(answer.errorNumber)) == answer.errorNumber);
            text += "error " + std::to_string(answer.errorNumber) + ":" + answer.sentence + "\n";
        }
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::TrailingChoices choices(fuzz::bytesOf(data, size));
    const std::size_t chunk = 1 + choices.takeUpTo(255, 1);
    const std::string_view stream = fuzz::bytesOf(data, size);

    ServeAnswerReader whole(kMaxAnswer);
    whole.feed(stream);
    std::string wholeText = drain(whole);

    ServeAnswerReader pieces(kMaxAnswer);
    std::string piecesText;
    for (std::size_t at = 0; at < stream.size(); at += chunk) {
        pieces.feed(stream.substr(at, chunk));
        piecesText += drain(pieces);
    }
    // The same answers up to where the stream broke; chunked, a break may be seen later (a
    // header's bad byte, a line over the bound), never a different answer.
    VMSCOPE_FUZZ_ORACLE(whole.failed() == pieces.failed());
    VMSCOPE_FUZZ_ORACLE(wholeText == piecesText);
    VMSCOPE_FUZZ_ORACLE(whole.failed() == !whole.failure().empty());
    return 0;
}
