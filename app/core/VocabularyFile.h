#pragma once

#include "core/Article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hope::core {

// A word the reader kept from the lookup card, with what a flash card
// needs: its reading and meaning as the card showed them, and the sentence
// and paragraph it came from.
struct VocabularyWord
{
    QString word;
    QString pinyin;
    QString meaning;
    QString sentence;
    QString blockId;
    QDateTime added;
};

// The words kept for a bundle on disk, in a documented JSON format
// (README, "Vocabulary file"):
//
//   {"format": "hope-reader-vocabulary", "version": 1,
//    "article": {"title": "…", "date": "2021-06-23"},
//    "words": [{"word": "奥运会", "pinyin": "àoyùnhuì", "meaning": "…",
//               "sentence": "…", "block": "<paragraph id>",
//               "added": "2026-12-07T08:00:00Z"}]}
//
// Read whole or not at all, like the notes: a file with one bad word gives
// an error and no list, and is kept aside rather than saved over.
class VocabularyFile final
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyFile)

public:
    static constexpr int kVersion = 1;
    static constexpr qsizetype kMaxWords = 5000;
    // A word, a reading, all of a word's senses or a sentence: longer is
    // not one.
    static constexpr qsizetype kMaxField = 4000;
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    struct Read
    {
        QList<VocabularyWord> words;
        QString error;
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    // AppDataLocation/vocabulary/<the bundle's identity>.json, the identity
    // the notes use (title, outlet and date).
    [[nodiscard]] static QString pathFor(const Article &article);
    [[nodiscard]] static QByteArray toJson(const Article &article,
                                           const QList<VocabularyWord> &words);
    // source names the file in messages.
    [[nodiscard]] static Read fromJson(const QByteArray &data, const QString &source);
    // No file is an empty list, not a problem; a link, a device, a file
    // too large or not ours is one.
    [[nodiscard]] static Read read(const QString &path);
    // Written safely (a new file renamed over), never through a link.
    // Empty, or what went wrong naming the file.
    [[nodiscard]] static QString write(const QString &path, const Article &article,
                                       const QList<VocabularyWord> &words);
};

}  // namespace hope::core
