#include "core/read/PhysicalMemoryReader.h"

#include "core/parse/ParseUtil.h"
#include "core/parse/PhysicalMemoryParsers.h"

#include <string>

namespace vmscope {
namespace {
    constexpr std::string_view kMemoryDir = "devices/system/memory";

    bool isMemoryBlockName(std::string_view name)
    {
        constexpr std::string_view prefix = "memory";
        if (name.size() <= prefix.size() || name.substr(0, prefix.size()) != prefix)
            return false;
        std::uint64_t index = 0;
        return parse::parseUnsigned(name.substr(prefix.size()), index) == parse::NumberError::None;
    }
} // namespace

Result<InstalledMemory> readInstalledMemory(const Source& sysSource)
{
    const std::string sizePath = std::string(kMemoryDir) + "/block_size_bytes";
    auto sizeBytes = sysSource.read(sizePath);
    if (!sizeBytes)
        return sizeBytes.error();
    auto blockSize = parse::parseMemoryBlockSize(*sizeBytes, sysSource.displayPath(sizePath));
    if (!blockSize)
        return blockSize.error();
    auto names = sysSource.listDirectory(kMemoryDir);
    if (!names)
        return names.error();
    InstalledMemory installed;
    installed.blockBytes = *blockSize;
    for (const std::string& name : *names) {
        if (!isMemoryBlockName(name))
            continue;
        ++installed.blocks;
        // "online", "offline", "going-offline": only a block that is not online is counted apart.
        if (auto state = sysSource.read(std::string(kMemoryDir) + "/" + name + "/state"))
            if (parse::trim(*state).substr(0, 6) != "online")
                ++installed.offlineBlocks;
    }
    if (installed.blocks == 0)
        return Error::malformed(sysSource.displayPath(kMemoryDir), 0, "at least one memoryN block");
    return installed;
}

Result<std::optional<std::uint64_t>> readKernelImageKiB(const Source& procSource)
{
    auto bytes = procSource.read("iomem");
    if (!bytes)
        return bytes.error();
    auto imageBytes = parse::parseKernelImageBytes(*bytes, procSource.displayPath("iomem"));
    if (!imageBytes)
        return imageBytes.error();
    if (!*imageBytes)
        return std::optional<std::uint64_t>();
    // Rounded up: a partly used last kB is still taken from the RAM. Dividing first keeps the
    // last kB below 2^64 bytes, and a saturated sum of ranges stays saturated ("overflow").
    const std::uint64_t imageSize = **imageBytes;
    return std::optional<std::uint64_t>(
        imageSize == kSaturated ? kSaturated : imageSize / 1024 + (imageSize % 1024 != 0));
}

} // namespace vmscope
