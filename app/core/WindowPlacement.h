#pragma once

#include <QList>
#include <QRect>
#include <QSize>

namespace hope::core {

// Where the main window goes and how its room is shared out, from the
// screen's available area alone (in device-independent pixels, so 200 %
// scaling is the same arithmetic on half the pixels).
class WindowPlacement final
{
public:
    // The size the reader is designed at; smaller screens get less.
    static constexpr QSize kPreferred{1280, 800};
    // Room left round a first window on a screen smaller than it wants,
    // so its frame and the desktop's panels are not under the screen edge.
    static constexpr int kScreenMargin = 24;
    // Narrower than this, the side panels fold away and open on demand as
    // drawers over the text: beside it they would squeeze it under a
    // comfortable measure.
    static constexpr int kFoldWidth = 900;

    // Wayland tells a client neither where the desktop's panels are (the
    // available area is the whole screen) nor, before its window is shown,
    // how tall the title bar it draws itself will be: room for a top bar
    // (GNOME's, weston's: 32 px) and Qt's title bar (30 px) is kept out of
    // such an area. Areas a desktop reports (X11's work area) are as given.
    static constexpr int kUnreportedTop = 64;
    [[nodiscard]] static QRect usable(const QRect &available, const QRect &screen,
                                      bool panelsUnreported);
    // First start: the preferred size, or as much as fits, centred.
    [[nodiscard]] static QRect firstStart(const QRect &available, const QSize &minimum);
    // A saved (or asked-for) geometry brought onto this screen: never
    // larger than it, never smaller than minimum, and wholly on it.
    [[nodiscard]] static QRect clamp(const QRect &geometry, const QRect &available,
                                     const QSize &minimum);

    // The default layout for a window this wide: sidebar, article, clip
    // panel; the article gets what the side panels leave.
    [[nodiscard]] static QList<int> columns(int width);
    // And this tall: the article row and the timeline row, the timeline
    // as its strip (this tall) shows it.
    [[nodiscard]] static QList<int> rows(int height, int timeline);

    // The least width of the sidebar, the article and the clip panel on a
    // screen this wide: the window's minimum must fit on the screen (at 200 %
    // a 1280 px screen is 640 wide), so on a narrow one they give way
    // together, down to floors below which they stop being usable.
    [[nodiscard]] static QList<int> minimumColumns(int screenWidth);
    // The milestone card's width beside the timeline, giving way likewise.
    [[nodiscard]] static int cardWidth(int screenWidth);

private:
    // 1 where every pane has what it wants, less on a narrower screen.
    [[nodiscard]] static double narrowShare(int screenWidth);
};

}  // namespace hope::core
