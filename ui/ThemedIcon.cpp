#include "ui/ThemedIcon.h"

#include <QPainter>
#include <QPixmap>
#include <QWidget>

namespace hope::ui {

QIcon ThemedIcon::standard(const QWidget *widget, QStyle::StandardPixmap which,
                           const QColor &inkGiven)
{
    const QIcon source = widget->style()->standardIcon(which, nullptr, widget);
    const QColor ink =
        inkGiven.isValid() ? inkGiven : widget->palette().color(QPalette::ButtonText);
    QIcon icon;
    for (const int side : {16, 22, 32}) {
        QPixmap pixmap = source.pixmap(QSize(side, side), widget->devicePixelRatioF());
        if (pixmap.isNull())
            continue;
        // Only the shape is kept: every pixel the icon covers, in the ink.
        QPainter p(&pixmap);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(pixmap.rect(), ink);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

}  // namespace hope::ui
