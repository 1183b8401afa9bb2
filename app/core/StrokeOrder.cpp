#include "core/StrokeOrder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainterPathStroker>

#include <cmath>

namespace hope::core {

namespace {

QPointF flipped(qreal x, qreal y)
{
    return {x, StrokeOrder::kBaseline - y};
}

}  // namespace

std::optional<QPainterPath> StrokeOrder::parsePath(QStringView svg)
{
    const QList<QStringView> tokens = svg.split(u' ', Qt::SkipEmptyParts);
    QPainterPath path;
    qsizetype i = 0;
    std::vector<qreal> numbers;
    const auto take = [&](int count) {
        numbers.clear();
        for (int k = 0; k < count; ++k) {
            if (i >= tokens.size())
                return false;
            bool ok = false;
            const qreal v = tokens.at(i).toDouble(&ok);
            if (!ok || !std::isfinite(v) || std::abs(v) > 4 * kBox)
                return false;
            numbers.push_back(v);
            ++i;
        }
        return true;
    };
    bool started = false;
    while (i < tokens.size()) {
        const QStringView command = tokens.at(i++);
        if (command == u"M") {
            if (!take(2))
                return std::nullopt;
            path.moveTo(flipped(numbers[0], numbers[1]));
            started = true;
        } else if (command == u"L" && started) {
            if (!take(2))
                return std::nullopt;
            path.lineTo(flipped(numbers[0], numbers[1]));
        } else if (command == u"Q" && started) {
            if (!take(4))
                return std::nullopt;
            path.quadTo(flipped(numbers[0], numbers[1]), flipped(numbers[2], numbers[3]));
        } else if (command == u"C" && started) {
            if (!take(6))
                return std::nullopt;
            path.cubicTo(flipped(numbers[0], numbers[1]), flipped(numbers[2], numbers[3]),
                         flipped(numbers[4], numbers[5]));
        } else if (command == u"Z" && started) {
            path.closeSubpath();
        } else {
            return std::nullopt;
        }
    }
    if (!started)
        return std::nullopt;
    return path;
}

QList<Stroke> StrokeOrder::fromJson(const QByteArray &data)
{
    if (data.size() > kMaxBytes)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(data);
    const QJsonArray outlines = document.object().value(QStringLiteral("strokes")).toArray();
    const QJsonArray medians = document.object().value(QStringLiteral("medians")).toArray();
    if (outlines.isEmpty() || outlines.size() != medians.size() || outlines.size() > kMaxStrokes)
        return {};
    QList<Stroke> strokes;
    for (qsizetype s = 0; s < outlines.size(); ++s) {
        if (!outlines.at(s).isString())
            return {};
        const std::optional<QPainterPath> outline = parsePath(outlines.at(s).toString());
        const QJsonArray points = medians.at(s).toArray();
        if (!outline || points.size() < 2 || points.size() > 256)
            return {};
        Stroke stroke{*outline, {}};
        for (const QJsonValue &point : points) {
            const QJsonArray xy = point.toArray();
            if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
                return {};
            stroke.median.append(flipped(xy.at(0).toDouble(), xy.at(1).toDouble()));
        }
        strokes.append(std::move(stroke));
    }
    return strokes;
}

QList<Stroke> StrokeOrder::of(char32_t character, const QString &folder)
{
    const QString path = folder + u'/' +
                         QString::number(uint(character), 16).rightJustified(4, u'0') +
                         QStringLiteral(".json");
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(file.read(kMaxBytes + 1));
}

QPainterPath StrokeOrder::drawn(const Stroke &stroke, qreal t)
{
    if (t <= 0.0 || stroke.median.size() < 2)
        return {};
    if (t >= 1.0)
        return stroke.outline;
    // The centre line up to t of its length.
    qreal total = 0;
    for (qsizetype i = 1; i < stroke.median.size(); ++i)
        total += QLineF(stroke.median.at(i - 1), stroke.median.at(i)).length();
    qreal left = total * t;
    QPainterPath line(stroke.median.first());
    for (qsizetype i = 1; i < stroke.median.size() && left > 0; ++i) {
        const QLineF segment(stroke.median.at(i - 1), stroke.median.at(i));
        if (segment.length() <= left) {
            line.lineTo(segment.p2());
            left -= segment.length();
        } else {
            line.lineTo(segment.pointAt(left / segment.length()));
            left = 0;
        }
    }
    // A brush wider than any stroke, so the outline's own shape shows.
    QPainterPathStroker brush;
    brush.setWidth(kBox / 6);
    brush.setCapStyle(Qt::RoundCap);
    brush.setJoinStyle(Qt::RoundJoin);
    return stroke.outline.intersected(brush.createStroke(line));
}

}  // namespace hope::core
