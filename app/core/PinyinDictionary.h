#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace hope::core {

// What PinyinConverter reads Chinese with, loaded from where Debian installs
// it (the paths can be changed, for tests):
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
// - corrections: our own table for words of the article that the two get
//   wrong, compiled in (resources/pinyin/corrections.tsv).
class PinyinDictionary final
{
    Q_DECLARE_TR_FUNCTIONS(PinyinDictionary)

public:
    struct Sources
    {
        QString wordList = QStringLiteral("/usr/share/rime-data/terra_pinyin.dict.yaml");
        QString unihan = QStringLiteral("/usr/share/unicode/Unihan_Readings.txt.bz2");
        QString corrections = QStringLiteral(":/pinyin/corrections.tsv");
    };
    struct Loaded;
    // Every reading the mainland dictionaries give each character
    // (tone-numbered), while the word list is read.
    using Mainland = QHash<char32_t, QStringList>;
    // A reading of ours for a phrase, which may be more than one word.
    struct Correction
    {
        QStringList syllables;  // one per character
        // Where words end inside the phrase, in UTF-16 code units from its
        // start: "为 宗旨" is two words, one break at 1.
        QList<qsizetype> breaks;
    };

    // Reads all three; a missing or malformed file is an error that names
    // the file and the package that installs it.
    [[nodiscard]] static Loaded load(const Sources &sources);

    // The reading of a word (two characters or more), one tone-numbered
    // syllable per character; nullptr when the word list lacks it.
    [[nodiscard]] const QStringList *word(const QString &text) const;
    // Our correction for a phrase (written without its spaces) or a
    // character, or nullptr.
    [[nodiscard]] const Correction *correction(const QString &text) const;
    // The usual reading of one character, or empty if none is known.
    [[nodiscard]] QString character(char32_t c) const;

    // Longest entries, in UTF-16 code units, bounding the searches.
    [[nodiscard]] qsizetype longestWord() const { return m_longestWord; }
    [[nodiscard]] qsizetype longestCorrection() const { return m_longestCorrection; }
    [[nodiscard]] qsizetype wordCount() const { return m_words.size(); }
    [[nodiscard]] qsizetype characterCount() const { return m_characters.size(); }

    // Limits on what is read: the files are some MiB; anything far larger
    // is not what Debian installs, and is not read into memory.
    static constexpr qint64 kMaxWordListBytes = 32 * 1024 * 1024;
    static constexpr qint64 kMaxUnihanBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxUnihanUnpackedBytes = 64 * 1024 * 1024;
    static constexpr qint64 kMaxCorrectionsBytes = 1024 * 1024;
    // No word in either list is longer; longer lines are not words.
    static constexpr qsizetype kMaxWordLength = 16;

private:
    QString readWordList(const QString &path, const Mainland &mainland);
    QString readUnihan(const QString &path, Mainland *mainland);
    QString readCorrections(const QString &path);

    QHash<QString, QStringList> m_words;
    QHash<QString, Correction> m_corrections;
    QHash<char32_t, QString> m_characters;
    // Readings of single characters from the word list, for the few that
    // Unihan has no kMandarin for.
    QHash<char32_t, QString> m_wordListCharacters;
    qsizetype m_longestWord = 0;
    qsizetype m_longestCorrection = 0;
};

struct PinyinDictionary::Loaded
{
    std::shared_ptr<const PinyinDictionary> dictionary;
    QString error;  // empty when loaded
    [[nodiscard]] bool ok() const { return dictionary != nullptr; }
};

}  // namespace hope::core
