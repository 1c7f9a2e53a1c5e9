#include "widgets/process/VmaSortProxy.h"

#include "widgets/process/VmaTableModel.h"

#include <algorithm>
#include <numeric>

namespace vmscope {

VmaSortProxy::VmaSortProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

void VmaSortProxy::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = qobject_cast<VmaTableModel*>(model);
    QAbstractProxyModel::setSourceModel(m_model);
    if (m_model) {
        using M = QAbstractItemModel;
        m_connections = {
            connect(m_model, &M::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(m_model, &M::modelReset, this, &VmaSortProxy::sourceReset),
            // The model moves nothing and changes no layout; were it to, start over.
            connect(m_model, &M::layoutAboutToBeChanged, this, [this] { beginResetModel(); }),
            connect(m_model, &M::layoutChanged, this, &VmaSortProxy::sourceReset),
            connect(m_model, &M::rowsAboutToBeMoved, this, [this] { beginResetModel(); }),
            connect(m_model, &M::rowsMoved, this, &VmaSortProxy::sourceReset),
            connect(m_model, &M::rowsAboutToBeRemoved, this, &VmaSortProxy::sourceRowsAboutToBeRemoved),
            connect(m_model, &M::rowsRemoved, this, &VmaSortProxy::sourceRowsRemoved),
            connect(m_model, &M::rowsInserted, this, &VmaSortProxy::sourceRowsInserted),
            connect(m_model, &M::columnsAboutToBeInserted, this,
                [this](const QModelIndex& parent, int first, int last) {
                    if (!parent.isValid())
                        beginInsertColumns({}, first, last);
                }),
            connect(m_model, &M::columnsInserted, this,
                [this](const QModelIndex& parent) {
                    if (!parent.isValid())
                        endInsertColumns();
                }),
            connect(m_model, &M::columnsAboutToBeRemoved, this,
                [this](const QModelIndex& parent, int first, int last) {
                    if (!parent.isValid())
                        beginRemoveColumns({}, first, last);
                }),
            connect(m_model, &M::columnsRemoved, this,
                [this](const QModelIndex& parent) {
                    if (!parent.isValid())
                        endRemoveColumns();
                }),
            connect(m_model, &M::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
            connect(m_model, &M::dataChanged, this, &VmaSortProxy::sourceDataChanged),
            // The end of a merge: every row is in, every value new.
            connect(m_model, &VmaTableModel::memoryMapChanged, this, &VmaSortProxy::mergeFinished),
        };
    }
    m_proxyToSource = sortedOrder();
    m_sourceToProxyStale = true;
    m_dirty = false;
    m_pendingData = {};
    endResetModel();
}

void VmaSortProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

std::vector<int> VmaSortProxy::sortedOrder() const
{
    const int count = m_model ? m_model->rowCount() : 0;
    std::vector<int> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    if (count == 0 || m_sortColumn < 0 || m_sortColumn >= m_model->columnCount())
        return order;
    // The keys once, as plain numbers or texts: comparing through data() would cost two
    // QVariants a comparison, a million of them for 60,000 rows.
    enum : char { None, Number, Text };
    std::vector<char> kinds(static_cast<std::size_t>(count), None);
    std::vector<std::uint64_t> numbers(static_cast<std::size_t>(count), 0);
    std::vector<QString> texts;
    for (int row = 0; row < count; ++row) {
        const QVariant key = m_model->index(row, m_sortColumn).data(VmaTableModel::SortRole);
        const auto r = static_cast<std::size_t>(row);
        if (!key.isValid())
            continue;
        if (key.userType() == QMetaType::QString) {
            if (texts.empty())
                texts.resize(static_cast<std::size_t>(count));
            texts[r] = key.toString();
            kinds[r] = Text;
        } else {
            numbers[r] = key.toULongLong();
            kinds[r] = Number;
        }
    }
    // QSortFilterProxyModel's order: empty values after every other when ascending.
    auto less = [&](int a, int b) {
        const auto x = static_cast<std::size_t>(a);
        const auto y = static_cast<std::size_t>(b);
        if (kinds[x] == None)
            return false;
        if (kinds[y] == None)
            return true;
        if (kinds[x] != kinds[y])
            return kinds[x] == Number;
        if (kinds[x] == Number)
            return numbers[x] < numbers[y];
        return QString::compare(texts[x], texts[y], Qt::CaseInsensitive) < 0;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(order.begin(), order.end(), less);
    else
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return less(b, a); });
    return order;
}

void VmaSortProxy::resort()
{
    m_dirty = false;
    std::vector<int> order = sortedOrder();
    if (order == m_proxyToSource)
        return;
    const QList<QPersistentModelIndex> parents;
    emit layoutAboutToBeChanged(parents, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(static_cast<std::size_t>(from.size()));
    for (const QModelIndex& index : from)
        sourceRows.push_back(m_proxyToSource[static_cast<std::size_t>(index.row())]);
    m_proxyToSource = std::move(order);
    m_sourceToProxyStale = true;
    rebuildSourceToProxy();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to.append(index(
            m_sourceToProxy[static_cast<std::size_t>(sourceRows[static_cast<std::size_t>(i)])], from[i].column()));
    changePersistentIndexList(from, to);
    emit layoutChanged(parents, QAbstractItemModel::VerticalSortHint);
}

void VmaSortProxy::rebuildSourceToProxy() const
{
    if (!m_sourceToProxyStale)
        return;
    m_sourceToProxyStale = false;
    std::size_t size = m_model ? static_cast<std::size_t>(m_model->rowCount()) : 0;
    for (const int source : m_proxyToSource)
        size = std::max(size, static_cast<std::size_t>(source) + 1);
    m_sourceToProxy.assign(size, -1);
    for (std::size_t proxy = 0; proxy < m_proxyToSource.size(); ++proxy)
        m_sourceToProxy[static_cast<std::size_t>(m_proxyToSource[proxy])] = static_cast<int>(proxy);
}

void VmaSortProxy::sourceReset()
{
    m_proxyToSource = sortedOrder();
    m_sourceToProxyStale = true;
    m_dirty = false;
    m_pendingData = {};
    endResetModel();
}

void VmaSortProxy::sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    rebuildSourceToProxy();
    std::vector<int> proxyRows;
    for (int source = first; source <= last; ++source)
        proxyRows.push_back(m_sourceToProxy[static_cast<std::size_t>(source)]);
    // From the bottom up, so the rows still to remove keep their numbers.
    std::sort(proxyRows.begin(), proxyRows.end(), std::greater<>());
    for (std::size_t i = 0; i < proxyRows.size();) {
        const int high = proxyRows[i];
        int low = high;
        for (++i; i < proxyRows.size() && proxyRows[i] == low - 1; ++i)
            --low;
        beginRemoveRows({}, low, high);
        m_proxyToSource.erase(m_proxyToSource.begin() + low, m_proxyToSource.begin() + high + 1);
        m_sourceToProxyStale = true;
        endRemoveRows();
    }
}

void VmaSortProxy::sourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int& source : m_proxyToSource)
        if (source > last)
            source -= count;
    m_sourceToProxyStale = true;
}

