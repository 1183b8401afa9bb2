#pragma once

#include <Qt>

namespace hope::core {

// Unscoped on purpose: the roles are passed to data() as plain ints, and an
// enum class would need a cast at every call site.
namespace ModelRoles {
enum Role {
    // SectionModel
    SectionIdRole = Qt::UserRole + 1,
    SectionNumberRole,
    SectionLabelRole,
    SectionHeadingRole,
    // int: minutes to read the section at the usual rate of its language.
    SectionReadingMinutesRole,
    // The same, for reading: "4 min".
    SectionReadingTimeRole,

    // MilestoneModel
    MilestoneIdRole = Qt::UserRole + 100,
    // QDate where the marker stands: the middle of the date's period, or
    // the latest day when only that is known.
    MilestoneDateRole,
    // The date at its precision, for reading.
    MilestoneDateTextRole,
    MilestoneLabelRole,
    MilestoneTitleRole,
    MilestoneDescriptionRole,
    // int value of MilestoneCategory
    MilestoneCategoryRole,
    MilestoneCategoryNameRole,
    MilestoneColourRole,
    MilestoneParagraphsRole,
    // Whether a paragraph that tells of it is on screen.
    MilestoneInViewRole,
    // How the date was found, for reading: the kind, then the note and its
    // source. Empty when the bundle does not say.
    MilestoneDateBasisRole,
    // QDate: the first day the date may stand for; invalid when only a
    // latest day is known (the marker is drawn open).
    MilestoneFirstDayRole,
    // QDate: the last day it may stand for.
    MilestoneLastDayRole,

    // ChapterModel
    ChapterIdRole = Qt::UserRole + 200,
    // qint64 milliseconds
    ChapterStartRole,
    ChapterTitleRole,
    // Whether it is the chapter playing.
    ChapterCurrentRole,

    // RecentBundles
    RecentPathRole = Qt::UserRole + 300,
    // Whether the file is still there.
    RecentExistsRole,

    // TranscriptModel
    // qint64 milliseconds
    CueStartRole = Qt::UserRole + 400,
    CueEndRole,
    // The line in the reading language, its lines joined as the language
    // joins them.
    CueTextRole,
    // The other language's line at the same time; empty unless paired.
    CuePairTextRole,
    // Whether it is the line the clip is on.
    CueCurrentRole,

    // NotesModel
    NoteIdRole = Qt::UserRole + 500,
    // "highlight" or "bookmark"
    NoteKindRole,
    // The words highlighted; a bookmark's paragraph start.
    NoteQuoteRole,
    // The reader's note, plain text.
    NoteTextRole,
    // "01 Eagerly awaited, paragraph 3", in the language of the quote.
    NotePlaceRole,
    // The paragraph's other language, in a bilingual layout; else empty.
    NotePairTextRole,
    // A highlight's colour code ("yellow"), empty for a bookmark.
    NoteColourRole,
    // Whether the bundle's text no longer has the words.
    NoteDetachedRole,
    NoteBlockRole,
    // Everything a search looks in: quote, note, place and pair.
    NoteSearchRole,

    // VocabularyModel
    VocabularyWordRole = Qt::UserRole + 600,
    VocabularyPinyinRole,
    VocabularyMeaningRole,
    // The sentence of the article the word was kept from.
    VocabularySentenceRole,
    // The paragraph it came from, by id.
    VocabularyBlockRole,
    // "01 Eagerly awaited, paragraph 3", in the interface's language.
    VocabularyPlaceRole,
};
}  // namespace ModelRoles

}  // namespace hope::core
