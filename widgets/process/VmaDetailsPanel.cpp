#include "widgets/process/VmaDetailsPanel.h"

#include "core/analysis/Classifier.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/common/KindColors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vmscope {
namespace {
    // core has no Qt: its explanations are string literals, translated under these contexts.
    QString fieldExplanation(std::string_view key)
    {
        return QCoreApplication::translate("vmscope::SmapsFields", smapsKeyExplanation(key).data());
    }

    QString flagMeaning(std::string_view code)
    {
        return QCoreApplication::translate("vmscope::VmFlags", vmFlagMeaning(code).data());
    }

    QString latin1(std::string_view text)
    {
        return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
    }

    QString hex(std::uint64_t value)
    {
        return QStringLiteral("0x") + QString::number(static_cast<qulonglong>(value), 16).rightJustified(8, u'0');
    }

    // The exact kernel figure next to the rounded one, so nothing is lost to formatting.
    QString kibText(std::uint64_t kib)
    {
        // Below 1 MiB the formatted figure is exact already.
        if (kib < 1024)
            return sizeText(kib);
        return VmaDetailsPanel::tr("%1 (%2 kB)").arg(sizeText(kib)).arg(static_cast<qulonglong>(kib));
    }

    QString permsMeaning(const Permissions& perms)
    {
        QStringList parts;
        if (perms.read)
            parts << VmaDetailsPanel::tr("readable");
        if (perms.write)
            parts << VmaDetailsPanel::tr("writable");
        if (perms.exec)
            parts << VmaDetailsPanel::tr("executable");
        if (parts.isEmpty())
            parts << VmaDetailsPanel::tr("no access (guard or reserved)");
        parts << (perms.shared ? VmaDetailsPanel::tr("shared: writes are seen by other mappings of it")
                               : VmaDetailsPanel::tr("private: copy-on-write"));
        return parts.join(QStringLiteral(", "));
    }
} // namespace

VmaDetailsPanel::VmaDetailsPanel(QWidget* parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Field"), tr("Value"), tr("Meaning") });
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* copy = new QAction(tr("&Copy"), m_tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &VmaDetailsPanel::copySelection);
    m_tree->addAction(copy);
    auto* copyAllAction = new QAction(tr("Copy &All"), m_tree);
    connect(copyAllAction, &QAction::triggered, this, &VmaDetailsPanel::copyAll);
    m_tree->addAction(copyAllAction);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree);
    clear();
}

VmaDetailsPanel::~VmaDetailsPanel() = default;

void VmaDetailsPanel::clear()
{
    m_map.reset();
    m_index = -1;
    m_tree->clear();
    m_area = m_fields = m_flags = nullptr;
    m_title->setText(tr("No area selected. Select a row of the table or a block of the map."));
}

void VmaDetailsPanel::showVma(std::shared_ptr<const MemoryMap> map, int index)
{
    if (!map || index < 0 || static_cast<std::size_t>(index) >= map->vmas.size()) {
        clear();
        return;
    }
    m_map = std::move(map);
    m_index = index;
    const auto i = static_cast<std::size_t>(index);
    fill(m_map->vmas[i], m_map->vmas, i);
}

