#pragma once

#include "core/analysis/SnapshotDiff.h"
#include "core/model/Vma.h"
#include "widgets/common/ChoosableColumns.h"
#include "widgets/process/ChangeHighlighter.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace vmscope {

// The VMAs of one process as a table (flat) or as one row per mapped object with its
// VMAs as children (grouped). Refreshes of the same process merge in place (VMAs keyed
// by start address, groups by name) so selection, sort and scroll survive; VMAs that
// appeared, changed size or changed Rss keep a fading highlight for a few seconds.
class VmaTableModel : public QAbstractItemModel, public ChoosableColumns {
    Q_OBJECT
public:
    // Column ids are the model's column numbers and stay fixed for the life of the model:
    // the fixed columns, then one per SmapsKey (Size is SmapsKey::Size's column, so the
    // table has one Size), then keys the kernel printed that this version does not know,
    // appended as they are first seen.
    enum Column : int {
        Start,
        End,
        Perms,
        Offset,
        Device,
        Inode,
        Kind,
        Uss,
        Flags, // VmFlags
        Path,
        Reason,
        VmaCount, // 1 for a VMA, the number of VMAs for a group
        FixedColumnCount,
        FirstSmapsColumn = FixedColumnCount,
        Size = FirstSmapsColumn + static_cast<int>(SmapsKey::Size),
        Rss = FirstSmapsColumn + static_cast<int>(SmapsKey::Rss),
        Pss = FirstSmapsColumn + static_cast<int>(SmapsKey::Pss),
        Swap = FirstSmapsColumn + static_cast<int>(SmapsKey::Swap),
        FirstExtraColumn = FirstSmapsColumn + static_cast<int>(kSmapsKeyCount),
    };

    enum Role {
        SortRole = Qt::UserRole + 1, // raw numbers (DisplayRole holds formatted text)
        // Index into memoryMap()->vmas; invalid for group rows. It refers to the map current
        // when read: a merge that adds or removes VMAs shifts it without dataChanged (every
        // later row would change), so re-read it on memoryMapChanged(). StartAddressRole
        // is the identity that stays.
        VmaIndexRole,
        StartAddressRole, // qulonglong; a group's lowest start
        KindRole, // int(RegionKind); for a group only when all its VMAs share a kind
        ColumnKeyRole, // headerData: the stable name of a column (see columnKey)
    };

    using ChangeKind = vmscope::ChangeKind;
    using Change = ChangeHighlighter::Change;
    using VanishedVma = ChangeHighlighter::VanishedVma;
    // The comparison of two snapshots lives in core (diffSnapshots); the name stays for callers.
    using SnapshotDiff = vmscope::SnapshotDiff;

    explicit VmaTableModel(QObject* parent = nullptr);
    ~VmaTableModel() override;

    static QList<int> defaultColumns();
    static int smapsColumn(SmapsKey key) { return FirstSmapsColumn + static_cast<int>(key); }
    // Stable name of a column for settings: "start", "uss", ... for fixed columns, the
    // kernel's key ("Rss", a newer kernel's "Foo_Bar") for smaps columns. columnOfKey gives
    // -1 for a key this model has no column for (yet).
    QString columnKey(int column) const override;
    int columnOfKey(const QString& key) const override;
    QList<int> defaultColumnList() const override { return defaultColumns(); }
    // Most smaps fields are for experts: they go to a submenu of the column menu.
    QString expertColumnsMenuTitle() const override;
    bool isExpertColumn(int column) const override;

    // First call, or another pid: reset. Same pid: merge. A diff made against the map the
    // model shows now (memoryMap()) spares the comparison; any other diff is ignored.
    void setMemoryMap(std::shared_ptr<const MemoryMap> map);
    void setMemoryMap(std::shared_ptr<const MemoryMap> map, const SnapshotDiff& diff);
    const std::shared_ptr<const MemoryMap>& memoryMap() const { return m_map; }
    void clear();

    // Switching is a user action: the model resets. Refreshes in either mode merge.
    void setGrouped(bool grouped);
    bool isGrouped() const { return m_grouped; }

    // nullptr for group rows and invalid indexes.
    const Vma* vmaAt(const QModelIndex& index) const;
    int vmaIndexAt(const QModelIndex& index) const;
    bool isGroupRow(const QModelIndex& index) const;
    // The row (the child row in grouped mode) showing the VMA that starts at `start`.
    QModelIndex indexOfStart(std::uint64_t start, int column = 0) const;
    QModelIndex indexOfVma(int vmaIndex, int column = 0) const;

