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
        // Under the label rows, room for a marker and its selection ring.
        qreal axisY = 32 + 4 * 18 + 30;
        qreal markerRadius = 6;
        // How far above the axis the markers stand, a stem down to their date.
        qreal markerLift = 16;
        // The least distance between two markers' centres: a selection
        // ring (radius + 6) and a neighbour's in-view halo (radius + 4)
        // never touch.
        qreal markerGap = 2 * 6 + 10 + 1;
        qreal labelGap = 8;
        qreal axisLabelHeight = 16;

        // The whole timeline, or its strip: one row of labels.
        [[nodiscard]] static Geometry strip()
        {
            Geometry g;
            g.labelTop = 4;
            g.labelRows = 1;
            g.axisY = g.labelTop + g.rowHeight + 30;
            return g;
        }
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
        // Markers too near to stand at their dates stand side by side,
        // as near to them as they can, each with a stem to its date.
        QPointF centre;
        QPointF date;  // on the axis
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
    void placeLabels(const QList<Entry> &entries, const TimelineScale &scale);
    // Where the row's leader line stands: over its marker, on the strip.
    [[nodiscard]] qreal anchor(int row) const;
    [[nodiscard]] QPolygonF leaderFor(int row, const QRectF &labelRect) const;
    void placeAxisLabels(const TimelineScale &scale, const QFontMetricsF &metrics,
                         Language language);

    Geometry m_geometry;
    qreal m_width = 0;
    QList<Marker> m_markers;
    QList<Label> m_labels;
    QList<qreal> m_widths;
    QList<AxisLabel> m_axisLabels;
    bool m_monthLabels = false;
};

}  // namespace hope::core
