#include "core/analysis/ServePolicy.h"

#include "core/analysis/VmSysctlWrites.h"
#include "core/parse/ParseUtil.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <deque>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace vmscope {

namespace {

    ServeRefusal refuse(int errorNumber, std::string sentence)
    {
        return { errorNumber, std::move(sentence) };
    }

    bool underTree(std::string_view path, std::string_view tree)
    {
        return path == tree || (path.size() > tree.size() && path.starts_with(tree) && path[tree.size()] == '/');
    }

    std::vector<std::string_view> componentsOf(std::string_view path)
    {
        std::vector<std::string_view> parts;
        std::size_t at = 0;
        while (at < path.size()) {
            const std::size_t slash = path.find('/', at);
            const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
            if (end > at)
                parts.push_back(path.substr(at, end - at));
            at = end + 1;
        }
        return parts;
    }

    bool allDigits(std::string_view text, std::size_t maxDigits = 19)
    {
        return !text.empty() && text.size() <= maxDigits
            && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    }

    // A process directory name: a pid, or the links the kernel resolves to one.
    bool isProcessDirectory(std::string_view name)
    {
        return allDigits(name, 10) || name == "self" || name == "thread-self";
    }

    // Files of a process that reach outside /proc or into its memory and secrets: the root and
    // working directory, the executable, open files, the memory itself and the environment.
    bool isForbiddenProcessEntry(std::string_view name)
    {
        static constexpr std::array<std::string_view, 8> kForbidden { "root", "cwd", "exe", "fd", "fdinfo", "map_files",
            "mem", "environ" };
        return std::find(kForbidden.begin(), kForbidden.end(), name) != kForbidden.end();
    }

    // Bytes allowed in a path: what /proc, /sys and cgroup names use, and none that a shell treats
    // specially (so a path logged or shown can never be read as a command).
    bool isPathByte(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '.'
            || c == '_' || c == '-' || c == ':' || c == '+' || c == '@' || c == ',' || c == '%';
    }

    // A whole number: digits with an optional leading '-', no leading zeros, at most 19 digits.
    bool isStrictInteger(std::string_view text)
    {
        std::string_view digits = text;
        if (!digits.empty() && digits.front() == '-')
            digits.remove_prefix(1);
        return allDigits(digits) && (digits.size() == 1 || digits.front() != '0') && text != "-0";
    }

    bool integerIn(std::string_view text, std::int64_t min, std::int64_t max)
    {
        std::int64_t value = 0;
        return isStrictInteger(text) && parse::parseSigned(text, value) == parse::NumberError::None && value >= min
            && value <= max;
    }

    // The names TransientMemoryCgroup gives (vmscope-run-ID): the workload runner's
    // vmscope-run-<pid>-<run number>-<steady clock ticks> (workload/WorkloadRunner.cpp, runId) and
    // vmscope-demo's vmscope-run-demo-oom-<pid> (app/demo/Experiments.cpp).
    bool isVmscopeCgroupName(std::string_view name)
    {
        constexpr std::string_view prefix = "vmscope-run-";
        constexpr std::string_view demo = "vmscope-run-demo-oom-";
        if (name.starts_with(demo))
            return allDigits(name.substr(demo.size()), 10);
        if (!name.starts_with(prefix))
            return false;
        std::string_view rest = name.substr(prefix.size());
        int fields = 0;
        while (true) {
            const std::size_t dash = rest.find('-');
            if (!allDigits(rest.substr(0, dash), 20))
                return false;
            ++fields;
            if (dash == std::string_view::npos)
                break;
            rest.remove_prefix(dash + 1);
        }
        return fields == 3;
    }

    constexpr std::array<std::string_view, 6> kReadableTrees { "/proc", "/sys/kernel/mm", "/sys/fs/cgroup",
        "/sys/devices/system/memory", "/sys/devices/system/node", "/dev/kmsg" };

    // "/sys", "/sys/devices": a directory on the way to an allowed tree.
    bool isAncestorOfReadable(std::string_view path)
    {
        return std::any_of(kReadableTrees.begin(), kReadableTrees.end(),
            [&](std::string_view tree) { return tree != path && underTree(tree, path); });
    }

} // namespace

std::variant<std::string, ServeRefusal> normalizeServePath(std::string_view path)
{
    if (path.empty() || path.front() != '/')
        return refuse(EINVAL, "the path must be absolute");
    std::string normal;
    for (const std::string_view part : componentsOf(path)) {
        if (part == "." || part == "..")
            return refuse(EINVAL, "the path must not contain . or .. components");
        normal.append("/").append(part);
    }
    return normal.empty() ? std::string("/") : normal;
}

