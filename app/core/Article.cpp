#include "core/Article.h"

namespace hope::core {

int Article::sectionIndex(const QString &sectionId) const
{
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i).id == sectionId)
            return i;
    }
    return -1;
}

QString ArticleSection::numberedLabel(Language language) const
{
    const QString name = label.in(language);
    return number.isEmpty() ? name : number + u' ' + name;
}

int ArticleSection::paragraphNumber(const QString &blockId) const
{
    int n = 0;
    for (const ArticleBlock &block : blocks) {
        if (block.kind == BlockKind::Paragraph)
            ++n;
        if (block.id == blockId)
            return n;
    }
    return 0;
}

int Article::sectionOfBlock(const QString &blockId) const
{
    for (int i = 0; i < sections.size(); ++i) {
        for (const ArticleBlock &b : sections.at(i).blocks) {
            if (b.id == blockId)
                return i;
        }
    }
    return -1;
}

const ArticleBlock *Article::block(const QString &blockId) const
{
    for (const ArticleSection &s : sections) {
        for (const ArticleBlock &b : s.blocks) {
            if (b.id == blockId)
                return &b;
        }
    }
    return nullptr;
}

int Article::milestoneIndex(const QString &milestoneId) const
{
    for (int i = 0; i < milestones.size(); ++i) {
        if (milestones.at(i).id == milestoneId)
            return i;
    }
    return -1;
}

int ClipInfo::chapterAt(qint64 ms) const
{
    int current = -1;
    for (int i = 0; i < chapters.size() && chapters.at(i).startMs <= ms; ++i) current = i;
    return current;
}

int ClipInfo::chapterIndex(const QString &chapterId) const
{
    for (int i = 0; i < chapters.size(); ++i) {
        if (chapters.at(i).id == chapterId)
            return i;
    }
    return -1;
}

int ClipInfo::chapterForBlock(const QString &blockId) const
{
    for (int i = 0; i < chapters.size(); ++i) {
        if (chapters.at(i).paragraphIds.contains(blockId) ||
            chapters.at(i).figureIds.contains(blockId))
            return i;
    }
    return -1;
}

}  // namespace hope::core
