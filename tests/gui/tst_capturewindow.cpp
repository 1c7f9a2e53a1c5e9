// A capture in the main window (issue 13): File ▸ Open capture and drag and drop open it in a new
// window, read on a worker; the window says whose capture it is and when, reads it once, and offers
// nothing that acts on a running system. Folders that are no capture and files that cannot be read
// are one sentence, and the window never waits for them.
#include "TarWriter.h"
#include "TestData.h"

#include "app/gui/MainWindow.h"
#include "core/io/ProcRootSource.h"
#include "core/io/TarSource.h"
#include "widgets/kernel/KernelPage.h"
#include "widgets/kernel/SamplerBridge.h"
#include "widgets/kernel/WorkloadPanel.h"
#include "widgets/process/ProcessView.h"
#include "widgets/processlist/ProcessListPanel.h"
#include "widgets/processlist/ProcessTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace vmscope;

namespace {

const QString kFixture = QStringLiteral("live-6.18-x86_64");

// The fixture's proc root packed as a vmscope capture of "lab-board" (ustar, process folders owned
// by uid 1000 like a capture of a desktop user's processes).
std::string captureOfFixture(bool withMetadata)
{
    test::TarWriter tar;
    const QString root = test::fixturePath(kFixture + QStringLiteral("/proc"));
    QStringList files;
    for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next().mid(root.size() + 1);
    files.sort();
    QSet<QString> folders;
    for (const QString& file : files) {
        const QStringList parts = file.split(QLatin1Char('/'));
        for (int i = 1; i < parts.size(); ++i) {
            const QString folder = parts.mid(0, i).join(QLatin1Char('/'));
            if (!folders.contains(folder)) {
                folders.insert(folder);
                tar.directory(folder.toStdString(), 1000);
            }
        }
        tar.file(file.toStdString(), test::fixtureBytes(kFixture + QStringLiteral("/proc/") + file));
    }
    if (withMetadata)
        tar.file("vmscope.json",
            R"({"tool":"vmscope-cli","version":"0.1.0","time":"2026-11-30T10:00:00Z","hostname":"lab-board",)"
            R"("kernel":"6.18.0-test","page_size":4096,"uid":1000,"pids":[],"gone":[],)"
            R"("unreadable":[{"path":"1/smaps","error":"EACCES","reason":"Permission denied"}]})");
    return tar.bytes();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const std::string& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QAction* actionNamed(const QWidget* window, const QString& text)
{
    for (QAction* action : window->findChildren<QAction*>())
        if (action->text() == text)
            return action;
    return nullptr;
}

QMenu* menuNamed(const QMainWindow* window, const QString& title)
{
    for (QAction* action : window->menuBar()->actions())
        if (action->text() == title)
            return action->menu();
    return nullptr;
}

} // namespace

class TestCaptureWindow : public QObject {
    Q_OBJECT
private slots:
    void liveWindowHasNoBanner();
    void openedCaptureSaysWhoseAndWhen();
    void captureIsReadOnceAndOffersNothingLive();
    void smemcapStyleCaptureWithoutMetadata();
    void droppedFileOpens();
    void notACaptureIsOneSentence_data();
    void notACaptureIsOneSentence();
};

void TestCaptureWindow::liveWindowHasNoBanner()
{
    MainWindow window(std::make_shared<ProcRootSource>(test::procRoot(kFixture)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.captureBanner()->isVisible());
    QVERIFY(actionNamed(&window, QStringLiteral("&Refresh now"))->isEnabled());
    QVERIFY(menuNamed(&window, QStringLiteral("E&xperiments"))->isEnabled());
}

void TestCaptureWindow::openedCaptureSaysWhoseAndWhen()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("board.tar"), captureOfFixture(true));
    MainWindow window(std::make_shared<ProcRootSource>(test::procRoot(kFixture)));
    window.openCapture(path);
    QTRY_VERIFY_WITH_TIMEOUT(window.lastOpenedWindow() != nullptr, 15000);
    MainWindow* capture = window.lastOpenedWindow();
    QVERIFY(capture->testAttribute(Qt::WA_DeleteOnClose));
    QVERIFY(capture->windowTitle().contains(QStringLiteral("Capture of lab-board")));
    QVERIFY(capture->captureBanner()->isVisible());
    const QString banner = capture->captureBanner()->text();
    QVERIFY2(banner.contains(QStringLiteral("lab-board")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("6.18.0-test")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("vmscope-cli 0.1.0")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("1 file(s) could not be read")), qPrintable(banner));
    // The processes of the capture are listed, as in a live window.
    const int fixtureProcesses = int(ProcRootSource(test::procRoot(kFixture)).listPids()->size());
    QTRY_VERIFY_WITH_TIMEOUT(capture->processList()->model()->rowCount() > 0, 15000);
    QVERIFY(capture->processList()->model()->rowCount() <= fixtureProcesses);
    capture->close(); // deletes it (WA_DeleteOnClose)
    QTRY_VERIFY(window.lastOpenedWindow() == nullptr);
}

