#include "core/WindowPlacement.h"

#include <QtMath>

#include <algorithm>

namespace hope::core {

namespace {
// Each side panel takes a share of the width within these bounds.
constexpr qreal kSidebarShare = 0.172;
constexpr int kSidebarMin = 150;
constexpr int kSidebarMax = 300;
constexpr qreal kClipShare = 0.2815;
constexpr int kClipMin = 230;
constexpr int kClipMax = 480;
constexpr qreal kTimelineShare = 0.292;
constexpr int kTimelineMin = 170;
constexpr int kTimelineMax = 260;
}  // namespace

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

QList<int> WindowPlacement::rows(int height)
{
    const int timeline = std::clamp(qRound(height * kTimelineShare), kTimelineMin, kTimelineMax);
    return {std::max(1, height - timeline), timeline};
}

}  // namespace hope::core
