// What vmscope reads about the physical RAM (core/parse/PhysicalMemoryParsers.h) and the system
// areas computed from it (core/read/PhysicalMemoryReader.h, SystemUsage.h systemAreas): the
// kernel image's ranges in /proc/iomem, /sys/devices/system/memory's block size and blocks, and
// meminfo. The fuzzer controls every number, up to 2^64 - 1; the oracles hold the arithmetic to
// exact 128-bit reference figures, where the only allowed departure is saturation.
//
// Input: iomem NUL block_size_bytes NUL meminfo, then two bytes from the end: how many memoryN
// blocks /sys lists (odd ones offline).
#include "FuzzInput.h"

#include "core/io/Source.h"
#include "core/model/Saturating.h"
#include "core/parse/PhysicalMemoryParsers.h"
#include "core/parse/SystemParsers.h"
#include "core/read/PhysicalMemoryReader.h"
#include "core/read/SystemUsage.h"

#include <cerrno>
#include <map>
#include <string>

namespace {

using namespace vmscope;
using fuzz::Wide;

constexpr std::string_view kMemoryDir = "devices/system/memory";

// A /proc or /sys that lives in memory: the files given, and `blocks` memoryN folders.
class MemorySource final : public Source {
public:
    MemorySource(std::map<std::string, std::string, std::less<>> files, std::size_t blocks)
        : m_files(std::move(files))
        , m_blocks(blocks)
    {
    }

