#pragma once

#include <QList>
#include <QRectF>

namespace hope::core {

// Cuts a typeset article, laid out as one long strip, into pages as a
// typesetter would: only where a cut is allowed (between lines, never
// leaving one line of a paragraph alone at a page's foot or head, never
// after a heading), a side-by-side pair kept whole where it fits on a page,
// and a pair that does not split column by column, each column continued
// at the top of the next page. Geometry only: what may be cut where is
// worked out from the laid-out document by whoever builds the pieces.
class PagePlan final
{
public:
    // A place the text may be cut: the page ends at `end`, and the next
    // page starts at `resume` (the space between them is not carried over).
    struct Cut
    {
        qreal end = 0;
        qreal resume = 0;
    };

    // One column of a side-by-side pair: its x range and where its text
    // may be cut, between its top and the pair's bottom.
    struct Column
    {
        qreal left = 0;
        qreal right = 0;
        QList<Cut> cuts;
    };

    // A stretch of the strip, top to bottom: a paragraph, a heading, a
    // figure, or a pair set side by side (then `columns` is not empty and
    // `cuts` is). Consecutive pieces may be cut apart between them unless
    // the first keeps with the next (a heading, a title).
    struct Piece
    {
        qreal top = 0;
        qreal bottom = 0;
        QList<Cut> cuts;
        QList<Column> columns;
        bool keepWithNext = false;
    };

    // Part of the strip drawn on a page: `source` in the strip's
    // coordinates, drawn with its top at `destTop` of the page's body.
    struct Slice
    {
        QRectF source;
        qreal destTop = 0;
    };
    struct Page
    {
        QList<Slice> slices;
        // The topmost point of the strip the page shows, for its header.
        [[nodiscard]] qreal sourceTop() const;
    };

    // Pages of at most pageHeight each for a strip `width` wide; pieces in
    // order, none overlapping.
    [[nodiscard]] static QList<Page> paginate(const QList<Piece> &pieces, qreal width,
                                              qreal pageHeight);
    // The cuts inside a block of lines (each line's top and bottom, in
    // order) that leave at least `least` lines on either side.
    [[nodiscard]] static QList<Cut> linesCuts(const QList<QPair<qreal, qreal>> &lines,
                                              int least = 2);
};

}  // namespace hope::core
