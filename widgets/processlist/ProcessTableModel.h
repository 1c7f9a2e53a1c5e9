#pragma once

#include "core/read/ProcessReader.h"

#include "widgets/common/ChoosableColumns.h"
#include "widgets/common/KeyedTableModel.h"

#include <vector>

namespace vmscope {

// The process list: one row per process, keyed by pid. Live refreshes merge into the
// existing rows (insert, remove, contiguous dataChanged) so selection, sort and scroll
// position survive; the model never resets after the first load.
class ProcessTableModel : public KeyedTableModel, public ChoosableColumns {
    Q_OBJECT
public:
    // New columns go before Command only in the enum; settings keep columns by key.
    enum Column {
        Pid,
        User,
        Name,
        Rss,
        Pss,
        Uss,
        Swap,
        Vmas,
        Command,
        Vsz,
        PeakRss,
        PageTables,
        OomScore,
        OomScoreAdj,
        ColumnCount
    };
    // Raw numbers for sorting (Qt::DisplayRole holds formatted text).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int PidRole = Qt::UserRole + 2;

    explicit ProcessTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString columnKey(int column) const override;
    int columnOfKey(const QString& key) const override;
    QList<int> defaultColumnList() const override;

    static constexpr int ReadableRole = Qt::UserRole + 3;

    // Replaces the contents with `listing`, merging by pid. Processes that cannot be read
    // become greyed rows that say why, so nobody wonders where a process went.
    void merge(const ProcessListing& listing);

    // Null for a process that could not be read.
    const ProcessSummary* processAt(int row) const;
    const Error* errorAt(int row) const;
    int rowOfPid(int pid) const;
    std::size_t unreadableCount() const;
    std::size_t kernelThreadCount() const { return m_kernelThreads; }

    // "owned by root", "not readable even as root": why a row is grey, in a few words.
    static QString shortReason(const Error& error, const QString& user);

private:
    struct Row {
        ProcessSummary summary; // pid, name, user always; figures only when readable
        std::optional<Error> error;
    };
    static bool sameRow(const Row& a, const Row& b);

    std::vector<Row> m_rows; // ascending by pid
    std::size_t m_kernelThreads = 0;
};

} // namespace vmscope
