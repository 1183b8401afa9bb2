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
    [[nodiscard]] static QIcon standard(const QWidget *widget, QStyle::StandardPixmap which);
};

}  // namespace hope::ui
