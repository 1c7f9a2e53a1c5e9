// The head of /proc/PID/stat (core/parse/ProcessParsers.h): what the workload runner reads of
// every process when it looks for a run's descendants. The name is chosen by the process.
#include "TestData.h"
#include "core/parse/ProcessParsers.h"

#include <QTest>

using namespace vmscope;

class TestStatHead : public QObject {
    Q_OBJECT

private slots:
    void fixture()
    {
        const std::string bytes = test::fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/stat"));
        const auto head = parse::parseStatHead(bytes, "stat");
        QVERIFY(head.ok());
        QCOMPARE(head->pid, 9946);
        QCOMPARE(head->name, std::string("zoo"));
        QCOMPARE(head->state, 'S');
        QCOMPARE(head->ppid, 1);
        QCOMPARE(head->processGroup, 9935);
    }

    void hostileNames_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("spaces and parentheses") << QByteArray("77 (a) (b c)) Z 5 6 0 0\n") << QByteArray("a) (b c)");
        QTest::newRow("control bytes kept raw")
            << QByteArray("77 (x\x1b]0;OWNED\x07) R 5 6 0\n") << QByteArray("x\x1b]0;OWNED\x07");
        QTest::newRow("empty name") << QByteArray("77 () S 5 6\n") << QByteArray();
    }
    void hostileNames()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, name);
        const auto head = parse::parseStatHead(bytes.toStdString(), "stat");
        QVERIFY(head.ok());
        QCOMPARE(QByteArray::fromStdString(head->name), name);
        QCOMPARE(head->ppid, 5);
        QCOMPARE(head->processGroup, 6);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no name") << QByteArray("77 S 5 6\n");
        QTest::newRow("no closing parenthesis") << QByteArray("77 (zoo S 5 6\n");
        QTest::newRow("two-letter state") << QByteArray("77 (zoo) SS 5 6\n");
        QTest::newRow("group missing") << QByteArray("77 (zoo) S 5\n");
        QTest::newRow("pid above PID_MAX_LIMIT") << QByteArray("4194305 (zoo) S 5 6\n");
        QTest::newRow("negative parent") << QByteArray("77 (zoo) S -5 6\n");
        QTest::newRow("no pid") << QByteArray("(zoo) S 5 6\n");
    }
    void rejects()
    {
        QFETCH(QByteArray, bytes);
        const auto head = parse::parseStatHead(bytes.toStdString(), "stat");
        QVERIFY(!head.ok());
        QCOMPARE(head.error().kind, ErrorKind::Malformed);
    }
};

QTEST_MAIN(TestStatHead)
#include "tst_stathead.moc"