QTreeWidgetItem* VmaDetailsPanel::addRow(QTreeWidgetItem* section, const QString& field, const QString& value,
    const QString& meaning, const QString& valueToolTip)
{
    auto* item = new QTreeWidgetItem(section, { field, value, meaning });
    item->setToolTip(ValueColumn, valueToolTip.isEmpty() ? value : valueToolTip);
    item->setToolTip(MeaningColumn, meaning);
    // What's This on a field: its meaning and, where the field is a glossary term, the term.
    const GlossaryTerm* term = glossaryTermForTitle(field);
    const QString whatsThis = explanationHtml(meaning, term ? QString::fromLatin1(term->id) : QString());
    for (int column = 0; column < item->columnCount(); ++column)
        item->setData(column, Qt::WhatsThisRole, whatsThis);
    item->setTextAlignment(ValueColumn, Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

void VmaDetailsPanel::fill(const Vma& vma, const std::vector<Vma>& vmas, std::size_t index)
{
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    const QString path = displayText(vma.path.empty() ? std::string_view("[anon]") : std::string_view(vma.path));
    const QString shownPath = vma.deleted ? tr("%1 (deleted)").arg(path) : path;
    m_title->setText(tr("%1 — %2, %3").arg(shownPath, kindLabel(vma.kind), sizeText(vma.size() / 1024)));

    auto section = [&](const QString& title) {
        auto* item = new QTreeWidgetItem(m_tree, { title });
        QFont font = item->font(FieldColumn);
        font.setBold(true);
        item->setFont(FieldColumn, font);
        item->setFirstColumnSpanned(true);
        return item;
    };

    m_area = section(tr("Area"));
    addRow(m_area, tr("Range"), tr("%1 – %2").arg(hex(vma.start), hex(vma.end)),
        tr("Virtual addresses from start up to (not including) end."));
    addRow(m_area, tr("Size"), kibText(vma.size() / 1024), fieldExplanation("Size"));
    addRow(m_area, tr("Permissions"), QString::fromStdString(vma.perms.toString()), permsMeaning(vma.perms));
    addRow(m_area, tr("Offset"), hex(vma.offset),
        tr("Where in the file the mapping starts (a file offset, not an address)."));
    addRow(m_area, tr("Device"), QString::fromStdString(vma.device()),
        tr("Major:minor number of the device holding the file; 00:00 for anonymous memory."));
    addRow(m_area, tr("Inode"), QString::number(static_cast<qulonglong>(vma.inode)),
        tr("Inode of the mapped file on that device; 0 for anonymous memory."));
    addRow(m_area, tr("Path"), vma.path.empty() ? tr("(none)") : shownPath,
        vma.deleted ? tr("The file was deleted after it was mapped; the mapping keeps its pages.")
                    : (vma.path.empty() ? tr("Anonymous memory: it belongs to no file.")
                                        : tr("The mapped file, or a pseudo path the kernel gives special areas.")));
    addRow(m_area, tr("Kind"), kindLabel(vma.kind), tr("What the area is, inferred from maps."));
    const QString reason = displayText(reasonText(vmas, index));
    addRow(m_area, tr("Reason"), reason, tr("Why vmscope gave the area this kind."), reason);

    m_fields = section(tr("Memory (smaps)"));
    if (vma.fields.empty()) {
        addRow(m_fields, tr("(not available)"), QString(),
            tr("Read from maps, which has no per-area counters; smaps has them."));
    } else {
        for (std::size_t k = 0; k < kSmapsKeyCount; ++k) {
            const auto key = static_cast<SmapsKey>(k);
            if (!vma.fields.has(key))
                continue;
            const std::uint64_t value = vma.fields.get(key);
            const QString name = latin1(smapsKeyName(key));
            addRow(m_fields, name,
                smapsKeyHasUnit(key) ? kibText(value) : QString::number(static_cast<qulonglong>(value)),
                fieldExplanation(smapsKeyName(key)));
        }
        // Fields a newer kernel printed: shown as the kernel wrote them.
        for (const ExtraField& e : vma.fields.extras()) {
            QString value = QString::fromStdString(e.text);
            if (e.numeric && e.hasUnit)
                value = kibText(e.value);
            addRow(m_fields, QString::fromStdString(e.name), value, fieldExplanation(e.name));
        }
        if (vma.fields.has(SmapsKey::Private_Clean) || vma.fields.has(SmapsKey::Private_Dirty))
            addRow(m_fields, tr("Uss"), kibText(vma.fields.uss()), fieldExplanation("Uss"));
    }

    m_flags = section(tr("VmFlags"));
    if (vma.flags.empty()) {
        addRow(m_flags, tr("(none)"), QString(),
            vma.fields.empty() ? tr("Read from maps, which has no flags.")
                               : tr("This kernel does not print VmFlags (they appeared in 3.8)."));
    } else {
        vma.flags.forEach([&](std::string_view code) {
            const QString text = latin1(code);
            addRow(m_flags, text, text, flagMeaning(code));
        });
    }

    m_tree->expandAll();
    m_tree->resizeColumnToContents(FieldColumn);
    m_tree->resizeColumnToContents(ValueColumn);
    m_tree->setUpdatesEnabled(true);
}

namespace {
    QString rowText(const QTreeWidgetItem* item)
    {
        if (item->isFirstColumnSpanned())
            return item->text(0);
        return item->text(0) + u'\t' + item->text(1) + u'\t' + item->text(2);
    }
} // namespace

QString VmaDetailsPanel::toPlainText() const
{
    QStringList lines;
    if (m_index >= 0)
        lines << m_title->text();
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        const QTreeWidgetItem* sectionItem = m_tree->topLevelItem(s);
        lines << rowText(sectionItem);
        for (int r = 0; r < sectionItem->childCount(); ++r)
            lines << rowText(sectionItem->child(r));
    }
    return lines.join(u'\n');
}

QString VmaDetailsPanel::selectedText() const
{
    // In tree order, not in the order the rows were clicked.
    QStringList lines;
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        const QTreeWidgetItem* sectionItem = m_tree->topLevelItem(s);
        if (sectionItem->isSelected())
            lines << rowText(sectionItem);
        for (int r = 0; r < sectionItem->childCount(); ++r)
            if (sectionItem->child(r)->isSelected())
                lines << rowText(sectionItem->child(r));
    }
    return lines.join(u'\n');
}

void VmaDetailsPanel::copySelection() const
{
    const QString text = selectedText();
    QApplication::clipboard()->setText(text.isEmpty() ? toPlainText() : text);
}

void VmaDetailsPanel::copyAll() const
{
    QApplication::clipboard()->setText(toPlainText());
}

} // namespace vmscope
