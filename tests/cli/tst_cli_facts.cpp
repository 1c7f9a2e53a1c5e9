// vmscope-cli facts PID (app/cli/FactsCommand.cpp) over the process-facts fixtures: the JSON keys
// and figures, hidden addresses, unknown figures, exit codes.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kFacts = QStringLiteral(VMSCOPE_FIXTURES "/process-facts/proc");
const QString kUnprivileged = QStringLiteral(VMSCOPE_FIXTURES "/process-facts/proc-unprivileged");

using Run = vmscope::test::CliRun;

Run runOn(const QString& root, const QStringList& arguments)
{
    return vmscope::test::runCli(QStringList { QStringLiteral("--proc-root"), root } + arguments);
}

QJsonObject jsonOf(const Run& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestCliFacts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        const Run run = runOn(kFacts, { "--format", "json", "facts", "21990" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject top = jsonOf(run);
        QCOMPARE(top.value("pid").toInt(), 21990);
        QCOMPARE(top.value("name").toString(), QStringLiteral("bash"));
        QCOMPARE(top.value("status").toObject().value("VmHWM").toInt(), 1848);
        QCOMPARE(top.value("status").toObject().value("VmPTE").toInt(), 52);
        QCOMPARE(top.value("layout_visibility").toString(), QStringLiteral("shown"));
        const QJsonObject layout = top.value("layout").toObject();
        QCOMPARE(layout.value("start_code").toString(), QStringLiteral("0x55b1183fd000"));
        QCOMPARE(layout.value("start_brk").toString(), QStringLiteral("0x55b13af3f000"));
        QCOMPARE(layout.value("brk").toString(), QStringLiteral("0x55b13afa0000")); // end of the 2nd [heap]
        QCOMPARE(layout.value("env_end").toString(), QStringLiteral("0x7ffd9aa5bfea"));
        QCOMPARE(top.value("faults").toObject().value("minor").toInt(), 76);
        QVERIFY(!top.value("faults").toObject().contains("minor_per_second"));
        QCOMPARE(top.value("randomize_va_space").toObject().value("value").toInt(), 2);
        QCOMPARE(top.value("vmas").toInt(), 44);
        QCOMPARE(top.value("max_map_count").toInt(), 65530);
        const QJsonArray limits = top.value("limits").toArray();
        QCOMPARE(limits.size(), 16);
        int named = 0;
        for (const QJsonValue& row : limits) {
            const QJsonObject object = row.toObject();
            if (object.value("resource").toString() == QStringLiteral("RLIMIT_STACK")) {
                QCOMPARE(object.value("soft").toInt(), 8388608);
                QVERIFY(object.value("hard").isNull()); // unlimited
            }
            named += object.contains("resource") ? 1 : 0;
        }
        QCOMPARE(named, 4);
    }

    void text()
    {
        const Run run = runOn(kFacts, { "facts", "21990" });
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY(out.contains(QRegularExpression("brk +0x55b13afa0000\n")));
        QVERIFY(out.contains(QRegularExpression("VmHWM +1848 kB\n")));
        QVERIFY(out.contains(QStringLiteral("2: full randomisation incl. heap/brk")));
        QVERIFY(out.contains(QStringLiteral("44 of 65530 (0.1 %)")));
        QVERIFY(out.contains(QRegularExpression("RLIMIT_STACK soft/hard +8388608 / unlimited bytes\n")));
    }

    // Another user's process: no addresses, never zeros; the missing sysctls are unknown figures.
    void hidden()
    {
        const Run run = runOn(kUnprivileged, { "facts", "21990" });
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY(out.contains(QStringLiteral("hidden by the kernel (needs ptrace access)")));
        QVERIFY(!out.contains(QStringLiteral("start_code")));
        QVERIFY(out.contains(QRegularExpression("kernel.randomize_va_space +unknown: cannot read")));
        const QJsonObject top = jsonOf(runOn(kUnprivileged, { "--format", "json", "facts", "21990" }));
        QCOMPARE(top.value("layout_visibility").toString(), QStringLiteral("hidden"));
        QVERIFY(top.value("layout").toObject().isEmpty());
        QVERIFY(top.contains("randomize_va_space_error"));
        QVERIFY(top.contains("max_map_count_error"));
    }

    void kernelThread()
    {
        const QJsonObject top = jsonOf(runOn(kFacts, { "--format", "json", "facts", "2" }));
        QCOMPARE(top.value("layout_visibility").toString(), QStringLiteral("no_address_space"));
        QCOMPARE(top.value("vmas").toInt(), 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("gone") << QStringList { "facts", "4242" } << 2;
        QTest::newRow("no pid") << QStringList { "facts" } << 1;
        QTest::newRow("two pids") << QStringList { "facts", "1", "2" } << 1;
        QTest::newRow("bad interval") << QStringList { "facts", "21990", "--interval", "50" } << 1;
        QTest::newRow("interval without value") << QStringList { "facts", "21990", "--interval" } << 1;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run run = runOn(kFacts, args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
    }

    // Two readings: the rates appear (a fixture does not change, so they are 0).
    void interval()
    {
        const QJsonObject top = jsonOf(runOn(kFacts, { "--format", "json", "facts", "21990", "--interval", "0.1" }));
        QCOMPARE(top.value("faults").toObject().value("minor_per_second").toDouble(), 0.0);
    }
};

QTEST_MAIN(TestCliFacts)
#include "tst_cli_facts.moc"
