// vmscope-cli oom: processes ranked by the OOM killer's badness, the kernel's own oom_score
// beside the parts it is made of (core/analysis/OomBadness), and the policy around the killer.
#include "app/cli/Cli.h"

#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/format/TextTable.h"
#include "core/read/MemoryCgroupReader.h"
#include "core/read/OomRanking.h"

#include <map>
#include <string>

namespace vmscope::cli {
namespace {

    const char* scaleName(OomScoreScale scale)
    {
        switch (scale) {
        case OomScoreScale::Doubled:
            return "doubled";
        case OomScoreScale::PerMille:
            return "per_mille";
        case OomScoreScale::Heuristic:
            break;
        }
        return "heuristic";
    }

    // The formula the running kernel applies, in words and with this machine's numbers.
    std::string formulaText(const OomRanking& ranking)
    {
        const std::string total = std::to_string(ranking.totalPages);
        const std::string adjUnit = std::to_string(oomAdjUnitPages(ranking.totalPages));
        std::string kernel = ranking.release ? std::to_string(ranking.release->major) + "."
                + std::to_string(ranking.release->minor) + "." + std::to_string(ranking.release->patch)
                                             : std::string("unknown (assumed 5.9 or later)");
        std::string text = "Kernel " + kernel + ". points = RSS + swap + page tables (in pages of "
            + std::to_string(ranking.pageSizeKiB) + " kB) + oom_score_adj x " + adjUnit + " (RAM + swap = " + total
            + " pages, / 1000).\n";
        switch (ranking.scale) {
        case OomScoreScale::Doubled:
            text += "oom_score = (1000 + points x 1000 / " + total
                + ") x 2 / 3 (since 5.9: 0..2000, an ordinary small process reads 666).\n";
            break;
        case OomScoreScale::PerMille:
            text += "oom_score = points x 1000 / " + total
                + " (2.6.36 to 5.8: thousandths of RAM + swap; before 4.17 CAP_SYS_ADMIN took 3 % off).\n";
            break;
        case OomScoreScale::Heuristic:
            text += "Before 2.6.36 oom_score came from size, CPU time, age and nice: it is shown as the kernel "
                    "printed it, points are only today's rule.\n";
            break;
        }
        text += "oom_score_adj -1000 (and init) are never chosen.\n";
        return text;
    }

    std::string optionalNumber(const std::optional<std::int64_t>& value)
    {
        return value ? std::to_string(*value) : std::string("-");
    }

    void writePolicyJson(JsonWriter& json, const OomPolicy& policy)
    {
        json.key("policy");
        json.beginObject();
        const std::pair<const char*, const std::optional<std::int64_t>*> entries[] = {
            { "vm.oom_kill_allocating_task", &policy.oomKillAllocatingTask },
            { "vm.panic_on_oom", &policy.panicOnOom },
            { "vm.oom_dump_tasks", &policy.oomDumpTasks },
            { "vm.overcommit_memory", &policy.overcommitMemory },
            { "vm.overcommit_ratio", &policy.overcommitRatio },
            { "vm.overcommit_kbytes", &policy.overcommitKbytes },
        };
        for (const auto& [name, value] : entries)
            if (*value)
                json.field(name, **value);
        json.endObject();
    }

    // Each candidate's memory cgroup: a limit there means the OOM killer may act inside it long
    // before the machine runs short. Read once per cgroup (most processes share a few); only when
    // the /sys of the proc root's machine is at hand (Context::sys).
    class CgroupLookup {
    public:
        CgroupLookup(const Source& proc, const Source* sys)
            : m_proc(proc)
            , m_sys(sys)
        {
            if (!m_sys)
                return;
            if (auto hierarchies = findMemoryHierarchies(proc, *m_sys);
                hierarchies && (hierarchies->v1 || hierarchies->v2))
                m_hierarchies = *hierarchies;
        }

        const MemoryCgroup* of(int pid)
        {
            if (!m_hierarchies)
                return nullptr;
            auto location = locateMemoryCgroup(m_proc, *m_hierarchies, pid);
            if (!location)
                return nullptr;
            auto [at, added] = m_read.try_emplace(location->sysDirectory);
            if (added)
                at->second = readMemoryCgroup(*m_sys, *location);
            return &at->second;
        }

    private:
        const Source& m_proc;
        const Source* m_sys; // null: no /sys of this proc root's machine
        std::optional<MemoryHierarchies> m_hierarchies;
        std::map<std::string, MemoryCgroup> m_read;
    };

    void writeCgroupJson(JsonWriter& json, const MemoryCgroup& cgroup)
    {
        json.key("cgroup");
        json.beginObject();
        json.field("version", static_cast<int>(cgroup.location.version));
        json.field("path", cgroup.location.path);
        json.field("unlimited", cgroup.limit.isUnlimited());
        if (cgroup.limit.hasBytes())
            json.field("limit", cgroup.limit.bytes / 1024);
        if (cgroup.usageBytes)
            json.field("usage", *cgroup.usageBytes / 1024);
        if (cgroup.peakBytes)
            json.field("peak", *cgroup.peakBytes / 1024);
        if (cgroup.oomKills)
            json.field("oom_kills", *cgroup.oomKills);
        json.endObject();
    }

