#include "core/FindMatches.h"

#include "core/TypographicFind.h"

#include <QTextDocument>

#include <algorithm>

namespace hope::core {

FindMatches::FindMatches(const QTextDocument *document, const QString &typed)
{
    if (!document || typed.isEmpty())
        return;
    const TypographicFind find(typed);
    const QRegularExpression &expression = find.expression();
    QTextCursor from(const_cast<QTextDocument *>(document));
    // Ignoring case, as TypographicFind does: no FindCaseSensitively.
    for (;;) {
        const QTextCursor found = document->find(expression, from);
        if (found.isNull() || !found.hasSelection())
            break;
        m_matches.append({found.selectionStart(), found.selectionEnd() - found.selectionStart()});
        from = found;
    }
}

FindMatches::FindMatches(const QTextDocument *document, const QStringList &spellings)
{
    for (const QString &spelling : spellings)
        m_matches += FindMatches(document, spelling).m_matches;
    if (spellings.size() < 2)
        return;
    std::sort(m_matches.begin(), m_matches.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<Match> kept;
    for (const Match &m : std::as_const(m_matches)) {
        if (kept.isEmpty() || m.start >= kept.last().start + kept.last().length)
            kept.append(m);
    }
    m_matches = kept;
}

int FindMatches::firstFrom(int position) const
{
    if (m_matches.isEmpty())
        return -1;
    const auto it = std::partition_point(m_matches.cbegin(), m_matches.cend(),
                                         [position](const Match &m) { return m.start < position; });
    return it == m_matches.cend() ? 0 : int(it - m_matches.cbegin());
}

int FindMatches::lastBefore(int position) const
{
    if (m_matches.isEmpty())
        return -1;
    const auto it = std::partition_point(m_matches.cbegin(), m_matches.cend(),
                                         [position](const Match &m) { return m.start < position; });
    return it == m_matches.cbegin() ? count() - 1 : int(it - m_matches.cbegin()) - 1;
}

int FindMatches::next(int index) const
{
    return m_matches.isEmpty() ? -1 : (index + 1) % count();
}

int FindMatches::previous(int index) const
{
    return m_matches.isEmpty() ? -1 : (index - 1 + count()) % count();
}

int FindMatches::indexAt(int position) const
{
    const int i = firstFrom(position);
    return i >= 0 && m_matches.at(i).start == position ? i : -1;
}

}  // namespace hope::core
