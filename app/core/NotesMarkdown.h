#pragma once

#include "core/Annotation.h"

#include <QCoreApplication>
#include <QString>

namespace hope::core {

// The reader's notes as Markdown, to keep or share, and the citation line
// that goes with a quote: title, outlet, author, date, section and
// paragraph, written in the language of the quote.
class NotesMarkdown final
{
    Q_DECLARE_TR_FUNCTIONS(NotesMarkdown)

public:
    // "— “Hope lights us up: …”, Beike Hao, Huang Mengting, 27 June 2021;
    // 01 Eagerly awaited, paragraph 3". Empty for a block the article lacks.
    [[nodiscard]] static QString citation(const Article &article, const QString &blockId,
                                          Language language);
    // Text as Markdown shows it: what it would read as markup is escaped.
    [[nodiscard]] static QString escaped(const QString &text);
    // Every note in reading order, under its section's heading: the quote,
    // the note, the citation; bookmarks and detached highlights marked.
    // language: the interface's, for the headings.
    [[nodiscard]] static QString write(const Article &article, const QList<Annotation> &items);
    // Writes write()'s Markdown to a file, safely (SafeOutputFile): empty,
    // or what went wrong, naming the file.
    [[nodiscard]] static QString save(const QString &path, const Article &article,
                                      const QList<Annotation> &items);
    // The selection with its citation, for Edit > Copy with Citation.
    [[nodiscard]] static QString quoteWithCitation(const Article &article, const QString &text,
                                                   const QString &blockId, Language language);
};

}  // namespace hope::core
