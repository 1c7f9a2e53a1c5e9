#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

// Builds tar archives for the tests and the fuzz seeds, in the quirks real captures have: v7 or
// ustar headers, with or without the end-of-archive blocks, any uid, any bytes in names, and the
// hostile kinds a reader must refuse (links, devices, absolute paths, lying sizes, bad checksums).
namespace vmscope::test {

class TarWriter {
public:
    enum class Header { V7, Ustar };

    struct Member {
        std::string name;
        std::string data;
        char type = '0';
        std::uint32_t uid = 0;
        std::uint32_t mode = 0644;
        std::string linkName;
        // A size field other than data.size() (a lie, or a huge one), written in octal or, when
        // it does not fit in 11 octal digits, in base-256.
        std::uint64_t sizeField = UINT64_MAX;
        bool base256Size = false;
        bool breakChecksum = false;
        bool signedChecksum = false; // sums the bytes as signed char (old tars)
    };

    explicit TarWriter(Header header = Header::Ustar)
        : m_header(header)
    {
    }

    void add(const Member& member)
    {
        std::string block(512, '\0');
        std::string name = member.name;
        const bool v7Directory = m_header == Header::V7 && member.type == '5';
        if (v7Directory && (name.empty() || name.back() != '/'))
            name += '/'; // v7 had no directory type: a file whose name ends in '/'
        if (m_header == Header::Ustar && name.size() > 100) {
            const std::size_t split = name.rfind('/', 155);
            block.replace(345, split, name.substr(0, split));
            name = name.substr(split + 1);
        }
        block.replace(0, std::min<std::size_t>(name.size(), 100), name.substr(0, 100));
        octal(block, 100, 8, member.mode);
        octal(block, 108, 8, member.uid);
        octal(block, 116, 8, 0);
        const std::uint64_t size = member.sizeField != UINT64_MAX ? member.sizeField : member.data.size();
        if (member.base256Size || size > 077777777777ULL) {
            block[124] = static_cast<char>(0x80);
            for (int i = 0; i < 8; ++i)
                block[135 - i] = static_cast<char>((size >> (8 * i)) & 0xff);
        } else {
            octal(block, 124, 12, size);
        }
        octal(block, 136, 12, 1700000000);
        // v7 wrote NUL for a regular file (and so for its directories too).
        block[156] = m_header == Header::V7 && (v7Directory || member.type == '0') ? '\0' : member.type;
        block.replace(157, std::min<std::size_t>(member.linkName.size(), 100), member.linkName.substr(0, 100));
        if (m_header == Header::Ustar) {
            block.replace(257, 6, std::string("ustar\0", 6));
            block.replace(263, 2, "00");
        }
        block.replace(148, 8, "        ");
        long sum = 0;
        for (const char c : block)
            sum += member.signedChecksum ? static_cast<long>(static_cast<signed char>(c))
                                         : static_cast<long>(static_cast<unsigned char>(c));
        if (member.breakChecksum)
            sum += 1;
        char checksum[8];
        std::snprintf(checksum, sizeof checksum, "%06lo", static_cast<unsigned long>(sum) & 0777777);
        block.replace(148, 7, std::string(checksum, 6) + '\0');
        m_bytes += block;
        m_bytes += member.data;
        m_bytes.append((512 - member.data.size() % 512) % 512, '\0');
    }

    void file(std::string name, std::string data, std::uint32_t uid = 0)
    {
        Member m;
        m.name = std::move(name);
        m.data = std::move(data);
        m.uid = uid;
        add(m);
    }

    void directory(std::string name, std::uint32_t uid = 0)
    {
        Member m;
        m.name = std::move(name);
        m.type = '5';
        m.uid = uid;
        m.mode = 0555;
        add(m);
    }

    // The archive; `endBlocks` false leaves off the two zero blocks, as smemcap does.
    std::string bytes(bool endBlocks = true) const { return endBlocks ? m_bytes + std::string(1024, '\0') : m_bytes; }

private:
    static void octal(std::string& block, std::size_t at, std::size_t width, std::uint64_t value)
    {
        char text[24];
        std::snprintf(text, sizeof text, "%0*llo", static_cast<int>(width - 1), static_cast<unsigned long long>(value));
        block.replace(at, width - 1, std::string(text).substr(0, width - 1));
        block[at + width - 1] = '\0';
    }

    Header m_header;
    std::string m_bytes;
};

} // namespace vmscope::test
