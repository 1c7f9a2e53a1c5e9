#include "core/io/ProcRootSource.h"

#include "core/io/FileReader.h"
#include "core/io/PidName.h"
#include "core/io/ReadsInProgress.h"

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <memory>
#include <sys/stat.h>

namespace vmscope {
namespace {
    struct DirCloser {
        void operator()(DIR* d) const { ::closedir(d); }
    };
} // namespace

ProcRootSource::ProcRootSource(std::string root, ReadLimits limits)
    : m_root(std::move(root))
    , m_limits(limits)
{
    while (m_root.size() > 1 && m_root.back() == '/')
        m_root.pop_back();
}

std::string ProcRootSource::displayPath(std::string_view relativePath) const
{
    return m_root + "/" + std::string(relativePath);
}

Result<std::string> ProcRootSource::read(std::string_view relativePath) const
{
    const bool pidScoped = isPidScopedPath(relativePath);
    const std::string path = displayPath(relativePath);
    return readWholeFile(path, pidScoped, path, m_limits.maxFileBytes);
}

std::optional<Error> ProcRootSource::readStreaming(std::string_view relativePath, const ChunkSink& sink) const
{
    const bool pidScoped = isPidScopedPath(relativePath);
    const std::string path = displayPath(relativePath);
    return streamWholeFile(path, pidScoped, path, m_limits.maxStreamedFileBytes, sink);
}

Result<std::vector<std::string>> ProcRootSource::listDirectory(std::string_view relativePath) const
{
    const std::string path = relativePath.empty() ? m_root : displayPath(relativePath);
    const ScopedReadMark mark(path); // a directory on a hung mount blocks as a file does
    std::unique_ptr<DIR, DirCloser> dir(::opendir(path.c_str()));
    if (!dir)
        return Error::fromErrno(path, errno, false);
    std::vector<std::string> names;
    while (const dirent* entry = ::readdir(dir.get())) {
        const std::string_view name = entry->d_name;
        if (name == "." || name == "..")
            continue;
        names.emplace_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

Result<std::vector<int>> ProcRootSource::listPids() const
{
    auto names = listDirectory({});
    if (!names)
        return names.error();
    return pidsAmong(*names);
}

std::optional<std::uint32_t> ProcRootSource::processOwner(int pid) const
{
    struct stat st { };
    const std::string path = displayPath(std::to_string(pid));
    const ScopedReadMark mark(path);
    if (::stat(path.c_str(), &st) != 0)
        return std::nullopt;
    return st.st_uid;
}

std::string ProcRootSource::describe() const
{
    return m_root;
}

} // namespace vmscope
