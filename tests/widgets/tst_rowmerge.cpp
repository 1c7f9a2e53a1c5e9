// The one keyed merge (widgets/common/RowMerge.h), driven directly: old and new key lists in,
// the model's signal sequence out, on a two-level model so grouped (tree) rows are covered.
#include "widgets/common/RowMerge.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <map>

using namespace vmscope;

namespace {
struct Item {
    QString key;
    int value = 0;
};

// "a=1 b=2" -> items; a key without "=" has the value 0.
std::vector<Item> parseItems(const QString& text)
{
    std::vector<Item> items;
    for (const QString& part : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u'=');
        items.push_back(Item { kv[0], kv.size() > 1 ? kv[1].toInt() : 0 });
    }
    return items;
}

// Top-level rows keyed by text, each with keyed child rows; column 1 shows the value.
class KeyedTreeModel : public QAbstractItemModel {
public:
    struct Node {
        Item item;
        std::vector<Item> children;
    };

    void setTop(std::vector<Item> items)
    {
        beginResetModel();
        m_top.clear();
        for (Item& item : items)
            m_top.push_back(std::make_unique<Node>(Node { std::move(item), {} }));
        endResetModel();
    }

    void setChildrenOf(int row, std::vector<Item> items)
    {
        const QModelIndex parent = index(row, 0);
        if (!m_top[static_cast<std::size_t>(row)]->children.empty()) {
            beginRemoveRows(parent, 0, rowCount(parent) - 1);
            m_top[static_cast<std::size_t>(row)]->children.clear();
            endRemoveRows();
        }
        beginInsertRows(parent, 0, static_cast<int>(items.size()) - 1);
        m_top[static_cast<std::size_t>(row)]->children = std::move(items);
        endInsertRows();
    }

    // The merge of the top-level rows, with their children kept.
    std::vector<RowRun> mergeTop(std::vector<Item> incoming)
    {
        struct Ops {
            KeyedTreeModel& model;
            std::vector<Item>& incoming;
            int rowCount() const { return static_cast<int>(model.m_top.size()); }
            const QString& rowKey(int row) const { return model.m_top[static_cast<std::size_t>(row)]->item.key; }
            const QString& incomingKey(std::size_t in) const { return incoming[in].key; }
            void remove(int first, int last)
            {
                model.beginRemoveRows({}, first, last);
                model.m_top.erase(model.m_top.begin() + first, model.m_top.begin() + last + 1);
                model.endRemoveRows();
            }
            void insert(int row, std::size_t inFirst, std::size_t inLast)
            {
                model.beginInsertRows({}, row, row + static_cast<int>(inLast - inFirst));
                for (std::size_t i = inFirst; i <= inLast; ++i)
                    model.m_top.insert(model.m_top.begin() + row + static_cast<long>(i - inFirst),
                        std::make_unique<Node>(Node { incoming[i], {} }));
                model.endInsertRows();
            }
            bool update(int row, std::size_t in)
            {
                Item& item = model.m_top[static_cast<std::size_t>(row)]->item;
                if (item.value == incoming[in].value)
                    return false;
                item = incoming[in];
                return true;
            }
        };
        const std::vector<RowRun> changed = mergeKeyedRows(incoming.size(), Ops { *this, incoming });
        for (const RowRun& run : changed)
            emit dataChanged(index(run.first, 0), index(run.last, 1));
        return changed;
    }

    // The merge of one top-level row's children: every signal carries that row as parent.
    std::vector<RowRun> mergeChildren(int parentRow, std::vector<Item> incoming)
    {
        Node& node = *m_top[static_cast<std::size_t>(parentRow)];
        const QModelIndex parent = index(parentRow, 0);
        struct Ops {
            KeyedTreeModel& model;
            std::vector<Item>& rows;
            std::vector<Item>& incoming;
            QModelIndex parent;
            int rowCount() const { return static_cast<int>(rows.size()); }
            const QString& rowKey(int row) const { return rows[static_cast<std::size_t>(row)].key; }
            const QString& incomingKey(std::size_t in) const { return incoming[in].key; }
            void remove(int first, int last)
            {
                model.beginRemoveRows(parent, first, last);
                rows.erase(rows.begin() + first, rows.begin() + last + 1);
                model.endRemoveRows();
            }
            void insert(int row, std::size_t inFirst, std::size_t inLast)
            {
                model.beginInsertRows(parent, row, row + static_cast<int>(inLast - inFirst));
                rows.insert(rows.begin() + row, incoming.begin() + static_cast<long>(inFirst),
                    incoming.begin() + static_cast<long>(inLast) + 1);
                model.endInsertRows();
            }
            bool update(int row, std::size_t in)
            {
                Item& item = rows[static_cast<std::size_t>(row)];
                if (item.value == incoming[in].value)
                    return false;
                item = incoming[in];
                return true;
            }
        };
        const std::vector<RowRun> changed
            = mergeKeyedRows(incoming.size(), Ops { *this, node.children, incoming, parent });
        for (const RowRun& run : changed)
            emit dataChanged(index(run.first, 0, parent), index(run.last, 1, parent));
        return changed;
    }

