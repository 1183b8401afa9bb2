#pragma once

#include <QString>
#include <QStringList>

namespace hope::core {

// One word of a text as PinyinConverter reads it: a Chinese word with its
// reading, or a run of anything else (Latin letters, digits, punctuation,
// spaces) that passes through as it is.
struct PinyinWord
{
    // Where the word is in the converted string, in UTF-16 code units, so
    // a view can light exactly those characters.
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
    // One tone-numbered syllable per character ("xi1", "wang4"); empty
    // when the word is not Chinese.
    QStringList syllables;
    // With tone marks, run together: "xīwàng". Empty when not Chinese.
    QString marked;

    [[nodiscard]] bool isHan() const { return !syllables.isEmpty(); }
    // "xi1 wang4", as espeak-ng's cmn-latn-pinyin voice takes it.
    [[nodiscard]] QString numbered() const { return syllables.join(u' '); }
};

}  // namespace hope::core
