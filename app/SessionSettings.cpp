#include "app/SessionSettings.h"

#include "app/AppSettings.h"
#include "app/LanguageController.h"
#include "app/LayoutControls.h"
#include "app/PanelSplitters.h"
#include "app/ScriptController.h"
#include "app/WindowLook.h"
#include "core/ReadingSession.h"
#include "core/WindowPlacement.h"
#include "ui/ArticleView.h"
#include "ui/ClipPanel.h"

#include <QAction>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>

namespace hope::app {

using namespace core;

SessionSettings::SessionSettings(AppSettings *settings, const Parts &parts)
    : m_settings(settings), m_parts(parts)
{}

QRect SessionSettings::usableArea(const QScreen *screen)
{
    return WindowPlacement::usable(screen->availableGeometry(), screen->geometry(),
                                   QGuiApplication::platformName().startsWith(u"wayland"));
}

void SessionSettings::fitToScreen(QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect placed = WindowPlacement::clamp(QRect(window->pos(), window->size()),
                                                usableArea(screen), window->minimumSizeHint());
    if (placed.size() != window->size())
        window->resize(placed.size());
    if (placed.topLeft() != window->pos())
        window->move(placed.topLeft());
}

bool SessionSettings::restore()
{
    if (!m_settings)
        return false;
    QMainWindow *window = m_parts.window;
    m_parts.look->setTextZoom(m_settings->textZoom());
    m_parts.look->setTheme(m_settings->theme());
    const bool geometry = window->restoreGeometry(m_settings->windowGeometry());
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!geometry && screen) {
        window->setGeometry(
            WindowPlacement::firstStart(usableArea(screen), window->minimumSizeHint()));
        m_parts.panels->useDefaultSizes(window->size(), window->menuBar()->sizeHint().height());
    }
    fitToScreen(window);
    m_parts.columns->restoreState(m_settings->splitterState(QStringLiteral("main")));
    m_parts.rows->restoreState(m_settings->splitterState(QStringLiteral("root")));
    m_parts.panels->setVisibility(m_settings->panelVisibility());
    if (const auto layout = m_settings->readingLayout())
        m_parts.layout->choose(*layout);
    // Before the place: the place is kept across the script's change, but
    // a Traditional script is typeset once, not twice.
    if (const auto script = m_settings->script(); script && m_parts.script)
        m_parts.script->choose(*script);
    if (const auto position = m_settings->readingPosition())
        m_parts.session->moveTo(*position);
    m_parts.clip->setPreferences(m_settings->clipPreferences());
    m_parts.caret->setChecked(m_settings->caretBrowsing());
    m_parts.article->setCaretBrowsing(m_settings->caretBrowsing());
    return geometry;
}

void SessionSettings::setSizeForThisRun(const QSize &size)
{
    m_keepSavedGeometry = true;
    m_parts.window->resize(size);
    fitToScreen(m_parts.window);
}

void SessionSettings::save()
{
    if (!m_settings)
        return;
    if (!m_keepSavedGeometry)
        m_settings->setWindowGeometry(m_parts.window->saveGeometry());
    // The timeline as the reader left it, not as the pointer showed it.
    m_parts.panels->concealTimeline();
    m_settings->setSplitterState(QStringLiteral("main"), m_parts.columns->saveState());
    m_settings->setSplitterState(QStringLiteral("root"), m_parts.rows->saveState());
    m_settings->setPanelVisibility(m_parts.panels->layout().visibility());
    m_settings->setTextZoom(m_parts.look->textZoom());
    if (!m_parts.look->isThemeForThisRun())
        m_settings->setTheme(m_parts.look->theme());
    m_settings->setLanguage(m_parts.languages->current());
    if (!m_parts.layout->isForThisRun())
        m_settings->setReadingLayout(m_parts.session->readingLayout());
    if (m_parts.script && !m_parts.script->isForThisRun())
        m_settings->setScript(m_parts.session->script());
    m_settings->setReadingPosition(m_parts.session->position());
    m_settings->setClipPreferences(m_parts.clip->preferences());
    m_settings->setCaretBrowsing(m_parts.caret->isChecked());
    m_settings->sync();
}

}  // namespace hope::app
