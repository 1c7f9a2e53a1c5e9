// "Read as administrator" (issue 13): a window on the live /proc offers it in the not-readable
// banner and in the process list's context menu; it starts `vmscope-cli serve` as root on a
// worker and opens a window that reads through it (ServeSource), with the helper's /sys and
// writer. Windows on anything else (a fixture, a capture) do not offer it. The real
// pkexec/sudo start is tested in tst_roothelper and tst_privileged; here the test starts the
// build's vmscope-cli serve itself.
#include "GatedSource.h"
#include "TestData.h"

#include "app/gui/MainWindow.h"
#include "core/io/ProcRootSource.h"
#include "core/io/ServeChannel.h"
#include "widgets/process/ProcessView.h"
#include "widgets/processlist/ProcessListPanel.h"
#include "widgets/processlist/ProcessTableModel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <unistd.h>

using namespace vmscope;

namespace {

const QString kFixture = QStringLiteral("live-6.18-x86_64");

// Refuses every smaps as another user's process would be refused.
class RefusingSource : public test::GatedSource {
public:
    using GatedSource::GatedSource;

protected:
    std::optional<Error> gate(std::string_view relativePath) const override
    {
        if (relativePath.ends_with("/smaps") || relativePath.ends_with("/maps"))
            return Error::fromErrno(displayPath(relativePath), EACCES, true);
        return std::nullopt;
    }
};

int firstFixturePid()
{
    return ProcRootSource(test::procRoot(kFixture)).listPids()->front();
}

} // namespace

class TestReadAsAdministrator : public QObject {
    Q_OBJECT
private slots:
    void bannerButtonOnlyWhenOffered_data();
    void bannerButtonOnlyWhenOffered();
    void offeredOnlyOnTheLiveProc();
    void opensAWindowReadingThroughTheHelper();
    void failureIsOneSentence();
};

void TestReadAsAdministrator::bannerButtonOnlyWhenOffered_data()
{
    QTest::addColumn<bool>("offered");
    QTest::newRow("offered") << true;
    QTest::newRow("not offered") << false;
}

void TestReadAsAdministrator::bannerButtonOnlyWhenOffered()
{
    QFETCH(bool, offered);
    ProcessView view(std::make_shared<RefusingSource>(test::procRoot(kFixture)));
    view.setReadAsAdministratorOffered(offered);
    view.show();
    const int pid = firstFixturePid();
    view.showProcess(pid, QStringLiteral("refused"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.bannerText().isEmpty(), 15000);
    QVERIFY2(view.bannerText().contains(QStringLiteral("Cannot read process")), qPrintable(view.bannerText()));
    QCOMPARE(view.readAsAdministratorButton()->isVisible(), offered);
    if (!offered)
        return;
    QSignalSpy requested(&view, &ProcessView::readAsAdministratorRequested);
    view.readAsAdministratorButton()->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.front().at(0).toInt(), pid);
    QCOMPARE(requested.front().at(1).toString(), QStringLiteral("refused"));
}

void TestReadAsAdministrator::offeredOnlyOnTheLiveProc()
{
    MainWindow fixture(std::make_shared<ProcRootSource>(test::procRoot(kFixture)));
    QVERIFY(!fixture.offersReadAsAdministrator());
    fixture.readAsAdministrator(1, QStringLiteral("init")); // ignored
    QTest::qWait(200);
    QVERIFY(fixture.lastOpenedWindow() == nullptr);
    MainWindow live(std::make_shared<ProcRootSource>("/proc"));
    QVERIFY(live.offersReadAsAdministrator());
}

void TestReadAsAdministrator::opensAWindowReadingThroughTheHelper()
{
    MainWindow window(std::make_shared<ProcRootSource>("/proc"));
    window.setRootHelperStarter([] { return ServeChannel::start({ VMSCOPE_CLI, "serve" }); });
    const int self = int(::getpid());
    window.readAsAdministrator(self, QStringLiteral("tst_readasadministrator"));
    QTRY_VERIFY_WITH_TIMEOUT(window.lastOpenedWindow() != nullptr, 15000);
    MainWindow* asRoot = window.lastOpenedWindow();
    QVERIFY2(asRoot->windowTitle().contains(QStringLiteral("as root")), qPrintable(asRoot->windowTitle()));
    QVERIFY2(asRoot->windowTitle().contains(QStringLiteral("serve")), qPrintable(asRoot->windowTitle()));
    // The helper's window does not offer it again, and it reads the process it was opened on.
    QVERIFY(!asRoot->offersReadAsAdministrator());
    QTRY_VERIFY_WITH_TIMEOUT(asRoot->processView()->snapshot() != nullptr, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(asRoot->processList()->model()->rowCount() > 1, 20000);
    delete asRoot;
}

void TestReadAsAdministrator::failureIsOneSentence()
{
    MainWindow window(std::make_shared<ProcRootSource>("/proc"));
    window.setRootHelperStarter([]() -> Result<std::shared_ptr<ServeChannel>> {
        return Error::io(
            "", EACCES, "sudo needs a password for vmscope-cli serve: add a sudoers rule (see README) or use pkexec");
    });
    QSignalSpy failed(&window, &MainWindow::administratorFailed);
    window.readAsAdministrator(1, QStringLiteral("init"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    QVERIFY2(failed.front().front().toString().contains(QStringLiteral("sudoers rule")),
        qPrintable(failed.front().front().toString()));
    QVERIFY(window.lastOpenedWindow() == nullptr);
}

QTEST_MAIN(TestReadAsAdministrator)
#include "tst_readasadministrator.moc"
