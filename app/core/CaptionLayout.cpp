#include "core/CaptionLayout.h"

#include <algorithm>

namespace hope::core {

int CaptionLayout::fontPixels(qreal pictureHeight, CaptionSize size)
{
    // Medium is what television subtitles use, about a sixteenth of the
    // picture's height; the smallest stays readable on a docked picture.
    const qreal divisor = size == CaptionSize::Small ? 21 : size == CaptionSize::Large ? 14 : 16;
    return std::max(11, int(pictureHeight / divisor));
}

qreal CaptionLayout::margin(const QRectF &picture)
{
    // Close to the edge, so that two large lines still sit under a card's
    // title in the picture's lower third.
    return picture.height() / 24;
}

QRectF CaptionLayout::textBox(const QRectF &picture, const QSizeF &text)
{
    const qreal m = margin(picture);
    const qreal width = std::min(text.width(), picture.width() - 2 * m);
    return {picture.center().x() - width / 2, picture.bottom() - m - text.height(), width,
            text.height()};
}

QRectF CaptionLayout::band(const QRectF &textBox)
{
    return textBox.adjusted(-10, -4, 10, 4);
}

QString CaptionLayout::code(CaptionSize size)
{
    switch (size) {
        case CaptionSize::Small:
            return QStringLiteral("small");
        case CaptionSize::Large:
            return QStringLiteral("large");
        case CaptionSize::Medium:
            break;
    }
    return QStringLiteral("medium");
}

std::optional<CaptionSize> CaptionLayout::fromCode(const QString &code)
{
    for (const CaptionSize s : {CaptionSize::Small, CaptionSize::Medium, CaptionSize::Large}) {
        if (code == CaptionLayout::code(s))
            return s;
    }
    return std::nullopt;
}

}  // namespace hope::core
