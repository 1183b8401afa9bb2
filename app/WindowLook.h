#pragma once

#include "core/ReaderPalette.h"
#include "core/TextZoom.h"

#include <QObject>

class QToolButton;
class QWidget;

namespace hope::ui {
class ArticleView;
class ClipPanel;
class FindBar;
class MilestoneCard;
class SectionSidebar;
class TimelineWidget;
}  // namespace hope::ui

namespace hope::app {

class AppearanceMenu;
class LanguageController;

// The window's look: the theme's colours on every part that paints, and the
// text sizes from the desktop's font and the reader's zoom. One place, so a
// theme or a zoom step touches each part once.
class WindowLook final : public QObject
{
    Q_OBJECT

public:
    // The side panels (sections, milestone card) follow the zoom only so
    // far: their columns are narrow, and past this the entries would be
    // little but ellipses. The timeline and the clip keep their size.
    static constexpr int kPanelZoomLimit = 150;

    // What takes the colours and sizes.
    struct Parts
    {
        QWidget *window = nullptr;
        ui::ArticleView *article = nullptr;
        ui::SectionSidebar *sidebar = nullptr;
        ui::MilestoneCard *card = nullptr;
        ui::TimelineWidget *timeline = nullptr;
        ui::ClipPanel *clip = nullptr;
        ui::FindBar *find = nullptr;
        AppearanceMenu *menu = nullptr;
        // The status line's Read Aloud button, given the reader's ring.
        QToolButton *readAloud = nullptr;
    };

    // Follows the menu's zoom and theme, and the article's zoom requests.
    WindowLook(const Parts &parts, const LanguageController *languages, QObject *parent);

    void setTheme(core::ReaderTheme theme);
    // --theme: these colours for this run; the remembered theme is kept
    // unless the reader picks one from the menu.
    void setThemeForThisRun(core::ReaderTheme theme);
    [[nodiscard]] core::ReaderTheme theme() const { return m_theme; }
    [[nodiscard]] bool isThemeForThisRun() const { return m_themeForThisRun; }

    // The article's text size, in percent (TextZoom's range).
    void setTextZoom(int percent);
    [[nodiscard]] int textZoom() const { return m_zoom; }
    void zoomIn();
    void zoomOut();

    // The sizes again, for the interface language's faces.
    void applyTypography();

signals:
    // The reader changed the text size (a zoom step, Actual Size), to be
    // shown for a moment; not sent for a size restored at start.
    void zoomChangedByReader(int percent);
    // The theme's colours, for what paints with them outside the parts.
    void coloursChanged(const hope::core::ReaderPalette &colours);

private:
    void applyPalette(const core::ReaderPalette &colours);

    Parts m_parts;
    const LanguageController *m_languages;
    int m_zoom = core::TextZoom::kDefault;
    core::ReaderTheme m_theme = core::ReaderTheme::System;
    bool m_themeForThisRun = false;
};

}  // namespace hope::app
