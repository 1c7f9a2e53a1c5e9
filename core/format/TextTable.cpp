#include "core/format/TextTable.h"

#include "core/format/DisplayText.h"

#include <algorithm>

namespace vmscope {
namespace {
    // Display columns of an escaped cell: UTF-8 continuation bytes take none.
    std::size_t displayWidth(const std::string& text)
    {
        std::size_t width = 0;
        for (char ch : text)
            if ((static_cast<unsigned char>(ch) & 0xc0) != 0x80)
                ++width;
        return width;
    }
} // namespace

TextTable::TextTable(std::vector<Column> columns)
    : m_columns(std::move(columns))
{
}

void TextTable::addRow(std::vector<std::string> cells)
{
    cells.resize(m_columns.size());
    m_rows.push_back(std::move(cells));
}

std::string TextTable::textCell(const std::string& cell, std::size_t maxWidth)
{
    std::string text = isPlainForDisplay(cell) ? cell : escapeForDisplay(cell);
    if (maxWidth == 0 || displayWidth(text) <= maxWidth)
        return text;
    // Keep maxWidth - 1 characters, never cutting a UTF-8 sequence, then "…".
    std::size_t kept = 0;
    std::size_t end = 0;
    while (end < text.size()) {
        std::size_t next = end + 1;
        while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xc0) == 0x80)
            ++next;
        if (kept + 1 > maxWidth - 1)
            break;
        ++kept;
        end = next;
    }
    text.resize(end);
    text += "\xe2\x80\xa6"; // …
    return text;
}

void TextTable::appendText(std::string& out) const
{
    const std::size_t columnCount = m_columns.size();
    std::vector<std::vector<std::string>> cells;
    cells.reserve(m_rows.size() + 1);
    std::vector<std::string> titles;
    for (const Column& column : m_columns)
        titles.push_back(textCell(column.title, column.maxWidth));
    cells.push_back(std::move(titles));
    for (const auto& row : m_rows) {
        std::vector<std::string> texts;
        texts.reserve(columnCount);
        for (std::size_t c = 0; c < columnCount; ++c)
            texts.push_back(textCell(row[c], m_columns[c].maxWidth));
        cells.push_back(std::move(texts));
    }
    std::vector<std::size_t> widths(columnCount);
    for (const auto& row : cells)
        for (std::size_t c = 0; c < columnCount; ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    for (const auto& row : cells) {
        std::string line;
        for (std::size_t c = 0; c < columnCount; ++c) {
            const std::string& cell = row[c];
            const bool last = c + 1 == columnCount;
            const std::size_t pad = widths[c] - std::min(widths[c], displayWidth(cell));
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
    }
}

void TextTable::appendCsvCell(std::string& out, const std::string& cell)
{
    if (isPlainForDisplay(cell) && cell.find_first_of(",\"") == std::string::npos) {
        out += cell;
        return;
    }
    const std::string text = escapeForDisplay(cell);
    // After escaping no CR or LF is left; a comma or a quote still needs quoting.
    if (text.find_first_of(",\"\n\r") == std::string::npos) {
        out += text;
        return;
    }
    out += '"';
    for (char ch : text) {
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
