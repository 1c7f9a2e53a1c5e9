#include "core/parse/SystemParsers.h"

#include "core/parse/ParseMessages.h"
#include "core/parse/ParseUtil.h"

#include <climits>

namespace vmscope::parse {
namespace {

    Error malformedAt(std::string_view fileName, const LineCursor& cursor, std::string why)
    {
        return Error::malformed(std::string(fileName), cursor.lineNumber(), std::move(why));
    }

    Error emptyFile(std::string_view fileName, std::string_view expected)
    {
        return Error::malformed(
            std::string(fileName), 0, "expected " + std::string(expected) + ", found an empty file");
    }

    // The kernel prints no blank lines, but copies of these files do (the Prometheus fixtures'
    // status starts with one); they carry nothing, so they are skipped rather than rejected.
    bool isBlank(std::string_view line)
    {
        return trim(line).empty();
    }

    bool startsWith(std::string_view s, std::string_view prefix)
    {
        return s.substr(0, prefix.size()) == prefix;
    }

    // The kernel's names (meminfo keys, vmstat and zoneinfo counters) use these characters only;
    // checking them makes binary garbage fail on its first line instead of becoming a key.
    bool isNameChar(char c)
    {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '('
            || c == ')' || c == '-';
    }

    bool isName(std::string_view s)
    {
        return consistsOf(s, isNameChar);
    }

    // Per-cpu deltas can make a counter transiently negative (vmstat_refresh warns about it); where
    // such a value is printed signed, "-3" means "about nothing" and reads as 0 rather than failing
    // the whole file.
    NumberError parseCounter(std::string_view token, std::uint64_t& out)
    {
        if (!token.empty() && token.front() == '-') {
            std::uint64_t ignored = 0;
            if (NumberError e = parseUnsigned(token.substr(1), ignored); e != NumberError::None)
                return e == NumberError::Overflow ? NumberError::Overflow : NumberError::NotANumber;
            out = 0;
            return NumberError::None;
        }
        return parseUnsigned(token, out);
    }

    std::string expectedNumberAfter(NumberError e, std::string_view key)
    {
        return std::string("expected ") + describe(e) + " after " + quotedExcerpt(key);
    }

    // "0," as buddyinfo, pagetypeinfo and zoneinfo print the node number.
    bool parseNodeNumber(std::string_view token, int& node)
    {
        if (token.empty() || token.back() != ',')
            return false;
        std::uint64_t value = 0;
        if (parseUnsigned(token.substr(0, token.size() - 1), value) != NumberError::None || value > INT_MAX)
            return false;
        node = static_cast<int>(value);
        return true;
    }

    // "Node 0, zone   Normal": consumes the four tokens; the zone token is returned as printed
    // (pagetypeinfo's free section has a ',' after it).
    bool parseNodeZone(std::string_view& rest, int& node, std::string_view& zone)
    {
        if (nextToken(rest) != "Node" || !parseNodeNumber(nextToken(rest), node) || nextToken(rest) != "zone")
            return false;
        zone = nextToken(rest);
        return !zone.empty();
    }

    // The space-separated counts that end a buddyinfo/pagetypeinfo row. pagetypeinfo prints
    // ">100000" when it stopped counting (5.6+); that reads as 100000 with `capped` set.
    bool parseCounts(std::string_view rest, std::vector<std::uint64_t>& counts, bool* capped, std::string& why)
    {
        while (true) {
            std::string_view token = nextToken(rest);
            if (token.empty())
                return true;
            if (capped && token.front() == '>') {
                *capped = true;
                token.remove_prefix(1);
            }
            std::uint64_t value = 0;
            if (NumberError e = parseUnsigned(token, value); e != NumberError::None) {
                why = std::string("expected ") + describe(e) + " in the list of counts, found " + quotedExcerpt(token);
                return false;
            }
            counts.push_back(value);
        }
    }

    // ---- zoneinfo ----

    enum class ZonePart {
        Start, // after "Node N, zone NAME"
        NodeStats, // "per-node stats" lines, before "pages free"
        Header, // "pages free" up to "pagesets": watermarks, sizes, protection, zone counters
        Pagesets, // per-cpu lists (skipped)
        Tail, // node_unreclaimable, start_pfn (and old kernels' all_unreclaimable, prev_priority)
    };

