#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace hope::core {

// Hanyu Pinyin syllables in Zhuyin (bopomofo), the phonetic script Taiwan
// teaches reading with, by Taiwan's Ministry of Education table
// (resources/pinyin/zhuyin.tsv, read once). From the converter's numbered
// syllables, so the two rubies always say the same.
class Zhuyin final
{
public:
    static inline const QString kTable = QStringLiteral(":/pinyin/zhuyin.tsv");

    // "zhong1" -> "ㄓㄨㄥ", "lv4" (or "lü4", "lu:4") -> "ㄌㄩˋ", "de5" (or
    // "de") -> "˙ㄉㄜ"; empty for anything that is not a syllable.
    [[nodiscard]] static QString fromNumbered(QStringView syllable);
    // A word's syllables, one group each, a space between.
    [[nodiscard]] static QString word(const QStringList &syllables);
};

}  // namespace hope::core
