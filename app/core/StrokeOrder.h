#pragma once

#include <QByteArray>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>
#include <QStringView>

#include <optional>

namespace hope::core {

// One stroke of a character: its outline, and its centre line in the
// direction the brush moves, both in a 1024-unit square with y down.
struct Stroke
{
    QPainterPath outline;
    QPolygonF median;
};

// A character's strokes in writing order, from Make Me a Hanzi's data
// (scripts/make-strokes compiles the article's characters in, one file
// each, read only when a card shows a character).
class StrokeOrder final
{
public:
    static constexpr qreal kBox = 1024.0;
    // Make Me a Hanzi's y axis points up from 900 units below the top.
    static constexpr qreal kBaseline = 900.0;
    // No character has more strokes (the most in Unicode is 64).
    static constexpr qsizetype kMaxStrokes = 64;
    static constexpr qint64 kMaxBytes = 256 * 1024;

    // The strokes of a character, or none if there is no data for it.
    [[nodiscard]] static QList<Stroke> of(char32_t character,
                                          const QString &folder = QStringLiteral(":/strokes"));
    // A file's strokes; none if it is not {"strokes": [...], "medians": [...]}
    // with one median per stroke, or any path or point is malformed.
    [[nodiscard]] static QList<Stroke> fromJson(const QByteArray &data);
    // An SVG path of absolute M, L, Q, C and Z commands, flipped into the
    // y-down box; none if it is anything else.
    [[nodiscard]] static std::optional<QPainterPath> parsePath(QStringView svg);
    // The part of a stroke a brush has drawn after the fraction t (0 to 1)
    // of its centre line: the outline where a wide brush along the line
    // has passed.
    [[nodiscard]] static QPainterPath drawn(const Stroke &stroke, qreal t);
};

}  // namespace hope::core
