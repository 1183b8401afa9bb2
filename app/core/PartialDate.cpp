#include "core/PartialDate.h"

#include <QLocale>
#include <QRegularExpression>

namespace hope::core {

std::optional<PartialDate> PartialDate::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    PartialDate d;
    d.m_year = m.captured(1).toInt();
    if (d.m_year < 1000)
        return std::nullopt;
    if (m.hasCaptured(2)) {
        d.m_month = m.captured(2).toInt();
        if (d.m_month < 1 || d.m_month > 12)
            return std::nullopt;
        d.m_precision = Precision::Month;
    }
    if (m.hasCaptured(3)) {
        d.m_day = m.captured(3).toInt();
        if (!QDate::isValid(d.m_year, d.m_month, d.m_day))
            return std::nullopt;
        d.m_precision = Precision::Day;
    }
    return d;
}

QDate PartialDate::first() const
{
    switch (m_precision) {
        case Precision::Year:
            return QDate(m_year, 1, 1);
        case Precision::Month:
            return QDate(m_year, m_month, 1);
        case Precision::Day:
            return QDate(m_year, m_month, m_day);
    }
    return {};
}

QDate PartialDate::last() const
{
    switch (m_precision) {
        case Precision::Year:
            return QDate(m_year, 12, 31);
        case Precision::Month:
            return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
        case Precision::Day:
            return first();
    }
    return {};
}

QDate PartialDate::middle() const
{
    const QDate a = first();
    return a.addDays(a.daysTo(last()) / 2);
}

QString PartialDate::toString() const
{
    switch (m_precision) {
        case Precision::Year:
            return QString::number(m_year);
        case Precision::Month:
            return QStringLiteral("%1-%2").arg(m_year).arg(m_month, 2, 10, QChar(u'0'));
        case Precision::Day:
            return first().toString(Qt::ISODate);
    }
    return {};
}

QString PartialDate::toDisplayString(Language language) const
{
    if (language == Language::Chinese) {
        switch (m_precision) {
            case Precision::Year:
                return QStringLiteral("%1年").arg(m_year);
            case Precision::Month:
                return QStringLiteral("%1年%2月").arg(m_year).arg(m_month);
            case Precision::Day:
                return QStringLiteral("%1年%2月%3日").arg(m_year).arg(m_month).arg(m_day);
        }
    }
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    switch (m_precision) {
        case Precision::Year:
            return QString::number(m_year);
        case Precision::Month:
            return english.toString(first(), QStringLiteral("MMMM yyyy"));
        case Precision::Day:
            return english.toString(first(), QStringLiteral("d MMMM yyyy"));
    }
    return {};
}

QString PartialDate::toDisplayString(Language language, DateBound bound) const
{
    const QString date = toDisplayString(language);
    if (bound == DateBound::At)
        return date;
    // In the reading language, as the date itself is, whatever the
    // interface's language.
    return language == Language::Chinese ? QStringLiteral("不晚于%1").arg(date)
                                         : QStringLiteral("by %1").arg(date);
}

}  // namespace hope::core
