#include "ui/CaptionPainter.h"

#include "ui/EmbeddedFonts.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hope::ui {

void CaptionPainter::paint(QPainter &p, const QRectF &picture, const QString &text,
                           core::Language language, const core::ReaderPalette &colours)
{
    if (text.isEmpty())
        return;
    p.save();
    const QFont font = EmbeddedFonts::sans(std::max(11, int(picture.height() / 16)), language);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const qreal margin = picture.height() / 20;
    const QRectF avail = picture.adjusted(margin, 0, -margin, -margin);
    const int flags = Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap;
    QRectF box = fm.boundingRect(avail, flags, text);
    box.moveBottom(avail.bottom());
    const QRectF band = box.adjusted(-10, -4, 10, 4);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colours.captionBand);
    p.drawRoundedRect(band, 4, 4);
    p.setPen(colours.onStage);
    p.drawText(box, flags, text);
    p.restore();
}

}  // namespace hope::ui
