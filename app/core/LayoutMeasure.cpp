#include "core/LayoutMeasure.h"

#include <algorithm>

namespace hope::core {

qreal LayoutMeasure::parallelMinWidth(qreal em)
{
    return kParallelMinEm * em * kParallelScale + 2 * kMinSideMargin;
}

LayoutMeasure::Result LayoutMeasure::fit(ReadingLayout wanted, qreal width, qreal em)
{
    Result result;
    result.layout = wanted;
    if (wanted == ReadingLayout::Parallel && width < parallelMinWidth(em))
        result.layout = ReadingLayout::Interleaved;
    qreal measureEm = kMeasureEmChinese;
    qreal unit = em;
    if (result.layout == ReadingLayout::English)
        measureEm = kMeasureEmEnglish;
    if (result.layout == ReadingLayout::Parallel) {
        measureEm = kParallelMaxEm;
        unit = em * kParallelScale;
    }
    const qreal room = std::max<qreal>(0.0, width - 2 * kMinSideMargin);
    result.measure = std::min(measureEm * unit, room);
    result.sideMargin = std::max(kMinSideMargin, (width - result.measure) / 2.0);
    return result;
}

}  // namespace hope::core