bool serveMayRead(std::string_view path)
{
    if (path == "/dev/kmsg")
        return true;
    if (!underTree(path, "/proc"))
        return std::any_of(kReadableTrees.begin() + 1, kReadableTrees.end() - 1,
            [&](std::string_view tree) { return underTree(path, tree); });
    const auto parts = componentsOf(path);
    if (parts.size() >= 2 && (parts[1] == "kcore" || parts[1] == "kmem"))
        return false;
    if (parts.size() >= 3 && isProcessDirectory(parts[1])) {
        if (isForbiddenProcessEntry(parts[2]))
            return false;
        if (parts[2] == "task" && parts.size() >= 5 && isForbiddenProcessEntry(parts[4]))
            return false;
    }
    return true;
}

std::variant<std::monostate, ServeRefusal> serveMayWrite(std::string_view path, std::string_view value)
{
    const auto parts = componentsOf(path);
    const auto badValue
        = [&](std::string_view form) { return refuse(EINVAL, std::string(path) + " takes " + std::string(form)); };
    if (path == "/proc/sys/vm/drop_caches")
        return integerIn(value, 1, 3) ? std::variant<std::monostate, ServeRefusal> {} : badValue("1, 2 or 3");
    if (parts.size() == 4 && underTree(path, "/proc/sys/vm")) {
        const auto& list = writableVmSysctls();
        const auto it
            = std::find_if(list.begin(), list.end(), [&](const WritableVmSysctl& s) { return s.name == parts[3]; });
        if (it == list.end())
            return refuse(EACCES, "vmscope writes only the vm sysctls it explains, not " + std::string(path));
        if (!isStrictInteger(value))
            return badValue("a whole number");
        const auto checked = parseSysctlAssignment(std::string(parts[3]) + "=" + std::string(value));
        if (const auto* why = std::get_if<std::string>(&checked))
            return refuse(EINVAL, *why);
        return {};
    }
    if (parts.size() == 3 && parts[0] == "proc" && allDigits(parts[1], 10)) {
        if (parts[2] == "oom_score_adj")
            return integerIn(value, -1000, 1000) ? std::variant<std::monostate, ServeRefusal> {}
                                                 : badValue("a whole number from -1000 to 1000");
        if (parts[2] == "clear_refs")
            return integerIn(value, 1, 5) ? std::variant<std::monostate, ServeRefusal> {} : badValue("1, 2, 3, 4 or 5");
    }
    if (parts.size() >= 5 && underTree(path, "/sys/fs/cgroup") && isVmscopeCgroupName(parts[parts.size() - 2])) {
        const std::string_view file = parts.back();
        const bool bytes = allDigits(value, 20);
        if (file == "memory.max" || file == "memory.high" || file == "memory.swap.max")
            return bytes || value == "max" ? std::variant<std::monostate, ServeRefusal> {}
                                           : badValue("a number of bytes or max");
        if (file == "memory.limit_in_bytes" || file == "memory.memsw.limit_in_bytes")
            return bytes || value == "-1" ? std::variant<std::monostate, ServeRefusal> {}
                                          : badValue("a number of bytes or -1");
        if (file == "cgroup.procs")
            return allDigits(value, 10) && value != "0" ? std::variant<std::monostate, ServeRefusal> {}
                                                        : badValue("a process id");
    }
    return refuse(EACCES, "vmscope-cli serve does not write " + std::string(path));
}

