#include "core/io/ServeSource.h"

#include "core/io/PidName.h"
#include "core/io/ReadsInProgress.h"
#include "core/parse/ParseUtil.h"

#include <algorithm>
#include <cerrno>

namespace vmscope {

ServeSource::ServeSource(std::shared_ptr<ServeChannel> channel, std::string root, std::string description)
    : m_channel(std::move(channel))
    , m_root(std::move(root))
    , m_description(std::move(description))
{
    while (m_root.size() > 1 && m_root.back() == '/')
        m_root.pop_back();
}

std::string ServeSource::displayPath(std::string_view relativePath) const
{
    return relativePath.empty() ? m_root : m_root + "/" + std::string(relativePath);
}

std::string ServeSource::describe() const
{
    return m_description;
}

std::optional<std::uint32_t> ServeSource::processOwner(int) const
{
    return std::nullopt;
}

std::optional<Error> ServeSource::refusal(std::string_view relativePath) const
{
    // Requests are built from Source paths only, never from a person's text; still, a path that
    // could not be one request line is refused here rather than sent.
    const std::string path = displayPath(relativePath);
    if (!isServeRequestPath(path))
        return Error::io(
            path, EINVAL, "cannot be requested from vmscope-cli serve (not printable ASCII without spaces)");
    return std::nullopt;
}

Result<std::string> ServeSource::request(std::string_view verb, std::string_view relativePath) const
{
    if (auto refused = refusal(relativePath))
        return *refused;
    const std::string path = displayPath(relativePath);
    const ScopedReadMark mark(path);
    auto answers = m_channel->exchange({ std::string(verb) + " " + path });
    return std::move(answers.front());
}

Result<std::string> ServeSource::read(std::string_view relativePath) const
{
    {
        std::lock_guard lock(m_prefetchedMutex);
        if (const auto it = m_prefetched.find(relativePath); it != m_prefetched.end()) {
            Result<std::string> answer = std::move(it->second);
            m_prefetched.erase(it);
            return answer;
        }
    }
    return request("read", relativePath);
}

void ServeSource::prefetch(const std::vector<std::string>& relativePaths) const
{
    std::vector<std::string> wanted;
    std::vector<std::string> lines;
    {
        std::lock_guard lock(m_prefetchedMutex);
        // Answers of an earlier prefetch that nobody read (a kernel thread's smaps_rollup, a
        // process that vanished) go now: kept, one could be served for a later process with the
        // same pid, and a long-running GUI would accumulate them. At most one batch is kept.
        m_prefetched.clear();
        for (const std::string& relativePath : relativePaths)
            if (!refusal(relativePath) && std::find(wanted.begin(), wanted.end(), relativePath) == wanted.end()) {
                wanted.push_back(relativePath);
                lines.push_back("read " + displayPath(relativePath));
            }
    }
    if (lines.empty())
        return;
    const ScopedReadMark mark(displayPath(wanted.front()));
    auto answers = m_channel->exchange(lines);
    std::lock_guard lock(m_prefetchedMutex);
    for (std::size_t i = 0; i < wanted.size(); ++i)
        m_prefetched.insert_or_assign(wanted[i], std::move(answers[i]));
}

Result<std::vector<std::string>> ServeSource::listDirectory(std::string_view relativePath) const
{
    auto text = request("list", relativePath);
    if (!text)
        return text.error();
    auto names = parse::splitNonEmpty(*text, '\n');
    std::sort(names.begin(), names.end());
    return names;
}

Result<std::vector<int>> ServeSource::listPids() const
{
    auto names = listDirectory({});
    if (!names)
        return names.error();
    return pidsAmong(*names);
}

} // namespace vmscope
