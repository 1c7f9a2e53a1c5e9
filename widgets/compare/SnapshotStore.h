#pragma once

#include "core/io/Source.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <cstdint>
#include <memory>
#include <vector>

namespace vmscope {

// The moments the GUI keeps to compare (issue 13): snapshots taken on demand, one per experiment
// step, and every capture open in a window. One store is shared by all windows of the app
// (MainWindow hands its store to the capture windows it opens), so a moment of one window can be
// compared with one of another. A list model: one row per moment, oldest first; rows are
// inserted and removed, never reset.
class SnapshotStore : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Origin { Manual, ExperimentStep, OpenedCapture };
    struct Entry {
        std::uint64_t id = 0; // unique for the life of the store
        QString name;
        QDateTime taken;
        Origin origin = Origin::Manual;
        std::shared_ptr<const Source> source; // does not change over time
        std::size_t bytes = 0; // held in memory (a snapshot's archive), 0 when unknown
    };
    enum Role { IdRole = Qt::UserRole + 1 };
    // Snapshots (manual and experiment steps) kept; the oldest goes when one more is taken, or
    // when they hold more than the byte budget together (a snapshot of a desktop with browsers
    // is tens of MiB: their smaps), though the last two always stay. Captures are not counted:
    // they stay while their window is open.
    static constexpr std::size_t kMaxSnapshots = 50;
    static constexpr std::size_t kDefaultByteBudget = std::size_t(512) << 20;
    void setByteBudget(std::size_t bytes) { m_byteBudget = bytes; }
    // What the snapshots (not the captures) hold in memory.
    std::size_t snapshotBytes() const;

    explicit SnapshotStore(QObject* parent = nullptr);

    std::uint64_t add(const QString& name, Origin origin, std::shared_ptr<const Source> source,
        const QDateTime& taken = QDateTime::currentDateTime());
    // Removes the capture entries of this source (its window closed).
    void removeSource(const Source* source);
    void remove(std::uint64_t id);

    const std::vector<Entry>& entries() const { return m_entries; }
    const Entry* find(std::uint64_t id) const;
    int rowOf(std::uint64_t id) const;

    // "Snapshot 10:31:02 (snapshot)" as lists show an entry.
    static QString label(const Entry& entry);
    static QString originText(Origin origin);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void removeRow(int row);

    std::vector<Entry> m_entries;
    std::uint64_t m_nextId = 1;
    std::size_t m_byteBudget = kDefaultByteBudget;
};

} // namespace vmscope