    Result<std::string> read(std::string_view relativePath) const override
    {
        if (const auto it = m_files.find(relativePath); it != m_files.end())
            return it->second;
        // devices/system/memory/memoryN/state: odd blocks are offline.
        if (relativePath.starts_with(kMemoryDir) && relativePath.ends_with("/state")
            && relativePath.size() > kMemoryDir.size() + 7) {
            const char lastDigit = relativePath[relativePath.size() - 7];
            return std::string((lastDigit - '0') % 2 ? "offline\n" : "online\n");
        }
        return Error::fromErrno(displayPath(relativePath), ENOENT, false);
    }
    Result<std::vector<int>> listPids() const override { return std::vector<int>(); }
    Result<std::vector<std::string>> listDirectory(std::string_view relativePath) const override
    {
        if (relativePath != kMemoryDir)
            return Error::fromErrno(displayPath(relativePath), ENOENT, false);
        std::vector<std::string> names { "auto_online_blocks", "block_size_bytes" };
        for (std::size_t i = 0; i < m_blocks; ++i)
            names.push_back("memory" + std::to_string(i));
        return names;
    }
    std::optional<std::uint32_t> processOwner(int) const override { return std::nullopt; }
    std::string describe() const override { return "fuzz"; }
    std::string displayPath(std::string_view relativePath) const override
    {
        return "fuzz/" + std::string(relativePath);
    }

private:
    std::map<std::string, std::string, std::less<>> m_files;
    std::size_t m_blocks;
};

void checkKernelImage(std::string_view iomem)
{
    const auto image = parse::parseKernelImageBytes(iomem, "fuzz/iomem");
    if (image && *image)
        VMSCOPE_FUZZ_ORACLE(**image > 0); // zero is "unknown", never a size
    // One more kB of "Kernel code" adds exactly 1024 bytes, saturating: nothing is lost, counted
    // twice or wrapped, whatever the ranges before it.
    if (iomem.empty() || iomem.back() == '\n') {
        const std::string longer = std::string(iomem) + "00000000-000003ff : Kernel code\n";
        const auto more = parse::parseKernelImageBytes(longer, "fuzz/iomem");
        VMSCOPE_FUZZ_ORACLE(more.ok() == image.ok());
        if (image)
            VMSCOPE_FUZZ_ORACLE(more->value_or(0) == saturatingAdd(image->value_or(0), 1024));
    }

    // The reader's kB: rounded up (a partly used last kB is still taken from the RAM), and a
    // saturated byte count stays saturated.
    const MemorySource proc({ { "iomem", std::string(iomem) } }, 0);
    const auto kib = readKernelImageKiB(proc);
    VMSCOPE_FUZZ_ORACLE(kib.ok() == image.ok());
    if (!image)
        return;
    VMSCOPE_FUZZ_ORACLE(kib->has_value() == image->has_value());
    if (const auto bytes = *image) {
        const std::uint64_t expected = *bytes == kSaturated ? kSaturated : *bytes / 1024 + (*bytes % 1024 != 0);
        VMSCOPE_FUZZ_ORACLE(**kib == expected);
    }
}

void checkInstalledMemory(std::string_view blockSizeFile, std::size_t blocks)
{
    const auto blockSize = parse::parseMemoryBlockSize(blockSizeFile, "fuzz/block_size_bytes");
    if (blockSize)
        VMSCOPE_FUZZ_ORACLE(*blockSize > 0);
    const MemorySource sys({ { std::string(kMemoryDir) + "/block_size_bytes", std::string(blockSizeFile) } }, blocks);
    const auto installed = readInstalledMemory(sys);
    VMSCOPE_FUZZ_ORACLE(installed.ok() == (blockSize.ok() && blocks > 0));
    if (!installed)
        return;
    VMSCOPE_FUZZ_ORACLE(installed->blockBytes == *blockSize);
    VMSCOPE_FUZZ_ORACLE(installed->blocks == blocks);
    VMSCOPE_FUZZ_ORACLE(installed->offlineBlocks == blocks / 2);
    // block size x blocks in kB, exact but for saturation (a saturated operand stays saturated).
    const std::uint64_t expected
        = *blockSize == kSaturated ? kSaturated : fuzz::saturatedFrom(Wide(*blockSize) * Wide(blocks) / 1024);
    VMSCOPE_FUZZ_ORACLE(installed->kib() == expected);
}

// smem -w's areas share out the real RAM: they add up to it when the figures are consistent
// (real RAM >= MemTotal + image, MemTotal >= MemFree + userspace), and never to less.
void checkSystemAreas(
    std::string_view iomem, std::string_view blockSizeFile, std::string_view meminfoFile, std::size_t blocks)
{
    const auto memInfo = parse::parseMemInfo(meminfoFile, "fuzz/meminfo");
    if (!memInfo)
        return;
    const MemorySource proc({ { "iomem", std::string(iomem) } }, 0);
    const MemorySource sys({ { std::string(kMemoryDir) + "/block_size_bytes", std::string(blockSizeFile) } }, blocks);
    const SystemAreaSetup setup = detectSystemAreaOptions(proc, &sys);
    const auto areas = systemAreas(*memInfo, setup.options);
    if (!areas)
        return;
    VMSCOPE_FUZZ_ORACLE(areas->size() == 5);
    Wide used = 0;
    bool saturated = false;
    for (const SystemArea& area : *areas) {
        VMSCOPE_FUZZ_ORACLE(area.noncache() <= area.used);
        used += area.used;
        saturated = saturated || area.used == kSaturated;
    }
    const std::uint64_t memTotal = memInfo->find("MemTotal").value_or(0);
    const Wide realRam = setup.options.realRamKiB.value_or(memTotal);
    const Wide image = setup.options.kernelImageKiB.value_or(0);
    const Wide userspace = Wide(memInfo->find("AnonPages").value_or(0)) + memInfo->find("Mapped").value_or(0);
    const Wide free = memInfo->find("MemFree").value_or(0);
    for (const auto& entry : memInfo->entries)
        saturated = saturated || entry.value == kSaturated;
    saturated = saturated || realRam == Wide(kSaturated) || image == Wide(kSaturated) || userspace >= Wide(kSaturated)
        || Wide(memTotal) + image >= Wide(kSaturated);
    if (saturated)
        return;
    VMSCOPE_FUZZ_ORACLE(used >= realRam);
    if (realRam >= Wide(memTotal) + image && Wide(memTotal) >= free + userspace)
        VMSCOPE_FUZZ_ORACLE(used == realRam);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::TrailingChoices choices(fuzz::bytesOf(data, size));
    // 1100 blocks are enough to overflow (2^54 kB a block at most); more only slow every run.
    const auto blocks = static_cast<std::size_t>(choices.takeUpTo(1100, 2));
    const auto parts = fuzz::splitAt(choices.rest(), '\0', 3);
    const std::string_view iomem = parts[0];
    const std::string_view blockSizeFile = parts.size() > 1 ? parts[1] : std::string_view();
    const std::string_view meminfoFile = parts.size() > 2 ? parts[2] : std::string_view();

    checkKernelImage(iomem);
    checkInstalledMemory(blockSizeFile, blocks);
    checkSystemAreas(iomem, blockSizeFile, meminfoFile, blocks);
    return 0;
}
