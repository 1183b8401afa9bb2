#include "core/WordBreaks.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace hope::core {

WordBreaks::WordBreaks(const QString &text, const QList<PinyinWord> &hanWords) : m_text(text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    for (qsizetype at = 0; at >= 0; at = finder.toNextBoundary()) m_breaks.append(at);
    if (m_breaks.isEmpty() || m_breaks.constLast() != text.size())
        m_breaks.append(text.size());
    for (const PinyinWord &word : hanWords) {
        if (!word.isHan() || word.start < 0 || word.length <= 0 ||
            word.start + word.length > text.size())
            continue;
        const qsizetype end = word.start + word.length;
        m_breaks.erase(std::remove_if(m_breaks.begin(), m_breaks.end(),
                                      [&](qsizetype b) { return b > word.start && b < end; }),
                       m_breaks.end());
        m_breaks.append(word.start);
        m_breaks.append(end);
    }
    std::sort(m_breaks.begin(), m_breaks.end());
    m_breaks.erase(std::unique(m_breaks.begin(), m_breaks.end()), m_breaks.end());
}

bool WordBreaks::isWord(qsizetype i) const
{
    if (i < 0 || i + 1 >= m_breaks.size())
        return false;
    for (qsizetype at = m_breaks.at(i); at < m_breaks.at(i + 1); ++at) {
        if (m_text.at(at).isLetterOrNumber())
            return true;
    }
    return false;
}

std::pair<qsizetype, qsizetype> WordBreaks::pieceAt(qsizetype position) const
{
    if (m_text.isEmpty())
        return {0, 0};
    const qsizetype at = std::clamp<qsizetype>(position, 0, m_text.size() - 1);
    // The last break at or before the position.
    const auto after = std::upper_bound(m_breaks.cbegin(), m_breaks.cend(), at);
    const qsizetype i = (after - m_breaks.cbegin()) - 1;
    return {m_breaks.at(i), m_breaks.at(i + 1)};
}

qsizetype WordBreaks::nextWordStart(qsizetype position) const
{
    for (qsizetype i = 0; i + 1 < m_breaks.size(); ++i) {
        if (m_breaks.at(i) > position && isWord(i))
            return m_breaks.at(i);
    }
    return -1;
}

qsizetype WordBreaks::previousWordStart(qsizetype position) const
{
    for (qsizetype i = m_breaks.size() - 2; i >= 0; --i) {
        if (m_breaks.at(i) < position && isWord(i))
            return m_breaks.at(i);
    }
    return -1;
}

}  // namespace hope::core
