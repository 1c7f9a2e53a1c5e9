// Presentation mode: it scales the font and the plots, switches to the high-contrast palette,
// restores all of it exactly, and is remembered.
#include "widgets/common/PlotStyle.h"
#include "widgets/common/PresentationMode.h"
#include "widgets/kernel/VmstatRatesPlot.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>
#include <QtTest>

#include <qcustomplot.h>

using namespace vmscope;

class TestPresentationMode : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void togglingScalesAndRestoresExactly();
    void isRemembered();
};

void TestPresentationMode::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("vmscope-test-presentation"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presentationmode"));
    QSettings().clear();
}

void TestPresentationMode::cleanupTestCase()
{
    QSettings().clear();
}

void TestPresentationMode::togglingScalesAndRestoresExactly()
{
    QMainWindow window;
    auto* rates = new VmstatRatesPlot(&window);
    window.setCentralWidget(rates);
    window.statusBar()->showMessage(QStringLiteral("status"));
    window.show();
    auto* plot = rates->findChild<QCustomPlot*>();
    QVERIFY(plot);

    const QFont font = QApplication::font();
    const QPalette palette = QApplication::palette();
    std::vector<QPen> pens;
    for (int i = 0; i < plot->graphCount(); ++i)
        pens.push_back(plot->graph(i)->pen());
    const QFont tickFont = plot->xAxis->tickLabelFont();
    const QFont legendFont = plot->legend->font();

    PresentationMode mode(&window);
    mode.action()->trigger();
    QVERIFY(mode.isOn());
    QVERIFY(mode.action()->isChecked());
    QCOMPARE(QApplication::font().pointSizeF(), font.pointSizeF() * PresentationMode::kFontScale);
    QCOMPARE(plotScale(), PresentationMode::kPlotScale);
    for (int i = 0; i < plot->graphCount(); ++i)
        QCOMPARE(plot->graph(i)->pen().widthF(), pens[std::size_t(i)].widthF() * PresentationMode::kPlotScale);
    QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(), tickFont.pointSizeF() * PresentationMode::kPlotScale);
    QCOMPARE(plot->legend->font().pointSizeF(), legendFont.pointSizeF() * PresentationMode::kPlotScale);
    QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::white));
    QVERIFY(!window.statusBar()->isVisible());
    QVERIFY(window.windowState() & Qt::WindowFullScreen);

    mode.action()->trigger();
    QVERIFY(!mode.isOn());
    QCOMPARE(QApplication::font(), font);
    QCOMPARE(QApplication::palette(), palette);
    QCOMPARE(plotScale(), 1.0);
    for (int i = 0; i < plot->graphCount(); ++i)
        QCOMPARE(plot->graph(i)->pen(), pens[std::size_t(i)]);
    QCOMPARE(plot->xAxis->tickLabelFont(), tickFont);
    QCOMPARE(plot->legend->font(), legendFont);
    QVERIFY(window.statusBar()->isVisible());
    QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
}

void TestPresentationMode::isRemembered()
{
    const QFont font = QApplication::font();
    {
        QMainWindow window;
        PresentationMode mode(&window);
        mode.restoreFromSettings();
        QVERIFY(!mode.isOn());
        mode.action()->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("view/presentationMode")).toBool(), true);
        // Closing the window in presentation mode gives the application its font back and keeps the setting.
    }
    QCOMPARE(QApplication::font(), font);
    QCOMPARE(plotScale(), 1.0);
    {
        QMainWindow window;
        PresentationMode mode(&window);
        mode.restoreFromSettings();
        QVERIFY(mode.isOn());
        QVERIFY(mode.action()->isChecked());
        mode.action()->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("view/presentationMode")).toBool(), false);
    }
    QCOMPARE(QApplication::font(), font);
}

QTEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"
