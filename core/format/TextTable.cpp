#include "core/format/TextTable.h"

#include <algorithm>

namespace vmscope {

TextTable::TextTable(std::vector<Column> columns)
    : m_columns(std::move(columns))
{
}

void TextTable::addRow(std::vector<std::string> cells)
{
    cells.resize(m_columns.size());
    m_rows.push_back(std::move(cells));
}

void TextTable::appendText(std::string& out) const
{
    std::vector<std::size_t> widths(m_columns.size());
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        widths[c] = m_columns[c].title.size();
        for (const auto& row : m_rows)
            widths[c] = std::max(widths[c], row[c].size());
    }
    auto appendRow = [&](auto cellAt) {
        std::string line;
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const std::string& cell = cellAt(c);
            const bool last = c + 1 == m_columns.size();
            const std::size_t pad = widths[c] - std::min(widths[c], cell.size());
            if (c > 0)
                line += "  ";
            if (m_columns[c].alignRight)
                line.append(pad, ' ');
            line += cell;
            if (!m_columns[c].alignRight && !last)
                line.append(pad, ' ');
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line;
        out += '\n';
    };
    appendRow([&](std::size_t c) -> const std::string& { return m_columns[c].title; });
    for (const auto& row : m_rows)
        appendRow([&](std::size_t c) -> const std::string& { return row[c]; });
}

void TextTable::appendCsvCell(std::string& out, const std::string& cell)
{
    if (cell.find_first_of(",\"\n\r") == std::string::npos) {
        out += cell;
        return;
    }
    out += '"';
    for (char ch : cell) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    out += '"';
}

void TextTable::appendCsv(std::string& out) const
{
    auto appendRow = [&](auto cellAt) {
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            if (c > 0)
                out += ',';
            appendCsvCell(out, cellAt(c));
        }
        out += '\n';
    };
    appendRow([&](std::size_t c) -> const std::string& { return m_columns[c].title; });
    for (const auto& row : m_rows)
        appendRow([&](std::size_t c) -> const std::string& { return row[c]; });
}

} // namespace vmscope
