#pragma once

#include "core/model/OomReport.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace vmscope {

// The task table of one OOM report (dump_tasks): every column the kernel printed, in its order,
// rows by rss (largest first, as OomTaskTable::orderByRss), the victim's row marked. A report
// never changes once logged, so setReport replaces the whole table (a different report).
class OomCandidatesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kVictimRole = Qt::UserRole + 1; // bool
    static constexpr int kSortRole = Qt::UserRole + 2; // the number, for sorting

    explicit OomCandidatesModel(QObject* parent = nullptr);

    void setReport(std::shared_ptr<const OomReport> report);
    const OomReport* report() const { return m_report.get(); }
    // The row (in this model) of the victim, or -1.
    int victimRow() const { return m_victimRow; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const OomReport> m_report;
    std::vector<std::size_t> m_order; // model row -> task-table row
    int m_victimRow = -1;
};

} // namespace vmscope