    QString keys() const
    {
        QStringList out;
        for (const auto& node : m_top)
            out << node->item.key + u'=' + QString::number(node->item.value);
        return out.join(u' ');
    }
    QString childKeys(int row) const
    {
        QStringList out;
        for (const Item& item : m_top[static_cast<std::size_t>(row)]->children)
            out << item.key + u'=' + QString::number(item.value);
        return out.join(u' ');
    }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override
    {
        if (!hasIndex(row, column, parent))
            return {};
        return createIndex(
            row, column, parent.isValid() ? m_top[static_cast<std::size_t>(parent.row())].get() : nullptr);
    }
    QModelIndex parent(const QModelIndex& child) const override
    {
        const auto* node = static_cast<const Node*>(child.internalPointer());
        if (!child.isValid() || !node)
            return {};
        for (std::size_t row = 0; row < m_top.size(); ++row)
            if (m_top[row].get() == node)
                return createIndex(static_cast<int>(row), 0, nullptr);
        return {};
    }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        if (!parent.isValid())
            return static_cast<int>(m_top.size());
        if (parent.internalPointer() || parent.column() != 0)
            return 0;
        return static_cast<int>(m_top[static_cast<std::size_t>(parent.row())]->children.size());
    }
    int columnCount(const QModelIndex& = {}) const override { return 2; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        const auto* node = static_cast<const Node*>(index.internalPointer());
        const Item& item = node ? node->children[static_cast<std::size_t>(index.row())]
                                : m_top[static_cast<std::size_t>(index.row())]->item;
        return index.column() == 0 ? QVariant(item.key) : QVariant(item.value);
    }

private:
    std::vector<std::unique_ptr<Node>> m_top;
};

// Every structural and data signal as text, in order: "remove 0-1", "insert b:2-2", "changed 0-0".
class SignalLog : public QObject {
public:
    explicit SignalLog(QAbstractItemModel* model)
    {
        auto where = [model](const QModelIndex& parent, int first, int last) -> QString {
            const QString prefix
                = parent.isValid() ? model->index(parent.row(), 0).data().toString() + u':' : QString();
            return prefix + QString::number(first) + u'-' + QString::number(last);
        };
        connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this, where](const QModelIndex& p, int f, int l) { m_log << u"remove " + where(p, f, l); });
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this, where](const QModelIndex& p, int f, int l) { m_log << u"insert " + where(p, f, l); });
        connect(
            model, &QAbstractItemModel::dataChanged, this, [this, where](const QModelIndex& tl, const QModelIndex& br) {
                m_log << u"changed " + where(tl.parent(), tl.row(), br.row());
            });
    }
    QString text() const { return m_log.join(QStringLiteral(", ")); }

private:
    QStringList m_log;
};
} // namespace

class TestRowMerge : public QObject {
    Q_OBJECT
private slots:
    void topLevel_data();
    void topLevel();
    void children_data();
    void children();
    void joinRuns();
};

