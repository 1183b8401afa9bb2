#include "speech/SpeechPassages.h"

#include <QTextBoundaryFinder>

namespace hope::speech {

namespace {

bool isPause(QChar c)
{
    // Commas, semicolons and colons, half- and full-width, and the Chinese
    // enumeration comma; a space where nothing better is found.
    static const QString pauses = QStringLiteral(",;:\u3001\uff0c\uff1b\uff1a");
    return pauses.contains(c);
}

// Where to cut a sentence that is too long: the end of the last pause or
// space in (from, limit], else the last word boundary, else limit.
qsizetype cutPoint(const QString &text, qsizetype from, qsizetype limit)
{
    for (qsizetype i = limit - 1; i > from; --i) {
        if (isPause(text.at(i))) {
            // The space after the comma goes with it.
            qsizetype cut = i + 1;
            while (cut < limit && text.at(cut).isSpace()) ++cut;
            return cut;
        }
    }
    for (qsizetype i = limit - 1; i > from; --i) {
        if (text.at(i).isSpace())
            return i + 1;
    }
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    words.setPosition(limit);
    const qsizetype boundary = words.isAtBoundary() ? limit : words.toPreviousBoundary();
    if (boundary > from)
        return boundary;
    // Never between the halves of a surrogate pair.
    if (limit < text.size() && text.at(limit).isLowSurrogate() && limit - 1 > from)
        return limit - 1;
    return limit;
}

}  // namespace

QList<SpeechPassage> SpeechPassages::split(const QString &text, qsizetype maxChars)
{
    QList<SpeechPassage> out;
    if (text.isEmpty())
        return out;
    maxChars = std::max<qsizetype>(maxChars, 2);
    // The sentence ends, as ICU finds them.
    QList<qsizetype> ends;
    QTextBoundaryFinder sentences(QTextBoundaryFinder::Sentence, text);
    for (qsizetype at = sentences.toNextBoundary(); at > 0; at = sentences.toNextBoundary())
        ends << at;
    if (ends.isEmpty() || ends.last() != text.size())
        ends << text.size();

    qsizetype start = 0;
    qsizetype end = start;  // the end of the whole sentences taken so far
    for (const qsizetype sentenceEnd : ends) {
        if (sentenceEnd - start <= maxChars) {
            end = sentenceEnd;
            continue;
        }
        // This sentence does not fit: the passage so far goes, then the
        // sentence alone, cut where it must be.
        if (end > start) {
            out.append({start, end - start});
            start = end;
        }
        while (sentenceEnd - start > maxChars) {
            const qsizetype cut = cutPoint(text, start, start + maxChars);
            out.append({start, cut - start});
            start = cut;
        }
        end = sentenceEnd;
    }
    if (end > start)
        out.append({start, end - start});
    return out;
}

}  // namespace hope::speech
