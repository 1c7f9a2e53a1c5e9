#include "workload/ProgramLocation.h"

#include <climits>
#include <cstdlib>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace vmscope {

bool isExecutableFile(const std::string& path)
{
    struct stat info { };
    return !path.empty() && ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)
        && ::access(path.c_str(), X_OK) == 0;
}

std::string locateVmscopeProgram(std::string_view name)
{
    std::vector<std::string> candidates;
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (length > 0) {
        const std::filesystem::path program(std::string(self, static_cast<std::size_t>(length)));
        candidates.push_back((program.parent_path() / std::string(name)).string());
    }
#ifdef VMSCOPE_INSTALL_BINDIR
    candidates.push_back(std::string(VMSCOPE_INSTALL_BINDIR) + "/" + std::string(name));
#endif
    for (const std::string& candidate : candidates)
        if (isExecutableFile(candidate))
            return candidate;
    return {};
}

std::string findInPath(std::string_view name)
{
    const char* path = std::getenv("PATH");
    std::string_view rest = path && *path ? path : "/usr/local/bin:/usr/bin:/bin";
    while (true) {
        const std::size_t colon = rest.find(':');
        const std::string_view directory = rest.substr(0, colon);
        if (!directory.empty()) {
            const std::string candidate = std::string(directory) + "/" + std::string(name);
            if (isExecutableFile(candidate))
                return candidate;
        }
        if (colon == std::string_view::npos)
            return {};
        rest.remove_prefix(colon + 1);
    }
}

} // namespace vmscope
