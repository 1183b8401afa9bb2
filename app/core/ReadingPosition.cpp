#include "core/ReadingPosition.h"

#include <QRegularExpression>

#include <cmath>

namespace hope::core {

QString ReadingPosition::toString() const
{
    return blockId + u'@' + QString::number(fraction, 'f', 4);
}

std::optional<ReadingPosition> ReadingPosition::fromString(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(_?[a-z0-9][a-z0-9-]{0,63})(?:@([0-9]*\\.?[0-9]+))?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    ReadingPosition position{m.captured(1), 0.0};
    if (m.hasCaptured(2)) {
        bool ok = false;
        position.fraction = m.captured(2).toDouble(&ok);
        if (!ok || !std::isfinite(position.fraction) || position.fraction > 1.0)
            return std::nullopt;
    }
    return position;
}

}  // namespace hope::core
