#include "core/ReadingProgress.h"

#include <algorithm>
#include <cmath>

namespace hope::core {

ReadingProgress::ReadingProgress(ReadingPace::Clock clock) : m_pace(std::move(clock))
{}

int ReadingProgress::units(const QString &text, Language language)
{
    int count = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (language == Language::Chinese && QChar::script(c) == QChar::Script_Han) {
            ++count;
            inWord = false;
            continue;
        }
        // An apostrophe inside a word ("Alibaba's") keeps it one word.
        const bool wordChar =
            QChar::isLetterOrNumber(c) || (inWord && (c == u'\'' || c == 0x2019 || c == u'-'));
        if (wordChar && !inWord)
            ++count;
        inWord = wordChar;
    }
    return count;
}

double ReadingProgress::usualRate(Language language)
{
    return language == Language::Chinese ? kChineseCharactersPerMinute : kEnglishWordsPerMinute;
}

int ReadingProgress::usualMinutes(int units, Language language)
{
    if (units <= 0)
        return 0;
    return std::max(1, int(std::lround(units / usualRate(language))));
}

void ReadingProgress::setArticle(const Article &article, Language language)
{
    m_blocks.clear();
    m_sectionUnits.clear();
    m_total = 0;
    m_blocks.insert(ReadingPosition::startId(), {0, 0});
    for (int s = 0; s < article.sections.size(); ++s) {
        const ArticleSection &section = article.sections.at(s);
        const int sectionStart = m_total;
        if (s > 0)
            m_blocks.insert(section.id, {m_total, 0});
        for (const ArticleBlock &block : section.blocks) {
            const int n =
                block.kind == BlockKind::Paragraph ? units(block.text.in(language), language) : 0;
            m_blocks.insert(block.id, {m_total, n});
            m_total += n;
        }
        m_sectionUnits << m_total - sectionStart;
    }
    m_pace.reset(usualRate(language));
}

double ReadingProgress::unitsBefore(const ReadingPosition &position) const
{
    const auto it = m_blocks.constFind(position.blockId);
    if (it == m_blocks.cend())
        return 0;
    return it->first + std::clamp(position.fraction, 0.0, 1.0) * it->second;
}

ReadingProgress::Estimate ReadingProgress::estimate(const ViewSpan &span) const
{
    Estimate e;
    if (m_total <= 0)
        return e;
    const double top = unitsBefore(span.top);
    const double bottom = std::max(top, unitsBefore(span.bottom));
    const qreal scrolled = std::clamp(span.scrolled, 0.0, 1.0);
    // At the very end, the view's bottom is the article's end.
    const double end = scrolled >= 1.0 ? m_total : bottom;
    e.unitsRead = std::min<double>(m_total, top + scrolled * (end - top));
    e.unitsLeft = m_total - e.unitsRead;
    e.percent = int(std::floor(100.0 * e.unitsRead / m_total + 1e-9));
    e.minutesLeft = m_pace.minutesFor(e.unitsLeft);
    e.ownPace = m_pace.isOwnPace();
    return e;
}

ReadingProgress::Estimate ReadingProgress::update(const ViewSpan &span)
{
    m_pace.advanceTo(estimate(span).unitsRead);
    return estimate(span);
}

}  // namespace hope::core
