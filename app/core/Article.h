#pragma once

#include "Language.h"

#include <QDate>
#include <QList>
#include <QString>

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

struct Article
{
    ArticleMeta meta;
    QList<ArticleSection> sections;

    // -1 when there is no such section.
    [[nodiscard]] int sectionIndex(const QString &sectionId) const;
    // The section that holds the block, or -1.
    [[nodiscard]] int sectionOfBlock(const QString &blockId) const;
    [[nodiscard]] const ArticleBlock *block(const QString &blockId) const;
};
