#pragma once

#include "core/Annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hope::core {

// The reader's notes for a bundle on disk, in a documented JSON format
// (README, "Notes file"), which File > Import Notes reads back too:
//
//   {"format": "hope-reader-notes", "version": 1,
//    "article": {"title": "…", "date": "2021-06-23"},
//    "items": [{"id": "…", "kind": "highlight" | "bookmark",
//               "block": "<paragraph id>", "language": "zh" | "en",
//               "start": 12, "length": 2, "quote": "东京",
//               "colour": "yellow" | "green" | "blue" | "pink",
//               "note": "…", "created": "2026-12-07T08:00:00Z"}]}
//
// A file is read whole or not at all: one bad item and nothing of it is
// taken, so a half-read file is never saved back over the good one.
class NotesFile final
{
    Q_DECLARE_TR_FUNCTIONS(NotesFile)

public:
    static constexpr int kVersion = 1;
    // Some 5,000 notes of a paragraph each; a larger file is not ours.
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    static constexpr qsizetype kMaxIdLength = 64;

    struct Read
    {
        QList<Annotation> items;
        // Empty when read (or when there was no file yet).
        QString error;
        // The title of the article the notes were made on, as the file
        // says (empty if it does not).
        QString articleTitle;
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    // A bundle's identity: its title, outlet and date, so notes stay with
    // the article when its file is moved or its text corrected (what moved
    // is found again by the quote; what cannot be is listed as detached).
    [[nodiscard]] static QString identity(const Article &article);
    // Where the notes of this article live: AppDataLocation/notes/<identity>.json.
    [[nodiscard]] static QString pathFor(const Article &article);

    [[nodiscard]] static QByteArray toJson(const Article &article, const QList<Annotation> &items);
    // source names the file in messages.
    [[nodiscard]] static Read fromJson(const QByteArray &data, const QString &source);
    // No file is an empty set, not a problem; a link, a device or a file
    // too large is one.
    [[nodiscard]] static Read read(const QString &path);
    // Written safely: a new file beside it, checked, renamed over; never
    // through a link. Empty, or what went wrong naming the file.
    [[nodiscard]] static QString write(const QString &path, const Article &article,
                                       const QList<Annotation> &items);
    // A file that could not be read is renamed out of the way (to
    // "<name>.unreadable-<time>"), so saving does not replace it and the
    // reader can look at it. The new path, or empty if it could not be moved.
    [[nodiscard]] static QString keepAside(const QString &path);
};

}  // namespace hope::core
