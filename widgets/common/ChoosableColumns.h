#pragma once

#include <QList>
#include <QString>

namespace vmscope {

// What a table model tells ColumnChooser so that a user's column choice can be kept by name:
// stable keys survive new columns, other kernels' smaps keys and restarts.
class ChoosableColumns {
public:
    virtual ~ChoosableColumns() = default;
    // Stable name of a column for settings; -1 from columnOfKey for a key the model lacks (yet).
    virtual QString columnKey(int column) const = 0;
    virtual int columnOfKey(const QString& key) const = 0;
    // The columns shown until the user chooses, in their order.
    virtual QList<int> defaultColumnList() const = 0;
    // Columns for experts go to a submenu of this title; empty: none do.
    virtual QString expertColumnsMenuTitle() const { return {}; }
    virtual bool isExpertColumn(int /*column*/) const { return false; }
};

} // namespace vmscope
