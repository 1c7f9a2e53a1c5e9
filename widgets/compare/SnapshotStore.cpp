#include "widgets/compare/SnapshotStore.h"

#include "core/format/DisplayText.h"
#include "core/io/TarSource.h"

#include <QLocale>

#include <algorithm>

namespace vmscope {

SnapshotStore::SnapshotStore(QObject* parent)
    : QAbstractListModel(parent)
{
}

namespace {
    bool isSnapshot(const SnapshotStore::Entry& e)
    {
        return e.origin != SnapshotStore::Origin::OpenedCapture;
    }
} // namespace

std::uint64_t SnapshotStore::add(
    const QString& name, Origin origin, std::shared_ptr<const Source> source, const QDateTime& taken)
{
    const auto* tar = dynamic_cast<const TarSource*>(source.get());
    const std::size_t bytes = tar ? tar->sizeBytes() : 0;
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back({ m_nextId++, name, taken, origin, std::move(source), bytes });
    endInsertRows();
    const std::uint64_t id = m_entries.back().id;
    // The oldest snapshots go while there are too many or they hold too much; the last two stay.
    for (;;) {
        const auto snapshots = std::count_if(m_entries.begin(), m_entries.end(), isSnapshot);
        if (snapshots <= 2 || (static_cast<std::size_t>(snapshots) <= kMaxSnapshots && snapshotBytes() <= m_byteBudget))
            break;
        removeRow(static_cast<int>(std::find_if(m_entries.begin(), m_entries.end(), isSnapshot) - m_entries.begin()));
    }
    return id;
}

std::size_t SnapshotStore::snapshotBytes() const
{
    std::size_t total = 0;
    for (const Entry& e : m_entries)
        if (isSnapshot(e))
            total += e.bytes;
    return total;
}

void SnapshotStore::removeSource(const Source* source)
{
    for (int row = rowCount() - 1; row >= 0; --row) {
        const Entry& e = m_entries[static_cast<std::size_t>(row)];
        if (e.origin == Origin::OpenedCapture && e.source.get() == source)
            removeRow(row);
    }
}

void SnapshotStore::remove(std::uint64_t id)
{
    if (const int row = rowOf(id); row >= 0)
        removeRow(row);
}

void SnapshotStore::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
}

const SnapshotStore::Entry* SnapshotStore::find(std::uint64_t id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_entries[static_cast<std::size_t>(row)];
}

int SnapshotStore::rowOf(std::uint64_t id) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [id](const Entry& e) { return e.id == id; });
    return it == m_entries.end() ? -1 : static_cast<int>(it - m_entries.begin());
}

QString SnapshotStore::originText(Origin origin)
{
    switch (origin) {
    case Origin::Manual:
        return tr("snapshot");
    case Origin::ExperimentStep:
        return tr("experiment step");
    case Origin::OpenedCapture:
        return tr("capture");
    }
    return {};
}

QString SnapshotStore::label(const Entry& entry)
{
    return tr("%1 — %2 (%3)")
        .arg(entry.name, entry.taken.toString(QStringLiteral("HH:mm:ss")), originText(entry.origin));
}

int SnapshotStore::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant SnapshotStore::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return label(e);
    case Qt::ToolTipRole:
        return tr("%1, taken %2 from %3")
            .arg(e.name, QLocale().toString(e.taken, QLocale::LongFormat),
                QString::fromStdString(escapeForDisplay(e.source->describe())));
    case IdRole:
        return QVariant::fromValue<qulonglong>(e.id);
    default:
        return {};
    }
}

} // namespace vmscope