    bool isPagesetKey(std::string_view key)
    {
        return key == "cpu" || key == "count" || key == "high" || key == "batch" || key == "high_min"
            || key == "high_max" || key == "vm";
    }

    std::optional<std::uint64_t>* zoneField(Zone& zone, std::string_view key)
    {
        if (key == "min")
            return &zone.min;
        if (key == "low")
            return &zone.low;
        if (key == "high")
            return &zone.high;
        if (key == "boost")
            return &zone.boost;
        if (key == "promo")
            return &zone.promo;
        if (key == "spanned")
            return &zone.spanned;
        if (key == "present")
            return &zone.present;
        if (key == "managed")
            return &zone.managed;
        if (key == "cma")
            return &zone.cma;
        return nullptr;
    }

    // "(0, 3019, 5963, 5963, 5963)"
    bool parseProtection(std::string_view value, std::vector<std::uint64_t>& out, std::string& why)
    {
        value = trim(value);
        if (value.size() < 2 || value.front() != '(' || value.back() != ')') {
            why = "expected \"protection: (n, n, ...)\"";
            return false;
        }
        value = value.substr(1, value.size() - 2);
        while (true) {
            const std::size_t comma = value.find(',');
            const std::string_view item = trim(value.substr(0, comma));
            std::uint64_t number = 0;
            if (NumberError e = parseUnsigned(item, number); e != NumberError::None) {
                why = std::string("expected ") + describe(e) + " in the protection list, found " + quotedExcerpt(item);
                return false;
            }
            out.push_back(number);
            if (comma == std::string_view::npos)
                return true;
            value.remove_prefix(comma + 1);
        }
    }

    // "name value" or "name: value"; 2.6 kernels follow "scanned  0" with "(a: 8 i: 8)", which is
    // the only trailing text accepted.
    bool parseZoneCounter(std::string_view text, std::string_view& key, std::uint64_t& value, std::string& why)
    {
        std::string_view rest = text;
        key = nextToken(rest);
        if (!key.empty() && key.back() == ':')
            key.remove_suffix(1);
        if (!isName(key)) {
            why = "expected a zoneinfo line \"name value\", found " + quotedExcerpt(text);
            return false;
        }
        if (NumberError e = parseCounter(nextToken(rest), value); e != NumberError::None) {
            why = expectedNumberAfter(e, key);
            return false;
        }
        rest = trim(rest);
        if (!rest.empty() && rest.front() != '(') {
            why = "expected nothing after the value of " + quotedExcerpt(key) + ", found " + quotedExcerpt(rest);
            return false;
        }
        return true;
    }

