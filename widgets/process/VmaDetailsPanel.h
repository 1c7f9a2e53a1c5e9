#pragma once

#include "core/model/Vma.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace vmscope {

// Everything about one VMA, each line with what it means: the area (range, size, perms,
// offset, device, inode, path, kind and why), every smaps field the kernel printed (known
// or not), and each VmFlag decoded. Rows are selectable and copy as tab-separated text.
class VmaDetailsPanel : public QWidget {
    Q_OBJECT
public:
    // Columns of the tree.
    enum Column { FieldColumn, ValueColumn, MeaningColumn };

    explicit VmaDetailsPanel(QWidget* parent = nullptr);
    ~VmaDetailsPanel() override;

    void showVma(std::shared_ptr<const MemoryMap> map, int index);
    void clear();

    const std::shared_ptr<const MemoryMap>& memoryMap() const { return m_map; }
    int shownIndex() const { return m_index; }

    // Sections, for tests and for the main window's keyboard navigation.
    QTreeWidget* tree() const { return m_tree; }
    QTreeWidgetItem* areaSection() const { return m_area; }
    QTreeWidgetItem* fieldsSection() const { return m_fields; }
    QTreeWidgetItem* flagsSection() const { return m_flags; }

    // "Field<TAB>Value<TAB>Meaning" lines; sections as headings.
    QString toPlainText() const;
    QString selectedText() const;

public slots:
    void copySelection() const;
    void copyAll() const;

private:
    QTreeWidgetItem* addRow(QTreeWidgetItem* section, const QString& field, const QString& value,
        const QString& meaning, const QString& valueToolTip = {});
    void fill(const Vma& vma, const std::vector<Vma>& vmas, std::size_t index);

    QLabel* m_title = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTreeWidgetItem* m_area = nullptr;
    QTreeWidgetItem* m_fields = nullptr;
    QTreeWidgetItem* m_flags = nullptr;
    std::shared_ptr<const MemoryMap> m_map;
    int m_index = -1;
};

} // namespace vmscope
