#pragma once

#include <QFont>
#include <QObject>
#include <QPalette>

class QAction;
class QMainWindow;

namespace vmscope {

// View ▸ Presentation mode (F11): for a projector. The application font ×1.6, plot lines and plot
// fonts ×2 with strong series colours (PlotStyle's plot scale), a high-contrast palette (near-black
// on white), full screen and no status bar. The menus, the page tabs and the process list stay:
// a demo picks processes and pages. Leaving restores the font, the palette, the plots and the
// window exactly; the choice is remembered (QSettings "view/presentationMode").
class PresentationMode : public QObject {
    Q_OBJECT
public:
    static constexpr double kFontScale = 1.6;
    static constexpr double kPlotScale = 2.0;

    explicit PresentationMode(QMainWindow* window);
    // Gives the application its font, palette and plot scale back (the window is going away, and
    // the setting stays as it is: the next start comes back in presentation mode).
    ~PresentationMode() override;

    QAction* action() const { return m_action; }
    bool isOn() const { return m_on; }
    void setOn(bool on);
    // Turns presentation mode on when it was on when vmscope last ran.
    void restoreFromSettings();

    static QPalette highContrastPalette();

private:
    void enter();
    void leave();
    void restoreApplication();
    static void restylePlots();

    QMainWindow* m_window;
    QAction* m_action;
    bool m_on = false;
    QFont m_savedFont;
    QPalette m_savedPalette;
    Qt::WindowStates m_savedWindowState;
    bool m_statusBarWasVisible = true;
};

} // namespace vmscope