void VmaSortProxy::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int& source : m_proxyToSource)
        if (source >= first)
            source += count;
    const int end = static_cast<int>(m_proxyToSource.size());
    beginInsertRows({}, end, end + count - 1);
    for (int source = first; source <= last; ++source)
        m_proxyToSource.push_back(source);
    m_sourceToProxyStale = true;
    endInsertRows();
    m_dirty = true;
}

void VmaSortProxy::sourceDataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    // Announced once the merge is over, as one range: the changed rows are scattered over
    // the sorted order, and a view repaints what it shows either way.
    if (!m_pendingData.any) {
        m_pendingData = PendingData { true, topLeft.column(), bottomRight.column(), roles };
    } else {
        m_pendingData.firstColumn = std::min(m_pendingData.firstColumn, topLeft.column());
        m_pendingData.lastColumn = std::max(m_pendingData.lastColumn, bottomRight.column());
        if (roles.isEmpty() || m_pendingData.roles.isEmpty())
            m_pendingData.roles.clear();
        else
            for (const int role : roles)
                if (!m_pendingData.roles.contains(role))
                    m_pendingData.roles.append(role);
    }
    if (m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column()
        && (roles.isEmpty() || roles.contains(VmaTableModel::SortRole)))
        m_dirty = true;
}

void VmaSortProxy::mergeFinished()
{
    if (m_dirty)
        resort();
    const PendingData pending = std::exchange(m_pendingData, PendingData {});
    if (pending.any && rowCount() > 0)
        emit dataChanged(index(0, pending.firstColumn), index(rowCount() - 1, pending.lastColumn), pending.roles);
}

QModelIndex VmaSortProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const auto row = static_cast<std::size_t>(proxyIndex.row());
    if (row >= m_proxyToSource.size())
        return {};
    return m_model->index(m_proxyToSource[row], proxyIndex.column());
}

QModelIndex VmaSortProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model || sourceIndex.parent().isValid())
        return {};
    rebuildSourceToProxy();
    const auto source = static_cast<std::size_t>(sourceIndex.row());
    if (source >= m_sourceToProxy.size() || m_sourceToProxy[source] < 0)
        return {};
    return index(m_sourceToProxy[source], sourceIndex.column());
}

QModelIndex VmaSortProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column);
}

QModelIndex VmaSortProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex VmaSortProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int VmaSortProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proxyToSource.size());
}

int VmaSortProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool VmaSortProxy::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant VmaSortProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    // Columns are the model's; QAbstractProxyModel maps them through row 0, which an empty
    // table does not have.
    if (orientation == Qt::Vertical && section >= 0 && static_cast<std::size_t>(section) < m_proxyToSource.size())
        section = m_proxyToSource[static_cast<std::size_t>(section)];
    return m_model->headerData(section, orientation, role);
}

} // namespace vmscope
