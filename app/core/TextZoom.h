#pragma once

#include <QList>

namespace hope::core {

// The reader's text size: a percentage of the size the text is designed
// at, in the steps a reader expects from a browser, and the pixel sizes
// that follow from it and from the desktop's own font size.
class TextZoom final
{
public:
    static constexpr int kMinimum = 70;
    static constexpr int kMaximum = 250;
    static constexpr int kDefault = 100;
    // The desktop font size (in pixels) the reader's sizes were drawn for:
    // a desktop set larger makes every text larger by as much.
    static constexpr qreal kDesignSystemPixels = 14.0;
    // A larger desktop font makes the reader larger; a smaller one (or
    // Qt's 9 pt fallback on a desktop that sets none) does not shrink it
    // below the sizes it was drawn at: Zoom Out does that, on request.
    static constexpr qreal kMinimumSystemFactor = 1.0;
    static constexpr qreal kMaximumSystemFactor = 2.5;

    [[nodiscard]] static const QList<int> &steps();
    // The next step up or down from any percentage, held within the range.
    [[nodiscard]] static int zoomIn(int percent);
    [[nodiscard]] static int zoomOut(int percent);
    // Within the range; a value that is no size at all gives the default.
    [[nodiscard]] static int clamp(int percent);

    // How much larger than designed the desktop's font is.
    [[nodiscard]] static qreal systemFactor(qreal systemPixels);
    // The pixel size of a text designed at designPixels, at this zoom on a
    // desktop whose font is systemPixels tall; never below 8.
    [[nodiscard]] static int pixelSize(qreal designPixels, qreal systemPixels, int percent);
};

}  // namespace hope::core
