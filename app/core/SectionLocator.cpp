#include "core/SectionLocator.h"

#include <algorithm>
#include <cmath>

namespace hope::core {

SectionLocator::SectionLocator(QList<qreal> sectionTops) : m_tops(std::move(sectionTops))
{}

int SectionLocator::sectionAt(qreal y, qreal viewportHeight, qreal maxScroll) const
{
    if (m_tops.isEmpty())
        return -1;
    constexpr qreal tolerance = kTolerance;
    const bool atEnd = maxScroll > 0 && y >= maxScroll - tolerance;
    const qreal line = atEnd ? y + viewportHeight - tolerance : y + tolerance;
    const auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), line);
    return std::max(0, int(it - m_tops.cbegin()) - 1);
}

int SectionLocator::scrollValueFor(qreal y)
{
    return int(std::ceil(y - kTolerance));
}

}  // namespace hope::core
