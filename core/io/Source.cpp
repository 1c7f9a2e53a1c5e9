#include "core/io/Source.h"

namespace vmscope {

std::optional<Error> Source::readStreaming(std::string_view relativePath, const ChunkSink& sink) const
{
    auto bytes = read(relativePath);
    if (!bytes)
        return bytes.error();
    sink(*bytes);
    return std::nullopt;
}

} // namespace vmscope
