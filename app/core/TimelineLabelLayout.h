#pragma once

#include <QList>
#include <QRectF>

namespace hope::core {

// Places timeline labels in rows so that none overlaps another or leaves
// the strip: a label goes in the first row where it fits whole, else it is
// shortened to the room there is, else it is left out (its marker stays,
// with its tooltip).
class TimelineLabelLayout final
{
public:
    // Each shown label has a leader line from its bottom straight down to
    // its marker, below all the rows. KeptClear keeps every label off the
    // leader lines of the labels in the rows above it, so a label never
    // seems to belong to a line that only passes behind it.
    enum class Leaders { Ignored, KeptClear };

    struct Request
    {
        qreal anchorX = 0;   // the marker's x
        qreal width = 0;     // the whole label's width
        qreal minWidth = 0;  // the least worth showing, shortened
    };
    struct Placement
    {
        int row = -1;  // -1: not shown
        QRectF rect;   // where the label goes
        bool shortened = false;
    };

    TimelineLabelLayout(qreal left, qreal right, int rows, qreal rowHeight, qreal gap,
                        Leaders leaders = Leaders::Ignored);

    // Requests in any order; placements in the same order. Requests are
    // placed in order of x, except that `first` (if >= 0) is placed before
    // all others, so the selected milestone's label always shows.
    [[nodiscard]] QList<Placement> place(const QList<Request> &requests, int first = -1) const;

private:
    qreal m_left;
    qreal m_right;
    int m_rows;
    qreal m_rowHeight;
    qreal m_gap;
    Leaders m_leaders;
};

}  // namespace hope::core
