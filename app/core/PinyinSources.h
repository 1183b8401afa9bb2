#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace hope::core {

// The readings in what Debian installs, read and made mainland: what
// PinyinDictionary indexes the first time pinyin is needed.
// - words: Rime's Terra Pinyin word list (rime-data-terra-pinyin), about
//   52,000 words with tone-numbered readings. It is written in traditional
//   characters; ICU's Hant-Hans transliterator gives each word its
//   simplified spelling too, so the article's text finds it. It is the
//   Taiwan standard's list: a syllable that is none of its character's
//   mainland readings (below) is given the mainland tone (期 qí -> qī).
// - characters: the Unihan database's kMandarin field (unicode-data), the
//   most customary reading of each character in mainland usage. The word
//   list's own single characters are not used for this: its simplified
//   forms often carry the readings of rare homographs (关 as xiao4, 义 as
//   cha1), and the most frequent reading of 着 is under 著. Its kXHC1983
//   and kTGHZ2013 fields, every reading the Xiandai Hanyu Cidian and the
//   Tongyong Guifan Hanzi Zidian give, are the mainland readings.
class PinyinSources final
{
    Q_DECLARE_TR_FUNCTIONS(PinyinSources)

public:
    struct Readings
    {
        // A word (two characters or more) -> one syllable per character.
        QHash<QString, QStringList> words;
        // A character -> its usual reading.
        QHash<char32_t, QString> characters;
    };
    // Every reading the mainland dictionaries give each character
    // (tone-numbered), while the word list is read.
    using Mainland = QHash<char32_t, QStringList>;

    // Reads both files; a missing or malformed one is an error that names
    // the file and the package that installs it.
    [[nodiscard]] static QString read(const QString &wordList, const QString &unihan,
                                      Readings *readings);

    // The code points of text, or empty if any is not a Han character.
    [[nodiscard]] static QList<uint> hanCodePoints(QStringView text);
    // A field's tone-numbered syllables ("xi1 wang4"), or empty if any is
    // malformed.
    [[nodiscard]] static QStringList syllablesOf(QStringView field);

    // Limits on what is read: the files are some MiB; anything far larger
    // is not what Debian installs, and is not read into memory.
    static constexpr qint64 kMaxWordListBytes = 32 * 1024 * 1024;
    static constexpr qint64 kMaxUnihanBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxUnihanUnpackedBytes = 64 * 1024 * 1024;
    // No word in the list is longer; longer lines are not words.
    static constexpr qsizetype kMaxWordLength = 16;

private:
    struct Gathered;
    static QString readWordList(const QString &path, Gathered *gathered);
    static QString readUnihan(const QString &path, Gathered *gathered);
};

}  // namespace hope::core
