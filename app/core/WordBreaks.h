#pragma once

#include "core/PinyinWord.h"

#include <QList>
#include <QString>

#include <utility>

namespace hope::core {

// Where a reader's word moves stop in one paragraph, and which word holds
// a place: Chinese, which has no spaces, by the pinyin converter's words
// (the words the ruby is set over and read aloud by), everything else by
// Unicode's word rules. A screen reader's word and the caret's Ctrl+Arrow
// move use the same words, so what is heard is what the caret passed.
class WordBreaks final
{
public:
    // hanWords: the converter's words of text (others in the list are
    // ignored); none gives Unicode's words, one Han character each.
    WordBreaks(const QString &text, const QList<PinyinWord> &hanWords);

    // The piece of text at a position (a word, or a run of spaces or
    // punctuation), as [start, end); the last piece at the text's end.
    [[nodiscard]] std::pair<qsizetype, qsizetype> pieceAt(qsizetype position) const;
    // The start of the first word after position, or -1 if there is none.
    [[nodiscard]] qsizetype nextWordStart(qsizetype position) const;
    // The start of the last word before position, or -1 if there is none.
    [[nodiscard]] qsizetype previousWordStart(qsizetype position) const;

private:
    // Whether the piece starting at breaks[i] is a word (has a letter or a
    // number), not spaces or punctuation.
    [[nodiscard]] bool isWord(qsizetype i) const;

    const QString m_text;
    // Sorted, from 0 to the text's length.
    QList<qsizetype> m_breaks;
};

}  // namespace hope::core
