#include "workload/WorkloadPresets.h"

namespace vmscope {

std::string shellQuote(std::string_view text)
{
    std::string quoted;
    quoted.reserve(text.size() + 2);
    quoted += '\'';
    for (char c : text) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    quoted += '\'';
    return quoted;
}

WorkloadSpec tarPreset(const std::string& folder)
{
    // wc -c prints the archive's size, so the log shows how much tar read; -P keeps tar from
    // warning that it strips the leading / of an absolute folder.
    return { "tar " + folder, "tar -cPf - -- " + shellQuote(folder) + " | wc -c", {} };
}

WorkloadSpec ddReadPreset(const std::string& file)
{
    return { "dd " + file, "dd if=" + shellQuote(file) + " of=/dev/null bs=1M status=progress", {} };
}

WorkloadSpec commandPreset(const std::string& commandLine)
{
    return { commandLine, commandLine, {} };
}

} // namespace vmscope
