#pragma once

#include "core/Language.h"
#include "core/ReaderPalette.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace hope::ui {

// Captions drawn over a picture: a band near its bottom, sized to the
// picture, so they read the same docked, full screen and in a saved frame.
class CaptionPainter final
{
public:
    static void paint(QPainter &painter, const QRectF &picture, const QString &text,
                      core::Language language, const core::ReaderPalette &colours);
};

}  // namespace hope::ui
