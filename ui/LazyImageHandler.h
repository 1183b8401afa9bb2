#pragma once

#include <QObject>
#include <QTextImageFormat>
#include <QTextObjectInterface>

namespace hope::ui {

// Qt's own image handler loads every picture as soon as the text is laid
// out, only to scale its size by the screen's DPI: at start-up that was all
// seven stills (2 ms of JPEG decoding, 3.6 MB) for a view that shows none.
// The stills carry their size in their format, so each is loaded when it is
// first drawn.
class LazyImageHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    // Through the document, which asks ArticleView::loadResource once and
    // keeps the picture.
    static QImage image(QTextDocument *document, const QTextImageFormat &format);
};

}  // namespace hope::ui
