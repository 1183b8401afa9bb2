#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace hope::core {

// The readings PinyinDictionary gathers from the word list and Unihan, as
// one compact block of bytes: sorted tables searched in place, so nothing is
// parsed or allocated per entry. Reading the sources takes half a second
// and some 30 MB; opening an index of them takes a few milliseconds and
// 4 MB, which is what lets pinyin appear as soon as it is asked for. The
// block is also what is kept in the user's cache folder between runs.
//
// Its form (little-endian; every section starts on a 4-byte boundary):
//   "HOPEPINYIDX\n", format version (u32), stamp length (u32) and stamp
//   (UTF-8, padded): what the index was made from, to tell a stale one;
//   word count, character count, string units, longest word (u32 each);
//   words: key offset, key length, value length (u32, u16, u16), sorted by
//   key in UTF-16 code units, the value following its key in the strings;
//   characters: code point, value offset, value length (u32 each), sorted;
//   strings: UTF-16 code units, padded; then a checksum of all before it
//   (64-bit FNV-1a over 8-byte words).
class PinyinIndex final
{
public:
    // Raised whenever what an index holds is computed differently (the rules
    // of PinyinDictionary that shape the readings), so an old one is not used.
    static constexpr quint32 kVersion = 2;

    // words: a word (two characters or more) -> its tone-numbered syllables;
    // characters: a code point -> its usual reading.
    [[nodiscard]] static QByteArray build(const QHash<QString, QStringList> &words,
                                          const QHash<char32_t, QString> &characters,
                                          QByteArrayView stamp);
    // The index in data if it is whole, well formed and made from stamp;
    // otherwise nothing, and why.
    [[nodiscard]] static std::optional<PinyinIndex> open(QByteArray data, QByteArrayView stamp,
                                                         QString *why = nullptr);

    [[nodiscard]] std::optional<QStringList> word(QStringView text) const;
    [[nodiscard]] bool hasWord(QStringView text) const { return findWord(text) >= 0; }
    // Empty if none is known.
    [[nodiscard]] QString character(char32_t c) const;

    // The checksum that ends an index, of the bytes before it (for the
    // fuzzer, which makes its inputs whole so that it reaches the tables).
    [[nodiscard]] static QByteArray checksum(QByteArrayView bytes);

    [[nodiscard]] qsizetype wordCount() const { return m_wordCount; }
    [[nodiscard]] qsizetype characterCount() const { return m_characterCount; }
    [[nodiscard]] qsizetype longestWord() const { return m_longestWord; }
    [[nodiscard]] const QByteArray &bytes() const { return m_data; }

private:
    PinyinIndex() = default;
    [[nodiscard]] qsizetype findWord(QStringView text) const;
    [[nodiscard]] QStringView string(quint32 offset, quint32 length) const;

    QByteArray m_data;
    const uchar *m_words = nullptr;
    const uchar *m_characters = nullptr;
    const char16_t *m_strings = nullptr;
    qsizetype m_wordCount = 0;
    qsizetype m_characterCount = 0;
    qsizetype m_stringUnits = 0;
    qsizetype m_longestWord = 0;
};

}  // namespace hope::core
