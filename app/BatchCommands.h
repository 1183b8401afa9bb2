#pragma once

#include "core/Article.h"
#include "core/Language.h"

#include <QCoreApplication>
#include <QString>

namespace hope::app {

// What the reader does without a window (--list-*, --pinyin,
// --export-audio), each a function of the article a test can call:
// the text for standard output, or for standard error and an exit code.
// Everything from the bundle is made terminal-safe, one record a line.
class BatchCommands final
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommands)

public:
    struct Result
    {
        QString out;
        QString err;
        int exitCode = 0;
    };

    // "index<TAB>id<TAB>number heading" for each section.
    [[nodiscard]] static QString listSections(const core::Article &article,
                                              core::Language language);
    // "id<TAB>date<TAB>title" for each milestone.
    [[nodiscard]] static QString listMilestones(const core::Article &article,
                                                core::Language language);
    // "mm:ss<TAB>title" for each chapter of the clip.
    [[nodiscard]] static QString listChapters(const core::Article &article,
                                              core::Language language);
    // "id<TAB>pinyin" for each Chinese text: its reading written by the
    // orthography, whatever the language asked for; 一 and 不 as spoken
    // when asked.
    [[nodiscard]] static Result pinyin(const core::Article &article, bool spokenTones = false);
    // The article (section -1) or one section read aloud into a WAV file.
    [[nodiscard]] static Result exportAudio(const core::Article &article, int section,
                                            core::Language language, const QString &path);

    // The reader's notes on the article (those File > Export Notes would
    // write) as Markdown into a file; an unreadable notes file is refused
    // (exit 2) and left as it is.
    [[nodiscard]] static Result exportNotes(const core::Article &article, const QString &path);
    // The words kept from the lookup card, as a TSV file Anki imports
    // (exit 2 if the vocabulary file cannot be read).
    [[nodiscard]] static Result exportVocabulary(const core::Article &article, const QString &path);
    // "2" (an index as listSections prints it) or "part-2" (an id): the
    // section's index, or -1 with a message naming the known ones.
    [[nodiscard]] static int resolveSection(const core::Article &article, const QString &value,
                                            QString *error);
    // Empty when the milestone is the article's, else a message naming
    // the known ones.
    [[nodiscard]] static QString checkMilestone(const core::Article &article, const QString &id);
    // Empty when the path can take an output (a regular file or a new name
    // in a writable folder), else the refusal for standard error.
    [[nodiscard]] static QString checkOutput(const QString &path);
};

}  // namespace hope::app
