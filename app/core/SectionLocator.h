#pragma once

#include <QList>

namespace hope::core {

// Which section is being read, from where each section starts in the
// document and where the view is scrolled. Pure arithmetic, so its
// boundaries can be tested row by row.
class SectionLocator final
{
public:
    // sectionTops: the y of each section's start, ascending, in document pixels.
    explicit SectionLocator(QList<qreal> sectionTops = {});

    // The section read at scroll position y with a viewport of the given
    // height, when the view can scroll at most maxScroll. A section is read
    // once its start reaches the top of the view. At the very end, where a
    // short last section can never reach the top, the last section whose
    // start is visible is the one read.
    [[nodiscard]] int sectionAt(qreal y, qreal viewportHeight, qreal maxScroll) const;

    // The whole-pixel scroll value that brings y to the top of the view:
    // the first at which sectionAt() counts a section starting at y.
    [[nodiscard]] static int scrollValueFor(qreal y);

private:
    // A scroll bar reports whole pixels while layout works in fractions.
    static constexpr qreal kTolerance = 0.5;

    QList<qreal> m_tops;
};

}  // namespace hope::core
