#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QHeaderView;
class QMenu;
class QWidget;

namespace vmscope {

class ChoosableColumns;

// Which columns of a table (VMAs, processes) are shown, and in what order: a checkable menu on the
// header's context menu (and for a "Columns" menu elsewhere), "Reset to defaults", and
// the choice kept in QSettings under the given key as stable column names, so it
// survives restarts, other processes and kernels that print other smaps keys.
//
// Construct it after the view's setModel(): it listens to the header's model (the model
// itself or a proxy of it) to re-apply the choice after resets and new columns.
class ColumnChooser : public QObject {
    Q_OBJECT
public:
    // `columns` is the header's source model (it must outlive the chooser, as views' models do).
    ColumnChooser(QHeaderView* header, const ChoosableColumns* columns, QString settingsKey, QObject* parent = nullptr);

    // A new menu listing every column with a checkbox, then "Reset to defaults".
    QMenu* createMenu(QWidget* parent);

    // Visible columns (model column ids) in the order they are shown.
    QList<int> visibleColumns() const;
    void setColumnVisible(int column, bool visible);
    void resetToDefaults();
    // The saved choice, or the defaults when nothing was saved.
    void restore();
    void save() const;

private:
    void apply(const QStringList& keys);
    void showContextMenu(const QPoint& position);
    void reapply();
    QStringList currentKeys() const;

    QPointer<QHeaderView> m_header;
    const ChoosableColumns* m_columns = nullptr;
    QString m_settingsKey;
    // The chosen columns, including ones this model does not have yet (a key that only
    // some kernels print): they show up when a map brings them.
    QStringList m_keys;
    bool m_applying = false;
};

} // namespace vmscope
