#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace hope::core {

// One CC-CEDICT entry: "奧運會 奥运会 [Ao4 yun4 hui4] /Olympic Games; .../".
struct DictionaryEntry
{
    QString traditional;
    QString simplified;
    // Tone-numbered syllables as CC-CEDICT writes them ("Ao4 yun4 hui4";
    // a capital marks a proper noun).
    QString pinyin;
    QStringList senses;
};

// A dictionary word found in a text: where it is, in UTF-16 code units.
struct DictionaryWord
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

// The reader's Chinese-English dictionary: CC-CEDICT's entries in its own
// line format, by default the subset for the embedded article that
// scripts/make-dictionary compiles in. Read on first use, so a reader who
// never looks a word up never pays for it; a file that cannot be read is
// an error naming it, and the dictionary is then empty.
class ChineseDictionary final
{
    Q_DECLARE_TR_FUNCTIONS(ChineseDictionary)

public:
    explicit ChineseDictionary(QString path = QStringLiteral(":/dictionary/cedict-subset.u8"));
    Q_DISABLE_COPY_MOVE(ChineseDictionary)
    ~ChineseDictionary() = default;

    // Reads the file if that has not been tried yet; false, with error()
    // naming the file and the problem, if it cannot be. Not retried.
    bool load() const;
    [[nodiscard]] QString error() const { return m_error; }
    // Whether the file has been read (or tried): not before the first use.
    [[nodiscard]] bool isLoaded() const { return m_tried; }
    [[nodiscard]] qsizetype entryCount() const;

    // Entries whose simplified form is the text, in the file's order.
    [[nodiscard]] QList<DictionaryEntry> entries(const QString &simplified) const;
    [[nodiscard]] bool contains(const QString &simplified) const;
    // Every dictionary word of the text that covers the position, longest
    // first, then from the left: at 运 in 奥运会, 奥运会, 奥运 and 运.
    [[nodiscard]] QList<DictionaryWord> wordsAt(QStringView text, qsizetype position) const;
    // Every dictionary word of two characters or more in the text, each
    // time it occurs, from the left.
    [[nodiscard]] QList<DictionaryWord> wordsIn(QStringView text) const;

    // One line of CC-CEDICT; nothing for comments and malformed lines.
    [[nodiscard]] static std::optional<DictionaryEntry> parseLine(QStringView line);

    // The compiled subset is some 130 KiB; a file far larger is not one.
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    // CC-CEDICT's longest headword is under 40 characters.
    static constexpr qsizetype kMaxWordLength = 64;

private:
    const QString m_path;
    mutable bool m_tried = false;
    mutable QString m_error;
    mutable QHash<QString, QList<DictionaryEntry>> m_entries;
    mutable qsizetype m_count = 0;
    mutable qsizetype m_longest = 0;
};

}  // namespace hope::core
