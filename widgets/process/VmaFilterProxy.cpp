#include "widgets/process/VmaFilterProxy.h"

#include "widgets/process/VmaTableModel.h"

namespace vmscope {
namespace {
    std::optional<std::uint64_t> parseAddress(QStringView text)
    {
        if (text.startsWith(u"0x", Qt::CaseInsensitive))
            text = text.mid(2);
        // 16 digits is the widest 64-bit address; longer text is a path fragment.
        if (text.isEmpty() || text.size() > 16)
            return std::nullopt;
        bool ok = false;
        const qulonglong value = text.toULongLong(&ok, 16);
        if (!ok)
            return std::nullopt;
        return static_cast<std::uint64_t>(value);
    }
} // namespace

VmaFilterProxy::VmaFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VmaTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void VmaFilterProxy::filtersChanged()
{
    // A group is kept when one of its VMAs passes, even if the group row itself does not.
    // Only while filtering: otherwise every changed VMA would make the proxy re-examine
    // its group too, which costs a live refresh of a big grouped map dearly.
    if (isRecursiveFilteringEnabled() != isFiltering())
        setRecursiveFilteringEnabled(isFiltering());
    invalidateFilter();
}

void VmaFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_model = qobject_cast<VmaTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void VmaFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_address = parseAddress(m_text);
    filtersChanged();
}

void VmaFilterProxy::setKindFilter(const QSet<RegionKind>& kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    filtersChanged();
}

void VmaFilterProxy::setVmaIndexFilter(const QSet<int>& vmaIndices)
{
    m_starts.clear();
    m_indexFilterActive = !vmaIndices.isEmpty();
    if (m_indexFilterActive && m_model && m_model->memoryMap()) {
        const auto& vmas = m_model->memoryMap()->vmas;
        for (const int i : vmaIndices)
            if (i >= 0 && static_cast<std::size_t>(i) < vmas.size())
                m_starts.insert(vmas[static_cast<std::size_t>(i)].start);
    }
    filtersChanged();
}

bool VmaFilterProxy::isFiltering() const
{
    return !m_text.isEmpty() || !m_kinds.isEmpty() || m_indexFilterActive;
}

bool VmaFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || !isFiltering())
        return true;
    const QModelIndex index = m_model->index(sourceRow, 0, sourceParent);
    const Vma* vma = m_model->vmaAt(index);
    // Group rows pass only through their children (recursive filtering), so a kind or
    // index filter never keeps a group none of whose VMAs qualify.
    return vma && vmaPasses(index, *vma);
}

bool VmaFilterProxy::vmaPasses(const QModelIndex& sourceIndex, const Vma& vma) const
{
    if (m_indexFilterActive && !m_starts.count(vma.start))
        return false;
    if (!m_kinds.isEmpty() && !m_kinds.contains(vma.kind))
        return false;
    if (m_text.isEmpty())
        return true;
    if (m_address && *m_address >= vma.start && *m_address < vma.end)
        return true;
    const QString perms = QString::fromLatin1(vma.perms.toString().c_str());
    if (perms.contains(m_text, Qt::CaseInsensitive))
        return true;
    // The texts the table shows, so what the user reads is what the filter matches.
    const QString kind = sourceIndex.siblingAtColumn(VmaTableModel::Kind).data().toString();
    if (kind.contains(m_text, Qt::CaseInsensitive))
        return true;
    const std::string_view kindName = regionKindName(vma.kind);
    if (QLatin1StringView(kindName.data(), static_cast<qsizetype>(kindName.size()))
            .contains(m_text, Qt::CaseInsensitive))
        return true;
    if (vma.path.empty())
        return QStringLiteral("[anon]").contains(m_text, Qt::CaseInsensitive);
    const QString path = sourceIndex.siblingAtColumn(VmaTableModel::Path).data().toString();
    return path.contains(m_text, Qt::CaseInsensitive);
}

} // namespace vmscope
