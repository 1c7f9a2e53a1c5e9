#include "core/read/ProcessTreeIo.h"

#include "core/parse/ParseUtil.h"
#include "core/parse/ProcessIoParser.h"

#include <set>
#include <string>
#include <vector>

namespace vmscope {

std::optional<ProcessIo> readProcessIo(const Source& source, int pid)
{
    const auto bytes = source.read(std::to_string(pid) + "/io");
    if (!bytes)
        return std::nullopt;
    return parse::parseProcessIo(*bytes);
}

std::optional<ProcessIo> readProcessTreeIo(const Source& source, int rootPid)
{
    std::optional<ProcessIo> sum = readProcessIo(source, rootPid);
    if (!sum)
        return std::nullopt;
    std::vector<int> pending { rootPid };
    std::set<int> seen { rootPid };
    while (!pending.empty() && seen.size() < kMaxTreeProcesses) {
        const int pid = pending.back();
        pending.pop_back();
        const auto tasks = source.listDirectory(std::to_string(pid) + "/task");
        if (!tasks)
            continue;
        for (const std::string& task : *tasks) {
            const auto children = source.read(std::to_string(pid) + "/task/" + task + "/children");
            if (!children)
                continue;
            std::string_view words = *children;
            for (std::string_view word = parse::nextToken(words); !word.empty(); word = parse::nextToken(words)) {
                std::uint64_t child = 0;
                if (parse::parseUnsigned(word, child) != parse::NumberError::None || !seen.insert(int(child)).second)
                    continue;
                pending.push_back(int(child));
                // A child that exited between the two reads is not counted here: its parent adds
                // its counters when it reaps it.
                if (const auto io = readProcessIo(source, int(child)))
                    sum->add(*io);
            }
        }
    }
    return sum;
}

} // namespace vmscope
