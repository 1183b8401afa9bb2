#pragma once

#include "core/PinyinWord.h"

#include <QList>
#include <QString>

namespace hope::core {

// The converter's words written as the Basic Rules of Hanyu Pinyin
// Orthography (GB/T 16159-2012) write them. The converter segments for
// reading (which characters read together); a learner reads pinyin by the
// standard's words, which differ:
// - numerals and demonstratives apart from the measure word (yī nián,
//   zhè zhǒng, měi yī gè rén); 第 joined to its numeral by a hyphen
//   (dì-yī);
// - the structural particle 的 apart (rén de); phrases the word list keeps
//   as one entry apart (jiāndìng xìnniàn);
// - suffixes and the aspect particles 着, 了, 过 joined to their word
//   (yùndòngyuánmen, biāozhìzhe), sentence-final 了 apart;
// - proper names capitalised, each word of a name (Guójì Àowěihuì), a
//   person's surname and given name apart (Wáng Shuāng);
// - four-character idioms hyphenated in the middle (bùmóu-érhé);
// - every sentence's first word capitalised.
// Which words are names, idioms, measure words and so on is data, in
// resources/pinyin/orthography.tsv, each line with its reason.
class PinyinOrthography final
{
public:
    static constexpr auto kRules = ":/pinyin/orthography.tsv";

    // The same text, every character in exactly one word, regrouped and
    // spelled by the rules: `marked` carries capitals, hyphens and (for a
    // person's name) the space; `syllables` stay one per character.
    [[nodiscard]] static QList<PinyinWord> apply(const QList<PinyinWord> &converted);

    // The words as one line of pinyin text: Chinese punctuation written as
    // Latin (。 as ". ", 、 as ", ", 「」 as “”), one space between words.
    [[nodiscard]] static QString line(const QList<PinyinWord> &words);
};

}  // namespace hope::core
