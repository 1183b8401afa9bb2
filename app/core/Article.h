#pragma once

#include "Language.h"
#include "PartialDate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

struct LocalizedText
{
    QString zh;
    QString en;

    [[nodiscard]] const QString &in(Language language) const
    {
        return language == Language::Chinese ? zh : en;
    }
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
    // The paragraphs that tell of it, in reading order.
    QStringList paragraphIds;
    // Phrases in those paragraphs that name it ("2018年5月", "May 2018"),
    // shown as links to it.
    QList<QString> mentionsZh;
    QList<QString> mentionsEn;
};

// A stretch of time the article names, drawn behind the milestones.
struct Era
{
    QString id;
    LocalizedText label;
    PartialDate start;
    PartialDate end;
};

struct Article
{
    ArticleMeta meta;
    QList<ArticleSection> sections;
    // In date order.
    QList<Milestone> milestones;
    QList<Era> eras;

    // -1 when there is no such section.
    [[nodiscard]] int sectionIndex(const QString &sectionId) const;
    // The section that holds the block, or -1.
    [[nodiscard]] int sectionOfBlock(const QString &blockId) const;
    [[nodiscard]] const ArticleBlock *block(const QString &blockId) const;
    // -1 when there is no such milestone.
    [[nodiscard]] int milestoneIndex(const QString &milestoneId) const;
};
