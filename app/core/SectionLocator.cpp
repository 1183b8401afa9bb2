#include "SectionLocator.h"

#include <algorithm>

SectionLocator::SectionLocator(QList<qreal> sectionTops) : m_tops(std::move(sectionTops)) {}

int SectionLocator::sectionAt(qreal y, qreal viewportHeight, qreal maxScroll) const
{
    if (m_tops.isEmpty())
        return -1;
    // A scroll bar reports whole pixels while layout works in fractions:
    // half a pixel keeps a heading scrolled to the top from counting as
    // just below it.
    constexpr qreal tolerance = 0.5;
    const bool atEnd = maxScroll > 0 && y >= maxScroll - tolerance;
    const qreal line = atEnd ? y + viewportHeight - tolerance : y + tolerance;
    const auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), line);
    return std::max(0, int(it - m_tops.cbegin()) - 1);
}

qreal SectionLocator::sectionTop(int index) const
{
    return index >= 0 && index < m_tops.size() ? m_tops.at(index) : 0.0;
}
