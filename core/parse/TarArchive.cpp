#include "core/parse/TarArchive.h"

#include <cstring>
#include <optional>

namespace vmscope::parse {
namespace {
    constexpr std::size_t kBlock = 512;

    std::string_view field(std::string_view block, std::size_t offset, std::size_t length)
    {
        std::string_view f = block.substr(offset, length);
        const std::size_t nul = f.find('\0');
        return nul == std::string_view::npos ? f : f.substr(0, nul);
    }

    // A numeric header field: octal digits between optional leading spaces and a NUL or space
    // terminator, or base-256 (first byte 0x80; 0xff, negative, is refused). nullopt when damaged
    // or beyond 64 bits.
    std::optional<std::uint64_t> number(std::string_view block, std::size_t offset, std::size_t length)
    {
        const std::string_view f = block.substr(offset, length);
        const auto first = static_cast<unsigned char>(f[0]);
        if (first == 0x80) {
            std::uint64_t value = 0;
            for (std::size_t i = 1; i < f.size(); ++i) {
                if (value >> 56)
                    return std::nullopt;
                value = (value << 8) | static_cast<unsigned char>(f[i]);
            }
            return value;
        }
        if (first & 0x80)
            return std::nullopt;
        std::size_t i = 0;
        while (i < f.size() && f[i] == ' ')
            ++i;
        std::uint64_t value = 0;
        bool digits = false;
        for (; i < f.size() && f[i] >= '0' && f[i] <= '7'; ++i) {
            if (value >> 61)
                return std::nullopt;
            value = value * 8 + static_cast<std::uint64_t>(f[i] - '0');
            digits = true;
        }
        for (; i < f.size(); ++i)
            if (f[i] != ' ' && f[i] != '\0')
                return std::nullopt;
        if (!digits)
            return std::nullopt;
        return value;
    }

    bool checksumMatches(std::string_view block)
    {
        const auto stored = number(block, 148, 8);
        if (!stored)
            return false;
        std::uint64_t unsignedSum = 0;
        std::int64_t signedSum = 0;
        for (std::size_t i = 0; i < kBlock; ++i) {
            const bool inChecksum = i >= 148 && i < 156;
            const char c = inChecksum ? ' ' : block[i];
            unsignedSum += static_cast<unsigned char>(c);
            signedSum += static_cast<signed char>(c);
        }
        return *stored == unsignedSum || static_cast<std::int64_t>(*stored) == signedSum;
    }

    bool isZeroBlock(std::string_view block)
    {
        for (const char c : block)
            if (c != '\0')
                return false;
        return true;
    }

    std::string why(char type)
    {
        switch (type) {
        case '1':
            return "a hard link (links are refused)";
        case '2':
            return "a symbolic link (links are refused)";
        case '3':
            return "a character device (devices are refused)";
        case '4':
            return "a block device (devices are refused)";
        case '6':
            return "a FIFO (refused)";
        case 'L':
        case 'K':
            return "a GNU long name (not supported; names longer than 255 bytes are refused)";
        case 'x':
        case 'g':
            return "a pax extended header (not supported; ignored)";
        default:
            return "an unsupported member type";
        }
    }
} // namespace

const TarMember* TarIndex::find(std::string_view path) const
{
    const auto it = members.find(path);
    return it == members.end() ? nullptr : &it->second;
}

bool looksLikeTar(std::string_view block)
{
    return block.size() >= kBlock && !isZeroBlock(block.substr(0, kBlock)) && checksumMatches(block.substr(0, kBlock));
}

bool normalizeTarPath(std::string_view raw, std::string& out)
{
    out.clear();
    if (!raw.empty() && raw.front() == '/')
        return false;
    std::size_t start = 0;
    while (start <= raw.size()) {
        std::size_t end = raw.find('/', start);
        if (end == std::string_view::npos)
            end = raw.size();
        const std::string_view part = raw.substr(start, end - start);
        if (part == "..")
            return false;
        if (!part.empty() && part != ".") {
            if (!out.empty())
                out += '/';
            out += part;
        }
        start = end + 1;
    }
    return true;
}

Result<TarIndex> parseTarArchive(std::string_view bytes, std::string_view displayName, TarLimits limits)
{
    TarIndex index;
    const std::string file(displayName);
    std::size_t at = 0;
    std::size_t seen = 0;
    std::string path;
    while (bytes.size() - at >= kBlock) {
        const std::string_view block = bytes.substr(at, kBlock);
        if (isZeroBlock(block)) {
            index.endMarker = true;
            break;
        }
        if (!checksumMatches(block))
            return Error::malformed(file, 0,
                "a tar header with a valid checksum at byte " + std::to_string(at)
                    + (at == 0 ? " (this is not a tar archive)" : " (the archive is damaged)"));
        const auto size = number(block, 124, 12);
        if (!size)
            return Error::malformed(file, 0, "a readable size field in the tar header at byte " + std::to_string(at));
        const std::uint64_t dataStart = at + kBlock;
        const std::uint64_t available = bytes.size() - dataStart;

        std::string name(field(block, 0, 100));
        const bool ustar = block.substr(257, 5) == "ustar";
        if (ustar) {
            const std::string_view prefix = field(block, 345, 155);
            if (!prefix.empty())
                name = std::string(prefix) + "/" + name;
        }
        char type = block[156];
        if (type == '\0' || type == '7')
            type = '0';
        if (type == '0' && !name.empty() && name.back() == '/')
            type = '5'; // v7 wrote directories as files whose name ends in '/'

        if (++seen > limits.maxMembers) {
            index.refused.push_back(
                { name, "more than " + std::to_string(limits.maxMembers) + " members: the rest is not read" });
            break;
        }
        if (*size > available) {
            index.refused.push_back({ name, "truncated: the archive ends inside this member" });
            break;
        }
        at = static_cast<std::size_t>(dataStart + (*size + kBlock - 1) / kBlock * kBlock);
        if (at > bytes.size())
            at = bytes.size(); // the last member's padding is missing: nothing follows it

        if (type != '0' && type != '5') {
            index.refused.push_back({ name, why(type) });
            continue;
        }
        if (!normalizeTarPath(name, path)) {
            index.refused.push_back({ name, "an absolute path or a '..' component (refused)" });
            continue;
        }
        if (path.compare(0, 5, "proc/") == 0 || path == "proc") {
            index.hadProcPrefix = true;
            path.erase(0, path.size() > 5 ? 5 : path.size());
        }
        if (path.empty())
            continue; // "./" or "proc/" itself: the root
        if (type == '0' && *size > limits.maxMemberBytes) {
            index.refused.push_back(
                { name, "larger than " + std::to_string(limits.maxMemberBytes) + " bytes (refused)" });
            continue;
        }
        TarMember member;
        member.offset = dataStart;
        member.size = type == '0' ? *size : 0;
        member.type = type == '0' ? TarMemberType::File : TarMemberType::Directory;
        member.uid = static_cast<std::uint32_t>(number(block, 108, 8).value_or(0));
        member.mode = static_cast<std::uint32_t>(number(block, 100, 8).value_or(0) & 07777);
        index.members.insert_or_assign(path, member);
    }
    return index;
}

} // namespace vmscope::parse