    int writeJson(Context& context, const OomRanking& ranking)
    {
        const auto victim = ranking.firstVictim();
        CgroupLookup cgroups(context.source, context.sys.get());
        JsonWriter json(context.out);
        json.beginObject();
        json.key("processes");
        json.beginArray();
        for (std::size_t i = 0; i < ranking.candidates.size(); ++i) {
            const OomCandidate& c = ranking.candidates[i];
            json.beginObject();
            json.field("pid", c.pid);
            json.field("name", c.name);
            json.field("user", c.user);
            if (c.oomScore)
                json.field("oom_score", *c.oomScore);
            json.field("oom_score_adj", c.oomScoreAdj);
            json.field("rss", c.rssKiB);
            json.field("swap", c.swapKiB);
            json.field("page_tables", c.pageTablesKiB);
            json.field("points", c.badness.points);
            json.field("adj_points", c.badness.adjPoints);
            if (c.expectedScore)
                json.field("expected_oom_score", *c.expectedScore);
            json.field("exempt", c.badness.exempt);
            json.field("killed_first", victim && *victim == i);
            if (const MemoryCgroup* cgroup = cgroups.of(c.pid))
                writeCgroupJson(json, *cgroup);
            json.endObject();
            flushIfLarge(context);
        }
        json.endArray();
        writeUnreadableJson(json, ranking.unreadable);
        json.field("vanished", static_cast<std::uint64_t>(ranking.vanished));
        json.field("total_pages", ranking.totalPages);
        json.field("page_size_kb", ranking.pageSizeKiB);
        json.field("score_scale", scaleName(ranking.scale));
        writePolicyJson(json, ranking.policy);
        json.endObject();
        context.out += '\n';
        return kExitOk;
    }

} // namespace

int runOom(Context& context, const std::vector<std::string>& args)
{
    if (!args.empty())
        return usageError(context, "'oom' takes no arguments");
    const OomRanking ranking = readOomRanking(context.source);
    if (context.format == Format::Json)
        return writeJson(context, ranking);

    const auto victim = ranking.firstVictim();
    TextTable table({ { "PID", true }, { "User" }, { "Name" }, { "OOM score", true }, { "adj", true }, { "RSS", true },
        { "Swap", true }, { "Page tables", true }, { "Points", true }, { "" } });
    auto row = [&](std::size_t i) -> std::vector<std::string> {
        const OomCandidate& c = ranking.candidates[i];
        std::string mark;
        if (victim && *victim == i)
            mark = "<- killed first";
        else if (c.badness.exempt)
            mark = "never chosen";
        else if (c.oomScore && c.expectedScore && *c.oomScore != *c.expectedScore)
            mark = "recomputed " + std::to_string(*c.expectedScore) + " (changed while read)";
        return { std::to_string(c.pid), c.user, c.name, optionalNumber(c.oomScore), std::to_string(c.oomScoreAdj),
            sizeCell(context, c.rssKiB), sizeCell(context, c.swapKiB), sizeCell(context, c.pageTablesKiB),
            std::to_string(c.badness.points), mark };
    };
    const bool csv = context.format == Format::Csv;
    if (!csv)
        for (std::size_t i = 0; i < ranking.candidates.size(); ++i)
            table.widenFor(row(i));
    table.streamTo(
        context.out, csv ? TextTable::Style::Csv : TextTable::Style::Text, [&context] { flushIfLarge(context); });
    for (std::size_t i = 0; i < ranking.candidates.size(); ++i)
        table.addRow(row(i));
    table.finish();
    if (csv)
        return kExitOk;

    std::string& out = context.out;
    out.append("\n").append(formulaText(ranking));
    const OomPolicy& policy = ranking.policy;
    out.append("Policy: vm.oom_kill_allocating_task=")
        .append(optionalNumber(policy.oomKillAllocatingTask))
        .append(" vm.panic_on_oom=")
        .append(optionalNumber(policy.panicOnOom))
        .append(" vm.oom_dump_tasks=")
        .append(optionalNumber(policy.oomDumpTasks))
        .append(" vm.overcommit_memory=")
        .append(optionalNumber(policy.overcommitMemory))
        .append("\n");
    if (!ranking.unreadable.empty()) {
        out.append("\nNot included, cannot be read: ").append(std::to_string(ranking.unreadable.size())).append("\n");
        for (const UnreadableProcess& u : ranking.unreadable)
            out.append("  ")
                .append(std::to_string(u.pid))
                .append(": ")
                .append(escapeForDisplay(u.error.message()))
                .append("\n");
    }
    return kExitOk;
}

} // namespace vmscope::cli
