#pragma once

#include "core/PinyinIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hope::core {

// What PinyinConverter reads Chinese with: the readings of the word list
// and Unihan as Debian installs them (PinyinSources; the paths can be
// changed, for tests), indexed (PinyinIndex) and kept in the user's cache
// folder, so that they are read from the packages once; and our own
// corrections for words of the article that those get wrong, compiled in
// (resources/pinyin/corrections.tsv).
class PinyinDictionary final
{
    Q_DECLARE_TR_FUNCTIONS(PinyinDictionary)

public:
    struct Sources
    {
        QString wordList = QStringLiteral(HOPE_SYSTEM_DATA_DIR "/rime-data/terra_pinyin.dict.yaml");
        QString unihan = QStringLiteral(HOPE_SYSTEM_DATA_DIR "/unicode/Unihan_Readings.txt.bz2");
        QString corrections = QStringLiteral(":/pinyin/corrections.tsv");
        // Where the index of the first two is kept between runs (see
        // PinyinIndex): unset for the user's cache folder (found when
        // loading, so a test's test mode counts), empty for nowhere.
        std::optional<QString> cache;
    };
    struct Loaded;
    // A reading of ours for a phrase, which may be more than one word.
    struct Correction
    {
        QStringList syllables;  // one per character
        // Where words end inside the phrase, in UTF-16 code units from its
        // start: "为 宗旨" is two words, one break at 1.
        QList<qsizetype> breaks;
    };

    // Reads all three, or the cached index of the first two where it was
    // made from the files installed now (and then keeps one); a missing or
    // malformed file is an error that names the file and the package that
    // installs it.
    [[nodiscard]] static Loaded load(const Sources &sources);
    // The user's cache folder's index (QStandardPaths::CacheLocation).
    [[nodiscard]] static QString defaultCache();

    // The reading of a word (two characters or more), one tone-numbered
    // syllable per character; nothing when the word list lacks it.
    [[nodiscard]] std::optional<QStringList> word(QStringView text) const;
    [[nodiscard]] bool hasWord(QStringView text) const;
    // Our correction for a phrase (written without its spaces) or a
    // character, or nullptr.
    [[nodiscard]] const Correction *correction(const QString &text) const;
    // The usual reading of one character, or empty if none is known.
    [[nodiscard]] QString character(char32_t c) const;

    // Longest entries, in UTF-16 code units, bounding the searches.
    [[nodiscard]] qsizetype longestWord() const;
    [[nodiscard]] qsizetype longestCorrection() const { return m_longestCorrection; }
    [[nodiscard]] qsizetype wordCount() const;
    [[nodiscard]] qsizetype characterCount() const;

    static constexpr qint64 kMaxCorrectionsBytes = 1024 * 1024;
    // The index is some 4 MiB.
    static constexpr qint64 kMaxIndexBytes = 64 * 1024 * 1024;

private:
    QString readCorrections(const QString &path);
    static QByteArray stampOf(const Sources &sources);
    static QString writeCache(const QString &path, const QByteArray &bytes);

    std::optional<PinyinIndex> m_index;
    QHash<QString, Correction> m_corrections;
    qsizetype m_longestCorrection = 0;
};

struct PinyinDictionary::Loaded
{
    std::shared_ptr<const PinyinDictionary> dictionary;
    QString error;  // empty when loaded
    // Whether the index came from the cache; if not, why not, or why it
    // could not be kept (for tests and measurements: a user needs no word).
    bool fromCache = false;
    QString cacheNote;
    [[nodiscard]] bool ok() const { return dictionary != nullptr; }
};

}  // namespace hope::core
