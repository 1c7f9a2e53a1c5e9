#include "core/analysis/OomBadness.h"

#include "core/model/Saturating.h"
#include "core/parse/ParseUtil.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace vmscope {
namespace {

    // One decimal component of a release, stopping at the first non-digit ("44-fc-v669").
    std::optional<int> releaseComponent(std::string_view& text)
    {
        int value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc {} || value < 0)
            return std::nullopt;
        text.remove_prefix(static_cast<std::size_t>(end - text.data()));
        return value;
    }

    std::int64_t clampToInt64(std::uint64_t value)
    {
        return value > std::uint64_t(std::numeric_limits<std::int64_t>::max())
            ? std::numeric_limits<std::int64_t>::max()
            : std::int64_t(value);
    }

    std::int64_t saturatingSignedAdd(std::int64_t a, std::int64_t b)
    {
        std::int64_t sum = 0;
        if (__builtin_add_overflow(a, b, &sum))
            return b > 0 ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
        return sum;
    }

} // namespace

std::optional<KernelRelease> parseKernelRelease(std::string_view versionText)
{
    std::string_view text = parse::trim(versionText);
    constexpr std::string_view prefix = "Linux version ";
    if (text.substr(0, prefix.size()) == prefix)
        text.remove_prefix(prefix.size());
    KernelRelease release;
    auto major = releaseComponent(text);
    if (!major || text.empty() || text.front() != '.')
        return std::nullopt;
    text.remove_prefix(1);
    auto minor = releaseComponent(text);
    if (!minor)
        return std::nullopt;
    release.major = *major;
    release.minor = *minor;
    // 2.6.x had four parts, newer kernels three, and "6.18-rc1" none after the minor.
    if (!text.empty() && text.front() == '.') {
        text.remove_prefix(1);
        if (auto patch = releaseComponent(text))
            release.patch = *patch;
    }
    return release;
}

OomScoreScale oomScoreScaleFor(const KernelRelease& release)
{
    if (release.atLeast(5, 9))
        return OomScoreScale::Doubled;
    if (release.atLeast(2, 6, 36))
        return OomScoreScale::PerMille;
    return OomScoreScale::Heuristic;
}

OomBadness oomBadness(const OomBadnessInput& input)
{
    OomBadness badness;
    const std::uint64_t pageKiB = std::max<std::uint64_t>(input.pageSizeKiB, 1);
    badness.rssPages = input.rssKiB / pageKiB;
    badness.swapPages = input.swapKiB / pageKiB;
    badness.pageTablePages = input.pageTablesKiB / pageKiB;
    const int adj = std::clamp(input.oomScoreAdj, kOomScoreAdjMin, kOomScoreAdjMax);
    badness.exempt = adj == kOomScoreAdjMin || input.unkillable;
    // The kernel divides first: adj *= totalpages / 1000.
    badness.adjPoints = std::int64_t(adj) * clampToInt64(oomAdjUnitPages(input.totalPages));
    const std::uint64_t counted
        = saturatingAdd(saturatingAdd(badness.rssPages, badness.swapPages), badness.pageTablePages);
    badness.points = saturatingSignedAdd(clampToInt64(counted), badness.adjPoints);
    return badness;
}

std::optional<std::int64_t> expectedOomScore(const OomBadness& badness, std::uint64_t totalPages, OomScoreScale scale)
{
    if (totalPages == 0 || scale == OomScoreScale::Heuristic)
        return std::nullopt;
    if (badness.exempt)
        return 0;
    __extension__ using Wide = __int128;
    const Wide total = Wide(totalPages);
    if (scale == OomScoreScale::Doubled) {
        // long arithmetic in the kernel; C division truncates toward zero, as here.
        const Wide scaled = (1000 + Wide(badness.points) * 1000 / total) * 2 / 3;
        return std::int64_t(std::clamp<Wide>(scaled, 0, 2000));
    }
    // oom_badness() returned at least 1 for an eligible task before 5.9.
    const Wide points = std::max<Wide>(Wide(badness.points), 1);
    return std::int64_t(std::min<Wide>(points * 1000 / total, 1000));
}

} // namespace vmscope
