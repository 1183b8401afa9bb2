#include "ui/ArticleLinkNames.h"

#include "core/ArticleLinks.h"

namespace hope::ui {

using namespace core;

QString ArticleLinkNames::describe(const Article &article, Language language, const QUrl &link)
{
    const ArticleLinks::Target target = ArticleLinks::parse(link);
    if (target.kind == ArticleLinks::Kind::Milestone) {
        for (const Milestone &m : article.milestones) {
            if (m.id == target.id)
                return tr("Read about the milestone: %1, %2")
                    .arg(m.date.toDisplayString(language), m.label.in(language));
        }
    } else if (target.kind == ArticleLinks::Kind::Chapter) {
        const int chapter = article.clip.chapterIndex(target.id);
        if (chapter >= 0)
            return tr("Play the scene: %1")
                .arg(article.clip.chapters.at(chapter).title.in(language));
    }
    return tr("Link");
}

QString ArticleLinkNames::describeStill(const Article &article, Language language, const QUrl &link,
                                        const QString &figureId)
{
    const QString action = describe(article, language, link);
    for (const ArticleSection &section : article.sections) {
        for (const ArticleBlock &block : section.blocks) {
            if (block.id == figureId && block.kind == BlockKind::Figure &&
                !block.text.in(language).isEmpty())
                return tr("%1. Picture: %2").arg(action, block.text.in(language));
        }
    }
    return action;
}

}  // namespace hope::ui
