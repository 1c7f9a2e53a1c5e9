#pragma once

#include "core/read/SystemUsage.h"
#include "widgets/usage/UsageTableModel.h"

#include <vector>

namespace vmscope {

// By user (smem -u): how many processes each user runs and what they cost, keyed by user name.
class UserUsageModel : public UsageTableModel {
    Q_OBJECT
public:
    enum Column { User, Count, Swap, Uss, Pss, Rss, ColumnCount };

    explicit UserUsageModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void merge(const std::vector<UserUsage>& users);
    int rowOfUser(const QString& user) const;

protected:
    std::size_t rowSize() const override { return m_rows.size(); }
    std::span<const std::optional<Measure>> measureColumns() const override;

private:
    std::vector<UserUsage> m_rows; // ascending by user name
};

} // namespace vmscope
