#pragma once

#include "core/sampling/SystemSample.h"
#include "widgets/kernel/SampleFigures.h"

#include <QWidget>

#include <array>
#include <optional>

class QLabel;

namespace vmscope {

// free -m, live: the Mem: and Swap: rows (total, used, free, shared, buff/cache, available) and
// the plain answer to "Linux ate my RAM": buff/cache is lent, available is what programs can get.
class FreeSummary : public QWidget {
    Q_OBJECT
public:
    enum Column { Total, Used, Free, Shared, BuffCache, Available, ColumnCount };
    enum Row { MemRow, SwapRow, RowCount };

    explicit FreeSummary(QWidget* parent = nullptr);

    void setSample(const SamplePtr& sample);
    const std::optional<FreeFigures>& figures() const { return m_figures; }
    // The text shown in a cell ("12,345" MiB, as free -m prints it); empty where free leaves it blank.
    QString cellText(Row row, Column column) const;

private:
    std::array<std::array<QLabel*, ColumnCount>, RowCount> m_cells {};
    QLabel* m_explanation = nullptr;
    std::optional<FreeFigures> m_figures;
};

} // namespace vmscope
