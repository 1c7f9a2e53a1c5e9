#pragma once

#include "core/read/SystemUsage.h"
#include "widgets/usage/UsageTableModel.h"

#include <vector>

namespace vmscope {

// System (smem -w): where the physical memory is, firmware/hardware to free, each split into
// cache (reclaimable) and non-cache. Keyed by the area's position, which the core keeps fixed.
class SystemAreaModel : public UsageTableModel {
    Q_OBJECT
public:
    enum Column { Area, Used, Cache, NonCache, ColumnCount };

    explicit SystemAreaModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void merge(const std::vector<SystemArea>& areas);

    // The area's name for people (translated) and what it holds.
    static QString areaLabel(SystemAreaKind area);
    static QString areaToolTip(SystemAreaKind area);

protected:
    std::size_t rowSize() const override { return m_rows.size(); }

private:
    struct Row {
        std::size_t position = 0;
        SystemArea area;
    };
    std::vector<Row> m_rows;
};

} // namespace vmscope
