#pragma once

#include "core/CaptionTrack.h"
#include "core/DateBasis.h"
#include "core/Language.h"
#include "core/PartialDate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hope::core {

struct LocalizedText
{
    QString zh;
    QString en;

    [[nodiscard]] const QString &in(Language language) const
    {
        return language == Language::Chinese ? zh : en;
    }
};

// How a date was found and what it bounds; the note says how when the
// article does not state it, and the source names outside knowledge.
struct DateBasis
{
    DateBasisKind kind = DateBasisKind::Unspecified;
    DateBound bound = DateBound::At;
    LocalizedText note;
    QString source;
};

enum class BlockKind { Paragraph, Figure };

struct ArticleBlock
{
    BlockKind kind = BlockKind::Paragraph;
    QString id;
    // A paragraph's text, or the alternative text a figure had on the web page.
    LocalizedText text;
};

struct ArticleSection
{
    QString id;
    // "01", "02", "03" for the numbered parts; empty for the lead and the closing.
    QString number;
    // Short name for the section list.
    LocalizedText label;
    // The heading printed in the article; empty for the lead and the closing.
    LocalizedText heading;
    QList<ArticleBlock> blocks;

    // "01 Eagerly awaited": the number, if there is one, and the short name.
    [[nodiscard]] QString numberedLabel(Language language) const;
    // A paragraph's number in the section, counted from 1 with figures left
    // out (a figure: the paragraphs before it); 0 if the block is not here.
    [[nodiscard]] int paragraphNumber(const QString &blockId) const;
};

struct ArticleMeta
{
    LocalizedText title;
    LocalizedText outlet;
    QDate date;
    LocalizedText originalPublisher;
    LocalizedText author;
    LocalizedText editor;
    LocalizedText editorsNote;
};

enum class MilestoneCategory { Partnership, Games, Cloud, Commerce, Technology, Film };

struct Milestone
{
    QString id;
    PartialDate date;
    // Short enough for a label on the timeline.
    LocalizedText label;
    LocalizedText title;
    LocalizedText description;
    MilestoneCategory category = MilestoneCategory::Partnership;
    DateBasis basis;
    // The paragraphs that tell of it, in reading order.
    QStringList paragraphIds;
    // Phrases in those paragraphs that name it ("2018年5月", "May 2018"),
    // shown as links to it.
    QList<QString> mentionsZh;
    QList<QString> mentionsEn;

    // Where its marker stands: the middle of the date's period, or the
    // latest day it can be when only that is known.
    [[nodiscard]] QDate markerDate() const
    {
        return basis.bound == DateBound::By ? date.last() : date.middle();
    }
};

// A stretch of time the article names, drawn behind the milestones.
struct Era
{
    QString id;
    LocalizedText label;
    PartialDate start;
    PartialDate end;
    DateBasis basis;
};

struct ClipChapter
{
    QString id;
    qint64 startMs = 0;
    LocalizedText title;
    // Paragraphs that carry a "play this scene" link to it.
    QStringList paragraphIds;
    // Figure places that show its still and play it when clicked.
    QStringList figureIds;
    // A picture of the scene (resolved path; may be missing on disk).
    QString stillPath;
};

// The clip a bundle names. Paths are resolved against the bundle's folder
// (":/article/..." for the embedded one); whether the files can be read
// and played is only found out when the reader plays.
struct ClipInfo
{
    // The bundle's folder, which every file of the clip must lie in.
    QString folder;
    QString sourcePath;
    QString posterPath;
    qint64 durationMs = 0;
    LocalizedText title;
    LocalizedText description;
    QList<ClipChapter> chapters;  // by start time
    CaptionTrack captionsZh;
    CaptionTrack captionsEn;

    [[nodiscard]] bool isValid() const { return !sourcePath.isEmpty(); }
    [[nodiscard]] const CaptionTrack &captions(Language language) const
    {
        return language == Language::Chinese ? captionsZh : captionsEn;
    }
    // The chapter playing at ms, or -1 before the first.
    [[nodiscard]] int chapterAt(qint64 ms) const;
    [[nodiscard]] int chapterIndex(const QString &chapterId) const;
    // The first chapter that links this paragraph or figure, or -1.
    [[nodiscard]] int chapterForBlock(const QString &blockId) const;
};

struct Article
{
    ArticleMeta meta;
    QList<ArticleSection> sections;
    // In date order.
    QList<Milestone> milestones;
    QList<Era> eras;
    ClipInfo clip;

    // -1 when there is no such section.
    [[nodiscard]] int sectionIndex(const QString &sectionId) const;
    // The section that holds the block, or -1.
    [[nodiscard]] int sectionOfBlock(const QString &blockId) const;
    [[nodiscard]] const ArticleBlock *block(const QString &blockId) const;
    // -1 when there is no such milestone.
    [[nodiscard]] int milestoneIndex(const QString &milestoneId) const;
};

}  // namespace hope::core
