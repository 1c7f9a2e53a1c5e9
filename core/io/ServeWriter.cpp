#include "core/io/ServeWriter.h"

#include <cerrno>
#include <unistd.h>

namespace vmscope {

ServeWriter::ServeWriter(std::shared_ptr<ServeChannel> channel)
    : m_channel(std::move(channel))
{
}

WriteOutcome ServeWriter::write(const std::string& path, std::int64_t value) const
{
    if (!isServeRequestPath(path))
        return { EINVAL, path };
    const auto answers = m_channel->exchange({ "write " + path + " " + std::to_string(value) });
    const auto& answer = answers.front();
    if (answer.ok())
        return { 0, path };
    return { answer.error().errnoValue == 0 ? EIO : answer.error().errnoValue, path };
}

WriteOutcome ServeWriter::writeVmSysctl(std::string_view name, std::int64_t value) const
{
    const std::string path = "/proc/sys/vm/" + std::string(name);
    // A name is a single file name: no way out of sys/vm (the helper checks it again).
    if (name.empty() || name.find('/') != std::string_view::npos || name == "." || name == "..")
        return { EINVAL, path };
    return write(path, value);
}

WriteOutcome ServeWriter::writeOomScoreAdj(int pid, int value) const
{
    const std::string path = "/proc/" + std::to_string(pid) + "/oom_score_adj";
    if (pid <= 0)
        return { ESRCH, path };
    return write(path, value);
}

WriteOutcome ServeWriter::dropCaches(int level) const
{
    // drop_caches drops clean pages only: dirty data becomes droppable once written back.
    ::sync();
    return write("/proc/sys/vm/drop_caches", level);
}

} // namespace vmscope
