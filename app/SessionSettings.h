#pragma once

#include <QSize>

class QAction;
class QMainWindow;
class QRect;
class QScreen;
class QSplitter;
class QWidget;

namespace hope::core {
class ReadingSession;
}  // namespace hope::core

namespace hope::ui {
class ArticleView;
class ClipPanel;
}  // namespace hope::ui

namespace hope::app {

class AppSettings;
class LanguageController;
class LayoutControls;
class PanelSplitters;
class ScriptController;
class WindowLook;

// The window's state in the settings file: restored at start, saved at
// close, with the "for this run only" overrides (--size, --theme,
// --layout, --script) kept out of what is saved.
class SessionSettings final
{
public:
    // What is saved and restored.
    struct Parts
    {
        QMainWindow *window = nullptr;
        QSplitter *columns = nullptr;
        QSplitter *rows = nullptr;
        PanelSplitters *panels = nullptr;
        WindowLook *look = nullptr;
        LayoutControls *layout = nullptr;
        ScriptController *script = nullptr;
        const LanguageController *languages = nullptr;
        core::ReadingSession *session = nullptr;
        ui::ClipPanel *clip = nullptr;
        ui::ArticleView *article = nullptr;
        // View > Caret Browsing.
        QAction *caret = nullptr;
    };

    // settings may be null: then nothing is restored or saved.
    SessionSettings(AppSettings *settings, const Parts &parts);

    // Geometry, panels, look, layout, place, clip and caret; false if no
    // geometry was saved (a first start: the window fits the screen).
    bool restore();
    void save();
    // --size: as large as asked, or as the screen allows; the size
    // remembered for the next run is left as it was.
    void setSizeForThisRun(const QSize &size);

    // Never larger than the screen it is on, and on it: a saved geometry
    // from a larger screen (or a damaged one) is brought back in.
    static void fitToScreen(QWidget *window);

private:
    // The screen's available area, less what Wayland does not report.
    static QRect usableArea(const QScreen *screen);

    AppSettings *m_settings;
    Parts m_parts;
    bool m_keepSavedGeometry = false;
};

}  // namespace hope::app
