#pragma once

#include "core/read/ProcessReader.h"
#include "widgets/usage/UsageTableModel.h"

#include <vector>

namespace vmscope {

// "Who is using my RAM", by process (smem -p): one row per readable process, keyed by pid.
// The figures come from smaps_rollup; the processes that could not be read are not rows here
// but named in the page's banner.
class ProcessUsageModel : public UsageTableModel {
    Q_OBJECT
public:
    enum Column { Pid, User, Command, Swap, Uss, Pss, Rss, ColumnCount };

    explicit ProcessUsageModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void merge(const std::vector<ProcessSummary>& processes);

    int rowOfPid(int pid) const;
    const ProcessSummary* processAt(int row) const;

protected:
    std::size_t rowSize() const override { return m_rows.size(); }
    std::span<const std::optional<Measure>> measureColumns() const override;

private:
    std::vector<ProcessSummary> m_rows; // ascending by pid
};

} // namespace vmscope
