#pragma once

#include "core/io/ProcessReader.h"

#include <QAbstractTableModel>

#include <vector>

namespace vmscope {

// The process list: one row per process, keyed by pid. Live refreshes merge into the
// existing rows (insert, remove, contiguous dataChanged) so selection, sort and scroll
// position survive; the model never resets after the first load.
class ProcessTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Pid, User, Name, Rss, Pss, Uss, Swap, Vmas, Command, ColumnCount };
    // Raw numbers for sorting (Qt::DisplayRole holds formatted text).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int PidRole = Qt::UserRole + 2;

    explicit ProcessTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the contents with `listing`, merging by pid.
    void merge(const ProcessListing& listing);

    const ProcessSummary* processAt(int row) const;
    int rowOfPid(int pid) const;
    std::size_t unreadableCount() const { return m_unreadable.size(); }
    const std::vector<UnreadableProcess>& unreadable() const { return m_unreadable; }

private:
    std::vector<ProcessSummary> m_rows; // ascending by pid
    std::vector<UnreadableProcess> m_unreadable;
};

} // namespace vmscope