    // Change highlighting: the highlighter owns the highlights and their fade clock; these
    // read it for a row.
    ChangeHighlighter* highlighter() const { return m_highlighter; }
    Change changeAt(int row) const; // top-level row (flat mode)
    Change changeAt(const QModelIndex& index) const;
    Change changeOfStart(std::uint64_t start) const { return m_highlighter->changeOfStart(start); }
    const std::vector<VanishedVma>& recentlyVanished() const { return m_highlighter->recentlyVanished(); }
    void setHighlightDuration(int milliseconds) { m_highlighter->setDuration(milliseconds); }
    int highlightDuration() const { return m_highlighter->duration(); }
    void setClock(std::function<QDateTime()> clock) { m_highlighter->setClock(std::move(clock)); }
    void expireHighlights(const QDateTime& now) { m_highlighter->expire(now); }
    void setAnimateHighlights(bool animate) { m_highlighter->setAnimate(animate); }
    QColor highlightColor(const Change& change, const QDateTime& now) const
    {
        return m_highlighter->color(change, now);
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After every setMemoryMap()/clear(), once rows and signals are done: indices into the
    // map (VmaIndexRole, vmaIndexAt) refer to the new map from here on.
    void memoryMapChanged();
    void recentlyVanishedChanged();
    // The highlight colours (BackgroundRole) moved on with time. Not announced per row with
    // dataChanged: thousands of scattered rows fade at once, and a view needs to repaint
    // only what it shows (ProcessView updates the table's viewport).
    void highlightsFaded(); // forwarded from highlighter()

private:
    using ChangeEntry = ChangeHighlighter::Entry;
    struct Row {
        const MemoryMap* map = nullptr; // points into the map that holds this row's VMA
        std::uint32_t index = 0;
        const Vma& vma() const { return map->vmas[index]; }
    };
    struct Group {
        std::string name;
        bool deleted = false;
        int row = 0; // position among the groups, kept up to date for parent()
        std::vector<Row> children; // ascending by start
        std::vector<std::uint64_t> sums; // per column, for summable columns
        std::vector<bool> hasSum;
        bool sameKind = true;
        RegionKind kind = RegionKind::Unknown;
        std::uint64_t lowestStart = 0;
        std::uint64_t highestEnd = 0;
        ChangeEntry change; // the newest of its children's, for the group row itself
    };
    // Rows whose data changed during a merge, announced once the structure is final.
    struct PendingChange {
        Group* group = nullptr; // nullptr: top-level rows
        int first = 0;
        int last = 0;
    };

    void resetTo(std::shared_ptr<const MemoryMap> map);
    void merge(std::shared_ptr<const MemoryMap> map, const SnapshotDiff& diff);
    void addExtraColumns(const MemoryMap& map);
    void mergeFlat(const MemoryMap& map, const SnapshotDiff& diff, std::vector<PendingChange>& pending);
    void mergeGroups(const MemoryMap& map, const SnapshotDiff& diff, std::vector<PendingChange>& pending);
    bool updateGroup(Group& group, const Group& fresh, const MemoryMap& map, const SnapshotDiff& diff,
        std::vector<PendingChange>& pending);
    void mergeRows(std::vector<Row>& rows, Group* group, const MemoryMap& map,
        const std::vector<std::uint32_t>& incoming, const std::vector<bool>& unchanged,
        std::vector<PendingChange>& pending);
    void emitPending(std::vector<PendingChange> pending);
    void buildGroups(const MemoryMap& map, std::vector<std::unique_ptr<Group>>& out, bool withSums) const;
    void computeSums(Group& group) const;
    void collectExtras(const MemoryMap& map, std::vector<std::string>& names) const;
    void renumberGroups();
    bool expireGroupHighlights(qint64 nowMs);

    // data() of a VMA row and of a group row: the roles beside the cell's value, then the value
    // (DisplayRole as text, SortRole as the raw number).
    QVariant vmaData(const Row& row, int column, int role) const;
    QVariant vmaValue(const Row& row, int column, bool display) const;
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant groupValue(const Group& group, int column, bool display) const;
    QVariant valueData(std::optional<std::uint64_t> value, bool kib, bool display) const;
    const Row* rowAt(const QModelIndex& index) const;
    const Group* groupOf(const QModelIndex& index) const;

    std::shared_ptr<const MemoryMap> m_map;
    bool m_grouped = false;
    std::vector<Row> m_rows; // flat mode, ascending by start
    std::vector<std::unique_ptr<Group>> m_groups; // grouped mode, ascending by name
    std::vector<std::string> m_extraNames; // columns from FirstExtraColumn on

    ChangeHighlighter* m_highlighter = nullptr; // a child
};

} // namespace vmscope
