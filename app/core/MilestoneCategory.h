#pragma once

#include "core/Article.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPainterPath>

#include <optional>

namespace hope::core {

// Markers differ by shape as well as colour, so categories survive colour
// blindness and grey-scale printing.
enum class MarkerShape { Circle, Square, Diamond, Triangle, InvertedTriangle, Cross };

// Names, codes and colours of the milestone categories, in one place.
class MilestoneCategories final
{
    Q_DECLARE_TR_FUNCTIONS(MilestoneCategories)

public:
    [[nodiscard]] static QList<MilestoneCategory> all();
    // The code used in bundles: "partnership", "games", "cloud", ...
    [[nodiscard]] static QString code(MilestoneCategory category);
    [[nodiscard]] static std::optional<MilestoneCategory> fromCode(const QString &code);
    // Translated for the interface.
    [[nodiscard]] static QString name(MilestoneCategory category);
    // See ReaderPalette.
    [[nodiscard]] static QColor colour(MilestoneCategory category);
    // One shape per category.
    [[nodiscard]] static MarkerShape shape(MilestoneCategory category);
    // The shape around centre, about as heavy as a circle of this radius and
    // inside the square around that circle, so hit tests stay the same.
    [[nodiscard]] static QPainterPath markerPath(MarkerShape shape, QPointF centre, qreal radius);
};

}  // namespace hope::core
