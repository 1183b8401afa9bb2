#pragma once

#include "core/PinyinWord.h"

#include <QList>

namespace hope::core {

// The tones of 一 and 不 as they are spoken (变调), for a reader who wants
// the ruby to say what is heard: dictionaries and the orthography write
// their citation tones (yī, bù), a speaker says
// - 不 bú before a fourth tone (búduàn, bú shì), else bù;
// - 一 yí before a fourth tone (yí gè, yídù), yì before the other tones
//   (yìqǐ, yì nián), and yī where it is counted: at the end of a phrase,
//   after 第 or another numeral (dì-yī, shíyī), before a numeral.
// A neutral tone after them counts as the tone the converter gives it.
class ToneSandhi final
{
public:
    // The same words with the syllables of 一 and 不 as spoken; everything
    // else, and `marked`, as it was (the orthography spells the words).
    [[nodiscard]] static QList<PinyinWord> spoken(const QList<PinyinWord> &words);
};

}  // namespace hope::core
