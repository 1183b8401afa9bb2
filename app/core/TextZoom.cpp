#include "core/TextZoom.h"

#include <QtMath>

#include <algorithm>

namespace hope::core {

const QList<int> &TextZoom::steps()
{
    // Fine steps near the usual size, larger ones further out.
    static const QList<int> kSteps = {70, 80, 90, 100, 110, 125, 150, 175, 200, 225, 250};
    return kSteps;
}

int TextZoom::zoomIn(int percent)
{
    const int from = clamp(percent);
    const auto next = std::upper_bound(steps().cbegin(), steps().cend(), from);
    return next == steps().cend() ? kMaximum : *next;
}

int TextZoom::zoomOut(int percent)
{
    const int from = clamp(percent);
    const auto first = std::lower_bound(steps().cbegin(), steps().cend(), from);
    return first == steps().cbegin() ? kMinimum : *std::prev(first);
}

int TextZoom::clamp(int percent)
{
    if (percent <= 0)
        return kDefault;
    return std::clamp(percent, kMinimum, kMaximum);
}

qreal TextZoom::systemFactor(qreal systemPixels)
{
    if (!(systemPixels > 0))
        return 1.0;
    return std::clamp(systemPixels / kDesignSystemPixels, kMinimumSystemFactor,
                      kMaximumSystemFactor);
}

int TextZoom::pixelSize(qreal designPixels, qreal systemPixels, int percent)
{
    const qreal size = designPixels * systemFactor(systemPixels) * clamp(percent) / 100.0;
    return std::max(8, qRound(size));
}

}  // namespace hope::core
