// The details panel (every field of a VMA, explained) and the VMA table's column chooser.
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "core/read/ProcessReader.h"
#include "widgets/common/ColumnChooser.h"
#include "widgets/process/VmaDetailsPanel.h"
#include "widgets/process/VmaFilterProxy.h"
#include "widgets/process/VmaTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace vmscope;

namespace {
constexpr std::uint64_t kHeapStart = 0x55ac800c9000;

std::shared_ptr<MemoryMap> loadZoo(MapDetail detail = MapDetail::Smaps)
{
    ProcRootSource source(test::procRoot(QStringLiteral("live-6.18-x86_64")));
    auto map = readMemoryMap(source, 9946, detail);
    if (!map)
        qFatal("cannot read the zoo fixture");
    return std::make_shared<MemoryMap>(std::move(map).value());
}

int indexOf(const MemoryMap& map, std::uint64_t start)
{
    for (std::size_t i = 0; i < map.vmas.size(); ++i)
        if (map.vmas[i].start == start)
            return static_cast<int>(i);
    return -1;
}

int indexOfPath(const MemoryMap& map, const std::string& path)
{
    for (std::size_t i = 0; i < map.vmas.size(); ++i)
        if (map.vmas[i].path == path)
            return static_cast<int>(i);
    return -1;
}

QTreeWidgetItem* row(QTreeWidgetItem* section, const QString& field)
{
    for (int i = 0; i < section->childCount(); ++i)
        if (section->child(i)->text(VmaDetailsPanel::FieldColumn) == field)
            return section->child(i);
    return nullptr;
}
} // namespace

class TestVmaDetails : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFieldExplained();
    void flagsDecoded();
    void unknownFlagAndField();
    void areaOfDeletedFile();
    void mapsOnlyAndClear();
    void copyText();
    void chooserDefaultsAndMenu();
    void chooserSavesAndRestores();
    void chooserSurvivesResetsAndNewColumns();

private:
    QTemporaryDir m_settingsDir;
};

