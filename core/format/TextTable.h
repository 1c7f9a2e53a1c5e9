#pragma once

#include <string>
#include <vector>

namespace vmscope {

// Rows of text cells printed either as aligned columns (like pmap and smem) or as CSV.
class TextTable {
public:
    struct Column {
        std::string title;
        bool alignRight = false;
    };

    explicit TextTable(std::vector<Column> columns);

    void addRow(std::vector<std::string> cells);
    std::size_t rowCount() const { return m_rows.size(); }

    void appendText(std::string& out) const;
    void appendCsv(std::string& out) const;

    static void appendCsvCell(std::string& out, const std::string& cell);

private:
    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace vmscope
