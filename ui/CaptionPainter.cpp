#include "ui/CaptionPainter.h"

#include "ui/EmbeddedFonts.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hope::ui {

using namespace core;

namespace {
constexpr int kFlags = Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap;
// The other language's line, a little smaller, so the eye finds the
// reading language's first.
constexpr qreal kSecondScale = 0.8;

struct Block
{
    QFont font;
    QSizeF size;
};

Block measure(const QString &text, Language language, int pixels, qreal width)
{
    const QFont font = EmbeddedFonts::sans(pixels, language);
    const QSizeF size =
        text.isEmpty()
            ? QSizeF()
            : QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), kFlags, text).size();
    return {font, size};
}

struct Laid
{
    Block first;
    Block second;
    QRectF box;
};

Laid layOut(const QRectF &picture, const CaptionText &c, qreal floor)
{
    const int pixels = CaptionLayout::fontPixels(picture.height(), c.size);
    const qreal width = picture.width() - 2 * CaptionLayout::margin(picture);
    const Block first = measure(c.text, c.language, pixels, width);
    const Block second =
        measure(c.second, c.secondLanguage, std::max(10, int(pixels * kSecondScale)), width);
    const QSizeF text(std::max(first.size.width(), second.size.width()),
                      first.size.height() + second.size.height());
    QRectF box = CaptionLayout::textBox(picture, text);
    const qreal lowest = floor - CaptionLayout::margin(picture);
    if (box.bottom() > lowest)
        box.moveBottom(lowest);
    return {first, second, box};
}
}  // namespace

QRectF CaptionPainter::band(const QRectF &picture, const CaptionText &caption, qreal floor)
{
    if (caption.text.isEmpty() && caption.second.isEmpty())
        return {};
    return CaptionLayout::band(layOut(picture, caption, floor).box);
}

void CaptionPainter::paint(QPainter &p, const QRectF &picture, const CaptionText &caption,
                           const ReaderPalette &colours, qreal floor)
{
    if (caption.text.isEmpty() && caption.second.isEmpty())
        return;
    const Laid laid = layOut(picture, caption, floor);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colours.captionBand);
    p.drawRoundedRect(CaptionLayout::band(laid.box), 4, 4);
    p.setPen(colours.onStage);
    QRectF first = laid.box;
    first.setHeight(laid.first.size.height());
    p.setFont(laid.first.font);
    p.drawText(first, kFlags, caption.text);
    if (!caption.second.isEmpty()) {
        p.setFont(laid.second.font);
        p.drawText(laid.box.adjusted(0, first.height(), 0, 0), kFlags, caption.second);
    }
    p.restore();
}

}  // namespace hope::ui
