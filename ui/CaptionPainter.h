#pragma once

#include "core/CaptionLayout.h"
#include "core/Language.h"
#include "core/ReaderPalette.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace hope::ui {

// What the captions say at a moment, and how they are to look.
struct CaptionText
{
    QString text;
    core::Language language = core::Language::Chinese;
    // The other language's line, under it, smaller; empty: none.
    QString second;
    core::Language secondLanguage = core::Language::English;
    core::CaptionSize size = core::CaptionSize::Medium;

    friend bool operator==(const CaptionText &a, const CaptionText &b)
    {
        return a.text == b.text && a.language == b.language && a.second == b.second &&
               a.secondLanguage == b.secondLanguage && a.size == b.size;
    }
};

// Captions drawn over a picture: a band near its bottom (CaptionLayout),
// sized to the picture, so they read the same docked, full screen and in
// a saved frame.
class CaptionPainter final
{
public:
    // floor: the band stays above it (a control bar over the picture's
    // foot); by default the picture's own bottom.
    static void paint(QPainter &painter, const QRectF &picture, const CaptionText &caption,
                      const core::ReaderPalette &colours, qreal floor = 1e9);
    // Where the band would be drawn; empty when there is no caption.
    [[nodiscard]] static QRectF band(const QRectF &picture, const CaptionText &caption,
                                     qreal floor = 1e9);
};

}  // namespace hope::ui
