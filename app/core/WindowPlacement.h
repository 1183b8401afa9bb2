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

    // First start: the preferred size, or as much as fits, centred.
    [[nodiscard]] static QRect firstStart(const QRect &available, const QSize &minimum);
    // A saved (or asked-for) geometry brought onto this screen: never
    // larger than it, never smaller than minimum, and wholly on it.
    [[nodiscard]] static QRect clamp(const QRect &geometry, const QRect &available,
                                     const QSize &minimum);

    // The default layout for a window this wide: sidebar, article, clip
    // panel; the article gets what the side panels leave.
    [[nodiscard]] static QList<int> columns(int width);
    // And this tall: the article row and the timeline row.
    [[nodiscard]] static QList<int> rows(int height);
};

}  // namespace hope::core
