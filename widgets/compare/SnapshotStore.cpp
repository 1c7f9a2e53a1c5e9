#include "widgets/compare/SnapshotStore.h"

#include "core/format/DisplayText.h"

#include <QLocale>

#include <algorithm>

namespace vmscope {

SnapshotStore::SnapshotStore(QObject* parent)
    : QAbstractListModel(parent)
{
}

std::uint64_t SnapshotStore::add(
    const QString& name, Origin origin, std::shared_ptr<const Source> source, const QDateTime& taken)
{
    if (origin != Origin::OpenedCapture) {
        const auto snapshots = std::count_if(
            m_entries.begin(), m_entries.end(), [](const Entry& e) { return e.origin != Origin::OpenedCapture; });
        if (static_cast<std::size_t>(snapshots) >= kMaxSnapshots) {
            const auto oldest = std::find_if(
                m_entries.begin(), m_entries.end(), [](const Entry& e) { return e.origin != Origin::OpenedCapture; });
            removeRow(static_cast<int>(oldest - m_entries.begin()));
        }
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back({ m_nextId++, name, taken, origin, std::move(source) });
    endInsertRows();
    return m_entries.back().id;
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