void TestCaptureWindow::captureIsReadOnceAndOffersNothingLive()
{
    auto source = TarSource::fromBytes(captureOfFixture(true), "board.tar");
    QVERIFY(source);
    QVERIFY(!(*source)->changesOverTime());
    MainWindow window(*source);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.captureBanner()->isVisible());
    QVERIFY(!actionNamed(&window, QStringLiteral("&Refresh now"))->isEnabled());
    QVERIFY(!menuNamed(&window, QStringLiteral("E&xperiments"))->isEnabled());
    // The process page's refresh choice is off and cannot be changed.
    bool refreshChoiceOff = false;
    for (const QComboBox* box : window.processView()->findChildren<QComboBox*>())
        if (box->itemData(0).toInt() == 0 && box->count() == 4 && box->currentData().toInt() == 0 && !box->isEnabled())
            refreshChoiceOff = true;
    QVERIFY(refreshChoiceOff);
    // The kernel page samples the capture once and stops.
    KernelPage* kernel = window.kernelPage();
    QTRY_COMPARE_WITH_TIMEOUT(kernel->sampler()->samplesTaken(), std::size_t(1), 15000);
    QTRY_VERIFY(!kernel->sampler()->running());
    QTest::qWait(1500); // three default sampling intervals
    QCOMPARE(kernel->sampler()->samplesTaken(), std::size_t(1));
    QVERIFY(!kernel->workloadPanel()->isEnabled());
    QVERIFY(!kernel->workloadPanel()->runAction()->isEnabled());
}

void TestCaptureWindow::smemcapStyleCaptureWithoutMetadata()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("smem.tar"), captureOfFixture(false));
    MainWindow window(std::make_shared<ProcRootSource>(test::procRoot(kFixture)));
    window.openCapture(path);
    QTRY_VERIFY_WITH_TIMEOUT(window.lastOpenedWindow() != nullptr, 15000);
    MainWindow* capture = window.lastOpenedWindow();
    // No host or time known: the file names it, and the kernel comes from its version file.
    QVERIFY2(capture->windowTitle().contains(path), qPrintable(capture->windowTitle()));
    const QString banner = capture->captureBanner()->text();
    QVERIFY2(banner.contains(QStringLiteral("kernel 6.18")), qPrintable(banner));
    delete capture;
}

void TestCaptureWindow::droppedFileOpens()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("dropped.tar"), captureOfFixture(true));
    MainWindow window(std::make_shared<ProcRootSource>(test::procRoot(kFixture)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_VERIFY_WITH_TIMEOUT(window.lastOpenedWindow() != nullptr, 15000);
    QVERIFY(window.lastOpenedWindow()->windowTitle().contains(QStringLiteral("lab-board")));
    delete window.lastOpenedWindow();
}

void TestCaptureWindow::notACaptureIsOneSentence_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty folder") << QStringLiteral("empty") << QStringLiteral("is not a capture");
    QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("missing.tar does not exist");
    QTest::newRow("not a tar") << QStringLiteral("text") << QStringLiteral("notes.tar");
}

void TestCaptureWindow::notACaptureIsOneSentence()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path;
    if (what == QLatin1String("empty")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
        path = dir.filePath(QStringLiteral("empty"));
    } else if (what == QLatin1String("missing")) {
        path = dir.filePath(QStringLiteral("missing.tar"));
    } else {
        path = writeFile(dir, QStringLiteral("notes.tar"), std::string(2048, 'x'));
    }
    MainWindow window(std::make_shared<ProcRootSource>(test::procRoot(kFixture)));
    window.show();
    QSignalSpy failed(&window, &MainWindow::captureFailed);
    window.openCapture(path);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    const QString message = failed.front().front().toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('\n')));
    QVERIFY(window.lastOpenedWindow() == nullptr);
}

QTEST_MAIN(TestCaptureWindow)
#include "tst_capturewindow.moc"
