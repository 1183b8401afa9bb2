#pragma once

#include "core/Language.h"
#include "core/TimelineLabelLayout.h"

#include <QDate>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

class QFontMetricsF;

namespace hope::core {

class TimelineScale;

// Where the timeline's markers, leader lines, labels and axis labels go,
// for one set of milestones, one view of time and one width. It is worked
// out only when one of those changes; the selection and what is in view
// are painted over it, so labels keep their rows when either changes.
class TimelineLayout final
{
public:
    struct Geometry
    {
        qreal labelTop = 32;
        int labelRows = 4;
        qreal rowHeight = 18;
        qreal axisY = 32 + 4 * 18 + 36;
        qreal markerRadius = 6;
        qreal stackStep = 13;
        qreal labelGap = 8;
        // How far apart the leader lines of one stack stand.
        qreal fanStep = 16;
        qreal axisLabelHeight = 16;
    };
    // One milestone, in date order; widths as measured by measure().
    struct Entry
    {
        QDate date;
        qreal width = 0;
        qreal minWidth = 0;
    };
    struct Marker
    {
        QPointF centre;
        int stack = 0;  // markers at one date stand one above another
    };
    struct Label
    {
        int row = -1;  // -1: not shown
        QRectF rect;
        bool shortened = false;
        // From the label's bottom to the edge of its own marker.
        QPolygonF leader;
    };
    struct AxisLabel
    {
        QDate date;
        QString text;
        QRectF rect;
        bool year = false;
    };
    // The selected milestone's label always shows. When the layout left it
    // out, it goes over the others, and these are hidden meanwhile.
    struct Selection
    {
        Label label;
        QList<int> hidden;
    };

    TimelineLayout() = default;
    TimelineLayout(const QList<Entry> &entries, const TimelineScale &scale, qreal width,
                   const QFontMetricsF &axisMetrics, Language language, const Geometry &geometry);

    // A label's width measured in the bold used for the selected one, so
    // selecting never changes what fits.
    [[nodiscard]] static Entry measure(QDate date, const QString &text, const QFontMetricsF &bold);
    [[nodiscard]] static QString monthName(int month, Language language);

    [[nodiscard]] int size() const { return int(m_markers.size()); }
    [[nodiscard]] const Geometry &geometry() const { return m_geometry; }
    [[nodiscard]] const Marker &marker(int row) const { return m_markers.at(row); }
    [[nodiscard]] const Label &label(int row) const { return m_labels.at(row); }
    [[nodiscard]] const QList<AxisLabel> &axisLabels() const { return m_axisLabels; }
    [[nodiscard]] bool showsMonthLabels() const { return m_monthLabels; }
    [[nodiscard]] Selection selection(int row) const;

private:
    void placeMarkers(const QList<Entry> &entries, const TimelineScale &scale);
    [[nodiscard]] QList<qreal> leaderAnchors() const;
    void placeLabels(const QList<Entry> &entries, const TimelineScale &scale);
    [[nodiscard]] QPolygonF leaderFor(int row, const QRectF &labelRect) const;
    void placeAxisLabels(const TimelineScale &scale, const QFontMetricsF &metrics,
                         Language language);

    Geometry m_geometry;
    qreal m_width = 0;
    QList<Marker> m_markers;
    QList<qreal> m_anchors;  // where each leader line stands
    QList<Label> m_labels;
    QList<qreal> m_widths;
    QList<AxisLabel> m_axisLabels;
    bool m_monthLabels = false;
};

}  // namespace hope::core
