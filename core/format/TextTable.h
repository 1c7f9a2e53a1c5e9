#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace vmscope {

// Rows of text cells printed either as aligned columns (like pmap and smem) or as CSV.
// Cells hold the raw bytes (names, paths and command lines as the kernel gave them): both
// outputs escape every cell through escapeForDisplay, so no control byte reaches a terminal,
// and CSV then quotes per RFC 4180. In text, a column is at most maxWidth bytes wide and a
// longer cell is cut with "…", so one huge value (2 MB of arguments) cannot pad every row:
// the text output stays linear in the data. CSV keeps every value whole.
class TextTable {
public:
    static constexpr std::size_t kDefaultMaxWidth = 120;

    struct Column {
        std::string title;
        bool alignRight = false;
        std::size_t maxWidth = kDefaultMaxWidth;
    };

    explicit TextTable(std::vector<Column> columns);

    void addRow(std::vector<std::string> cells);
    std::size_t rowCount() const { return m_rows.size(); }

    void appendText(std::string& out) const;
    void appendCsv(std::string& out) const;

    // The cell escaped, then quoted when it holds a comma, a quote, CR or LF (RFC 4180).
    static void appendCsvCell(std::string& out, const std::string& cell);
    // The cell escaped and, when longer than maxWidth bytes, cut at a character boundary
    // with "…" appended (the result is then at most maxWidth display columns).
    static std::string textCell(const std::string& cell, std::size_t maxWidth);

private:
    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace vmscope
