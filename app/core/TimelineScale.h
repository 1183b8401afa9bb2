#pragma once

#include <QDate>
#include <QList>

namespace hope::core {

// Maps dates to x and back for a time axis that can zoom and pan inside a
// fixed full range. The view is the stretch of time drawn between left and
// right; zoom 1 is the default view.
class TimelineScale final
{
public:
    TimelineScale() = default;
    TimelineScale(QDate fullStart, QDate fullEnd, QDate defaultStart, QDate defaultEnd);

    void setPixelRange(qreal left, qreal right);
    [[nodiscard]] qreal left() const { return m_left; }
    [[nodiscard]] qreal right() const { return m_right; }

    [[nodiscard]] qreal dateToX(QDate date) const;
    [[nodiscard]] QDate xToDate(qreal x) const;

    // How many times closer than the default view; the most is kMaxZoom.
    [[nodiscard]] qreal zoom() const;
    // Zooms by factor about x, keeping the date under x where it is.
    void zoomAt(qreal x, qreal factor);
    // Moves the view by dx pixels (positive: later dates come into view).
    void panBy(qreal dx);
    // Pans as little as needed to bring the date inside the view, with a margin.
    void ensureVisible(QDate date, qreal marginPx);
    void reset();

    [[nodiscard]] QDate viewStart() const;
    [[nodiscard]] QDate viewEnd() const;
    // 1 January of each year in the view.
    [[nodiscard]] QList<QDate> yearTicks() const;
    // The 1st of each month in the view, years excluded.
    [[nodiscard]] QList<QDate> monthTicks() const;

    static constexpr qreal kMaxZoom = 16.0;

private:
    void clampView();

    qreal m_fullStart = 0;
    qreal m_fullEnd = 1;
    qreal m_defaultStart = 0;
    qreal m_defaultEnd = 1;
    qreal m_viewStart = 0;  // julian days
    qreal m_viewEnd = 1;
    qreal m_left = 0;
    qreal m_right = 1;
};

}  // namespace hope::core
