#include "core/parse/PhysicalMemoryParsers.h"

#include "core/model/Saturating.h"
#include "core/parse/ParseUtil.h"

#include <array>
#include <string>

namespace vmscope::parse {

Result<std::uint64_t> parseMemoryBlockSize(std::string_view bytes, std::string_view fileName)
{
    std::uint64_t size = 0;
    const NumberError error = parseUnsigned(trim(bytes.substr(0, bytes.find('\n'))), size, 16);
    if (error != NumberError::None)
        return Error::malformed(std::string(fileName), 1, std::string("a hexadecimal block size: ") + describe(error));
    if (size == 0)
        return Error::malformed(std::string(fileName), 1, "a block size above zero");
    return size;
}

Result<std::optional<std::uint64_t>> parseKernelImageBytes(std::string_view bytes, std::string_view fileName)
{
    // Each section of the image once, whatever "System RAM" range it is nested in.
    static constexpr std::array<std::string_view, 4> kImageSections
        = { "Kernel code", "Kernel rodata", "Kernel data", "Kernel bss" };
    LineCursor lines(bytes);
    std::string_view line;
    std::uint64_t total = 0;
    bool found = false;
    while (lines.next(line)) {
        // "  01000000-0220bb07 : Kernel code": the nesting shows as leading spaces.
        const std::size_t colon = line.find(" : ");
        if (colon == std::string_view::npos)
            continue;
        const std::string_view name = trim(line.substr(colon + 3));
        bool isImage = false;
        for (std::string_view section : kImageSections)
            isImage = isImage || name == section;
        if (!isImage)
            continue;
        const std::string_view range = trim(line.substr(0, colon));
        const std::size_t dash = range.find('-');
        std::uint64_t start = 0;
        std::uint64_t end = 0;
        if (dash == std::string_view::npos || parseUnsigned(range.substr(0, dash), start, 16) != NumberError::None
            || parseUnsigned(range.substr(dash + 1), end, 16) != NumberError::None || end < start)
            return Error::malformed(std::string(fileName), lines.lineNumber(), "a range START-END in hexadecimal");
        found = true;
        // The end is inclusive. Zeros for both: the range is hidden from this reader.
        if (start == 0 && end == 0)
            continue;
        // 0-ffffffffffffffff is 2^64 bytes: saturates rather than wrapping to 0.
        addSaturating(total, saturatingAdd(end - start, 1));
    }
    if (!found || total == 0)
        return std::optional<std::uint64_t>();
    return std::optional<std::uint64_t>(total);
}

} // namespace vmscope::parse
