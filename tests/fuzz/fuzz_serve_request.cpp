// vmscope-cli serve's request parser and lexical policy (core/analysis/ServePolicy.h) on arbitrary
// bytes: the first line a root helper reads from a client it does not trust. No filesystem
// access: resolveServePath is left out, so a finding reproduces from the input alone.
#include "FuzzInput.h"

#include "core/analysis/ServePolicy.h"

#include <string>

namespace {

bool hasDotComponent(std::string_view path)
{
    for (std::size_t at = 0; at <= path.size();) {
        const std::size_t slash = std::min(path.find('/', at), path.size());
        const std::string_view part = path.substr(at, slash - at);
        if (part == "." || part == "..")
            return true;
        at = slash + 1;
    }
    return false;
}

bool hasControlByte(std::string_view text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return true;
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vmscope;
    const std::string_view line = fuzz::bytesOf(data, size);
    const ServeParse parsed = parseServeRequest(line);
    if (const auto* refusal = std::get_if<ServeRefusal>(&parsed)) {
        // Oracle: a refusal names an errno and says why.
        if (refusal->errorNumber == 0 || refusal->sentence.empty())
            std::abort();
        return 0;
    }
    const ServeRequest& request = std::get<ServeRequest>(parsed);
    // Oracles: an accepted request came from a line within the bound, its path is absolute,
    // normalized (normalizing again changes nothing), has no "." or ".." component and no
    // control byte, and is under an allowed tree; a write's value has its file's form.
    if (line.size() > kMaxServeLineBytes || hasControlByte(line))
        std::abort();
    if (request.path.empty() || request.path.front() != '/' || request.path.find("//") != std::string::npos)
        std::abort();
    if (hasDotComponent(request.path) || hasControlByte(request.path) || hasControlByte(request.value))
        std::abort();
    const auto again = normalizeServePath(request.path);
    if (!std::holds_alternative<std::string>(again) || std::get<std::string>(again) != request.path)
        std::abort();
    if (request.verb == ServeVerb::Write) {
        if (request.value.empty()
            || !std::holds_alternative<std::monostate>(serveMayWrite(request.path, request.value)))
            std::abort();
        if (!(request.path.starts_with("/proc/") || request.path.starts_with("/sys/fs/cgroup/")))
            std::abort();
    } else {
        if (!request.value.empty() || !serveMayRead(request.path))
            std::abort();
        if (!(request.path.starts_with("/proc") || request.path.starts_with("/sys/") || request.path == "/dev/kmsg"))
            std::abort();
    }
    for (const char c : request.path + request.value)
        if (std::string_view(";&|$`<>(){}[]*?!~'\"\\ #").find(c) != std::string_view::npos)
            std::abort();
    return 0;
}