ServeParse parseServeRequest(std::string_view line)
{
    if (line.size() > kMaxServeLineBytes)
        return refuse(EINVAL, "a request is at most " + std::to_string(kMaxServeLineBytes) + " bytes long");
    if (std::any_of(line.begin(), line.end(), [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return byte < 0x20 || byte >= 0x7f;
        }))
        return refuse(EINVAL, "a request is printable ASCII only (no control bytes, NUL or tabs)");
    const std::size_t space = line.find(' ');
    const std::string_view verb = line.substr(0, space);
    const std::string_view rest = space == std::string_view::npos ? std::string_view() : line.substr(space + 1);
    ServeRequest request;
    std::string_view path = rest;
    std::string_view value;
    if (verb == "read" || verb == "list") {
        request.verb = verb == "read" ? ServeVerb::Read : ServeVerb::List;
    } else if (verb == "write") {
        request.verb = ServeVerb::Write;
        const std::size_t second = rest.find(' ');
        if (second == std::string_view::npos)
            return refuse(EINVAL, "write takes a path and a value: write PATH VALUE");
        path = rest.substr(0, second);
        value = rest.substr(second + 1);
        if (value.empty() || value.find(' ') != std::string_view::npos)
            return refuse(EINVAL, "write takes one value after the path, one space apart");
        if (!std::all_of(value.begin(), value.end(),
                [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-'; }))
            return refuse(EINVAL, "a value is digits, a leading '-' or a word such as max");
    } else {
        return refuse(EINVAL, "the requests are read PATH, list DIR and write PATH VALUE");
    }
    if (path.empty() || path.find(' ') != std::string_view::npos)
        return refuse(EINVAL, "one path after the word, one space apart");
    if (!std::all_of(path.begin(), path.end(), isPathByte))
        return refuse(EINVAL, "a path is letters, digits and / . _ - : + @ , % only");
    auto normal = normalizeServePath(path);
    if (auto* refusal = std::get_if<ServeRefusal>(&normal))
        return *refusal;
    request.path = std::move(std::get<std::string>(normal));
    if (request.verb == ServeVerb::Write) {
        const auto allowed = serveMayWrite(request.path, value);
        if (const auto* refusal = std::get_if<ServeRefusal>(&allowed))
            return *refusal;
        request.value = std::string(value);
    } else if (!serveMayRead(request.path)) {
        return refuse(EACCES, "vmscope-cli serve does not read " + request.path);
    }
    return request;
}

std::variant<std::string, ServeRefusal> resolveServePath(const std::string& fsRoot, const ServeRequest& request)
{
    // realpath(3), one component at a time, so that every link is seen and judged where it is.
    constexpr int kMaxLinks = 40; // the kernel's own limit (MAXSYMLINKS)
    const auto initial = componentsOf(request.path);
    std::deque<std::string> pending(initial.begin(), initial.end());
    std::string resolved;
    int links = 0;
    while (!pending.empty()) {
        const std::string part = std::move(pending.front());
        pending.pop_front();
        if (part == ".")
            continue;
        if (part == "..") {
            resolved.erase(resolved.empty() ? 0 : resolved.rfind('/'));
            continue;
        }
        const std::string candidate = resolved + "/" + part;
        // Never even look outside the allowed trees: whether a file exists there is not for a client.
        if (request.verb != ServeVerb::Write && !serveMayRead(candidate) && !isAncestorOfReadable(candidate))
            return refuse(EACCES, request.path + " leads to " + candidate + ", which vmscope-cli serve does not read");
        struct stat st { };
        if (::lstat((fsRoot + candidate).c_str(), &st) != 0) {
            const int error = errno;
            return refuse(error, candidate + ": " + std::strerror(error));
        }
        if (S_ISLNK(st.st_mode)) {
            if (request.verb == ServeVerb::Write)
                return refuse(EACCES, candidate + " is a symbolic link: serve writes no link");
            // A link is followed only where reading is allowed: never /proc/PID/root, cwd, exe, fd ...
            if (!serveMayRead(candidate))
                return refuse(EACCES, "vmscope-cli serve does not follow " + candidate);
            if (++links > kMaxLinks)
                return refuse(ELOOP, request.path + ": too many levels of symbolic links");
            std::string target(4096, '\0');
            const ssize_t length = ::readlink((fsRoot + candidate).c_str(), target.data(), target.size());
            if (length < 0 || static_cast<std::size_t>(length) >= target.size())
                return refuse(length < 0 ? errno : ENAMETOOLONG, candidate + ": cannot read the link");
            target.resize(static_cast<std::size_t>(length));
            if (!target.empty() && target.front() == '/')
                resolved.clear();
            const auto targetParts = componentsOf(target);
            pending.insert(pending.begin(), targetParts.begin(), targetParts.end());
            continue;
        }
        if (!pending.empty() && !S_ISDIR(st.st_mode))
            return refuse(ENOTDIR, candidate + " is not a directory");
        resolved = candidate;
    }
    if (resolved.empty())
        resolved = "/";
    if (request.verb != ServeVerb::Write && !serveMayRead(resolved))
        return refuse(EACCES, request.path + " leads to " + resolved + ", which vmscope-cli serve does not read");
    return resolved;
}

} // namespace vmscope
