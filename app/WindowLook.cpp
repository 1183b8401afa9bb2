#include "app/WindowLook.h"

#include "app/AppearanceMenu.h"
#include "app/LanguageController.h"
#include "ui/ArticleView.h"
#include "ui/ClipPanel.h"
#include "ui/EmbeddedFonts.h"
#include "ui/FindBar.h"
#include "ui/MilestoneCard.h"
#include "ui/SectionSidebar.h"
#include "ui/TimelineWidget.h"

#include <QApplication>
#include <QFontInfo>
#include <QGuiApplication>
#include <QToolButton>

#include <algorithm>

namespace hope::app {

using namespace core;
using namespace ui;

namespace {
// The desktop's own palette, as it was before the reader set its colours
// on the application: "follow the system" reads it.
const QPalette &platformPalette()
{
    static const QPalette platform = QGuiApplication::palette();
    return platform;
}
}  // namespace

WindowLook::WindowLook(const Parts &parts, const LanguageController *languages, QObject *parent)
    : QObject(parent), m_parts(parts), m_languages(languages)
{
    platformPalette();
    AppearanceMenu *menu = parts.menu;
    connect(menu, &AppearanceMenu::zoomInRequested, this, &WindowLook::zoomIn);
    connect(menu, &AppearanceMenu::zoomOutRequested, this, &WindowLook::zoomOut);
    connect(menu, &AppearanceMenu::actualSizeRequested, this, [this] {
        setTextZoom(TextZoom::kDefault);
        emit zoomChangedByReader(m_zoom);
    });
    connect(menu, &AppearanceMenu::themeRequested, this, &WindowLook::setTheme);
    // Ctrl+wheel and Ctrl+plus over the text.
    connect(parts.article, &ArticleView::zoomRequested, this,
            [this](int direction) { direction > 0 ? zoomIn() : zoomOut(); });
}

void WindowLook::applyPalette(const ReaderPalette &colours)
{
    // Widgets take their roles from the palette they inherit; the few that
    // paint with colours Qt has no role for are given them. The application
    // gets it too: menus, tooltips and dialogs are not the window's children.
    const QPalette palette = colours.toQPalette(platformPalette());
    QApplication::setPalette(palette);
    m_parts.window->setPalette(palette);
    Typography typography = m_parts.article->typography();
    typography.colours = colours;
    m_parts.article->setTypography(typography);
    m_parts.sidebar->setColours(colours);
    m_parts.card->setColours(colours);
    m_parts.timeline->setColours(colours);
    m_parts.clip->setColours(colours);
    m_parts.find->setColours(colours);
    // The style's own focus frame on a flat tool button is the accent at
    // low strength (1.9:1 against the status line); the ring is the
    // reader's, 2 px, at least 3:1 in every theme.
    if (m_parts.readAloud)
        m_parts.readAloud->setStyleSheet(
            QStringLiteral("QToolButton:focus { border: 2px solid %1; border-radius: 3px; }")
                .arg(colours.focusRing.name()));
    emit coloursChanged(colours);
}

void WindowLook::setTheme(ReaderTheme theme)
{
    m_theme = theme;
    m_themeForThisRun = false;
    m_parts.menu->setTheme(theme);
    applyPalette(ReaderPalette::forTheme(theme, platformPalette()));
}

void WindowLook::setThemeForThisRun(ReaderTheme theme)
{
    setTheme(theme);
    m_themeForThisRun = true;
}

void WindowLook::setTextZoom(int percent)
{
    m_zoom = TextZoom::clamp(percent);
    applyTypography();
}

void WindowLook::zoomIn()
{
    setTextZoom(TextZoom::zoomIn(m_zoom));
    emit zoomChangedByReader(m_zoom);
}

void WindowLook::zoomOut()
{
    setTextZoom(TextZoom::zoomOut(m_zoom));
    emit zoomChangedByReader(m_zoom);
}

void WindowLook::applyTypography()
{
    // The application font was set from the desktop's (see Launcher): the
    // reader's sizes are drawn for a 14 px one and follow it.
    const qreal system = QFontInfo(QApplication::font()).pixelSize();
    const auto px = [this, system](qreal design) {
        return TextZoom::pixelSize(design, system, m_zoom);
    };
    m_parts.article->setTypography(
        EmbeddedFonts::articleFaces(px(18), m_parts.article->typography()));
    const int panelZoom = std::min(m_zoom, kPanelZoomLimit);
    m_parts.sidebar->setFont(
        EmbeddedFonts::sans(TextZoom::pixelSize(15, system, panelZoom), m_languages->current()));
    m_parts.card->setTextScale(TextZoom::systemFactor(system) * panelZoom / 100.0);
    m_parts.menu->setZoom(m_zoom);
}

}  // namespace hope::app
