#include "core/parse/ProcessIoParser.h"

#include "core/parse/ParseUtil.h"

namespace vmscope::parse {

std::optional<ProcessIo> parseProcessIo(std::string_view bytes)
{
    ProcessIo io;
    struct Field {
        std::string_view key;
        std::uint64_t* value;
        bool seen = false;
    };
    Field fields[] = { { "rchar", &io.rchar }, { "wchar", &io.wchar }, { "syscr", &io.syscr }, { "syscw", &io.syscw },
        { "read_bytes", &io.readBytes }, { "write_bytes", &io.writeBytes } };
    LineCursor cursor(bytes);
    std::string_view line;
    while (cursor.next(line)) {
        const auto keyValue = splitKeyValue(line);
        if (!keyValue)
            continue;
        for (Field& field : fields) {
            if (field.key == keyValue->key) {
                if (parseUnsigned(keyValue->value, *field.value) != NumberError::None)
                    return std::nullopt;
                field.seen = true;
            }
        }
    }
    for (const Field& field : fields) {
        if (!field.seen)
            return std::nullopt;
    }
    return io;
}

} // namespace vmscope::parse
