#pragma once

#include <QString>
#include <QStringView>

namespace hope::core {

// Hanyu Pinyin written two ways: with tone numbers, as the word list and
// espeak-ng's cmn-latn-pinyin voice take it ("xi1 wang4", "lv4", tone 5
// for the neutral tone), and with tone marks, as readers expect ("xīwàng",
// "lǜ").
class ToneMarks final
{
public:
    // One word from space-separated tone-numbered syllables: each syllable
    // marked, the syllables run together, with an apostrophe before one
    // that starts with a, o or e ("xi1 an1" -> "xī'ān"), as the pinyin
    // orthography rules write it. "v" and "u:" are written "ü".
    [[nodiscard]] static QString toneMarked(QStringView numbered);
    // One syllable: "hao3" -> "hǎo", "de5" or "de" -> "de". The mark goes
    // on a or e if there is one, on the o of "ou", else on the last vowel;
    // on m or n in syllables that have no vowel ("ng2" -> "ńg"). Text that
    // is no syllable comes back as it was.
    [[nodiscard]] static QString syllable(QStringView numbered);
    // The other way, for readings written with marks (Unihan's kMandarin):
    // "lǜ" -> "lv4", "de" -> "de5". Empty if it is no pinyin syllable.
    [[nodiscard]] static QString toNumbered(QStringView marked);
    // Whether text is one tone-numbered syllable as this class writes them:
    // lower-case letters (with "v" or "u:" for ü) and a tone digit 1 to 5.
    [[nodiscard]] static bool isNumberedSyllable(QStringView text);
};

}  // namespace hope::core
