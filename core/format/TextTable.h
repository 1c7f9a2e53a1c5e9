#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace vmscope {

// Rows of text cells printed either as aligned columns (like pmap and smem) or as CSV.
// Cells hold the raw bytes (names, paths and command lines as the kernel gave them): both
// outputs escape every cell through escapeForDisplay, so no control byte reaches a terminal,
// and CSV then quotes per RFC 4180. In text, a column is at most maxWidth bytes wide and a
// longer cell is cut with "…", so one huge value (2 MB of arguments) cannot pad every row.
// CSV keeps every value whole.
//
// Text output can also stream (streamTo): rows are written as they are added instead of being
// kept, so the memory used does not grow with the rows. The column widths of a stream come from
// the header, the rows given to widenFor() and the first kWidthSampleRows rows, a bounded
// sample. A later row with a wider cell is printed in full (at most maxWidth), pushing the rest
// of that one line right, rather than re-padding the lines already written (impossible once
// they are flushed) or cutting the cell to the sample's width (which would hide digits of a
// number). A caller whose rows are in memory anyway (maps, processes) passes every row to
// widenFor() first, so that its stream is byte for byte the collected table.
class TextTable {
public:
    static constexpr std::size_t kDefaultMaxWidth = 120;
    static constexpr std::size_t kWidthSampleRows = 500;

    enum class Style { Text, Csv };

    struct Column {
        std::string title;
        bool alignRight = false;
        std::size_t maxWidth = kDefaultMaxWidth;
    };

    explicit TextTable(std::vector<Column> columns);

    void addRow(std::vector<std::string> cells);
    // Counts `cells` in the column widths without keeping or printing them: for rows that will
    // be streamed later (the totals row of `maps`, or every row of a two-pass caller).
    void widenFor(const std::vector<std::string>& cells);
    std::size_t rowCount() const { return m_rowCount; }

    // Collected output: every row added so far, at once, with widths from all of them.
    void appendText(std::string& out) const;
    void appendCsv(std::string& out) const;

    // Streamed output: from now on rows are written to `out` as they are added and then
    // dropped (text keeps the first kWidthSampleRows until the widths are fixed); `afterWrite`
    // runs after each write so the caller can flush `out`. finish() writes what is still kept.
    void streamTo(std::string& out, Style style, std::function<void()> afterWrite = {});
    void finish();

    // The cell escaped, then quoted when it holds a comma, a quote, CR or LF (RFC 4180).
    static void appendCsvCell(std::string& out, const std::string& cell);
    // The cell escaped and, when longer than maxWidth bytes, cut at a character boundary
    // with "…" appended (the result is then at most maxWidth display columns).
    static std::string textCell(const std::string& cell, std::size_t maxWidth);

private:
    std::vector<std::size_t> sampleWidths(std::size_t sampleRows) const;
    // `titles`: the header line (cells is ignored).
    void appendTextRow(std::string& out, const std::vector<std::string>& cells, const std::vector<std::size_t>& widths,
        bool titles) const;
    void appendCsvRow(std::string& out, const std::vector<std::string>& cells) const;
    void appendHeader(std::string& out, const std::vector<std::size_t>& widths) const;
    void fixWidthsAndWriteKept();

    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows; // collected, or kept until the widths are fixed
    std::vector<std::size_t> m_widenWidths; // from widenFor(), one per column
    std::size_t m_rowCount = 0;

    std::string* m_stream = nullptr;
    Style m_streamStyle = Style::Text;
    std::function<void()> m_afterWrite;
    std::vector<std::size_t> m_fixedWidths; // empty until a text stream has fixed them
};

} // namespace vmscope
