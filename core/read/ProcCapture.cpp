#include "core/read/ProcCapture.h"

#include "core/analysis/ServePolicy.h"
#include "core/format/JsonWriter.h"
#include "core/parse/ProcessParsers.h"
#include "core/read/ProcessReader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <sys/utsname.h>
#include <unistd.h>
#include <utility>

namespace vmscope {
namespace {
    CaptureUnreadable unreadable(std::string path, const Error& error)
    {
        const int number = error.errnoValue != 0 ? error.errnoValue : error.kind == ErrorKind::Malformed ? EINVAL : EIO;
        return { std::move(path), serveErrnoName(number), error.message() };
    }

    // maps and smaps are read as they are streamed (up to the streamed cap), the rest whole.
    Result<std::string> readMember(const Source& source, const std::string& path)
    {
        const bool streamed = path.ends_with("/smaps") || path.ends_with("/maps");
        if (!streamed)
            return source.read(path);
        std::string bytes;
        if (auto error = source.readStreaming(path, [&](std::string_view chunk) {
                bytes.append(chunk);
                return true;
            }))
            return *error;
        return bytes;
    }

    // "address sizes	: 39 bits physical, 48 bits virtual": the first CPU's line, all the
    // address-space layout reads of cpuinfo (analysis/AddressSpaceLayout.h).
    std::string addressSizesLine(std::string_view cpuinfo)
    {
        std::size_t at = 0;
        while (at < cpuinfo.size()) {
            std::size_t end = cpuinfo.find('\n', at);
            if (end == std::string_view::npos)
                end = cpuinfo.size();
            const std::string_view line = cpuinfo.substr(at, end - at);
            if (line.starts_with("address sizes"))
                return std::string(line) + "\n";
            at = end + 1;
        }
        return {};
    }

    class SampleWriter {
    public:
        SampleWriter(CaptureWriter& writer, const std::string& folder, CaptureSampleResult& result)
            : m_writer(writer)
            , m_prefix(folder.empty() ? std::string() : folder + "/")
            , m_result(result)
        {
        }
        std::optional<Error> file(const std::string& path, std::string_view bytes, std::uint32_t uid = 0)
        {
            auto error = m_writer.addFile(m_prefix + path, bytes, uid);
            if (!error)
                ++m_result.files;
            return error;
        }
        std::optional<Error> directory(const std::string& path, std::uint32_t uid = 0)
        {
            return m_writer.addDirectory(m_prefix + path, uid);
        }

    private:
        CaptureWriter& m_writer;
        std::string m_prefix;
        CaptureSampleResult& m_result;
    };

    std::optional<Error> captureSystem(const Source& source, SampleWriter& out, CaptureSampleResult& result)
    {
        auto copy = [&](const std::string& path) -> std::optional<Error> {
            auto bytes = source.read(path);
            if (!bytes) {
                result.unreadable.push_back(unreadable(path, bytes.error()));
                return std::nullopt;
            }
            return out.file(path, *bytes);
        };
        for (const std::string_view name : kCaptureSystemFiles)
            if (auto error = copy(std::string(name)))
                return error;
        if (auto cpuinfo = source.read("cpuinfo")) {
            const std::string line = addressSizesLine(*cpuinfo);
            if (!line.empty())
                if (auto error = out.file("cpuinfo", line))
                    return error;
        } else {
            result.unreadable.push_back(unreadable("cpuinfo", cpuinfo.error()));
        }
        auto sysctls = source.listDirectory("sys/vm");
        if (!sysctls) {
            result.unreadable.push_back(unreadable("sys/vm", sysctls.error()));
            return std::nullopt;
        }
        for (const std::string& name : *sysctls)
            if (auto error = copy("sys/vm/" + name))
                return error;
        return std::nullopt;
    }

    bool isCapturedKernelThread(
        const Source& source, int pid, const std::vector<std::pair<std::string, std::string>>& files)
    {
        const std::string statusPath = std::to_string(pid) + "/status";
        for (const auto& [path, bytes] : files)
            if (path == statusPath)
                if (auto status = parse::parseStatus(bytes, path))
                    return isKernelThread(source, pid, *status);
        return false;
    }

