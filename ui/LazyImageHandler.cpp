#include "ui/LazyImageHandler.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTextDocument>

namespace hope::ui {

QSizeF LazyImageHandler::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const QTextImageFormat f = format.toImageFormat();
    // As Qt's handler does: whole pixels of a 96 dpi screen.
    QSizeF size(qRound(f.width()), qRound(f.height()));
    if (!f.hasProperty(QTextFormat::ImageWidth) || !f.hasProperty(QTextFormat::ImageHeight))
        size = image(document, f).size();
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    return device ? size * device->logicalDpiY() / 96.0 : size;
}

void LazyImageHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                                  int, const QTextFormat &format)
{
    // As a pixmap, as Qt's handler draws it, for the same pixels.
    const QPixmap pixmap = QPixmap::fromImage(image(document, format.toImageFormat()));
    painter->drawPixmap(rect, pixmap, pixmap.rect());
}

QImage LazyImageHandler::image(QTextDocument *document, const QTextImageFormat &format)
{
    return document->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
}

}  // namespace hope::ui
