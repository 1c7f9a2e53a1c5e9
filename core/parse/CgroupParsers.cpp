#include "core/parse/CgroupParsers.h"

#include "core/parse/ParseMessages.h"
#include "core/parse/ParseUtil.h"

namespace vmscope::parse {
namespace {

    Error malformedAt(std::string_view fileName, std::size_t line, std::string why)
    {
        return Error::malformed(std::string(fileName), line, std::move(why));
    }

    // mountinfo writes space, tab, newline and backslash in paths as \ooo (octal).
    std::string unescapeOctal(std::string_view text)
    {
        std::string out;
        out.reserve(text.size());
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\\' && i + 3 < text.size()) {
                const std::string_view digits = text.substr(i + 1, 3);
                if (digits[0] >= '0' && digits[0] <= '3' && digits[1] >= '0' && digits[1] <= '7' && digits[2] >= '0'
                    && digits[2] <= '7') {
                    out.push_back(
                        static_cast<char>((digits[0] - '0') * 64 + (digits[1] - '0') * 8 + (digits[2] - '0')));
                    i += 3;
                    continue;
                }
            }
            out.push_back(text[i]);
        }
        return out;
    }

    std::string_view oneLine(std::string_view bytes)
    {
        // The kernel writes the value and a newline; a copy may lack the newline.
        if (!bytes.empty() && bytes.back() == '\n')
            bytes.remove_suffix(1);
        return trim(bytes);
    }

} // namespace

Result<std::vector<CgroupMembership>> parseProcCgroup(std::string_view bytes, std::string_view fileName)
{
    std::vector<CgroupMembership> memberships;
    LineCursor cursor(bytes);
    std::string_view line;
    while (cursor.next(line)) {
        if (trim(line).empty())
            continue;
        const std::size_t first = line.find(':');
        const std::size_t second = first == std::string_view::npos ? first : line.find(':', first + 1);
        if (second == std::string_view::npos)
            return malformedAt(
                fileName, cursor.lineNumber(), "expected \"id:controllers:path\", found " + quotedExcerpt(line));
        CgroupMembership membership;
        if (NumberError e = parseUnsigned(line.substr(0, first), membership.hierarchyId); e != NumberError::None)
            return malformedAt(fileName, cursor.lineNumber(),
                std::string("expected ") + describe(e) + " as the hierarchy id, found " + quotedExcerpt(line));
        membership.controllers = parse::splitNonEmpty(line.substr(first + 1, second - first - 1), ',');
        // The path is everything after the second colon: a cgroup name may contain colons.
        membership.path.assign(line.substr(second + 1));
        if (membership.path.empty() || membership.path.front() != '/')
            return malformedAt(fileName, cursor.lineNumber(),
                "expected a path starting with '/', found " + quotedExcerpt(line.substr(second + 1)));
        memberships.push_back(std::move(membership));
    }
    if (memberships.empty())
        return Error::malformed(std::string(fileName), 0, "expected \"id:controllers:path\" lines, found none");
    return memberships;
}

Result<std::vector<CgroupMount>> parseCgroupMounts(std::string_view bytes, std::string_view fileName)
{
    std::vector<CgroupMount> mounts;
    LineCursor cursor(bytes);
    std::string_view line;
    while (cursor.next(line)) {
        if (trim(line).empty())
            continue;
        std::string_view rest = line;
        std::string_view fields[6];
        for (std::string_view& field : fields)
            field = nextToken(rest);
        if (fields[5].empty())
            return malformedAt(fileName, cursor.lineNumber(),
                "expected \"id parent major:minor root mount-point options\", found " + quotedExcerpt(line));
        // Optional fields ("shared:1", "master:2") until the lone "-".
        std::string_view token = nextToken(rest);
        while (!token.empty() && token != "-")
            token = nextToken(rest);
        if (token != "-")
            return malformedAt(fileName, cursor.lineNumber(), "expected \" - \" before the file system type");
        const std::string_view type = nextToken(rest);
        [[maybe_unused]] const std::string_view source = nextToken(rest);
        const std::string_view superOptions = nextToken(rest);
        if (type.empty())
            return malformedAt(fileName, cursor.lineNumber(), "expected a file system type after \" - \"");
        if (type != "cgroup" && type != "cgroup2")
            continue;
        CgroupMount mount;
        mount.version = type == "cgroup2" ? CgroupVersion::V2 : CgroupVersion::V1;
        mount.root = unescapeOctal(fields[3]);
        mount.mountPoint = unescapeOctal(fields[4]);
        mount.superOptions = parse::splitNonEmpty(superOptions, ',');
        mounts.push_back(std::move(mount));
    }
    return mounts;
}

std::vector<std::string> parseCgroupControllers(std::string_view bytes)
{
    std::vector<std::string> names;
    std::string_view rest = bytes;
    for (;;) {
        // Tokens end at spaces, tabs and newlines alike.
        while (!rest.empty() && (isSpace(rest.front()) || rest.front() == '\n'))
            rest.remove_prefix(1);
        if (rest.empty())
            break;
        std::size_t i = 0;
        while (i < rest.size() && !isSpace(rest[i]) && rest[i] != '\n')
            ++i;
        names.emplace_back(rest.substr(0, i));
        rest.remove_prefix(i);
    }
    return names;
}

Result<std::uint64_t> parseCgroupNumber(std::string_view bytes, std::string_view fileName)
{
    const std::string_view text = oneLine(bytes);
    std::uint64_t value = 0;
    if (NumberError e = parseUnsigned(text, value); e != NumberError::None)
        return malformedAt(fileName, 1, std::string("expected ") + describe(e) + ", found " + quotedExcerpt(text));
    return value;
}

Result<CgroupLimit> parseCgroupLimit(std::string_view bytes, std::string_view fileName)
{
    const std::string_view text = oneLine(bytes);
    if (text == "max")
        return CgroupLimit::unlimited();
    std::uint64_t value = 0;
    if (NumberError e = parseUnsigned(text, value); e != NumberError::None)
        return malformedAt(
            fileName, 1, std::string("expected \"max\" or ") + describe(e) + ", found " + quotedExcerpt(text));
    if (value >= kCgroupV1UnlimitedBytes)
        return CgroupLimit::unlimited();
    return CgroupLimit::of(value);
}

} // namespace vmscope::parse