void TestVmaDetails::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("vmscope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_vmadetails"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestVmaDetails::everyFieldExplained()
{
    VmaDetailsPanel panel;
    const auto map = loadZoo();
    panel.showVma(map, indexOf(*map, kHeapStart));
    QCOMPARE(panel.shownIndex(), indexOf(*map, kHeapStart));

    // The 23 keys kernel 6.18 printed for the heap, in its order, then the derived Uss.
    const QStringList kernelKeys { QStringLiteral("Size"), QStringLiteral("KernelPageSize"),
        QStringLiteral("MMUPageSize"), QStringLiteral("Rss"), QStringLiteral("Pss"), QStringLiteral("Pss_Dirty"),
        QStringLiteral("Shared_Clean"), QStringLiteral("Shared_Dirty"), QStringLiteral("Private_Clean"),
        QStringLiteral("Private_Dirty"), QStringLiteral("Referenced"), QStringLiteral("Anonymous"),
        QStringLiteral("KSM"), QStringLiteral("LazyFree"), QStringLiteral("AnonHugePages"),
        QStringLiteral("ShmemPmdMapped"), QStringLiteral("FilePmdMapped"), QStringLiteral("Shared_Hugetlb"),
        QStringLiteral("Private_Hugetlb"), QStringLiteral("Swap"), QStringLiteral("SwapPss"), QStringLiteral("Locked"),
        QStringLiteral("THPeligible") };
    QCOMPARE(kernelKeys.size(), 23);
    QTreeWidgetItem* fields = panel.fieldsSection();
    QVERIFY(fields);
    QCOMPARE(fields->childCount(), 24);
    for (int i = 0; i < 23; ++i) {
        const QTreeWidgetItem* item = fields->child(i);
        QCOMPARE(item->text(VmaDetailsPanel::FieldColumn), kernelKeys[i]);
        QVERIFY(!item->text(VmaDetailsPanel::ValueColumn).isEmpty());
        QCOMPARE(item->text(VmaDetailsPanel::MeaningColumn),
            QString::fromLatin1(smapsKeyExplanation(kernelKeys[i].toStdString()).data()));
    }
    QCOMPARE(row(fields, QStringLiteral("Rss"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("72 KiB"));
    QCOMPARE(row(fields, QStringLiteral("THPeligible"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("0"));
    QCOMPARE(row(fields, QStringLiteral("Uss"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("8 KiB"));
    QVERIFY(
        row(fields, QStringLiteral("Uss"))->text(VmaDetailsPanel::MeaningColumn).contains(QStringLiteral("Private")));

    QTreeWidgetItem* area = panel.areaSection();
    QCOMPARE(row(area, QStringLiteral("Range"))->text(VmaDetailsPanel::ValueColumn),
        QStringLiteral("0x55ac800c9000 – 0x55ac800ea000"));
    QCOMPARE(row(area, QStringLiteral("Size"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("132 KiB"));
    QCOMPARE(row(area, QStringLiteral("Permissions"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("rw-p"));
    QVERIFY(row(area, QStringLiteral("Permissions"))
                ->text(VmaDetailsPanel::MeaningColumn)
                .contains(QStringLiteral("copy-on-write")));
    QCOMPARE(row(area, QStringLiteral("Path"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("[heap]"));
    QCOMPARE(row(area, QStringLiteral("Kind"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("heap (brk)"));
    QCOMPARE(row(area, QStringLiteral("Device"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("00:00"));
    QCOMPARE(row(area, QStringLiteral("Inode"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("0"));
    QCOMPARE(row(area, QStringLiteral("Offset"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("0x00000000"));
    QVERIFY(!row(area, QStringLiteral("Reason"))->text(VmaDetailsPanel::ValueColumn).isEmpty());
    for (int i = 0; i < area->childCount(); ++i)
        QVERIFY2(!area->child(i)->text(VmaDetailsPanel::MeaningColumn).isEmpty(),
            qPrintable(area->child(i)->text(VmaDetailsPanel::FieldColumn)));
}

void TestVmaDetails::flagsDecoded()
{
    VmaDetailsPanel panel;
    const auto map = loadZoo();
    panel.showVma(map, indexOf(*map, kHeapStart));
    QTreeWidgetItem* flags = panel.flagsSection();
    QCOMPARE(flags->childCount(), 6);
    const QStringList codes { QStringLiteral("rd"), QStringLiteral("wr"), QStringLiteral("mr"), QStringLiteral("mw"),
        QStringLiteral("me"), QStringLiteral("ac") };
    for (int i = 0; i < codes.size(); ++i) {
        QCOMPARE(flags->child(i)->text(VmaDetailsPanel::FieldColumn), codes[i]);
        QCOMPARE(flags->child(i)->text(VmaDetailsPanel::MeaningColumn),
            QString::fromLatin1(vmFlagMeaning(codes[i].toStdString()).data()));
        QVERIFY(!flags->child(i)->text(VmaDetailsPanel::MeaningColumn).startsWith(QStringLiteral("unknown flag")));
    }
    QCOMPARE(flags->child(0)->text(VmaDetailsPanel::MeaningColumn), QStringLiteral("readable"));
}

void TestVmaDetails::unknownFlagAndField()
{
    VmaDetailsPanel panel;
    auto map = loadZoo();
    const int heap = indexOf(*map, kHeapStart);
    Vma& vma = map->vmas[static_cast<std::size_t>(heap)];
    vma.flags.add("zz");
    vma.fields.addExtra(ExtraField { "Pss_Future", "12 kB", 12, true, true });
    vma.fields.addExtra(ExtraField { "Mode", "fast", 0, false, false });
    panel.showVma(map, heap);
    QTreeWidgetItem* flags = panel.flagsSection();
    QCOMPARE(flags->childCount(), 7);
    QTreeWidgetItem* unknown = row(flags, QStringLiteral("zz"));
    QVERIFY(unknown);
    QVERIFY(unknown->text(VmaDetailsPanel::MeaningColumn).startsWith(QStringLiteral("unknown flag")));
    QTreeWidgetItem* fields = panel.fieldsSection();
    QCOMPARE(fields->childCount(), 26);
    QCOMPARE(row(fields, QStringLiteral("Pss_Future"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("12 KiB"));
    QCOMPARE(row(fields, QStringLiteral("Mode"))->text(VmaDetailsPanel::ValueColumn), QStringLiteral("fast"));
    QVERIFY(!row(fields, QStringLiteral("Mode"))->text(VmaDetailsPanel::MeaningColumn).isEmpty());
}

void TestVmaDetails::areaOfDeletedFile()
{
    VmaDetailsPanel panel;
    const auto map = loadZoo();
    panel.showVma(map, indexOfPath(*map, "/srv/data/deleted.bin"));
    QTreeWidgetItem* path = row(panel.areaSection(), QStringLiteral("Path"));
    QCOMPARE(path->text(VmaDetailsPanel::ValueColumn), QStringLiteral("/srv/data/deleted.bin (deleted)"));
    QVERIFY(path->text(VmaDetailsPanel::MeaningColumn).contains(QStringLiteral("deleted")));
    QCOMPARE(row(panel.areaSection(), QStringLiteral("Device"))->text(VmaDetailsPanel::ValueColumn),
        QStringLiteral("fe:00"));
    QCOMPARE(row(panel.areaSection(), QStringLiteral("Permissions"))->text(VmaDetailsPanel::ValueColumn),
        QStringLiteral("rw-s"));

    // A file name with a newline cannot break the panel: it is escaped.
    auto odd = std::make_shared<MemoryMap>(*map);
    odd->vmas[0].path = "/tmp/evil\nname";
    panel.showVma(odd, 0);
    QVERIFY(!row(panel.areaSection(), QStringLiteral("Path"))->text(VmaDetailsPanel::ValueColumn).contains(u'\n'));
}

void TestVmaDetails::mapsOnlyAndClear()
{
    VmaDetailsPanel panel;
    const auto map = loadZoo(MapDetail::Maps);
    panel.showVma(map, indexOf(*map, kHeapStart));
    QCOMPARE(panel.fieldsSection()->childCount(), 1);
    QCOMPARE(panel.flagsSection()->childCount(), 1);
    QCOMPARE(row(panel.areaSection(), QStringLiteral("Size"))->text(VmaDetailsPanel::ValueColumn),
        QStringLiteral("132 KiB"));
    panel.showVma(map, 10000); // out of range: nothing shown, no crash
    QCOMPARE(panel.shownIndex(), -1);
    QCOMPARE(panel.tree()->topLevelItemCount(), 0);
    panel.showVma(map, 0);
    panel.clear();
    QCOMPARE(panel.tree()->topLevelItemCount(), 0);
    QVERIFY(!panel.memoryMap());
}

void TestVmaDetails::copyText()
{
    VmaDetailsPanel panel;
    const auto map = loadZoo();
    panel.showVma(map, indexOf(*map, kHeapStart));
    const QString all = panel.toPlainText();
    QVERIFY(all.contains(QStringLiteral("Rss\t72 KiB\t")));
    QVERIFY(all.contains(QStringLiteral("ac\t")));
    row(panel.fieldsSection(), QStringLiteral("Pss"))->setSelected(true);
    row(panel.fieldsSection(), QStringLiteral("Rss"))->setSelected(true);
    const QString selected = panel.selectedText();
    QCOMPARE(selected.count(u'\n'), 1);
    QVERIFY(selected.startsWith(QStringLiteral("Rss\t72 KiB\t")));
    panel.copySelection();
    QCOMPARE(QApplication::clipboard()->text(), selected);
}

void TestVmaDetails::chooserDefaultsAndMenu()
{
    QSettings().remove(QStringLiteral("defaults/columns"));
    VmaTableModel model;
    VmaFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTreeView view;
    view.setModel(&proxy);
    model.setMemoryMap(loadZoo());
    ColumnChooser chooser(view.header(), &model, QStringLiteral("defaults/columns"));
    QCOMPARE(chooser.visibleColumns(), VmaTableModel::defaultColumns());

    std::unique_ptr<QMenu> menu(chooser.createMenu(nullptr));
    QList<QAction*> checkable;
    std::function<void(QMenu*)> collect = [&](QMenu* m) {
        for (QAction* a : m->actions()) {
            if (a->menu())
                collect(a->menu());
            else if (a->isCheckable())
                checkable << a;
        }
    };
    collect(menu.get());
    QCOMPARE(checkable.size(), model.columnCount());
    for (QAction* a : checkable)
        QCOMPARE(a->isChecked(), VmaTableModel::defaultColumns().contains(a->data().toInt()));

    // Ticking an entry shows the column; "Reset to Defaults" brings the defaults back.
    for (QAction* a : checkable)
        if (a->data().toInt() == VmaTableModel::Reason)
            a->setChecked(true);
    QVERIFY(chooser.visibleColumns().contains(VmaTableModel::Reason));
    QAction* reset = nullptr;
    for (QAction* a : menu->actions())
        if (!a->isCheckable() && !a->isSeparator() && !a->menu())
            reset = a;
    QVERIFY(reset);
    reset->trigger();
    QCOMPARE(chooser.visibleColumns(), VmaTableModel::defaultColumns());

    // The last visible column cannot be hidden.
    for (const int column : VmaTableModel::defaultColumns())
        chooser.setColumnVisible(column, false);
    QCOMPARE(chooser.visibleColumns().size(), 1);
}

void TestVmaDetails::chooserSavesAndRestores()
{
    const QString key = QStringLiteral("saved/columns");
    QSettings().remove(key);
    VmaTableModel model;
    model.setMemoryMap(loadZoo());
    {
        QTreeView view;
        view.setModel(&model);
        ColumnChooser chooser(view.header(), &model, key);
        chooser.setColumnVisible(VmaTableModel::Swap, false);
        chooser.setColumnVisible(VmaTableModel::Flags, true);
        // The user drags Path to the front.
        view.header()->moveSection(view.header()->visualIndex(VmaTableModel::Path), 0);
    }
    QCOMPARE(QSettings().value(key).toStringList().first(), QStringLiteral("path"));
    QVERIFY(QSettings().value(key).toStringList().contains(QStringLiteral("vmflags")));

    QTreeView view;
    view.setModel(&model);
    ColumnChooser chooser(view.header(), &model, key);
    const QList<int> visible = chooser.visibleColumns();
    QCOMPARE(visible.first(), int(VmaTableModel::Path));
    QVERIFY(visible.contains(VmaTableModel::Flags));
    QVERIFY(!visible.contains(VmaTableModel::Swap));
    QVERIFY(visible.contains(VmaTableModel::Rss));
}

void TestVmaDetails::chooserSurvivesResetsAndNewColumns()
{
    const QString key = QStringLiteral("resets/columns");
    QSettings().setValue(
        key, QStringList { QStringLiteral("start"), QStringLiteral("Rss"), QStringLiteral("Pss_Future") });
    VmaTableModel model;
    model.setAnimateHighlights(false);
    VmaFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTreeView view;
    view.setModel(&proxy);
    const auto map = loadZoo();
    model.setMemoryMap(map);
    ColumnChooser chooser(view.header(), &model, key);
    QCOMPARE(chooser.visibleColumns(), (QList<int> { VmaTableModel::Start, VmaTableModel::Rss }));

    // Grouping resets the model; the choice stays.
    model.setGrouped(true);
    QCOMPARE(chooser.visibleColumns(), (QList<int> { VmaTableModel::Start, VmaTableModel::Rss }));
    model.setGrouped(false);

    // A refresh brings a key the user had chosen on another kernel: it shows; others stay hidden.
    auto future = std::make_shared<MemoryMap>(*map);
    future->vmas[0].fields.addExtra(ExtraField { "Pss_Future", "4 kB", 4, true, true });
    future->vmas[1].fields.addExtra(ExtraField { "Other_New", "4 kB", 4, true, true });
    model.setMemoryMap(future);
    QCOMPARE(model.columnCount(), VmaTableModel::FirstExtraColumn + 2);
    QCOMPARE(chooser.visibleColumns(),
        (QList<int> { VmaTableModel::Start, VmaTableModel::Rss, VmaTableModel::FirstExtraColumn }));
}

QTEST_MAIN(TestVmaDetails)
#include "tst_vmadetails.moc"
