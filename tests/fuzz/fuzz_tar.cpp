// A tar capture (`--proc-root capture.tar`, issue 13): untrusted bytes from another machine. The
// index must hold only what the reader accepts, and every member must lie inside the input.
// Input that starts with gzip's or zstd's magic is decompressed first, as TarSource::open does,
// within a bound the output must never pass (a decompression bomb is an error, not memory).
#include "FuzzInput.h"

#include "core/io/CaptureCompression.h"
#include "core/io/TarSource.h"
#include "core/parse/TarArchive.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    std::string_view bytes = fuzz::bytesOf(data, size);
    std::string decompressed;
    if (const Compression compression = sniffCompression(bytes); compression != Compression::None) {
        constexpr std::size_t kBound = 1024 * 1024;
        auto tar = decompressCapture(bytes, compression, "fuzz.tar.gz", kBound);
        if (!tar) {
            fuzz::keep(tar.error().message());
            return 0;
        }
        if (tar->size() > kBound)
            std::abort();
        decompressed = std::move(*tar);
        bytes = decompressed;
    }
    parse::TarLimits limits;
    limits.maxMemberBytes = 4096;
    limits.maxMembers = 64;
    const auto index = parse::parseTarArchive(bytes, "fuzz.tar", limits);
    fuzz::keep(parse::looksLikeTar(bytes));
    if (!index)
        return 0;
    if (index->members.size() > limits.maxMembers)
        std::abort();
    for (const auto& [path, member] : index->members) {
        // Oracle: inside the input, within the bounds, of an accepted kind, normalized.
        if (member.offset > bytes.size() || member.size > bytes.size() - member.offset)
            std::abort();
        if (member.type == parse::TarMemberType::File ? member.size > limits.maxMemberBytes : member.size != 0)
            std::abort();
        if (path.empty() || path.front() == '/' || path.back() == '/' || path.find("//") != std::string::npos)
            std::abort();
        const std::string wrapped = "/" + path + "/";
        if (wrapped.find("/../") != std::string::npos || wrapped.find("/./") != std::string::npos)
            std::abort();
        std::string again;
        if (!parse::normalizeTarPath(path, again) || again != path)
            std::abort();
    }
    // The Source over the same bytes serves exactly the indexed ranges.
    const auto source = TarSource::fromBytes(std::string(bytes), "fuzz.tar");
    if (!source)
        std::abort();
    for (const auto& [path, member] : (*source)->index().members) {
        const auto read = (*source)->read(path);
        if (member.type == parse::TarMemberType::File && (!read || *read != bytes.substr(member.offset, member.size)))
            std::abort();
        fuzz::keep(static_cast<bool>((*source)->listDirectory(path)));
    }
    if (auto pids = (*source)->listPids())
        for (int pid : *pids)
            fuzz::keep((*source)->processOwner(pid));
    fuzz::keep((*source)->describe());
    return 0;
}
