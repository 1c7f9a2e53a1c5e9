#include "core/format/MapsReport.h"

#include "core/analysis/Classifier.h"
#include "core/format/DisplayText.h"
#include "core/format/Units.h"
#include "core/model/Saturating.h"

#include <algorithm>
#include <cstdio>

namespace vmscope {
namespace {

    std::string hex(std::uint64_t n, int width = 0)
    {
        char buffer[24];
        std::snprintf(buffer, sizeof buffer, "%0*llx", width, static_cast<unsigned long long>(n));
        return buffer;
    }

    // The union of keys present in any VMA, known keys in kernel order, then unknown ones in
    // order of first appearance: the columns of the maps table.
    struct FieldColumns {
        std::vector<SmapsKey> known;
        std::vector<std::string> extra;
    };

    FieldColumns collectColumns(const std::vector<Vma>& vmas)
    {
        std::uint32_t mask = 0;
        FieldColumns columns;
        for (const Vma& v : vmas) {
            mask |= v.fields.presentMask();
            for (const ExtraField& e : v.fields.extras())
                if (e.numeric && std::find(columns.extra.begin(), columns.extra.end(), e.name) == columns.extra.end())
                    columns.extra.push_back(e.name);
        }
        for (std::size_t i = 0; i < kSmapsKeyCount; ++i)
            if ((mask >> i) & 1u)
                columns.known.push_back(static_cast<SmapsKey>(i));
        if (columns.known.empty())
            columns.known.push_back(SmapsKey::Size); // maps only: Size from the range
        return columns;
    }

    std::string sizeCell(const MapsTableOptions& options, std::uint64_t kib)
    {
        if (kib == kSaturated)
            return "overflow"; // a sum that did not fit in 64 bits (core/model/Saturating.h)
        return options.human ? formatKiBCompact(kib) : std::to_string(kib);
    }

} // namespace

std::uint64_t vmaSizeKiB(const Vma& v)
{
    return v.fields.has(SmapsKey::Size) ? v.fields.get(SmapsKey::Size) : v.size() / 1024;
}

namespace {
    // The one builder behind buildMapsTable and streamMapsTable: `prepare` runs once the columns
    // are known, before the first row (streamMapsTable starts its stream there). With
    // `measureFirst` every row is formatted once for the widths before it is formatted again to
    // be written: the VMAs are in memory anyway, so a streamed table aligns exactly like a
    // collected one without keeping its rows.
    template <class Prepare>
    TextTable fillMapsTable(
        const MemoryMap& map, const Totals& totals, const MapsTableOptions& options, bool measureFirst, Prepare prepare)
    {
        const FieldColumns fieldColumns = collectColumns(map.vmas);
        const bool wideAddresses
            = std::any_of(map.vmas.begin(), map.vmas.end(), [](const Vma& v) { return v.end > 0xffffffffull; });
        const int addressWidth = wideAddresses ? 12 : 8;
        std::vector<TextTable::Column> columns { { "Start" }, { "End" }, { "Perm" }, { "Offset" }, { "Device" },
            { "Inode", true } };
        for (SmapsKey key : fieldColumns.known)
            columns.push_back({ std::string(smapsKeyName(key)), true });
        for (const std::string& name : fieldColumns.extra)
            columns.push_back({ name, true });
        columns.push_back({ "Uss", true });
        for (const char* title : { "VmFlags", "Kind", "Mapping", "Reason" })
            columns.push_back({ title });
        TextTable table(std::move(columns));

        auto fieldCell = [&](const SmapsFields& fields, SmapsKey key, const Vma* vma) -> std::string {
            if (key == SmapsKey::Size && vma && !fields.has(key))
                return sizeCell(options, vmaSizeKiB(*vma));
            if (!fields.has(key))
                return {};
            return smapsKeyHasUnit(key) ? sizeCell(options, fields.get(key)) : std::to_string(fields.get(key));
        };
        const bool csv = options.forCsv;
        auto vmaRow = [&](std::size_t i) {
            const Vma& v = map.vmas[i];
            std::vector<std::string> row { hex(v.start, addressWidth), hex(v.end, addressWidth), v.perms.toString(),
                hex(v.offset, 8), v.device(), std::to_string(v.inode) };
            for (SmapsKey key : fieldColumns.known)
                row.push_back(fieldCell(v.fields, key, &v));
            for (const std::string& name : fieldColumns.extra) {
                const auto value = v.fields.find(name);
                row.push_back(value ? std::to_string(*value) : std::string());
            }
            row.push_back(v.fields.has(SmapsKey::Rss) ? sizeCell(options, v.fields.uss()) : std::string());
            std::string flags;
            v.flags.forEach([&](std::string_view code) {
                if (!flags.empty())
                    flags += ' ';
                flags += code;
            });
            row.push_back(flags);
            row.emplace_back(regionKindName(v.kind));
            std::string mapping = v.path; // TextTable escapes it
            if (v.deleted)
                mapping += " (deleted)";
            row.push_back(std::move(mapping));
            row.push_back(reasonText(map.vmas, i));
            return row;
        };
        // The totals row is wider than any row above it: measured before the rows, so a streamed
        // table aligns it like a collected one.
        std::vector<std::string> total;
        const bool withTotals = !csv && options.withTotals;
        if (withTotals) {
            total = { "total", "", "", "", "", "" };
            for (SmapsKey key : fieldColumns.known)
                total.push_back(isAdditive(key) ? fieldCell(totals.fields, key, nullptr) : std::string());
            for (const std::string& name : fieldColumns.extra) {
                const auto value = totals.fields.find(name);
                total.push_back(value ? std::to_string(*value) : std::string());
            }
            total.push_back(map.fromSmaps ? sizeCell(options, totals.uss()) : std::string());
            total.push_back(std::to_string(map.vmas.size()) + " VMAs");
            table.widenFor(total);
        }
        if (measureFirst)
            for (std::size_t i = 0; i < map.vmas.size(); ++i)
                table.widenFor(vmaRow(i));
        prepare(table);
        for (std::size_t i = 0; i < map.vmas.size(); ++i)
            table.addRow(vmaRow(i));
        if (withTotals)
            table.addRow(std::move(total));
        return table;
    }
} // namespace

TextTable buildMapsTable(const MemoryMap& map, const Totals& totals, const MapsTableOptions& options)
{
    return fillMapsTable(map, totals, options, false, [](TextTable&) {});
}

void streamMapsTable(const MemoryMap& map, const Totals& totals, const MapsTableOptions& options, std::string& out,
    const std::function<void()>& afterWrite)
{
    TextTable table = fillMapsTable(map, totals, options, !options.forCsv, [&](TextTable& t) {
        t.streamTo(out, options.forCsv ? TextTable::Style::Csv : TextTable::Style::Text, afterWrite);
    });
    table.finish();
}

void appendProcmapCsv(std::string& out, const MemoryMap& map)
{
    // procmap's own export lists the highest address first, hex as maps prints it.
    for (auto it = map.vmas.rbegin(); it != map.vmas.rend(); ++it) {
        out += hex(it->start);
        out += ',';
        out += hex(it->end);
        out += ',';
        std::string name = it->path;
        if (it->deleted)
            name += " (deleted)";
        TextTable::appendCsvCell(out, name);
        out += '\n';
    }
}

} // namespace vmscope
