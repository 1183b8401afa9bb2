#pragma once

#include "core/ReadingLayout.h"

namespace hope::core {

// How wide the article's text runs in a view of a given width: one column
// of a comfortable measure, centred; or, side by side, two columns that
// each keep one. Where two cannot, the pairs follow each other instead.
class LayoutMeasure final
{
public:
    // A comfortable measure: 36 characters of Chinese a line; English,
    // with narrower letters, reads best a little shorter.
    static constexpr qreal kMeasureEmChinese = 36.0;
    static constexpr qreal kMeasureEmEnglish = 34.0;
    static constexpr qreal kMinSideMargin = 24.0;
    // Side by side sets the text a little smaller, so that two columns fit
    // beside the panels of a 1280 px window.
    static constexpr qreal kParallelScale = 0.9;
    // The columns' share of the measure: English needs about twice the
    // room of the same Chinese, so it gets the wider column and the rows
    // of a pair come out near the same height.
    static constexpr qreal kChineseColumnPercent = 42.0;
    // Between the columns, in ems of the (smaller) parallel text.
    static constexpr qreal kColumnGapEm = 1.6;
    // Narrower than this (about 15 Chinese characters beside 45 English
    // ones a line), side by side gives way to interleaved.
    static constexpr qreal kParallelMinEm = 38.0;
    static constexpr qreal kParallelMaxEm = 60.0;

    struct Result
    {
        ReadingLayout layout = ReadingLayout::Chinese;
        qreal sideMargin = kMinSideMargin;
        qreal measure = 0.0;
    };

    // wanted: the layout chosen; width: the view's width in pixels; em: the
    // body text's size in pixels before any scaling.
    [[nodiscard]] static Result fit(ReadingLayout wanted, qreal width, qreal em);
    // The narrowest view in which side by side still fits.
    [[nodiscard]] static qreal parallelMinWidth(qreal em);
};

}  // namespace hope::core
