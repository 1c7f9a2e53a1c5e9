#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace vmscope {

class VmaTableModel;

// The flat region table in another order than by start (a header click on Rss, say), without
// QSortFilterProxyModel's dynamic sorting. That proxy moves every row whose sort value changed
// on its own, and pays a pass over all rows for each: a live refresh of a 60,000-VMA process in
// which 600 Rss values change stalled the GUI thread for about 90 ms. Here a refresh (a merge of
// the model, ended by memoryMapChanged) is re-sorted once: the sort keys are read into plain
// numbers or texts and sorted (a few ms), and the new order is one layout change that carries
// the persistent indexes (selection, current row) along. Equal keys keep the model's order (by
// start). Rows the model inserts appear at the end until the merge is over, removed rows go at
// once. The model's dataChanged signals of a merge become one, over every row, once it is over.
// Sorts like VmaFilterProxy: SortRole, case-insensitive texts, empty values last when
// ascending. Flat models only: a group row's children are not shown.
class VmaSortProxy : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit VmaSortProxy(QObject* parent = nullptr);

    // Must be a VmaTableModel (its memoryMapChanged ends a merge), or nullptr.
    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The order of every source row for the sort column, ties by source row.
    std::vector<int> sortedOrder() const;
    void resort();
    void rebuildSourceToProxy() const;
    void sourceReset();
    void sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void mergeFinished();

    // The model's dataChanged during a merge, announced when it is over.
    struct PendingData {
        bool any = false;
        int firstColumn = 0;
        int lastColumn = 0;
        QList<int> roles;
    };

    VmaTableModel* m_model = nullptr;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_proxyToSource;
    mutable std::vector<int> m_sourceToProxy; // rebuilt on demand after rows come or go
    mutable bool m_sourceToProxyStale = false;
    bool m_dirty = false; // the order may be stale: re-sort when the merge is over
    PendingData m_pendingData;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace vmscope
