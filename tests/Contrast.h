#pragma once

#include <QColor>

#include <algorithm>
#include <cmath>

// WCAG 2.x relative luminance and contrast ratio, written out here from
// the definition (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance),
// so the tests trust no code of the reader's; one copy for every test that
// measures contrast.
namespace contrast {

inline double channel(int value8)
{
    const double c = value8 / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

inline double luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

inline double luminance(QRgb rgb)
{
    return luminance(QColor::fromRgb(rgb));
}

inline double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace contrast
