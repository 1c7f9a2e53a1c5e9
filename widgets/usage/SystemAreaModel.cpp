#include "widgets/usage/SystemAreaModel.h"

#include "widgets/common/Explanations.h"

namespace vmscope {

SystemAreaModel::SystemAreaModel(QObject* parent)
    : UsageTableModel(parent)
{
}

int SystemAreaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SystemAreaModel::areaLabel(SystemAreaKind area)
{
    switch (area) {
    case SystemAreaKind::FirmwareHardware:
        return tr("Firmware and hardware");
    case SystemAreaKind::KernelImage:
        return tr("Kernel image");
    case SystemAreaKind::KernelDynamic:
        return tr("Kernel dynamic memory");
    case SystemAreaKind::Userspace:
        return tr("Userspace memory");
    case SystemAreaKind::Free:
        return tr("Free memory");
    }
    return {};
}

QString SystemAreaModel::areaToolTip(SystemAreaKind area)
{
    switch (area) {
    case SystemAreaKind::FirmwareHardware:
        return tr("RAM the kernel never manages: reserved by the firmware (BIOS/UEFI), devices and the kernel's own "
                  "early allocations: the installed RAM minus MemTotal and the kernel image. The installed RAM comes "
                  "from the memory blocks in /sys, or from the setting beside the table.");
    case SystemAreaKind::KernelImage:
        return tr("The kernel's code and static data, from /proc/iomem (Kernel code, rodata, data, bss). Only root "
                  "can read the addresses there; otherwise it stays 0, as with smem without -K.");
    case SystemAreaKind::KernelDynamic:
        return tr("What the kernel allocated for itself and for caches: MemTotal − MemFree − userspace memory.\n"
                  "Cache: Buffers + SReclaimable + (Cached − Mapped), page cache and slab it can drop under "
                  "pressure.\nNon-cache: slab that cannot be reclaimed, page tables, kernel stacks, vmalloc, "
                  "driver buffers.");
    case SystemAreaKind::Userspace:
        return tr("Pages mapped into processes: AnonPages + Mapped.\nCache: Mapped, file pages the kernel can "
                  "drop and read back.\nNon-cache: anonymous memory (heap, stacks, malloc), which can only go to "
                  "swap.");
    case SystemAreaKind::Free:
        return tr("MemFree: pages nobody uses. Counted as cache because it is available at once; MemAvailable in "
                  "/proc/meminfo adds what can be reclaimed.");
    }
    return {};
}

QVariant SystemAreaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // What's This (Shift+F1) on a column: its tooltip with the glossary term its title names.
    if (orientation == Qt::Horizontal && role == Qt::WhatsThisRole)
        return columnWhatsThis(this, section);
    if (orientation != Qt::Horizontal)
        return {};
    const bool sizeColumn = section != Area;
    if (role == Qt::TextAlignmentRole && sizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Area:
            return tr("Where the physical memory is, computed from /proc/meminfo as smem -w does.");
        case Used:
            return tr("All memory in this area.");
        case Cache:
            return tr("The part the kernel can reclaim when memory runs short (page cache, reclaimable slab, free "
                      "pages).");
        case NonCache:
            return tr("The part that stays until its owner frees it.");
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    QString title;
    switch (section) {
    case Area:
        return tr("Area");
    case Used:
        title = tr("Used");
        break;
    case Cache:
        title = tr("Cache");
        break;
    case NonCache:
        title = tr("Non-cache");
        break;
    default:
        return {};
    }
    return showsPercent() ? tr("%1 %").arg(title) : title;
}

QVariant SystemAreaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == KeyRole)
        return QString::fromStdString(row.area.area);
    switch (index.column()) {
    case Area:
        if (role == Qt::DisplayRole)
            return areaLabel(row.area.kind);
        if (role == SortRole)
            return static_cast<qulonglong>(row.position);
        if (role == Qt::ToolTipRole)
            return areaToolTip(row.area.kind);
        return {};
    case Used:
        return sizeData(row.area.used, role);
    case Cache:
        return sizeData(row.area.cache, role);
    case NonCache:
        return sizeData(row.area.noncache(), role);
    }
    return {};
}

void SystemAreaModel::merge(const std::vector<SystemArea>& areas)
{
    std::vector<Row> incoming;
    incoming.reserve(areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i)
        incoming.push_back(Row { i, areas[i] });
    mergeSortedRows(
        m_rows, std::move(incoming), [](const Row& r) { return r.position; },
        [](const Row& a, const Row& b) {
            return a.area.area == b.area.area && a.area.used == b.area.used && a.area.cache == b.area.cache;
        });
}

} // namespace vmscope
