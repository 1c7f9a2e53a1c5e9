#include "widgets/process/VmaTableSwitch.h"

#include "widgets/process/VmaFilterProxy.h"
#include "widgets/process/VmaTableModel.h"

namespace vmscope {

VmaTableSwitch::VmaTableSwitch(VmaTableModel* model, VmaFilterProxy* proxy, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_model(model)
    , m_proxy(proxy)
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

void VmaTableSwitch::update()
{
    // Grouped, the model lists mappings by name: only the flat order is the order by start.
    const bool modelOrder
        = !m_model->isGrouped() && m_sortColumn == VmaTableModel::Start && m_sortOrder == Qt::AscendingOrder;
    if (modelOrder && !m_proxy->isFiltering()) {
        switchTo(m_model);
        if (m_proxy->sourceModel())
            m_proxy->setSourceModel(nullptr);
        return;
    }
    attachProxy();
    switchTo(m_proxy);
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
    return source.model() == m_proxy ? m_proxy->mapToSource(source) : source;
}

QModelIndex VmaTableSwitch::fromModel(const QModelIndex& modelIndex) const
{
    return mapFromSource(showsModelDirectly() ? modelIndex : m_proxy->mapFromSource(modelIndex));
}

} // namespace vmscope
