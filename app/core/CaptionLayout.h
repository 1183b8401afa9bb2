#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace hope::core {

enum class CaptionSize { Small, Medium, Large };

// Where captions go on a picture and how large, by the picture's size, so
// they read the same docked, full screen and in a saved frame.
class CaptionLayout final
{
public:
    // The caption face's pixel size for a picture this tall.
    [[nodiscard]] static int fontPixels(qreal pictureHeight, CaptionSize size);
    // The space kept between the captions and the picture's edges.
    [[nodiscard]] static qreal margin(const QRectF &picture);
    // The text's box (text of this size), centred near the bottom.
    [[nodiscard]] static QRectF textBox(const QRectF &picture, const QSizeF &text);
    // The band drawn behind the text.
    [[nodiscard]] static QRectF band(const QRectF &textBox);

    // "small", "medium", "large": settings and the command line.
    [[nodiscard]] static QString code(CaptionSize size);
    [[nodiscard]] static std::optional<CaptionSize> fromCode(const QString &code);
};

}  // namespace hope::core
