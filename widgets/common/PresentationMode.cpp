#include "widgets/common/PresentationMode.h"

#include "widgets/common/PlotStyle.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>

#include <qcustomplot.h>

namespace vmscope {
namespace {
    const QString kSettingsKey = QStringLiteral("view/presentationMode");
}

PresentationMode::PresentationMode(QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Presentation mode"), this))
{
    m_action->setObjectName(QStringLiteral("presentationModeAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    m_action->setToolTip(tr("Large fonts and lines, high contrast and full screen, for a projector (F11)"));
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        setOn(on);
        QSettings().setValue(kSettingsKey, on);
    });
}

PresentationMode::~PresentationMode()
{
    if (m_on)
        restoreApplication();
}

void PresentationMode::restoreFromSettings()
{
    m_action->setChecked(QSettings().value(kSettingsKey, false).toBool());
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    if (on)
        enter();
    else
        leave();
    m_action->setChecked(on);
}

void PresentationMode::enter()
{
    m_savedFont = QApplication::font();
    m_savedPalette = QApplication::palette();
    // Not full screen: a window closed in presentation mode saved its full-screen geometry, and
    // leaving must not keep it.
    m_savedWindowState = m_window->windowState() & ~Qt::WindowFullScreen;
    m_statusBarWasVisible = m_window->statusBar()->isVisibleTo(m_window);

    QFont font = m_savedFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * kFontScale);
    else
        font.setPixelSize(qRound(font.pixelSize() * kFontScale));
    // The plot scale first: the palette change below makes every plot restyle with it.
    setPlotScale(kPlotScale);
    QApplication::setFont(font);
    QApplication::setPalette(highContrastPalette());
    restylePlots();
    m_window->statusBar()->hide();
    m_window->setWindowState(m_savedWindowState | Qt::WindowFullScreen);
}

void PresentationMode::leave()
{
    restoreApplication();
    m_window->statusBar()->setVisible(m_statusBarWasVisible);
    m_window->setWindowState(m_savedWindowState);
}

void PresentationMode::restoreApplication()
{
    setPlotScale(1.0);
    QApplication::setFont(m_savedFont);
    QApplication::setPalette(m_savedPalette);
    restylePlots();
}

void PresentationMode::restylePlots()
{
    // Plots restyle on their palette change; this also reaches a plot whose palette did not change
    // (one with a palette of its own) and does not depend on when the change events arrive.
    for (QWidget* widget : QApplication::allWidgets()) {
        if (auto* plot = qobject_cast<QCustomPlot*>(widget)) {
            applyPlotPalette(plot, plot->palette());
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
    }
}

QPalette PresentationMode::highContrastPalette()
{
    // Near-black on white: what a projector in a lit room still shows. Mid and Dark stay dark
    // enough for grid lines and frames; the selection is a saturated blue with white text.
    const QColor black(0x10, 0x10, 0x10);
    const QColor white(Qt::white);
    QPalette palette(black, white);
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        palette.setColor(group, QPalette::Window, white);
        palette.setColor(group, QPalette::Base, white);
        palette.setColor(group, QPalette::AlternateBase, QColor(0xec, 0xec, 0xec));
        palette.setColor(group, QPalette::WindowText, black);
        palette.setColor(group, QPalette::Text, black);
        palette.setColor(group, QPalette::ButtonText, black);
        palette.setColor(group, QPalette::Button, QColor(0xf2, 0xf2, 0xf2));
        palette.setColor(group, QPalette::Mid, QColor(0x70, 0x70, 0x70));
        palette.setColor(group, QPalette::Dark, QColor(0x40, 0x40, 0x40));
        palette.setColor(group, QPalette::Shadow, black);
        palette.setColor(group, QPalette::Highlight, QColor(0x00, 0x33, 0xcc));
        palette.setColor(group, QPalette::HighlightedText, white);
        palette.setColor(group, QPalette::Link, QColor(0x00, 0x33, 0xcc));
        palette.setColor(group, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdd));
        palette.setColor(group, QPalette::ToolTipText, black);
        palette.setColor(group, QPalette::PlaceholderText, QColor(0x50, 0x50, 0x50));
    }
    const QColor disabledText(0x60, 0x60, 0x60);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    return palette;
}

} // namespace vmscope
