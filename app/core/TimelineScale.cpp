#include "core/TimelineScale.h"

#include <algorithm>

namespace hope::core {

TimelineScale::TimelineScale(QDate fullStart, QDate fullEnd, QDate defaultStart, QDate defaultEnd)
    : m_fullStart(qreal(fullStart.toJulianDay())),
      m_fullEnd(qreal(fullEnd.toJulianDay())),
      m_defaultStart(qreal(defaultStart.toJulianDay())),
      m_defaultEnd(qreal(defaultEnd.toJulianDay()))
{
    if (m_fullEnd <= m_fullStart)
        m_fullEnd = m_fullStart + 1;
    m_defaultStart = std::clamp(m_defaultStart, m_fullStart, m_fullEnd - 1);
    m_defaultEnd = std::clamp(m_defaultEnd, m_defaultStart + 1, m_fullEnd);
    reset();
}

void TimelineScale::setPixelRange(qreal left, qreal right)
{
    m_left = left;
    m_right = std::max(right, left + 1);
}

qreal TimelineScale::dateToX(QDate date) const
{
    const qreal day = qreal(date.toJulianDay());
    return m_left + (day - m_viewStart) / (m_viewEnd - m_viewStart) * (m_right - m_left);
}

QDate TimelineScale::xToDate(qreal x) const
{
    const qreal day = m_viewStart + (x - m_left) / (m_right - m_left) * (m_viewEnd - m_viewStart);
    return QDate::fromJulianDay(qint64(std::floor(day + 0.5)));
}

qreal TimelineScale::zoom() const
{
    return (m_defaultEnd - m_defaultStart) / (m_viewEnd - m_viewStart);
}

void TimelineScale::zoomAt(qreal x, qreal factor)
{
    if (factor <= 0)
        return;
    const qreal span = m_viewEnd - m_viewStart;
    const qreal defaultSpan = m_defaultEnd - m_defaultStart;
    const qreal fullSpan = m_fullEnd - m_fullStart;
    const qreal newSpan =
        std::clamp(span / factor, defaultSpan / kMaxZoom, std::max(defaultSpan, fullSpan));
    const qreal t = std::clamp((x - m_left) / (m_right - m_left), 0.0, 1.0);
    const qreal anchor = m_viewStart + t * span;
    m_viewStart = anchor - t * newSpan;
    m_viewEnd = m_viewStart + newSpan;
    clampView();
}

void TimelineScale::panBy(qreal dx)
{
    const qreal days = dx / (m_right - m_left) * (m_viewEnd - m_viewStart);
    m_viewStart += days;
    m_viewEnd += days;
    clampView();
}

void TimelineScale::ensureVisible(QDate date, qreal marginPx)
{
    const qreal x = dateToX(date);
    if (x < m_left + marginPx)
        panBy(x - (m_left + marginPx));
    else if (x > m_right - marginPx)
        panBy(x - (m_right - marginPx));
}

void TimelineScale::reset()
{
    m_viewStart = m_defaultStart;
    m_viewEnd = m_defaultEnd;
}

void TimelineScale::clampView()
{
    const qreal span = m_viewEnd - m_viewStart;
    if (span >= m_fullEnd - m_fullStart) {
        // Zoomed out past the full range: centre it.
        const qreal extra = span - (m_fullEnd - m_fullStart);
        m_viewStart = m_fullStart - extra / 2;
        m_viewEnd = m_viewStart + span;
        return;
    }
    if (m_viewStart < m_fullStart) {
        m_viewStart = m_fullStart;
        m_viewEnd = m_fullStart + span;
    }
    if (m_viewEnd > m_fullEnd) {
        m_viewEnd = m_fullEnd;
        m_viewStart = m_fullEnd - span;
    }
}

QDate TimelineScale::viewStart() const
{
    return QDate::fromJulianDay(qint64(std::ceil(m_viewStart)));
}

QDate TimelineScale::viewEnd() const
{
    return QDate::fromJulianDay(qint64(std::floor(m_viewEnd)));
}

QList<QDate> TimelineScale::yearTicks() const
{
    QList<QDate> ticks;
    const QDate start = viewStart();
    for (QDate d(start.year(), 1, 1); d <= viewEnd(); d = d.addYears(1)) {
        if (d >= start)
            ticks << d;
    }
    return ticks;
}

QList<QDate> TimelineScale::monthTicks() const
{
    QList<QDate> ticks;
    const QDate start = viewStart();
    for (QDate d(start.year(), start.month(), 1); d <= viewEnd(); d = d.addMonths(1)) {
        if (d >= start && d.month() != 1)
            ticks << d;
    }
    return ticks;
}

}  // namespace hope::core
