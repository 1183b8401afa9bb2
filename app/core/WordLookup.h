#pragma once

#include "core/ChineseDictionary.h"
#include "core/PinyinWord.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hope::core {

// One word a reader can choose in the lookup card: where it is in the
// paragraph, its reading as the ruby shows it, and its dictionary entries
// (none when the reader's dictionary lacks it).
struct LookupChoice
{
    DictionaryWord word;
    // Tone-marked, the converter's syllables for these characters, so the
    // card and the ruby agree; the dictionary's first reading without a
    // converter.
    QString pinyin;
    QList<DictionaryEntry> entries;
    // The word as the text shows it: its Traditional characters when the
    // reader shows those (word.text is always the published Simplified);
    // empty when it is shown as published.
    QString shown;
};

// What the lookup card shows for a character of a paragraph: the word the
// pinyin converter puts it in, then every other dictionary word at that
// place, longest first, so a reader can pick 奥运会 or 奥运 or 运. And for a
// single character, the article's other words that hold it.
class WordLookup final
{
public:
    explicit WordLookup(const ChineseDictionary *dictionary) : m_dictionary(dictionary) {}

    // The choices at a position of the text, the converter's word first;
    // none if the character there is not Chinese. words: the converter's
    // segmentation of the same text, or empty without one.
    [[nodiscard]] QList<LookupChoice> at(QStringView text, qsizetype position,
                                         const QList<PinyinWord> &words) const;

    // The article's text, whose words wordsWith() lists.
    void setTexts(QStringList texts);
    // The article's dictionary words of two characters or more that hold
    // the character, most frequent first, then in dictionary order; at
    // most limit of them, the word itself left out.
    [[nodiscard]] QStringList wordsWith(const QString &character, qsizetype limit = 12) const;

    [[nodiscard]] static bool isHan(QChar c);
    // The sentence of the text that holds the position: from after the
    // last 。！？!? or line break before it to the next one, included.
    [[nodiscard]] static QString sentenceAt(QStringView text, qsizetype position);
    // A choice's senses on one line, for a vocabulary card: each reading's
    // senses joined by "; ", readings by " | " with their pinyin when the
    // word has more than one.
    [[nodiscard]] static QString meaning(const LookupChoice &choice);
    // CC-CEDICT's numbered pinyin tone-marked, its capitals kept:
    // "Ao4 yun4" -> "Àoyùn" (the tone marker takes lower case only).
    [[nodiscard]] static QString marked(const QString &numbered);

private:
    const ChineseDictionary *m_dictionary;
    QStringList m_texts;
    // Built on the first wordsWith(): character -> word -> count.
    mutable bool m_indexed = false;
    mutable QHash<QChar, QMap<QString, int>> m_index;
};

}  // namespace hope::core
