#include "app/MainWindow.h"

// The window's look: its colours, text sizes and place on the screen. In a
// file of its own so MainWindow.cpp stays about composition and wiring.

#include "app/AppearanceMenu.h"
#include "app/LanguageController.h"
#include "core/ReaderPalette.h"
#include "core/TextZoom.h"
#include "core/WindowPlacement.h"
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
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>

namespace hope::app {

using namespace core;
using namespace ui;

namespace {
constexpr int kPanelZoomLimit = 150;

// The desktop's own palette, as it was before the reader set its colours
// on the application: "follow the system" reads it.
const QPalette &platformPalette()
{
    static const QPalette platform = QGuiApplication::palette();
    return platform;
}
}  // namespace

void MainWindow::applyPalette(const ReaderPalette &colours)
{
    // Widgets take their roles from the palette they inherit; the few that
    // paint with colours Qt has no role for are given them. The application
    // gets it too: menus, tooltips and dialogs are not the window's children.
    const QPalette palette = colours.toQPalette(platformPalette());
    QApplication::setPalette(palette);
    setPalette(palette);
    Typography typography = m_articleView->typography();
    typography.colours = colours;
    m_articleView->setTypography(typography);
    m_sidebar->setColours(colours);
    m_milestoneCard->setColours(colours);
    m_timeline->setColours(colours);
    m_clipPanel->setColours(colours);
    m_findBar->setColours(colours);
}

void MainWindow::setTheme(ReaderTheme theme)
{
    m_theme = theme;
    m_keepSavedTheme = false;
    m_appearance->setTheme(theme);
    applyPalette(ReaderPalette::forTheme(theme, platformPalette()));
}

void MainWindow::setThemeForThisRun(ReaderTheme theme)
{
    setTheme(theme);
    m_keepSavedTheme = true;
}

void MainWindow::setTextZoom(int percent)
{
    m_zoom = TextZoom::clamp(percent);
    applyTypography();
}

void MainWindow::applyTypography()
{
    // The application font was set from the desktop's (see Launcher): the
    // reader's sizes are drawn for a 14 px one and follow it.
    const qreal system = QFontInfo(QApplication::font()).pixelSize();
    const auto px = [this, system](qreal design) {
        return TextZoom::pixelSize(design, system, m_zoom);
    };
    Typography typography = m_articleView->typography();
    typography.chinese = {EmbeddedFonts::serif(px(18), Language::Chinese),
                          EmbeddedFonts::serif(px(18), Language::Chinese)};
    typography.english = {EmbeddedFonts::serif(px(18), Language::English),
                          EmbeddedFonts::serif(px(18), Language::English)};
    m_articleView->setTypography(typography);
    // The side panels follow the zoom only so far: their columns are narrow,
    // and past this the entries would be little but ellipses.
    const int panelZoom = std::min(m_zoom, kPanelZoomLimit);
    m_sidebar->setFont(
        EmbeddedFonts::sans(TextZoom::pixelSize(15, system, panelZoom), m_languages->current()));
    m_milestoneCard->setTextScale(TextZoom::systemFactor(system) * panelZoom / 100.0);
    m_appearance->setZoom(m_zoom);
}

void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect placed = WindowPlacement::clamp(QRect(pos(), size()), screen->availableGeometry(),
                                                minimumSizeHint());
    if (placed.size() != size())
        resize(placed.size());
    if (placed.topLeft() != pos())
        move(placed.topLeft());
}

void MainWindow::useDefaultLayout()
{
    m_mainSplitter->setSizes(WindowPlacement::columns(width()));
    m_rootSplitter->setSizes(WindowPlacement::rows(height() - menuBar()->sizeHint().height()));
}

}  // namespace hope::app
