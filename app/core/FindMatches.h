#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace hope::core {

// Every match of a search in a document, in document order, and which one
// comes next from a place: what a find bar counts ("3 of 12") and steps
// through. Matching is TypographicFind's.
class FindMatches final
{
public:
    struct Match
    {
        int start = 0;
        int length = 0;
    };

    FindMatches() = default;
    FindMatches(const QTextDocument *document, const QString &typed);
    // Every match of any of these spellings (a word in Simplified and in
    // Traditional characters), in document order; where two overlap, the
    // one that starts first.
    FindMatches(const QTextDocument *document, const QStringList &spellings);

    [[nodiscard]] const QList<Match> &matches() const { return m_matches; }
    [[nodiscard]] int count() const { return int(m_matches.size()); }
    [[nodiscard]] bool isEmpty() const { return m_matches.isEmpty(); }
    [[nodiscard]] Match at(int index) const { return m_matches.value(index); }

    // The first match that starts at or after position, else the first of
    // all (searching wraps round); -1 if there is none.
    [[nodiscard]] int firstFrom(int position) const;
    // The last match that starts before position, else the last of all.
    [[nodiscard]] int lastBefore(int position) const;
    // The one after (before) index, wrapping round.
    [[nodiscard]] int next(int index) const;
    [[nodiscard]] int previous(int index) const;
    // The match that starts at position, or -1.
    [[nodiscard]] int indexAt(int position) const;

private:
    QList<Match> m_matches;
};

}  // namespace hope::core