    // One process read whole, then written: a process that is gone leaves nothing behind.
    std::optional<Error> captureProcess(const Source& source, int pid, SampleWriter& out, CaptureSampleResult& result)
    {
        const std::string folder = std::to_string(pid);
        const std::uint32_t owner = source.processOwner(pid).value_or(0);
        std::vector<std::pair<std::string, std::string>> files;
        std::vector<CaptureUnreadable> problems;
        bool maybeGone = false;
        for (const std::string_view name : kCaptureProcessFiles) {
            const std::string path = folder + "/" + std::string(name);
            auto bytes = readMember(source, path);
            if (bytes) {
                files.emplace_back(path, std::move(*bytes));
                continue;
            }
            maybeGone = maybeGone || bytes.error().kind == ErrorKind::NoSuchProcess;
            problems.push_back(unreadable(path, bytes.error()));
        }
        // A missing file is "no such process" below a pid folder; the process is gone only when
        // its folder is (a capture of a capture may just lack that file).
        if (maybeGone && !source.listDirectory(folder)) {
            result.gone.push_back(pid);
            return std::nullopt;
        }
        // A kernel thread has no address space: its smaps_rollup answers ESRCH although it runs.
        // That is what the kernel says about every kernel thread, not a file the capture missed.
        if (maybeGone && isCapturedKernelThread(source, pid, files))
            std::erase_if(problems, [](const CaptureUnreadable& problem) { return problem.error == "ESRCH"; });
        if (auto error = out.directory(folder, owner))
            return error;
        for (const auto& [path, bytes] : files)
            if (auto error = out.file(path, bytes, owner))
                return error;
        result.pids.push_back(pid);
        for (CaptureUnreadable& problem : problems)
            result.unreadable.push_back(std::move(problem));
        return std::nullopt;
    }
} // namespace

Result<CaptureSampleResult> captureSample(const Source& source, CaptureWriter& writer, const std::string& folder,
    const std::optional<std::vector<int>>& pids, const std::function<void(std::size_t, std::size_t)>& progress)
{
    CaptureSampleResult result;
    SampleWriter out(writer, folder, result);
    if (!folder.empty())
        if (auto error = writer.addDirectory(folder))
            return *error;
    auto listed = pids ? Result<std::vector<int>>(*pids) : source.listPids();
    if (!listed)
        return listed.error();
    if (auto error = captureSystem(source, out, result))
        return *error;
    std::size_t done = 0;
    for (const int pid : *listed) {
        if (auto error = captureProcess(source, pid, out, result))
            return *error;
        if (progress)
            progress(++done, listed->size());
    }
    return result;
}

namespace {
    std::string hostName()
    {
        char name[256] = {};
        if (::gethostname(name, sizeof name - 1) != 0)
            return {};
        return name;
    }

    std::string kernelRelease()
    {
        utsname u {};
        return ::uname(&u) == 0 ? std::string(u.release) : std::string();
    }

    void writeSampleJson(JsonWriter& json, const CaptureSampleResult& result)
    {
        json.key("pids");
        json.beginArray();
        for (const int pid : result.pids)
            json.value(pid);
        json.endArray();
        json.key("gone");
        json.beginArray();
        for (const int pid : result.gone)
            json.value(pid);
        json.endArray();
        json.key("unreadable");
        json.beginArray();
        for (const CaptureUnreadable& u : result.unreadable) {
            json.beginObject();
            json.field("path", u.path);
            json.field("error", u.error);
            json.field("reason", u.reason);
            json.endObject();
        }
        json.endArray();
    }
} // namespace

std::string captureIsoTime(std::chrono::system_clock::time_point when)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(when.time_since_epoch()).count();
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc {};
    ::gmtime_r(&seconds, &utc);
    char text[40];
    const std::size_t n = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    std::snprintf(text + n, sizeof text - n, ".%03dZ", static_cast<int>(ms % 1000));
    return text;
}

std::string captureMetadataJson(std::string_view tool, std::string_view version, std::string_view sourceDescription,
    std::chrono::system_clock::time_point start, const std::vector<CaptureMetadataSample>& samples)
{
    std::string text;
    JsonWriter json(text);
    json.beginObject();
    json.field("tool", tool);
    json.field("version", version);
    json.field("time", captureIsoTime(start));
    json.field("hostname", hostName());
    json.field("kernel", kernelRelease());
    json.field("page_size", static_cast<std::int64_t>(::sysconf(_SC_PAGESIZE)));
    json.field("uid", static_cast<std::uint64_t>(::getuid()));
    json.field("source", sourceDescription);
    if (samples.size() == 1 && samples.front().folder.empty()) {
        writeSampleJson(json, samples.front().result);
    } else {
        json.key("samples");
        json.beginArray();
        for (const CaptureMetadataSample& sample : samples) {
            json.beginObject();
            json.field("dir", sample.folder);
            json.field("time", sample.time);
            writeSampleJson(json, sample.result);
            json.endObject();
        }
        json.endArray();
    }
    json.endObject();
    text += '\n';
    return text;
}

Result<CaptureSampleResult> captureOnce(const Source& source, CaptureWriter& writer,
    const std::optional<std::vector<int>>& pids, std::string_view tool, std::string_view version,
    const std::function<void(std::size_t, std::size_t)>& progress)
{
    const auto start = std::chrono::system_clock::now();
    auto result = captureSample(source, writer, "", pids, progress);
    if (!result)
        return result.error();
    const std::vector<CaptureMetadataSample> samples { { "", captureIsoTime(start), *result } };
    if (auto error
        = writer.addFile("vmscope.json", captureMetadataJson(tool, version, source.describe(), start, samples)))
        return *error;
    if (auto error = writer.finish())
        return *error;
    return result;
}

Result<std::shared_ptr<const TarSource>> captureToMemory(const Source& source,
    const std::optional<std::vector<int>>& pids, std::string name, std::string_view tool, std::string_view version,
    const std::function<void(std::size_t, std::size_t)>& progress)
{
    const auto now = std::chrono::system_clock::now();
    auto writer = CaptureWriter::createInMemory(
        std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
    auto result = captureOnce(source, *writer, pids, tool, version, progress);
    if (!result)
        return result.error();
    // A snapshot of a big system is far below maxCaptureBytes; the limit is raised to what was
    // written so that the snapshot can always be read back.
    ReadLimits limits;
    limits.maxCaptureBytes = std::max<std::size_t>(limits.maxCaptureBytes, writer->bytesWritten());
    return TarSource::fromBytes(writer->takeBytes(), std::move(name), limits);
}

} // namespace vmscope
