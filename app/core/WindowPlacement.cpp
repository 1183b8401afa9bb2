#include "core/WindowPlacement.h"

#include <QtMath>

#include <algorithm>

namespace hope::core {

namespace {
// Each side panel takes a share of the width within these bounds: a
// little less than the text's, and no more on a large screen, where the
// text gets the room (at 1280x800 the text has half the window, at
// 1920x1080 three fifths).
constexpr qreal kSidebarShare = 0.14;
constexpr int kSidebarMin = 150;
constexpr int kSidebarMax = 220;
constexpr qreal kClipShare = 0.215;
constexpr int kClipMin = 230;
constexpr int kClipMax = 340;
}  // namespace

QRect WindowPlacement::usable(const QRect &available, const QRect &screen, bool panelsUnreported)
{
    if (!panelsUnreported || available != screen || available.height() <= 2 * kUnreportedTop)
        return available;
    return available.adjusted(0, kUnreportedTop, 0, 0);
}

QRect WindowPlacement::firstStart(const QRect &available, const QSize &minimum)
{
    const QSize room =
        available.size().shrunkBy({kScreenMargin, kScreenMargin, kScreenMargin, kScreenMargin});
    const QSize wanted = kPreferred.boundedTo(room.isValid() ? room : available.size());
    // The window's own minimum wins over the margin, never over the screen.
    QRect frame({0, 0}, wanted.expandedTo(minimum).boundedTo(available.size()));
    frame.moveCenter(available.center());
    return frame;
}

QRect WindowPlacement::clamp(const QRect &geometry, const QRect &available, const QSize &minimum)
{
    const QSize size =
        geometry.size().boundedTo(available.size()).expandedTo(minimum.boundedTo(available.size()));
    QRect frame(geometry.topLeft(), size);
    if (!geometry.isValid() || !available.intersects(geometry))
        frame.moveCenter(available.center());
    // Pushed in from whichever edge it crosses: it is never larger than
    // the screen now, so it fits once moved.
    frame.moveLeft(
        std::clamp(frame.left(), available.left(), available.right() - size.width() + 1));
    frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() - size.height() + 1));
    return frame;
}

QList<int> WindowPlacement::columns(int width)
{
    const int sidebar = std::clamp(qRound(width * kSidebarShare), kSidebarMin, kSidebarMax);
    const int clip = std::clamp(qRound(width * kClipShare), kClipMin, kClipMax);
    return {sidebar, std::max(1, width - sidebar - clip), clip};
}

namespace {
// What the sidebar, the article and the clip panel want at least, and the
// least they can do with.
constexpr int kWanted[] = {140, 420, 220};
constexpr int kFloor[] = {80, 240, 130};
constexpr int kCardWanted = 300;
constexpr int kCardFloor = 160;
// The splitter's handles, the window's frame and the screen's margin.
constexpr int kAround = 60;
}  // namespace

double WindowPlacement::narrowShare(int screenWidth)
{
    const int wanted = kWanted[0] + kWanted[1] + kWanted[2];
    return std::clamp(double(screenWidth - kAround) / wanted, 0.0, 1.0);
}

QList<int> WindowPlacement::minimumColumns(int screenWidth)
{
    const double share = narrowShare(screenWidth);
    QList<int> out;
    for (int i = 0; i < 3; ++i) out << std::max(kFloor[i], int(kWanted[i] * share));
    return out;
}

int WindowPlacement::cardWidth(int screenWidth)
{
    return std::max(kCardFloor, int(kCardWanted * narrowShare(screenWidth)));
}

QList<int> WindowPlacement::rows(int height, int timeline)
{
    // The timeline's strip, never more than a third of a low window.
    const int strip = std::clamp(timeline, 0, height / 3);
    return {std::max(1, height - strip), strip};
}

}  // namespace hope::core