void TestRowMerge::topLevel_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("signalSequence");
    QTest::newRow("unchanged") << "a=1 b=1"
                               << "a=1 b=1"
                               << "";
    QTest::newRow("from empty") << ""
                                << "a=1 b=1 c=1"
                                << "insert 0-2";
    QTest::newRow("to empty") << "a=1 b=1 c=1"
                              << ""
                              << "remove 0-2";
    QTest::newRow("both empty") << ""
                                << ""
                                << "";
    QTest::newRow("insert front") << "c=1 d=1"
                                  << "a=1 b=1 c=1 d=1"
                                  << "insert 0-1";
    QTest::newRow("insert middle") << "a=1 d=1"
                                   << "a=1 b=1 c=1 d=1"
                                   << "insert 1-2";
    QTest::newRow("insert end") << "a=1"
                                << "a=1 b=1 c=1"
                                << "insert 1-2";
    QTest::newRow("remove runs") << "a=1 b=1 c=1 d=1 e=1 f=1"
                                 << "a=1 d=1 f=1"
                                 << "remove 1-2, remove 2-2";
    QTest::newRow("changed runs coalesce") << "a=1 b=1 c=1 d=1 e=1"
                                           << "a=2 b=2 c=1 d=2 e=2"
                                           << "changed 0-1, changed 3-4";
    QTest::newRow("changed rows reported after structure") << "a=1 b=1 c=1"
                                                           << "b=2 d=1"
                                                           << "remove 0-0, remove 1-1, insert 1-1, changed 0-0";
    QTest::newRow("replace every key") << "a=1 c=1 e=1"
                                       << "b=1 d=1 f=1"
                                       << "remove 0-0, insert 0-0, remove 1-1, insert 1-1, remove 2-2, insert 2-2";
    QTest::newRow("interleaved") << "a=1 b=1 d=1 e=1"
                                 << "a=1 c=1 d=3 f=1"
                                 << "remove 1-1, insert 1-1, remove 3-3, insert 3-3, changed 2-2";
}

void TestRowMerge::topLevel()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, signalSequence);
    KeyedTreeModel model;
    model.setTop(parseItems(before));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    SignalLog log(&model);
    QPersistentModelIndex kept;
    for (int row = 0; row < model.rowCount(); ++row)
        if (after.contains(model.index(row, 0).data().toString() + u'='))
            kept = model.index(row, 0);
    const QString keptKey = kept.isValid() ? kept.data().toString() : QString();

    const std::vector<RowRun> runs = model.mergeTop(parseItems(after));

    QCOMPARE(log.text(), signalSequence);
    QCOMPARE(model.keys(), after);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(static_cast<std::size_t>(changed.count()), runs.size());
    for (const QList<QVariant>& args : changed) // every column of a changed row
        QCOMPARE(args.at(1).value<QModelIndex>().column(), 1);
    if (!keptKey.isEmpty()) // a row whose key stays keeps its persistent index
        QCOMPARE(kept.data().toString(), keptKey);
}

void TestRowMerge::children_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("signalSequence");
    QTest::newRow("unchanged") << "1=1 2=1"
                               << "1=1 2=1"
                               << "";
    QTest::newRow("grow") << "2=1"
                          << "1=1 2=1 3=1"
                          << "insert b:0-0, insert b:2-2";
    QTest::newRow("shrink and change") << "1=1 2=1 3=1 4=1"
                                       << "2=5 3=5"
                                       << "remove b:0-0, remove b:2-2, changed b:0-1";
    QTest::newRow("all new") << "1=1"
                             << "2=1"
                             << "remove b:0-0, insert b:0-0";
}

void TestRowMerge::children()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, signalSequence);
    KeyedTreeModel model;
    model.setTop(parseItems(QStringLiteral("a=1 b=1 c=1")));
    model.setChildrenOf(0, parseItems(QStringLiteral("1=1 9=9")));
    model.setChildrenOf(1, parseItems(before));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SignalLog log(&model);

    model.mergeChildren(1, parseItems(after));

    QCOMPARE(log.text(), signalSequence);
    QCOMPARE(model.childKeys(1), after);
    QCOMPARE(model.childKeys(0), QStringLiteral("1=1 9=9")); // the other parent is untouched
    QCOMPARE(model.keys(), QStringLiteral("a=1 b=1 c=1"));
}

void TestRowMerge::joinRuns()
{
    const std::vector<RowRun> runs { { 0, 1 }, { 3, 3 }, { 8, 9 }, { 15, 15 } };
    QCOMPARE(vmscope::joinRuns(runs, 0), runs);
    QCOMPARE(vmscope::joinRuns(runs, 1), (std::vector<RowRun> { { 0, 3 }, { 8, 9 }, { 15, 15 } }));
    QCOMPARE(vmscope::joinRuns(runs, 4), (std::vector<RowRun> { { 0, 9 }, { 15, 15 } }));
    QCOMPARE(vmscope::joinRuns(runs, 100), (std::vector<RowRun> { { 0, 15 } }));
    QVERIFY(vmscope::joinRuns({}, 4).empty());
}

QTEST_GUILESS_MAIN(TestRowMerge)
#include "tst_rowmerge.moc"
