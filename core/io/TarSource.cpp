#include "core/io/TarSource.h"

#include "core/io/CaptureCompression.h"
#include "core/io/FileReader.h"
#include "core/io/PidName.h"
#include "core/io/ProcRootSource.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace vmscope {

TarSource::TarSource(std::string bytes, std::string name, parse::TarIndex index, ReadLimits limits, std::string sample)
    : m_bytes(std::move(bytes))
    , m_name(std::move(name))
    , m_index(std::move(index))
    , m_limits(limits)
    , m_sample(std::move(sample))
{
}

std::string captureSampleFolder(unsigned sample)
{
    char folder[32];
    std::snprintf(folder, sizeof folder, "sample-%04u", sample);
    return folder;
}

namespace {
    // The sample folders of a series (capture --count): no proc layout at the root, folders
    // sample-NNNN, ascending. Empty for a capture of one proc root.
    std::vector<std::string> sampleFolders(const parse::TarIndex& index)
    {
        std::vector<std::string> folders;
        if (index.find("meminfo"))
            return folders;
        constexpr std::string_view kSample = "sample-";
        for (auto it = index.members.lower_bound(kSample);
             it != index.members.end() && it->first.compare(0, kSample.size(), kSample) == 0; ++it) {
            std::string folder = it->first.substr(0, it->first.find('/'));
            if (folders.empty() || folders.back() != folder)
                folders.push_back(std::move(folder));
        }
        return folders;
    }
} // namespace

bool TarSource::indexPath(std::string_view relativePath, std::string& out) const
{
    if (!parse::normalizeTarPath(relativePath, out))
        return false;
    if (!m_sample.empty())
        out = out.empty() ? m_sample : m_sample + "/" + out;
    return true;
}

Result<std::shared_ptr<const TarSource>> TarSource::fromBytes(
    std::string bytes, std::string name, ReadLimits limits, unsigned sample)
{
    auto index = parse::parseTarArchive(bytes, name);
    if (!index)
        return index.error();
    // A series is served from its last sample: what a single look at the capture shows.
    const std::vector<std::string> folders = sampleFolders(*index);
    std::string folder = folders.empty() ? std::string() : folders.back();
    if (sample > 0) {
        if (folders.empty())
            return Error::io(
                name, ENOENT, "is no series of samples (capture --count N writes one): --sample does not apply");
        folder = captureSampleFolder(sample);
        if (std::find(folders.begin(), folders.end(), folder) == folders.end())
            return Error::io(name, ENOENT,
                "has no " + folder + " (its samples are " + folders.front() + " to " + folders.back() + ")");
    }
    return std::shared_ptr<const TarSource>(
        new TarSource(std::move(bytes), std::move(name), std::move(*index), limits, std::move(folder)));
}

Result<std::shared_ptr<const TarSource>> TarSource::open(const std::string& path, ReadLimits limits, unsigned sample)
{
    auto bytes = readWholeFile(path, false, path, limits.maxCaptureBytes);
    if (!bytes)
        return bytes.error();
    const Compression compression = sniffCompression(*bytes);
    if (compression == Compression::None)
        return fromBytes(std::move(*bytes), path, limits, sample);
    auto tar = decompressCapture(*bytes, compression, path, limits.maxCaptureBytes);
    if (!tar)
        return tar.error();
    bytes->clear();
    bytes->shrink_to_fit();
    return fromBytes(std::move(*tar), path, limits, sample);
}

std::string TarSource::displayPath(std::string_view relativePath) const
{
    return m_name + ":" + std::string(relativePath);
}

Result<std::string> TarSource::read(std::string_view relativePath) const
{
    std::string path;
    if (!indexPath(relativePath, path))
        return Error::fromErrno(displayPath(relativePath), ENOENT, isPidScopedPath(relativePath));
    return readIndexed(path, relativePath);
}

Result<std::string> TarSource::readArchiveMember(std::string_view archivePath) const
{
    std::string path;
    if (!parse::normalizeTarPath(archivePath, path))
        return Error::fromErrno(displayPath(archivePath), ENOENT, false);
    return readIndexed(path, archivePath);
}

