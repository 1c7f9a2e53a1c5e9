#pragma once

#include "core/read/SystemUsage.h"
#include "widgets/usage/UsageTableModel.h"

#include <utility>
#include <vector>

namespace vmscope {

// By mapping (smem -m): every mapped object summed over all processes, "who pays for libc".
// Keyed by path (and whether the file was deleted: a replaced library is another object).
class MappingUsageModel : public UsageTableModel {
    Q_OBJECT
public:
    enum Column { Mapping, Pids, AveragePss, Pss, Uss, Rss, Swap, ColumnCount };

    explicit MappingUsageModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void merge(const std::vector<MappingUsage>& mappings);
    const MappingUsage* mappingAt(int row) const;
    // The mapping's name as the table shows it: the path, "(deleted)" appended for unlinked files.
    static QString mappingText(const MappingUsage& mapping);

protected:
    std::size_t rowSize() const override { return m_rows.size(); }
    std::span<const std::optional<Measure>> measureColumns() const override;

private:
    std::vector<MappingUsage> m_rows; // ascending by (path, deleted)
};

} // namespace vmscope
