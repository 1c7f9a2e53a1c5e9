#include "widgets/common/ColumnChooser.h"

#include "widgets/common/ChoosableColumns.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace vmscope {

ColumnChooser::ColumnChooser(
    QHeaderView* header, const ChoosableColumns* columns, QString settingsKey, QObject* parent)
    : QObject(parent)
    , m_header(header)
    , m_columns(columns)
    , m_settingsKey(std::move(settingsKey))
{
    Q_ASSERT(header && columns);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showContextMenu);
    // Dragging a section is a choice too.
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_applying) {
            m_keys = currentKeys();
            save();
        }
    });
    // A reset shows every section again, and a newer kernel's key arrives as a new column:
    // both must go back to the user's choice. Connected after the header's own handlers,
    // which run first because the header connected when the view got its model.
    if (QAbstractItemModel* shown = header->model()) {
        connect(shown, &QAbstractItemModel::modelReset, this, &ColumnChooser::reapply);
        connect(shown, &QAbstractItemModel::layoutChanged, this, &ColumnChooser::reapply);
        connect(shown, &QAbstractItemModel::columnsInserted, this, &ColumnChooser::reapply);
    }
    restore();
}

QStringList ColumnChooser::currentKeys() const
{
    QStringList keys;
    for (const int column : visibleColumns())
        keys << m_columns->columnKey(column);
    // Chosen columns the model lacks right now stay chosen.
    for (const QString& key : m_keys)
        if (!keys.contains(key) && m_columns->columnOfKey(key) < 0)
            keys << key;
    return keys;
}

QList<int> ColumnChooser::visibleColumns() const
{
    QList<int> columns;
    if (!m_header)
        return columns;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (logical >= 0 && !m_header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

void ColumnChooser::apply(const QStringList& keys)
{
    if (!m_header || m_header->count() == 0)
        return;
    m_applying = true;
    int visual = 0;
    QList<bool> shown(m_header->count(), false);
    for (const QString& key : keys) {
        const int column = m_columns->columnOfKey(key);
        if (column < 0 || column >= m_header->count() || shown[column])
            continue;
        shown[column] = true;
        m_header->moveSection(m_header->visualIndex(column), visual++);
        m_header->showSection(column);
    }
    for (int column = 0; column < m_header->count(); ++column)
        if (!shown[column])
            m_header->hideSection(column);
    m_applying = false;
}

void ColumnChooser::reapply()
{
    apply(m_keys);
}

void ColumnChooser::setColumnVisible(int column, bool visible)
{
    if (!m_header || column < 0 || column >= m_header->count())
        return;
    // A table with no column left cannot be right-clicked to bring one back.
    if (!visible && visibleColumns() == QList<int> { column })
        return;
    m_applying = true;
    m_header->setSectionHidden(column, !visible);
    m_applying = false;
    m_keys = currentKeys();
    save();
}

void ColumnChooser::resetToDefaults()
{
    m_keys.clear();
    for (const int column : m_columns->defaultColumnList())
        m_keys << m_columns->columnKey(column);
    apply(m_keys);
    save();
}

void ColumnChooser::restore()
{
    const QStringList saved = QSettings().value(m_settingsKey).toStringList();
    if (saved.isEmpty()) {
        m_keys.clear();
        for (const int column : m_columns->defaultColumnList())
            m_keys << m_columns->columnKey(column);
    } else {
        m_keys = saved;
    }
    apply(m_keys);
}

void ColumnChooser::save() const
{
    QSettings().setValue(m_settingsKey, m_keys);
}

QMenu* ColumnChooser::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("Columns"), parent);
    menu->setToolTipsVisible(true);
    if (!m_header || !m_header->model())
        return menu;
    const QAbstractItemModel* model = m_header->model();
    // Fields for experts (most smaps keys) get their own submenu.
    QMenu* expert = nullptr;
    for (int column = 0; column < model->columnCount(); ++column) {
        QMenu* target = menu;
        if (m_columns->isExpertColumn(column)) {
            if (!expert) {
                expert = menu->addMenu(m_columns->expertColumnsMenuTitle());
                expert->setToolTipsVisible(true);
            }
            target = expert;
        }
        QAction* action = target->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setToolTip(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setData(column);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Reset to Defaults")), &QAction::triggered, this, &ColumnChooser::resetToDefaults);
    return menu;
}

void ColumnChooser::showContextMenu(const QPoint& position)
{
    if (!m_header)
        return;
    QMenu* menu = createMenu(m_header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->viewport()->mapToGlobal(position));
}

} // namespace vmscope
