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
    , m_widenWidths(m_columns.size())
{
}

void TextTable::addRow(std::vector<std::string> cells)
{
    cells.resize(m_columns.size());
    ++m_rowCount;
    if (!m_stream) {
        m_rows.push_back(std::move(cells));
        return;
    }
    if (m_streamStyle == Style::Csv) {
        appendCsvRow(*m_stream, cells);
    } else if (!m_fixedWidths.empty()) {
        appendTextRow(*m_stream, cells, m_fixedWidths, false);
    } else {
        m_rows.push_back(std::move(cells));
        if (m_rows.size() >= kWidthSampleRows)
            fixWidthsAndWriteKept();
        return;
    }
    if (m_afterWrite)
        m_afterWrite();
}

void TextTable::widenFor(const std::vector<std::string>& cells)
{
    for (std::size_t c = 0; c < m_columns.size() && c < cells.size(); ++c)
        m_widenWidths[c] = std::max(m_widenWidths[c], displayWidth(textCell(cells[c], m_columns[c].maxWidth)));
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

std::vector<std::size_t> TextTable::sampleWidths(std::size_t sampleRows) const
{
    const std::size_t columnCount = m_columns.size();
    std::vector<std::size_t> widths(columnCount);
    auto widen = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < columnCount; ++c)
            widths[c] = std::max(widths[c], displayWidth(textCell(row[c], m_columns[c].maxWidth)));
    };
    for (std::size_t c = 0; c < columnCount; ++c)
        widths[c] = std::max(m_widenWidths[c], displayWidth(textCell(m_columns[c].title, m_columns[c].maxWidth)));
    for (std::size_t r = 0; r < std::min(sampleRows, m_rows.size()); ++r)
        widen(m_rows[r]);
    return widths;
}

void TextTable::appendTextRow(
    std::string& out, const std::vector<std::string>& cells, const std::vector<std::size_t>& widths, bool titles) const
{
    const std::size_t columnCount = m_columns.size();
    const std::size_t lineStart = out.size();
    for (std::size_t c = 0; c < columnCount; ++c) {
        const std::string cell = textCell(titles ? m_columns[c].title : cells[c], m_columns[c].maxWidth);
        const bool last = c + 1 == columnCount;
        const std::size_t pad = widths[c] - std::min(widths[c], displayWidth(cell));
        if (c > 0)
            out += "  ";
        if (m_columns[c].alignRight)
            out.append(pad, ' ');
        out += cell;
        if (!m_columns[c].alignRight && !last)
            out.append(pad, ' ');
    }
    while (out.size() > lineStart && out.back() == ' ')
        out.pop_back();
    out += '\n';
}

void TextTable::appendHeader(std::string& out, const std::vector<std::size_t>& widths) const
{
    appendTextRow(out, {}, widths, true);
}

void TextTable::appendText(std::string& out) const
{
    // Every row is here anyway: all of them count, as they always did.
    const std::vector<std::size_t> widths = sampleWidths(m_rows.size());
    appendHeader(out, widths);
    for (const auto& row : m_rows)
        appendTextRow(out, row, widths, false);
}

void TextTable::fixWidthsAndWriteKept()
{
    m_fixedWidths = sampleWidths(m_rows.size());
    if (m_fixedWidths.empty())
        m_fixedWidths.push_back(0); // a table without columns: still "fixed"
    appendHeader(*m_stream, m_fixedWidths);
    for (const auto& row : m_rows)
        appendTextRow(*m_stream, row, m_fixedWidths, false);
    m_rows.clear();
    m_rows.shrink_to_fit();
    if (m_afterWrite)
        m_afterWrite();
}

void TextTable::streamTo(std::string& out, Style style, std::function<void()> afterWrite)
{
    m_stream = &out;
    m_streamStyle = style;
    m_afterWrite = std::move(afterWrite);
    if (style == Style::Csv) {
        appendCsvRow(out, {});
        for (const auto& row : m_rows)
            appendCsvRow(out, row);
        m_rows.clear();
    } else if (m_rows.size() >= kWidthSampleRows) {
        fixWidthsAndWriteKept();
    }
}

void TextTable::finish()
{
    if (m_stream && m_streamStyle == Style::Text && m_fixedWidths.empty())
        fixWidthsAndWriteKept();
    m_stream = nullptr;
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

void TextTable::appendCsvRow(std::string& out, const std::vector<std::string>& cells) const
{
    // No cells: the header.
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        if (c > 0)
            out += ',';
        appendCsvCell(out, cells.empty() ? m_columns[c].title : cells[c]);
    }
    out += '\n';
}

void TextTable::appendCsv(std::string& out) const
{
    appendCsvRow(out, {});
    for (const auto& row : m_rows)
        appendCsvRow(out, row);
}

} // namespace vmscope
