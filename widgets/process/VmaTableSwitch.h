#pragma once

#include "core/model/RegionKind.h"

#include <QIdentityProxyModel>
#include <QSet>

namespace vmscope {

class VmaFilterProxy;
class VmaSortProxy;
class VmaTableModel;

// What the region table shows: the model itself while nothing is filtered and the order is the
// model's own (flat, ascending by start address); VmaSortProxy while the flat table is only
// sorted by another column; the sorting and filtering proxy (VmaFilterProxy) while it is
// filtered or grouped. QSortFilterProxyModel pays for every range of rows inserted, removed or
// re-sorted with passes over all rows; a live refresh of a 60,000-VMA process that maps and
// unmaps in a hundred places cost the GUI thread 20 to 40 ms in it, and sorted by Rss about
// 90 ms. Detached, a proxy costs nothing. The view keeps this one model, so its header,
// selection model and column choice stay put when the source changes.
//
// Sorting, filtering and grouping go through the setters here, which attach the proxy before
// it reads the model and choose the source again after.
class VmaTableSwitch : public QIdentityProxyModel {
    Q_OBJECT
public:
    VmaTableSwitch(VmaTableModel* model, VmaFilterProxy* proxy, QObject* parent = nullptr);

    // The view's sort request (a header click): remembered, and the source chosen again.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The filters of VmaFilterProxy (see there).
    void setFilterText(const QString& text);
    void setKindFilter(const QSet<RegionKind>& kinds);
    void setVmaIndexFilter(const QSet<int>& vmaIndices);
    // Switches the model between flat and grouped (a reset), then the source.
    void setGrouped(bool grouped);

    bool showsModelDirectly() const;
    bool showsSortProxy() const;

    // A view index to the model's index and back, through the proxy when it is in use.
    QModelIndex toModel(const QModelIndex& viewIndex) const;
    QModelIndex fromModel(const QModelIndex& modelIndex) const;

signals:
    // Around a change of source, which resets the view: what it shows (selection, column
    // widths) is saved before and restored after.
    void sourceAboutToSwitch();
    void sourceSwitched();

private:
    // The filter proxy reads the model when a filter is set (a set of VMA indices becomes
    // addresses): it is attached before, and the source chosen after.
    void attachProxy();
    void update();
    void switchTo(QAbstractItemModel* source);

    VmaTableModel* m_model = nullptr;
    VmaFilterProxy* m_proxy = nullptr;
    VmaSortProxy* m_sortProxy = nullptr; // a child
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace vmscope
