#include "core/MilestoneCategory.h"

#include "core/ReaderPalette.h"

#include <QPolygonF>

namespace hope::core {

QList<MilestoneCategory> MilestoneCategories::all()
{
    return {MilestoneCategory::Partnership, MilestoneCategory::Games,      MilestoneCategory::Cloud,
            MilestoneCategory::Commerce,    MilestoneCategory::Technology, MilestoneCategory::Film};
}

QString MilestoneCategories::code(MilestoneCategory category)
{
    switch (category) {
        case MilestoneCategory::Partnership:
            return QStringLiteral("partnership");
        case MilestoneCategory::Games:
            return QStringLiteral("games");
        case MilestoneCategory::Cloud:
            return QStringLiteral("cloud");
        case MilestoneCategory::Commerce:
            return QStringLiteral("commerce");
        case MilestoneCategory::Technology:
            return QStringLiteral("technology");
        case MilestoneCategory::Film:
            return QStringLiteral("film");
    }
    return {};
}

std::optional<MilestoneCategory> MilestoneCategories::fromCode(const QString &code)
{
    for (const MilestoneCategory c : all()) {
        if (MilestoneCategories::code(c) == code)
            return c;
    }
    return std::nullopt;
}

QString MilestoneCategories::name(MilestoneCategory category)
{
    switch (category) {
        case MilestoneCategory::Partnership:
            return tr("Partnership");
        case MilestoneCategory::Games:
            return tr("Games");
        case MilestoneCategory::Cloud:
            return tr("Cloud");
        case MilestoneCategory::Commerce:
            return tr("Commerce");
        case MilestoneCategory::Technology:
            return tr("Technology");
        case MilestoneCategory::Film:
            return tr("Film");
    }
    return {};
}

QColor MilestoneCategories::colour(MilestoneCategory category)
{
    static const ReaderPalette colours = ReaderPalette::light();
    return colours.category(category);
}

MarkerShape MilestoneCategories::shape(MilestoneCategory category)
{
    switch (category) {
        case MilestoneCategory::Partnership:
            return MarkerShape::Circle;
        case MilestoneCategory::Games:
            return MarkerShape::Square;
        case MilestoneCategory::Cloud:
            return MarkerShape::Diamond;
        case MilestoneCategory::Commerce:
            return MarkerShape::Triangle;
        case MilestoneCategory::Technology:
            return MarkerShape::InvertedTriangle;
        case MilestoneCategory::Film:
            return MarkerShape::Cross;
    }
    return MarkerShape::Circle;
}

QPainterPath MilestoneCategories::markerPath(MarkerShape shape, QPointF centre, qreal radius)
{
    QPainterPath path;
    const qreal r = radius;
    const auto polygon = [&path, centre](std::initializer_list<QPointF> points) {
        QPolygonF p;
        for (const QPointF &pt : points) p << centre + pt;
        path.addPolygon(p);
        path.closeSubpath();
    };
    switch (shape) {
        case MarkerShape::Circle:
            path.addEllipse(centre, r, r);
            break;
        case MarkerShape::Square: {
            // Inside the circle, and a little smaller than it looks bigger.
            const qreal h = r * 0.82;
            path.addRect(QRectF(centre - QPointF(h, h), centre + QPointF(h, h)));
            break;
        }
        case MarkerShape::Diamond:
            polygon({{0, -r}, {r, 0}, {0, r}, {-r, 0}});
            break;
        case MarkerShape::Triangle:
            polygon({{0, -r}, {r * 0.95, r * 0.72}, {-r * 0.95, r * 0.72}});
            break;
        case MarkerShape::InvertedTriangle:
            polygon({{0, r}, {r * 0.95, -r * 0.72}, {-r * 0.95, -r * 0.72}});
            break;
        case MarkerShape::Cross: {
            const qreal a = r * 0.36;
            const qreal b = r * 0.92;
            polygon({{-a, -b},
                     {a, -b},
                     {a, -a},
                     {b, -a},
                     {b, a},
                     {a, a},
                     {a, b},
                     {-a, b},
                     {-a, a},
                     {-b, a},
                     {-b, -a},
                     {-a, -a}});
            break;
        }
    }
    return path;
}

}  // namespace hope::core