    NodeStats& nodeStatsFor(ZoneInfo& info, int node)
    {
        for (NodeStats& stats : info.nodes)
            if (stats.node == node)
                return stats;
        NodeStats& stats = info.nodes.emplace_back();
        stats.node = node;
        return stats;
    }

} // namespace

Result<MemInfo> parseMemInfo(std::string_view bytes, std::string_view fileName)
{
    MemInfo info;
    info.entries.reserve(64);
    LineCursor cursor(bytes);
    std::string_view line;
    while (cursor.next(line)) {
        if (isBlank(line))
            continue;
        const std::optional<KeyValueLine> kv = splitKeyValue(line);
        if (!kv || !isName(kv->key))
            return malformedAt(fileName, cursor, "expected \"Key: value kB\", found " + quotedExcerpt(line));
        SizeValue size;
        bool badUnit = false;
        if (NumberError e = parseSizeValue(kv->value, size, badUnit); e != NumberError::None)
            return malformedAt(fileName, cursor, expectedNumberAfter(e, std::string(kv->key) + ":"));
        if (badUnit)
            return malformedAt(fileName, cursor,
                "expected \"kB\" or nothing after the value of " + quotedExcerpt(kv->key) + ", found "
                    + quotedExcerpt(kv->value));
        info.entries.push_back(MemInfoEntry { std::string(kv->key), size.value, size.hasUnit });
    }
    if (info.entries.empty())
        return emptyFile(fileName, "\"Key: value kB\" lines");
    return info;
}

Result<ZoneInfo> parseZoneInfo(std::string_view bytes, std::string_view fileName)
{
    ZoneInfo info;
    LineCursor cursor(bytes);
    std::string_view line;
    std::string why;
    Zone* zone = nullptr;
    NodeStats* nodeStats = nullptr;
    ZonePart part = ZonePart::Start;
    while (cursor.next(line)) {
        const std::string_view text = trim(line);
        if (text.empty())
            continue;
        if (startsWith(line, "Node")) {
            std::string_view rest = line;
            int node = 0;
            std::string_view name;
            if (!parseNodeZone(rest, node, name) || !trim(rest).empty())
                return malformedAt(fileName, cursor, "expected \"Node N, zone NAME\", found " + quotedExcerpt(text));
            zone = &info.zones.emplace_back();
            zone->node = node;
            zone->name.assign(name);
            nodeStats = nullptr;
            part = ZonePart::Start;
            continue;
        }
        if (!zone)
            return malformedAt(fileName, cursor, "expected \"Node N, zone NAME\", found " + quotedExcerpt(text));
        if (part == ZonePart::Start && text == "per-node stats") {
            nodeStats = &nodeStatsFor(info, zone->node);
            part = ZonePart::NodeStats;
            continue;
        }
        std::string_view firstToken = text;
        firstToken = nextToken(firstToken);
        if (firstToken == "pages") {
            std::string_view rest = text;
            nextToken(rest);
            if (nextToken(rest) != "free")
                return malformedAt(fileName, cursor, "expected \"pages free N\", found " + quotedExcerpt(text));
            std::uint64_t free = 0;
            NumberError e = parseUnsigned(nextToken(rest), free);
            if (e == NumberError::None && !trim(rest).empty())
                e = NumberError::NotANumber;
            if (e != NumberError::None)
                return malformedAt(fileName, cursor, expectedNumberAfter(e, "pages free"));
            zone->free = free;
            part = ZonePart::Header;
            continue;
        }
        if (part == ZonePart::Start)
            return malformedAt(fileName, cursor,
                "expected \"pages free N\" or \"per-node stats\" after the zone header, found " + quotedExcerpt(text));
        if (text == "pagesets") {
            part = ZonePart::Pagesets;
            continue;
        }
        if (part == ZonePart::Pagesets) {
            // Per-cpu lines are indented deeper than the zone's own "  key: value" lines; their
            // "high:" is the pcp list's high mark, not the zone watermark.
            std::string_view rest = text;
            std::string_view key = nextToken(rest);
            if (!key.empty() && key.back() == ':')
                key.remove_suffix(1);
            if (line.size() - skipSpaces(line).size() > 2 || isPagesetKey(key))
                continue;
            part = ZonePart::Tail;
        }
        constexpr std::string_view kProtection = "protection:";
        if (part == ZonePart::Header && startsWith(text, kProtection)) {
            zone->protection.clear();
            if (!parseProtection(text.substr(kProtection.size()), zone->protection, why))
                return malformedAt(fileName, cursor, why);
            continue;
        }
        std::string_view key;
        std::uint64_t value = 0;
        if (!parseZoneCounter(text, key, value, why))
            return malformedAt(fileName, cursor, why);
        if (part == ZonePart::NodeStats) {
            nodeStats->stats.emplace_back(std::string(key), value);
            continue;
        }
        if (part == ZonePart::Header) {
            if (std::optional<std::uint64_t>* field = zoneField(*zone, key)) {
                *field = value;
                continue;
            }
        }
        zone->counters.emplace_back(std::string(key), value);
    }
    if (info.zones.empty())
        return emptyFile(fileName, "\"Node N, zone NAME\" blocks");
    if (part == ZonePart::Start || part == ZonePart::NodeStats)
        return malformedAt(fileName, cursor, "expected \"pages free N\", found the end of the file");
    return info;
}

Result<BuddyInfo> parseBuddyInfo(std::string_view bytes, std::string_view fileName)
{
    BuddyInfo info;
    LineCursor cursor(bytes);
    std::string_view line;
    std::string why;
    while (cursor.next(line)) {
        if (isBlank(line))
            continue;
        BuddyZone zone;
        std::string_view rest = line;
        std::string_view name;
        if (!parseNodeZone(rest, zone.node, name))
            return malformedAt(fileName, cursor,
                "expected \"Node N, zone NAME\" followed by free block counts, found " + quotedExcerpt(trim(line)));
        zone.zone.assign(name);
        if (!parseCounts(rest, zone.freeBlocks, nullptr, why))
            return malformedAt(fileName, cursor, why);
        if (zone.freeBlocks.empty())
            return malformedAt(fileName, cursor, "expected free block counts after the zone name");
        info.zones.push_back(std::move(zone));
    }
    if (info.zones.empty())
        return emptyFile(fileName, "\"Node N, zone NAME counts...\" lines");
    return info;
}

namespace {
    // The migrate type names of a "Number of blocks type" header, or of "Number of mixed blocks",
    // which must name the same types.
    bool parseBlockTypesHeader(
        std::string_view rest, bool mixed, std::vector<std::string>& blockTypes, std::string& why)
    {
        std::vector<std::string> types;
        for (std::string_view type = nextToken(rest); !type.empty(); type = nextToken(rest))
            types.emplace_back(type);
        if (types.empty()) {
            why = "expected migrate type names in the header";
            return false;
        }
        if (!mixed || blockTypes.empty()) {
            blockTypes = std::move(types);
            return true;
        }
        if (types != blockTypes) {
            why = "expected the same migrate types as \"Number of blocks type\"";
            return false;
        }
        return true;
    }

