#pragma once

#include <QIdentityProxyModel>

namespace vmscope {

class VmaFilterProxy;
class VmaTableModel;

// What the region table shows: the model itself while nothing is filtered and the order is the
// model's own (flat, ascending by start address), the sorting and filtering proxy otherwise.
// QSortFilterProxyModel pays for every range of rows inserted or removed with passes over all
// rows; a live refresh of a 60,000-VMA process that maps and unmaps in a hundred places cost the
// GUI thread 20 to 40 ms in it. Detached, the proxy costs nothing. The view keeps this one model,
// so its header, selection model and column choice stay put when the source changes.
class VmaTableSwitch : public QIdentityProxyModel {
    Q_OBJECT
public:
    VmaTableSwitch(VmaTableModel* model, VmaFilterProxy* proxy, QObject* parent = nullptr);

    // The view's sort request (a header click): remembered, and the source chosen again.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The proxy reads the model when a filter is set (a set of VMA indices becomes addresses):
    // attach it before changing a filter, then update() to choose the source again. Switching
    // the model between flat and grouped also needs update(), once the model's reset is over.
    void attachProxy();
    void update();
    bool showsModelDirectly() const;

    // A view index to the model's index and back, through the proxy when it is in use.
    QModelIndex toModel(const QModelIndex& viewIndex) const;
    QModelIndex fromModel(const QModelIndex& modelIndex) const;

signals:
    // Around a change of source, which resets the view: what it shows (selection, column
    // widths) is saved before and restored after.
    void sourceAboutToSwitch();
    void sourceSwitched();

private:
    void switchTo(QAbstractItemModel* source);

    VmaTableModel* m_model = nullptr;
    VmaFilterProxy* m_proxy = nullptr;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace vmscope
