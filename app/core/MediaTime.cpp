#include "core/MediaTime.h"

#include <QRegularExpression>

namespace hope::core {

std::optional<qint64> MediaTime::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:\\.(\\d{1,3}))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 hours = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
    const qint64 minutes = m.captured(2).toLongLong();
    const qint64 seconds = m.captured(3).toLongLong();
    // With an hours field, minutes are minutes of the hour (00:99:00 is no time).
    if (seconds >= 60 || (!m.captured(1).isEmpty() && minutes >= 60))
        return std::nullopt;
    qint64 ms = 0;
    if (!m.captured(4).isEmpty())
        ms = m.captured(4).leftJustified(3, u'0').toLongLong();
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

QString MediaTime::format(qint64 ms)
{
    const qint64 total = std::max<qint64>(0, ms) / 1000;
    const qint64 h = total / 3600;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QChar(u'0'))
            .arg(s, 2, 10, QChar(u'0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QChar(u'0'));
}

QString MediaTime::formatPrecise(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    return format(ms) + QStringLiteral(".%1").arg(ms % 1000, 3, 10, QChar(u'0'));
}

}  // namespace hope::core
