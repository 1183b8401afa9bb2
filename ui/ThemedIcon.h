#pragma once

#include <QIcon>
#include <QStyle>

class QWidget;

namespace hope::ui {

// The style's standard icons are drawn dark whatever the palette; this
// gives them in the widget's button text colour, so they show on a dark
// theme's panels as on a light one.
class ThemedIcon final
{
public:
    // ink: the colour to draw in, where the widget's palette is not the one
    // it is seen on (a bar styled over a picture); else its button text.
    [[nodiscard]] static QIcon standard(const QWidget *widget, QStyle::StandardPixmap which,
                                        const QColor &ink = {});
};

}  // namespace hope::ui