    // The rest of a free-pages row after "Node N, zone NAME": ", type TYPE" and one count per order.
    bool parseFreeRow(std::string_view rest, int node, std::string_view zone, std::size_t orders,
        MigrateFreeBlocks& row, std::string& why)
    {
        row.node = node;
        if (zone.back() == ',')
            zone.remove_suffix(1);
        row.zone.assign(zone);
        if (nextToken(rest) != "type") {
            why = "expected \"type NAME\" after the zone name";
            return false;
        }
        row.type.assign(nextToken(rest));
        if (!parseCounts(rest, row.counts, &row.capped, why))
            return false;
        if (row.type.empty() || row.counts.size() != orders) {
            why = "expected a migrate type and " + std::to_string(orders) + " counts, one per order";
            return false;
        }
        return true;
    }

    // The rest of a block-count row after "Node N, zone NAME": one count per migrate type.
    bool parseBlockCountRow(std::string_view rest, int node, std::string_view zone, std::size_t typeCount,
        BlockCounts& row, std::string& why)
    {
        row.node = node;
        row.zone.assign(zone);
        if (!parseCounts(rest, row.counts, nullptr, why))
            return false;
        if (row.counts.size() != typeCount) {
            why = "expected " + std::to_string(typeCount) + " counts, one per migrate type";
            return false;
        }
        return true;
    }

} // namespace

Result<PageTypeInfo> parsePageTypeInfo(std::string_view bytes, std::string_view fileName)
{
    enum class Section { Header, Free, Blocks, MixedBlocks };
    constexpr std::string_view kOrderLine = "Page block order:";
    constexpr std::string_view kPerBlockLine = "Pages per block:";
    constexpr std::string_view kFreeHeader = "Free pages count per migrate type at order";
    constexpr std::string_view kBlocksHeader = "Number of blocks type";
    constexpr std::string_view kMixedHeader = "Number of mixed blocks";

    PageTypeInfo info;
    LineCursor cursor(bytes);
    std::string_view line;
    std::string why;
    Section section = Section::Header;
    bool sawOrder = false;
    bool sawPerBlock = false;
    bool sawAnything = false;
    std::size_t orders = 0;
    while (cursor.next(line)) {
        const std::string_view text = trim(line);
        if (text.empty())
            continue;
        sawAnything = true;
        if (startsWith(text, kOrderLine)) {
            std::uint64_t order = 0;
            if (NumberError e = parseUnsigned(trim(text.substr(kOrderLine.size())), order); e != NumberError::None)
                return malformedAt(fileName, cursor, expectedNumberAfter(e, kOrderLine));
            if (order >= 64)
                return malformedAt(fileName, cursor, "expected a page block order below 64");
            info.pageBlockOrder = static_cast<int>(order);
            sawOrder = true;
        } else if (startsWith(text, kPerBlockLine)) {
            if (NumberError e = parseUnsigned(trim(text.substr(kPerBlockLine.size())), info.pagesPerBlock);
                e != NumberError::None)
                return malformedAt(fileName, cursor, expectedNumberAfter(e, kPerBlockLine));
            sawPerBlock = true;
        } else if (startsWith(text, kFreeHeader)) {
            std::vector<std::uint64_t> orderNumbers;
            if (!parseCounts(text.substr(kFreeHeader.size()), orderNumbers, nullptr, why))
                return malformedAt(fileName, cursor, why);
            for (std::size_t i = 0; i < orderNumbers.size(); ++i)
                if (orderNumbers[i] != i)
                    return malformedAt(fileName, cursor, "expected the orders 0, 1, 2, ... in the header");
            orders = orderNumbers.size();
            section = Section::Free;
        } else if (startsWith(text, kBlocksHeader) || startsWith(text, kMixedHeader)) {
            const bool mixed = startsWith(text, kMixedHeader);
            if (!parseBlockTypesHeader(
                    text.substr(mixed ? kMixedHeader.size() : kBlocksHeader.size()), mixed, info.blockTypes, why))
                return malformedAt(fileName, cursor, why);
            section = mixed ? Section::MixedBlocks : Section::Blocks;
        } else if (startsWith(text, "Node") && section != Section::Header) {
            std::string_view rest = text;
            int node = 0;
            std::string_view zone;
            if (!parseNodeZone(rest, node, zone))
                return malformedAt(fileName, cursor, "expected \"Node N, zone NAME\", found " + quotedExcerpt(text));
            if (section == Section::Free) {
                MigrateFreeBlocks row;
                if (!parseFreeRow(rest, node, zone, orders, row, why))
                    return malformedAt(fileName, cursor, why);
                info.free.push_back(std::move(row));
            } else {
                BlockCounts row;
                if (!parseBlockCountRow(rest, node, zone, info.blockTypes.size(), row, why))
                    return malformedAt(fileName, cursor, why);
                (section == Section::Blocks ? info.blocks : info.mixedBlocks).push_back(std::move(row));
            }
        } else {
            return malformedAt(fileName, cursor, "expected a pagetypeinfo header or row, found " + quotedExcerpt(text));
        }
    }
    if (!sawAnything)
        return emptyFile(fileName, "\"Page block order: N\"");
    if (!sawOrder || !sawPerBlock)
        return Error::malformed(
            std::string(fileName), 0, "expected \"Page block order: N\" and \"Pages per block: N\" lines");
    return info;
}

Result<CounterList> parseCounterLines(std::string_view bytes, std::string_view fileName)
{
    CounterList counters;
    LineCursor cursor(bytes);
    std::string_view line;
    while (cursor.next(line)) {
        if (isBlank(line))
            continue;
        std::string_view rest = line;
        const std::string_view name = nextToken(rest);
        const std::string_view number = nextToken(rest);
        std::uint64_t value = 0;
        if (!isName(name) || !trim(rest).empty())
            return malformedAt(fileName, cursor, "expected \"name value\", found " + quotedExcerpt(trim(line)));
        if (NumberError e = parseCounter(number, value); e != NumberError::None)
            return malformedAt(fileName, cursor, expectedNumberAfter(e, name));
        counters.emplace_back(std::string(name), value);
    }
    if (counters.empty())
        return emptyFile(fileName, "\"name value\" lines");
    return counters;
}

Result<VmStat> parseVmStat(std::string_view bytes, std::string_view fileName)
{
    auto counters = parseCounterLines(bytes, fileName);
    if (!counters)
        return counters.error();
    VmStat stat;
    stat.counters = std::move(*counters);
    return stat;
}

SysctlValue parseSysctlValue(std::string_view name, std::string_view bytes)
{
    SysctlValue value;
    value.name.assign(name);
    // Sysctl files end in '\n'; list-valued ones (lowmem_reserve_ratio) separate items by tabs.
    std::string_view text = bytes;
    while (!text.empty() && (isSpace(text.back()) || text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1);
    while (!text.empty() && (isSpace(text.front()) || text.front() == '\n'))
        text.remove_prefix(1);
    value.text.assign(text);
    std::string_view rest = text;
    if (rest.find('\n') != std::string_view::npos)
        return value;
    for (std::string_view token = nextToken(rest); !token.empty(); token = nextToken(rest)) {
        std::int64_t number = 0;
        if (parseSigned(token, number) != NumberError::None) {
            value.numbers.clear();
            return value;
        }
        value.numbers.push_back(number);
    }
    return value;
}

} // namespace vmscope::parse
