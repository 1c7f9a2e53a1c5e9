#pragma once

#include "core/model/RegionKind.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <cstdint>
#include <optional>
#include <unordered_set>

namespace vmscope {

class VmaTableModel;
struct Vma;

// Sorting and filtering for VmaTableModel, flat or grouped. Sorts by the model's raw
// numbers; filters by text (path, kind, perms, or an address: the VMA holding it), by
// kinds, and by an explicit set of VMAs (a chart segment). All filters must pass. In
// grouped mode a group stays when any of its VMAs passes.
class VmaFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit VmaFilterProxy(QObject* parent = nullptr);

    // Must be a VmaTableModel; other models are shown unfiltered.
    void setSourceModel(QAbstractItemModel* model) override;
    VmaTableModel* vmaModel() const { return m_model; }

    // Case-insensitive. "0x7f12…" or plain hex also matches the VMA that contains the address.
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    // The address the filter text was read as, if it reads as one.
    std::optional<std::uint64_t> filterAddress() const { return m_address; }

    // Empty: every kind.
    void setKindFilter(const QSet<RegionKind>& kinds);
    QSet<RegionKind> kindFilter() const { return m_kinds; }

    // Indices into the source model's current memoryMap()->vmas. They are remembered as
    // start addresses, so the filter keeps showing the same VMAs across live refreshes.
    // An empty set switches the filter off.
    void setVmaIndexFilter(const QSet<int>& vmaIndices);
    void clearVmaIndexFilter() { setVmaIndexFilter({}); }
    bool hasVmaIndexFilter() const { return m_indexFilterActive; }

    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void filtersChanged();
    bool vmaPasses(const QModelIndex& sourceIndex, const Vma& vma) const;

    VmaTableModel* m_model = nullptr;
    QString m_text;
    std::optional<std::uint64_t> m_address;
    QSet<RegionKind> m_kinds;
    std::unordered_set<std::uint64_t> m_starts;
    bool m_indexFilterActive = false;
};

} // namespace vmscope
