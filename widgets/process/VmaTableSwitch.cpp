#include "widgets/process/VmaTableSwitch.h"

#include "widgets/process/VmaFilterProxy.h"
#include "widgets/process/VmaSortProxy.h"
#include "widgets/process/VmaTableModel.h"

namespace vmscope {

VmaTableSwitch::VmaTableSwitch(VmaTableModel* model, VmaFilterProxy* proxy, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_sortProxy(new VmaSortProxy(this))
    , m_sortColumn(VmaTableModel::Start)
{
    update();
}

void VmaTableSwitch::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_proxy->sourceModel())
        m_proxy->sort(column, order);
    if (m_sortProxy->sourceModel())
        m_sortProxy->sort(column, order);
    update();
}

void VmaTableSwitch::setFilterText(const QString& text)
{
    attachProxy();
    m_proxy->setFilterText(text);
    update();
}

void VmaTableSwitch::setKindFilter(const QSet<RegionKind>& kinds)
{
    attachProxy();
    m_proxy->setKindFilter(kinds);
    update();
}

void VmaTableSwitch::setVmaIndexFilter(const QSet<int>& vmaIndices)
{
    attachProxy();
    m_proxy->setVmaIndexFilter(vmaIndices);
    update();
}

void VmaTableSwitch::setGrouped(bool grouped)
{
    m_model->setGrouped(grouped);
    update();
}

void VmaTableSwitch::attachProxy()
{
    if (m_proxy->sourceModel())
        return;
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(m_sortColumn, m_sortOrder);
}

bool VmaTableSwitch::showsModelDirectly() const
{
    return sourceModel() == m_model;
}

bool VmaTableSwitch::showsSortProxy() const
{
    return sourceModel() == m_sortProxy;
}

void VmaTableSwitch::update()
{
    QAbstractItemModel* source = m_proxy;
    if (!m_model->isGrouped() && !m_proxy->isFiltering()) {
        // Grouped, the model lists mappings by name: only the flat order is the order by start.
        const bool modelOrder = m_sortColumn == VmaTableModel::Start && m_sortOrder == Qt::AscendingOrder;
        source = modelOrder ? static_cast<QAbstractItemModel*>(m_model) : m_sortProxy;
    }
    if (source == m_sortProxy && !m_sortProxy->sourceModel()) {
        m_sortProxy->sort(m_sortColumn, m_sortOrder);
        m_sortProxy->setSourceModel(m_model);
    }
    switchTo(source);
    // Detached, a proxy costs a refresh nothing.
    if (source != m_proxy && m_proxy->sourceModel())
        m_proxy->setSourceModel(nullptr);
    if (source != m_sortProxy && m_sortProxy->sourceModel())
        m_sortProxy->setSourceModel(nullptr);
}

void VmaTableSwitch::switchTo(QAbstractItemModel* source)
{
    if (sourceModel() == source)
        return;
    emit sourceAboutToSwitch();
    setSourceModel(source);
    emit sourceSwitched();
}

QModelIndex VmaTableSwitch::toModel(const QModelIndex& viewIndex) const
{
    const QModelIndex source = mapToSource(viewIndex);
    if (source.model() == m_proxy)
        return m_proxy->mapToSource(source);
    if (source.model() == m_sortProxy)
        return m_sortProxy->mapToSource(source);
    return source;
}

QModelIndex VmaTableSwitch::fromModel(const QModelIndex& modelIndex) const
{
    if (showsModelDirectly())
        return mapFromSource(modelIndex);
    if (showsSortProxy())
        return mapFromSource(m_sortProxy->mapFromSource(modelIndex));
    return mapFromSource(m_proxy->mapFromSource(modelIndex));
}

} // namespace vmscope