Result<std::string> TarSource::readIndexed(const std::string& path, std::string_view relativePath) const
{
    const parse::TarMember* member = m_index.find(path);
    if (!member)
        return Error::fromErrno(displayPath(relativePath), ENOENT, isPidScopedPath(relativePath));
    if (member->type == parse::TarMemberType::Directory)
        return Error::fromErrno(displayPath(relativePath), EISDIR, false);
    if (member->size > m_limits.maxFileBytes)
        return Error::io(displayPath(relativePath), EFBIG,
            "is larger than " + describeReadCap(m_limits.maxFileBytes) + ", not a /proc file");
    return m_bytes.substr(static_cast<std::size_t>(member->offset), static_cast<std::size_t>(member->size));
}

Result<std::vector<std::string>> TarSource::listDirectory(std::string_view relativePath) const
{
    std::string dir;
    if (!indexPath(relativePath, dir))
        return Error::fromErrno(displayPath(relativePath), ENOENT, false);
    const std::string prefix = dir.empty() ? std::string() : dir + "/";
    if (!dir.empty()) {
        const parse::TarMember* self = m_index.find(dir);
        const auto first = m_index.members.lower_bound(prefix);
        const bool hasChildren = first != m_index.members.end() && first->first.compare(0, prefix.size(), prefix) == 0;
        if (!hasChildren && !self)
            return Error::fromErrno(displayPath(relativePath), ENOENT, false);
        if (self && self->type != parse::TarMemberType::Directory)
            return Error::fromErrno(displayPath(relativePath), ENOTDIR, false);
    }
    std::set<std::string> names;
    for (auto it = m_index.members.lower_bound(prefix);
         it != m_index.members.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
        const std::string_view rest = std::string_view(it->first).substr(prefix.size());
        names.emplace(rest.substr(0, rest.find('/')));
    }
    return std::vector<std::string>(names.begin(), names.end());
}

Result<std::vector<int>> TarSource::listPids() const
{
    auto names = listDirectory({});
    if (!names)
        return names.error();
    return pidsAmong(*names);
}

std::optional<std::uint32_t> TarSource::processOwner(int pid) const
{
    std::string path;
    if (!indexPath(std::to_string(pid), path))
        return std::nullopt;
    if (const parse::TarMember* dir = m_index.find(path))
        return dir->uid;
    return std::nullopt;
}

bool TarSource::isSmemcap() const
{
    return !m_index.hadProcPrefix && m_index.find("version") && m_index.find("meminfo");
}

std::string TarSource::describe() const
{
    if (!m_sample.empty())
        return "tar capture " + m_name + " (" + m_sample + ")";
    return (isSmemcap() ? "smemcap capture " : "tar capture ") + m_name;
}

Result<std::shared_ptr<const Source>> openSource(const std::string& path, ReadLimits limits, unsigned sample)
{
    // Only a regular file is sniffed: anything else (a directory, a path that does not exist) is a
    // proc root as before, whose reads name the file they miss.
    struct stat st { };
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        if (sample == 0)
            return std::shared_ptr<const Source>(std::make_shared<const ProcRootSource>(path, limits));
        // An unpacked series.
        const std::string folder = path + "/" + captureSampleFolder(sample);
        if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
            return Error::io(path, ENOENT, "has no folder " + captureSampleFolder(sample) + " (--sample)");
        return std::shared_ptr<const Source>(std::make_shared<const ProcRootSource>(folder, limits));
    }
    // Sniff the first block rather than trust the name: a capture may be called anything.
    std::string head;
    {
        const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return Error::fromErrno(path, errno, false);
        head.resize(512);
        const ssize_t got = ::pread(fd, head.data(), head.size(), 0);
        ::close(fd);
        head.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    }
    if (!parse::looksLikeTar(head) && sniffCompression(head) == Compression::None)
        return Error::io(path, 0,
            "is neither a directory nor a tar capture (its first block is no tar header, and it is not compressed "
            "with gzip or zstd)");
    auto tar = TarSource::open(path, limits, sample);
    if (!tar)
        return tar.error();
    return std::shared_ptr<const Source>(std::move(*tar));
}

} // namespace vmscope
