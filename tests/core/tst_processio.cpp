// /proc/PID/io: the parser (core/parse/ProcessIoParser.h) and the reader that sums a process tree
// (core/read/ProcessTreeIo.h), over fixtures. The live runs are in tests/live/tst_workload.cpp and
// tests/widgets/tst_kernelpage.cpp.
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "core/parse/ProcessIoParser.h"
#include "core/read/ProcessTreeIo.h"

#include <QTest>

using namespace vmscope;

namespace {
const QString kTree = QStringLiteral("process-tree-io");
} // namespace

class TestProcessIo : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryField()
    {
        const auto io = parse::parseProcessIo(test::fixtureBytes(QStringLiteral("live-6.18-x86_64/proc/9946/io")));
        QVERIFY(io.has_value());
        QCOMPARE(io->rchar, std::uint64_t(3980));
        QCOMPARE(io->wchar, std::uint64_t(5));
        QCOMPARE(io->syscr, std::uint64_t(8));
        QCOMPARE(io->syscw, std::uint64_t(1));
        QCOMPARE(io->readBytes, std::uint64_t(0));
        QCOMPARE(io->writeBytes, std::uint64_t(86016));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a number") << QByteArray("rchar: 1\nwchar: x\n");
        QTest::newRow("a field missing") << QByteArray(
            "rchar: 1\nwchar: 2\nsyscr: 3\nsyscw: 4\nread_bytes: 5\ncancelled_write_bytes: 0\n");
        QTest::newRow("overflow") << QByteArray("rchar: 18446744073709551616\nwchar: 0\nsyscr: 0\nsyscw: 0\n"
                                                "read_bytes: 0\nwrite_bytes: 0\n");
    }
    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!parse::parseProcessIo(bytes.toStdString()).has_value());
    }

    void unknownLinesAreSkipped()
    {
        const auto io = parse::parseProcessIo("future_field: 7\nrchar: 1\nwchar: 2\nsyscr: 3\nsyscw: 4\n"
                                              "read_bytes: 5\nwrite_bytes: 6\nno colon here\n");
        QVERIFY(io.has_value());
        QCOMPARE(io->rchar, std::uint64_t(1));
        QCOMPARE(io->writeBytes, std::uint64_t(6));
    }

    void readsOneProcess()
    {
        const ProcRootSource source(test::procRoot(kTree));
        const auto io = readProcessIo(source, 501);
        QVERIFY(io.has_value());
        QCOMPARE(io->rchar, std::uint64_t(1013952));
        QVERIFY(!readProcessIo(source, 503).has_value()); // listed as a child, gone since
    }

    // The shell (500) has two living subshells (501, 502) and names one that exited (503).
    // Hand-summed from the three io files.
    void sumsTheLivingTree_data()
    {
        QTest::addColumn<int>("root");
        QTest::addColumn<quint64>("rchar");
        QTest::addColumn<quint64>("wchar");
        QTest::addColumn<quint64>("syscr");
        QTest::addColumn<quint64>("syscw");
        QTest::addColumn<quint64>("readBytes");
        QTest::newRow("shell and subshells")
            << 500 << quint64(3010956 + 1013952 + 669312) << quint64(3000000 + 1000000 + 655360)
            << quint64(385 + 143 + 30) << quint64(732 + 244 + 10) << quint64(24576);
        QTest::newRow("a leaf: itself") << 502 << quint64(669312) << quint64(655360) << quint64(30) << quint64(10)
                                        << quint64(24576);
        QTest::newRow("no task folder: itself")
            << 600 << quint64(6976) << quint64(0) << quint64(10) << quint64(0) << quint64(0);
    }
    void sumsTheLivingTree()
    {
        QFETCH(int, root);
        QFETCH(quint64, rchar);
        QFETCH(quint64, wchar);
        QFETCH(quint64, syscr);
        QFETCH(quint64, syscw);
        QFETCH(quint64, readBytes);
        const ProcRootSource source(test::procRoot(kTree));
        const auto sum = readProcessTreeIo(source, root);
        QVERIFY(sum.has_value());
        QCOMPARE(sum->rchar, rchar);
        QCOMPARE(sum->wchar, wchar);
        QCOMPARE(sum->syscr, syscr);
        QCOMPARE(sum->syscw, syscw);
        QCOMPARE(sum->readBytes, readBytes);
        QCOMPARE(sum->writeBytes, std::uint64_t(0));
    }

    void noRootNoSum()
    {
        const ProcRootSource source(test::procRoot(kTree));
        QVERIFY(!readProcessTreeIo(source, 503).has_value());
        QVERIFY(!readProcessTreeIo(source, 999999999).has_value());
    }
};

QTEST_GUILESS_MAIN(TestProcessIo)
#include "tst_processio.moc"
